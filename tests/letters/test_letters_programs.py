"""Programs and the letters assigned to them: at most four letters per program through every
path, even two requests at once; nothing changes once the applicant has applied; one set of
letters given to many programs; and the pages that show an advisor's checks of each program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.core.ledger import CheckCode
from lorkit.letters.models import Assignment, LetterRequest, Program
from lorkit.letters.program_services import (
    assignment_set,
    bulk_assign,
    program_delete,
    program_page,
    program_save,
    programs_overview,
)

TODAY = date(2026, 9, 1)
IM = "Internal Medicine"


def letter(owner: User, author: str, specialty: str = IM, status: str = "agreed") -> LetterRequest:
    return LetterRequest.objects.create(
        owner=owner, author=author, specialty=specialty, status=status
    )


def program(owner: User, name: str, **fields: Any) -> Program:
    fields.setdefault("specialty", IM)
    return program_save(owner=owner, program=Program(name=name, **fields))


def held(target: Program) -> set[int]:
    return set(Assignment.objects.filter(program=target).values_list("letter_id", flat=True))


@pytest.fixture
def writers(owner: User) -> list[LetterRequest]:
    """Six usable letters: five for internal medicine, one General."""
    names = ["Dr. Amara Vance", "Dr. Bo Lindqvist", "Dr. Chidi Obi", "Dr. Dana Reyes"]
    made = [letter(owner, name) for name in [*names, "Dr. Eun-ji Park"]]
    return [*made, letter(owner, "Dr. Farid Haddad", specialty="General")]


@pytest.fixture
def harbor(owner: User) -> Program:
    return program(owner, "Harbor View Internal Medicine", state="WA")


def ids(letters: list[LetterRequest]) -> list[int]:
    return [item.pk for item in letters]


# ---------------------------------------------------------------------------------------------
# Never a fifth letter
# ---------------------------------------------------------------------------------------------


def test_a_program_takes_four_letters(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:4]), today=TODAY)

    assert held(harbor) == set(ids(writers[:4]))


def test_setting_five_letters_is_refused_with_the_reason_and_changes_nothing(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:2]), today=TODAY)

    with pytest.raises(ValidationError) as refused:
        assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:5]), today=TODAY)

    assert refused.value.messages == [
        "Harbor View Internal Medicine would have 5 letters: a program receives at most 4."
    ]
    assert held(harbor) == set(ids(writers[:2]))


def test_bulk_assignment_refuses_the_fifth_letter_and_still_serves_the_others(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    full = harbor
    assignment_set(owner=owner, program=full, letter_ids=ids(writers[:4]), today=TODAY)
    roomy = program(owner, "Lakeshore Internal Medicine")

    result = bulk_assign(
        owner=owner, program_ids=[full.pk, roomy.pk], letter_ids=[writers[4].pk], today=TODAY
    )

    assert result.taken == (roomy,)
    assert [(r.program, r.reason) for r in result.refused] == [
        (full, "Harbor View Internal Medicine would have 5 letters: a program receives at most 4.")
    ]
    assert held(full) == set(ids(writers[:4]))
    assert held(roomy) == {writers[4].pk}


def test_replacing_four_letters_by_four_others_is_no_fifth_letter(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:4]), today=TODAY)

    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[2:6]), today=TODAY)

    assert held(harbor) == set(ids(writers[2:6]))


def test_bulk_assignment_counts_the_letters_a_program_already_holds(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:3]), today=TODAY)

    result = bulk_assign(
        owner=owner, program_ids=[harbor.pk], letter_ids=ids(writers[2:4]), today=TODAY
    )

    assert result.taken == (harbor,)
    assert held(harbor) == set(ids(writers[:4]))


# ---------------------------------------------------------------------------------------------
# Locked once applied
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("applied_on", "locked"),
    [(date(2026, 8, 31), True), (TODAY, True), (date(2026, 9, 2), False)],
    ids=["applied yesterday", "applied today", "applying tomorrow"],
)
def test_a_program_applied_to_takes_no_new_letter(
    owner: User, writers: list[LetterRequest], applied_on: date, locked: bool
) -> None:
    target = program(owner, "Cedar Ridge Internal Medicine", applied_on=applied_on)
    assignment_set(owner=owner, program=target, letter_ids=ids(writers[:2]), today=date(2026, 8, 1))
    wanted = ids(writers[:3])

    if locked:
        with pytest.raises(ValidationError, match="ERAS locks a program's letters once you"):
            assignment_set(owner=owner, program=target, letter_ids=wanted, today=TODAY)
        assert held(target) == set(ids(writers[:2]))
    else:
        assignment_set(owner=owner, program=target, letter_ids=wanted, today=TODAY)
        assert held(target) == set(wanted)


def test_a_program_applied_to_loses_no_letter_either(
    owner: User, writers: list[LetterRequest]
) -> None:
    target = program(owner, "Cedar Ridge Internal Medicine", applied_on=TODAY)
    assignment_set(owner=owner, program=target, letter_ids=ids(writers[:3]), today=date(2026, 8, 1))

    with pytest.raises(ValidationError, match="so none can be taken off"):
        assignment_set(owner=owner, program=target, letter_ids=ids(writers[:2]), today=TODAY)

    assert held(target) == set(ids(writers[:3]))


def test_saving_the_same_letters_on_a_locked_program_is_no_change_and_no_error(
    owner: User, writers: list[LetterRequest]
) -> None:
    target = program(owner, "Cedar Ridge Internal Medicine", applied_on=TODAY)
    assignment_set(owner=owner, program=target, letter_ids=ids(writers[:3]), today=date(2026, 8, 1))

    assignment_set(owner=owner, program=target, letter_ids=ids(writers[:3]), today=TODAY)

    assert held(target) == set(ids(writers[:3]))


def test_bulk_assignment_leaves_a_locked_program_as_it_is_and_says_why(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    applied = program(owner, "Cedar Ridge Internal Medicine", applied_on=date(2026, 8, 20))

    result = bulk_assign(
        owner=owner, program_ids=[applied.pk, harbor.pk], letter_ids=ids(writers[:2]), today=TODAY
    )

    assert result.taken == (harbor,)
    assert [r.reason for r in result.refused] == [
        "You applied to Cedar Ridge Internal Medicine on 20 Aug 2026: ERAS locks a program's "
        "letters once you apply."
    ]
    assert held(applied) == set()


# ---------------------------------------------------------------------------------------------
# Which letters may go
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["declined", "withdrawn", "removed"])
def test_a_letter_that_will_not_come_cannot_be_assigned(
    owner: User, harbor: Program, status: str
) -> None:
    gone = letter(owner, "Dr. Gita Rao", status=status)

    with pytest.raises(ValidationError, match="Dr. Gita Rao"):
        assignment_set(owner=owner, program=harbor, letter_ids=[gone.pk], today=TODAY)
    with pytest.raises(ValidationError, match="cannot be assigned"):
        bulk_assign(owner=owner, program_ids=[harbor.pk], letter_ids=[gone.pk], today=TODAY)

    assert held(harbor) == set()


def test_a_letter_withdrawn_after_it_was_assigned_can_still_be_taken_off(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:2]), today=TODAY)
    LetterRequest.objects.filter(pk=writers[0].pk).update(status="withdrawn")

    assignment_set(owner=owner, program=harbor, letter_ids=[writers[1].pk], today=TODAY)

    assert held(harbor) == {writers[1].pk}


def test_another_accounts_letter_or_program_is_refused(
    owner: User, outsider: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    theirs = letter(outsider, "Dr. Ivo Petrov")
    their_program = program(outsider, "Their Internal Medicine")

    with pytest.raises(ValidationError, match="not among your letters"):
        assignment_set(owner=owner, program=harbor, letter_ids=[theirs.pk], today=TODAY)
    with pytest.raises(ValidationError, match="not among your programs"):
        bulk_assign(
            owner=owner, program_ids=[their_program.pk], letter_ids=[writers[0].pk], today=TODAY
        )

    assert Assignment.objects.count() == 0


def test_one_unusable_letter_stops_the_whole_bulk_assignment(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    gone = letter(owner, "Dr. Gita Rao", status="declined")

    with pytest.raises(ValidationError):
        bulk_assign(
            owner=owner, program_ids=[harbor.pk], letter_ids=[writers[0].pk, gone.pk], today=TODAY
        )

    assert held(harbor) == set()


def test_a_program_that_holds_the_set_already_is_reported_unchanged(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:2]), today=TODAY)

    result = bulk_assign(
        owner=owner, program_ids=[harbor.pk], letter_ids=ids(writers[:2]), today=TODAY
    )

    assert (result.taken, result.unchanged, result.refused) == ((), (harbor,), ())


@pytest.mark.parametrize(
    ("programs", "letters", "message"),
    [([1], [], "Choose at least one letter."), ([], [1], "Choose at least one program.")],
)
def test_a_bulk_assignment_needs_letters_and_programs(
    owner: User, programs: list[int], letters: list[int], message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        bulk_assign(owner=owner, program_ids=programs, letter_ids=letters, today=TODAY)

    assert refused.value.messages == [message]


# ---------------------------------------------------------------------------------------------
# Saving and deleting programs
# ---------------------------------------------------------------------------------------------


def test_an_account_holds_a_bounded_number_of_programs(
    owner: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(defaults, "PROGRAMS_MAX", 2)
    program(owner, "First Internal Medicine")
    second = program(owner, "Second Internal Medicine")

    with pytest.raises(ValidationError, match="at most 2 programs"):
        program(owner, "Third Internal Medicine")
    second.name = "Second Internal Medicine, renamed"
    program_save(owner=owner, program=second)  # an edit is no new program

    assert Program.objects.filter(owner=owner).count() == 2


def test_a_program_with_an_unknown_specialty_is_refused(owner: User) -> None:
    with pytest.raises(ValidationError) as refused:
        program(owner, "Made-up Program", specialty="Astrology")

    assert "specialty" in refused.value.message_dict


def test_deleting_a_program_keeps_its_letters(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[:2]), today=TODAY)

    program_delete(owner=owner, program=harbor)

    assert not Program.objects.filter(pk=harbor.pk).exists()
    assert LetterRequest.objects.filter(owner=owner).count() == len(writers)
    assert Assignment.objects.count() == 0


def test_another_account_cannot_save_or_delete_a_program(outsider: User, harbor: Program) -> None:
    with pytest.raises(ValidationError):
        program_save(owner=outsider, program=harbor)
    with pytest.raises(ValidationError):
        program_delete(owner=outsider, program=harbor)

    assert Program.objects.get(pk=harbor.pk).owner_id != outsider.pk


# ---------------------------------------------------------------------------------------------
# The property: whatever happens, no program ends with more than four letters
# ---------------------------------------------------------------------------------------------

PROGRAM_COUNT, LETTER_COUNT = 3, 7
letter_sets = st.frozensets(st.integers(0, LETTER_COUNT - 1), max_size=LETTER_COUNT)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.integers(0, PROGRAM_COUNT - 1), letter_sets),
        st.tuples(
            st.just("bulk"),
            st.frozensets(st.integers(0, PROGRAM_COUNT - 1), min_size=1),
            letter_sets.filter(bool),
        ),
        st.tuples(st.just("apply"), st.integers(0, PROGRAM_COUNT - 1), st.booleans()),
    ),
    max_size=12,
)


@pytest.fixture
def playground(owner: User) -> tuple[list[Program], list[LetterRequest]]:
    programs = [program(owner, f"Program {n}") for n in range(PROGRAM_COUNT)]
    letters = [letter(owner, f"Dr. Writer {n}") for n in range(LETTER_COUNT - 1)]
    return programs, [*letters, letter(owner, "Dr. Declined", status="declined")]


def apply(owner: User, step: tuple[Any, ...], programs: list[Program], letters: list[Any]) -> None:
    kind, where, what = step
    if kind == "apply":
        target = Program.objects.get(pk=programs[where].pk)
        target.applied_on = TODAY if what else None
        program_save(owner=owner, program=target)
    elif kind == "set":
        chosen = [letters[n].pk for n in what]
        assignment_set(owner=owner, program=programs[where], letter_ids=chosen, today=TODAY)
    else:
        chosen = [letters[n].pk for n in what]
        bulk_assign(
            owner=owner, program_ids=[programs[n].pk for n in where], letter_ids=chosen, today=TODAY
        )


def snapshot(programs: list[Program]) -> list[set[int]]:
    return [held(target) for target in programs]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=operations)
def test_no_sequence_of_assignments_leaves_a_program_with_more_than_four_letters(
    owner: User, playground: tuple[list[Program], list[LetterRequest]], steps: list[Any]
) -> None:
    programs, letters = playground
    Assignment.objects.filter(program__owner=owner).delete()
    Program.objects.filter(owner=owner).update(applied_on=None)

    for step in steps:
        before = snapshot(programs)
        try:
            apply(owner, step, programs, letters)
        except ValidationError:
            assert snapshot(programs) == before  # a refusal changes nothing
        counts = [len(letter_ids) for letter_ids in snapshot(programs)]
        assert max(counts) <= defaults.MAX_LETTERS_PER_PROGRAM, (steps, counts)


# ---------------------------------------------------------------------------------------------
# Two requests at once, on a real database
# ---------------------------------------------------------------------------------------------

# Run in a fresh interpreter with lorkit's own settings (pytest's SQLite database lives in
# memory, where neither the busy timeout nor IMMEDIATE transactions apply): a program holding
# three letters, and RACERS threads released together, each adding a different fourth letter.
RACE = """
import json, sys, threading
from datetime import date
import django
django.setup()
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
call_command("migrate", interactive=False, verbosity=0)
from lorkit.accounts.services import user_create
from lorkit.letters.models import Assignment, LetterRequest, Program
from lorkit.letters.program_services import bulk_assign

racers, today = int(sys.argv[1]), date(2026, 9, 1)
owner = user_create(username="racer", password="correct-horse-battery", today=today)
target = Program.objects.create(
    owner=owner, name="Race Internal Medicine", specialty="Internal Medicine"
)
letters = [
    LetterRequest.objects.create(owner=owner, author=f"Dr. Writer {n}", status="agreed")
    for n in range(3 + racers)
]
Assignment.objects.bulk_create(Assignment(program=target, letter=item) for item in letters[:3])
barrier, outcomes = threading.Barrier(racers), []

def race(n):
    try:
        barrier.wait()
        result = bulk_assign(
            owner=owner, program_ids=[target.pk], letter_ids=[letters[3 + n].pk], today=today
        )
        outcomes.append("taken" if result.taken else "refused")
    except Exception as error:
        outcomes.append(f"{type(error).__name__}: {error}")
    finally:
        connection.close()

threads = [threading.Thread(target=race, args=(n,)) for n in range(racers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
held = Assignment.objects.filter(program=target).count()
print(json.dumps({"outcomes": sorted(outcomes), "held": held}))
"""
RACERS = 6


@pytest.fixture
def real_database(transactional_db: None, tmp_path: Path) -> dict[str, str]:
    """A fresh interpreter's environment: a SQLite file in `tmp_path`, or, when the suite runs
    on PostgreSQL, its test database (the transactional marker flushes it afterwards)."""
    env = {**os.environ, "LORKIT_DATA_DIR": str(tmp_path)}
    env.setdefault("DJANGO_SETTINGS_MODULE", "lorkit.settings")
    url = env.pop("LORKIT_DATABASE_URL", None)
    if connection.vendor != "sqlite" and url:
        name = connection.settings_dict["NAME"]
        env["LORKIT_DATABASE_URL"] = urlsplit(url)._replace(path=f"/{name}").geturl()
    return env


def test_requests_racing_for_a_programs_last_place_give_it_to_exactly_one(
    real_database: dict[str, str],
) -> None:
    completed = subprocess.run(
        [sys.executable, "-c", RACE, str(RACERS)],
        capture_output=True,
        text=True,
        env=real_database,
        timeout=300,
    )

    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout)
    assert result == {"outcomes": ["refused"] * (RACERS - 1) + ["taken"], "held": 4}


# ---------------------------------------------------------------------------------------------
# The overview: each program with its letters and an advisor's checks
# ---------------------------------------------------------------------------------------------


def codes(owner: User, name: str) -> list[CheckCode]:
    item = next(i for i in programs_overview(owner, TODAY) if i.program.name == name)
    return [check.code for check in item.checks]


@pytest.fixture
def season(owner: User, writers: list[LetterRequest]) -> dict[str, Program]:
    """Three programs: one well served, one signalled without a letter of its specialty, one
    applied to (locked) with a General letter and a letter meant for surgery."""
    surgery = letter(owner, "Dr. Hana Sato", specialty="General Surgery")
    made = {
        "sound": program(owner, "Sound Internal Medicine"),
        "signalled": program(
            owner, "Signalled Surgery", specialty="General Surgery", signalled=True
        ),
        "applied": program(owner, "Applied Internal Medicine", applied_on=date(2026, 8, 30)),
    }
    before = date(2026, 8, 1)
    chosen = {"sound": ids(writers[:3]), "signalled": ids(writers[:3])}
    chosen["applied"] = [writers[5].pk, surgery.pk]
    for key, letter_ids in chosen.items():
        assignment_set(owner=owner, program=made[key], letter_ids=letter_ids, today=before)
    return made


def test_a_program_with_three_letters_of_its_specialty_raises_no_question(
    owner: User, season: dict[str, Program]
) -> None:
    assert codes(owner, "Sound Internal Medicine") == []


def test_a_signalled_program_without_a_letter_of_its_specialty_is_questioned(
    owner: User, season: dict[str, Program]
) -> None:
    assert codes(owner, "Signalled Surgery") == [
        CheckCode.SIGNAL_WITHOUT_SPECIALTY_LETTER,
        *[CheckCode.OTHER_SPECIALTY_LETTER] * 3,
    ]


def test_an_applied_program_is_noted_locked_after_the_warnings(
    owner: User, season: dict[str, Program]
) -> None:
    assert codes(owner, "Applied Internal Medicine") == [
        CheckCode.FEWER_THAN_THREE,
        CheckCode.OTHER_SPECIALTY_LETTER,
        CheckCode.GENERAL_WHERE_SPECIALTY_EXISTS,
        CheckCode.LOCKED,
    ]


def test_the_overview_lists_programs_by_name_with_letters_in_the_order_assigned(
    owner: User, season: dict[str, Program], writers: list[LetterRequest]
) -> None:
    overview = programs_overview(owner, TODAY)

    assert [item.program.name for item in overview] == [
        "Applied Internal Medicine",
        "Signalled Surgery",
        "Sound Internal Medicine",
    ]
    assert [letter.author for letter in overview[0].letters] == [
        "Dr. Farid Haddad",
        "Dr. Hana Sato",
    ]
    assert [item.locked for item in overview] == [True, False, False]
    assert [len(item.warnings) for item in overview] == [3, 4, 0]
    assert [len(item.notes) for item in overview] == [1, 0, 0]


def test_the_overview_costs_three_queries_however_many_programs(
    owner: User, season: dict[str, Program], writers: list[LetterRequest]
) -> None:
    counts = []
    for n in range(2):
        with CaptureQueriesContext(connection) as queries:
            programs_overview(owner, TODAY)
        counts.append(len(queries))
        extra = program(owner, f"Extra Program {n}")
        assignment_set(owner=owner, program=extra, letter_ids=ids(writers[:2]), today=TODAY)

    assert counts == [3, 3]


def test_a_programs_page_offers_usable_letters_and_those_it_holds(
    owner: User, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=[writers[0].pk], today=TODAY)
    LetterRequest.objects.filter(pk=writers[0].pk).update(status="withdrawn")
    letter(owner, "Dr. Gita Rao", status="declined")

    page = program_page(harbor, TODAY)

    assert [item.author for item in page.choices] == [item.author for item in writers]
    assert page.overview.letters[0].pk == writers[0].pk


# ---------------------------------------------------------------------------------------------
# The pages
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def today_is(set_today: Any) -> date:
    day: date = set_today(TODAY)
    return day


def test_the_programs_page_shows_each_program_as_a_card_with_its_letters_and_checks(
    owner_client: Client, season: dict[str, Program], today_is: date
) -> None:
    page = owner_client.get(reverse("programs")).content.decode()

    assert "Signalled Surgery" in page
    assert "General Surgery · Signal sent · Not applied yet" in page
    assert "Internal Medicine · No signal · Applied 30 Aug 2026" in page
    assert "Dr. Hana Sato</a> — General Surgery" in page
    assert "You signalled this program but none of its letters is from General Surgery" in page
    assert "ERAS has locked this program&#x27;s letters" in page
    assert page.count('class="tag locked"') == 1
    assert "Letters: 2 of 4" in page


def test_the_programs_page_invites_a_first_program(owner_client: Client, today_is: date) -> None:
    page = owner_client.get(reverse("programs")).content.decode()

    assert "No programs yet" in page
    assert reverse("program_new") in page


def test_adding_a_program_goes_to_its_letters(owner: User, owner_client: Client) -> None:
    form = {"name": "Riverside Pediatrics", "specialty": "Pediatrics", "state": "OR"}
    response = owner_client.post(reverse("program_new"), {**form, "signalled": "on"})

    added = Program.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("program_detail", args=[added.pk])
    assert (added.name, added.specialty, added.state, added.signalled) == (
        "Riverside Pediatrics",
        "Pediatrics",
        "OR",
        True,
    )


def test_a_program_form_that_fails_keeps_what_was_typed(owner: User, owner_client: Client) -> None:
    response = owner_client.post(
        reverse("program_new"),
        {"name": "Riverside Pediatrics", "specialty": "Astrology", "applied_on": "2026-09-01"},
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert 'value="Riverside Pediatrics"' in page
    assert 'value="2026-09-01"' in page
    assert not Program.objects.filter(owner=owner).exists()


def test_editing_a_program_saves_it(owner_client: Client, harbor: Program) -> None:
    form = {"name": "Harbor View IM", "specialty": IM, "applied_on": "2026-09-15"}
    response = owner_client.post(reverse("program_edit", args=[harbor.pk]), form)

    harbor.refresh_from_db()
    assert response.status_code == 302
    assert (harbor.name, harbor.applied_on, harbor.state) == (
        "Harbor View IM",
        date(2026, 9, 15),
        "",
    )


def test_deleting_a_program_asks_first_then_keeps_the_letters(
    owner: User, owner_client: Client, harbor: Program, writers: list[LetterRequest]
) -> None:
    assignment_set(owner=owner, program=harbor, letter_ids=[writers[0].pk], today=TODAY)
    url = reverse("program_delete", args=[harbor.pk])

    asked = owner_client.get(url)
    response = owner_client.post(url, follow=True)

    assert "Delete Harbor View Internal Medicine?" in asked.content.decode()
    assert not Program.objects.filter(pk=harbor.pk).exists()
    assert LetterRequest.objects.filter(pk=writers[0].pk).exists()
    assert "its letters stay in your list" in response.content.decode()


def test_ticking_letters_on_a_program_assigns_them(
    owner_client: Client, harbor: Program, writers: list[LetterRequest], today_is: date
) -> None:
    url = reverse("program_detail", args=[harbor.pk])

    response = owner_client.post(url, {"letters": ids(writers[:3])}, follow=True)

    assert held(harbor) == set(ids(writers[:3]))
    assert "Saved: 3 letter(s) for Harbor View Internal Medicine." in response.content.decode()


def test_ticking_five_letters_is_refused_and_keeps_the_boxes_ticked(
    owner_client: Client, harbor: Program, writers: list[LetterRequest], today_is: date
) -> None:
    url = reverse("program_detail", args=[harbor.pk])

    response = owner_client.post(url, {"letters": ids(writers[:5])})

    page = response.content.decode()
    assert response.status_code == 400
    assert "a program receives at most 4" in page
    assert page.count("checked") == 5
    assert held(harbor) == set()


def test_a_program_applied_to_shows_the_lock_and_no_save_button(
    owner: User, owner_client: Client, writers: list[LetterRequest], today_is: date
) -> None:
    applied = program(owner, "Cedar Ridge Internal Medicine", applied_on=date(2026, 8, 20))
    url = reverse("program_detail", args=[applied.pk])

    page = owner_client.get(url).content.decode()
    refused = owner_client.post(url, {"letters": [writers[0].pk]})

    assert "MyERAS has locked this program" in page
    assert "Save letters" not in page
    assert page.count("disabled") == len(writers)
    assert refused.status_code == 400
    assert held(applied) == set()


def test_a_program_not_yet_applied_to_warns_that_its_letters_will_lock(
    owner_client: Client, harbor: Program, writers: list[LetterRequest], today_is: date
) -> None:
    page = owner_client.get(reverse("program_detail", args=[harbor.pk])).content.decode()

    assert "once you apply, MyERAS locks them" in page
    assert "Dr. Farid Haddad — General (agreed)" in page


def test_bulk_assignment_says_who_took_the_letters_and_who_refused_and_why(
    owner: User, owner_client: Client, writers: list[LetterRequest], today_is: date
) -> None:
    full = program(owner, "Full Internal Medicine")
    assignment_set(owner=owner, program=full, letter_ids=ids(writers[:4]), today=TODAY)
    open_ones = [program(owner, f"Open Program {n}") for n in range(2)]
    form = {"letters": [writers[4].pk], "programs": [full.pk, *(p.pk for p in open_ones)]}

    response = owner_client.post(reverse("programs_assign"), form, follow=True)

    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("programs")
    assert "Added to 2 program(s): Open Program 0, Open Program 1." in page
    assert (
        "Not added to Full Internal Medicine. Full Internal Medicine would have 5 letters" in page
    )
    assert all(held(item) == {writers[4].pk} for item in open_ones)
    assert len(held(full)) == 4


def test_bulk_assignment_with_nothing_ticked_is_refused_and_explained(
    owner: User, owner_client: Client, harbor: Program, today_is: date
) -> None:
    response = owner_client.post(reverse("programs_assign"), {})

    page = response.content.decode()
    assert response.status_code == 400
    assert "Choose at least one letter." in page
    assert "Choose at least one program." in page


def test_an_outsider_gets_404_for_a_program(
    outsider_client: Client, harbor: Program, writers: list[LetterRequest]
) -> None:
    for name in ("program_detail", "program_edit", "program_delete"):
        url = reverse(name, args=[harbor.pk])
        assert outsider_client.get(url).status_code == 404
        assert outsider_client.post(url, {"letters": [writers[0].pk]}).status_code == 404

    assert Program.objects.filter(pk=harbor.pk).exists()
    assert held(harbor) == set()


def page_queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", ["programs", "program_detail", "programs_assign"])
def test_the_programs_pages_issue_a_fixed_number_of_queries(
    owner: User,
    owner_client: Client,
    harbor: Program,
    writers: list[LetterRequest],
    today_is: date,
    name: str,
) -> None:
    url = reverse(name, args=[harbor.pk]) if name == "program_detail" else reverse(name)
    owner_client.get(url)  # the first request after logging in also saves the session
    counts = []
    for n in range(2):
        counts.append(page_queries(owner_client, url))
        more = program(owner, f"More Program {n}")
        assignment_set(owner=owner, program=more, letter_ids=ids(writers[:3]), today=TODAY)
        assignment_set(owner=owner, program=harbor, letter_ids=ids(writers[: n + 2]), today=TODAY)
        letter(owner, f"Dr. Later Writer {n}")

    assert counts[0] == counts[1]
