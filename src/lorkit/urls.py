from django.urls import include, path

urlpatterns = [
    path("", include("lorkit.home.urls")),
    path("", include("lorkit.accounts.urls")),
    path("", include("lorkit.plans.urls")),
    path("", include("lorkit.feeds.urls")),
    path("", include("lorkit.backup.urls")),
]
