"""The letters ledger: every ERAS letter entry on one page under the portfolio panel and the
season's status chart, and the form that adds or edits an entry."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.ledger import LetterStatus
from lorkit.letters.ledger_forms import LetterEntryForm
from lorkit.letters.ledger_selectors import ledger_page
from lorkit.letters.models import LetterRequest
from lorkit.letters.services import letter_entry_save


def _today(request: HttpRequest) -> date:
    return profile_for(request_owner(request)).today()


@login_required
@require_safe
def ledger(request: HttpRequest) -> HttpResponse:
    page = ledger_page(request_owner(request), _today(request))
    return render(request, "letters/ledger.html", {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def letter_new(request: HttpRequest) -> HttpResponse:
    """A letter entry for any writer, in the journal or not."""
    owner = request_owner(request)
    blank = LetterRequest(owner=owner, kind="")
    return _entry_page(request, blank, {"status": LetterStatus.PLANNED.value})


@login_required
@require_http_methods(["GET", "POST"])
def letter_edit(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = get_object_or_404(LetterRequest, pk=letter_id, owner=request_owner(request))
    return _entry_page(request, letter, {"status": letter.status})


def _entry_page(
    request: HttpRequest, letter: LetterRequest, initial: dict[str, object]
) -> HttpResponse:
    """The entry form: saved through `letter_entry_save`, or shown again as typed (400)."""
    owner = request_owner(request)
    today = _today(request)
    new = letter.pk is None
    form = LetterEntryForm(
        request.POST or None, instance=letter, owner=owner, initial={"on": today, **initial}
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = letter_entry_save(
                owner=owner,
                letter=form.instance,
                status=LetterStatus(form.cleaned_data["status"]),
                on=form.cleaned_data["on"],
                today=today,
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, f"Letter entry for {saved.author} saved.")
            return redirect(reverse("letters") + f"#letter-{saved.pk}")
    if form.errors:
        messages.error(request, "Nothing was saved yet: see below. What you typed is still here.")
    context = {"form": form, "letter": None if new else letter}
    return render(
        request, "letters/letter_entry_form.html", context, status=400 if form.errors else 200
    )


def _add_errors(form: LetterEntryForm, error: ValidationError) -> None:
    """A refusal shown on the fields it names, or above the form for the rest."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)
