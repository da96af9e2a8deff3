"""Hostile text on the web: documents built to crash an import or poison an account are
refused with a 400 naming the problem, and text a form cannot store is refused beside its
field. Nothing changes in the account either way."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from lorkit.accounts.models import Profile, User
from lorkit.backup.services import workspace_export
from lorkit.plans.models import Milestone, Rotation
from lorkit.validators import storable_text

Document = dict[str, Any]
NOT_JSON = "This file is not a lorkit export: {}."


def account_state(owner: User) -> tuple[object, ...]:
    """Everything of the owner's an import could change, read fresh."""
    return (
        tuple(Profile.objects.filter(user=owner).values_list()),
        tuple(Rotation.objects.filter(owner=owner).order_by("pk").values_list()),
        tuple(Milestone.objects.filter(rotation__owner=owner).order_by("pk").values_list()),
    )


def with_placeholder(document: Document, place: Callable[[Document], None], raw: bytes) -> bytes:
    """The document as bytes with `raw` written where `place` put the placeholder, for
    contents json.dumps will not write (a 5,000-digit number, NaN, a stray byte)."""
    place(document)
    return json.dumps(document).encode("utf-8").replace(b'"PLACEHOLDER"', raw)


def ask_index(document: Document) -> int:
    return next(i for i, m in enumerate(document["milestones"]) if m["key"] == "ask")


def set_site(document: Document, site: object) -> None:
    document["rotations"][0]["site"] = site


def deep_nesting(document: Document) -> bytes:
    return with_placeholder(
        document,
        lambda doc: doc.update(profile="PLACEHOLDER"),
        b"[" * 100_000 + b"]" * 100_000,
    )


def long_season(document: Document) -> bytes:
    place = lambda doc: doc["profile"].update(season="PLACEHOLDER")  # noqa: E731
    return with_placeholder(document, place, b"9" * 5000)


def long_date(document: Document) -> bytes:
    place = lambda doc: doc["rotations"][0].update(start="PLACEHOLDER")  # noqa: E731
    return with_placeholder(document, place, b"2" * 5000)


def surrogate_in_site(document: Document) -> bytes:
    set_site(document, "Mercy \ud800")  # json.dumps writes it as the escape \ud800
    return json.dumps(document).encode("ascii")


def surrogate_in_script(document: Document) -> bytes:
    document["milestones"][ask_index(document)]["script"][0] = "Ask \ud800"
    return json.dumps(document).encode("ascii")


def invalid_utf8(document: Document) -> bytes:
    return with_placeholder(document, lambda doc: set_site(doc, "PLACEHOLDER"), b'"S\xe3o"')


def nul_in_script(document: Document) -> bytes:
    document["milestones"][ask_index(document)]["script"][0] = "Ask\x00"
    return json.dumps(document).encode("utf-8")


def nul_in_note(document: Document) -> bytes:
    document["milestones"][ask_index(document)]["note"] = "Asked\x00"
    return json.dumps(document).encode("utf-8")


def escape_in_title(document: Document) -> bytes:
    document["milestones"][ask_index(document)]["title"] = "\x1b[2JAsk"
    return json.dumps(document).encode("utf-8")


def nan_season(document: Document) -> bytes:
    place = lambda doc: doc["profile"].update(season="PLACEHOLDER")  # noqa: E731
    return with_placeholder(document, place, b"NaN")


def two_megabyte_site(document: Document) -> bytes:
    set_site(document, "M" * 2_000_000)
    return json.dumps(document).encode("utf-8")


def top_level_array(document: Document) -> bytes:
    return json.dumps([document]).encode("utf-8")


def empty_file(document: Document) -> bytes:
    return b""


def ask(problem: str) -> Callable[[Document], str]:
    """A problem found at the ask milestone, whose place depends on the plan's order."""
    return lambda document: f"Milestone {ask_index(document) + 1}, {problem}"


def fixed(problem: str) -> Callable[[Document], str]:
    return lambda document: problem


def undecodable(document: Document) -> str:
    position = invalid_utf8(document).index(b"\xe3") + 1
    return NOT_JSON.format(f"it is not UTF-8 text (byte {position:,} cannot be read as UTF-8)")


SURROGATE_AT = (
    "this text contains a lone surrogate (U+D800) at position {}, which is not valid UTF-8."
)
HOSTILE_DOCUMENTS: list[tuple[Callable[[Document], bytes], Callable[[Document], str]]] = [
    (deep_nesting, fixed(NOT_JSON.format("its lists and objects nest too deeply to read"))),
    (long_season, fixed(NOT_JSON.format("it holds a number 5,000 digits long"))),
    (long_date, fixed(NOT_JSON.format("it holds a number 5,000 digits long"))),
    (surrogate_in_site, fixed(f"Rotation 1, Site: {SURROGATE_AT.format(7)}")),
    (surrogate_in_script, ask(f"Script line 1: {SURROGATE_AT.format(5)}")),
    (invalid_utf8, undecodable),
    (
        nul_in_script,
        ask("Script line 1: this text contains a NUL character (U+0000) at position 4."),
    ),
    (nul_in_note, ask("Note: this text contains a NUL character (U+0000) at position 6.")),
    (
        escape_in_title,
        ask("Title: this text contains a control character (U+001B) at position 1."),
    ),
    (nan_season, fixed(NOT_JSON.format("it holds NaN, which JSON does not allow"))),
    (
        two_megabyte_site,
        fixed("Rotation 1, Site: this is 2,000,000 characters long; it can hold at most 200."),
    ),
    (top_level_array, fixed(NOT_JSON.format('it does not say "format": "lorkit-export"'))),
    (empty_file, fixed(NOT_JSON.format("it is empty"))),
]


def upload(client: Client, content: bytes) -> Any:
    file = SimpleUploadedFile("lorkit-export.json", content, content_type="application/json")
    return client.post(reverse("backup"), {"file": file, "replace": "on"})


@pytest.mark.parametrize(
    ("spoil", "problem"), HOSTILE_DOCUMENTS, ids=[spoil.__name__ for spoil, _ in HOSTILE_DOCUMENTS]
)
def test_a_hostile_import_gets_a_400_naming_its_problem_and_changes_nothing(
    owner_client: Client,
    owner: User,
    rotation: Rotation,
    spoil: Callable[[Document], bytes],
    problem: Callable[[Document], str],
) -> None:
    document = workspace_export(owner)
    expected = problem(workspace_export(owner))
    before = account_state(owner)

    response = upload(owner_client, spoil(document))

    assert response.status_code == 400
    assert response.context["problems"] == [expected]
    page = response.content.decode("utf-8")
    assert " ".join(page.split()).count("Nothing was imported") == 1
    assert escape(expected) in page
    assert account_state(owner) == before


def test_the_account_still_shows_every_page_after_a_refused_surrogate(
    owner_client: Client, owner: User, rotation: Rotation
) -> None:
    assert upload(owner_client, surrogate_in_script(workspace_export(owner))).status_code == 400

    for url in (
        reverse("dashboard"),
        reverse("rotation_list"),
        reverse("rotation_detail", args=[rotation.pk]),
        reverse("export_download"),
        reverse("backup"),
        reverse("profile"),
    ):
        assert owner_client.get(url).status_code == 200, url


def rotation_data(**changes: str) -> dict[str, str]:
    data = {
        "site": "Riverside Medical Center",
        "state": "IL",
        "kind": "hands-on",
        "setting": "inpatient",
        "start": "2027-03-01",
        "end": "2027-03-28",
    }
    return {**data, **changes}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"site": "Mercy\x00"}, "site", "Null characters are not allowed."),
        (
            {"attending_name": "Dr. \x1b[31mLee"},
            "attending_name",
            "This text contains a control character (U+001B) at position 5.",
        ),
        (
            {"city": "Chi\x9bcago"},
            "city",
            "This text contains a control character (U+009B) at position 4.",
        ),
    ],
)
def test_the_rotation_form_refuses_text_it_cannot_store_beside_the_field(
    owner_client: Client, changes: dict[str, str], field: str, message: str
) -> None:
    response = owner_client.post(reverse("rotation_new"), rotation_data(**changes))

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert not Rotation.objects.exists()


def test_a_broken_character_sent_by_a_form_is_stored_as_replacement_characters(
    owner_client: Client, owner: User
) -> None:
    # A browser cannot send a lone surrogate: its would-be UTF-8 bytes (ED A0 80) are invalid,
    # and Django decodes invalid bytes as U+FFFD, which can be stored and shown.
    body = "&".join(f"{k}={v}" for k, v in rotation_data(site="Mercy%ED%A0%80").items())
    response = owner_client.post(
        reverse("rotation_new"), body, content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 302
    rotation = Rotation.objects.get(owner=owner)
    assert rotation.site == "Mercy\ufffd\ufffd\ufffd"
    assert owner_client.get(reverse("rotation_detail", args=[rotation.pk])).status_code == 200


@pytest.mark.parametrize(
    ("note", "message"),
    [
        (
            "Asked\x00",
            "This text contains a NUL character (U+0000) at position 6. "
            "Null characters are not allowed.",
        ),
        ("Asked \x1b[2J", "This text contains a control character (U+001B) at position 7."),
    ],
)
def test_a_milestone_note_that_cannot_be_stored_is_refused(
    owner_client: Client, rotation: Rotation, note: str, message: str
) -> None:
    ask_milestone = rotation.milestones.get(key="ask")

    response = owner_client.post(
        reverse("milestone_status", args=[ask_milestone.pk]),
        {"status": "done", "note": note},
        follow=True,
    )

    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == [f"Not saved: {message}"]
    ask_milestone.refresh_from_db()
    assert (ask_milestone.status, ask_milestone.note) == ("open", "")


@pytest.mark.parametrize("model", [Profile, Rotation, Milestone])
def test_every_text_field_a_person_or_an_import_fills_checks_storable_text(model: Any) -> None:
    text_fields = [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField) and field.editable
    ]
    assert text_fields
    assert [f.name for f in text_fields if storable_text not in f.validators] == []
