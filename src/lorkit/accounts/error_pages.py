"""A lorkit page, with a way back, for the refusals Django answers with an empty body."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template.loader import render_to_string


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
