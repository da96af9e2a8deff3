"""The writer's pages: no account, the token in the address is the credential. A wrong,
expired or revoked token gets 404; every page says no-store, no-referrer and noindex, so the
address leaks neither through caches, the next site's Referer, nor search engines."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from lorkit.analyzer.views import result_context
from lorkit.core.letter_language import analyze_letter, letter_advice
from lorkit.core.letter_language.documents import DocumentError, letter_text_from_file
from lorkit.core.preflight import preflight_letter, preflight_verdict, takes_web_form
from lorkit.letters.forms import LetterCheckForm
from lorkit.letters.models import LetterRequest, PacketFile, WriterLink
from lorkit.letters.packet_files import attachment_response
from lorkit.letters.render import helper_pdf
from lorkit.letters.selectors import helper_of, packet_drafts
from lorkit.letters.services import writer_link_for, writer_link_opened, writer_link_uploaded

View = Callable[..., HttpResponse]
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
}


def private(view: View) -> View:
    """Resolve the token to its live link (404 otherwise) and mark the answer private."""

    @wraps(view)
    def wrapped(request: HttpRequest, link_token: str, *args: Any, **kwargs: Any) -> HttpResponse:
        link = writer_link_for(link_token)
        if link is None:
            response: HttpResponse = render(request, "404.html", status=404)
        else:
            response = view(request, link, link_token, *args, **kwargs)
        for name, value in PRIVATE_HEADERS.items():
            response.headers[name] = value
        return response

    return wrapped


def _context(link: WriterLink, token: str) -> dict[str, Any]:
    letter: LetterRequest = link.request
    owner = letter.owner
    drafts = packet_drafts(owner, letter, owner.profile.today())
    return {
        "link": link,
        "token": token,
        "letter": letter,
        "applicant": owner.profile.eras_name or owner.get_username(),
        "helper": helper_of(letter, drafts),
        "drafts": drafts,
        "target": owner.profile.effective_submission_target(),
        "files": PacketFile.objects.filter(owner=owner).defer("data"),
        "web_form": takes_web_form(owner.profile.specialty),
    }


@require_safe
@private
def writer_page(request: HttpRequest, link: WriterLink, token: str) -> HttpResponse:
    writer_link_opened(link)
    return render(request, "letters/writer.html", _context(link, token))


# No CSRF check on the writer's two forms: with Referrer-Policy no-referrer the browser posts
# "Origin: null", which Django's check refuses, and the check would add nothing here: whoever
# could forge this post already holds the token, which is the whole credential.
@csrf_exempt
@require_POST
@private
def writer_uploaded(request: HttpRequest, link: WriterLink, token: str) -> HttpResponse:
    """Answered in place (no redirect): the token's page is the only address the writer has."""
    if writer_link_uploaded(link):
        link.refresh_from_db(fields=["uploaded"])
        messages.success(request, "Thank you: the applicant now sees that your letter is uploaded.")
    return render(request, "letters/writer.html", _context(link, token))


@require_safe
@private
def writer_file(request: HttpRequest, link: WriterLink, token: str, file_kind: str) -> HttpResponse:
    found = PacketFile.objects.filter(owner=link.request.owner, kind=file_kind).first()
    if found is None:
        raise Http404("No such file")
    return attachment_response(bytes(found.data), found.content_type, found.name)


@require_safe
@private
def writer_helper_pdf(request: HttpRequest, link: WriterLink, token: str) -> HttpResponse:
    context = _context(link, token)
    data = helper_pdf(context["helper"]).data
    return attachment_response(data, "application/pdf", "letter-helper.pdf")


@csrf_exempt
@require_http_methods(["GET", "POST"])
@private
def writer_check(request: HttpRequest, link: WriterLink, token: str) -> HttpResponse:
    """The portal's upload rules, checked on the writer's PDF in memory: nothing is stored,
    and nothing about the letter reaches the applicant (the waiver)."""
    form = LetterCheckForm(request.POST or None, request.FILES or None)
    context = _context(link, token) | {"form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        verdicts = preflight_letter(upload.name or "", data)
        context |= {
            "verdicts": verdicts,
            "verdict": preflight_verdict(verdicts),
        }
        context |= _reading(upload.name or "", data)
    # A check, not a save: a missing file is shown on the page like any verdict.
    return render(request, "letters/writer_check.html", context)


def _reading(filename: str, data: bytes) -> dict[str, Any]:
    """How the letter reads to a program director, for the writer's eyes only."""
    try:
        # Read as a PDF whatever its name: the rules above already judged the name.
        text = letter_text_from_file("letter.pdf", data)
    except DocumentError:
        return {}
    analysis = analyze_letter(text)
    return result_context(text, analysis, letter_advice(analysis))
