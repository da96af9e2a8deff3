"""Forms that hold free text, submitted through the privacy guard: a text the guard flags
comes back with the findings and a rewrite, keeping everything typed; nothing is stored until
the applicant takes the rewrite or marks each finding as not an identifier.

A form names the fields the guard reads in `guarded_fields`, or they are the journal's
(`services.GUARDED_FIELDS`) for its model; it carries its `owner`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render

from lorkit.accounts.access import request_owner
from lorkit.journal.services import GUARDED_FIELDS, PrivacyFlags, privacy_rewritten

Saver = Callable[[Any, list[str]], Model]


def guarded_submit(request: HttpRequest, form: Any, save: Saver) -> Any:
    """Validate and save through `save(form, allowed)`. Returns the saved object, or a dict
    of what the page shows about a refusal (`flagged`: the guard's findings per field). With
    `use_rewrite`, the flagged fields are replaced by the guard's rewrite first."""
    if request.method != "POST":
        return None
    if request.POST.get("use_rewrite") == "1":
        form = _with_rewrite(request, form)
    if not form.is_valid():
        return {}
    try:
        return save(form, request.POST.getlist("allow"))
    except PrivacyFlags as flags:
        return {"flagged": flags.flagged}
    except ValidationError as error:
        form.add_error(None, error)
        return {}


def _with_rewrite(request: HttpRequest, form: Any) -> Any:
    """The same form, its flagged texts replaced by the guard's rewrite. Only the fields the
    guard reads are rewritten: a person's own name and email, or a day, are not patients'."""
    data: QueryDict = request.POST.copy()
    fields = getattr(form, "guarded_fields", None) or GUARDED_FIELDS[form._meta.model]
    texts = {name: data.get(name) or "" for name in fields}
    # Item assignment, not QueryDict.update, which would add a second value beside the first.
    for name, text in privacy_rewritten(
        request_owner(request), texts, data.getlist("allow")
    ).items():
        data[name] = text
    return type(form)(data, instance=form.instance, owner=form.owner)


def form_page(
    request: HttpRequest, template: str, form: Any, outcome: Any, **context: Any
) -> HttpResponse:
    if request.method == "POST":
        messages.error(
            request,
            "Nothing was saved yet: see below. What you typed is still here.",
        )
    flagged = outcome.get("flagged", {}) if isinstance(outcome, dict) else {}
    return render(request, template, {"form": form, "flagged": flagged, **context})
