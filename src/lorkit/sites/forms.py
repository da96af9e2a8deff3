"""Forms only parse: an offer's fields are read by the same core reader as a CSV row
(`option_from_cells`), so "$250/week" or "2–4 weeks" means the same typed or imported."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from lorkit.accounts.forms import DateInput
from lorkit.core import defaults as d
from lorkit.core.site_csv import CsvRefused, decode_csv, option_cells, option_from_cells
from lorkit.core.site_score import FACTOR_LABELS, WEIGHT_RANGES, Weights, weights_problems
from lorkit.core.sites import (
    DUTY_LABELS,
    INSTITUTION_LABELS,
    KIND_LABELS,
    LETTER_POLICY_LABELS,
    SETTING_LABELS,
    SUPERVISION_LABELS,
    Duty,
    SiteOption,
)
from lorkit.core.vocabulary import ERAS_SPECIALTIES, US_STATES
from lorkit.validators import storable_text

NOT_KNOWN = ("", "Not known")
NO_CONTACT = "none"


def _choices(labels: dict[str, str]) -> list[tuple[str, str]]:
    return [NOT_KNOWN, *labels.items()]


def _text(label: str, help_text: str = "", limit: int = d.SITE_MAX_LENGTH) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=limit,
        validators=[storable_text],
    )


def _area(label: str, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=d.NOTE_MAX_LENGTH,
        validators=[storable_text],
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SiteOptionForm(forms.Form):
    """One offer, its amounts and lengths typed as a provider's page writes them."""

    name = forms.CharField(
        label="Name",
        max_length=d.SITE_MAX_LENGTH,
        validators=[storable_text],
        help_text="The rotation or hospital, e.g. Lakeside Community Hospital IM externship.",
    )
    provider = _text("Provider", "Who sells it, if not the hospital itself.")
    city = _text("City", limit=d.CITY_MAX_LENGTH)
    state = forms.ChoiceField(
        label="State", choices=[("", "—")] + [(s, s) for s in US_STATES], required=False
    )
    specialty = forms.ChoiceField(
        label="Specialty", choices=[NOT_KNOWN] + [(s, s) for s in ERAS_SPECIALTIES], required=False
    )
    focus = _text("Area within it", "e.g. Cardiology, for an internal medicine rotation.")
    kind = forms.ChoiceField(
        label="Kind",
        choices=_choices(KIND_LABELS),
        required=False,
        help_text="Hands-on kinds let you see patients; an observership lets you watch.",
    )
    institution = forms.ChoiceField(
        label="Kind of place", choices=_choices(INSTITUTION_LABELS), required=False
    )
    setting = forms.ChoiceField(label="Care", choices=_choices(SETTING_LABELS), required=False)
    supervision = forms.ChoiceField(
        label="Supervision", choices=_choices(SUPERVISION_LABELS), required=False
    )
    letter_policy = forms.ChoiceField(
        label="Letter policy", choices=_choices(LETTER_POLICY_LABELS), required=False
    )
    duties = forms.MultipleChoiceField(
        label="What you may do",
        choices=[
            *((k, v.capitalize()) for k, v in DUTY_LABELS.items()),
            (NO_CONTACT, "No patient contact (watch only)"),
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Tick nothing when the offer does not say.",
    )
    weeks = _text("Length", "4, 4-8, 2–4 weeks, 10 days or 1 month.", limit=60)
    price = _text("Price", "$1,800 per 4 weeks, $250/week or $4,500–6,000 per month.", 120)
    price_covers = _text("What the price covers", "e.g. housing, malpractice insurance.")
    fees = _text("Fees", "Application or placement fees, e.g. $150.", 120)
    living_cost = _text("Expected living cost", "Rent, food and travel, e.g. $1,200/month.", 120)
    start_dates = _text("Start dates", "2027-01-04, Mar 2027, or rolling.", 500)
    residency_applicants = forms.ChoiceField(
        label="Open to applicants who intend to apply for residency?",
        choices=[NOT_KNOWN, ("yes", "Yes"), ("no", "No")],
        required=False,
    )
    requirements = _area("Other requirements", "Step 1, visa, graduation year, documents.")
    source_url = _text("Source address", "The provider's page, https://…", d.SITE_URL_MAX_LENGTH)
    notes = _area("Notes")

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.option: SiteOption | None = None
        self.read_notes: dict[str, str] = {}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        duties = cleaned.get("duties") or []
        if NO_CONTACT in duties and len(duties) > 1:
            self.add_error("duties", "Tick either the duties or “No patient contact”, not both.")
            return cleaned
        cells = {name: str(value) for name, value in cleaned.items() if name != "duties"}
        cells["setting"] = ", ".join(v for v in (cleaned["institution"], cleaned["setting"]) if v)
        cells["duties"] = ", ".join(duties)
        option, read = option_from_cells(cells, self.today)
        for column, message in read.problems.items():
            self.add_error(column if column in self.fields else None, message)
        self.option, self.read_notes = option, read.notes
        return cleaned

    @staticmethod
    def initial_for(option: SiteOption) -> dict[str, Any]:
        """The form's values for a stored offer, in the words it reads back unchanged."""
        cells: dict[str, Any] = dict(option_cells(option))
        cells["institution"] = option.institution.value if option.institution else ""
        cells["setting"] = option.setting.value if option.setting else ""
        duties = option.duties
        cells["duties"] = (
            [] if duties is None else [v.value for v in Duty if v in duties] or [NO_CONTACT]
        )
        return cells


class BookForm(forms.Form):
    """When the booked rotation runs; both dates default to the offer's earliest."""

    start = forms.DateField(label="First day", widget=DateInput())
    end = forms.DateField(label="Last day", widget=DateInput())

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "The last day is before the first day.")
        return cleaned


class ImportForm(forms.Form):
    """A CSV pasted or uploaded; `text` holds it decoded once the form is valid."""

    pasted = forms.CharField(
        label="Paste the rows, header row first",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
    )
    upload = forms.FileField(label="Or choose a CSV file", required=False)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        upload: UploadedFile | None = cleaned.get("upload")
        self.encoding_note = ""
        if upload is not None:
            if upload.size is not None and upload.size > d.SITE_CSV_MAX_BYTES:
                raise forms.ValidationError(
                    f"The file is larger than {d.SITE_CSV_MAX_BYTES // 1024} KB; split it."
                )
            try:
                self.text, self.encoding_note = decode_csv(upload.read())
            except CsvRefused as error:
                raise forms.ValidationError(f"Nothing was read: {error.problem}.") from None
        elif cleaned.get("pasted", "").strip():
            self.text = cleaned["pasted"]
        else:
            raise forms.ValidationError("Paste the rows or choose a CSV file.")
        return cleaned


class ConfirmForm(forms.Form):
    """The text the preview showed, sent back so the import saves exactly what was seen."""

    previewed = forms.CharField(widget=forms.Textarea(attrs={"hidden": True}), strip=False)


WEIGHT_HELP = {
    "min_weeks": "Shorter offers are flagged: no letter from a stint this short.",
    "ideal_weeks": "Weeks of close contact a strong letter needs; full length points.",
    "lead_weeks_min": "Weeks writers take at the fastest: ending later than this before "
    "your target is flagged.",
    "lead_weeks_max": "Weeks most writers need: ending this far ahead earns full timing points.",
    "cost_full_per_month": "Price and fees a month at or below which cost earns full points.",
    "cost_zero_per_month": "Price and fees a month at or above which cost earns nothing.",
}
THRESHOLD_LABELS = {
    "min_weeks": "Shortest length (weeks)",
    "ideal_weeks": "Ideal length (weeks)",
    "lead_weeks_min": "Fastest letter (weeks)",
    "lead_weeks_max": "Usual letter (weeks)",
    "cost_full_per_month": "Good price ($ a month)",
    "cost_zero_per_month": "Too expensive ($ a month)",
}


class WeightsForm(forms.Form):
    """Each factor's points (adding up to 100) and the thresholds, each with its default."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        default = Weights()
        for name, (low, high) in WEIGHT_RANGES.items():
            label = FACTOR_LABELS.get(name) or THRESHOLD_LABELS[name]
            help_text = f"Default {default.points(name):,}."
            if name in WEIGHT_HELP:
                help_text = f"{WEIGHT_HELP[name]} {help_text}"
            self.fields[name] = forms.IntegerField(
                label=label, min_value=low, max_value=high, help_text=help_text
            )

    def factor_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in FACTOR_LABELS]

    def threshold_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in THRESHOLD_LABELS]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        for name, message in weights_problems(cleaned).items():
            self.add_error(name or None, message)
        return cleaned


SORTS = {
    "rank": "Best first",
    "score": "Score",
    "cost": "Total cost, lowest first",
    "per_week": "Cost per hands-on week",
    "letter": "Letter chance",
    "name": "Name",
}


class CompareForm(forms.Form):
    """How the comparison is sorted and filtered (a GET form: the address keeps the view)."""

    sort = forms.ChoiceField(label="Sort by", choices=list(SORTS.items()), required=False)
    hide_flagged = forms.BooleanField(label="Hide flagged offers", required=False)
    hands_on = forms.BooleanField(label="Hands-on only", required=False)
    in_specialty = forms.BooleanField(label="In my specialty only", required=False)
    max_cost = forms.IntegerField(
        label="Total cost at most ($)", min_value=0, max_value=10_000_000, required=False
    )

    def choices(self) -> dict[str, Any]:
        """The chosen view; anything refused falls back to its default (the form shows why)."""
        if not self.is_bound or not self.is_valid():
            return {"sort": "rank"}
        return {**self.cleaned_data, "sort": self.cleaned_data.get("sort") or "rank"}
