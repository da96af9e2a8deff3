"""Rotation offers an applicant is weighing, and the weights they score them with. Each model
translates to its core type (`to_core`) and back (`from_core`); the field lists live here."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from lorkit.core import defaults as d
from lorkit.core.site_score import Weights
from lorkit.core.site_text import Unreadable, read_url
from lorkit.core.sites import (
    DUTY_LABELS,
    INSTITUTION_LABELS,
    KIND_LABELS,
    LETTER_POLICY_LABELS,
    SETTING_LABELS,
    SUPERVISION_LABELS,
    Duty,
    Institution,
    Length,
    LetterPolicy,
    Money,
    SiteKind,
    Supervision,
)
from lorkit.core.sites import SiteOption as CoreSiteOption
from lorkit.core.vocabulary import ERAS_SPECIALTIES, US_STATES, Setting
from lorkit.plans.models import Rotation
from lorkit.validators import storable_text

# The fields stored as they are in the core offer (text, vocabularies by value, or as given).
PLAIN_FIELDS = (
    "name",
    "provider",
    "city",
    "state",
    "specialty",
    "focus",
    "price_covers",
    "rolling_start",
    "residency_applicants",
    "requirements",
    "source_url",
    "notes",
)
VOCABULARY_FIELDS = {
    "kind": SiteKind,
    "institution": Institution,
    "setting": Setting,
    "supervision": Supervision,
    "letter_policy": LetterPolicy,
}
MONEY_FIELDS = ("price", "fees", "living_cost")


def web_address(value: str) -> None:
    """Only http and https links reach a page (never javascript:)."""
    try:
        read_url(value)
    except Unreadable as error:
        raise ValidationError(f"The source {error}.", code="url") from None


def _choices(labels: dict[str, str]) -> list[tuple[str, str]]:
    return list(labels.items())


def money_json(money: Money | None) -> dict[str, int | None] | None:
    if money is None:
        return None
    return {"low": money.low, "high": money.high, "per_days": money.per_days}


def money_from_json(value: Any) -> Money | None:
    if not isinstance(value, dict):
        return None
    return Money(int(value["low"]), int(value["high"]), value.get("per_days"))


class SiteOption(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="site_options"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=d.SITE_MAX_LENGTH, validators=[storable_text])
    provider = models.CharField(
        max_length=d.SITE_MAX_LENGTH, blank=True, validators=[storable_text]
    )
    city = models.CharField(max_length=d.CITY_MAX_LENGTH, blank=True, validators=[storable_text])
    state = models.CharField(
        max_length=d.STATE_MAX_LENGTH, blank=True, choices=[(s, s) for s in US_STATES]
    )
    specialty = models.CharField(
        max_length=d.SPECIALTY_MAX_LENGTH,
        blank=True,
        choices=[(name, name) for name in ERAS_SPECIALTIES],
    )
    focus = models.CharField(
        max_length=d.SITE_FOCUS_MAX_LENGTH, blank=True, validators=[storable_text]
    )
    kind = models.CharField(max_length=16, blank=True, choices=_choices(KIND_LABELS))
    institution = models.CharField(max_length=20, blank=True, choices=_choices(INSTITUTION_LABELS))
    setting = models.CharField(max_length=16, blank=True, choices=_choices(SETTING_LABELS))
    supervision = models.CharField(max_length=16, blank=True, choices=_choices(SUPERVISION_LABELS))
    letter_policy = models.CharField(
        max_length=16, blank=True, choices=_choices(LETTER_POLICY_LABELS)
    )
    # null: not known; []: no patient contact.
    duties = models.JSONField(null=True, blank=True)
    length_low = models.PositiveSmallIntegerField("Shortest length (days)", null=True, blank=True)
    length_high = models.PositiveSmallIntegerField("Longest length (days)", null=True, blank=True)
    # {"low": 4500, "high": 6000, "per_days": 28}; per_days null: for the whole rotation.
    price = models.JSONField(null=True, blank=True)
    price_covers = models.CharField(
        max_length=d.SITE_MAX_LENGTH, blank=True, validators=[storable_text]
    )
    fees = models.JSONField(null=True, blank=True)
    living_cost = models.JSONField(null=True, blank=True)
    start_dates = models.JSONField(default=list, blank=True)
    rolling_start = models.BooleanField(default=False)
    residency_applicants = models.BooleanField(null=True, blank=True)
    requirements = models.TextField(
        blank=True, max_length=d.NOTE_MAX_LENGTH, validators=[storable_text]
    )
    source_url = models.CharField(
        max_length=d.SITE_URL_MAX_LENGTH, blank=True, validators=[storable_text, web_address]
    )
    notes = models.TextField(blank=True, max_length=d.NOTE_MAX_LENGTH, validators=[storable_text])
    # The rotation it was booked as; it outlives that rotation's deletion.
    booked_rotation = models.ForeignKey(
        Rotation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created", "id")
        constraints = [
            models.UniqueConstraint(fields=("owner", "uid"), name="site_option_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name

    def to_core(self) -> CoreSiteOption:
        """The core offer. Its `booked_rotation` is read from the rotation, which callers load
        with select_related("booked_rotation") so a list costs no query per offer."""
        length = None
        if self.length_low is not None and self.length_high is not None:
            length = Length(self.length_low, self.length_high)
        booked = self.booked_rotation
        return CoreSiteOption(
            id=str(self.uid),
            kind=SiteKind(self.kind) if self.kind else None,
            institution=Institution(self.institution) if self.institution else None,
            setting=Setting(self.setting) if self.setting else None,
            supervision=Supervision(self.supervision) if self.supervision else None,
            letter_policy=LetterPolicy(self.letter_policy) if self.letter_policy else None,
            duties=None if self.duties is None else frozenset(Duty(v) for v in self.duties),
            length=length,
            price=money_from_json(self.price),
            fees=money_from_json(self.fees),
            living_cost=money_from_json(self.living_cost),
            start_dates=tuple(date.fromisoformat(day) for day in self.start_dates),
            booked_rotation=str(booked.uid) if booked is not None else "",
            **{name: getattr(self, name) for name in PLAIN_FIELDS},
        )

    def apply_core(self, option: CoreSiteOption) -> None:
        """Take every field of a core offer but its id and booking."""
        for name in PLAIN_FIELDS:
            setattr(self, name, getattr(option, name))
        for name in VOCABULARY_FIELDS:
            value = getattr(option, name)
            setattr(self, name, value.value if value is not None else "")
        for name in MONEY_FIELDS:
            setattr(self, name, money_json(getattr(option, name)))
        duties = option.duties
        self.duties = None if duties is None else [v.value for v in Duty if v in duties]
        self.length_low = option.length.low if option.length else None
        self.length_high = option.length.high if option.length else None
        self.start_dates = [day.isoformat() for day in option.start_dates]

    @classmethod
    def from_core(cls, option: CoreSiteOption, **extra: Any) -> SiteOption:
        site = cls(**extra)
        if option.id:
            site.uid = uuid.UUID(option.id)
        site.apply_core(option)
        return site

    @property
    def duty_labels(self) -> list[str]:
        return [DUTY_LABELS[v] for v in self.duties or []]


class SiteWeights(models.Model):
    """An applicant's own weights and thresholds; without a row, the defaults apply. A name
    missing from `values` takes its default (`Weights.from_mapping`), so a threshold added
    later reaches applicants who saved their weights before it existed."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="site_weights"
    )
    values = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"Site weights of {self.owner}"

    def to_core(self) -> Weights:
        values = self.values if isinstance(self.values, dict) else {}
        return Weights.from_mapping(values)
