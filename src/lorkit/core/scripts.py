"""Titles and short checklists or conversation scripts for each milestone kind.

Every line is lorkit's own wording. Placeholders are filled from the applicant's profile and
the rotation; when the attending is unknown, the script speaks of "your attending".
"""

from __future__ import annotations

from dataclasses import dataclass

from lorkit.core import defaults
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS, MilestoneKind, RotationKind


@dataclass(frozen=True)
class PlanContext:
    """What personalises a plan: who applies, to what, and with whom they work."""

    applicant_name: str = ""
    specialty: str = ""
    season_year: int | None = None
    attending_name: str = ""
    strengths: tuple[str, ...] = ()

    @property
    def attending(self) -> str:
        return self.attending_name.strip() or "your attending"

    @property
    def target(self) -> str:
        return self.specialty.strip() or "my target specialty"

    @property
    def cycle(self) -> str:
        return f"the ERAS {self.season_year} cycle" if self.season_year else "this cycle"

    @property
    def strengths_phrase(self) -> str:
        labels = [LETTER_QUALITY_LABELS.get(code, code).lower() for code in self.strengths]
        if not labels:
            return "clinical reasoning and reliability"
        if len(labels) == 1:
            return labels[0]
        return ", ".join(labels[:-1]) + " and " + labels[-1]


TITLES: dict[MilestoneKind, str] = {
    MilestoneKind.PAPERWORK: "Finish onboarding paperwork",
    MilestoneKind.TB_SCREENING: "Get TB screening dated for this rotation",
    MilestoneKind.PREPARE: "Prepare your letter kit and goals",
    MilestoneKind.INTRO: "Introduce yourself and your goals to {attending}",
    MilestoneKind.INTENTION_SIGNAL: "Tell {attending} you are applying in {target}",
    MilestoneKind.FIRST_FEEDBACK: "Ask {attending} for five minutes of feedback",
    MilestoneKind.MID_FEEDBACK: "Mid-rotation feedback with {attending}",
    MilestoneKind.FEEDBACK_FOLLOWUP: "Show {attending} what changed since the feedback",
    MilestoneKind.SOFT_SIGNAL: "Share your residency plans with {attending}",
    MilestoneKind.SUMMATIVE_CHECK: "Ask {attending} whether you work at resident level",
    MilestoneKind.ASK: "Ask {attending} for a strong letter, in person",
    MilestoneKind.LAST_DAY_THANKS: "Thank {attending} in person",
    MilestoneKind.PACKET_EMAIL: "Email {attending} your letter packet",
}

FOLLOWUP_SUBJECT = {
    "feedback_followup:first_feedback": "the first feedback",
    "feedback_followup:mid_feedback": "the mid-rotation feedback",
}


def milestone_title(kind: MilestoneKind, key: str, context: PlanContext) -> str:
    title = TITLES[kind].format(attending=context.attending, target=context.target)
    if key in FOLLOWUP_SUBJECT:
        title = title.replace("the feedback", FOLLOWUP_SUBJECT[key])
    return title[0].upper() + title[1:]


def _scripts(context: PlanContext) -> dict[MilestoneKind, tuple[str, ...]]:
    who, target, cycle = context.attending, context.target, context.cycle
    strengths = context.strengths_phrase
    tb_months = -defaults.TB_SCREENING_OFFSETS[0] // 30
    packet_hours = (defaults.PACKET_EMAIL_DAYS_AFTER_LAST[1] + 1) * 24
    return {
        MilestoneKind.PAPERWORK: (
            "HIPAA training certificate saved as a PDF.",
            "Immunisation records: COVID-19, MMR, hepatitis B, varicella.",
            "Background check or police clearance requested.",
            "Site forms signed and returned; confirm your first-day time and place.",
        ),
        MilestoneKind.TB_SCREENING: (
            f"Book a TB test or IGRA so its result is dated within {tb_months} months of day 1.",
            "Keep the result letter with your other onboarding papers.",
        ),
        MilestoneKind.PREPARE: (
            "Update your CV (two pages at most) and your personal-statement draft.",
            f"Write a one-page target sheet: {target}, {cycle}, and the strengths you want "
            f"letters to show ({strengths}).",
            f"Review the common presentations in {target}, SOAP notes and U.S. workflows "
            "(admission orders, discharge summaries, SBAR calls, I-PASS handoffs).",
            "Choose 2–3 goals: one skill to improve, one quality to be seen, one topic to master.",
        ),
        MilestoneKind.INTRO: (
            f"Pick a quiet moment after rounds and introduce yourself to {who}.",
            f'"I am applying in {target} in {cycle}. My goals this month are … '
            'Please be direct with me when something can be better."',
            '"How do you like students to work on your team?"',
            "Write their answer down tonight; it tells you what they will notice.",
        ),
        MilestoneKind.INTENTION_SIGNAL: (
            "Wait until you have handled a few tasks well on your own.",
            f'"I am applying in {target} in {cycle}, and I would like to earn a strong '
            'recommendation from this rotation. Please tell me if I am not on track."',
            "Keep it short; you are asking for guidance, not for the letter yet.",
        ),
        MilestoneKind.FIRST_FEEDBACK: (
            f'Ask {who}: "Do you have five minutes for one thing I do well and one thing '
            'to improve?"',
            "Write both down word for word the same day.",
            "Pick one concrete change you will make this week, and make it visibly.",
        ),
        MilestoneKind.MID_FEEDBACK: (
            f"Schedule ten minutes with {who}; do not ambush them on a busy day.",
            "Open with your own view of how the rotation is going.",
            '"What one thing would you want from me if I were your intern?"',
            '"Is anything making you hesitant to trust me with more?"',
            '"Where am I already working at intern level?"',
            "Commit to one or two points out loud, then log them in lorkit.",
        ),
        MilestoneKind.FEEDBACK_FOLLOWUP: (
            '"I have been working on what you suggested; is this closer to what you want to see?"',
            "Bring one concrete example of the change: this before-and-after is what "
            "letters quote.",
            "Log the improvement in lorkit while the details are fresh.",
        ),
        MilestoneKind.SOFT_SIGNAL: (
            f"Tell {who} about your residency plans in {target}.",
            '"What would I need to show to be a strong resident here?"',
            "Act on the answer during the remaining weeks.",
        ),
        MilestoneKind.SUMMATIVE_CHECK: (
            f'Ask {who}: "Am I working at the level of a strong future resident?"',
            "An enthusiastic yes makes them a prime letter writer; a vague answer moves "
            "them down your list.",
            "Note the exact words they use.",
        ),
        MilestoneKind.ASK: (
            "Ask in person, after a good day, and never on your last afternoon.",
            f'"Would you feel comfortable writing me a strong letter for {target}?"',
            '"If you feel you have not seen enough of my work, I understand completely."',
            'Listen for the word "strong": a hesitant yes means keep looking for writers.',
        ),
        MilestoneKind.LAST_DAY_THANKS: (
            f"Thank {who} in person for one specific thing they taught you.",
            "Tell them your materials will be in their inbox within a day.",
        ),
        MilestoneKind.PACKET_EMAIL: (
            f"Send within 24 hours, {packet_hours} at most.",
            "Thank them for something specific; attach your CV and personal-statement draft.",
            "Add your ERAS identifiers, the rotation dates and a one-page letter helper: "
            "cases you followed (de-identified), feedback and how you improved, talks given.",
            f"Name the strengths you hope the letter can speak to ({strengths}) as a wish, "
            "and say they may use or ignore any of it.",
        ),
    }


KIND_ADVICE: dict[RotationKind, dict[MilestoneKind, str]] = {
    RotationKind.OBSERVERSHIP: {
        MilestoneKind.INTRO: "On an observership, offer to draft notes or present a patient "
        "verbally so your work can be seen.",
        MilestoneKind.MID_FEEDBACK: "Offer a 5–10 minute teaching talk on a topic from the "
        "team's patients.",
    },
    RotationKind.RESEARCH: {
        MilestoneKind.INTRO: "On a research rotation, ask to join clinic or rounds at least "
        "once a week so your mentor can speak to clinical work.",
        MilestoneKind.ASK: "Ask your mentor to describe clinical work they saw, not only "
        "the research.",
    },
}


def milestone_script(
    kind: MilestoneKind, key: str, rotation_kind: RotationKind, context: PlanContext
) -> tuple[str, ...]:
    lines = _scripts(context)[kind]
    extra = KIND_ADVICE.get(rotation_kind, {}).get(kind)
    return (*lines, extra) if extra else lines
