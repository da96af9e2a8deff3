from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "lorkit.feeds"
    label = "feeds"
