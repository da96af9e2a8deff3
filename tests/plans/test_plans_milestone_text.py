"""Titles and scripts are written from the plan when read, never stored: a milestone row holds
its key, kind, window, status and note, and its text follows the profile and the rotation."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lorkit.accounts.models import User
from lorkit.core.plan import plan_rotation
from lorkit.plans.models import Milestone, Rotation
from lorkit.plans.selectors import agenda_for, timeline_for, with_plan_text
from lorkit.plans.services import milestone_set_status, profile_save, rotation_save


def fresh(rotation: Rotation, key: str) -> Milestone:
    """The milestone as a new request reads it (no object the test already holds)."""
    return Milestone.objects.get(rotation_id=rotation.pk, key=key)


def test_a_milestone_row_stores_no_title_and_no_script() -> None:
    columns = {field.name for field in Milestone._meta.get_fields()}

    assert {"title", "script"} & columns == set()
    assert {"key", "kind", "start", "end", "status", "note", "closed_on"} <= columns


def test_every_milestone_reads_the_title_and_script_its_plan_gives_its_key(
    owner: User, rotation: Rotation
) -> None:
    context = owner.profile.plan_context(rotation.attending_name)
    planned = {item.key: item for item in plan_rotation(rotation.to_core(), context)}

    stored = list(Milestone.objects.filter(rotation=rotation))

    assert {m.key for m in stored} == set(planned)
    for milestone in stored:
        assert milestone.title == planned[milestone.key].title
        assert milestone.script == planned[milestone.key].script


def test_an_observership_reads_its_own_advice_in_the_script(owner: User, add_rotation: Any) -> None:
    observership = add_rotation(owner, date(2027, 3, 1), kind="observership")

    assert any("observership" in line for line in fresh(observership, "intro").script)


def test_titles_follow_the_profile_without_a_write_to_any_milestone(
    owner: User, rotation: Rotation
) -> None:
    profile = owner.profile
    profile.specialty = "Pediatrics"

    with CaptureQueriesContext(connection) as queries:
        profile_save(profile=profile)

    assert not [q for q in queries if "plans_milestone" in q["sql"]]
    title = fresh(rotation, "intention_signal").title
    assert title == "Tell Dr. Rivera you are applying in Pediatrics"


def test_titles_follow_the_attending_when_the_rotation_changes(
    owner: User, rotation: Rotation
) -> None:
    rotation.attending_name = "Dr. Okafor"
    rotation_save(owner=owner, rotation=rotation)

    assert fresh(rotation, "last_day_thanks").title == "Thank Dr. Okafor in person"


def test_a_closed_milestone_the_plan_dropped_keeps_a_title_and_script_from_its_kind(
    owner: User, rotation: Rotation
) -> None:
    ask = rotation.milestones.get(key="ask")
    milestone_set_status(milestone=ask, status="done", note="Said yes", today=date(2027, 1, 27))
    rotation.end = date(2027, 1, 10)  # seven days: too short for an ask

    rotation_save(owner=owner, rotation=rotation)

    assert "ask" not in {item.key for item in plan_rotation(rotation.to_core())}
    kept = fresh(rotation, "ask")
    assert (kept.status, kept.note) == ("done", "Said yes")
    assert kept.title == "Ask Dr. Rivera for a strong letter, in person"
    assert kept.script[0] == "Ask in person, after a good day, and never on your last afternoon."


def test_an_open_milestone_the_plan_dropped_is_deleted(owner: User, rotation: Rotation) -> None:
    rotation.end = date(2027, 1, 10)

    rotation_save(owner=owner, rotation=rotation)

    assert not rotation.milestones.filter(key="ask").exists()


def test_a_rotation_moved_keeps_its_rows_and_moves_their_windows(
    owner: User, rotation: Rotation
) -> None:
    before = dict(rotation.milestones.values_list("key", "pk"))
    rotation.start, rotation.end = date(2027, 2, 1), date(2027, 2, 28)

    rotation_save(owner=owner, rotation=rotation)

    assert dict(rotation.milestones.values_list("key", "pk")) == before
    thanks = fresh(rotation, "last_day_thanks")
    assert (thanks.start, thanks.end) == (date(2027, 2, 28), date(2027, 2, 28))


def test_text_given_a_context_is_read_without_a_query(
    owner: User, rotation: Rotation, django_assert_num_queries: Any
) -> None:
    milestones = with_plan_text(
        Milestone.objects.filter(rotation__owner=owner).select_related("rotation"), owner.profile
    )

    with django_assert_num_queries(0):
        texts = [(m.title, m.script) for m in milestones]

    assert len(texts) == 14
    assert all(title and script for title, script in texts)


def test_a_milestone_read_alone_looks_its_context_up(rotation: Rotation) -> None:
    assert fresh(rotation, "last_day_thanks").title == "Thank Dr. Rivera in person"


@pytest.mark.parametrize("days_ahead", [0, 6])
def test_the_agenda_gives_its_milestones_their_text(
    owner: User, rotation: Rotation, days_ahead: int, django_assert_num_queries: Any
) -> None:
    agenda = agenda_for(owner=owner, today=date(2027, 1, 14), days_ahead=days_ahead)
    items = [*agenda.overdue, *agenda.due_now, *agenda.upcoming]

    with django_assert_num_queries(0):
        titles = [m.title for m in items]

    assert "Ask Dr. Rivera for five minutes of feedback" in titles


def test_the_timeline_leaves_out_a_rotation_added_after_its_rotations_were_read(
    owner: User, rotation: Rotation, add_rotation: Any
) -> None:
    read_before = [rotation]
    add_rotation(owner, date(2027, 3, 1))

    drawn = timeline_for(
        owner=owner, profile=owner.profile, today=date(2027, 1, 14), rotations=read_before
    )

    assert [bar.label for bar in drawn.bars] == [rotation.label]
    assert len(drawn.dots) == 14
    assert "Thank Dr. Rivera in person" in {dot.title for dot in drawn.dots}
