from django.urls import include, path

urlpatterns = [
    path("", include("lorkit.home.urls")),
    path("", include("lorkit.accounts.urls")),
    path("", include("lorkit.plans.urls")),
    path("", include("lorkit.journal.urls")),
    path("", include("lorkit.sites.urls")),
    path("", include("lorkit.letters.urls")),
    path("", include("lorkit.feeds.urls")),
    path("", include("lorkit.backup.urls")),
    path("", include("lorkit.analyzer.urls")),
]
