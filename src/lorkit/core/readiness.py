"""Who should write, how soon, and whether the letters cover the goal (domain.md §1 and §6).

`rank_writers` reads a whole `Journal` once (`tally_evidence`) and rates each person:
a status, a score out of 100 with one line per factor, what is missing, and the next step
with its date. `assess_portfolio` then checks the ready writers against the letter goal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from lorkit.core import defaults as d
from lorkit.core.journal import ATTENDING_ROLES, Journal, Person
from lorkit.core.rotation import Rotation
from lorkit.core.scripts import spoken_list
from lorkit.core.vocabulary import (
    ROLE_LABELS,
    PersonRole,
    ReadinessStatus,
    RotationKind,
    Setting,
)

STATUS_ORDER = {status: rank for rank, status in enumerate(ReadinessStatus)}
# Residents and fellows shape what attendings write but cannot sign the official letter.
CANNOT_SIGN = frozenset({PersonRole.FELLOW, PersonRole.RESIDENT})


def spoken_date(day: date) -> str:
    """ "Thursday, January 14": how a next step names its day."""
    return f"{day:%A}, {day:%B} {day.day}"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def same_specialty(specialty: str, target: str) -> bool:
    """Two specialty names match when equal apart from case and surrounding spaces; an empty
    one matches nothing."""
    return bool(specialty.strip()) and specialty.strip().casefold() == target.strip().casefold()


@dataclass(frozen=True)
class EvidenceTally:
    """What the journal holds with one person: feedback they gave (and how many of those
    loops are closed), stories they saw, compliments from them, the letter qualities all
    of it shows, the day of their oldest feedback still open, and open red flags about them."""

    feedback: int = 0
    closed_loops: int = 0
    stories: int = 0
    compliments: int = 0
    qualities: frozenset[str] = frozenset()
    oldest_open_feedback: date | None = None
    open_red_flags: int = 0

    @property
    def specific_items(self) -> int:
        """Specific things they can recall: stories they saw, closed loops, compliments."""
        return self.stories + self.closed_loops + self.compliments


@dataclass
class _Tallying:
    feedback: int = 0
    closed_loops: int = 0
    stories: int = 0
    compliments: int = 0
    qualities: set[str] = field(default_factory=set)
    open_feedback: list[date] = field(default_factory=list)
    open_red_flags: int = 0

    def done(self) -> EvidenceTally:
        return EvidenceTally(
            self.feedback,
            self.closed_loops,
            self.stories,
            self.compliments,
            frozenset(self.qualities),
            min(self.open_feedback, default=None),
            self.open_red_flags,
        )


def tally_evidence(journal: Journal, only: str | None = None) -> dict[str, EvidenceTally]:
    """Each person's `EvidenceTally` by person id, in one pass over the journal (people with
    no evidence are absent). With `only`, just that person's."""
    counts: dict[str, _Tallying] = {}

    def count(person_id: str) -> _Tallying | None:
        tally = counts.get(person_id)
        if tally is None and person_id and (only is None or person_id == only):
            tally = counts[person_id] = _Tallying()
        return tally

    for story in journal.stories:
        for witness in dict.fromkeys(story.witness_ids):
            if (tally := count(witness)) is not None:
                tally.stories += 1
                tally.qualities.update(story.qualities)
    for feedback in journal.feedback:
        if (tally := count(feedback.giver_id)) is not None:
            tally.feedback += 1
            tally.qualities.update(feedback.qualities)
            if feedback.closed:
                tally.closed_loops += 1
            else:
                tally.open_feedback.append(feedback.day)
    for compliment in journal.compliments:
        if (tally := count(compliment.giver_id)) is not None:
            tally.compliments += 1
            tally.qualities.update(compliment.qualities)
    for flag in journal.red_flags:
        if not flag.resolved and (tally := count(flag.person_id)) is not None:
            tally.open_red_flags += 1
    return {person_id: tally.done() for person_id, tally in counts.items()}


def tally_for(journal: Journal, person_id: str) -> EvidenceTally:
    """One person's tally: a full pass over the journal, so for many people use
    `tally_evidence` once instead."""
    return tally_evidence(journal, only=person_id).get(person_id, EvidenceTally())


def readiness_status(person: Person, days: int, evidence: EvidenceTally) -> ReadinessStatus:
    """Eligible: at least 14 days together, feedback from them at least once, and they have
    seen the applicant present or care for patients. Ready: eligible, at least 21 days, at
    least one closed feedback loop and at least 3 specific things to recall. A resident or
    fellow stops at eligible, whatever the evidence."""
    eligible = (
        days >= d.ELIGIBLE_CONTACT_DAYS
        and evidence.feedback >= d.ELIGIBLE_FEEDBACK
        and person.saw_clinical_work
    )
    if not eligible:
        return ReadinessStatus.NOT_YET
    ready = (
        days >= d.READY_CONTACT_DAYS
        and evidence.closed_loops >= d.READY_CLOSED_LOOPS
        and evidence.specific_items >= d.READY_SPECIFIC_ITEMS
        and person.role not in CANNOT_SIGN
    )
    return ReadinessStatus.READY if ready else ReadinessStatus.ELIGIBLE


def missing_for_letter(person: Person, days: int, evidence: EvidenceTally) -> tuple[str, ...]:
    """Everything still between this person and a strong letter, what makes them eligible
    first. Empty once they are ready."""
    missing = []
    if not person.saw_clinical_work:
        missing.append("that they see you present or care for patients")
    if evidence.feedback < d.ELIGIBLE_FEEDBACK:
        missing.append("feedback from them")
    if days < d.ELIGIBLE_CONTACT_DAYS:
        missing.append(
            f"{plural(d.ELIGIBLE_CONTACT_DAYS - days, 'more day', 'more days')} together "
            f"({days} of the {d.ELIGIBLE_CONTACT_DAYS} needed to ask for a letter)"
        )
    elif days < d.READY_CONTACT_DAYS:
        missing.append(
            f"{plural(d.READY_CONTACT_DAYS - days, 'more day', 'more days')} together "
            f"({days} of the {d.READY_CONTACT_DAYS} a strong letter needs)"
        )
    if evidence.closed_loops < d.READY_CLOSED_LOOPS:
        missing.append('a closed feedback loop: show them the change and ask "is this closer?"')
    if evidence.specific_items < d.READY_SPECIFIC_ITEMS:
        short = d.READY_SPECIFIC_ITEMS - evidence.specific_items
        missing.append(
            f"{plural(short, 'more specific thing', 'more specific things')} they can recall "
            "(a story they saw, a closed loop, a compliment from them)"
        )
    if person.role in CANNOT_SIGN:
        missing.append(
            "an attending to sign: residents and fellows cannot write the official letter"
        )
    return tuple(missing)


@dataclass(frozen=True)
class ScoreLine:
    """One factor of the score: the points it gave, the most it can give, and why."""

    factor: str
    points: int
    out_of: int
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {
            "factor": self.factor,
            "points": self.points,
            "out_of": self.out_of,
            "reason": self.reason,
        }


def share(points: int, have: int, need: int) -> int:
    """`points` in proportion to `have` out of `need`, capped at `need`, rounded half up."""
    return (2 * points * min(have, need) + need) // (2 * need)


def preference_rank(person: Person, target: str) -> int | None:
    """The order of preference of §6, 1 first: an inpatient (or mixed) attending of the target
    specialty, an outpatient one, a research mentor who saw clinical work, an attending of
    another specialty. None for anyone else (residents, fellows, other research mentors)."""
    if person.role in ATTENDING_ROLES:
        if not same_specialty(person.specialty, target):
            return 4
        return 2 if person.setting is Setting.OUTPATIENT else 1
    if person.role is PersonRole.RESEARCH_MENTOR and person.saw_clinical_work:
        return 3
    return None


def score_lines(
    person: Person, days: int, evidence: EvidenceTally, target: str, strengths: Sequence[str]
) -> tuple[ScoreLine, ...]:
    """The score's factors: the evidence with this writer (days together, feedback, a closed
    loop, specific things, clinical work seen), who they are (role, specialty, setting, order
    of preference, board certification), whether their evidence shows the letter qualities
    the applicant chose, and a deduction per open red flag about them."""
    lines = _evidence_lines(person, days, evidence) + _writer_lines(
        person, evidence, target, strengths
    )
    return tuple(lines)


def _met(factor: str, points: int, met: bool, reason: str) -> ScoreLine:
    return ScoreLine(factor, points if met else 0, points, reason)


def _picked(factor: str, table: Mapping[str, int], key: str, reason: str) -> ScoreLine:
    return ScoreLine(factor, table[key], max(table.values()), reason)


def _evidence_lines(person: Person, days: int, evidence: EvidenceTally) -> list[ScoreLine]:
    most = d.READINESS_EVIDENCE_POINTS
    items = evidence.specific_items
    ready_days, ready_items = d.READY_CONTACT_DAYS, d.READY_SPECIFIC_ITEMS
    seen = "has seen" if person.saw_clinical_work else "has not yet seen"
    return [
        ScoreLine(
            "contact",
            share(most["contact"], days, ready_days),
            most["contact"],
            f"{plural(days, 'day', 'days')} together; {ready_days} earn every point",
        ),
        _met(
            "feedback",
            most["feedback"],
            evidence.feedback >= d.ELIGIBLE_FEEDBACK,
            plural(evidence.feedback, "feedback conversation", "feedback conversations"),
        ),
        _met(
            "closed_loop",
            most["closed_loop"],
            evidence.closed_loops >= d.READY_CLOSED_LOOPS,
            plural(evidence.closed_loops, "closed feedback loop", "closed feedback loops"),
        ),
        ScoreLine(
            "specific_items",
            share(most["specific_items"], items, ready_items),
            most["specific_items"],
            f"{items} of {ready_items} specific things they can recall",
        ),
        _met(
            "clinical_work",
            most["clinical_work"],
            person.saw_clinical_work,
            f"{seen} you present or care for patients",
        ),
    ]


BOARD_REASONS = {
    "yes": "U.S. board-certified",
    "no": "not U.S. board-certified",
    "unknown": "board certification not known",
}


def _writer_lines(
    person: Person, evidence: EvidenceTally, target: str, strengths: Sequence[str]
) -> list[ScoreLine]:
    rank = preference_rank(person, target)
    priority = d.READINESS_PRIORITY_POINTS
    flags = evidence.open_red_flags
    return [
        _picked("role", d.READINESS_ROLE_POINTS, person.role, ROLE_LABELS[person.role]),
        _specialty_line(person, target),
        _picked("setting", d.READINESS_SETTING_POINTS, person.setting, f"works {person.setting}"),
        ScoreLine(
            "priority",
            priority[rank - 1] if rank is not None else 0,
            priority[0],
            f"choice {rank} of {len(priority)} in the order of preference"
            if rank is not None
            else "outside the order of preference for writers",
        ),
        _picked(
            "board",
            d.READINESS_BOARD_POINTS,
            person.board_certified,
            BOARD_REASONS[person.board_certified],
        ),
        _qualities_line(evidence, strengths),
        ScoreLine(
            "red_flag",
            -d.READINESS_RED_FLAG_PENALTY * flags,
            0,
            f"{plural(flags, 'open red flag', 'open red flags')} about them"
            if flags
            else "no open red flag about them",
        ),
    ]


def _specialty_line(person: Person, target: str) -> ScoreLine:
    if not target.strip():
        reason = "no target specialty set in your profile"
    elif same_specialty(person.specialty, target):
        reason = f"{target}, your target specialty"
    else:
        reason = f"{person.specialty or 'specialty not noted'}, not {target}"
    points = d.READINESS_SPECIALTY_POINTS if same_specialty(person.specialty, target) else 0
    return ScoreLine("specialty", points, d.READINESS_SPECIALTY_POINTS, reason)


def _qualities_line(evidence: EvidenceTally, strengths: Sequence[str]) -> ScoreLine:
    weights = d.LETTER_QUALITY_WEIGHTS
    wanted = [q for q in dict.fromkeys(strengths) if q in weights] or list(weights)
    shown = [q for q in wanted if q in evidence.qualities]
    points = share(
        d.READINESS_QUALITY_POINTS, sum(weights[q] for q in shown), sum(weights[q] for q in wanted)
    )
    reason = f"shows {len(shown)} of the {len(wanted)} qualities you want letters to speak to"
    return ScoreLine("qualities", points, d.READINESS_QUALITY_POINTS, reason)


@dataclass(frozen=True)
class NextStep:
    """The one thing to do next about a writer, and the day to do it by (None when no day
    fits, e.g. their time with the applicant is over and too short)."""

    text: str
    due: date | None

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "due": self.due.isoformat() if self.due else None}


def _day_reaching(spans: Sequence[tuple[date, date]], days: int) -> date | None:
    """The day on which the time together reaches `days` days, if the spans get there."""
    for start, end in spans:
        length = (end - start).days + 1
        if days <= length:
            return start + timedelta(days=days - 1)
        days -= length
    return None


def next_step(
    person: Person,
    spans: Sequence[tuple[date, date]],
    evidence: EvidenceTally,
    status: ReadinessStatus,
    today: date,
) -> NextStep:
    """The first thing to do, in order: know the dates; ask a ready writer (in person 3–5
    days before the last day, by email once it is over); let a resident's word reach an
    attending; be seen at clinical work; ask for feedback; close a loop; collect specific
    things; then give it time. A step during contact is due before it ends."""
    name = person.name
    if not spans:
        return NextStep(
            f"Add the days you work with {name}, or link the rotation you share, so your "
            "time together can be counted.",
            None,
        )
    first, last = spans[0][0], spans[-1][1]
    if today < first:
        return NextStep(
            f"Your time with {name} starts {spoken_date(first)}: that day, introduce yourself, "
            "your target specialty and two or three goals.",
            first,
        )
    ongoing = today <= last
    soon = min(today + timedelta(days=d.NEXT_STEP_LEAD_DAYS), last) if ongoing else None
    later = today + timedelta(days=d.NEXT_STEP_LEAD_DAYS)
    if status is ReadinessStatus.READY:
        return _ask_step(name, last, today)
    if status is ReadinessStatus.ELIGIBLE and person.role in CANNOT_SIGN:
        due = soon or later
        return NextStep(
            f"Ask {name} to tell your attending what they have seen of your work, by "
            f"{spoken_date(due)}: their word shapes the letter even though they cannot sign it.",
            due,
        )
    if not person.saw_clinical_work:
        if soon is None:
            return NextStep(
                f"{name} never saw your clinical work, so their letter could not speak to it: "
                "put your effort into writers who did.",
                None,
            )
        return NextStep(
            f"Present one of your patients where {name} can hear it, by {spoken_date(soon)}.",
            soon,
        )
    if evidence.feedback < d.ELIGIBLE_FEEDBACK:
        if soon is None:
            return NextStep(
                f"Email {name} to ask for one point of feedback on your work, by "
                f"{spoken_date(later)}.",
                later,
            )
        return NextStep(
            f"Ask {name} for five minutes of feedback by {spoken_date(soon)}: one thing you do "
            "well, one thing to improve.",
            soon,
        )
    if evidence.closed_loops < d.READY_CLOSED_LOOPS and evidence.oldest_open_feedback:
        return _followup_step(name, evidence.oldest_open_feedback, last if ongoing else None, today)
    if evidence.specific_items < d.READY_SPECIFIC_ITEMS:
        due = soon or later
        return NextStep(
            f"Write down the next moment {name} sees you at work, by {spoken_date(due)}: "
            "stories they saw and their compliments are what a letter quotes.",
            due,
        )
    return _time_step(name, spans, status, today)


def _ask_step(name: str, last: date, today: date) -> NextStep:
    ask_from = last - timedelta(days=d.ASK_DAYS_BEFORE_LAST[0])
    ask_by = last - timedelta(days=d.ASK_DAYS_BEFORE_LAST[1])
    if today > last:
        due = today + timedelta(days=d.NEXT_STEP_LEAD_DAYS)
        return NextStep(
            f"Email {name} by {spoken_date(due)} to ask whether they would feel comfortable "
            "writing you a strong letter.",
            due,
        )
    if today > ask_by:
        return NextStep(
            f"Ask {name} in person for a strong letter today, in a calm moment after a good "
            "stretch of work, not on your last afternoon.",
            today,
        )
    return NextStep(
        f"Ask {name} in person for a strong letter between {spoken_date(max(ask_from, today))} "
        f"and {spoken_date(ask_by)}, after a good day.",
        ask_by,
    )


def _followup_step(name: str, given: date, last: date | None, today: date) -> NextStep:
    due = max(today, given + timedelta(days=d.FEEDBACK_FOLLOWUP_DELAY[1]))
    if last is None:
        return NextStep(
            f"Write to {name} about what you changed after their feedback of "
            f"{spoken_date(given)}, and ask whether it is closer, by {spoken_date(due)}.",
            due,
        )
    due = min(due, last)
    return NextStep(
        f"Show {name} what you changed after their feedback of {spoken_date(given)} and ask "
        f'"is this closer?", by {spoken_date(due)}.',
        due,
    )


def _time_step(
    name: str, spans: Sequence[tuple[date, date]], status: ReadinessStatus, today: date
) -> NextStep:
    need = d.READY_CONTACT_DAYS if status is ReadinessStatus.ELIGIBLE else d.ELIGIBLE_CONTACT_DAYS
    reached = _day_reaching(spans, need)
    if reached is None or reached < today:
        return NextStep(
            f"Your time with {name} ends before {need} days together: put your effort into a "
            "writer on a longer rotation.",
            None,
        )
    return NextStep(
        f"Keep working closely with {name}: you reach {need} days together on "
        f"{spoken_date(reached)}.",
        reached,
    )


@dataclass(frozen=True)
class WriterReadiness:
    """One person rated as a letter writer on one day."""

    person: Person
    status: ReadinessStatus
    score: int
    days_together: int
    evidence: EvidenceTally
    factors: tuple[ScoreLine, ...]
    missing: tuple[str, ...]
    next_step: NextStep
    explanation: str

    @property
    def person_id(self) -> str:
        return self.person.id

    @property
    def name(self) -> str:
        return self.person.name

    def as_dict(self) -> dict[str, object]:
        """The stable JSON shape of `lorkit writers --json` (keys may be added, never dropped)."""
        return {
            "person_id": self.person.id,
            "name": self.person.name,
            "role": self.person.role.value,
            "status": self.status.value,
            "score": self.score,
            "missing": list(self.missing),
            "next_step": self.next_step.text,
            "next_step_due": self.next_step.due.isoformat() if self.next_step.due else None,
            "explanation": self.explanation,
            "days_together": self.days_together,
            "feedback": self.evidence.feedback,
            "closed_loops": self.evidence.closed_loops,
            "specific_items": self.evidence.specific_items,
            "factors": [line.as_dict() for line in self.factors],
        }


def writer_readiness(
    person: Person,
    journal: Journal,
    target_specialty: str,
    today: date,
    strengths: Sequence[str] = (),
    evidence: EvidenceTally | None = None,
) -> WriterReadiness:
    """Rate `person` as a writer today. `strengths` are the letter-quality codes the
    applicant chose (the profile's); `evidence` spares a pass over the journal when the
    caller already tallied it."""
    if evidence is None:
        evidence = tally_for(journal, person.id)
    spans = journal.contact_periods(person)
    days = journal.days_together(person, today)
    status = readiness_status(person, days, evidence)
    lines = score_lines(person, days, evidence, target_specialty, strengths)
    missing = (
        missing_for_letter(person, days, evidence) if status is not ReadinessStatus.READY else ()
    )
    step = next_step(person, spans, evidence, status, today)
    return WriterReadiness(
        person=person,
        status=status,
        score=max(0, min(100, sum(line.points for line in lines))),
        days_together=days,
        evidence=evidence,
        factors=lines,
        missing=missing,
        next_step=step,
        explanation=_explanation(person, status, days, evidence, missing, step),
    )


def _explanation(
    person: Person,
    status: ReadinessStatus,
    days: int,
    evidence: EvidenceTally,
    missing: Sequence[str],
    step: NextStep,
) -> str:
    name = person.name
    facts = (
        f"{plural(days, 'day', 'days')} together, "
        f"{plural(evidence.feedback, 'feedback conversation', 'feedback conversations')} "
        f"and {plural(evidence.specific_items, 'specific thing', 'specific things')} to recall"
    )
    if status is ReadinessStatus.READY:
        text = f"{name} is ready to write you a strong letter: {facts}."
    elif person.role in CANNOT_SIGN and status is ReadinessStatus.ELIGIBLE:
        text = (
            f"{name} knows your work ({facts}), but as a {ROLE_LABELS[person.role].lower()} "
            "cannot sign the official letter; what they tell your attending still counts."
        )
    elif status is ReadinessStatus.ELIGIBLE:
        text = (
            f"You can ask {name} for a letter now ({facts}). For a strong one, still to come: "
            f"{spoken_list(missing)}."
        )
    else:
        text = (
            f"Not yet: {name} can't be asked for a letter so far ({facts}). Still to come: "
            f"{spoken_list(missing)}."
        )
    if evidence.open_red_flags:
        text += (
            " You noted a red flag about them: don't count on this letter until it is sorted out."
        )
    return f"{text} Next: {step.text}"


def rank_writers(
    journal: Journal, target_specialty: str, today: date, strengths: Sequence[str] = ()
) -> tuple[WriterReadiness, ...]:
    """Everyone in the journal rated, best first: ready before eligible before not yet, then
    by score, then by name. One pass over the evidence, whatever the number of people."""
    tallies = tally_evidence(journal)
    rated = [
        writer_readiness(
            person,
            journal,
            target_specialty,
            today,
            strengths,
            tallies.get(person.id, EvidenceTally()),
        )
        for person in journal.people
    ]
    return tuple(
        sorted(
            rated,
            key=lambda w: (-STATUS_ORDER[w.status], -w.score, w.name.casefold(), w.person_id),
        )
    )


@dataclass(frozen=True)
class PortfolioGap:
    """What the letters still lack, and the current or planned rotations and the people
    (by id) that could fill it, most promising first."""

    code: str  # "no_target", "in_specialty", "one_more" or "key_writer"
    message: str
    rotation_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "message": self.message,
            "rotation_ids": list(self.rotation_ids),
            "person_ids": list(self.person_ids),
        }


@dataclass(frozen=True)
class Portfolio:
    """The ready writers against the goal of §1, by person id: strong clinical letters from
    attendings of the target specialty (those who saw hands-on work first), other ready
    writers, the key writers among the first (a U.S. attending of the target specialty who
    saw hands-on work), and the letters to send a program (at most 4)."""

    target_specialty: str
    in_specialty: tuple[str, ...]
    beyond_specialty: tuple[str, ...]
    key_writers: tuple[str, ...]
    chosen: tuple[str, ...]
    gaps: tuple[PortfolioGap, ...]
    summary: str

    @property
    def complete(self) -> bool:
        return not self.gaps

    def as_dict(self) -> dict[str, object]:
        return {
            "target_specialty": self.target_specialty,
            "complete": self.complete,
            "in_specialty": list(self.in_specialty),
            "beyond_specialty": list(self.beyond_specialty),
            "key_writers": list(self.key_writers),
            "chosen": list(self.chosen),
            "gaps": [gap.as_dict() for gap in self.gaps],
            "summary": self.summary,
        }


def shares_hands_on(person: Person, journal: Journal) -> bool:
    """They share at least one hands-on rotation with the applicant."""
    rotations = (journal.rotations_by_id.get(rotation_id) for rotation_id in person.rotation_ids)
    return any(r is not None and r.kind is RotationKind.HANDS_ON for r in rotations)


def saw_hands_on(person: Person, journal: Journal) -> bool:
    """They saw the applicant's clinical work, and on a hands-on rotation."""
    return person.saw_clinical_work and shares_hands_on(person, journal)


def assess_portfolio(
    ranked: Sequence[WriterReadiness], journal: Journal, target_specialty: str, today: date
) -> Portfolio:
    """Do the ready writers (`ranked` as `rank_writers` gives them) cover the goal: at least
    2 strong letters from attendings of the target specialty, one more letter (a third of
    those, another clinician, or a research mentor who saw clinical work), and among them a
    U.S. attending of the target specialty who saw hands-on work? Each gap names the current
    or planned rotations, and the people on them, that could close it."""
    target = target_specialty.strip()
    if not target:
        gap = PortfolioGap(
            "no_target",
            "Choose your target specialty in your profile, so your letters can be checked "
            "against it.",
        )
        return Portfolio("", (), (), (), (), (gap,), gap.message)
    ready = [w for w in ranked if w.status is ReadinessStatus.READY]
    clinical = [
        w
        for w in ready
        if w.person.role in ATTENDING_ROLES and same_specialty(w.person.specialty, target)
    ]
    key = [w for w in clinical if saw_hands_on(w.person, journal)]
    clinical = key + [w for w in clinical if w not in key]
    beyond = [w for w in ready if w not in clinical]
    most = d.LETTERS_IN_SPECIALTY[1]
    chosen = (clinical[:most] + beyond + clinical[most:])[: d.MAX_LETTERS_PER_PROGRAM]
    gaps = _gaps(ranked, journal, target, today, (len(clinical), len(beyond), len(key)))
    return Portfolio(
        target_specialty=target,
        in_specialty=tuple(w.person_id for w in clinical),
        beyond_specialty=tuple(w.person_id for w in beyond),
        key_writers=tuple(w.person_id for w in key),
        chosen=tuple(w.person_id for w in chosen),
        gaps=gaps,
        summary=_summary(target, len(clinical), len(beyond), not gaps, chosen, len(ready)),
    )


def _gaps(
    ranked: Sequence[WriterReadiness],
    journal: Journal,
    target: str,
    today: date,
    counts: tuple[int, int, int],
) -> tuple[PortfolioGap, ...]:
    clinical, beyond, key = counts
    least = d.LETTERS_IN_SPECIALTY[0]
    upcoming = sorted((r for r in journal.rotations if r.end >= today), key=lambda r: r.start)
    in_target = [r for r in upcoming if same_specialty(r.specialty, target)]
    hopefuls = [
        w
        for w in ranked
        if w.status is not ReadinessStatus.READY
        and w.person.role not in CANNOT_SIGN
        and any(end >= today for _, end in journal.contact_periods(w.person))
    ]
    attendings = [
        w
        for w in hopefuls
        if w.person.role in ATTENDING_ROLES and same_specialty(w.person.specialty, target)
    ]
    gaps = []
    if clinical < least:
        gaps.append(
            _gap(
                "in_specialty",
                f"Strong letters from {target} attendings: {clinical} of the {least} you need.",
                attendings,
                in_target,
                f"No current or planned rotation is in {target}: plan a hands-on one with at "
                f"least {d.READY_CONTACT_DAYS} days beside one attending.",
            )
        )
    more = d.LETTERS_BEYOND_SPECIALTY - beyond - max(0, clinical - least)
    if more > 0:
        gaps.append(
            _gap(
                "one_more",
                f"{plural(more, 'more letter', 'more letters')} would round out your set: "
                "another U.S. clinician, or a research mentor who has seen your clinical work.",
                hopefuls,
                upcoming,
                "No current or planned rotation is left: a research mentor, or an attending "
                "from an earlier rotation who knows your work well, could fill this place.",
            )
        )
    if key < d.LETTERS_FROM_KEY_WRITER:
        gaps.append(
            _gap(
                "key_writer",
                f"None of your ready writers is a U.S. {target} attending who saw your hands-on "
                "work: the letter IMGs most often lack, and one programs weigh heavily.",
                [w for w in attendings if shares_hands_on(w.person, journal)],
                [r for r in in_target if r.kind is RotationKind.HANDS_ON],
                f"No hands-on {target} rotation is current or planned: an observership rarely "
                "earns this letter, so look for a hands-on one.",
            )
        )
    return tuple(gaps)


def _rotation_name(rotation: Rotation) -> str:
    dates = f"from {rotation.start:%b} {rotation.start.day} to {rotation.end:%b} {rotation.end.day}"
    return f"{rotation.label}, {dates}," if rotation.label else dates


def _gap(
    code: str,
    lead: str,
    people: Sequence[WriterReadiness],
    rotations: Sequence[Rotation],
    fallback: str,
) -> PortfolioGap:
    if people:
        best = people[0]
        text = f"{lead} {best.name} could close it. Next: {best.next_step.text}"
    elif rotations:
        text = (
            f"{lead} Your rotation {_rotation_name(rotations[0])} could close it: add the "
            "attendings you work with there."
        )
    else:
        text = f"{lead} {fallback}"
    return PortfolioGap(
        code,
        text,
        tuple(r.id for r in rotations if r.id),
        tuple(w.person_id for w in people if w.person_id),
    )


def _summary(
    target: str,
    clinical: int,
    beyond: int,
    complete: bool,
    chosen: Sequence[WriterReadiness],
    ready: int,
) -> str:
    least, most = d.LETTERS_IN_SPECIALTY
    if complete:
        text = (
            f"Your letters cover the goal: {plural(clinical, 'strong letter', 'strong letters')} "
            f"from {target} attendings, including one who saw your hands-on work, and "
            f"{plural(beyond, 'more from another writer', 'more from other writers')}."
        )
    else:
        text = (
            f"Not there yet: {clinical} of the {least}–{most} strong letters from {target} "
            f"attendings, and {plural(beyond, 'other ready writer', 'other ready writers')}."
        )
    if ready > d.MAX_LETTERS_PER_PROGRAM:
        names = spoken_list(w.name for w in chosen)
        text += (
            f" A program receives at most {d.MAX_LETTERS_PER_PROGRAM} letters; "
            f"the strongest set is {names}."
        )
    return text
