"""The letter as HTML with its findings marked inline: sentences (a story, a list of adjectives)
wrap the phrases inside them (a recommendation, a hedge). Each mark differs by its underline as
well as its colour, and carries its meaning in words for screen readers; the page's legend
shows the same marks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from lorkit.core.letter_language import Finding, FindingType, Tier
from lorkit.core.letter_language.tiers import TIER_LABELS


@dataclass(frozen=True)
class Mark:
    css: str  # the class that draws it (app.css, "Letter check")
    legend: str  # what the legend says it means
    sample: str  # words the legend shows in the mark
    sentence: bool = False  # marks a whole sentence, not a phrase


STRENGTH = Mark("mark-strength", "helps: a recommendation or comparison", "without reservation")
LUKEWARM = Mark("mark-lukewarm", "lukewarm: reads as neutral", "will do well")
CONCERN = Mark("mark-concern", "warning: read as a concern", "with appropriate support")
DOUBT = Mark("mark-doubt", "raises doubt: hedge, faint praise, negative wording", "at times")
BIAS = Mark("mark-bias", "irrelevant or gendered: leave it out", "young woman")
STORY = Mark("mark-story", "a concrete story", "one night she noticed…", sentence=True)
ADJECTIVES = Mark(
    "mark-adjectives", "adjectives with nothing to show them", "kind, pleasant", sentence=True
)
LEGEND: tuple[Mark, ...] = (STRENGTH, STORY, LUKEWARM, DOUBT, ADJECTIVES, BIAS, CONCERN)

SENTENCE_MARKS = {FindingType.ANECDOTE: STORY, FindingType.BARE_ADJECTIVES: ADJECTIVES}
SENTENCE_TAGS = {FindingType.ANECDOTE: "story", FindingType.BARE_ADJECTIVES: "adjectives"}
PHRASE_MARKS = {
    FindingType.CONCERN: CONCERN,
    FindingType.HEDGE: DOUBT,
    FindingType.FAINT_PRAISE: DOUBT,
    FindingType.NEGATION: DOUBT,
    FindingType.IMPROVEMENT_WITHOUT_END: DOUBT,
    FindingType.LIMITED_CONTACT: DOUBT,
    FindingType.IRRELEVANCY: BIAS,
    FindingType.GENDERED: BIAS,
}
PHRASE_NAMES = {
    FindingType.ENDORSEMENT: "recommendation",
    FindingType.COMPARISON: "comparison",
    FindingType.CONCERN: "warning",
    FindingType.HEDGE: "hedge",
    FindingType.FAINT_PRAISE: "faint praise",
    FindingType.NEGATION: "negative wording",
    FindingType.IMPROVEMENT_WITHOUT_END: "improvement with no end point",
    FindingType.LIMITED_CONTACT: "limited contact",
    FindingType.IRRELEVANCY: "irrelevant detail",
    FindingType.GENDERED: "gendered term",
}


def phrase_mark(finding: Finding) -> Mark | None:
    if finding.type in (FindingType.ENDORSEMENT, FindingType.COMPARISON):
        lukewarm = finding.tier is not None and finding.tier.rank <= Tier.NEUTRAL.rank
        return LUKEWARM if lukewarm else STRENGTH
    return PHRASE_MARKS.get(finding.type)


def phrase_label(finding: Finding) -> str:
    name = PHRASE_NAMES[finding.type]
    if finding.type in (FindingType.ENDORSEMENT, FindingType.COMPARISON) and finding.tier:
        return f"{TIER_LABELS[finding.tier].lower()} {name}"
    return name


def marked_letter(text: str, findings: Sequence[Finding]) -> SafeString:
    """`text`, escaped, with its sentence and phrase findings marked."""
    sentences = [f for f in findings if f.type in SENTENCE_MARKS]
    phrases = _phrases(findings, sentences)
    cuts = sorted({0, len(text), *_ends(sentences), *_ends(phrases)})
    opened: Finding | None = None
    previous: Finding | None = None
    pieces: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        sentence = _covering(sentences, start)
        if sentence is not opened:
            if opened is not None:
                pieces.append("</span>")
            if sentence is not None:
                pieces.append(_open_sentence(sentence, _continues(text, previous, sentence)))
                previous = sentence
            opened = sentence
        phrase = _covering(phrases, start)
        piece = text[start:end]
        pieces.append(_phrase(phrase, piece) if phrase is not None else escape(piece))
    if opened is not None:
        pieces.append("</span>")
    return mark_safe("".join(pieces))  # noqa: S308 every piece is escaped or built by format_html


def _phrases(findings: Iterable[Finding], sentences: Sequence[Finding]) -> list[Finding]:
    """The phrases to mark: no two overlapping (the earliest, then the longest, wins) and none
    crossing a marked sentence's edge."""
    kept: list[Finding] = []
    reach = -1
    candidates = (f for f in findings if phrase_mark(f) is not None)
    for finding in sorted(candidates, key=lambda f: (f.start, f.start - f.end)):
        if finding.start < reach:
            continue
        if any(s.start < finding.start < s.end < finding.end for s in sentences) or any(
            finding.start < s.start < finding.end for s in sentences
        ):
            continue
        kept.append(finding)
        reach = finding.end
    return kept


def _ends(findings: Iterable[Finding]) -> list[int]:
    return [edge for f in findings for edge in (f.start, f.end)]


def _covering(findings: Sequence[Finding], at: int) -> Finding | None:
    return next((f for f in findings if f.start <= at < f.end), None)


def _continues(text: str, previous: Finding | None, sentence: Finding) -> bool:
    """Whether a sentence goes on the story (or list) the sentence just before it began: the
    same kind, nothing but spaces between them. Only a run's first sentence is tagged."""
    return (
        previous is not None
        and previous.type is sentence.type
        and not text[previous.end : sentence.start].strip(" \t")
    )


def _open_sentence(sentence: Finding, continued: bool) -> str:
    mark = SENTENCE_MARKS[sentence.type]
    if continued:
        return format_html('<span class="{}">', mark.css)
    return format_html(
        '<span class="{}"><span class="mark-tag">{}</span> ',
        mark.css,
        SENTENCE_TAGS[sentence.type],
    )


def _phrase(finding: Finding, piece: str) -> str:
    mark = phrase_mark(finding)
    assert mark is not None
    return format_html(
        '<mark class="mark {}">{}<span class="visually-hidden"> ({})</span></mark>',
        mark.css,
        piece,
        phrase_label(finding),
    )
