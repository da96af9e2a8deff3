from django.urls import path

from lorkit.letters import ledger_views

urlpatterns = [
    path("letters/", ledger_views.ledger, name="letters"),
    path("letters/new/", ledger_views.letter_new, name="letter_new"),
    path("letters/<int:letter_id>/edit/", ledger_views.letter_edit, name="letter_edit"),
]
