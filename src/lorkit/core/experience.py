"""The ERAS Experiences entry (domain.md §8) drafted from the same journal evidence as the
letter packet, so the letters and the application tell one story: a description of at most
750 characters, a "most meaningful" reflection of at most 300, and the key characteristic the
evidence shows most."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lorkit.core import defaults as d
from lorkit.core.ask import fitted, loop_text, one_line, sentence, spoken_reference, telling_key
from lorkit.core.journal import Entry, Feedback, Journal, Story, Talk
from lorkit.core.packet import ranked
from lorkit.core.scripts import spoken_list
from lorkit.core.vocabulary import KEY_CHARACTERISTIC_LABELS, KeyCharacteristic, RotationKind


@dataclass(frozen=True, kw_only=True)
class ExperienceDraft:
    """An ERAS Experiences entry drafted from one rotation's evidence: the description, the
    reflection for a "most meaningful" entry, the key characteristic to pick, and why."""

    description: str
    reflection: str
    characteristic: KeyCharacteristic | None
    reasons: str


_KIND_OPENING = {
    RotationKind.HANDS_ON: "Hands-on {setting} rotation",
    RotationKind.OBSERVERSHIP: "Observership, {setting}",
    RotationKind.RESEARCH: "Research rotation",
}


def _characteristic(
    entries: Sequence[tuple[Entry, bool]],
) -> tuple[KeyCharacteristic | None, str]:
    """The key characteristic the most entries carry; ties go to the one carried by more
    stories and closed loops (the `True` entries), then to the first in the ERAS list."""
    counts: Counter[KeyCharacteristic] = Counter()
    core: Counter[KeyCharacteristic] = Counter()
    for entry, is_core in entries:
        counts.update(entry.characteristics)
        if is_core:
            core.update(entry.characteristics)
    if not counts:
        return None, (
            "None of this rotation's stories, closed feedback loops or talks is tagged with a "
            "key characteristic: tag them, and lorkit will suggest one."
        )
    order = list(KeyCharacteristic)
    best = min(counts, key=lambda c: (-counts[c], -core[c], order.index(c)))
    label = KEY_CHARACTERISTIC_LABELS[best]
    reason = (
        f"{label}: the characteristic this rotation's evidence shows most "
        f"({counts[best]} of {len(entries)} entries)."
    )
    tied = [c for c in counts if c != best and counts[c] == counts[best]]
    if tied:
        names = spoken_list(KEY_CHARACTERISTIC_LABELS[c] for c in tied)
        why = (
            "more stories and closed loops show it"
            if all(core[c] < core[best] for c in tied)
            else "it comes first in the ERAS list"
        )
        reason += f" It ties with {names}; chosen because {why}."
    return best, reason


def eras_experience(
    journal: Journal, rotation_id: str, strengths: Sequence[str]
) -> ExperienceDraft:
    """A draft ERAS Experiences entry for one rotation (§8): a description of at most 750
    characters from its stories, talks and closed feedback loops (those showing the chosen
    `strengths` first, then the most telling), a reflection of at most 300 from its most
    telling closed loop (or story), and the key characteristic its evidence shows most (None
    when none is tagged). Texts end at a sentence or word boundary, never inside a word. An
    unknown rotation gives an empty draft that says so. A talk counts even when planned: the
    draft is written for the application, once the rotation is over."""
    rotation = journal.rotations_by_id.get(rotation_id)
    if rotation is None:
        return ExperienceDraft(
            description="",
            reflection="",
            characteristic=None,
            reasons="This rotation is not in the journal.",
        )
    wanted = frozenset(strengths)

    def key(entry: Entry, text: str) -> tuple[object, ...]:
        return (bool(entry.qualities & wanted), *telling_key(entry, text, True))

    stories = ranked(
        (s for s in journal.stories if s.belongs_to(rotation)), date.max, lambda s: key(s, s.text)
    )
    loops = ranked(
        (f for f in journal.feedback if f.closed and f.belongs_to(rotation)),
        date.max,
        lambda f: key(f, loop_text(f)),
    )
    talks = sorted((t for t in journal.talks if t.belongs_to(rotation)), key=lambda t: t.day)
    setting = rotation.setting.value
    opening = _KIND_OPENING[rotation.kind].format(setting=setting)
    if rotation.specialty.strip():
        opening += f" in {one_line(rotation.specialty)}"
    description = fitted(
        [
            sentence(opening),
            *(sentence(s.text) for s in stories),
            *(_talksentence(t) for t in talks),
            *(_loopsentence(f) for f in loops),
        ],
        d.ERAS_DESCRIPTION_MAX,
    )
    entries = (
        [(s, True) for s in stories] + [(f, True) for f in loops] + [(t, False) for t in talks]
    )
    characteristic, reasons = _characteristic(entries)
    reflection = fitted(_reflection(loops, stories, characteristic), d.ERAS_REFLECTION_MAX)
    return ExperienceDraft(
        description=description,
        reflection=reflection,
        characteristic=characteristic,
        reasons=reasons,
    )


def _talksentence(talk: Talk) -> str:
    topic = spoken_reference(talk.topic, d.ERAS_DESCRIPTION_MAX)
    return f"Gave the team a short teaching talk on {topic}." if topic else ""


def _loopsentence(loop: Feedback) -> str:
    point = spoken_reference(loop.point, d.ERAS_DESCRIPTION_MAX)
    change = sentence(loop.outcome or loop.change_planned)
    if not point:
        return ""
    return (
        f'Acted on feedback ("{point}"): {change}' if change else f'Acted on feedback ("{point}").'
    )


def _reflection(
    loops: Sequence[Feedback], stories: Sequence[Story], characteristic: KeyCharacteristic | None
) -> list[str]:
    """A first draft of the reflection: the feedback that stayed (or the moment remembered),
    what changed, and what the rotation taught about its key characteristic."""
    most = d.ERAS_REFLECTION_MAX
    sentences = []
    if loops:
        sentences.append(
            f'The feedback that stayed with me: "{spoken_reference(loops[0].point, most)}".'
        )
        change = sentence(loops[0].outcome or loops[0].change_planned)
        sentences.append(f"What I changed: {change}" if change else "")
    elif stories:
        sentences.append(f"The moment I remember most: {spoken_reference(stories[0].text, most)}.")
    if characteristic is not None and sentences:
        label = KEY_CHARACTERISTIC_LABELS[characteristic].lower()
        sentences.append(f"It taught me how much {label} matters in caring for patients.")
    return sentences
