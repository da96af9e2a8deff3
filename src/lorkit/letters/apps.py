from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "lorkit.letters"
    label = "letters"
