from django.urls import path

from lorkit.plans import views

urlpatterns = [
    path("rotations/", views.rotation_list, name="rotation_list"),
    path("rotations/new/", views.rotation_new, name="rotation_new"),
    path("rotations/<int:rotation_id>/", views.rotation_detail, name="rotation_detail"),
    path("rotations/<int:rotation_id>/edit/", views.rotation_edit, name="rotation_edit"),
    path("rotations/<int:rotation_id>/delete/", views.rotation_delete, name="rotation_delete"),
    path(
        "rotations/<int:rotation_id>/past/",
        views.rotation_past_steps,
        name="rotation_past_steps",
    ),
    path("milestones/<int:milestone_id>/status/", views.milestone_status, name="milestone_status"),
    path("profile/", views.profile, name="profile"),
]
