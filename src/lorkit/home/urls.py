from django.urls import path

from lorkit.home import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("week/", views.week, name="week"),
]
