"""The letter pages: from a ready writer to a recorded strong yes, a packet, a writer link the
writer opens without an account, and "viewed" and "uploaded" shown to the applicant."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from lorkit.accounts.models import User
from lorkit.journal.models import Compliment, Feedback, Person, Story
from lorkit.letters.models import LetterRequest, LinkView, PacketFile, WriterLink
from lorkit.plans.models import Rotation

TODAY = date(2027, 1, 28)
STRONG_YES = "Absolutely. I'd be glad to write you a strong letter; you were excellent on rounds."
POLITE_NO = "Dr. Patel worked with you more closely and may be a better choice for this letter."


@pytest.fixture
def marsh(owner: User, rotation: Rotation, set_today: Any) -> Person:
    """A writer with three stories, a closed loop and a compliment."""
    set_today(TODAY)
    person = Person.objects.create(
        owner=owner, name="Dr. Ellen Marsh", saw_clinical_work=True, email="marsh@example.org"
    )
    person.rotations.add(rotation)
    for day, text in (
        (date(2027, 1, 8), "Coordinated a heart-failure discharge with pharmacy and the family"),
        (date(2027, 1, 14), "Presented a new admission with a full differential on rounds"),
        (date(2027, 1, 21), "Ran the afternoon sign-out for the team when the senior was away"),
    ):
        Story.objects.create(owner=owner, day=day, text=text).witnesses.add(person)
    Feedback.objects.create(
        owner=owner,
        giver=person,
        day=date(2027, 1, 10),
        point="Lead presentations with the assessment",
        followup_date=date(2027, 1, 17),
        outcome="She said the plan was much clearer",
    )
    Compliment.objects.create(
        owner=owner, giver=person, day=date(2027, 1, 20), text="Thorough and calm on call"
    )
    return person


def asked(client: Client, person: Person) -> LetterRequest:
    response = client.post(reverse("person_ask", args=[person.pk]), {"on": "2027-01-27"})
    assert response.status_code == 302
    return LetterRequest.objects.get(person=person)


def test_the_ask_page_shows_readiness_the_window_and_a_script_naming_the_journal(
    owner_client: Client, marsh: Person
) -> None:
    page = owner_client.get(reverse("person_ask", args=[marsh.pk])).content.decode()

    assert "Dr. Ellen Marsh" in page
    assert "strong letter" in page
    assert "ran the afternoon sign-out" in page
    assert "When to ask" in page


def test_asking_someone_not_yet_ready_is_allowed_and_explained(
    owner: User, owner_client: Client, rotation: Rotation, set_today: Any
) -> None:
    set_today(TODAY)
    stranger = Person.objects.create(owner=owner, name="Dr. Quincy Hale")
    stranger.rotations.add(rotation)

    page = owner_client.get(reverse("person_ask", args=[stranger.pk])).content.decode()

    assert "Before you ask" in page
    assert asked(owner_client, stranger).status == "asked"


def test_a_strong_yes_is_stored_and_moves_the_letter_to_agreed(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)

    response = owner_client.post(
        reverse("letter_reply", args=[letter.pk]),
        {"reply_text": STRONG_YES, "replied_on": "2027-01-28"},
        follow=True,
    )

    letter.refresh_from_db()
    assert (letter.reply_label, letter.status) == ("strong_yes", "agreed")
    assert [c.status for c in letter.history.all()] == ["planned", "asked", "agreed"]
    page = response.content.decode()
    assert "Build the packet" in page
    assert "<mark>" in page


def test_a_polite_no_moves_the_letter_to_declined_never_agreed(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)

    owner_client.post(
        reverse("letter_reply", args=[letter.pk]),
        {"reply_text": POLITE_NO, "replied_on": "2027-01-28"},
    )

    letter.refresh_from_db()
    assert (letter.reply_label, letter.status) == ("polite_no", "declined")


def test_an_answer_naming_a_patient_is_stopped_and_kept_as_typed(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)
    text = "Happy to write a strong letter. Great job with Mrs. Adebayo on Tuesday."

    response = owner_client.post(
        reverse("letter_reply", args=[letter.pk]), {"reply_text": text, "replied_on": "2027-01-28"}
    )

    letter.refresh_from_db()
    assert letter.reply_text == ""
    page = response.content.decode()
    assert "Mrs. Adebayo" in page
    assert "Save with the rewrite" in page


def test_the_packet_is_drafted_from_the_journal_and_saved_as_edited(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)
    url = reverse("packet_edit", args=[letter.pk])

    page = owner_client.get(url).content.decode()
    assert "Thank you and" in page
    assert "heart-failure discharge" in page

    form = re.search(r'name="helper_text"[^>]*>(.*?)</textarea>', page, re.S)
    assert form is not None
    owner_client.post(
        url,
        {
            "taught": "leading with the assessment",
            "email_subject": "Thank you and letter materials",
            "email_body": "Dear Dr. Marsh,\nThank you.\nAlice",
            "helper_text": "Letter helper\n\n## Patients and tasks I followed\n- Ran sign-out\n",
            "letter_id": "",
        },
    )
    letter.refresh_from_db()
    assert letter.email_body.startswith("Dear Dr. Marsh")
    assert "Ran sign-out" in letter.helper_text


def test_the_pdf_is_one_letter_page_and_the_docx_and_eml_download(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)

    pdf = owner_client.get(reverse("packet_pdf", args=[letter.pk]))
    reader = PdfReader(io.BytesIO(pdf.content))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    docx = owner_client.get(reverse("packet_docx", args=[letter.pk]))
    assert docx.content[:2] == b"PK"
    eml = owner_client.get(reverse("packet_eml", args=[letter.pk]))
    assert b"Subject:" in eml.content
    assert b"letter-helper.pdf" in eml.content


def test_an_uploaded_file_is_checked_by_its_content_not_its_name(
    owner: User, owner_client: Client
) -> None:
    url = reverse("packet_files")
    fake = io.BytesIO(b"MZ this is not a pdf")
    fake.name = "cv.pdf"

    response = owner_client.post(url, {"kind": "cv", "file": fake})

    assert response.status_code == 400
    assert "neither a PDF nor" in response.content.decode()
    assert not PacketFile.objects.filter(owner=owner).exists()
    real = io.BytesIO(b"%PDF-1.4\n%%EOF\n")
    real.name = "my cv.docx"
    owner_client.post(url, {"kind": "cv", "file": real})
    assert PacketFile.objects.get(owner=owner).name == "my cv.pdf"


def issued_link(client: Client, letter: LetterRequest) -> str:
    client.post(reverse("link_issue", args=[letter.pk]))
    page = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()
    found = re.search(r'value="(http[^"]+/w/[^"]+/)"', page)
    assert found is not None
    return found.group(1).split("/w/")[1].rstrip("/")


def test_the_writer_opens_the_link_without_an_account_and_the_applicant_sees_it(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)
    token = issued_link(owner_client, letter)

    writer = Client()
    page = writer.get(reverse("writer_page", args=[token]))
    assert page.status_code == 200
    assert page["Cache-Control"] == "no-store"
    assert page["Referrer-Policy"] == "no-referrer"
    assert "noindex" in page["X-Robots-Tag"]
    assert "Letter materials from Alice Example" in page.content.decode()
    writer.post(reverse("writer_uploaded", args=[token]))

    detail = owner_client.get(reverse("letter_detail", args=[letter.pk])).content.decode()
    assert "Viewed by Dr. Ellen Marsh" in detail
    assert "says the letter is uploaded" in detail
    assert LinkView.objects.count() == 1


def test_a_reload_is_not_another_opening(owner_client: Client, marsh: Person) -> None:
    letter = asked(owner_client, marsh)
    token = issued_link(owner_client, letter)

    for _ in range(3):
        Client().get(reverse("writer_page", args=[token]))

    assert LinkView.objects.count() == 1


def test_a_revoked_or_replaced_link_gives_404(owner_client: Client, marsh: Person) -> None:
    letter = asked(owner_client, marsh)
    first = issued_link(owner_client, letter)
    second = issued_link(owner_client, letter)

    assert Client().get(reverse("writer_page", args=[first])).status_code == 404
    assert Client().get(reverse("writer_page", args=[second])).status_code == 200
    owner_client.post(reverse("link_revoke", args=[letter.pk]))
    assert Client().get(reverse("writer_page", args=[second])).status_code == 404
    assert WriterLink.objects.filter(revoked__isnull=True).count() == 0


def test_only_a_digest_of_the_token_is_stored(owner_client: Client, marsh: Person) -> None:
    letter = asked(owner_client, marsh)
    token = issued_link(owner_client, letter)

    stored = WriterLink.objects.get(request=letter).token_hash
    assert token not in stored
    assert len(stored) == 64


def test_the_writer_check_reads_the_pdf_in_memory_and_stores_nothing(
    owner_client: Client, marsh: Person
) -> None:
    from fpdf import FPDF

    letter = asked(owner_client, marsh)
    token = issued_link(owner_client, letter)
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        "Example University Hospital, Department of Medicine\nMay 3, 2027\n"
        "I recommend her without reservation.\nSincerely,\nEllen Marsh, MD",
    )
    upload = io.BytesIO(bytes(pdf.output()))
    upload.name = "letter: final.pdf"
    before = LetterRequest.objects.values().get(pk=letter.pk)

    page = Client().post(reverse("writer_check", args=[token]), {"file": upload})

    text = page.content.decode()
    assert page.status_code == 200
    assert "✗" in text  # the colon in the file's name
    assert LetterRequest.objects.values().get(pk=letter.pk) == before


def test_the_letter_pages_issue_a_fixed_number_of_queries(
    owner_client: Client, marsh: Person
) -> None:
    letter = asked(owner_client, marsh)
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            owner_client.get(reverse("letter_detail", args=[letter.pk]))
        counts.append(len(queries))
        Story.objects.create(owner=letter.owner, day=TODAY, text="Another afternoon of admissions")
    assert counts[0] == counts[1]
