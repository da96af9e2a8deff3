from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.views.decorators.http import require_POST, require_safe

from lorkit.accounts.access import request_owner
from lorkit.core import defaults
from lorkit.core.ics import (
    CALENDAR_NAME,
    WrittenCalendar,
    google_subscribe_link,
    outlook_subscribe_link,
    subscription_reach,
    webcal_address,
)
from lorkit.feeds.models import CalendarFeed
from lorkit.feeds.services import feed_owner, feed_regenerate, feed_revoke, plan_calendar

ICS_TYPE = "text/calendar; charset=utf-8"
# The session carries a newly issued token to the one page view that shows it, then drops it.
ISSUED_TOKEN_KEY = "calendar_feed_issued_token"
# What the revoke form sends from the confirmation page: a revoke without it is not confirmed.
REVOKE_CONFIRMATION = "yes"


@login_required
@require_safe
def calendar_page(request: HttpRequest) -> HttpResponse:
    feed = CalendarFeed.objects.filter(owner=request_owner(request)).first()
    token = request.session.pop(ISSUED_TOKEN_KEY, None)
    # The address is built from the host this page was asked on, so this page's own address
    # tells whether Google and Outlook could fetch it, before one is even issued.
    context: dict[str, object] = {
        "feed": feed,
        "expired": bool(feed and feed.expires <= timezone.now()),
        "reach": subscription_reach(request.build_absolute_uri(reverse("calendar"))),
        "reminder_days": defaults.CALENDAR_DUE_REMINDER_DAYS,
        "window_max_days": defaults.CALENDAR_WINDOW_EVENT_MAX_DAYS,
    }
    if feed and token:
        feed_url = request.build_absolute_uri(reverse("calendar_feed", kwargs={"token": token}))
        context |= {
            "feed_url": feed_url,
            "webcal_url": webcal_address(feed_url),
            "google_url": google_subscribe_link(feed_url),
            "outlook_url": outlook_subscribe_link(feed_url, CALENDAR_NAME),
        }
    return render(request, "feeds/calendar.html", context)


def _calendar_response(
    request: HttpRequest, calendar: WrittenCalendar, headers: dict[str, str]
) -> HttpResponse:
    """The calendar as .ics with an ETag naming its content, or 304 with no body when the
    client's If-None-Match already names it. The ETag is weak: each copy is stamped with the
    moment it is served (DTSTAMP), so two copies of one plan are equivalent, not identical."""
    response = HttpResponse(calendar.body(timezone.now()), content_type=ICS_TYPE, headers=headers)
    response["ETag"] = f'W/"{calendar.version}"'
    # Given a response, Django returns it or a 304; never None.
    return get_conditional_response(request, etag=response["ETag"], response=response) or response


@login_required
@require_safe
def calendar_download(request: HttpRequest) -> HttpResponse:
    disposition = {"Content-Disposition": 'attachment; filename="lorkit-plan.ics"'}
    return _calendar_response(request, plan_calendar(request_owner(request)), disposition)


@login_required
@require_POST
def calendar_regenerate(request: HttpRequest) -> HttpResponse:
    request.session[ISSUED_TOKEN_KEY] = feed_regenerate(owner=request_owner(request)).token
    messages.success(request, "New subscription address issued; any earlier one stopped working.")
    return redirect("calendar")


@login_required
@require_safe
def calendar_revoke_confirm(request: HttpRequest) -> HttpResponse:
    feed = CalendarFeed.objects.filter(owner=request_owner(request)).first()
    context = {"feed": feed, "confirmation": REVOKE_CONFIRMATION}
    return render(request, "feeds/revoke_confirm.html", context)


@login_required
@require_POST
def calendar_revoke(request: HttpRequest) -> HttpResponse:
    """Revoke only when the confirmation page sent the form: one stray tap on a phone must not
    silently stop every calendar that subscribed."""
    if request.POST.get("confirm") != REVOKE_CONFIRMATION:
        return redirect("calendar_revoke_confirm")
    if feed_revoke(owner=request_owner(request)):
        messages.success(request, "Subscription address revoked; calendars using it stop updating.")
    return redirect("calendar")


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    owner = feed_owner(token)
    if owner is None:
        raise Http404("No such calendar")
    caching = {"Cache-Control": f"private, max-age={defaults.CALENDAR_FEED_CACHE_SECONDS}"}
    return _calendar_response(request, plan_calendar(owner), caching)
