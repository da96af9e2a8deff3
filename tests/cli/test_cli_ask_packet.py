"""`lorkit ask PERSON` and `lorkit packet PERSON`: the ask script and readiness, and the packet
printed or written as PDF, DOCX and .eml, from the account's journal."""

from __future__ import annotations

import email
import json
from datetime import date
from email import policy
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.journal.models import Person, Story
from lorkit.letters.models import LetterRequest
from lorkit.plans.models import Rotation

runner = CliRunner(env={"LORKIT_USER": None})
TODAY = date(2027, 1, 28)


@pytest.fixture
def hart(owner: User, rotation: Rotation, set_today: Any) -> Person:
    set_today(TODAY)
    person = Person.objects.create(owner=owner, name="Dr. Lena Hart", saw_clinical_work=True)
    person.rotations.add(rotation)
    story = Story.objects.create(
        owner=owner, day=date(2027, 1, 12), text="Coordinated a heart-failure discharge"
    )
    story.witnesses.add(person)
    return person


def test_ask_prints_readiness_the_window_and_the_script(hart: Person) -> None:
    result = runner.invoke(app, ["ask", "Dr. Lena Hart", "--today", "2027-01-28"])

    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "strong letter" in text
    assert "the time I coordinated a heart-failure discharge" in text
    assert "Before you ask" in text  # one story and no feedback: not ready yet


def test_ask_json_has_readiness_window_and_script(hart: Person) -> None:
    result = runner.invoke(app, ["ask", "dr. lena hart", "--json", "--today", "2027-01-28"])

    data = json.loads(result.stdout)
    assert data["readiness"]["name"] == "Dr. Lena Hart"
    assert {"inside", "opens", "closes", "next_good_day", "text"} <= data["window"].keys()
    assert "strong letter" in data["script"]["in_person"]


def test_ask_for_someone_not_in_the_journal_is_a_clear_error(hart: Person) -> None:
    result = runner.invoke(app, ["ask", "Dr. Nobody"])

    assert result.exit_code == 1
    assert "no person named" in result.output


def test_packet_writes_a_one_page_pdf_a_docx_and_an_eml_and_saves_nothing(
    hart: Person, tmp_path: Path
) -> None:
    pdf, docx, eml = tmp_path / "h.pdf", tmp_path / "h.docx", tmp_path / "p.eml"

    result = runner.invoke(
        app, ["packet", "Dr. Lena Hart", "--pdf", str(pdf), "--docx", str(docx), "--eml", str(eml)]
    )

    assert result.exit_code == 0, result.output
    assert len(PdfReader(pdf).pages) == 1
    assert docx.read_bytes()[:2] == b"PK"
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert "Thank you" in str(message["Subject"])
    assert not LetterRequest.objects.exists()


def test_packet_without_files_prints_the_email_and_the_helper(hart: Person) -> None:
    result = runner.invoke(app, ["packet", "Dr. Lena Hart"])

    assert result.exit_code == 0, result.output
    assert "Subject:" in result.stdout
    assert "heart-failure discharge" in result.stdout


def test_packet_to_a_folder_that_does_not_exist_is_a_clear_error(
    hart: Person, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["packet", "Dr. Lena Hart", "--pdf", str(tmp_path / "no/x.pdf")])

    assert result.exit_code == 1
    assert "cannot write" in result.output
