"""The demo applicant: a fictional season placed around today's date so that every page has
something to show (a finished rotation, one under way, one ahead, and overdue items)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from lorkit.accounts.models import User
from lorkit.accounts.services import profile_for, user_create
from lorkit.core.defaults import DEFAULT_TIME_ZONE
from lorkit.core.season import season_for_date
from lorkit.core.vocabulary import MilestoneStatus
from lorkit.journal.models import CheckIn, Compliment, Feedback, Person, Story
from lorkit.journal.services import (
    attendings_add_as_people,
    check_in_save,
    evidence_save,
    person_save,
)
from lorkit.letters.models import LetterRequest
from lorkit.letters.render import FAMILY, FONTS
from lorkit.letters.selectors import packet_drafts
from lorkit.letters.services import (
    ask_record,
    letter_request_start,
    packet_file_save,
    reply_record,
    texts_save,
)
from lorkit.plans.models import Rotation
from lorkit.plans.services import rotation_save

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "lorkit-demo"

# (site, city, state, specialty, kind, setting, first day relative to today, attending)
DEMO_ROTATIONS = (
    (
        "Lakeside Community Hospital",
        "Toledo",
        "OH",
        "Internal Medicine",
        "hands-on",
        "inpatient",
        -62,
        "Dr. Elena Marsh",
    ),
    (
        "Riverbend Family Clinic",
        "Dayton",
        "OH",
        "Family Medicine",
        "hands-on",
        "outpatient",
        -9,
        "Dr. Samuel Ortiz",
    ),
    (
        "Northgate Medical Center",
        "Columbus",
        "OH",
        "Internal Medicine",
        "observership",
        "inpatient",
        33,
        "",
    ),
)
DEMO_LENGTH_DAYS = 28
# Open items left behind on purpose so the overdue markers have something to show.
LEFT_OPEN = {
    ("Lakeside Community Hospital", "packet_email"),
    ("Riverbend Family Clinic", "intention_signal"),
}
SKIPPED = {("Lakeside Community Hospital", "soft_signal")}
# The two writers asked after the Lakeside rotation: (name, days before today they were asked,
# their answer). Dr. Marsh's reads as a strong yes, Dr. Mensah's as lukewarm (domain.md §7).
DEMO_ASKS = (
    (
        "Dr. Elena Marsh",
        30,
        "Of course, I would be happy to write you a strong letter. You were one of the most "
        "dependable students on the team this block. Send me your CV and your draft statement.",
    ),
    (
        "Dr. Kwame Mensah",
        24,
        "Sure, I can put a letter together for you, though I am not certain how much detail "
        "I can give.",
    ),
)


def demo_today() -> date:
    """Today where the demo applicant lives, not on the server's clock."""
    return timezone.now().astimezone(ZoneInfo(DEFAULT_TIME_ZONE)).date()


def demo_is_stale(user: User, today: date) -> bool:
    """A demo is stale once no rotation is under way: the pages would have little to show."""
    return not user.rotations.filter(start__lte=today, end__gte=today).exists()


@transaction.atomic
def demo_load(today: date, *, reset: bool = False) -> User:
    """Create the demo account if missing, rebuild it when asked or when it has gone stale
    (no rotation under way any more); return it."""
    existing = User.objects.filter(username=DEMO_USERNAME).first()
    if existing and not reset and not demo_is_stale(existing, today):
        return existing
    if existing:
        existing.delete()
    user = user_create(username=DEMO_USERNAME, password=DEMO_PASSWORD, today=today)
    profile = profile_for(user)
    profile.eras_name = "Amara N. Okafor"
    profile.specialty = "Internal Medicine"
    profile.season = season_for_date(today)
    profile.time_zone = DEFAULT_TIME_ZONE
    profile.strengths = ["clinical_reasoning", "reliability", "team_fit"]
    profile.save()
    rotations = []
    for site, city, state, specialty, kind, setting, offset, attending in DEMO_ROTATIONS:
        start = today + timedelta(days=offset)
        rotation = Rotation(
            site=site,
            city=city,
            state=state,
            specialty=specialty,
            kind=kind,
            setting=setting,
            start=start,
            end=start + timedelta(days=DEMO_LENGTH_DAYS - 1),
            attending_name=attending,
        )
        rotation_save(owner=user, rotation=rotation)
        _close_past_milestones(rotation, today)
        rotations.append(rotation)
    _demo_journal(user, rotations, today)
    _demo_letters(user, today)
    return user


def _close_past_milestones(rotation: Rotation, today: date) -> None:
    for milestone in rotation.milestones.filter(end__lt=today):
        if (rotation.site, milestone.kind) in LEFT_OPEN:
            continue
        skipped = (rotation.site, milestone.kind) in SKIPPED
        milestone.status = MilestoneStatus.SKIPPED if skipped else MilestoneStatus.DONE
        milestone.closed_on = milestone.end
        milestone.note = "Attending was away that week." if skipped else ""
        milestone.save()


def _demo_journal(user: User, rotations: list[Rotation], today: date) -> None:
    """A believable journal, fictional and free of patient identifiers, that shows every
    state: Dr. Marsh ready to write, Dr. Mensah eligible, Dr. Ortiz not yet (and a feedback
    loop with him still open), and a coasting spell in the last two check-ins. Written through
    the services, so the privacy guard reads every text as it would the applicant's."""
    lakeside, riverbend, _ = rotations
    attendings_add_as_people(user)
    marsh = Person.objects.get(owner=user, name="Dr. Elena Marsh")
    ortiz = Person.objects.get(owner=user, name="Dr. Samuel Ortiz")
    for person, role, board in (
        (marsh, "core_faculty", "yes"),
        (ortiz, "community_attending", "yes"),
    ):
        person.role, person.board_certified, person.saw_clinical_work = role, board, True
        person_save(owner=user, person=person, rotation_ids=[r.pk for r in person.rotations.all()])
    mensah = person_save(
        owner=user,
        person=Person(
            name="Dr. Kwame Mensah",
            role="other_attending",
            specialty="Internal Medicine",
            board_certified="yes",
            saw_clinical_work=True,
            first_contact=lakeside.start + timedelta(days=7),
            last_contact=lakeside.end,
            notes="Night hospitalist; saw me admit on two long calls.",
        ),
        rotation_ids=[lakeside.pk],
    )

    def day(number: int) -> date:
        return lakeside.start + timedelta(days=number)

    stories = (
        (
            day(6),
            "Ran the morning huddle for our team's eight patients when the senior was "
            "in a family meeting, and closed every task on the list by noon.",
            [marsh],
        ),
        (
            day(13),
            # Not "…the patient left.": the ERAS draft joins the stories, and the privacy guard
            # reads the capital word after "patient left." as a patient's name.
            "Noticed a medication mismatch at discharge, raised it with the pharmacist "
            "and fixed the reconciliation before the patient went home.",
            [marsh, mensah],
        ),
        (
            day(20),
            "Taught the new student how we pre-round, then presented my own patients "
            "with a full assessment and plan.",
            [marsh],
        ),
    )
    for when, text, seen in stories:
        evidence_save(
            owner=user,
            entry=Story(day=when, text=text, characteristics=["reliability_dependability"]),
            today=today,
            people=[p.pk for p in seen],
        )
    evidence_save(
        owner=user,
        entry=Feedback(
            giver=marsh,
            day=day(8),
            point="Lead my presentations with the assessment, not the overnight events.",
            planned_change="Open with one line of assessment and plan, then the data.",
            followup_date=day(15),
            outcome="Much clearer; keep doing it on every new admission.",
            characteristics=["self_reflection_improvement"],
            qualities=["clinical_reasoning"],
        ),
        today=today,
    )
    evidence_save(
        owner=user,
        entry=Compliment(
            giver=marsh,
            day=day(22),
            text="Told the team my notes were the ones she trusted on a busy day.",
        ),
        today=today,
    )
    evidence_save(
        owner=user,
        entry=Feedback(
            giver=mensah,
            day=day(16),
            point="Call the night senior earlier when a plan changes.",
            planned_change="Page at the first change, not the second.",
        ),
        today=today,
    )
    evidence_save(
        owner=user,
        entry=Feedback(
            giver=ortiz,
            day=today - timedelta(days=3),
            point="Tighten the clinic notes: one problem per line.",
            planned_change="Rewrite my template tonight and show him two notes on Friday.",
        ),
        today=today,
    )
    # Check-ins on the rotation under way, the last two each with a "no": a coasting spell.
    for back in range(min(8, (today - riverbend.start).days), 0, -1):
        slipping = back <= 2
        check_in_save(
            owner=user,
            check_in=CheckIn(
                day=today - timedelta(days=back),
                responsibility=True,
                reasoning=not slipping,
                communication=True,
                learned=back != 1,
            ),
            today=today,
        )


def _demo_letters(user: User, today: date) -> None:
    """Two letters asked after the Lakeside rotation (DEMO_ASKS): Dr. Marsh's strong yes made
    it agreed, and its packet is drafted from the journal and saved with a placeholder CV;
    Dr. Mensah's lukewarm answer leaves that letter asked. Written through the services."""
    packet_file_save(owner=user, kind="cv", name="Demo CV.pdf", data=demo_cv_pdf(today))
    letters = [
        _demo_ask(user, name, today - timedelta(days=back), reply, today)
        for name, back, reply in DEMO_ASKS
    ]
    marsh = letters[0]
    drafts = packet_drafts(user, marsh, today)
    texts = {
        "taught": drafts.taught,
        "email_subject": drafts.email.subject,
        "email_body": drafts.email.body,
        "helper_text": drafts.helper,
    }
    if drafts.experience is not None:
        texts["experience_description"] = drafts.experience.description
        texts["experience_reflection"] = drafts.experience.reflection
    texts_save(owner=user, request=marsh, texts=texts)


def _demo_ask(user: User, name: str, asked: date, reply: str, today: date) -> LetterRequest:
    """A letter planned two days before it was asked for, answered two days after."""
    person = Person.objects.get(owner=user, name=name)
    letter_request_start(owner=user, person=person, today=asked - timedelta(days=2))
    letter = ask_record(owner=user, person=person, on=asked, today=today)
    reply_record(owner=user, request=letter, text=reply, on=asked + timedelta(days=2), today=today)
    return letter


def demo_cv_pdf(today: date) -> bytes:
    """A one-page placeholder CV for the demo applicant, fictional throughout. Dated `today`
    inside the file, so one day's demo always gives the same bytes."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(datetime.combine(today, time(), tzinfo=UTC))
    pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
    pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_margins(54, 54)
    pdf.add_page()

    def write(text: str, size: float, style: str = "") -> None:
        pdf.set_font(FAMILY, style, size)
        pdf.multi_cell(0, size * 1.4, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    write("Curriculum vitae — demo", 18, "B")
    write("Amara N. Okafor, the made-up applicant of the lorkit demo.", 10)
    for heading, lines in _demo_cv_sections(today):
        pdf.ln(10)
        write(heading, 12, "B")
        for line in lines:
            write(f"• {line}", 10)
    return bytes(pdf.output())


def _demo_cv_sections(today: date) -> list[tuple[str, list[str]]]:
    rotations = [
        f"{specialty}, {site} ({kind}), from {(today + timedelta(days=offset)).strftime('%B %Y')}"
        for site, _, _, specialty, kind, _, offset, _ in DEMO_ROTATIONS
    ]
    return [
        ("Education", ["Doctor of Medicine, an imaginary medical school (demo only)"]),
        ("Clinical experience in the United States", rotations),
        (
            "Teaching and service",
            [
                "Showed new students how the team pre-rounds",
                "Volunteered at a free community clinic on Saturdays",
            ],
        ),
        ("About this file", ["A placeholder: replace it with your own CV on the Letters page."]),
    ]
