from django.apps import AppConfig


class BackupConfig(AppConfig):
    name = "lorkit.backup"
    label = "backup"
