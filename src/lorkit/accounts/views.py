from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from lorkit.accounts.forms import ProfileForm, SignupForm
from lorkit.accounts.services import profile_for, profile_save, user_create
from lorkit.core.season import SEASON_LABELS, SeasonCalendar


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = user_create(
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password1"],
            email=form.cleaned_data.get("email", ""),
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to lorkit. Start by describing your season.")
        return redirect("profile")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    instance = profile_for(request.user)  # type: ignore[arg-type]
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
    return render(request, "accounts/profile.html", context)


def season_rows(calendar: SeasonCalendar) -> list[tuple[str, date, str]]:
    return [(SEASON_LABELS[key], day, calendar.source(key)) for key, day in calendar.dates()]
