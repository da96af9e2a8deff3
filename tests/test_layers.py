"""Imports point down the floors: a lorkit module may import only its own package and lower floors.

The floors are the house plan's (/work/shared/conventions.md). An app that does not exist yet
keeps its place in the table, so it lands on the right floor the day it is created.
"""

from pathlib import Path

import pytest

from import_walk import imported_modules

SRC_DIR = Path(__file__).resolve().parents[1] / "src"

FLOORS: tuple[tuple[str, ...], ...] = (
    ("core",),  # the rulebook (pure Python); lorkit/__init__.py sits here too
    ("validators",),  # Django adapters of core rules shared by every app's models and forms
    ("accounts", "analyzer"),
    ("plans",),
    ("sites", "journal"),
    ("letters",),
    ("cohort",),
    ("home", "feeds", "backup", "demo"),  # aggregators on top
    ("cli",),  # the command line
    ("urls", "wsgi", "settings"),  # wiring: Django loads these by name, nothing imports them
)
FLOOR_OF = {package: floor for floor, packages in enumerate(FLOORS) for package in packages}
ROOT = "lorkit"  # the package root, lorkit/__init__.py: floor 0, imports nothing from lorkit
FLOOR_OF[ROOT] = 0


def top_package(module: str) -> str | None:
    """The package under lorkit a module belongs to (`plans` for lorkit.plans.services),
    `lorkit` for the package root itself, None for anything outside lorkit."""
    parts = module.split(".")
    if parts[0] != ROOT:
        return None
    return parts[1] if len(parts) > 1 else ROOT


def floor_violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """Every import in `source` (the text of `module`) that does not point down the floors.

    Allowed: anything outside lorkit, the module's own package, and any package on a strictly
    lower floor. A module whose package is on no floor is itself a violation.
    """
    own = top_package(module)
    assert own is not None, f"{module} is not a lorkit module"
    if own not in FLOOR_OF:
        return [f"{module} is in package {own}, which is on no floor: add it to the floors table"]
    package = module if is_package else module.rpartition(".")[0]
    violations = []
    for imported in dict.fromkeys(imported_modules(source, package)):
        target = top_package(imported)
        if target is None or target == own:
            continue
        if target not in FLOOR_OF:
            violations.append(
                f"{module} imports {imported} ({target} is on no floor: add it to the floors table)"
            )
        elif FLOOR_OF[target] >= FLOOR_OF[own]:
            violations.append(
                f"{module} imports {imported} "
                f"({own} is floor {FLOOR_OF[own]}, {target} is floor {FLOOR_OF[target]})"
            )
    return violations


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC_DIR).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


SOURCE_FILES = sorted((SRC_DIR / ROOT).rglob("*.py"))
MODULES = {module_name(path): path for path in SOURCE_FILES}


def test_the_walk_finds_the_modules_of_every_floor():
    expected = {
        "lorkit",
        "lorkit.core",
        "lorkit.core.plan",
        "lorkit.validators",
        "lorkit.accounts.services",
        "lorkit.accounts.migrations.0001_initial",
        "lorkit.plans.services",
        "lorkit.feeds.views",
        "lorkit.cli",
        "lorkit.settings",
        "lorkit.urls",
    }
    assert expected <= MODULES.keys()


@pytest.mark.parametrize("module", MODULES, ids=str)
def test_every_import_points_down_the_floors(module):
    path = MODULES[module]
    violations = floor_violations(
        module, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py"
    )
    assert not violations, "\n" + "\n".join(violations)


def test_an_upward_import_is_named_with_both_floors():
    violations = floor_violations("lorkit.plans.services", "from lorkit.feeds.models import Feed")
    assert violations == [
        "lorkit.plans.services imports lorkit.feeds.models.Feed "
        "(plans is floor 3, feeds is floor 7)"
    ]


@pytest.mark.parametrize(
    ("module", "source", "imported"),
    [
        ("lorkit.sites.models", "from lorkit.journal.models import Person", "lorkit.journal"),
        ("lorkit.home.views", "from lorkit.feeds import services", "lorkit.feeds"),
        ("lorkit.accounts.forms", "import lorkit.analyzer.scores", "lorkit.analyzer"),
        ("lorkit.core.plan", "from lorkit.validators import plannable_date", "lorkit.validators"),
        ("lorkit.cli", "from lorkit.wsgi import application", "lorkit.wsgi"),
        ("lorkit.urls", "from lorkit import settings", "lorkit.settings"),
        ("lorkit", "from lorkit.core.plan import plan_rotation", "lorkit.core"),
        ("lorkit.core.plan", "import lorkit", "lorkit"),
        (
            "lorkit.accounts.services",
            "def profile_save():\n    from lorkit.plans.services import replan\n",
            "lorkit.plans",
        ),
        (
            "lorkit.plans.services",
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from lorkit.letters.models import LetterRequest\n",
            "lorkit.letters",
        ),
        ("lorkit.plans.services", "from ..letters.models import Program", "lorkit.letters"),
        ("lorkit.plans", "from ..journal import models", "lorkit.journal"),
        ("lorkit.validators", "from . import plans", "lorkit.plans"),
    ],
    ids=[
        "same floor, two apps",
        "same floor, two aggregators",
        "same floor, accounts and analyzer",
        "core importing Django adapters",
        "cli importing the wiring",
        "wiring importing wiring",
        "package root is floor 0 but not core's package",
        "core importing the package root",
        "import inside a function",
        "import under TYPE_CHECKING",
        "relative import climbing into a higher app",
        "relative import from a package __init__",
        "relative import to a higher sibling",
    ],
)
def test_an_import_that_does_not_point_down_is_a_violation(module, source, imported):
    violations = floor_violations(module, source, is_package=module in {"lorkit", "lorkit.plans"})
    assert len(violations) == 1
    assert violations[0].startswith(f"{module} imports {imported}")


def test_every_violation_is_listed_not_just_the_first():
    source = (
        "from lorkit.feeds.models import Feed\n"
        "from lorkit.core.plan import plan_rotation\n"
        "def f():\n    from .. import cli\n"
    )
    assert floor_violations("lorkit.plans.services", source) == [
        "lorkit.plans.services imports lorkit.feeds.models.Feed "
        "(plans is floor 3, feeds is floor 7)",
        "lorkit.plans.services imports lorkit.cli (plans is floor 3, cli is floor 8)",
    ]


def test_a_relative_import_above_lorkit_is_an_error():
    with pytest.raises(ImportError, match="climbs above lorkit"):
        floor_violations("lorkit.plans.services", "from ... import settings")


def test_a_module_of_a_package_on_no_floor_is_a_violation():
    assert floor_violations("lorkit.widgets.models", "from django.db import models") == [
        "lorkit.widgets.models is in package widgets, which is on no floor: "
        "add it to the floors table"
    ]


def test_importing_a_package_on_no_floor_is_a_violation():
    assert floor_violations("lorkit.cli", "from lorkit.widgets import models") == [
        "lorkit.cli imports lorkit.widgets.models "
        "(widgets is on no floor: add it to the floors table)"
    ]


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("lorkit.plans.services", "from lorkit.accounts.models import User"),
        ("lorkit.plans.services", "from lorkit.core.plan import plan_rotation"),
        ("lorkit.plans.models", "import lorkit.validators"),
        ("lorkit.cli", "def serve():\n    from lorkit.demo import demo_load\n"),
        ("lorkit.settings", "from lorkit.cli import app"),
        ("lorkit.feeds.views", "from ..core import ics"),
        ("lorkit.plans.services", "from lorkit.plans.models import Rotation"),
        ("lorkit.plans.views", "from .forms import RotationForm\nfrom . import services"),
        ("lorkit.core.plan", "from lorkit.core.defaults import ASK_DAYS\nfrom . import dates"),
        ("lorkit.accounts.services", "from lorkit import core"),
        ("lorkit.core.plan", "import datetime\nfrom dataclasses import dataclass"),
        ("lorkit", "from importlib.metadata import version"),
        ("lorkit.plans.models", "from django.db import models\nimport django_htmx"),
        ("lorkit.cli", "import typer\nfrom rich.table import Table"),
    ],
    ids=[
        "down one floor",
        "down to core",
        "down to validators",
        "cli to an aggregator, inside a function",
        "wiring to cli",
        "relative import down to core",
        "own package, absolute",
        "own package, relative",
        "core to core",
        "down to core through the root",
        "stdlib",
        "package root, stdlib",
        "django",
        "third party",
    ],
)
def test_an_import_that_points_down_is_allowed(module, source):
    assert floor_violations(module, source, is_package=module == "lorkit") == []
