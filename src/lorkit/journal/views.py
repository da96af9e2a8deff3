"""The journal's pages: the daily check-in, people, evidence, and who is ready to write.

Every form that holds free text goes through `_guarded`: a text the privacy guard flags comes
back with the findings and a rewrite, keeping everything typed; nothing is stored until the
applicant takes the rewrite or marks each finding as not an identifier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.analyzer.forms import LetterForm
from lorkit.analyzer.views import result_context
from lorkit.core.dates import out_of_range
from lorkit.core.letter_language import analyze_letter, letter_advice
from lorkit.journal import forms as journal_forms
from lorkit.journal.guarded_views import form_page, guarded_submit
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, RedFlag, Story, Talk
from lorkit.journal.selectors import (
    letter_evidence,
    person_readiness,
    rotation_journal,
    warnings_by_rotation,
    writers_for,
)
from lorkit.journal.services import (
    attendings_add_as_people,
    check_in_save,
    evidence_save,
    person_save,
    red_flag_save,
)
from lorkit.plans.models import Rotation

# People


@login_required
@require_safe
def people(request: HttpRequest) -> HttpResponse:
    owner = request_owner(request)
    listed = Person.objects.filter(owner=owner).prefetch_related("rotations")
    return render(request, "journal/people.html", {"people": listed})


def _person(request: HttpRequest, person_id: int) -> Person:
    return get_object_or_404(Person, pk=person_id, owner=request_owner(request))


def _person_form_page(request: HttpRequest, person: Person) -> HttpResponse:
    owner = request_owner(request)
    form = journal_forms.PersonForm(request.POST or None, instance=person, owner=owner)

    def save(form: journal_forms.OwnedForm, allowed: list[str]) -> Model:
        rotation_ids = [r.pk for r in form.cleaned_data.get("rotations") or []]
        return person_save(
            owner=owner, person=form.save(commit=False), rotation_ids=rotation_ids, allowed=allowed
        )

    outcome = guarded_submit(request, form, save)
    if isinstance(outcome, Person):
        messages.success(request, f"Saved {outcome.name}.", extra_tags="toast")
        return redirect("person_detail", person_id=outcome.pk)
    return form_page(request, "journal/person_form.html", form, outcome, person=person)


@login_required
@require_http_methods(["GET", "POST"])
def person_new(request: HttpRequest) -> HttpResponse:
    return _person_form_page(request, Person())


@login_required
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    return _person_form_page(request, _person(request, person_id))


@login_required
@require_safe
def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    person = _person(request, person_id)
    today = profile_for(request_owner(request)).today()
    readiness, warnings = person_readiness(request_owner(request), person, today)
    context = {
        "person": person,
        "rotations": list(person.rotations.all()),
        "readiness": readiness,
        "warnings": warnings,
    }
    return render(request, "journal/person_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def person_delete(request: HttpRequest, person_id: int) -> HttpResponse:
    person = _person(request, person_id)
    if request.method == "POST":
        person.delete()
        messages.success(request, f"Deleted {person.name}.", extra_tags="toast")
        return redirect("people")
    return render(request, "journal/confirm_delete.html", {"thing": person.name, "back": "people"})


@login_required
@require_POST
def people_add_attendings(request: HttpRequest) -> HttpResponse:
    added = attendings_add_as_people(request_owner(request))
    names = ", ".join(p.name for p in added) or "nobody new"
    messages.success(request, f"Added from your rotations: {names}.", extra_tags="toast")
    return redirect("people")


# The daily check-in


def _check_in_day(request: HttpRequest, today: date) -> date:
    # The posted day first: a check-in kept offline may be sent from another day's page.
    raw = request.POST.get("day") or request.GET.get("day") or ""
    try:
        day = date.fromisoformat(raw) if raw else today
    except ValueError:
        return today
    return today if out_of_range(day) or day > today else day


@login_required
@require_http_methods(["GET", "POST"])
def check_in(request: HttpRequest) -> HttpResponse:
    owner = request_owner(request)
    today = profile_for(owner).today()
    day = _check_in_day(request, today)
    existing = CheckIn.objects.filter(owner=owner, day=day).first()
    instance = existing or CheckIn(owner=owner, day=day)
    form = journal_forms.CheckInForm(
        request.POST or None, instance=instance, owner=owner, initial={"day": day}
    )

    def save(form: journal_forms.OwnedForm, allowed: list[str]) -> Model:
        return check_in_save(
            owner=owner, check_in=form.save(commit=False), today=today, allowed=allowed
        )

    outcome = guarded_submit(request, form, save)
    if isinstance(outcome, CheckIn):
        messages.success(
            request, f"Check-in saved for {outcome.day:%a %-d %b}.", extra_tags="toast"
        )
        return redirect("dashboard")
    return form_page(
        request, "journal/check_in.html", form, outcome, day=day, today=today, existing=existing
    )


# Evidence: stories, feedback, compliments, talks and red flags share their pages.


@dataclass(frozen=True)
class Kind:
    model: type[Model]
    form: type[journal_forms.OwnedForm]
    one: str  # how a page names one entry
    people_field: str = ""  # the form's field of people linked to the entry


KINDS = {
    "story": Kind(Story, journal_forms.StoryForm, "story", "people"),
    "feedback": Kind(Feedback, journal_forms.FeedbackForm, "feedback"),
    "compliment": Kind(Compliment, journal_forms.ComplimentForm, "compliment"),
    "talk": Kind(Talk, journal_forms.TalkForm, "teaching talk", "people"),
    "flag": Kind(RedFlag, journal_forms.RedFlagForm, "warning sign"),
}


@login_required
@require_safe
def journal(request: HttpRequest) -> HttpResponse:
    owner = request_owner(request)
    context = {
        "warning_groups": warnings_by_rotation(owner, profile_for(owner).today()),
        "stories": Story.objects.filter(owner=owner).prefetch_related("witnesses"),
        "feedback": Feedback.objects.filter(owner=owner).select_related("giver"),
        "compliments": Compliment.objects.filter(owner=owner).select_related("giver"),
        "talks": Talk.objects.filter(owner=owner),
        "flags": RedFlag.objects.filter(owner=owner).select_related("person"),
    }
    return render(request, "journal/journal.html", context)


def _entry(request: HttpRequest, kind: str, entry_id: int | None) -> Any:
    spec = KINDS.get(kind)
    if spec is None:
        raise Http404
    if entry_id is None:
        return spec, spec.model()
    owner = request_owner(request)
    return spec, get_object_or_404(spec.model, pk=entry_id, owner=owner)


def _entry_form_page(request: HttpRequest, kind: str, entry_id: int | None) -> HttpResponse:
    spec, entry = _entry(request, kind, entry_id)
    owner = request_owner(request)
    today = profile_for(owner).today()
    initial: dict[str, Any] = {"day": today} if entry.pk is None else {}
    # isdecimal, not isdigit: int() refuses digits such as "²" that isdigit accepts.
    if entry.pk is None and request.GET.get("person", "").isdecimal():
        chosen = int(request.GET["person"])
        initial |= {"giver": chosen, "person": chosen, "people": [chosen]}
    form = spec.form(request.POST or None, instance=entry, owner=owner, initial=initial)

    def save(form: journal_forms.OwnedForm, allowed: list[str]) -> Model:
        obj = form.save(commit=False)
        for name in ("characteristics", "qualities"):
            if name in form.cleaned_data:
                setattr(obj, name, list(form.cleaned_data[name]))
        if isinstance(obj, RedFlag):
            return red_flag_save(owner=owner, flag=obj, today=today, allowed=allowed)
        chosen = form.cleaned_data.get(spec.people_field) or [] if spec.people_field else []
        return evidence_save(
            owner=owner, entry=obj, today=today, people=[p.pk for p in chosen], allowed=allowed
        )

    outcome = guarded_submit(request, form, save)
    if isinstance(outcome, spec.model):
        messages.success(request, f"Saved the {spec.one}.", extra_tags="toast")
        return redirect("journal")
    return form_page(
        request, "journal/entry_form.html", form, outcome, kind=kind, spec=spec, entry=entry
    )


@login_required
@require_http_methods(["GET", "POST"])
def entry_new(request: HttpRequest, kind: str) -> HttpResponse:
    return _entry_form_page(request, kind, None)


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: HttpRequest, kind: str, entry_id: int) -> HttpResponse:
    return _entry_form_page(request, kind, entry_id)


@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request: HttpRequest, kind: str, entry_id: int) -> HttpResponse:
    spec, entry = _entry(request, kind, entry_id)
    if request.method == "POST":
        entry.delete()
        messages.success(request, f"Deleted the {spec.one}.", extra_tags="toast")
        return redirect("journal")
    return render(
        request, "journal/confirm_delete.html", {"thing": f"this {spec.one}", "back": "journal"}
    )


@login_required
@require_safe
def writers(request: HttpRequest) -> HttpResponse:
    owner = request_owner(request)
    today = profile_for(owner).today()
    ranked, portfolio, page_ids = writers_for(owner, today)
    names = {w.person_id: w.name for w in ranked}
    context = {
        "writers": [(w, page_ids.get(w.person_id)) for w in ranked],
        "portfolio": portfolio,
        "chosen": [names.get(i, "") for i in portfolio.chosen],
        "today": today,
    }
    return render(request, "journal/writers.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def person_letter_check(request: HttpRequest, person_id: int) -> HttpResponse:
    """The letter check for a draft from one of the applicant's people: the general check
    (analyzer), with suggestions drawn from the journal with that person."""
    person = _person(request, person_id)
    context: dict[str, Any] = {"person": person}
    if request.method != "POST":
        return render(request, "analyzer/letter_check.html", context | {"form": LetterForm()})
    form = LetterForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "analyzer/letter_check.html", context | {"form": form}, status=400)
    letter: str = form.cleaned_data["letter"]
    analysis = analyze_letter(letter)
    suggestions = letter_advice(
        analysis,
        evidence=letter_evidence(request_owner(request), person),
        strengths=profile_for(request_owner(request)).strengths,
    )
    context |= {"form": LetterForm(initial={"text": letter})}
    context |= result_context(letter, analysis, suggestions)
    return render(request, "analyzer/letter_check.html", context)


@login_required
@require_safe
def rotation_journal_page(request: HttpRequest, rotation_id: int) -> HttpResponse:
    """A rotation's warning signs and writers: the journal's view of one rotation, linked
    from the rotation's page."""
    owner = request_owner(request)
    rotation = get_object_or_404(Rotation, pk=rotation_id, owner=owner)
    today = profile_for(owner).today()
    context = {"rotation": rotation, "view": rotation_journal(owner, rotation, today)}
    return render(request, "journal/rotation_journal.html", context)
