from __future__ import annotations

import re
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_safe
from django_htmx.middleware import HtmxDetails

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.season import SEASON_LABELS, SeasonCalendar
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.plans.forms import (
    NOTE_ONLY,
    MilestoneStatusForm,
    PastStepsForm,
    ProfileForm,
    RotationForm,
)
from lorkit.plans.markup import item_anchor
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.selectors import overdue_counts, rotation_warnings_for, with_plan_text
from lorkit.plans.services import (
    milestone_save_note,
    milestone_set_status,
    note_known_names,
    past_open_steps,
    past_steps_close,
    profile_save,
    rotation_save,
)
from lorkit.validators import PrivacyFlags, privacy_flags


class HtmxHttpRequest(HttpRequest):
    """A request that has passed HtmxMiddleware, which sets `request.htmx`."""

    htmx: HtmxDetails


def _get_rotation_for_user(request: HttpRequest, rotation_id: int) -> Rotation:
    return get_object_or_404(Rotation, pk=rotation_id, owner=request_owner(request))


def _get_milestone_for_user(request: HttpRequest, milestone_id: int) -> Milestone:
    return get_object_or_404(
        Milestone.objects.select_related("rotation"),
        pk=milestone_id,
        rotation__owner=request_owner(request),
    )


@login_required
@require_safe
def rotation_list(request: HttpRequest) -> HttpResponse:
    owner = request_owner(request)
    today = profile_for(owner).today()
    rotations = owner.rotations.all()
    return render(request, "plans/rotation_list.html", {"rotations": rotations, "today": today})


def _save_rotation_form(
    request: HttpRequest, form: RotationForm, saved: str
) -> HttpResponse | None:
    """Save a valid form through the service (whose refusal lands on the form) and answer
    with the rotation's page, or first with the question about the steps already behind it
    when this save put some there. None when nothing was saved."""
    if request.method != "POST" or not form.is_valid():
        return None
    today = profile_for(request_owner(request)).today()
    before = _past_step_ids(form.instance, today)
    try:
        rotation = rotation_save(owner=request_owner(request), rotation=form.instance)
    except ValidationError as error:
        form.add_error(None, error)
        return None
    newly_past = len(_past_step_ids(rotation, today) - before)
    if newly_past:
        messages.info(
            request,
            f"{rotation.label} is saved, and {newly_past} of its steps are already in the "
            "past. Which of them happened?",
        )
        return redirect("rotation_past_steps", rotation_id=rotation.pk)
    messages.success(request, saved, extra_tags="toast")
    return redirect("rotation_detail", rotation_id=rotation.pk)


def _past_step_ids(rotation: Rotation, today: date) -> set[int]:
    if rotation.pk is None:
        return set()
    return set(past_open_steps(rotation, today).values_list("pk", flat=True))


@login_required
@require_http_methods(["GET", "POST"])
def rotation_new(request: HttpRequest) -> HttpResponse:
    initial = {"specialty": profile_for(request_owner(request)).specialty}
    form = RotationForm(request.POST or None, initial=initial)
    saved = "Rotation added; its plan is below."
    return _save_rotation_form(request, form, saved) or render(
        request, "plans/rotation_form.html", {"form": form, "rotation": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def rotation_edit(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    form = RotationForm(request.POST or None, instance=rotation)
    saved = "Rotation saved; its plan follows the new dates."
    return _save_rotation_form(request, form, saved) or render(
        request, "plans/rotation_form.html", {"form": form, "rotation": rotation}
    )


@login_required
@require_safe
def rotation_detail(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    profile = profile_for(request_owner(request))
    today = profile.today()
    milestones = with_plan_text(rotation.milestones.all(), profile)
    context = {
        "rotation": rotation,
        "milestones": milestones,
        "past_open": sum(1 for m in milestones if m.is_overdue(today)),
        "warnings": rotation_warnings_for(rotation, profile),
        "today": today,
    }
    return render(request, "plans/rotation_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def rotation_delete(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    if request.method == "POST":
        rotation.delete()
        messages.success(request, f"Deleted {rotation.label} and its plan.")
        return redirect("rotation_list")
    return render(request, "plans/rotation_confirm_delete.html", {"rotation": rotation})


# The answer to a tap, by what it did; `{title}` is the step's title.
ANSWERS = {
    MilestoneStatus.DONE.value: "Marked done: {title}.",
    MilestoneStatus.SKIPPED.value: "Skipped: {title}.",
    MilestoneStatus.OPEN.value: "Open again: {title}.",
    NOTE_ONLY: "Note saved for {title}.",
}
ANCHOR = re.compile(r"[a-z]+(-[0-9]+)?")


@login_required
@require_http_methods(["GET", "POST"])
def milestone_status(request: HtmxHttpRequest, milestone_id: int) -> HttpResponse:
    """Save a step's note, or mark it done, skipped or open again. Over HTMX the answer is the
    step's item, a message and the overdue counts (out of band); without scripts, the page the
    form was on, at the same item (or, on the agenda, the next one), with the message."""
    milestone = _get_milestone_for_user(request, milestone_id)
    if request.method == "GET":
        # Nothing to show at this address: someone who lands here (a bookmark, an old link)
        # sees the step on its rotation's page.
        return redirect(_at(reverse("rotation_detail", args=[milestone.rotation_id]), milestone))
    owner = request_owner(request)
    profile = profile_for(owner)
    today = profile.today()
    form = MilestoneStatusForm(request.POST)
    privacy = None
    if form.is_valid():
        try:
            _apply_tap(milestone, today, request.POST.get("privacy", ""), **form.cleaned_data)
        except PrivacyFlags as flags:
            privacy = flags.flagged["note"]
            form.add_error("note", "Not saved yet: this note may identify a patient.")
        except ValidationError as error:
            form.add_error(None, error)
    milestone = with_plan_text([milestone], profile)[0]
    answer = (
        ANSWERS[form.cleaned_data["status"]].format(title=milestone.title)
        if form.is_valid()
        else ""
    )
    in_agenda = "after" in request.POST
    if request.htmx:
        context = {
            "m": milestone,
            "today": today,
            "form_errors": form.errors,
            "show_rotation": request.POST.get("show_rotation") == "1",
            "agenda": in_agenda,
            "after": _anchor(request.POST.get("after")),
            "next_url": request.POST.get("next", ""),
            "answer": answer,
            "typed_note": None if answer else request.POST.get("note", ""),
            "privacy": privacy,
            "tried_status": request.POST.get("status", ""),
        }
        if in_agenda and answer:
            counts = overdue_counts(owner, today)
            context |= {
                "counted": True,
                "overdue_total": counts[None],
                "overdue_here": counts.get(milestone.rotation_id, 0),
            }
        return render(request, "plans/_milestone.html", context)
    if answer:
        messages.success(request, answer, extra_tags="toast")
    else:
        refusal = " ".join(str(e) for errors in form.errors.values() for e in errors)
        messages.error(request, f"Not saved: {refusal}", extra_tags="toast")
    closed = answer and form.cleaned_data["status"] in CLOSING
    anchor = _anchor(request.POST.get("after")) if closed and in_agenda else None
    next_url = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not (next_url and safe):
        next_url = reverse("rotation_detail", args=[milestone.rotation_id])
    return redirect(_at(next_url, milestone, anchor))


CLOSING = {MilestoneStatus.DONE.value, MilestoneStatus.SKIPPED.value}


def _apply_tap(milestone: Milestone, today: date, privacy: str, *, status: str, note: str) -> None:
    """Save the note (and the status, unless only the note was sent). `privacy` is the
    applicant's answer to the guard's warning about this note: "rewrite" stores the guard's
    rewrite, "allow" keeps the note as typed, each finding marked as not an identifier."""
    allowed: list[str] = []
    flagged = None
    if privacy in ("rewrite", "allow"):
        names = note_known_names(milestone.rotation)
        flagged = privacy_flags({"note": note}, names, milestone.allowed).get("note")
    if flagged and privacy == "rewrite":
        note = flagged.rewrite
    elif flagged and privacy == "allow":
        allowed = [finding.text for finding in flagged.findings]
    if status == NOTE_ONLY:
        milestone_save_note(milestone=milestone, note=note, allowed=allowed)
    else:
        milestone_set_status(
            milestone=milestone, status=status, today=today, note=note, allowed=allowed
        )


def _anchor(value: str | None) -> str | None:
    """An element id sent back by the page (an item's or the agenda's), if it is one."""
    return value if value and ANCHOR.fullmatch(value) else None


def _at(url: str, milestone: Milestone, anchor: str | None = None) -> str:
    """`url` scrolled to `anchor`, else to the milestone's own item."""
    return f"{url.split('#', 1)[0]}#{anchor or item_anchor(milestone.pk)}"


@login_required
@require_http_methods(["GET", "POST"])
def rotation_past_steps(request: HttpRequest, rotation_id: int) -> HttpResponse:
    """Asks, once, whether the steps already behind a rotation happened: after adding a
    rotation that started weeks ago, or whenever the rotation page offers it."""
    rotation = _get_rotation_for_user(request, rotation_id)
    profile = profile_for(request_owner(request))
    today = profile.today()
    steps = with_plan_text(past_open_steps(rotation, today).select_related("rotation"), profile)
    form = PastStepsForm(request.POST or None, steps=steps)
    if request.method == "POST" and form.is_valid():
        closed = past_steps_close(rotation=rotation, today=today, decisions=form.decisions())
        messages.success(request, _closed_answer(closed), extra_tags="toast")
        return redirect("rotation_detail", rotation_id=rotation.pk)
    context = {"rotation": rotation, "form": form, "steps": steps, "today": today}
    return render(request, "plans/rotation_past_steps.html", context)


def _closed_answer(closed: dict[str, int]) -> str:
    done = closed.get(MilestoneStatus.DONE.value, 0)
    skipped = closed.get(MilestoneStatus.SKIPPED.value, 0)
    if not done and not skipped:
        return "Nothing changed: the past steps stay open."
    parts = [f"{n} marked {word}" for n, word in ((done, "done"), (skipped, "skipped")) if n]
    return f"Past steps closed: {' and '.join(parts)}."


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    instance = profile_for(request_owner(request))
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST":
        if form.is_valid():
            profile_save(profile=form.save(commit=False))
            messages.success(request, "Profile saved.")
            return redirect("dashboard")
        messages.error(request, "Nothing was saved: please correct the fields marked below.")
        # Validation copied the typed values onto the instance; the sidebar shows saved ones.
        instance.refresh_from_db()
    calendar = instance.season_calendar()
    context = {
        "form": form,
        "profile": instance,
        "calendar": calendar,
        "season_rows": season_rows(calendar),
    }
    return render(request, "plans/profile.html", context)


def season_rows(calendar: SeasonCalendar) -> list[tuple[str, date, str, str]]:
    """Each season date with the kind of its source (which sets its style) and the words that
    name the source: published, an unofficial report, estimated, or the applicant's own."""
    sourced = [(key, day, calendar.provenance(key)) for key, day in calendar.dates()]
    return [(SEASON_LABELS[key], day, src.kind.value, src.label) for key, day, src in sourced]
