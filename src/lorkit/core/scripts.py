"""Titles and short checklists or conversation scripts for each milestone kind, and `fill`,
the one way lorkit writes a text with placeholders (titles, scripts, and later emails and notes).

Every line is lorkit's own wording. A text names its placeholders as `{name}` and may come in
variants, from the fullest to the plainest: when the profile lacks a value (no specialty, no
strengths chosen) the text falls back to a variant that reads naturally without it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from string import Formatter

from lorkit.core import defaults
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS, MilestoneKind, RotationKind

Text = str | tuple[str, ...]
"""One string, or variants from the fullest to the plainest (see `fill`)."""


def _variants(text: Text) -> tuple[str, ...]:
    variants = (text,) if isinstance(text, str) else text
    if not variants:
        raise ValueError("a text needs at least one variant")
    return variants


@cache
def _parsed(variant: str) -> tuple[tuple[str, str | None], ...]:
    """A variant as (literal text, placeholder name or None) pieces, checked once and kept:
    texts are constants, and a plan fills the same few dozen of them again and again."""
    try:
        pieces = list(Formatter().parse(variant))
    except ValueError as error:
        raise ValueError(f"malformed braces in text {variant!r}: {error}") from None
    for _, name, spec, conversion in pieces:
        if name is not None and (not name.isidentifier() or spec or conversion):
            raise ValueError(
                f"placeholders are plain names like {{attending}}, without attribute, index, "
                f"conversion or format spec; text {variant!r} breaks this"
            )
    return tuple((literal, name) for literal, name, _, _ in pieces)


def placeholders(variant: str) -> tuple[str, ...]:
    """The placeholder names of one variant, in order. A placeholder is `{name}` with a plain
    identifier; `{{` and `}}` write literal braces. Anything else (`{}`, `{a.b}`, `{a[0]}`,
    `{a!r}`, `{a:>5}`, a lone brace) raises ValueError naming the text."""
    return tuple(name for _, name in _parsed(variant) if name is not None)


def fill(text: Text, values: Mapping[str, str]) -> str:
    """The first variant of `text` whose placeholders all have non-empty values, filled in.

    "" means unknown. Every placeholder of every variant must be a key of `values`, so a typo
    fails even in a variant not chosen this time. The last variant must be fillable with the
    values that are always present; when even it needs an unknown value, ValueError. Values are
    inserted as they are: braces inside a value are never read as placeholders."""
    if not values.keys() >= _all_names(text):
        unknown = sorted(_all_names(text) - values.keys())
        raise ValueError(f"unknown placeholder(s) {unknown} in text {text!r}")
    compiled = _compiled(text)
    for variant, found in compiled:
        if all(values[name] for name in found):
            return _substitute(variant, values)
    missing = [name for name in compiled[-1][1] if not values[name]]
    raise ValueError(f"the last variant of text {text!r} needs {missing}, which are empty")


@cache
def _compiled(text: Text) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each variant with its placeholder names, worked out once per text."""
    return tuple((variant, placeholders(variant)) for variant in _variants(text))


@cache
def _all_names(text: Text) -> frozenset[str]:
    return frozenset(name for _, names in _compiled(text) for name in names)


def _substitute(variant: str, values: Mapping[str, str]) -> str:
    return "".join(
        literal + (values[name] if name is not None else "") for literal, name in _parsed(variant)
    )


def check_text(text: Text, known: Collection[str], always_present: Collection[str]) -> None:
    """Raise ValueError unless every placeholder of `text` is one of `known` and its last
    variant uses only names in `always_present`: the check that lets a test prove a set of
    texts can be filled whatever the profile leaves blank."""
    variants = _variants(text)
    unknown = sorted({name for v in variants for name in placeholders(v)} - set(known))
    if unknown:
        raise ValueError(f"unknown placeholder(s) {unknown} in text {text!r}")
    needed = sorted(set(placeholders(variants[-1])) - set(always_present))
    if needed:
        raise ValueError(f"the last variant of text {text!r} needs {needed}, which may be empty")


def spoken_list(items: Iterable[str]) -> str:
    """Items joined as a sentence says them: "a", "a and b", "a, b and c"; "" for none."""
    words = list(items)
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True)
class PlanContext:
    """What personalises a plan: who applies, to what, and with whom they work."""

    applicant_name: str = ""
    specialty: str = ""
    season_year: int | None = None
    attending_name: str = ""
    strengths: tuple[str, ...] = ()

    def values(self) -> dict[str, str]:
        """The placeholder values of plan texts ("" when unknown). `attending` and `cycle`
        are always present: an unknown attending is "your attending", an unknown season
        "this cycle"."""
        return dict(_plan_values(self))

    def _compute_values(self) -> dict[str, str]:
        season = str(self.season_year) if self.season_year else ""
        attending = self.attending_name.strip()
        return {
            "applicant": self.applicant_name.strip(),
            "attending": fill(("{name}", "your attending"), {"name": attending}),
            "specialty": self.specialty.strip(),
            "cycle": fill(("the ERAS {year} cycle", "this cycle"), {"year": season}),
            "strengths": spoken_list(
                LETTER_QUALITY_LABELS.get(code, code).lower()
                for code in self.strengths
                if code.strip()
            ),
            **RULEBOOK_VALUES,
        }


@lru_cache(maxsize=256)
def _plan_values(context: PlanContext) -> dict[str, str]:
    """Kept per context: a plan fills some sixty texts from the same few values."""
    return context._compute_values()


# Numbers the scripts quote, from the rulebook (defaults.py) so the wording follows the rules.
RULEBOOK_VALUES: dict[str, str] = {
    "tb_months": str(-defaults.TB_SCREENING_OFFSETS[0] // 30),
    "packet_hours": str((defaults.PACKET_EMAIL_DAYS_AFTER_LAST[1] + 1) * 24),
}
PLAN_VALUE_NAMES = frozenset(PlanContext().values())
ALWAYS_PRESENT = frozenset({"attending", "cycle", *RULEBOOK_VALUES})

# Keyed by milestone kind, or by plan key where one kind has several milestones.
TITLES: dict[str, Text] = {
    MilestoneKind.PAPERWORK: "Finish onboarding paperwork",
    MilestoneKind.TB_SCREENING: "Get TB screening dated for this rotation",
    MilestoneKind.PREPARE: "Prepare your letter kit and goals",
    MilestoneKind.INTRO: "Introduce yourself and your goals to {attending}",
    MilestoneKind.INTENTION_SIGNAL: (
        "Tell {attending} you are applying in {specialty}",
        "Tell {attending} which specialty you are applying to",
    ),
    MilestoneKind.FIRST_FEEDBACK: "Ask {attending} for five minutes of feedback",
    MilestoneKind.MID_FEEDBACK: "Mid-rotation feedback with {attending}",
    MilestoneKind.FEEDBACK_FOLLOWUP: "Show {attending} what changed since the feedback",
    "feedback_followup:first_feedback": "Show {attending} what changed since the first feedback",
    "feedback_followup:mid_feedback": (
        "Show {attending} what changed since the mid-rotation feedback"
    ),
    MilestoneKind.SOFT_SIGNAL: "Share your residency plans with {attending}",
    MilestoneKind.SUMMATIVE_CHECK: "Ask {attending} whether you work at resident level",
    MilestoneKind.ASK: "Ask {attending} for a strong letter, in person",
    MilestoneKind.LAST_DAY_THANKS: "Thank {attending} in person",
    MilestoneKind.PACKET_EMAIL: "Email {attending} your letter packet",
}

SCRIPTS: dict[MilestoneKind, tuple[Text, ...]] = {
    MilestoneKind.PAPERWORK: (
        "HIPAA training certificate saved as a PDF.",
        "Immunisation records: COVID-19, MMR, hepatitis B, varicella.",
        "Background check or police clearance requested.",
        "Site forms signed and returned; confirm your first-day time and place.",
    ),
    MilestoneKind.TB_SCREENING: (
        "Book a TB test or IGRA so its result is dated within {tb_months} months of day 1.",
        "Keep the result letter with your other onboarding papers.",
    ),
    MilestoneKind.PREPARE: (
        "Update your CV (two pages at most) and your personal-statement draft.",
        (
            "Write a one-page target sheet: {specialty}, {cycle}, and the strengths you want "
            "letters to show ({strengths}).",
            "Write a one-page target sheet: {specialty}, {cycle}, and the strengths you want "
            "letters to show.",
            "Write a one-page target sheet: the specialty you are applying to, {cycle}, and "
            "the strengths you want letters to show ({strengths}).",
            "Write a one-page target sheet: the specialty you are applying to, {cycle}, and "
            "the strengths you want letters to show.",
        ),
        (
            "Review the common presentations in {specialty}, SOAP notes and U.S. workflows "
            "(admission orders, discharge summaries, SBAR calls, I-PASS handoffs).",
            "Review the common presentations in the specialty you are applying to, SOAP notes "
            "and U.S. workflows (admission orders, discharge summaries, SBAR calls, I-PASS "
            "handoffs).",
        ),
        "Choose 2–3 goals: one skill to improve, one quality to be seen, one topic to master.",
    ),
    MilestoneKind.INTRO: (
        "Pick a quiet moment after rounds and introduce yourself to {attending}.",
        (
            '"I am applying in {specialty} in {cycle}. My goals this month are … '
            'Please be direct with me when something can be better."',
            '"I am applying to residency in {cycle}. My goals this month are … '
            'Please be direct with me when something can be better."',
        ),
        '"How do you like students to work on your team?"',
        "Write their answer down tonight; it tells you what they will notice.",
    ),
    MilestoneKind.INTENTION_SIGNAL: (
        "Wait until you have handled a few tasks well on your own.",
        (
            '"I am applying in {specialty} in {cycle}, and I would like to earn a strong '
            'recommendation from this rotation. Please tell me if I am not on track."',
            "Name the specialty you will apply to in {cycle}, then: "
            '"I would like to earn a strong recommendation from this rotation. '
            'Please tell me if I am not on track."',
        ),
        "Keep it short; you are asking for guidance, not for the letter yet.",
    ),
    MilestoneKind.FIRST_FEEDBACK: (
        'Ask {attending}: "Do you have five minutes for one thing I do well and one thing '
        'to improve?"',
        "Write both down word for word the same day.",
        "Pick one concrete change you will make this week, and make it visibly.",
    ),
    MilestoneKind.MID_FEEDBACK: (
        "Schedule ten minutes with {attending}; do not ambush them on a busy day.",
        "Open with your own view of how the rotation is going.",
        '"What one thing would you want from me if I were your intern?"',
        '"Is anything making you hesitant to trust me with more?"',
        '"Where am I already working at intern level?"',
        "Commit to one or two points out loud, then log them in lorkit.",
    ),
    MilestoneKind.FEEDBACK_FOLLOWUP: (
        '"I have been working on what you suggested; is this closer to what you want to see?"',
        "Bring one concrete example of the change: this before-and-after is what letters quote.",
        "Log the improvement in lorkit while the details are fresh.",
    ),
    MilestoneKind.SOFT_SIGNAL: (
        (
            "Tell {attending} about your residency plans in {specialty}.",
            "Tell {attending} about your residency plans and the specialty you are applying to.",
        ),
        '"What would I need to show to be a strong resident here?"',
        "Act on the answer during the remaining weeks.",
    ),
    MilestoneKind.SUMMATIVE_CHECK: (
        'Ask {attending}: "Am I working at the level of a strong future resident?"',
        "An enthusiastic yes makes them a prime letter writer; a vague answer moves "
        "them down your list.",
        "Note the exact words they use.",
    ),
    MilestoneKind.ASK: (
        "Ask in person, after a good day, and never on your last afternoon.",
        (
            '"Would you feel comfortable writing me a strong letter for {specialty}?"',
            '"Would you feel comfortable writing me a strong letter for my residency '
            'applications?"',
        ),
        '"If you feel you have not seen enough of my work, I understand completely."',
        'Listen for the word "strong": a hesitant yes means keep looking for writers.',
    ),
    MilestoneKind.LAST_DAY_THANKS: (
        "Thank {attending} in person for one specific thing they taught you.",
        "Tell them your materials will be in their inbox within a day.",
    ),
    MilestoneKind.PACKET_EMAIL: (
        "Send within 24 hours, {packet_hours} at most.",
        "Thank them for something specific; attach your CV and personal-statement draft.",
        "Add your ERAS identifiers, the rotation dates and a one-page letter helper: "
        "cases you followed (de-identified), feedback and how you improved, talks given.",
        (
            "Name the strengths you hope the letter can speak to ({strengths}) as a wish, "
            "and say they may use or ignore any of it.",
            "Name the strengths you hope the letter can speak to as a wish, "
            "and say they may use or ignore any of it.",
        ),
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


# Titles and scripts are read on every page from (kind, key, context), never stored; one
# applicant's rotations share a context, so most reads repeat an earlier one.
@lru_cache(maxsize=4096)
def milestone_title(kind: MilestoneKind, key: str, context: PlanContext) -> str:
    """The milestone's title: the plan key's own text if it has one, else its kind's."""
    return fill(TITLES.get(key, TITLES[kind]), _plan_values(context))


@lru_cache(maxsize=4096)
def milestone_script(
    kind: MilestoneKind, key: str, rotation_kind: RotationKind, context: PlanContext
) -> tuple[str, ...]:
    """The kind's script lines, plus one line of advice for observerships and research
    rotations on the milestones where their work differs."""
    values = _plan_values(context)
    lines = tuple(fill(line, values) for line in SCRIPTS[kind])
    extra = KIND_ADVICE.get(rotation_kind, {}).get(kind)
    return (*lines, fill(extra, values)) if extra else lines
