from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.middleware import HtmxDetails

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.season import SEASON_LABELS, SeasonCalendar
from lorkit.plans.forms import MilestoneStatusForm, ProfileForm, RotationForm
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.selectors import rotation_warnings_for, with_plan_text
from lorkit.plans.services import milestone_set_status, profile_save, rotation_save


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


def _save_rotation_form(request: HttpRequest, form: RotationForm) -> Rotation | None:
    """Save a valid form through the service; the service's refusal lands on the form."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return rotation_save(owner=request_owner(request), rotation=form.instance)
    except ValidationError as error:
        form.add_error(None, error)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def rotation_new(request: HttpRequest) -> HttpResponse:
    initial = {"specialty": profile_for(request_owner(request)).specialty}
    form = RotationForm(request.POST or None, initial=initial)
    rotation = _save_rotation_form(request, form)
    if rotation is not None:
        messages.success(request, "Rotation added; its plan is below.")
        return redirect("rotation_detail", rotation_id=rotation.pk)
    return render(request, "plans/rotation_form.html", {"form": form, "rotation": None})


@login_required
@require_http_methods(["GET", "POST"])
def rotation_edit(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    form = RotationForm(request.POST or None, instance=rotation)
    if _save_rotation_form(request, form) is not None:
        messages.success(request, "Rotation saved; its plan follows the new dates.")
        return redirect("rotation_detail", rotation_id=rotation.pk)
    return render(request, "plans/rotation_form.html", {"form": form, "rotation": rotation})


@login_required
@require_safe
def rotation_detail(request: HttpRequest, rotation_id: int) -> HttpResponse:
    rotation = _get_rotation_for_user(request, rotation_id)
    profile = profile_for(request_owner(request))
    context = {
        "rotation": rotation,
        "milestones": with_plan_text(rotation.milestones.all(), profile),
        "warnings": rotation_warnings_for(rotation, profile),
        "today": profile.today(),
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
def milestone_status(request: HtmxHttpRequest, milestone_id: int) -> HttpResponse:
    milestone = _get_milestone_for_user(request, milestone_id)
    profile = profile_for(request_owner(request))
    today = profile.today()
    form = MilestoneStatusForm(request.POST)
    if form.is_valid():
        try:
            milestone_set_status(milestone=milestone, today=today, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
    if not form.is_valid() and not request.htmx:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    if request.htmx:
        context = {
            "m": with_plan_text([milestone], profile)[0],
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


def season_rows(calendar: SeasonCalendar) -> list[tuple[str, date, str]]:
    return [(SEASON_LABELS[key], day, calendar.source(key)) for key, day in calendar.dates()]
