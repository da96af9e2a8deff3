from django.urls import path

from lorkit.letters import reminder_views

urlpatterns = [
    path(
        "letters/reminders/<int:reminder_id>/",
        reminder_views.reminder_detail,
        name="reminder_detail",
    ),
    path(
        "letters/reminders/<int:reminder_id>/sent/",
        reminder_views.reminder_sent,
        name="reminder_sent",
    ),
    path(
        "letters/reminders/<int:reminder_id>/send/",
        reminder_views.reminder_send_view,
        name="reminder_send",
    ),
    path(
        "letters/reminders/<int:reminder_id>/draft.eml",
        reminder_views.reminder_eml,
        name="reminder_eml",
    ),
]
