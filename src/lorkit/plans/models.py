from __future__ import annotations

import uuid
from datetime import date

from django.conf import settings
from django.db import models

from lorkit.core.plan import RotationDates
from lorkit.core.rotation_checks import DatedRotation
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    MilestoneKind,
    MilestoneStatus,
    RotationKind,
    Setting,
)
from lorkit.validators import plannable_date

# The fields a person edits and an export carries, in the order forms show them.
ROTATION_FIELDS = (
    "site",
    "city",
    "state",
    "specialty",
    "kind",
    "setting",
    "start",
    "end",
    "attending_name",
    "attending_email",
)


class Rotation(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rotations"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    site = models.CharField("Site", max_length=200)
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=2, blank=True)
    specialty = models.CharField(
        max_length=64, blank=True, choices=[(name, name) for name in ERAS_SPECIALTIES]
    )
    kind = models.CharField(
        max_length=16,
        choices=[(kind.value, kind.value.capitalize()) for kind in RotationKind],
        default=RotationKind.HANDS_ON.value,
    )
    setting = models.CharField(
        max_length=16,
        choices=[(s.value, s.value.capitalize()) for s in Setting],
        default=Setting.INPATIENT.value,
    )
    start = models.DateField(validators=[plannable_date])
    end = models.DateField(validators=[plannable_date])
    attending_name = models.CharField("Main attending", max_length=150, blank=True)
    attending_email = models.EmailField("Attending's email", blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("start", "end", "id")
        constraints = [
            models.UniqueConstraint(fields=("owner", "uid"), name="rotation_uid_per_owner"),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="rotation_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{self.site} ({self.specialty})" if self.specialty else self.site

    @property
    def length(self) -> int:
        return (self.end - self.start).days + 1

    def to_dates(self) -> RotationDates:
        return RotationDates(self.start, self.end, RotationKind(self.kind))

    def to_dated(self) -> DatedRotation:
        return DatedRotation(self.label, self.start, self.end)

    def phase(self, today: date) -> str:
        if self.end < today:
            return "finished"
        if self.start > today:
            return "ahead"
        return "under way"


class Milestone(models.Model):
    rotation = models.ForeignKey(Rotation, on_delete=models.CASCADE, related_name="milestones")
    key = models.CharField(max_length=64)
    kind = models.CharField(max_length=32, choices=[(k.value, k.value) for k in MilestoneKind])
    title = models.CharField(max_length=200)
    start = models.DateField()
    end = models.DateField()
    script = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=8,
        choices=[(s.value, s.value.capitalize()) for s in MilestoneStatus],
        default=MilestoneStatus.OPEN.value,
    )
    note = models.TextField(blank=True, max_length=2000)
    closed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ("start", "end", "id")
        constraints = [
            models.UniqueConstraint(fields=("rotation", "key"), name="milestone_key_per_rotation"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == MilestoneStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.end < today
