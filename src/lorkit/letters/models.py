"""Letters: a request for one writer's letter (the ask, the answer, the packet, the ERAS
entry and its status history), the writer's private link and its openings, and the CV and
personal statement that go with every packet.

Files are kept in the database (BinaryField): they are small (PACKET_FILE_MAX_BYTES), go into
the export as base64, and need no media directory on the applicant's laptop or server."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import ClassVar, Self

from django.conf import settings
from django.db import models

from lorkit.core import defaults as d
from lorkit.core.export_ledger import (
    LetterEntryRecord,
    ProgramRecord,
    ReminderRecord,
    StatusStepRecord,
)
from lorkit.core.export_letters import LetterRequestRecord, PacketFileRecord
from lorkit.core.ledger import (
    GENERAL,
    LETTER_KIND_LABELS,
    LETTER_STATUS_LABELS,
    Letter,
    LetterKind,
    LetterStatus,
)
from lorkit.core.ledger import Program as CoreProgram
from lorkit.core.reminders import NUDGE_LABELS, NudgeKind, SentNudge
from lorkit.core.replies import REPLY_LABELS, ReplyReading, classify_reply
from lorkit.core.vocabulary import ERAS_SPECIALTIES, KEY_CHARACTERISTIC_LABELS, US_STATES
from lorkit.journal.models import Person
from lorkit.validators import plannable_date, storable_text

# The texts of a request the privacy guard reads before they are stored.
GUARDED_TEXTS = (
    "reply_text",
    "taught",
    "email_subject",
    "email_body",
    "helper_text",
    "experience_description",
    "experience_reflection",
)
PACKET_TEXTS = ("taught", "email_subject", "email_body", "helper_text")
EXPERIENCE_TEXTS = ("experience_description", "experience_reflection")


SPECIALTY_CHOICES = [(GENERAL, GENERAL), *((name, name) for name in ERAS_SPECIALTIES)]


def _text(label: str, max_length: int = d.PACKET_TEXT_MAX_LENGTH) -> models.TextField[str, str]:
    return models.TextField(label, max_length=max_length, blank=True, validators=[storable_text])


class LetterRequest(models.Model):
    """One letter asked of one writer. `author` keeps the writer's name as asked, so the
    request (and a letter received in an earlier season) outlives the journal's person."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="letter_requests"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="letter_requests"
    )
    author = models.CharField(
        "Writer", max_length=d.PERSON_NAME_MAX_LENGTH, validators=[storable_text]
    )
    status = models.CharField(
        "Status",
        max_length=12,
        choices=list(LETTER_STATUS_LABELS.items()),
        default=LetterStatus.PLANNED.value,
    )
    asked_on = models.DateField("Asked on", null=True, blank=True, validators=[plannable_date])
    reply_text = _text("What they said or wrote", d.REPLY_MAX_LENGTH)
    reply_label = models.CharField(
        "Their answer", max_length=12, blank=True, choices=list(REPLY_LABELS.items())
    )
    replied_on = models.DateField("Answered on", null=True, blank=True, validators=[plannable_date])
    letter_id = models.CharField(
        "ERAS Letter ID", max_length=d.LETTER_ID_MAX_LENGTH, blank=True, validators=[storable_text]
    )
    taught = models.CharField(
        "Something specific they taught you",
        max_length=d.TAUGHT_MAX_LENGTH,
        blank=True,
        validators=[storable_text],
    )
    email_subject = models.CharField(
        "Email subject",
        max_length=d.EMAIL_SUBJECT_MAX_LENGTH,
        blank=True,
        validators=[storable_text],
    )
    email_body = _text("Email")
    helper_text = _text("Letter helper")
    packet_sent_on = models.DateField(
        "Packet sent on", null=True, blank=True, validators=[plannable_date]
    )
    experience_description = _text("ERAS Experience description", d.ERAS_DESCRIPTION_MAX)
    experience_reflection = _text("Most meaningful: reflection", d.ERAS_REFLECTION_MAX)
    experience_characteristic = models.CharField(
        "Key characteristic",
        max_length=40,
        blank=True,
        choices=list(KEY_CHARACTERISTIC_LABELS.items()),
    )
    # The ERAS letter entry (domain.md §8): as typed into MyERAS, one entry per letter.
    author_title = models.CharField(
        "Title and department",
        max_length=d.AUTHOR_TITLE_MAX_LENGTH,
        blank=True,
        validators=[storable_text],
    )
    author_email = models.EmailField(
        "Writer's email", max_length=d.EMAIL_MAX_LENGTH, blank=True, validators=[storable_text]
    )
    specialty = models.CharField(
        "Meant for", max_length=d.SPECIALTY_MAX_LENGTH, choices=SPECIALTY_CHOICES, default=GENERAL
    )
    kind = models.CharField(
        "Kind of letter",
        max_length=12,
        choices=list(LETTER_KIND_LABELS.items()),
        default=LetterKind.NARRATIVE.value,
    )
    chair = models.BooleanField("Meets a department-chair requirement", default=False)
    waived = models.BooleanField("I waive my right to see this letter", default=True)
    requested_on = models.DateField(
        "Requested in MyERAS on", null=True, blank=True, validators=[plannable_date]
    )
    received_on = models.DateField(
        "Received on", null=True, blank=True, validators=[plannable_date]
    )
    last_contact = models.DateField(
        "Last contact with the writer",
        null=True,
        blank=True,
        validators=[plannable_date],
        help_text="A reply or a meeting: reminders wait a week after it.",
    )
    season = models.PositiveSmallIntegerField("Season (ERAS year)", null=True, blank=True)
    strongest = models.BooleanField("One of my strongest letters", default=False)
    allowed = models.JSONField(default=list, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created", "-id")
        constraints = [
            models.UniqueConstraint(fields=("owner", "uid"), name="letter_request_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return f"Letter from {self.author}"

    @property
    def status_label(self) -> str:
        return LETTER_STATUS_LABELS[self.status]

    @property
    def reply_label_text(self) -> str:
        return REPLY_LABELS.get(self.reply_label, "")

    def to_core(self) -> Letter:
        return Letter(
            id=str(self.uid),
            author=self.author,
            specialty=self.specialty,
            status=LetterStatus(self.status),
            kind=LetterKind(self.kind),
            title=self.author_title,
            email=self.author_email,
            waived=self.waived,
            chair=self.chair,
            eras_letter_id=self.letter_id,
            requested_on=self.requested_on,
            received_on=self.received_on,
            last_contact=self.last_contact,
            strongest=self.strongest,
        )

    def reading(self) -> ReplyReading:
        """The stored answer read again, for the words that decided it."""
        return classify_reply(self.reply_text, writer_name=self.author)

    # The columns the export writes under their own names in `letter_requests`
    # (core/export_letters.py).
    RECORD_FIELDS: ClassVar[tuple[str, ...]] = (
        "author",
        "status",
        "asked_on",
        "reply_text",
        "reply_label",
        "replied_on",
        "taught",
        "email_subject",
        "email_body",
        "helper_text",
        "packet_sent_on",
        "experience_description",
        "experience_reflection",
        "experience_characteristic",
    )

    # The ERAS entry's columns by their key in the export's `letters` section
    # (core/export_ledger.py); `author` and `status` are in both sections.
    ENTRY_FIELDS: ClassVar[dict[str, str]] = {
        "author": "author",
        "title": "author_title",
        "email": "author_email",
        "specialty": "specialty",
        "kind": "kind",
        "chair": "chair",
        "waived": "waived",
        "letter_id": "letter_id",
        "status": "status",
        "requested_on": "requested_on",
        "received_on": "received_on",
        "last_contact": "last_contact",
        "season": "season",
        "strongest": "strongest",
    }

    def to_record(self) -> LetterRequestRecord:
        """The request as the export writes it; read with its person selected."""
        return LetterRequestRecord(
            id=str(self.uid),
            person_id=str(self.person.uid) if self.person is not None else None,
            allowed=tuple(self.allowed),
            **{name: getattr(self, name) for name in self.RECORD_FIELDS},
        )

    def to_entry_record(self) -> LetterEntryRecord:
        """The ERAS entry and its history as the export writes them; read with the history
        prefetched."""
        return LetterEntryRecord(
            id=str(self.uid),
            history=tuple(
                StatusStepRecord(status=step.status, on=step.on, note=step.note)
                for step in self.history.all()
            ),
            **{key: getattr(self, column) for key, column in self.ENTRY_FIELDS.items()},
        )

    @classmethod
    def from_record(
        cls, record: LetterRequestRecord, entry: LetterEntryRecord, people: Mapping[str, Person]
    ) -> Self:
        """An unsaved request from its two records (which agree on the writer and the status),
        its writer found among `people` (by export id); the import saves its texts through the
        privacy guard and writes its history."""
        columns = {name: getattr(record, name) for name in cls.RECORD_FIELDS}
        columns |= {column: getattr(entry, key) for key, column in cls.ENTRY_FIELDS.items()}
        return cls(
            person=people[record.person_id] if record.person_id else None,
            allowed=list(record.allowed),
            **columns,
            **({"uid": record.id} if record.id else {}),
        )


class StatusChange(models.Model):
    """A dated step in a request's history; the latest one is the request's status."""

    request = models.ForeignKey(LetterRequest, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=12, choices=list(LETTER_STATUS_LABELS.items()))
    on = models.DateField(validators=[plannable_date])
    note = models.CharField(
        max_length=d.STATUS_NOTE_MAX_LENGTH, blank=True, validators=[storable_text]
    )

    class Meta:
        ordering = ("on", "id")

    def __str__(self) -> str:
        return f"{self.get_status_display()} on {self.on.isoformat()}"


class PacketFile(models.Model):
    """The applicant's CV or personal-statement draft, attached to every packet."""

    class Kind(models.TextChoices):
        CV = "cv", "CV"
        PERSONAL_STATEMENT = "personal_statement", "Personal statement draft"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="packet_files"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=d.PACKET_FILE_NAME_MAX_LENGTH, validators=[storable_text])
    content_type = models.CharField(max_length=100)
    data = models.BinaryField()
    size = models.PositiveIntegerField()
    uploaded = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("kind",)
        constraints = [
            models.UniqueConstraint(fields=("owner", "kind"), name="one_packet_file_per_kind"),
        ]

    def __str__(self) -> str:
        return self.name

    def to_record(self) -> PacketFileRecord:
        return PacketFileRecord(
            kind=self.kind, name=self.name, content_type=self.content_type, data=bytes(self.data)
        )


class WriterLink(models.Model):
    """A private, read-only page for one request's writer. Only the token's digest is kept:
    the address is shown once, when issued. Issuing a new one revokes the earlier ones."""

    request = models.ForeignKey(LetterRequest, on_delete=models.CASCADE, related_name="links")
    token_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField()
    expires = models.DateTimeField()
    revoked = models.DateTimeField(null=True, blank=True)
    uploaded = models.DateTimeField(null=True, blank=True)  # the writer said "uploaded"

    class Meta:
        ordering = ("-created", "-id")

    def __str__(self) -> str:
        return f"Writer link for {self.request.author}"


class LinkView(models.Model):
    """One opening of a writer link; nothing about the visitor is kept but the moment."""

    link = models.ForeignKey(WriterLink, on_delete=models.CASCADE, related_name="views")
    viewed = models.DateTimeField()

    class Meta:
        ordering = ("-viewed", "-id")

    def __str__(self) -> str:
        return f"Opened {self.viewed.isoformat()}"


class Program(models.Model):
    """A residency program the applicant applies to, and the letters it gets."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programs"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    name = models.CharField(
        "Program", max_length=d.PROGRAM_NAME_MAX_LENGTH, validators=[storable_text]
    )
    specialty = models.CharField(
        "Specialty",
        max_length=d.SPECIALTY_MAX_LENGTH,
        choices=[(name, name) for name in ERAS_SPECIALTIES],
    )
    state = models.CharField(
        "State", max_length=2, blank=True, choices=[(code, code) for code in US_STATES]
    )
    signalled = models.BooleanField("Signal sent", default=False)
    applied_on = models.DateField(
        "Applied on",
        null=True,
        blank=True,
        validators=[plannable_date],
        help_text="Once you apply, MyERAS locks the letters assigned to this program.",
    )
    letters: models.ManyToManyField[LetterRequest, Assignment] = models.ManyToManyField(
        LetterRequest, through="Assignment", related_name="programs", blank=True
    )

    class Meta:
        ordering = ("name", "id")
        constraints = [
            models.UniqueConstraint(fields=("owner", "uid"), name="program_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name

    # The columns the export writes under their own names (core/export_ledger.py).
    RECORD_FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "specialty",
        "state",
        "signalled",
        "applied_on",
    )

    def to_record(self) -> ProgramRecord:
        return ProgramRecord(
            id=str(self.uid), **{name: getattr(self, name) for name in self.RECORD_FIELDS}
        )

    @classmethod
    def from_record(cls, record: ProgramRecord) -> Self:
        """An unsaved program; the import saves it through `program_save`."""
        return cls(uid=record.id, **{name: getattr(record, name) for name in cls.RECORD_FIELDS})

    def to_core(self) -> CoreProgram:
        return CoreProgram(
            id=str(self.uid),
            name=self.name,
            specialty=self.specialty,
            state=self.state,
            signalled=self.signalled,
            applied_on=self.applied_on,
        )


class Assignment(models.Model):
    """A letter assigned to a program (at most MAX_LETTERS_PER_PROGRAM: the service holds it)."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="assignments")
    letter = models.ForeignKey(LetterRequest, on_delete=models.CASCADE, related_name="assignments")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("program", "letter"), name="one_assignment_per_pair"),
        ]

    def __str__(self) -> str:
        return f"Letter {self.letter_id} to program {self.program_id}"


class Reminder(models.Model):
    """One follow-up of a letter (a reminder or a thank-you) once it has come due.

    `cycle` tells apart the reminders of a request made again (the day it was requested) and
    holds the day the letter arrived for a thank-you. `sent_on` is set only by the applicant's
    click on that message; `digested_on` by the `lorkit remind` run that claimed it for the
    applicant's daily digest (a conditional UPDATE, so two runs never both claim it)."""

    request = models.ForeignKey(LetterRequest, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=list(NUDGE_LABELS.items()))
    cycle = models.DateField()
    due = models.DateField()
    sent_on = models.DateField(null=True, blank=True)
    digested_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ("due", "id")
        constraints = [
            models.UniqueConstraint(
                fields=("request", "kind", "cycle"), name="one_reminder_per_kind_and_cycle"
            ),
        ]

    def __str__(self) -> str:
        return f"{NUDGE_LABELS[self.kind]} for {self.request.author}"

    RECORD_FIELDS: ClassVar[tuple[str, ...]] = ("kind", "cycle", "due", "sent_on", "digested_on")

    def to_record(self) -> ReminderRecord:
        """The follow-up as the export writes it; read with its request selected."""
        return ReminderRecord(
            letter_id=str(self.request.uid),
            **{name: getattr(self, name) for name in self.RECORD_FIELDS},
        )

    @classmethod
    def from_record(cls, record: ReminderRecord, request: LetterRequest) -> Self:
        return cls(request=request, **{name: getattr(record, name) for name in cls.RECORD_FIELDS})

    def to_sent(self) -> SentNudge | None:
        """The core's record of a sent nudge, for `due_nudges` (None while unsent)."""
        if self.sent_on is None:
            return None
        letter_id = str(self.request.uid)
        return SentNudge(letter_id=letter_id, kind=NudgeKind(self.kind), on=self.sent_on)
