from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.decorators.http import require_http_methods, require_safe

from lorkit.accounts import views

# Django's form views answer PUT like POST; lorkit's pages take GET and POST only.
form_methods = require_http_methods(["GET", "POST"])

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path(
        "login/",
        views.login_page,
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        form_methods(views.PasswordChange.as_view()),
        name="password_change",
    ),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(template_name="accounts/password_done.html"),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        form_methods(views.PasswordReset.as_view()),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        require_safe(
            auth_views.PasswordResetDoneView.as_view(
                template_name="accounts/password_reset_sent.html"
            )
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        form_methods(
            auth_views.PasswordResetConfirmView.as_view(
                template_name="accounts/password_reset_confirm.html"
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        require_safe(
            auth_views.PasswordResetCompleteView.as_view(
                template_name="accounts/password_reset_complete.html"
            )
        ),
        name="password_reset_complete",
    ),
    path("account/delete/", views.account_delete, name="account_delete"),
]
