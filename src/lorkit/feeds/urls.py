from django.urls import path

from lorkit.feeds import views

urlpatterns = [
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/plan.ics", views.calendar_download, name="calendar_download"),
    path("calendar/regenerate/", views.calendar_regenerate, name="calendar_regenerate"),
    path("calendar/revoke/", views.calendar_revoke, name="calendar_revoke"),
    path("calendar/revoke/confirm/", views.calendar_revoke_confirm, name="calendar_revoke_confirm"),
    path("calendar/feed/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
