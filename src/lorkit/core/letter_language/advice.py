"""How to make a draft stronger: at least three concrete suggestions, most important first.

The applicant's own record makes the advice concrete. `Evidence` is that record in plain
words (a story, a closed feedback loop, a compliment, with the letter qualities it shows), so
that the journal, the writer link or a test can pass it in without this module knowing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from lorkit.core.letter_language.analysis import LetterAnalysis
from lorkit.core.letter_language.findings import Finding, FindingType
from lorkit.core.letter_language.matcher import WORD, normal_word, spaced
from lorkit.core.letter_language.scoring import best
from lorkit.core.letter_language.tiers import Tier
from lorkit.core.vocabulary import LETTER_QUALITY_LABELS

MINIMUM_SUGGESTIONS: Final = 3
QUOTED_DOUBTS: Final = 4  # doubt phrases quoted in one suggestion
SHORT_LETTER_WORDS: Final = 250  # below this, suggest more length (weights.LENGTH_POINTS)
# Evidence counts as already in the draft when this share of its distinctive words (at least
# USED_MIN_WORDS of them) appear in the draft.
USED_SHARE: Final = 0.5
USED_MIN_WORDS: Final = 3
DISTINCTIVE_MIN_LENGTH: Final = 4
COMMON_WORDS: Final = frozenset(
    spaced(
        "that this with from their they them were have been into when then than what which "
        "while about after before during also very more most some your"
    )
)

# Source: lorkit team, in the order domain.md §7 weighs them: a warning phrase first, then
# the verdict, the applicant's own stories, comparisons, and the wording around them.
PRIORITY: Final[dict[str, int]] = {
    "remove_concern": 100,
    "state_recommendation": 90,
    "use_story": 85,
    "show_with_story": 80,
    "add_comparison": 78,
    "use_feedback_loop": 76,
    "unsupported_strength": 74,
    "finish_improvement": 72,
    "remove_hedges": 70,
    "remove_irrelevant": 68,
    "cut_faint_praise": 66,
    "describe_observership": 64,
    "describe_contact": 62,
    "lengthen": 60,
    "strength_without_story": 50,
    "balance_grindstone": 40,
    "balance_agentic": 38,
    "writer_standing": 20,
    "letterhead": 15,
    "swap_test": 10,
}


class EvidenceKind(StrEnum):
    STORY = "story"
    FEEDBACK_LOOP = "feedback_loop"
    COMPLIMENT = "compliment"


@dataclass(frozen=True)
class Evidence:
    """Something the applicant did or heard with this writer. `qualities` are keys of
    vocabulary.LETTER_QUALITY_LABELS; a closed feedback loop puts the feedback in `text` and
    what changed in `outcome`."""

    kind: EvidenceKind
    text: str
    qualities: frozenset[str] = frozenset()
    outcome: str = ""


@dataclass(frozen=True)
class Suggestion:
    kind: str
    text: str
    quote: str = ""  # the words of the draft, or of the evidence, the suggestion is about

    @property
    def priority(self) -> int:
        return PRIORITY[self.kind]

    def as_dict(self) -> dict[str, str]:
        found = {"kind": self.kind, "text": self.text}
        if self.quote:
            found["quote"] = self.quote
        return found


def letter_advice(
    analysis: LetterAnalysis,
    *,
    evidence: Sequence[Evidence] = (),
    strengths: Iterable[str] = (),
) -> tuple[Suggestion, ...]:
    """Ranked suggestions for a draft: at least MINIMUM_SUGGESTIONS, the most important first.
    `evidence` is the applicant's record with the writer of this draft and `strengths` the
    letter qualities they want letters to show (unknown keys are ignored)."""
    unused = [item for item in evidence if not _used(item, analysis.word_set)]
    suggestions = [
        *_warnings(analysis),
        *_verdict(analysis),
        *_stories(analysis, unused),
        *_strengths(analysis, [s for s in strengths if s in LETTER_QUALITY_LABELS], unused),
        *_wording(analysis),
        *_contact(analysis),
        *_balance(analysis),
    ]
    ranked = sorted(suggestions, key=lambda s: -s.priority)
    for fallback in FALLBACKS:
        if len(ranked) >= MINIMUM_SUGGESTIONS:
            break
        ranked.append(fallback)
    return tuple(ranked)


FALLBACKS: Final = (
    Suggestion(
        "writer_standing",
        "Let the writer say who they are and how many students they have taught or "
        "supervised: it gives every comparison its weight.",
    ),
    Suggestion(
        "letterhead",
        "Put it on letterhead, signed and dated, with the writer's title: program directors "
        "notice a letter that looks like a form.",
    ),
    Suggestion(
        "swap_test",
        "Read it as a program director would: could another applicant's name be swapped in? "
        "Keep the sentences only this applicant could have earned.",
    ),
)


def _used(item: Evidence, letter_words: frozenset[str]) -> bool:
    words = _distinctive(item.text + " " + item.outcome)
    if len(words) < USED_MIN_WORDS:
        return False
    return len(words & letter_words) >= USED_SHARE * len(words)


def _distinctive(text: str) -> set[str]:
    words = (normal_word(match.group()) for match in WORD.finditer(text))
    return {w for w in words if len(w) >= DISTINCTIVE_MIN_LENGTH and w not in COMMON_WORDS}


def _quoted(findings: Sequence[Finding], most: int = QUOTED_DOUBTS) -> str:
    return ", ".join(f"“{f.text}”" for f in findings[:most])


def _qualities(item: Evidence) -> str:
    labels = [LETTER_QUALITY_LABELS[q].lower() for q in sorted(item.qualities)]
    return f" It shows {' and '.join(labels)}." if labels else ""


def _warnings(analysis: LetterAnalysis) -> list[Suggestion]:
    concerns = analysis.of_type(FindingType.CONCERN)
    if not concerns:
        return []
    them = "it" if len(concerns) == 1 else "them"
    return [
        Suggestion(
            "remove_concern",
            f"Take out {_quoted(concerns)}. Program directors read {them} as a warning, "
            "whatever the rest of the letter says. If the writer truly has this concern, look "
            "for another writer.",
            concerns[0].text,
        )
    ]


def _verdict(analysis: LetterAnalysis) -> list[Suggestion]:
    found: list[Suggestion] = []
    endorsement = best(analysis.findings, FindingType.ENDORSEMENT)
    if endorsement is None:
        found.append(
            Suggestion(
                "state_recommendation",
                "The letter never says how strongly the writer recommends the applicant. End "
                "with a line they can stand behind, such as “I recommend her without "
                "reservation” or “she has my highest recommendation”.",
            )
        )
    elif endorsement.tier is not None and endorsement.tier.rank < Tier.STRONG.rank:
        found.append(
            Suggestion(
                "state_recommendation",
                f"“{endorsement.text}” reads as {endorsement.tier.label.lower()}. If the writer "
                "means more, say it plainly: “I recommend him without reservation” or “my "
                "highest recommendation”.",
                endorsement.text,
            )
        )
    comparison = best(analysis.findings, FindingType.COMPARISON)
    if comparison is None or (comparison.tier and comparison.tier.rank < Tier.STRONG.rank):
        found.append(
            Suggestion(
                "add_comparison",
                "Add a comparison the writer can honestly make: “among the top 5% of students "
                "I have supervised in ten years”, “functioned at the level of an intern”, or "
                "“needed less supervision than most sub-interns”. Strong letters compare.",
            )
        )
    return found


def _stories(analysis: LetterAnalysis, unused: list[Evidence]) -> list[Suggestion]:
    found: list[Suggestion] = []
    for item in unused:
        if item.kind is EvidenceKind.FEEDBACK_LOOP:
            change = f" → “{item.outcome}”" if item.outcome else ""
            found.append(
                Suggestion(
                    "use_feedback_loop",
                    f"Show growth with your closed feedback loop: “{item.text}”{change}. Say "
                    "where it ended (“by the last week …”).",
                    item.text,
                )
            )
        else:
            found.append(
                Suggestion(
                    "use_story",
                    f"Tell this story from your record, which the draft does not use: "
                    f"“{item.text}”.{_qualities(item)}",
                    item.text,
                )
            )
    if analysis.stories < 2 and not any(s.kind == "use_story" for s in found):
        adjectives = analysis.of_type(FindingType.BARE_ADJECTIVES)
        instead = f" in place of “{adjectives[0].text}”" if adjectives else ""
        found.append(
            Suggestion(
                "show_with_story",
                f"Add a concrete story{instead}: what the applicant did, for which patient (no "
                "names or dates), and what happened as a result. Program directors remember "
                "stories, not adjectives.",
                adjectives[0].text if adjectives else "",
            )
        )
    return found


def _strengths(
    analysis: LetterAnalysis, strengths: list[str], unused: list[Evidence]
) -> list[Suggestion]:
    found: list[Suggestion] = []
    for strength in strengths:
        label = LETTER_QUALITY_LABELS[strength]
        if strength in analysis.qualities_in_stories:
            continue
        if strength in analysis.qualities:
            found.append(
                Suggestion(
                    "strength_without_story",
                    f"{label} is named but no story shows it; one example would prove it.",
                )
            )
            continue
        source = next((item for item in unused if strength in item.qualities), None)
        hint = f" Your record has one: “{source.text}”." if source else ""
        found.append(
            Suggestion(
                "unsupported_strength",
                f"No sentence shows {label.lower()}, a strength on your profile.{hint}",
                source.text if source else "",
            )
        )
    return found


def _wording(analysis: LetterAnalysis) -> list[Suggestion]:
    found: list[Suggestion] = []
    for finding in analysis.of_type(FindingType.IMPROVEMENT_WITHOUT_END)[:1]:
        found.append(
            Suggestion(
                "finish_improvement",
                f"“{finding.text}” leaves the reader wondering where it stopped. Say where "
                "it ended: “by the last week she presented new patients at the level of an "
                "intern”.",
                finding.text,
            )
        )
    hedges = analysis.of_type(FindingType.HEDGE, FindingType.NEGATION)
    if hedges:
        found.append(
            Suggestion(
                "remove_hedges",
                f"Remove or firm up the hedges and negative wording: {_quoted(hedges)}. "
                "Even praise put negatively (“no complaints”) raises doubt.",
                hedges[0].text,
            )
        )
    irrelevant = analysis.of_type(FindingType.IRRELEVANCY, FindingType.GENDERED)
    if irrelevant:
        found.append(
            Suggestion(
                "remove_irrelevant",
                f"Leave out {_quoted(irrelevant)}: personal details and gendered terms say "
                "nothing about clinical work, and research finds them more often in letters "
                "for women (Trix & Psenka 2003).",
                irrelevant[0].text,
            )
        )
    faint = analysis.of_type(FindingType.FAINT_PRAISE)
    if faint:
        found.append(
            Suggestion(
                "cut_faint_praise",
                f"Cut faint praise such as {_quoted(faint)}: it reads as all the writer could "
                "find to say. Put a story of clinical work in its place.",
                faint[0].text,
            )
        )
    return found


def _contact(analysis: LetterAnalysis) -> list[Suggestion]:
    contact = analysis.contact
    found: list[Suggestion] = []
    if contact.mode == "observership":
        found.append(
            Suggestion(
                "describe_observership",
                "An observership letter needs what the applicant did beyond watching: draft "
                "notes the writer reviewed, verbal presentations, a short teaching talk.",
            )
        )
    if contact.weeks is None or contact.mode == "not stated":
        found.append(
            Suggestion(
                "describe_contact",
                "Say how long, how closely and in what role you worked together: “worked with "
                "me for four weeks as a sub-intern on our inpatient service, carrying four "
                "patients”.",
            )
        )
    if analysis.words < SHORT_LETTER_WORDS:
        found.append(
            Suggestion(
                "lengthen",
                f"At {analysis.words} words the letter is short, and IMG letters already run "
                "shorter than U.S. graduates'. A full page with two or three stories reads as "
                "a writer who knows the applicant.",
            )
        )
    return found


def _balance(analysis: LetterAnalysis) -> list[Suggestion]:
    found: list[Suggestion] = []
    if analysis.grindstone >= 2 and analysis.grindstone > analysis.standout:
        found.append(
            Suggestion(
                "balance_grindstone",
                f"The letter praises effort ({analysis.grindstone} words such as "
                "“hard-working”, “dedicated”) more than ability "
                f"({analysis.standout} such as “excellent”, “outstanding”). Name the ability "
                "too: letters that stress effort read weaker (Schmader et al. 2007).",
            )
        )
    if analysis.communal >= 3 and analysis.communal > 2 * analysis.agentic:
        found.append(
            Suggestion(
                "balance_agentic",
                f"Warm words ({analysis.communal}) far outnumber words of action and "
                f"leadership ({analysis.agentic}). Tie some to what the applicant did: "
                "“led”, “took charge”, “decided” (Madera et al. 2009).",
            )
        )
    return found
