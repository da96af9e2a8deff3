from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from lorkit.core import defaults


class UserTimeZoneMiddleware:
    """Render times in the applicant's zone; "today" comes from Profile.today()."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        profile = getattr(request.user, "profile", None) if request.user.is_authenticated else None
        if profile is not None:
            timezone.activate(profile.tz())
        else:
            timezone.deactivate()
        return self.get_response(request)


class RequestSizeLimitMiddleware:
    """Answer 413, with a lorkit page, to any request whose declared body is larger than
    `REQUEST_MAX_BYTES`, before anything reads it. A view's own size check comes too late: the
    CSRF check parses the whole form, files included, before the view runs, so this sits above
    it. The page is rendered before the session's user is known, so it shows no menu."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if declared_length(request) > defaults.REQUEST_MAX_BYTES:
            return render(request, "accounts/request_too_large.html", status=413)
        return self.get_response(request)


def declared_length(request: HttpRequest) -> int:
    """The body length the client declared; 0 when it declared none or nonsense, as Django
    then reads no body at all."""
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0
