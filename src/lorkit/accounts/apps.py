from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "lorkit.accounts"
    label = "accounts"
