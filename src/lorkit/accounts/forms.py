from __future__ import annotations

import zoneinfo
from typing import Any

from django import forms
from django.contrib.auth.forms import UserCreationForm

from lorkit.accounts.models import Profile, User
from lorkit.core.season import SEASON_KEYS, override_problems, season_calendar
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime"})


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class SignupForm(UserCreationForm):
    class Meta:
        model = User
        fields = ("username", "email")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].required = False
        self.fields["email"].help_text = "Optional. Only used to recover your account."


class ProfileForm(forms.ModelForm):
    strengths = forms.MultipleChoiceField(
        choices=list(LETTER_QUALITY_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="The qualities you most want your letters to speak to.",
    )
    time_zone = forms.ChoiceField(choices=[(name, name) for name in TIME_ZONES])
    season = forms.IntegerField(
        min_value=2000,
        max_value=2100,
        label="Season (ERAS year)",
        help_text="ERAS 2028 is the season whose Match Day is in March 2028.",
    )

    class Meta:
        model = Profile
        fields = (
            "eras_name",
            "specialty",
            "season",
            "submission_target",
            "time_zone",
            "strengths",
            *SEASON_KEYS,
        )
        widgets = {name: DateInput() for name in ("submission_target", *SEASON_KEYS)}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        season = self.instance.season if self.instance.pk else None
        if season:
            self._describe_defaults(season)
        self.fields[
            "submission_target"
        ].help_text = "Leave empty to aim for the day applicants may submit."

    def _describe_defaults(self, season: int) -> None:
        """Show, under each override, the date lorkit would use without it."""
        defaults = season_calendar(season)
        for key in SEASON_KEYS:
            value = getattr(defaults, key).isoformat()
            self.fields[key].help_text = f"Leave empty to use {value} ({defaults.source(key)})."

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        season = cleaned.get("season")
        if not season or self.errors:
            return cleaned
        overrides = {key: cleaned.get(key) for key in SEASON_KEYS}
        problems = override_problems(season, overrides)
        if problems:
            raise forms.ValidationError(problems)
        ordered = [day for _, day in season_calendar(season, overrides).dates()]
        if ordered != sorted(ordered):
            raise forms.ValidationError(
                "The season dates must run in order: MyERAS opens, applicants may submit, "
                "programs may review, rank order list deadline, Match Day."
            )
        return cleaned
