"""`lorkit letters` and `lorkit letter set-status`: the ERAS letter ledger from a terminal, with
the same dates as the web page and the same refusals as its service."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from typer.testing import CliRunner

from lorkit.accounts.models import User
from lorkit.cli import app
from lorkit.letters.models import LetterRequest, StatusChange

runner = CliRunner(env={"LORKIT_USER": None})
# The owner's season is ERAS 2028: submission target 1 Sep 2027, soft deadline 11 Aug 2027.
TODAY = "2027-07-20"


def one_line(text: str) -> str:
    return " ".join(text.split())


def entry(owner: User, *history: tuple[str, date], **fields: Any) -> LetterRequest:
    fields.setdefault("author", "Dr. Noor Haddad")
    fields.setdefault("specialty", "Internal Medicine")
    dates = {"requested": "requested_on", "received": "received_on"}
    extra = {dates[s]: d for s, d in history if s in dates}
    letter = LetterRequest.objects.create(owner=owner, status=history[-1][0], **extra, **fields)
    for status, day in history:
        StatusChange.objects.create(request=letter, status=status, on=day)
    return letter


def test_letters_json_gives_each_entry_with_its_dates_and_history(owner: User) -> None:
    letter = entry(
        owner,
        ("agreed", date(2027, 6, 20)),
        ("requested", date(2027, 7, 10)),
        author_title="Professor, Department of Medicine",
        author_email="noor.haddad@example.org",
        letter_id="LTR-77031",
        waived=False,
    )

    result = runner.invoke(app, ["letters", "--json", "--today", TODAY])

    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert {
        "id",
        "author",
        "specialty",
        "status",
        "soft_deadline",
        "next_reminder",
        "title",
        "email",
        "kind",
        "waived",
        "letter_id",
        "history",
    } <= set(row)
    assert row["id"] == letter.pk and isinstance(row["id"], int)
    assert (row["author"], row["specialty"], row["status"]) == (
        "Dr. Noor Haddad",
        "Internal Medicine",
        "requested",
    )
    assert (row["soft_deadline"], row["next_reminder"]) == ("2027-08-11", "2027-07-24")
    assert (row["title"], row["email"], row["kind"]) == (
        "Professor, Department of Medicine",
        "noor.haddad@example.org",
        "narrative",
    )
    assert (row["waived"], row["letter_id"]) == (False, "LTR-77031")
    assert row["history"] == [
        {"status": "agreed", "on": "2027-06-20"},
        {"status": "requested", "on": "2027-07-10"},
    ]


def test_a_received_letter_has_no_soft_deadline_nor_reminder_in_json(owner: User) -> None:
    entry(owner, ("requested", date(2027, 6, 1)), ("received", date(2027, 7, 1)))

    (row,) = json.loads(runner.invoke(app, ["letters", "--json", "--today", TODAY]).stdout)

    assert (row["soft_deadline"], row["next_reminder"]) == (None, None)


def test_letters_json_is_an_empty_list_without_letters(owner: User) -> None:
    result = runner.invoke(app, ["letters", "--json", "--today", TODAY])

    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_letters_prints_a_table_of_the_entries(owner: User) -> None:
    letter = entry(owner, ("requested", date(2027, 7, 10)), waived=False)

    result = runner.invoke(app, ["letters", "--today", TODAY], env={"COLUMNS": "200"})

    assert result.exit_code == 0, result.output
    out = one_line(result.stdout)
    for shown in (str(letter.pk), "Dr. Noor Haddad", "2027-07-10", "2027-08-11", "2027-07-24"):
        assert shown in out
    assert "1 letter(s) with a warning" in out


def test_set_status_moves_the_letter_and_keeps_the_history(owner: User) -> None:
    letter = entry(owner, ("agreed", date(2027, 7, 1)))

    result = runner.invoke(
        app,
        [
            "letter",
            "set-status",
            str(letter.pk),
            "requested",
            "--on",
            "2027-07-12",
            "--today",
            TODAY,
        ],
    )

    assert result.exit_code == 0, result.output
    assert "Requested in MyERAS on 2027-07-12" in one_line(result.stdout)
    letter.refresh_from_db()
    assert (letter.status, letter.requested_on) == ("requested", date(2027, 7, 12))
    assert [c.status for c in letter.history.all()] == ["agreed", "requested"]


def test_a_refused_move_prints_the_reason_and_changes_nothing(owner: User) -> None:
    letter = entry(owner, ("requested", date(2027, 6, 1)), ("received", date(2027, 7, 1)))

    result = runner.invoke(
        app, ["letter", "set-status", str(letter.pk), "planned", "--today", TODAY]
    )

    assert result.exit_code == 1
    err = one_line(result.stderr)
    assert "cannot become planned" in err
    assert "From received it can become: withdrawn." in err
    letter.refresh_from_db()
    assert (letter.status, letter.history.count()) == ("received", 2)


def test_an_unknown_id_is_not_found(owner: User) -> None:
    result = runner.invoke(app, ["letter", "set-status", "9999", "asked", "--today", TODAY])

    assert result.exit_code == 1
    assert "no letter with id 9999" in one_line(result.stderr)


def test_another_accounts_letter_is_not_found_either(owner: User, outsider: User) -> None:
    theirs = entry(outsider, ("planned", date(2027, 7, 1)))

    result = runner.invoke(
        app,
        ["letter", "set-status", str(theirs.pk), "asked", "--user", "alice", "--today", TODAY],
    )

    assert result.exit_code == 1
    assert f"no letter with id {theirs.pk}" in one_line(result.stderr)
    theirs.refresh_from_db()
    assert theirs.status == "planned"


@pytest.mark.parametrize("status", ["maybe", "sent"])
def test_an_unknown_status_is_a_usage_error(owner: User, status: str) -> None:
    letter = entry(owner, ("planned", date(2027, 7, 1)))

    result = runner.invoke(app, ["letter", "set-status", str(letter.pk), status])

    assert result.exit_code == 2
    assert "is not a status" in one_line(result.output)


def test_a_status_date_after_today_is_refused(owner: User) -> None:
    letter = entry(owner, ("planned", date(2027, 7, 1)))

    result = runner.invoke(
        app,
        ["letter", "set-status", str(letter.pk), "asked", "--on", "2027-07-21", "--today", TODAY],
    )

    assert result.exit_code == 1
    assert "cannot be after today" in one_line(result.stderr)
    letter.refresh_from_db()
    assert letter.status == "planned"
