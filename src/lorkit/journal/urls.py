from django.urls import path

from lorkit.journal import views

urlpatterns = [
    path("checkin/", views.check_in, name="check_in"),
    path("people/", views.people, name="people"),
    path("people/new/", views.person_new, name="person_new"),
    path("people/from-rotations/", views.people_add_attendings, name="people_add_attendings"),
    path("people/<int:person_id>/", views.person_detail, name="person_detail"),
    path("people/<int:person_id>/edit/", views.person_edit, name="person_edit"),
    path("people/<int:person_id>/delete/", views.person_delete, name="person_delete"),
    path(
        "people/<int:person_id>/letter-check/",
        views.person_letter_check,
        name="person_letter_check",
    ),
    path("writers/", views.writers, name="writers"),
    path(
        "rotations/<int:rotation_id>/journal/",
        views.rotation_journal_page,
        name="rotation_journal",
    ),
    path("journal/", views.journal, name="journal"),
    path("journal/<slug:kind>/new/", views.entry_new, name="entry_new"),
    path("journal/<slug:kind>/<int:entry_id>/edit/", views.entry_edit, name="entry_edit"),
    path("journal/<slug:kind>/<int:entry_id>/delete/", views.entry_delete, name="entry_delete"),
]
