from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "lorkit.home"
    label = "home"
