from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.decorators.http import require_http_methods

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
]
