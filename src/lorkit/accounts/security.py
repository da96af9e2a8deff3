"""What every response and session gets, whatever the view: headers that keep private pages
out of caches, HEAD answered without a body, sessions that end when left idle, and the
client's address read correctly behind a configured number of reverse proxies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from lorkit.core import defaults
from lorkit.core.credentials import normalize_username

# Browser features lorkit never uses; a page (or something injected into it) cannot ask.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)
LAST_SEEN_KEY = "lorkit_last_seen"
STARTED_KEY = "lorkit_session_started"


class SecurityHeadersMiddleware:
    """Responses that set no caching policy are private (`no-store`): pages show plans,
    notes and the feed address. HEAD gets the headers of GET and no body; WSGI servers
    such as waitress send whatever body the application returns, and a body after a HEAD
    answer corrupts the next response on a kept-alive connection."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        if request.method == "HEAD" and isinstance(response, HttpResponse):
            response.headers.setdefault("Content-Length", str(len(response.content)))
            response.content = b""
        return response


class SessionTimeoutMiddleware:
    """A session ends after `SESSION_IDLE_MINUTES` without a request and, whatever the
    activity, `SESSION_MAX_DAYS` after login. The last-seen time is written at most once a
    minute, so browsing does not turn every page view into a session write."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.user.is_authenticated and session_expired(request):
            logout(request)
            messages.info(request, "Your session ended; log in again to carry on.")
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)


def session_expired(request: HttpRequest) -> bool:
    """Record this request in the session; True when the session has run out."""
    now = timezone.now().timestamp()
    session = request.session
    started = session.setdefault(STARTED_KEY, now)
    last_seen = session.get(LAST_SEEN_KEY, now)
    idle = timedelta(minutes=defaults.SESSION_IDLE_MINUTES).total_seconds()
    lifetime = timedelta(days=defaults.SESSION_MAX_DAYS).total_seconds()
    if now - last_seen > idle or now - started > lifetime:
        return True
    if now - last_seen >= 60 or LAST_SEEN_KEY not in session:
        session[LAST_SEEN_KEY] = now
    return False


def client_address(request: HttpRequest) -> str:
    """The client's address for login throttling. With `LORKIT_PROXY_COUNT` = N > 0 the
    app sits behind N reverse proxies, each appending to X-Forwarded-For, so the client is
    the N-th entry from the right (entries further left are whatever the client claimed).
    With 0, the header is ignored: anyone could send one to pose as another address."""
    count = settings.LORKIT_PROXY_COUNT
    direct = str(request.META.get("REMOTE_ADDR", ""))
    if count <= 0:
        return direct
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    return forwarded[-count] if len(forwarded) >= count else direct


def login_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The username a login attempt is for, in its stored spelling, so "Alice" and "alice"
    count against one lockout."""
    typed = (credentials or {}).get("username") or request.POST.get("username", "")
    return normalize_username(str(typed))
