"""Today and This week: the top of the house, where each app below adds its own card.

Each view gathers one context per app from that app's selectors and renders a page that
includes each app's partial; the apps below never know they are shown here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.models import Profile
from lorkit.accounts.services import profile_for
from lorkit.core.agenda import WEEK_AHEAD
from lorkit.journal.selectors import journal_card
from lorkit.letters.reminder_selectors import follow_up_card
from lorkit.letters.reminder_services import reminders_sync
from lorkit.plans.models import Rotation
from lorkit.plans.selectors import agenda_for, rotations_for, timeline_for


def _agenda_context(request: HttpRequest, days_ahead: int) -> dict[str, Any]:
    """What both pages show: the applicant, their today, and the plans agenda card."""
    owner = request_owner(request)
    profile = profile_for(owner)
    today = profile.today()
    return {
        "owner": owner,
        "profile": profile,
        "today": today,
        "horizon": today + timedelta(days=days_ahead),
        "agenda": agenda_for(owner=owner, today=today, days_ahead=days_ahead),
    }


@dataclass(frozen=True)
class SetupStep:
    """One step of the first-run guide on Today. `url` is empty where there is nothing to
    follow: no plan to read before there is a rotation, no first rotation to add after it."""

    title: str
    detail: str
    action: str
    url: str
    done: bool
    current: bool = False


def setup_steps(profile: Profile, rotations: Sequence[Rotation]) -> list[SetupStep]:
    """The first minutes of a new account: describe the season, add a rotation, read its plan.
    Empty once the profile names a specialty and there is a rotation, so Today is the usual
    page again. Reads only what Today has already loaded, so the guide costs no query."""
    if profile.specialty and rotations:
        return []
    first = rotations[0] if rotations else None
    steps = [
        SetupStep(
            title="Describe your season",
            detail=(
                f"{profile.specialty} · ERAS {profile.season}"
                if profile.specialty
                else "Your target specialty, your ERAS season and when you aim to submit. "
                "Every script and deadline is written for them."
            ),
            action="Edit your profile" if profile.specialty else "Set up your profile",
            url=reverse("profile"),
            done=bool(profile.specialty),
        ),
        SetupStep(
            title="Add your first rotation",
            detail=(
                first.label
                if first
                else "Where, when and with which attending. lorkit plans each conversation "
                "that leads to a strong letter."
            ),
            action="Add a rotation",
            url="" if first else reverse("rotation_new"),
            done=first is not None,
        ),
        SetupStep(
            title="Read your plan",
            detail="Each step of the rotation, from your first introduction to asking for the "
            "letter, with what to say.",
            action="See your plan",
            url=reverse("rotation_detail", args=[first.pk]) if first else "",
            done=first is not None,
        ),
    ]
    now = next(i for i, step in enumerate(steps) if not step.done)
    steps[now] = replace(steps[now], current=True)
    return steps


@login_required
@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    context = _agenda_context(request, 0)
    context["period"] = "today"
    context["rotations"] = rotations_for(context["owner"])
    context["timeline"] = timeline_for(
        owner=context["owner"],
        profile=context["profile"],
        today=context["today"],
        rotations=context["rotations"],
    )
    context["setup_steps"] = setup_steps(context["profile"], context["rotations"])
    context["journal"] = journal_card(context["owner"], context["today"], context["rotations"])
    due = reminders_sync(context["owner"], context["today"])
    context["follow_ups"] = follow_up_card(context["owner"], due)
    return render(request, "home/dashboard.html", context)


@login_required
@require_safe
def week(request: HttpRequest) -> HttpResponse:
    context = _agenda_context(request, WEEK_AHEAD)
    context["period"] = "this week"
    return render(request, "home/week.html", context)
