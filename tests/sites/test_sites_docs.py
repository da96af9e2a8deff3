"""The README's Site options CSV section keeps up with the code: its header is the stable one,
and the numbers it quotes are the defaults."""

from __future__ import annotations

from pathlib import Path

from lorkit.core import defaults
from lorkit.core.site_csv import COLUMNS
from lorkit.core.site_score import FACTOR_LABELS
from lorkit.core.sites import FlagCode

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Site options CSV", 1)[1].split("\n## ", 1)[0]
PROSE = " ".join(SECTION.split())


def test_the_readme_shows_the_stable_header() -> None:
    assert f"\n{','.join(COLUMNS)}\n" in SECTION


def test_the_readme_quotes_the_default_weights_in_order() -> None:
    quoted = ", ".join(
        f"{FACTOR_LABELS[name].lower()} {points}"
        for name, points in defaults.SITE_SCORE_WEIGHTS.items()
    )
    assert quoted.replace(", cost", " and cost") + " points" in PROSE


def test_the_readme_quotes_the_limits_and_thresholds_from_the_defaults() -> None:
    assert f"over {defaults.SITE_CSV_MAX_BYTES // 1024} KB" in PROSE
    assert f"more than {defaults.SITE_OPTIONS_PER_ACCOUNT} offers" in PROSE
    assert f"shorter than {defaults.SITE_MIN_WEEKS} weeks" in PROSE
    low, high = defaults.SITE_LETTER_LEAD_WEEKS
    assert f"writers take {low}–{high} weeks" in PROSE
    assert f"earns {round(defaults.SITE_UNKNOWN_SHARE * 100)}% of its points" in PROSE


def test_every_flag_code_is_documented() -> None:
    assert all(f"`{code.value}`" in README for code in FlagCode)
