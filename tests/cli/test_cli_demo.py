"""`lorkit demo`: a fictional applicant whose season is placed around a given day."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.core.preflight import DocumentKind, document_kind
from lorkit.demo import demo_cv_pdf
from lorkit.letters.models import LetterRequest, PacketFile
from lorkit.plans.models import Milestone, Rotation

runner = CliRunner(env={"LORKIT_USER": None})
DAY = date(2026, 11, 21)


def run_demo(*extra: str) -> User:
    result = runner.invoke(app, ["demo", "--today", DAY.isoformat(), *extra])
    assert result.exit_code == 0, result.output
    assert "Demo account ready: demo / lorkit-demo (3 rotations)" in result.stdout
    return User.objects.get(username="demo")


def overdue(user: User) -> list[Milestone]:
    return [m for m in Milestone.objects.filter(rotation__owner=user) if m.is_overdue(DAY)]


def test_demo_creates_a_finished_a_current_and_a_coming_rotation(db: None) -> None:
    user = run_demo()

    assert user.check_password("lorkit-demo")
    assert [r.phase(DAY) for r in user.rotations.order_by("start")] == [
        "finished",
        "under way",
        "ahead",
    ]
    assert overdue(user)


def test_the_overdue_demo_milestones_show_in_its_agenda(db: None) -> None:
    user = run_demo()

    result = runner.invoke(app, ["today", "--user", "demo", "--today", DAY.isoformat(), "--json"])

    assert result.exit_code == 0, result.output
    assert '"overdue": []' not in result.stdout
    assert all(f'"id": {m.pk},' in result.stdout for m in overdue(user))


def test_running_demo_twice_does_not_duplicate(db: None) -> None:
    first = run_demo()
    milestones = Milestone.objects.count()

    second = run_demo()

    assert second.pk == first.pk
    assert User.objects.filter(username="demo").count() == 1
    assert Rotation.objects.count() == 3
    assert Milestone.objects.count() == milestones


def test_reset_rebuilds_the_demo_and_leaves_other_accounts(rotation: Rotation) -> None:
    first = run_demo()
    late = overdue(first)[0]
    site = late.rotation.site
    late.status, late.closed_on = "done", DAY
    late.save()

    kept = run_demo()
    late.refresh_from_db()
    assert (kept.pk, late.status) == (first.pk, "done")

    rebuilt = run_demo("--reset")

    assert rebuilt.pk != first.pk
    assert User.objects.filter(username="demo").count() == 1
    assert rebuilt.rotations.count() == 3
    again = Milestone.objects.get(rotation__owner=rebuilt, rotation__site=site, key=late.key)
    assert again.status == "open"
    assert list(User.objects.get(username="alice").rotations.all()) == [rotation]


def test_a_malformed_today_is_refused(db: None) -> None:
    result = runner.invoke(app, ["demo", "--today", "21.11.2026"])

    assert result.exit_code == 2
    assert "--today" in result.output
    assert not User.objects.filter(username="demo").exists()


def test_the_demo_has_a_strong_yes_with_its_packet_and_a_lukewarm_answer(db: None) -> None:
    user = run_demo()

    letters = LetterRequest.objects.filter(owner=user).order_by("asked_on")
    assert [(r.author, r.status, r.reply_label) for r in letters] == [
        ("Dr. Elena Marsh", "agreed", "strong_yes"),
        ("Dr. Kwame Mensah", "asked", "lukewarm"),
    ]
    marsh, mensah = letters
    assert [(s.status, s.on) for s in marsh.history.all()] == [
        ("planned", date(2026, 10, 20)),
        ("asked", date(2026, 10, 22)),
        ("agreed", date(2026, 10, 24)),
    ]
    assert marsh.person is not None and marsh.person.name == "Dr. Elena Marsh"
    assert "Dr. Marsh" in marsh.email_body or "Dr. Elena Marsh" in marsh.email_body
    assert marsh.email_subject and marsh.helper_text and marsh.taught
    assert mensah.asked_on == date(2026, 10, 28)
    assert not (mensah.email_body or mensah.helper_text)


def test_the_demo_cv_is_a_one_page_pdf_the_same_every_time_for_a_day(db: None) -> None:
    user = run_demo()

    cv = PacketFile.objects.get(owner=user)
    assert (cv.kind, cv.content_type) == ("cv", "application/pdf")
    assert document_kind(bytes(cv.data)) is DocumentKind.PDF
    assert bytes(cv.data) == demo_cv_pdf(DAY)
    assert demo_cv_pdf(DAY) != demo_cv_pdf(date(2027, 3, 1))
    assert (
        PdfReader(io.BytesIO(bytes(cv.data)))
        .pages[0]
        .extract_text()
        .startswith("Curriculum vitae — demo")
    )
    assert len(PdfReader(io.BytesIO(bytes(cv.data))).pages) == 1
