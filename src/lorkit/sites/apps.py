from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "lorkit.sites"
    label = "sites"
    verbose_name = "Rotation sites"
