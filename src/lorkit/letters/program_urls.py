from django.urls import path

from lorkit.letters import program_views

urlpatterns = [
    path("programs/", program_views.programs, name="programs"),
    path("programs/new/", program_views.program_new, name="program_new"),
    path("programs/assign/", program_views.programs_assign, name="programs_assign"),
    path("programs/<int:program_id>/", program_views.program_detail, name="program_detail"),
    path("programs/<int:program_id>/edit/", program_views.program_edit, name="program_edit"),
    path("programs/<int:program_id>/delete/", program_views.program_delete, name="program_delete"),
]
