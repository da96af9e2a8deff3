from django.apps import AppConfig


class AnalyzerConfig(AppConfig):
    name = "lorkit.analyzer"
    label = "analyzer"
