from __future__ import annotations

import zoneinfo
from datetime import date, datetime
from typing import ClassVar

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

from lorkit.core import defaults as d
from lorkit.core.credentials import normalize_username
from lorkit.core.defaults import DEFAULT_TIME_ZONE
from lorkit.core.export_format import ProfileRecord
from lorkit.core.scripts import PlanContext
from lorkit.core.season import SEASON_KEYS, SeasonCalendar, season_calendar
from lorkit.core.vocabulary import ERAS_SPECIALTIES
from lorkit.validators import plannable_date, storable_text, usable_username


class UserManager(DjangoUserManager["User"]):
    def get_by_natural_key(self, username: str | None) -> User:
        """Log-in finds the account whatever case or width the username was typed in."""
        return self.get(username=normalize_username(username or ""))


class User(AbstractUser):
    """Kept as our own model from the first migration so accounts can grow later. Usernames
    are stored in one spelling (`normalize_username`) and limited to ASCII, so "Alice",
    "alice" and "аlice" (Cyrillic а) cannot be three accounts."""

    username = models.CharField(
        "username",
        max_length=d.USERNAME_LENGTH[1],
        unique=True,
        validators=[usable_username],
        help_text="Lower-case letters a–z, digits and . _ @ + -",
        error_messages={"unique": "That username is taken."},
    )

    objects: ClassVar[UserManager] = UserManager()

    @classmethod
    def normalize_username(cls, username: str) -> str:
        # Django calls this on whatever a form left, None included.
        return normalize_username(username) if isinstance(username, str) else username


class Profile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    eras_name = models.CharField(
        "Name as on ERAS",
        max_length=d.PERSON_NAME_MAX_LENGTH,
        blank=True,
        validators=[storable_text],
    )
    aamc_id = models.CharField(
        "AAMC ID",
        max_length=8,
        blank=True,
        validators=[storable_text, RegexValidator(r"^[0-9]{8}$", "An AAMC ID is 8 digits.")],
        help_text="Your 8-digit AAMC ID: the packet email gives it to your writers.",
    )
    specialty = models.CharField(
        "Target specialty",
        max_length=d.SPECIALTY_MAX_LENGTH,
        blank=True,
        choices=[(name, name) for name in ERAS_SPECIALTIES],
        validators=[storable_text],
    )
    season = models.PositiveSmallIntegerField("Season (ERAS year)")
    submission_target = models.DateField(
        "Your submission target", null=True, blank=True, validators=[plannable_date]
    )
    time_zone = models.CharField(
        max_length=d.TIME_ZONE_MAX_LENGTH, default=DEFAULT_TIME_ZONE, validators=[storable_text]
    )
    strengths = models.JSONField(default=list, blank=True)
    # The applicant's corrections to the season calendar; empty means "use the default".
    myeras_opens = models.DateField(
        "MyERAS opens", null=True, blank=True, validators=[plannable_date]
    )
    submit_opens = models.DateField(
        "Applicants may submit", null=True, blank=True, validators=[plannable_date]
    )
    programs_review = models.DateField(
        "Programs may review", null=True, blank=True, validators=[plannable_date]
    )
    rol_deadline = models.DateField(
        "Rank order list deadline", null=True, blank=True, validators=[plannable_date]
    )
    match_day = models.DateField("Match Day", null=True, blank=True, validators=[plannable_date])
    # How the season went, for the thank-you notes to writers (domain.md §8).
    submitted_on = models.DateField(
        "I submitted my application on", null=True, blank=True, validators=[plannable_date]
    )
    interviews_on = models.DateField(
        "My first interview invitation came on",
        null=True,
        blank=True,
        validators=[plannable_date],
    )

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    def season_overrides(self) -> dict[str, date]:
        return {key: getattr(self, key) for key in SEASON_KEYS if getattr(self, key)}

    def season_calendar(self) -> SeasonCalendar:
        return season_calendar(self.season, self.season_overrides())

    def effective_submission_target(self) -> date:
        """The applicant's own target, or the day submissions open (domain.md §8)."""
        return self.submission_target or self.season_calendar().submit_opens

    def tz(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)

    def today(self, now: datetime | None = None) -> date:
        """Today in the applicant's time zone, not the server's."""
        return (now or timezone.now()).astimezone(self.tz()).date()

    def plan_context(self, attending_name: str = "") -> PlanContext:
        return PlanContext(
            applicant_name=self.eras_name,
            specialty=self.specialty,
            season_year=self.season,
            attending_name=attending_name,
            strengths=tuple(self.strengths),
        )

    def to_record(self) -> ProfileRecord:
        return ProfileRecord(
            eras_name=self.eras_name,
            aamc_id=self.aamc_id,
            submitted_on=self.submitted_on,
            interviews_on=self.interviews_on,
            specialty=self.specialty,
            season=self.season,
            submission_target=self.submission_target,
            time_zone=self.time_zone,
            strengths=tuple(self.strengths),
            season_overrides=tuple(self.season_overrides().items()),
        )

    def apply_record(self, record: ProfileRecord) -> None:
        """Take every field from an imported record (a record without a season keeps ours)."""
        overrides = dict(record.season_overrides)
        self.eras_name = record.eras_name
        self.aamc_id = record.aamc_id
        self.submitted_on = record.submitted_on
        self.interviews_on = record.interviews_on
        self.specialty = record.specialty
        self.season = record.season or self.season
        self.submission_target = record.submission_target
        self.time_zone = record.time_zone
        self.strengths = list(record.strengths)
        for key in SEASON_KEYS:
            setattr(self, key, overrides.get(key))


class ThrottleCount(models.Model):
    """Attempts counted for one throttle key (scope and address or username) in one window;
    see accounts/throttle.py."""

    key = models.CharField(max_length=250)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("key", "window_start"), name="throttle_key_window")
        ]
        indexes = [models.Index(fields=("window_start",), name="throttle_window")]

    def __str__(self) -> str:
        return f"{self.key} @ {self.window_start:%Y-%m-%d %H:%M}: {self.count}"
