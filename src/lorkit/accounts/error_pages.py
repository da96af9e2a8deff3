"""A lorkit page, with a way back, for the refusals Django answers with an empty body, and a
way on for requests that a login or a failure interrupted."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme


class MethodNotAllowedPageMiddleware:
    """`require_http_methods` answers a wrong method with an empty 405; give it the page,
    keeping the status and the Allow header."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if (
            response.status_code == 405
            and isinstance(response, HttpResponse)
            and not response.content
            and request.method != "HEAD"
        ):
            response.content = render_to_string("405.html", request=request).encode()
            response["Content-Type"] = "text/html; charset=utf-8"
        return response


# What an HTMX request that failed is told, by status; the page's script shows it in the
# answer area (templates/_htmx_failure.html) instead of swapping a page into a partial.
HTMX_FAILURES = {
    401: "Your session has ended, so that tap was not saved.",
    403: "This page was open too long to accept changes, so that tap was not saved.",
    404: "That item is no longer there; it may have been deleted in another tab.",
    405: "That action is not available here.",
    413: "That was too much to send at once; shorten the note and try again.",
    429: "Too many changes at once; wait a moment and try again.",
}
HTMX_SERVER_FAILURE = "Something went wrong on lorkit's side, so that tap was not saved."
NOTICE_HEADER = "X-Lorkit-Notice"


class InterruptedRequestMiddleware:
    """A request that cannot go through ends somewhere useful.

    - An HTMX request (a tap on Done, a saved note) that fails gets a short notice with a way
      on, marked with `NOTICE_HEADER`, instead of the login page or an error page that the
      browser would otherwise put inside the agenda. A login redirect becomes 401.
    - A form sent after the session ended sends the applicant to log in and then back to the
      page the form was on, not to the address the form posted to (which only takes POST,
      so coming back to it after login ended on a 405)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        to_login = _is_login_redirect(response)
        if request.headers.get("HX-Request") == "true":
            if to_login:
                response = HttpResponse(status=401)
            if response.status_code >= 400:
                return _htmx_notice(request, response.status_code)
        elif to_login and request.method == "POST":
            return redirect_to_login(_page_sent_from(request) or resolve_url("dashboard"))
        return response


def _is_login_redirect(response: HttpResponseBase) -> bool:
    """A redirect to the login page that means to come back (login_required's, the session
    timeout's), not one that only ends somewhere (logging out)."""
    if response.status_code != 302:
        return False
    location = urlsplit(response.get("Location", ""))
    return location.path == resolve_url(settings.LOGIN_URL) and "next=" in location.query


def _page_sent_from(request: HttpRequest) -> str | None:
    """The path of the page a request came from (HTMX's HX-Current-URL, else the Referer),
    when that page is on this site."""
    address = request.headers.get("HX-Current-URL") or request.headers.get("Referer") or ""
    if not address or not url_has_allowed_host_and_scheme(
        address, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return None
    parts = urlsplit(address)
    return parts.path + (f"?{parts.query}" if parts.query else "") or None


def _htmx_notice(request: HttpRequest, status: int) -> HttpResponse:
    page = _page_sent_from(request) or resolve_url("dashboard")
    context = {
        "status": status,
        "message": HTMX_FAILURES.get(status, HTMX_SERVER_FAILURE),
        "login_url": f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': page})}",
        "page": page,
    }
    body = render_to_string("_htmx_failure.html", context)
    response = HttpResponse(body, status=status)
    response[NOTICE_HEADER] = "1"
    return response
