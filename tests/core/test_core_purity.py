"""The rulebook stays pure: nothing in lorkit.core may import Django or the rest of lorkit."""

import ast
from pathlib import Path

import pytest

from import_walk import imported_modules

CORE_DIR = Path(__file__).resolve().parents[2] / "src" / "lorkit" / "core"
CORE_FILES = sorted(CORE_DIR.rglob("*.py"))


def is_django(module: str) -> bool:
    top = module.split(".")[0]
    return top == "django" or top.startswith("django_")


def is_lorkit_outside_core(module: str) -> bool:
    parts = module.split(".")
    return parts[0] == "lorkit" and (len(parts) < 2 or parts[1] != "core")


def relative_imports_leaving_core(path: Path) -> list[str]:
    """Relative imports that climb above the core package (level 1 stays inside it)."""
    depth = len(path.relative_to(CORE_DIR).parts)  # 1 for core/x.py, 2 for core/sub/x.py
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{'.' * node.level}{node.module or ''}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level > depth
    ]


def test_the_walk_finds_every_core_module():
    names = {path.name for path in CORE_FILES}
    expected = {
        "__init__.py",
        "agenda.py",
        "ics.py",
        "rotation.py",
        "dates.py",
        "defaults.py",
        "export_format.py",
        "plan.py",
        "rotation_checks.py",
        "scripts.py",
        "season.py",
        "vocabulary.py",
    }
    assert expected <= names


@pytest.mark.parametrize(
    ("source", "django", "outside_core"),
    [
        ("import django", True, False),
        ("import django.db.models", True, False),
        ("from django.db import models", True, False),
        ("from django import forms", True, False),
        ("import django_htmx", True, False),
        ("from lorkit.rotations.models import Rotation", False, True),
        ("from lorkit import settings", False, True),
        ("import lorkit", False, True),
        ("from lorkit.core import defaults", False, False),
        ("from lorkit.core.season import SEASON_KEYS", False, False),
        ("import icalendar", False, False),
        ("from datetime import date", False, False),
        ("def f():\n    import django\n", True, False),
    ],
)
def test_the_import_detector_recognises_forbidden_imports(source, django, outside_core):
    modules = imported_modules(source)
    assert any(is_django(m) for m in modules) is django
    assert any(is_lorkit_outside_core(m) for m in modules) is outside_core


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: p.name)
def test_no_core_module_imports_django(path):
    modules = imported_modules(path.read_text(encoding="utf-8"))
    assert [m for m in modules if is_django(m)] == []


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: p.name)
def test_no_core_module_imports_lorkit_outside_core(path):
    modules = imported_modules(path.read_text(encoding="utf-8"))
    assert [m for m in modules if is_lorkit_outside_core(m)] == []
    assert relative_imports_leaving_core(path) == []
