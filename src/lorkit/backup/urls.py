from django.urls import path

from lorkit.backup import views

urlpatterns = [
    path("backup/", views.backup_page, name="backup"),
    path("backup/export.json", views.export_download, name="export_download"),
]
