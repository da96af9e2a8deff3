"""How much each thing the analyzer finds moves a letter's tier: the scoring data.

Source: lorkit team. The order of the tiers and what each phrase tier means come from
domain.md §7 ("recommend without reservation" strong, "one of the top students I have worked
with" very strong, "a solid resident" good, "I expect they will do well" neutral, "with
appropriate support" a concern; strong letters compare and tell stories, weak ones list
adjectives or are short). The doubt raisers are the categories of Trix & Psenka (2003),
"Exploring the color of glass: letters of recommendation for female and male medical
faculty", Discourse & Society 14:191-220. The point values were set against the tuning split
of the labelled letters (tests/core/letters_set/, 50 letters) by a small grid search, rounded
and kept only where they had a domain reason; the held-out split (20 letters) was scored once,
after. Zero-weight findings are still shown and advised on.
"""

from __future__ import annotations

from typing import Final

from lorkit.core.letter_language.tiers import Tier

# A letter starts from its language: the best endorsement or comparison it makes.
LANGUAGE_POINTS: Final[dict[Tier, float]] = {
    Tier.VERY_STRONG: 4.0,
    Tier.STRONG: 3.0,
    Tier.GOOD: 2.0,
    Tier.NEUTRAL: 1.0,
    Tier.CONCERNING: 0.0,
}
# A letter that never recommends nor compares reads as neutral at best.
NO_VERDICT_POINTS: Final = 1.0
# Both a strong endorsement and a strong comparison: the letter says it twice, two ways.
BOTH_STRONG_BONUS: Final = 0.5

# Concrete stories, by how many the letter tells (the last value for that many or more).
STORY_POINTS: Final = (-0.25, 0.0, 0.25, 0.5)
# A sentence is a story when its cues add up to this many points and one of them is
# specific (analysis.py): a story opener ("one night", "for example") or an outcome ("as a
# result") 2, each action verb, patient or situation word, clinical detail and number 1 (at
# most STORY_CUE_CAP of each kind).
STORY_SENTENCE_POINTS: Final = 3
STORY_CUE_POINTS: Final[dict[str, int]] = {
    "opener": 2,
    "outcome": 2,
    "action": 1,
    "situation": 1,
    "clinical": 1,
    "number": 1,
}
STORY_CUE_CAP: Final = 2
# A sentence of bare adjectives: at least this many trait words and no more story points than
# this. Such sentences are shown and advised on; on the labelled set they did not sort letters
# beyond what their language and stories already did, so they carry no points.
BARE_ADJECTIVES_MIN_TRAITS: Final = 2
BARE_ADJECTIVES_MAX_STORY_POINTS: Final = 1

# Length, in words: (shorter than, points), then LONG_LETTER_POINTS. IMG letters run shorter
# than U.S. graduates' (domain.md §1: 88 words in one fellowship study), and short letters read
# as weak (§7).
LENGTH_POINTS: Final = ((100, -0.75), (250, 0.0))
LONG_LETTER_POINTS: Final = 0.25

# Doubt raisers (Trix & Psenka 2003), by kind; together they take off at most DOUBT_CAP.
DOUBT_POINTS: Final[dict[str, float]] = {
    "hedge": -0.2,
    "faint_praise": -0.1,
    "negation": -0.2,
    "irrelevancy": -0.2,
    "improvement_without_end": -0.2,
    "limited_contact": -0.75,
}
DOUBT_CAP: Final = -1.5

# The contact the letter describes (domain.md §2: 3–4 weeks of close, hands-on contact make a
# strong letter; a 1-week stint cannot justify one). Observership is shown and advised on; on
# the labelled set it carried no weight of its own beyond what such letters already say.
SHORT_CONTACT_POINTS: Final = -0.5
CLOSE_CONTACT_POINTS: Final = 0.25

# A total of at least this many points reaches the tier. Each tier's cut sits a quarter point
# below its language points, so that small doubts do not undo a verdict but several do.
TIER_CUTOFFS: Final[tuple[tuple[float, Tier], ...]] = (
    (3.75, Tier.VERY_STRONG),
    (2.75, Tier.STRONG),
    (1.75, Tier.GOOD),
    (0.75, Tier.NEUTRAL),
)
# Below the cuts a letter is concerning only with a warning: a concern phrase or limited
# contact. Lukewarm wording alone keeps it neutral.
FLOOR_WITHOUT_WARNING: Final = Tier.NEUTRAL

# "Top N%": the tier a percentile claim is worth, by the largest N that earns it.
PERCENTILE_TIERS: Final[tuple[tuple[int, Tier], ...]] = (
    (10, Tier.VERY_STRONG),
    (25, Tier.STRONG),
    (50, Tier.GOOD),
)
