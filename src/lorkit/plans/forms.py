from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import BaseRenderer
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

from lorkit.accounts.forms import DateInput
from lorkit.accounts.models import Profile
from lorkit.core import defaults
from lorkit.core.season import SEASON_KEYS, override_problems, season_calendar
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS, US_STATES, MilestoneStatus
from lorkit.plans.models import ROTATION_FIELDS, Rotation
from lorkit.validators import check_span, storable_text

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime"})

# ModelForm is generic only in django-stubs; at run time it cannot be subscripted
# (django-stubs-ext, which would allow it, is not a run-time dependency).
if TYPE_CHECKING:
    _RotationModelForm = forms.ModelForm[Rotation]
    _ProfileModelForm = forms.ModelForm[Profile]
else:
    _RotationModelForm = _ProfileModelForm = forms.ModelForm


class RotationForm(_RotationModelForm):
    state = forms.ChoiceField(
        choices=[("", "—")] + [(code, code) for code in US_STATES], required=False
    )

    class Meta:
        model = Rotation
        fields = ROTATION_FIELDS
        widgets = {"start": DateInput(), "end": DateInput()}
        help_texts = {
            "kind": "Hands-on: you take histories, present and write notes. Observership: you "
            "watch. Research: a mentor who may see some clinical work.",
            "attending_name": "The attending you will work with most, e.g. Dr. Rivera.",
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            try:
                check_span(start, end)  # the service checks again; this shows it beside the field
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


# The "Save note" button's status: keep the status, change the note.
NOTE_ONLY = "note"


class MilestoneStatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=[(s.value, s.value) for s in MilestoneStatus] + [(NOTE_ONLY, NOTE_ONLY)]
    )
    note = forms.CharField(
        required=False,
        max_length=defaults.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[storable_text],
    )


PAST_STEP_CHOICES = [
    (MilestoneStatus.DONE.value, "Happened"),
    (MilestoneStatus.SKIPPED.value, "Did not happen"),
    (MilestoneStatus.OPEN.value, "Leave open"),
]
PAST_STEP_PREFIX = "step_"


class PastStepsForm(forms.Form):
    """One question per past open step: did it happen? Or, with the `all` button, one answer
    for every step."""

    everything = forms.ChoiceField(
        choices=PAST_STEP_CHOICES[:2], required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args: Any, steps: Sequence[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.steps = steps
        for step in steps:
            self.fields[f"{PAST_STEP_PREFIX}{step.pk}"] = forms.ChoiceField(
                choices=PAST_STEP_CHOICES,
                initial=MilestoneStatus.OPEN.value,
                widget=forms.RadioSelect,
                label=step.title,
                required=False,
            )

    def rows(self) -> list[tuple[Any, forms.BoundField]]:
        """Each step with its question, for the template."""
        return [(step, self[f"{PAST_STEP_PREFIX}{step.pk}"]) for step in self.steps]

    def decisions(self) -> dict[int, str]:
        """Milestone id → status, from a valid form."""
        everything = self.cleaned_data.get("everything")
        return {
            step.pk: everything
            or self.cleaned_data.get(f"{PAST_STEP_PREFIX}{step.pk}")
            or MilestoneStatus.OPEN.value
            for step in self.steps
        }


class TimeZoneSelect(forms.Select):
    """A real <select> of every time zone that writes its ~600 options with one join: through
    Django's per-option widget templates they took 40 ms, most of the profile page's time."""

    def render(
        self,
        name: str,
        value: Any,
        attrs: dict[str, Any] | None = None,
        renderer: BaseRenderer | None = None,
    ) -> SafeString:
        chosen = set(self.format_value(value))
        choices = tuple((str(choice), str(label)) for choice, label in self.choices)
        options = "".join(
            selected if choice in chosen else plain
            for choice, plain, selected in _option_markup(choices)
        )
        attributes = flatatt({"name": name, **self.build_attrs(self.attrs, attrs)})
        return format_html("<select{}>{}</select>", attributes, SafeString(options))


@cache
def _option_markup(
    choices: tuple[tuple[str, str], ...],
) -> tuple[tuple[str, str, str], ...]:
    """Each choice's value with its <option> unselected and selected, names escaped; kept,
    since the time zones are the same for every page."""
    markup = []
    for choice, label in choices:
        value, text = escape(choice), escape(label)
        plain = f'<option value="{value}">{text}</option>'
        selected = f'<option value="{value}" selected>{text}</option>'
        markup.append((choice, plain, selected))
    return tuple(markup)


class ProfileForm(_ProfileModelForm):
    strengths = forms.MultipleChoiceField(
        choices=list(LETTER_QUALITY_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="The qualities you most want your letters to speak to.",
    )
    time_zone = forms.ChoiceField(
        choices=[(name, name) for name in TIME_ZONES], widget=TimeZoneSelect
    )
    season = forms.IntegerField(
        min_value=defaults.EARLIEST_YEAR,
        max_value=defaults.LATEST_YEAR,
        label="Season (ERAS year)",
        help_text="ERAS 2028 is the season whose Match Day is in March 2028.",
    )

    class Meta:
        model = Profile
        fields = (
            "eras_name",
            "aamc_id",
            "specialty",
            "season",
            "submission_target",
            "submitted_on",
            "interviews_on",
            "time_zone",
            "strengths",
            *SEASON_KEYS,
        )
        widgets = {
            name: DateInput()
            for name in ("submission_target", "submitted_on", "interviews_on", *SEASON_KEYS)
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        season = self.instance.season if self.instance.pk else None
        if season:
            self._describe_defaults(season)
        self.fields[
            "submission_target"
        ].help_text = "Leave empty to aim for the day applicants may submit."

    def essentials(self) -> list[forms.BoundField]:
        """Every field but the season-date corrections, which most applicants never need."""
        return [self[name] for name in self.fields if name not in SEASON_KEYS]

    def corrections(self) -> list[forms.BoundField]:
        return [self[key] for key in SEASON_KEYS]

    def corrections_open(self) -> bool:
        """Whether the corrections show unfolded: when one is set or typed, or when a date was
        refused (the form's own errors are all about the season dates)."""
        if self.is_bound and (self.non_field_errors() or any(f.errors for f in self.corrections())):
            return True
        return any(field.value() for field in self.corrections())

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
