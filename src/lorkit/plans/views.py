from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.agenda import WEEK_DAYS, build_agenda
from lorkit.core.season import SEASON_LABELS
from lorkit.core.timeline import layout_timeline
from lorkit.plans.forms import MilestoneStatusForm, RotationForm
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.services import (
    milestone_set_status,
    open_milestones,
    rotation_save,
    rotation_warnings_for,
    timeline_input,
)


def _get_rotation_for_user(request: HttpRequest, rotation_id: int) -> Rotation:
    return get_object_or_404(Rotation, pk=rotation_id, owner=request_owner(request))


def _get_milestone_for_user(request: HttpRequest, milestone_id: int) -> Milestone:
    return get_object_or_404(
        Milestone.objects.select_related("rotation"),
        pk=milestone_id,
        rotation__owner=request_owner(request),
    )


def _agenda_page(request: HttpRequest, days_ahead: int, template: str) -> HttpResponse:
    owner = request_owner(request)
    profile = profile_for(owner)
    today = profile.today()
    agenda = build_agenda(open_milestones(owner), today, days_ahead)
    horizon = today + timedelta(days=days_ahead)
    context = {
        "agenda": agenda,
        "today": today,
        "horizon": horizon,
        "profile": profile,
        "view": template,
    }
    if template == "dashboard":
        calendar = profile.season_calendar()
        season_dates = [(SEASON_LABELS[key], day) for key, day in calendar.dates()]
        context["timeline"] = layout_timeline(
            timeline_input(owner), today, profile.effective_submission_target(), season_dates
        )
        context["rotations"] = list(owner.rotations.all())
    return render(request, f"plans/{template}.html", context)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return _agenda_page(request, 0, "dashboard")


@login_required
def week(request: HttpRequest) -> HttpResponse:
    return _agenda_page(request, WEEK_DAYS - 1, "week")


@login_required
def rotation_list(request: HttpRequest) -> HttpResponse:
    owner = request_owner(request)
    today = profile_for(owner).today()
    rotations = owner.rotations.all()
    return render(request, "plans/rotation_list.html", {"rotations": rotations, "today": today})


@login_required
@require_http_methods(["GET", "POST"])
def rotation_new(request: HttpRequest) -> HttpResponse:
    initial = {"specialty": profile_for(request_owner(request)).specialty}
    form = RotationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        rotation = rotation_save(owner=request_owner(request), rotation=form.instance)
        messages.success(request, "Rotation added; its plan is below.")
        return redirect("rotation_detail", rotation_id=rotation.pk)
    return render(request, "plans/rotation_form.html", {"form": form, "rotation": None})


@login_required
@require_http_methods(["GET", "POST"])
def rotation_edit(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    form = RotationForm(request.POST or None, instance=rotation)
    if request.method == "POST" and form.is_valid():
        rotation_save(owner=request_owner(request), rotation=form.instance)
        messages.success(request, "Rotation saved; its plan follows the new dates.")
        return redirect("rotation_detail", rotation_id=rotation.pk)
    return render(request, "plans/rotation_form.html", {"form": form, "rotation": rotation})


@login_required
def rotation_detail(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    today = profile_for(request_owner(request)).today()
    context = {
        "rotation": rotation,
        "milestones": rotation.milestones.all(),
        "warnings": rotation_warnings_for(rotation),
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


@login_required
@require_POST
def milestone_status(request: HttpRequest, milestone_id: int) -> HttpResponse:
    milestone = _get_milestone_for_user(request, milestone_id)
    today = profile_for(request_owner(request)).today()
    form = MilestoneStatusForm(request.POST)
    if form.is_valid():
        milestone_set_status(milestone=milestone, today=today, **form.cleaned_data)
    elif not request.htmx:
        messages.error(request, "; ".join(e for errors in form.errors.values() for e in errors))
    if request.htmx:
        context = {
            "m": milestone,
            "today": today,
            "form_errors": form.errors,
            "show_rotation": request.POST.get("show_rotation") == "1",
            "next_url": request.POST.get("next", ""),
        }
        return render(request, "plans/_milestone.html", context)
    next_url = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if next_url and safe:
        return redirect(next_url)
    return redirect("rotation_detail", rotation_id=milestone.rotation_id)
