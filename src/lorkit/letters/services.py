"""What changes letters: the ask, the answer, the packet, the ERAS entry, the packet files
and the writer link. Every free text passes the privacy guard here, so the web, the CLI and
an import all go through it; a writer link is looked up only by its token's digest."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for
from lorkit.core import defaults as d
from lorkit.core.ledger import GENERAL, LetterStatus, can_move, default_letter_kind
from lorkit.core.preflight import document_kind
from lorkit.core.replies import ReplyLabel, ReplyReading, classify_reply
from lorkit.core.tokens import is_token_shaped, new_token, token_digest
from lorkit.journal.models import Person
from lorkit.journal.services import privacy_check
from lorkit.letters.models import (
    GUARDED_TEXTS,
    LetterRequest,
    LinkView,
    PacketFile,
    StatusChange,
    WriterLink,
)
from lorkit.validators import PrivacyFlags, allowed_words

# Where an answer moves a request: a strong yes is an agreement, a polite no a decline; a
# lukewarm or unclear answer leaves it asked (the applicant decides what to do with it).
STATUS_AFTER_REPLY = {
    ReplyLabel.STRONG_YES: LetterStatus.AGREED,
    ReplyLabel.POLITE_NO: LetterStatus.DECLINED,
}
# A reload of the writer's page is not another opening.
VIEW_REPEAT_WINDOW = timedelta(minutes=10)


def _guard(owner: User, request: LetterRequest, allowed: Iterable[str]) -> None:
    """Refuse (PrivacyFlags) any guarded text of `request` with a patient identifier."""
    marks = allowed_words(request.allowed, allowed)
    texts = {name: getattr(request, name) for name in GUARDED_TEXTS}
    flagged = privacy_check(owner, texts, marks)
    if flagged:
        raise PrivacyFlags(flagged)
    request.allowed = marks


def _save(owner: User, request: LetterRequest, allowed: Iterable[str]) -> LetterRequest:
    request.owner = owner
    request.full_clean(validate_unique=False, validate_constraints=False)
    _guard(owner, request, allowed)
    request.save()
    return request


def _move(request: LetterRequest, status: LetterStatus, on: date, note: str = "") -> None:
    """Record the move in the history (the request is saved by the caller)."""
    if request.status == status:
        return
    if not can_move(LetterStatus(request.status), status):
        raise ValidationError(
            f"A letter that is {request.status_label.lower()} cannot become {status.value}."
        )
    last = request.history.order_by("-on", "-id").values_list("on", flat=True).first()
    if last is not None and on < last:
        raise ValidationError(
            f"Its last change was on {last:%d %b %Y}: this one cannot come before it."
        )
    request.status = status.value
    # The dates the follow-up engine reads move with the status: a request made again (after
    # the portal removed it) starts its reminders afresh.
    if status == LetterStatus.REQUESTED:
        request.requested_on, request.received_on = on, None
    elif status == LetterStatus.RECEIVED:
        request.received_on = on
    StatusChange.objects.create(request=request, status=status.value, on=on, note=note)


@transaction.atomic
def letter_request_start(*, owner: User, person: Person, today: date) -> LetterRequest:
    """The person's open request, or a new planned one (at most LETTER_REQUESTS_MAX each)."""
    current = open_request(owner, person)
    if current is not None:
        return current
    if LetterRequest.objects.filter(owner=owner).count() >= d.LETTER_REQUESTS_MAX:
        raise ValidationError(f"An account holds at most {d.LETTER_REQUESTS_MAX} letters.")
    profile = profile_for(owner)
    specialty = profile.specialty or GENERAL
    request = LetterRequest.objects.create(
        owner=owner,
        person=person,
        author=person.name,
        author_email=person.email,
        specialty=specialty,
        kind=default_letter_kind(specialty).value,
        season=profile.season,
    )
    StatusChange.objects.create(request=request, status=request.status, on=today)
    return request


def open_request(owner: User, person: Person) -> LetterRequest | None:
    """The person's latest request that is still going (not declined or withdrawn)."""
    ended = (LetterStatus.DECLINED, LetterStatus.WITHDRAWN)
    return (
        LetterRequest.objects.filter(owner=owner, person=person).exclude(status__in=ended).first()
    )


@transaction.atomic
def ask_record(*, owner: User, person: Person, on: date, today: date) -> LetterRequest:
    """The applicant asked `person` on `on` (not after today)."""
    if on > today:
        raise ValidationError("Record the ask once it has happened.")
    # A request started by the ask itself is planned and asked on the same day.
    request = letter_request_start(owner=owner, person=person, today=on)
    if request.status == LetterStatus.PLANNED:
        _move(request, LetterStatus.ASKED, on)
    request.asked_on = on
    request.save()
    return request


@transaction.atomic
def reply_record(
    *,
    owner: User,
    request: LetterRequest,
    text: str,
    on: date,
    today: date,
    allowed: Iterable[str] = (),
) -> ReplyReading:
    """Read the writer's answer, store it, and move the request on (STATUS_AFTER_REPLY)."""
    if on > today:
        raise ValidationError("Record the answer once it has come.")
    reading = classify_reply(text, writer_name=request.author)
    request.reply_text, request.reply_label, request.replied_on = text.strip(), reading.label, on
    if request.status == LetterStatus.PLANNED:
        _move(request, LetterStatus.ASKED, request.asked_on or on)
    if request.asked_on is None:
        request.asked_on = on
    after = STATUS_AFTER_REPLY.get(reading.label)
    if after is not None and request.status in (LetterStatus.ASKED, LetterStatus.AGREED):
        _move(request, after, on)
    _save(owner, request, allowed)
    return reading


@transaction.atomic
def status_set(
    *,
    owner: User,
    request: LetterRequest,
    status: LetterStatus,
    on: date,
    today: date | None = None,
) -> None:
    """Move the letter on (history kept); never to a date after `today`, nor before its last
    change."""
    if today is not None and on > today:
        raise ValidationError("Record a change once it has happened, not ahead of time.")
    _move(request, status, on)
    if status == LetterStatus.ASKED and request.asked_on is None:
        request.asked_on = on
    _save(owner, request, ())


def texts_save(
    *,
    owner: User,
    request: LetterRequest,
    texts: Mapping[str, str],
    allowed: Iterable[str] = (),
) -> LetterRequest:
    """Save edited packet or ERAS texts (only fields of GUARDED_TEXTS), guarded."""
    for name, value in texts.items():
        if name not in GUARDED_TEXTS:
            raise ValueError(f"{name} is not a letter text")
        setattr(request, name, value.strip())
    with transaction.atomic():
        return _save(owner, request, allowed)


@transaction.atomic
def packet_sent(*, owner: User, request: LetterRequest, on: date, today: date) -> None:
    if on > today:
        raise ValidationError("Record the packet as sent once it has gone.")
    request.packet_sent_on = on
    _save(owner, request, ())


# Files


def packet_file_save(*, owner: User, kind: str, name: str, data: bytes) -> PacketFile:
    """Keep the applicant's CV or personal statement: a PDF or a DOCX by its content (the
    file's name is not trusted), at most PACKET_FILE_MAX_BYTES."""
    if kind not in PacketFile.Kind.values:
        raise ValidationError("Choose the CV or the personal statement.")
    if len(data) > d.PACKET_FILE_MAX_BYTES:
        limit = d.PACKET_FILE_MAX_BYTES // (1024 * 1024)
        raise ValidationError(f"The file is larger than {limit} MB; save a smaller PDF.")
    found = document_kind(data)
    if found is None:
        raise ValidationError("This file is neither a PDF nor a Word (.docx) document.")
    stem = (name.rsplit(".", 1)[0] if "." in name else name).strip()[:150] or kind
    PacketFile.objects.filter(owner=owner, kind=kind).delete()
    return PacketFile.objects.create(
        owner=owner,
        kind=kind,
        name=f"{stem}.{found.value}",
        content_type=FILE_TYPES[found.value],
        data=data,
        size=len(data),
    )


FILE_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


# The writer link


@dataclass(frozen=True)
class IssuedLink:
    """A link just issued, its token in the clear: shown once, then only its digest is kept."""

    link: WriterLink
    token: str


@transaction.atomic
def writer_link_issue(*, request: LetterRequest, now: datetime | None = None) -> IssuedLink:
    """A fresh private link for the request's writer; every earlier one stops working."""
    now = now or timezone.now()
    WriterLink.objects.filter(request=request, revoked__isnull=True).update(revoked=now)
    token = new_token(d.WRITER_LINK_TOKEN_BYTES)
    link = WriterLink.objects.create(
        request=request,
        token_hash=token_digest(token),
        created=now,
        expires=now + timedelta(days=d.WRITER_LINK_LIFETIME_DAYS),
    )
    return IssuedLink(link, token)


def writer_link_revoke(*, request: LetterRequest, now: datetime | None = None) -> int:
    return WriterLink.objects.filter(request=request, revoked__isnull=True).update(
        revoked=now or timezone.now()
    )


def writer_link_for(token: str, now: datetime | None = None) -> WriterLink | None:
    """The live link of a token, or None for an unknown, revoked, expired or malformed one."""
    if not is_token_shaped(token):
        return None
    return (
        WriterLink.objects.select_related("request", "request__owner", "request__person")
        .filter(
            token_hash=token_digest(token), revoked__isnull=True, expires__gt=now or timezone.now()
        )
        .first()
    )


def writer_link_opened(link: WriterLink, now: datetime | None = None) -> None:
    """Log an opening, unless the same link was opened in the last few minutes (a reload)."""
    now = now or timezone.now()
    if not LinkView.objects.filter(link=link, viewed__gt=now - VIEW_REPEAT_WINDOW).exists():
        LinkView.objects.create(link=link, viewed=now)


def writer_link_uploaded(link: WriterLink, now: datetime | None = None) -> bool:
    """The writer says the letter is uploaded; only the first click counts."""
    changed = WriterLink.objects.filter(pk=link.pk, uploaded__isnull=True).update(
        uploaded=now or timezone.now()
    )
    return changed == 1


# The ERAS letter entry (issue 12)


@transaction.atomic
def letter_entry_save(
    *, owner: User, letter: LetterRequest, status: LetterStatus, on: date, today: date
) -> LetterRequest:
    """Save an ERAS letter entry as typed, for a writer who may not be in the journal, at
    `status` since `on` (not after today). A new entry (at most LETTER_REQUESTS_MAX an
    account) may start at any status, as a letter received in an earlier season does, and
    starts its history there; an existing one changes status through `status_set`, only where
    `can_move` allows and not before its last change. A kind left blank is the specialty's
    usual one; a linked person must be one of the owner's."""
    if on > today:
        raise ValidationError({"on": "A status date cannot be after today."})
    if letter.person is not None and letter.person.owner_id != owner.pk:
        raise ValidationError({"person": "Choose one of the people in your journal."})
    letter.kind = letter.kind or default_letter_kind(letter.specialty).value
    if letter.pk is None:
        return _entry_create(owner, letter, status, on)
    if status != letter.status:
        _entry_move_allowed(letter, status, on)
        status_set(owner=owner, request=letter, status=status, on=on, today=today)
        return letter
    return _save(owner, letter, ())


def _entry_create(
    owner: User, letter: LetterRequest, status: LetterStatus, on: date
) -> LetterRequest:
    if LetterRequest.objects.filter(owner=owner).count() >= d.LETTER_REQUESTS_MAX:
        raise ValidationError(f"An account holds at most {d.LETTER_REQUESTS_MAX} letters.")
    letter.status = status.value
    letter.season = letter.season or profile_for(owner).season
    # The dates the follow-up engine reads, as `_move` sets them for a change.
    if status == LetterStatus.ASKED:
        letter.asked_on = on
    elif status == LetterStatus.REQUESTED:
        letter.requested_on = on
    elif status == LetterStatus.RECEIVED:
        letter.received_on = on
    _save(owner, letter, ())
    StatusChange.objects.create(request=letter, status=status.value, on=on)
    return letter


def _entry_move_allowed(letter: LetterRequest, status: LetterStatus, on: date) -> None:
    """Refuse, on the field at fault, a move `can_move` forbids or one dated before the last."""
    if not can_move(LetterStatus(letter.status), status):
        raise ValidationError(
            {
                "status": f"A letter that is {letter.status_label.lower()} cannot become "
                f"{status.value}."
            }
        )
    last = letter.history.order_by("-on", "-id").values_list("on", flat=True).first()
    if last is not None and on < last:
        raise ValidationError(
            {"on": f"Its last change was on {last:%d %b %Y}: a later one cannot come before it."}
        )
