from __future__ import annotations

from typing import Any

from django import forms

from lorkit.accounts.forms import DateInput
from lorkit.core.rotation_checks import date_errors
from lorkit.core.vocabulary import US_STATES, MilestoneStatus
from lorkit.plans.models import ROTATION_FIELDS, Rotation


class RotationForm(forms.ModelForm):
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
            for message in date_errors(start, end):
                self.add_error("end", message)
        return cleaned


class MilestoneStatusForm(forms.Form):
    status = forms.ChoiceField(choices=[(s.value, s.value) for s in MilestoneStatus])
    note = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
