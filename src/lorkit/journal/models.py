"""The journal: the people an applicant works with, the daily check-in, and the evidence a
strong letter is built from. Each model translates to its core type (`to_core`) and, for the
export, to and from its record (`to_record` / `from_record`); the field lists live here.

People link to rotations from this side (plans never imports the journal)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Self

from django.conf import settings
from django.db import models

from lorkit.core import defaults as d
from lorkit.core import journal as core
from lorkit.core.export_journal import (
    CheckInRecord,
    ComplimentRecord,
    EvidenceRecord,
    FeedbackRecord,
    PersonRecord,
    RedFlagRecord,
    StoryRecord,
    TalkRecord,
)
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    KEY_CHARACTERISTIC_LABELS,
    RED_FLAG_LABELS,
    ROLE_LABELS,
    BoardCertification,
    KeyCharacteristic,
    PersonRole,
    RedFlagKind,
    Setting,
)
from lorkit.plans.models import Rotation
from lorkit.validators import plannable_date, storable_text

# The fields a person's form shows, in order (rotations are chosen beside them).
PERSON_FIELDS = (
    "name",
    "role",
    "specialty",
    "setting",
    "board_certified",
    "email",
    "first_contact",
    "last_contact",
    "saw_clinical_work",
    "notes",
)
CHECK_IN_ANSWERS = ("responsibility", "reasoning", "communication", "learned")
# The check-in's answers by the core CheckIn field that holds them.
CHECK_IN_CORE_FIELDS = dict(zip(CHECK_IN_ANSWERS, core.CHECK_IN_QUESTIONS, strict=True))

# What the export writes of each model (core/export_journal.py): each record key and the model
# field that holds it. Ids and the links to rotations and people are translated apart.
PERSON_RECORD_FIELDS = {
    "name": "name",
    "role": "role",
    "specialty": "specialty",
    "setting": "setting",
    "board_certified": "board_certified",
    "email": "email",
    "first_contact": "first_contact",
    "last_contact": "last_contact",
    "seen_with_patients": "saw_clinical_work",
    "notes": "notes",
    "allowed": "allowed",
}
CHECK_IN_RECORD_FIELDS = {
    "date": "day",
    **{answer: answer for answer in CHECK_IN_ANSWERS},
    "note": "note",
    "allowed": "allowed",
}
EVIDENCE_RECORD_FIELDS = {
    "date": "day",
    "characteristics": "characteristics",
    "qualities": "qualities",
    "allowed": "allowed",
}
STORY_RECORD_FIELDS = {**EVIDENCE_RECORD_FIELDS, "text": "text"}
FEEDBACK_RECORD_FIELDS = {
    **EVIDENCE_RECORD_FIELDS,
    "point": "point",
    "planned_change": "planned_change",
    "followup_date": "followup_date",
    "outcome": "outcome",
}
COMPLIMENT_RECORD_FIELDS = {**EVIDENCE_RECORD_FIELDS, "text": "text"}
TALK_RECORD_FIELDS = {**EVIDENCE_RECORD_FIELDS, "title": "title"}
RED_FLAG_RECORD_FIELDS = {
    "kind": "kind",
    "date": "day",
    "note": "note",
    "resolved": "resolved",
    "allowed": "allowed",
}


def _record_values(obj: models.Model, record_fields: Mapping[str, str]) -> dict[str, Any]:
    """A record's values read from a model (JSON lists become the record's tuples)."""
    values = {key: getattr(obj, name) for key, name in record_fields.items()}
    return {key: tuple(v) if isinstance(v, list) else v for key, v in values.items()}


def _model_values(record: Any, record_fields: Mapping[str, str]) -> dict[str, Any]:
    """A model's field values taken from a record, with its export id when it has one."""
    values = {name: getattr(record, key) for key, name in record_fields.items()}
    values = {name: list(v) if isinstance(v, tuple) else v for name, v in values.items()}
    return values | ({"uid": record.id} if record.id else {})


def _linked(pk: int | None, export_ids: Mapping[int, str]) -> str | None:
    """The export id of a linked row (a rotation, a person), or None for no link."""
    return export_ids.get(pk) if pk is not None else None


def _text(label: str, **options: Any) -> Any:
    """Free text, as long as a milestone's note may be; the privacy guard reads it first."""
    return models.TextField(
        label, max_length=d.NOTE_MAX_LENGTH, validators=[storable_text], **options
    )


class Guarded(models.Model):
    """An entry with free text the privacy guard reads. `allowed` keeps what the applicant
    marked as not an identifier when saving it, so the entry (and the account's own export,
    imported again) passes the guard again without asking twice."""

    allowed = models.JSONField(default=list, blank=True)

    class Meta:
        abstract = True


class Person(Guarded):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="people"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    name = models.CharField("Name", max_length=d.PERSON_NAME_MAX_LENGTH, validators=[storable_text])
    role = models.CharField(
        "Role",
        max_length=24,
        choices=list(ROLE_LABELS.items()),
        default=PersonRole.OTHER_ATTENDING.value,
    )
    specialty = models.CharField(
        "Specialty",
        max_length=d.SPECIALTY_MAX_LENGTH,
        blank=True,
        choices=[(name, name) for name in ERAS_SPECIALTIES],
    )
    setting = models.CharField(
        "Setting",
        max_length=16,
        choices=[(s.value, s.value.capitalize()) for s in Setting],
        default=Setting.INPATIENT.value,
    )
    board_certified = models.CharField(
        "U.S. board-certified",
        max_length=8,
        choices=[("yes", "Yes"), ("no", "No"), ("unknown", "Not sure")],
        default=BoardCertification.UNKNOWN.value,
    )
    email = models.EmailField(
        "Email", max_length=d.EMAIL_MAX_LENGTH, blank=True, validators=[storable_text]
    )
    rotations = models.ManyToManyField(Rotation, related_name="people", blank=True)
    first_contact = models.DateField(
        "First day of contact", null=True, blank=True, validators=[plannable_date]
    )
    last_contact = models.DateField(
        "Last day of contact", null=True, blank=True, validators=[plannable_date]
    )
    saw_clinical_work = models.BooleanField(
        "Has seen me present or work with patients", default=False
    )
    notes = _text("Notes", blank=True)

    class Meta:
        ordering = ("name", "id")
        constraints = [
            models.UniqueConstraint(fields=("owner", "uid"), name="person_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name

    def to_core(self, rotation_uids: dict[int, str]) -> core.Person:
        """`rotation_uids`: rotation pk → export id, for the rotations this person shares
        (read with the person's rotations prefetched)."""
        return core.Person(
            id=str(self.uid),
            name=self.name,
            role=PersonRole(self.role),
            specialty=self.specialty,
            setting=Setting(self.setting),
            board_certified=BoardCertification(self.board_certified),
            email=self.email,
            rotation_ids=tuple(rotation_uids[r.pk] for r in self.rotations.all()),
            first_contact=self.first_contact,
            last_contact=self.last_contact,
            saw_clinical_work=self.saw_clinical_work,
            notes=self.notes,
        )

    def to_record(self, rotation_uids: Mapping[int, str]) -> PersonRecord:
        """As `to_core`, read with the person's rotations prefetched."""
        return PersonRecord(
            id=str(self.uid),
            rotation_ids=tuple(rotation_uids[r.pk] for r in self.rotations.all()),
            **_record_values(self, PERSON_RECORD_FIELDS),
        )

    @classmethod
    def from_record(cls, record: PersonRecord) -> Self:
        """An unsaved person; the service links the rotations (`record.rotation_ids`)."""
        return cls(**_model_values(record, PERSON_RECORD_FIELDS))


class CheckIn(Guarded):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="check_ins"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    day = models.DateField("Day", validators=[plannable_date])
    rotation = models.ForeignKey(
        Rotation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responsibility = models.BooleanField(core.CHECK_IN_QUESTIONS["owned_care"])
    reasoning = models.BooleanField(core.CHECK_IN_QUESTIONS["showed_reasoning"])
    communication = models.BooleanField(core.CHECK_IN_QUESTIONS["communicated"])
    learned = models.BooleanField(core.CHECK_IN_QUESTIONS["applied_learning"])
    note = _text("Note", blank=True)

    class Meta:
        ordering = ("day",)
        constraints = [
            models.UniqueConstraint(fields=("owner", "day"), name="one_check_in_per_day"),
        ]

    def __str__(self) -> str:
        return f"Check-in of {self.day.isoformat()}"

    def to_core(self) -> core.CheckIn:
        answers = {CHECK_IN_CORE_FIELDS[name]: getattr(self, name) for name in CHECK_IN_ANSWERS}
        return core.CheckIn(id=str(self.uid), day=self.day, note=self.note, **answers)

    def to_record(self, rotation_uids: Mapping[int, str]) -> CheckInRecord:
        return CheckInRecord(
            id=str(self.uid),
            rotation_id=_linked(self.rotation_id, rotation_uids),
            **_record_values(self, CHECK_IN_RECORD_FIELDS),
        )

    @classmethod
    def from_record(cls, record: CheckInRecord, rotations: Mapping[str, Rotation]) -> Self:
        """An unsaved check-in; `rotations` are the imported rotations by export id."""
        rotation = rotations[record.rotation_id] if record.rotation_id else None
        return cls(rotation=rotation, **_model_values(record, CHECK_IN_RECORD_FIELDS))


class Evidence(Guarded):
    """What every piece of evidence has: its owner, day, rotation (optional: the rotation
    its day falls in), and the ERAS key characteristics and letter qualities it shows."""

    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    day = models.DateField("Day", validators=[plannable_date])
    rotation = models.ForeignKey(
        Rotation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    characteristics = models.JSONField("ERAS key characteristics", default=list, blank=True)
    qualities = models.JSONField("Letter qualities", default=list, blank=True)

    class Meta(Guarded.Meta):
        abstract = True
        ordering = ("-day", "-id")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} of {self.day.isoformat()}"

    def entry_fields(self, rotation_uids: dict[int, str]) -> dict[str, Any]:
        """The core Entry's fields, for the subclasses' `to_core`."""
        return {
            "id": str(self.uid),
            "day": self.day,
            "rotation_id": rotation_uids.get(self.rotation_id or 0, ""),
            "characteristics": frozenset(
                KeyCharacteristic(c) for c in self.characteristics if c in KEY_CHARACTERISTIC_LABELS
            ),
            "qualities": frozenset(self.qualities),
        }

    def record_fields(self, rotation_uids: Mapping[int, str]) -> dict[str, Any]:
        """The fields every evidence record has, for the subclasses' `to_record`."""
        return {"id": str(self.uid), "rotation_id": _linked(self.rotation_id, rotation_uids)}

    @classmethod
    def linked(
        cls,
        record: EvidenceRecord,
        rotations: Mapping[str, Rotation],
        people: Mapping[str, Person],
        record_fields: Mapping[str, str],
    ) -> Self:
        """An unsaved entry from its record, linked to the imported rotation and giver (by
        export id); the service links the people who saw or heard it."""
        giver_id = getattr(record, "person_id", None)
        links: dict[str, Any] = {"giver": people[giver_id]} if giver_id else {}
        rotation = rotations[record.rotation_id] if record.rotation_id else None
        return cls(rotation=rotation, **links, **_model_values(record, record_fields))


class Story(Evidence):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stories"
    )
    text = _text("What happened")
    witnesses = models.ManyToManyField(Person, related_name="stories_seen", blank=True)

    class Meta(Evidence.Meta):
        verbose_name_plural = "stories"

    def to_core(self, rotation_uids: dict[int, str]) -> core.Story:
        return core.Story(
            text=self.text,
            witness_ids=tuple(str(p.uid) for p in self.witnesses.all()),
            **self.entry_fields(rotation_uids),
        )

    def to_record(self, rotation_uids: Mapping[int, str]) -> StoryRecord:
        """Read with the story's witnesses prefetched."""
        return StoryRecord(
            person_ids=tuple(str(p.uid) for p in self.witnesses.all()),
            **self.record_fields(rotation_uids),
            **_record_values(self, STORY_RECORD_FIELDS),
        )

    @classmethod
    def from_record(
        cls, record: StoryRecord, rotations: Mapping[str, Rotation], people: Mapping[str, Person]
    ) -> Self:
        return cls.linked(record, rotations, people, STORY_RECORD_FIELDS)


class Feedback(Evidence):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback"
    )
    giver = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback_given"
    )
    point = _text("The point")
    planned_change = _text("The change I planned", blank=True)
    followup_date = models.DateField(
        "Day of the follow-up", null=True, blank=True, validators=[plannable_date]
    )
    outcome = _text("What they said at the follow-up", blank=True)

    class Meta(Evidence.Meta):
        verbose_name_plural = "feedback"

    @property
    def closed(self) -> bool:
        return self.followup_date is not None

    def to_core(self, rotation_uids: dict[int, str], person_uids: dict[int, str]) -> core.Feedback:
        return core.Feedback(
            giver_id=person_uids.get(self.giver_id or 0, ""),
            point=self.point,
            change_planned=self.planned_change,
            followup_date=self.followup_date,
            outcome=self.outcome,
            **self.entry_fields(rotation_uids),
        )

    def to_record(
        self, rotation_uids: Mapping[int, str], person_uids: Mapping[int, str]
    ) -> FeedbackRecord:
        return FeedbackRecord(
            person_id=_linked(self.giver_id, person_uids),
            **self.record_fields(rotation_uids),
            **_record_values(self, FEEDBACK_RECORD_FIELDS),
        )

    @classmethod
    def from_record(
        cls,
        record: FeedbackRecord,
        rotations: Mapping[str, Rotation],
        people: Mapping[str, Person],
    ) -> Self:
        return cls.linked(record, rotations, people, FEEDBACK_RECORD_FIELDS)


class Compliment(Evidence):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="compliments"
    )
    giver = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="compliments_given"
    )
    text = _text("What they said")

    def to_core(
        self, rotation_uids: dict[int, str], person_uids: dict[int, str]
    ) -> core.Compliment:
        return core.Compliment(
            giver_id=person_uids.get(self.giver_id or 0, ""),
            text=self.text,
            **self.entry_fields(rotation_uids),
        )

    def to_record(
        self, rotation_uids: Mapping[int, str], person_uids: Mapping[int, str]
    ) -> ComplimentRecord:
        return ComplimentRecord(
            person_id=_linked(self.giver_id, person_uids),
            **self.record_fields(rotation_uids),
            **_record_values(self, COMPLIMENT_RECORD_FIELDS),
        )

    @classmethod
    def from_record(
        cls,
        record: ComplimentRecord,
        rotations: Mapping[str, Rotation],
        people: Mapping[str, Person],
    ) -> Self:
        return cls.linked(record, rotations, people, COMPLIMENT_RECORD_FIELDS)


class Talk(Evidence):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="talks"
    )
    title = models.CharField("Topic", max_length=d.SITE_MAX_LENGTH, validators=[storable_text])
    audience = models.ManyToManyField(Person, related_name="talks_heard", blank=True)

    def to_core(self, rotation_uids: dict[int, str]) -> core.Talk:
        return core.Talk(topic=self.title, **self.entry_fields(rotation_uids))

    def to_record(self, rotation_uids: Mapping[int, str]) -> TalkRecord:
        """Read with the talk's audience prefetched."""
        return TalkRecord(
            person_ids=tuple(str(p.uid) for p in self.audience.all()),
            **self.record_fields(rotation_uids),
            **_record_values(self, TALK_RECORD_FIELDS),
        )

    @classmethod
    def from_record(
        cls, record: TalkRecord, rotations: Mapping[str, Rotation], people: Mapping[str, Person]
    ) -> Self:
        return cls.linked(record, rotations, people, TALK_RECORD_FIELDS)


class RedFlag(Guarded):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="red_flags"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    kind = models.CharField("What happened", max_length=24, choices=list(RED_FLAG_LABELS.items()))
    day = models.DateField("Day", validators=[plannable_date])
    rotation = models.ForeignKey(
        Rotation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="red_flags"
    )
    note = _text("Note", blank=True)
    resolved = models.BooleanField("Resolved", default=False)

    class Meta:
        ordering = ("-day", "-id")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.day.isoformat()})"

    def to_core(self, rotation_uids: dict[int, str], person_uids: dict[int, str]) -> core.RedFlag:
        return core.RedFlag(
            id=str(self.uid),
            kind=RedFlagKind(self.kind),
            day=self.day,
            rotation_id=rotation_uids.get(self.rotation_id or 0, ""),
            person_id=person_uids.get(self.person_id or 0, ""),
            note=self.note,
            resolved=self.resolved,
        )

    def to_record(
        self, rotation_uids: Mapping[int, str], person_uids: Mapping[int, str]
    ) -> RedFlagRecord:
        return RedFlagRecord(
            id=str(self.uid),
            rotation_id=_linked(self.rotation_id, rotation_uids),
            person_id=_linked(self.person_id, person_uids),
            **_record_values(self, RED_FLAG_RECORD_FIELDS),
        )

    @classmethod
    def from_record(
        cls,
        record: RedFlagRecord,
        rotations: Mapping[str, Rotation],
        people: Mapping[str, Person],
    ) -> Self:
        rotation = rotations[record.rotation_id] if record.rotation_id else None
        person = people[record.person_id] if record.person_id else None
        return cls(
            rotation=rotation, person=person, **_model_values(record, RED_FLAG_RECORD_FIELDS)
        )
