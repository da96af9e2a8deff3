from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "lorkit.journal"
    label = "journal"
