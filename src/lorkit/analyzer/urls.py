from django.urls import path

from lorkit.analyzer import views

urlpatterns = [
    path("letter-check/", views.letter_check, name="letter_check"),
]
