from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "lorkit.plans"
    label = "plans"
