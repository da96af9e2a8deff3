from __future__ import annotations

import uuid
from datetime import date

from django.conf import settings
from django.db import models

from lorkit.accounts.services import profile_for
from lorkit.core import defaults as d
from lorkit.core.agenda import is_overdue
from lorkit.core.export_format import MilestoneRecord
from lorkit.core.rotation import Rotation as CoreRotation
from lorkit.core.scripts import PlanContext, milestone_script, milestone_title
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    MilestoneKind,
    MilestoneStatus,
    RotationKind,
    RotationPhase,
    Setting,
)
from lorkit.validators import plannable_date, storable_text

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
# Fields the core rotation holds as enums rather than as the stored text.
CORE_ENUMS = ("kind", "setting")
# The milestone fields an export carries as they are stored; it also carries the title and
# script, written from the plan (see Milestone.title).
MILESTONE_RECORD_FIELDS = (
    "key",
    "kind",
    "start",
    "end",
    "status",
    "note",
    "closed_on",
    "allowed",
)


class Rotation(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rotations"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    site = models.CharField("Site", max_length=d.SITE_MAX_LENGTH, validators=[storable_text])
    city = models.CharField(max_length=d.CITY_MAX_LENGTH, blank=True, validators=[storable_text])
    state = models.CharField(max_length=d.STATE_MAX_LENGTH, blank=True, validators=[storable_text])
    specialty = models.CharField(
        max_length=d.SPECIALTY_MAX_LENGTH,
        blank=True,
        choices=[(name, name) for name in ERAS_SPECIALTIES],
        validators=[storable_text],
    )
    kind = models.CharField(
        max_length=16,
        choices=[(kind.value, kind.value.capitalize()) for kind in RotationKind],
        default=RotationKind.HANDS_ON.value,
        validators=[storable_text],
    )
    setting = models.CharField(
        max_length=16,
        choices=[(s.value, s.value.capitalize()) for s in Setting],
        default=Setting.INPATIENT.value,
        validators=[storable_text],
    )
    start = models.DateField(validators=[plannable_date])
    end = models.DateField(validators=[plannable_date])
    attending_name = models.CharField(
        "Main attending",
        max_length=d.PERSON_NAME_MAX_LENGTH,
        blank=True,
        validators=[storable_text],
    )
    attending_email = models.EmailField(
        "Attending's email",
        max_length=d.EMAIL_MAX_LENGTH,
        blank=True,
        validators=[storable_text],
    )
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

    def to_core(self) -> CoreRotation:
        return CoreRotation(
            id=str(self.uid),
            kind=RotationKind(self.kind),
            setting=Setting(self.setting),
            **{name: getattr(self, name) for name in ROTATION_FIELDS if name not in CORE_ENUMS},
        )

    @classmethod
    def from_core(cls, rotation: CoreRotation, **extra: object) -> Rotation:
        fields = {name: getattr(rotation, name) for name in ROTATION_FIELDS}
        return cls(uid=rotation.id, **fields, **extra)

    @property
    def label(self) -> str:
        return self.to_core().label

    @property
    def length(self) -> int:
        return self.to_core().length

    def phase(self, today: date) -> RotationPhase:
        return self.to_core().phase(today)


class Milestone(models.Model):
    rotation = models.ForeignKey(Rotation, on_delete=models.CASCADE, related_name="milestones")
    key = models.CharField(max_length=d.MILESTONE_KEY_MAX_LENGTH, validators=[storable_text])
    kind = models.CharField(
        max_length=32,
        choices=[(k.value, k.value) for k in MilestoneKind],
        validators=[storable_text],
    )
    start = models.DateField()
    end = models.DateField()
    status = models.CharField(
        max_length=8,
        choices=[(s.value, s.value.capitalize()) for s in MilestoneStatus],
        default=MilestoneStatus.OPEN.value,
        validators=[storable_text],
    )
    note = models.TextField(blank=True, max_length=d.NOTE_MAX_LENGTH, validators=[storable_text])
    # What the applicant marked in the note as not a patient identifier (the privacy guard).
    allowed = models.JSONField(default=list, blank=True)
    closed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ("start", "end", "id")
        constraints = [
            models.UniqueConstraint(fields=("rotation", "key"), name="milestone_key_per_rotation"),
        ]

    # The context its title and script are written in: the owner's profile with the
    # rotation's attending. `plans.selectors.with_plan_text` sets it on every milestone a page
    # shows, so that their text costs no query; left unset, the first read looks it up.
    plan_context: PlanContext | None = None

    def __str__(self) -> str:
        return self.key

    @property
    def title(self) -> str:
        """The plan's title for this milestone, written for the profile as it is now. Titles
        and scripts are not stored: the plan's text for a key depends only on its kind, the
        key, the rotation's kind and the context, so a milestone the plan dropped but the
        applicant closed (kept as history) is written the same way."""
        return milestone_title(MilestoneKind(self.kind), self.key, self._plan_context())

    @property
    def script(self) -> tuple[str, ...]:
        """The plan's script for this milestone (see `title`)."""
        rotation_kind = RotationKind(self.rotation.kind)
        return milestone_script(
            MilestoneKind(self.kind), self.key, rotation_kind, self._plan_context()
        )

    def _plan_context(self) -> PlanContext:
        if self.plan_context is None:
            profile = profile_for(self.rotation.owner)
            self.plan_context = profile.plan_context(self.rotation.attending_name)
        return self.plan_context

    def is_overdue(self, today: date) -> bool:
        return is_overdue(self, today)

    def to_record(self, rotation_id: str) -> MilestoneRecord:
        fields = {name: getattr(self, name) for name in MILESTONE_RECORD_FIELDS}
        fields["allowed"] = tuple(self.allowed)
        return MilestoneRecord(rotation=rotation_id, title=self.title, script=self.script, **fields)

    @classmethod
    def from_record(cls, record: MilestoneRecord, rotation: Rotation) -> Milestone:
        """A milestone from an imported record; the record's title and script are not kept
        (they are written from the plan)."""
        fields = {name: getattr(record, name) for name in MILESTONE_RECORD_FIELDS}
        fields["allowed"] = list(record.allowed)
        return cls(rotation=rotation, **fields)
