"""Files leaving lorkit: downloads with a safe name, and the packet as an .eml draft with
its attachments (the CV, the personal statement and the helper's PDF)."""

from __future__ import annotations

from django.http import HttpResponse

from lorkit.accounts.models import User
from lorkit.letters.models import LetterRequest, PacketFile
from lorkit.letters.render import helper_pdf, packet_eml
from lorkit.letters.selectors import PacketDrafts, helper_of


def attachment_response(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    # Django quotes and, for non-ASCII names, adds filename* (RFC 6266).
    response.headers["Content-Disposition"] = f'attachment; filename="{_safe(filename)}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _safe(filename: str) -> str:
    kept = "".join(c if c.isascii() and (c.isalnum() or c in "-_. ") else "-" for c in filename)
    return kept.strip(" .") or "download"


def packet_attachments(
    owner: User, letter: LetterRequest, drafts: PacketDrafts
) -> list[tuple[str, str, bytes]]:
    files = [
        (_safe(f.name), f.content_type, bytes(f.data))
        for f in PacketFile.objects.filter(owner=owner)
    ]
    helper = helper_of(letter, drafts)
    return [*files, ("letter-helper.pdf", "application/pdf", helper_pdf(helper).data)]


def packet_eml_bytes(owner: User, letter: LetterRequest, drafts: PacketDrafts) -> bytes:
    return packet_eml(
        sender=owner.email,
        to=letter.person.email if letter.person else "",
        subject=letter.email_subject or drafts.email.subject,
        body=letter.email_body or drafts.email.body,
        attachments=packet_attachments(owner, letter, drafts),
    )
