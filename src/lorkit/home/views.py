"""Today and This week: the top of the house, where each app below adds its own card.

Each view gathers one context per app from that app's selectors and renders a page that
includes each app's partial; the apps below never know they are shown here."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.agenda import WEEK_AHEAD
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
    return render(request, "home/dashboard.html", context)


@login_required
@require_safe
def week(request: HttpRequest) -> HttpResponse:
    context = _agenda_context(request, WEEK_AHEAD)
    context["period"] = "this week"
    return render(request, "home/week.html", context)
