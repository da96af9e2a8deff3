"""The export document: dump then parse is the identity; bad documents are refused whole."""

import json
import re
from dataclasses import fields
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import journal as core_journal
from lorkit.core.defaults import IMPORT_PROBLEMS_SHOWN, JOURNAL_IMPORT_MAX_ENTRIES
from lorkit.core.export_format import (
    EXAMPLE_ID,
    MILESTONE_LABELS,
    PROFILE_LABELS,
    ROTATION_LABELS,
    VERSION,
    ExportError,
    MilestoneRecord,
    ProfileRecord,
    Workspace,
    dump_export,
    journal_from_export,
    load_export_json,
    parse_export,
    predates_journal,
    problems_shown,
    unplanned_rotations,
)
from lorkit.core.export_journal import (
    JOURNAL_SECTIONS,
    CheckInRecord,
    ComplimentRecord,
    FeedbackRecord,
    JournalRecords,
    PersonRecord,
    RedFlagRecord,
    StoryRecord,
    TalkRecord,
    journal_date_problems,
    journal_size_problems,
)
from lorkit.core.plan import plan_rotation
from lorkit.core.readiness import rank_writers
from lorkit.core.rotation import Rotation
from lorkit.core.season import SEASON_KEYS, SEASON_LABELS
from lorkit.core.text import text_problem
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    KEY_CHARACTERISTIC_LABELS,
    LETTER_QUALITY_LABELS,
    RED_FLAG_LABELS,
    ROLE_LABELS,
    US_STATES,
    BoardCertification,
    KeyCharacteristic,
    MilestoneKind,
    MilestoneStatus,
    PersonRole,
    ReadinessStatus,
    RotationKind,
    Setting,
)

MERCY_ID = "6f1c0a52-3d4b-4e8f-9a51-2b7c1d9e0f34"
LUKE_ID = "0b9e7d3a-5c21-4f6e-8d47-a1c2e3f4b5d6"
MISSING_ID = "e2a4c6d8-1b3f-4a5c-9e7d-0f2b4d6a8c0e"


def rotation_doc(rotation_id: str = MERCY_ID, **changes) -> dict:
    return {
        "id": rotation_id,
        "site": "Mercy Hospital",
        "start": "2027-01-04",
        "end": "2027-01-31",
        "kind": "hands-on",
        "setting": "inpatient",
        **changes,
    }


def milestone_doc(rotation_id: str = MERCY_ID, **changes) -> dict:
    return {
        "rotation": rotation_id,
        "key": "ask",
        "kind": "ask",
        "title": "Ask for a strong letter",
        "start": "2027-01-26",
        "end": "2027-01-28",
        "status": "open",
        **changes,
    }


def document(**sections) -> dict:
    return {
        "format": "lorkit-export",
        "version": 1,
        "profile": {},
        "rotations": [rotation_doc()],
        "milestones": [milestone_doc()],
        **sections,
    }


def problems_of(doc) -> list[str]:
    with pytest.raises(ExportError) as caught:
        parse_export(doc)
    assert str(caught.value) == "; ".join(caught.value.problems)
    return caught.value.problems


# A worked example

WORKSPACE = Workspace(
    profile=ProfileRecord(
        eras_name="Amara Okafor",
        specialty="Internal Medicine",
        season=2028,
        submission_target=date(2027, 9, 1),
        time_zone="America/Chicago",
        strengths=("clinical_reasoning", "work_ethic"),
        season_overrides=(("submit_opens", date(2027, 9, 8)), ("match_day", date(2028, 3, 17))),
    ),
    rotations=(
        Rotation(
            id=MERCY_ID,
            site="Mercy Hospital",
            start=date(2027, 1, 4),
            end=date(2027, 1, 31),
            city="Chicago",
            state="IL",
            specialty="Internal Medicine",
            kind=RotationKind.OBSERVERSHIP,
            setting=Setting.MIXED,
            attending_name="Dr. Lee",
            attending_email="lee@example.org",
        ),
    ),
    milestones=(
        MilestoneRecord(
            rotation=MERCY_ID,
            key="feedback_followup:first_feedback",
            kind="feedback_followup",
            title="Show Dr. Lee what changed since the first feedback",
            start=date(2027, 1, 15),
            end=date(2027, 1, 18),
            script=("Bring one example.", "Log it."),
            status="done",
            note="Presented more concisely.",
            closed_on=date(2027, 1, 17),
        ),
    ),
)


def test_the_export_is_an_envelope_with_iso_dates_and_overrides_as_an_object():
    doc = dump_export(WORKSPACE)
    assert doc["format"] == "lorkit-export"
    assert doc["version"] == 2
    assert doc["profile"]["season_overrides"] == {
        "submit_opens": "2027-09-08",
        "match_day": "2028-03-17",
    }
    assert doc["profile"]["strengths"] == ["clinical_reasoning", "work_ethic"]
    assert doc["rotations"][0]["start"] == "2027-01-04"
    assert doc["milestones"][0]["closed_on"] == "2027-01-17"
    assert doc["milestones"][0]["script"] == ["Bring one example.", "Log it."]


def test_the_worked_example_survives_export_and_import():
    assert parse_export(json.loads(json.dumps(dump_export(WORKSPACE)))) == WORKSPACE


def test_an_empty_workspace_survives_export_and_import():
    assert parse_export(dump_export(Workspace())) == Workspace()


def test_season_overrides_come_back_in_calendar_order_whatever_their_order_in_the_file():
    doc = document(
        profile={"season_overrides": {"match_day": "2028-03-17", "myeras_opens": "2027-06-09"}}
    )
    assert parse_export(doc).profile.season_overrides == (
        ("myeras_opens", date(2027, 6, 9)),
        ("match_day", date(2028, 3, 17)),
    )


def test_a_missing_time_zone_falls_back_to_new_york():
    assert parse_export(document()).profile.time_zone == "America/New_York"


@pytest.mark.parametrize("section", ["journal"])
def test_an_empty_reserved_section_is_accepted(section):
    assert parse_export(document(**{section: []})).rotations[0].id == MERCY_ID


# Refusals of the envelope


@pytest.mark.parametrize(
    "doc",
    [
        {"format": "lorkit-backup", "version": 1},
        {"version": 1},
        ["lorkit-export", 1],
        "lorkit-export",
    ],
)
def test_a_document_that_is_not_a_lorkit_export_is_refused(doc):
    assert problems_of(doc) == [
        'This file is not a lorkit export: it does not say "format": "lorkit-export".'
    ]


def test_an_export_from_a_newer_lorkit_is_refused_with_an_upgrade_hint():
    [problem] = problems_of(document(version=3))
    assert "format version 3, written by a newer lorkit; this lorkit reads version 2" in problem
    assert "Upgrade lorkit to import it." in problem


@pytest.mark.parametrize("version", ["1", 1.0, True, None])
def test_the_version_must_be_a_whole_number(version):
    assert problems_of(document(version=version)) == [
        'This file\'s "version" must be a whole number, such as 1.'
    ]


def test_version_zero_is_unknown():
    assert problems_of(document(version=0)) == [
        'This file\'s "version" is 0; lorkit exports start at version 1.'
    ]


def test_an_unknown_top_level_section_is_refused():
    assert problems_of(document(journals=[], settings={})) == [
        'This file has sections lorkit does not know: "journals", "settings".'
    ]
    assert problems_of(document(journals=[])) == [
        'This file has a section lorkit does not know: "journals".'
    ]


def test_a_non_empty_reserved_section_needs_a_newer_lorkit():
    assert problems_of(document(journal=[{"writer": "Dr. Lee"}])) == [
        'The "journal" section needs a newer lorkit.'
    ]


# Refusals of the content, each with its path


def test_a_rotation_ending_before_it_starts_is_refused_at_its_end_date():
    doc = document(rotations=[rotation_doc(start="2027-01-31", end="2027-01-04")])
    assert problems_of(doc) == [
        "Rotation 1, End: The end date (2027-01-04) is before the start date (2027-01-31)."
    ]


@pytest.mark.parametrize("bad", ["2027-02-30", "04/01/2027", "2027-1-4", "", 20270104])
def test_a_date_not_written_yyyy_mm_dd_is_refused(bad):
    doc = document(rotations=[rotation_doc(start=bad)])
    shown = f'"{bad}"' if isinstance(bad, str) else str(bad)
    assert f"Rotation 1, Start: {shown} is not a date written YYYY-MM-DD." in problems_of(doc)


def test_a_milestone_pointing_at_a_missing_rotation_is_refused():
    doc = document(milestones=[milestone_doc(MISSING_ID)])
    assert problems_of(doc) == [
        f'Milestone 1, Rotation: no rotation in this file has the id "{MISSING_ID}".'
    ]


def test_a_duplicate_rotation_id_is_refused_at_the_second_one():
    doc = document(rotations=[rotation_doc(), rotation_doc(site="Elsewhere")])
    assert problems_of(doc) == [
        "Rotation 2, Id: rotation 1 has the same id; each rotation needs its own."
    ]


def test_a_milestone_key_may_repeat_across_rotations_but_not_within_one():
    across = document(
        rotations=[rotation_doc(), rotation_doc(LUKE_ID)],
        milestones=[milestone_doc(), milestone_doc(LUKE_ID)],
    )
    assert len(parse_export(across).milestones) == 2
    within = document(milestones=[milestone_doc(), milestone_doc(title="Again")])
    assert problems_of(within) == [
        'Milestone 2, Key: milestone 1 of the same rotation has the key "ask" too.'
    ]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"id": "rotation-1"}, 'Rotation 1, Id: "rotation-1" is not an id written like '),
        ({"site": ""}, "Rotation 1, Site: this is required."),
        ({"kind": "clerkship"}, 'Rotation 1, Kind: "clerkship" is not one of: '),
        ({"setting": None}, "Rotation 1, Setting: this is required."),
        ({"state": "ILL"}, "Rotation 1, State: this is 3 characters long; it can hold at most 2."),
        ({"specialty": "Cardiology"}, 'Rotation 1, Specialty: "Cardiology" is not one of: '),
        ({"city": 60601}, "Rotation 1, City: this must be text, not a number."),
        ({"city": False}, "Rotation 1, City: this must be text, not true or false."),
        ({"attending_name": ["Dr. Lee"]}, "Rotation 1, Main attending: this must be text, not a"),
    ],
)
def test_a_rotation_with_an_invalid_field_is_refused_at_that_field(changes, problem):
    [found] = problems_of(document(rotations=[rotation_doc(**changes)], milestones=[]))
    assert found.startswith(problem)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"status": "finished"}, 'Milestone 1, Status: "finished" is not one of: done, open'),
        ({"kind": "lunch"}, 'Milestone 1, Kind: "lunch" is not one of: '),
        ({"script": ["ok", 3]}, "Milestone 1, Script: this must be a list of lines of text."),
        (
            {"end": "2027-01-25"},
            "Milestone 1, End: The end date (2027-01-25) is before the start date (2027-01-26).",
        ),
        ({"title": ""}, "Milestone 1, Title: this is required."),
        ({"closed_on": "yesterday"}, 'Milestone 1, Closed on: "yesterday" is not a date'),
    ],
)
def test_a_milestone_with_an_invalid_field_is_refused_at_that_field(changes, problem):
    [found] = problems_of(document(milestones=[milestone_doc(**changes)]))
    assert found.startswith(problem)


@pytest.mark.parametrize(
    ("profile", "problem"),
    [
        ({"season": 1999}, "Your profile, Season (ERAS year): 1999 is not a season year such as"),
        ({"season": "2028"}, 'Your profile, Season (ERAS year): "2028" is not a season year'),
        ({"season": True}, "Your profile, Season (ERAS year): true is not a season year"),
        (
            {"strengths": ["charm"]},
            "Your profile, Strengths: this must list qualities among: work_ethic",
        ),
        (
            {"season_overrides": {"interviews": "2027-10-01"}},
            'Your profile, Season dates: "interviews" is not one of: myeras_opens,',
        ),
        (
            {"season_overrides": {"match_day": "17 March"}},
            'Your profile, Match Day: "17 March" is not a date',
        ),
        (
            {"season_overrides": ["match_day"]},
            "Your profile, Season dates: this must be an object {…}, not a list.",
        ),
        ({"specialty": "Cardiology"}, 'Your profile, Target specialty: "Cardiology" is not one of'),
        ({"submission_target": "soon"}, 'Your profile, Your submission target: "soon" is not a'),
        ({"time_zone": "Mars/Olympus"}, 'Your profile, Time zone: "Mars/Olympus" is not a time'),
    ],
)
def test_a_profile_with_an_invalid_field_is_refused_at_that_field(profile, problem):
    [found] = problems_of(document(profile=profile))
    assert found.startswith(problem)


def test_a_missing_profile_is_refused():
    doc = document()
    del doc["profile"]
    assert problems_of(doc) == ["Your profile: this section is missing."]


@pytest.mark.parametrize(
    ("sections", "problem"),
    [
        ({"rotations": {}}, "Rotations: this section must be a list, not an object."),
        (
            {"rotations": ["Mercy"], "milestones": []},
            "Rotation 1: this must be an object {…}, not text.",
        ),
        ({"profile": []}, "Your profile: this section must be an object {…}, not a list."),
    ],
)
def test_sections_of_the_wrong_shape_are_refused(sections, problem):
    assert problem in problems_of(document(**sections))


def test_every_problem_is_reported_together_in_one_error():
    doc = document(
        profile={"season": 3000},
        rotations=[
            rotation_doc(start="2027-01-31", end="2027-01-04"),
            rotation_doc(LUKE_ID, start="2027-13-01"),
        ],
        milestones=[milestone_doc(MISSING_ID, status="finished")],
    )
    assert problems_of(doc) == [
        "Your profile, Season (ERAS year): 3000 is not a season year such as 2028.",
        "Rotation 1, End: The end date (2027-01-04) is before the start date (2027-01-31).",
        'Rotation 2, Start: "2027-13-01" is not a date written YYYY-MM-DD.',
        'Milestone 1, Status: "finished" is not one of: done, open, skipped.',
        f'Milestone 1, Rotation: no rotation in this file has the id "{MISSING_ID}".',
    ]


# Regressions: problems are reported at their own position, and odd values never crash.


def test_a_duplicate_id_after_an_unreadable_rotation_is_reported_at_its_own_index():
    doc = document(
        rotations=[
            rotation_doc(LUKE_ID, start="not a date"),
            rotation_doc(),
            rotation_doc(site="Elsewhere"),
        ],
        milestones=[],
    )
    assert (
        "Rotation 3, Id: rotation 2 has the same id; each rotation needs its own."
        in problems_of(doc)
    )


def test_a_duplicate_milestone_key_after_an_unreadable_milestone_is_reported_at_its_own_index():
    doc = document(
        milestones=[milestone_doc(start="not a date"), milestone_doc(), milestone_doc()],
    )
    assert (
        'Milestone 3, Key: milestone 1 of the same rotation has the key "ask" too.'
        in problems_of(doc)
    )


@pytest.mark.parametrize("strength", [["work_ethic"], {"code": "work_ethic"}])
def test_a_strength_that_is_not_text_is_refused_not_crashed_on(strength):
    [problem] = problems_of(document(profile={"strengths": [strength]}))
    assert problem.startswith("Your profile, Strengths: this must list qualities among")


def test_an_iso_week_date_is_refused_as_not_yyyy_mm_dd():
    doc = document(rotations=[rotation_doc(start="2027-W01-1")])
    assert 'Rotation 1, Start: "2027-W01-1" is not a date written YYYY-MM-DD.' in problems_of(doc)


# Property: export then import is the identity

FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)


def days(min_value: date = FIRST_DAY) -> st.SearchStrategy[date]:
    """Dates lorkit accepts (2000–2100); anything else is refused as a typo."""
    return st.dates(min_value=min_value, max_value=LAST_DAY)


optional_dates = st.none() | days()


def text(max_size: int, min_size: int = 0):
    # Import refuses what text_problem refuses (NUL, control characters, lone surrogates).
    storable = st.characters().filter(lambda character: text_problem(character) is None)
    return st.text(storable, min_size=min_size, max_size=max_size)


emails = st.sampled_from(["", "lee@example.org", "dr.vega@hospital.example"])


@st.composite
def profiles(draw) -> ProfileRecord:
    override_keys = draw(st.lists(st.sampled_from(SEASON_KEYS), unique=True))
    return ProfileRecord(
        eras_name=draw(text(150)),
        specialty=draw(st.sampled_from((*ERAS_SPECIALTIES, ""))),
        season=draw(st.none() | st.integers(min_value=2000, max_value=2100)),
        submission_target=draw(optional_dates),
        time_zone=draw(st.sampled_from(["America/New_York", "America/Chicago", "Asia/Kolkata"])),
        strengths=tuple(draw(st.lists(st.sampled_from(list(LETTER_QUALITY_LABELS)), unique=True))),
        season_overrides=tuple((key, draw(days())) for key in SEASON_KEYS if key in override_keys),
    )


@st.composite
def rotation_records(draw, rotation_id: str) -> Rotation:
    start = draw(days())
    return Rotation(
        id=rotation_id,
        site=draw(text(200, min_size=1)),
        start=start,
        end=draw(days(min_value=start)),
        city=draw(text(100)),
        state=draw(st.sampled_from((*US_STATES, ""))),
        specialty=draw(st.sampled_from((*ERAS_SPECIALTIES, ""))),
        kind=draw(st.sampled_from(list(RotationKind))),
        setting=draw(st.sampled_from(list(Setting))),
        attending_name=draw(text(150)),
        attending_email=draw(emails),
    )


@st.composite
def milestone_records(draw, rotation_id: str, key: str) -> MilestoneRecord:
    start = draw(days())
    return MilestoneRecord(
        rotation=rotation_id,
        key=key,
        kind=draw(st.sampled_from([k.value for k in MilestoneKind])),
        title=draw(text(200, min_size=1)),
        start=start,
        end=draw(days(min_value=start)),
        script=tuple(draw(st.lists(text(120), max_size=4))),
        status=draw(st.sampled_from([s.value for s in MilestoneStatus])),
        note=draw(text(2000)),
        closed_on=draw(optional_dates),
    )


@st.composite
def workspaces(draw) -> Workspace:
    ids = draw(st.lists(st.uuids(version=4).map(str), unique=True, max_size=4))
    rotations = tuple(draw(rotation_records(rotation_id)) for rotation_id in ids)
    pairs = (
        draw(
            st.lists(st.tuples(st.sampled_from(ids), text(64, min_size=1)), unique=True, max_size=8)
        )
        if ids
        else []
    )
    milestones = tuple(draw(milestone_records(rotation_id, key)) for rotation_id, key in pairs)
    return Workspace(draw(profiles()), rotations, milestones)


@given(workspaces())
def test_export_then_import_is_the_identity(workspace):
    assert parse_export(json.loads(json.dumps(dump_export(workspace)))) == workspace


# Values the web forms refuse are refused on import too.


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"site": "Mercy\x00"},
            "Rotation 1, Site: this text contains a NUL character (U+0000) at position 6.",
        ),
        ({"state": "ZZ"}, 'Rotation 1, State: "ZZ" is not one of: '),
        (
            {"attending_email": "not an email"},
            'Rotation 1, Attending\'s email: "not an email" is not an email address.',
        ),
        ({"start": "1999-12-31"}, "Rotation 1, Start: 1999-12-31 is outside the years"),
        ({"end": "9999-12-31"}, "Rotation 1, End: 9999-12-31 is outside the years"),
    ],
)
def test_values_the_forms_refuse_are_refused_on_import(changes, problem):
    [found] = problems_of(document(rotations=[rotation_doc(**changes)], milestones=[]))
    assert found.startswith(problem)


def test_one_uuid_written_in_two_cases_is_one_id():
    doc = document(
        rotations=[rotation_doc(MERCY_ID), rotation_doc(MERCY_ID.upper(), site="Elsewhere")],
        milestones=[milestone_doc(MERCY_ID.upper())],
    )
    assert problems_of(doc) == [
        "Rotation 2, Id: rotation 1 has the same id; each rotation needs its own."
    ]


def test_ids_are_stored_in_canonical_form():
    doc = document(rotations=[rotation_doc(MERCY_ID.upper())], milestones=[milestone_doc()])
    workspace = parse_export(doc)
    assert workspace.rotations[0].id == MERCY_ID
    assert workspace.milestones[0].rotation == MERCY_ID


# Hostile documents: every text passes the one storable-text rule, and reading never crashes.

SURROGATE = "\ud800"


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        (
            document(rotations=[rotation_doc(site=f"Mercy {SURROGATE}")], milestones=[]),
            "Rotation 1, Site: this text contains a lone surrogate (U+D800) at position 7, "
            "which is not valid UTF-8.",
        ),
        (
            document(rotations=[rotation_doc(attending_name="Dr. \x1b[31mLee")], milestones=[]),
            "Rotation 1, Main attending: this text contains a control character (U+001B) "
            "at position 5.",
        ),
        (
            document(milestones=[milestone_doc(script=["Say hello.", f"Then {SURROGATE}"])]),
            "Milestone 1, Script line 2: this text contains a lone surrogate (U+D800) "
            "at position 6, which is not valid UTF-8.",
        ),
        (
            document(milestones=[milestone_doc(script=["Bring\x00 coffee"])]),
            "Milestone 1, Script line 1: this text contains a NUL character (U+0000) "
            "at position 6.",
        ),
        (
            document(milestones=[milestone_doc(note="Done\x00")]),
            "Milestone 1, Note: this text contains a NUL character (U+0000) at position 5.",
        ),
        (
            document(milestones=[milestone_doc(title="Ask\x85")]),
            "Milestone 1, Title: this text contains a control character (U+0085) at position 4.",
        ),
        (
            document(profile={"eras_name": f"Amara{SURROGATE}"}),
            "Your profile, Name as on ERAS: this text contains a lone surrogate (U+D800) "
            "at position 6, which is not valid UTF-8.",
        ),
        (
            document(profile={"time_zone": "America/\x00Chicago"}),
            "Your profile, Time zone: this text contains a NUL character (U+0000) at position 9.",
        ),
    ],
)
def test_text_that_cannot_be_stored_is_refused_at_its_field(doc, problem):
    assert problems_of(doc) == [problem]


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        (
            document(profile={"season_overrides": {f"match{SURROGATE}": "2028-03-17"}}),
            "Your profile, Season dates: the name of field 1 contains a lone surrogate (U+D800) "
            "at position 6, which is not valid UTF-8.",
        ),
        (
            document(profile={"eras_name": "Amara", "\x00": 1}),
            "Your profile: the name of field 2 contains a NUL character (U+0000) at position 1.",
        ),
        (
            document(rotations=[rotation_doc(**{"note\x1b": "x"})], milestones=[]),
            "Rotation 1: the name of field 7 contains a control character (U+001B) at position 5.",
        ),
        (
            {**document(), SURROGATE: []},
            "This file: the name of field 6 contains a lone surrogate (U+D800) at position 1, "
            "which is not valid UTF-8.",
        ),
    ],
)
def test_a_key_that_cannot_be_stored_is_refused_by_its_position_never_shown(doc, problem):
    assert problems_of(doc) == [problem]


def test_a_huge_value_is_quoted_cut_short_in_its_problem():
    rotation = rotation_doc(start="9" * 2_000_000, kind="k" * 2_000_000)
    problems = problems_of(document(rotations=[rotation], milestones=[]))
    assert problems == [
        f'Rotation 1, Start: "{"9" * 59}…" is not a date written YYYY-MM-DD.',
        f'Rotation 1, Kind: "{"k" * 59}…" is not one of: hands-on, observership, research.',
    ]


def test_a_two_megabyte_site_is_refused_as_too_long():
    doc = document(rotations=[rotation_doc(site="M" * 2_000_000)], milestones=[])
    assert problems_of(doc) == [
        "Rotation 1, Site: this is 2,000,000 characters long; it can hold at most 200."
    ]


def test_a_list_where_a_date_belongs_is_named_by_its_kind_however_deep_it_nests():
    nested: list = []
    for _ in range(50_000):
        nested = [nested]
    doc = document(rotations=[rotation_doc(end=nested)], profile={"season": {"year": 2028}})
    assert problems_of(doc) == [
        "Your profile, Season (ERAS year): an object is not a season year such as 2028.",
        "Rotation 1, End: a list is not a date written YYYY-MM-DD.",
    ]


def test_a_season_too_long_to_write_is_refused_without_writing_it():
    [problem] = problems_of(document(profile={"season": 10**5000}))
    assert problem == (
        "Your profile, Season (ERAS year): a number too long to show is not a season year "
        "such as 2028."
    )


def test_an_over_long_time_zone_is_refused_without_looking_it_up():
    # Looking up a 300-character zone raises OSError (file name too long), not a refusal.
    doc = document(profile={"time_zone": "A" * 300})
    assert problems_of(doc) == [
        "Your profile, Time zone: this is 300 characters long; it can hold at most 64."
    ]


def test_an_over_long_id_is_refused_once():
    doc = document(rotations=[rotation_doc("x" * 100_000)], milestones=[])
    assert problems_of(doc) == [
        "Rotation 1, Id: this is 100,000 characters long; it can hold at most 36."
    ]


# Reading the file: load_export_json refuses what json.loads would crash on or let through.


def load_problem(raw: bytes | str) -> str:
    with pytest.raises(ExportError) as caught:
        load_export_json(raw)
    [problem] = caught.value.problems
    return problem


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "it is empty"),
        (" \n\t", "it is empty"),
        (b"[" * 100_000 + b"]" * 100_000, "its lists and objects nest too deeply to read"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "its lists and objects nest too deeply to read"),
        (b'{"season": ' + b"9" * 5000 + b"}", "it holds a number 5,000 digits long"),
        (b'{"season": -' + b"1" * 21 + b"}", "it holds a number 22 digits long"),
        (b'{"season": NaN}', "it holds NaN, which JSON does not allow"),
        (b"[Infinity]", "it holds Infinity, which JSON does not allow"),
        (b"[-Infinity]", "it holds -Infinity, which JSON does not allow"),
        (b"[1e400]", "it holds the number 1e400, too large to read"),
        (b'{"site": "S\xe3o Paulo"}', "it is not UTF-8 text (byte 12 cannot be read as UTF-8)"),
        (b'["\xed\xa0\x80"]', "it is not UTF-8 text (byte 3 cannot be read as UTF-8)"),
        ('["\udcff"]', "it is not UTF-8 text (character 3 is U+DCFF)"),
        (b'{"format": ', "it stops part-way, as if cut short (line 1, column 12)"),
        (b'{"format": "lorkit-export",\n  "version": 1,\n', "it stops part-way, as if cut short"),
        (b'["a\x00"]', "it is not valid JSON (line 1, column 4)"),
        (b'{\n  "version": 1\n  "profile": {}\n}', "it is not valid JSON (line 3, column 3)"),
        (b'{"a": 1} {"b": 2}', "it is not valid JSON (line 1, column 10)"),
    ],
)
def test_a_file_json_cannot_safely_read_is_refused_in_plain_words(raw, reason):
    problem = load_problem(raw)
    assert problem.startswith(f"This file is not a lorkit export: {reason}")
    assert problem.endswith(").") or problem.endswith(f"{reason}.")
    # No words of Python's decoders: they are for programmers.
    for jargon in ("Expecting", "char ", "codec", "delimiter", "invalid continuation"):
        assert jargon not in problem


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (b'{"format": "lorkit-export", "version": 1}', {"format": "lorkit-export", "version": 1}),
        ('\ufeff{"a": [1.5, -3, null, true]}'.encode(), {"a": [1.5, -3, None, True]}),
        ('{"site": "São Paulo 😀"}', {"site": "São Paulo 😀"}),
        (b'{"n": ' + b"9" * 20 + b"}", {"n": 10**20 - 1}),
        # Escapes are valid JSON; parse_export refuses them where it reads them.
        (b'["\\u0000", "\\ud800"]', ["\x00", SURROGATE]),
    ],
)
def test_a_readable_file_gives_its_json_values(raw, value):
    assert load_export_json(raw) == value


def test_an_escaped_surrogate_in_a_script_line_is_read_then_refused():
    raw = json.dumps(document(milestones=[milestone_doc(script=["Hello \\ud800"])]))
    doc = load_export_json(raw.replace("\\\\ud800", "\\ud800"))
    assert problems_of(doc) == [
        "Milestone 1, Script line 1: this text contains a lone surrogate (U+D800) "
        "at position 7, which is not valid UTF-8."
    ]


@given(workspaces())
def test_an_export_written_as_bytes_loads_and_parses_back_to_itself(workspace):
    raw = json.dumps(dump_export(workspace), ensure_ascii=False).encode("utf-8")
    assert parse_export(load_export_json(raw)) == workspace


# Problems are read by applicants: places counted from 1 with the forms' labels, each problem
# once, and at most IMPORT_PROBLEMS_SHOWN of them with a count of the rest.

BRACKETED_PATH = re.compile(r"\w\[\d+\]|\b(rotations|milestones|profile)\.\w")


def test_no_problem_names_its_place_the_way_a_program_would():
    doc = document(
        profile={"season": "soon", "time_zone": 3, "season_overrides": {"match_day": "x"}},
        rotations=[
            rotation_doc(),
            rotation_doc(LUKE_ID, start="2027-02-30", kind="vacation", attending_email="x"),
            "Mercy",
        ],
        milestones=[milestone_doc(), milestone_doc(MISSING_ID, script=["a", 1]), milestone_doc()],
    )
    problems = problems_of(doc)
    assert len(problems) >= 8
    assert [p for p in problems if BRACKETED_PATH.search(p)] == []
    assert all(p.endswith(".") for p in problems)
    assert 'Rotation 2, Kind: "vacation" is not one of: hands-on, observership, research.' in (
        problems
    )
    assert "Rotation 3: this must be an object {…}, not text." in problems


@pytest.mark.parametrize(
    ("record", "labels"),
    [
        (Rotation, ROTATION_LABELS),
        (ProfileRecord, PROFILE_LABELS),
        (MilestoneRecord, MILESTONE_LABELS),
    ],
)
def test_every_field_an_import_reads_has_a_label(record, labels):
    assert [f.name for f in fields(record) if f.name not in labels] == []


def test_the_season_dates_are_labelled_as_the_season_calendar_names_them():
    assert all(PROFILE_LABELS[key] == SEASON_LABELS[key] for key in SEASON_KEYS)


def test_a_problem_found_twice_is_stated_once():
    assert ExportError(["Rotation 1, Site: this is required.", "b", "b"]).problems == [
        "Rotation 1, Site: this is required.",
        "b",
    ]
    assert problems_shown(["a", "b", "a", "c", "b"]) == ["a", "b", "c"]


def test_a_file_with_hundreds_of_problems_lists_fifty_and_counts_the_rest():
    doc = document(
        rotations=[
            rotation_doc(f"{n:08x}-0000-4000-8000-000000000000", site="") for n in range(300)
        ],
        milestones=[],
    )

    shown = problems_shown(problems_of(doc))

    assert IMPORT_PROBLEMS_SHOWN == 50
    assert len(shown) == 51
    assert shown[0] == "Rotation 1, Site: this is required."
    assert shown[49] == "Rotation 50, Site: this is required."
    assert shown[50] == "…and 250 more problems."


@pytest.mark.parametrize(
    ("count", "last"), [(50, "Rotation 50, Site: this is required."), (51, "…and 1 more problem.")]
)
def test_the_count_of_the_rest_appears_only_past_fifty(count, last):
    problems = [f"Rotation {n}, Site: this is required." for n in range(1, count + 1)]
    assert problems_shown(problems)[-1] == last


@given(st.lists(st.sampled_from("abcdefghij"), max_size=40), st.integers(min_value=1, max_value=12))
def test_the_problems_shown_are_the_first_distinct_ones_then_a_count(problems, most):
    distinct = list(dict.fromkeys(problems))
    shown = problems_shown(problems, most)
    assert shown[:most] == distinct[:most]
    if len(distinct) > most:
        rest = len(distinct) - most
        assert shown[most:] == [f"…and {rest} more {'problem' if rest == 1 else 'problems'}."]
    else:
        assert shown == distinct


# Rotations that come without milestones (written by hand or by another tool) are planned
# on import; unplanned_rotations finds them.


def test_a_rotation_no_milestone_belongs_to_is_unplanned():
    doc = document(rotations=[rotation_doc(), rotation_doc(LUKE_ID)])
    assert [r.id for r in unplanned_rotations(parse_export(doc))] == [LUKE_ID]


def test_a_document_without_a_milestones_section_has_every_rotation_unplanned():
    doc = document(rotations=[rotation_doc(), rotation_doc(LUKE_ID)])
    del doc["milestones"]
    assert [r.id for r in unplanned_rotations(parse_export(doc))] == [MERCY_ID, LUKE_ID]


@given(days(), st.integers(min_value=0, max_value=400))
def test_every_plan_has_milestones_so_lorkits_own_exports_have_no_unplanned_rotation(start, length):
    # Were a plan ever empty, exporting then importing its rotation would plan it afresh.
    end = start + timedelta(days=length)
    if end > LAST_DAY:
        return
    rotation = Rotation(id=MERCY_ID, site="Mercy", start=start, end=end)
    milestones = tuple(
        MilestoneRecord(MERCY_ID, item.key, item.kind.value, item.title, item.start, item.end)
        for item in plan_rotation(rotation)
    )
    assert unplanned_rotations(Workspace(rotations=(rotation,), milestones=milestones)) == ()


# Version 2: the journal's sections. Their keys are a stable interface (issue 8): keys may be
# added, never renamed.

LEE_ID = "5d3c2b1a-0f9e-4d8c-8b7a-6e5f4d3c2b1a"
OKAFOR_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"

JOURNAL = JournalRecords(
    people=(
        PersonRecord(
            id=LEE_ID,
            name="Dr. Lee",
            role="core_faculty",
            specialty="Internal Medicine",
            setting="inpatient",
            board_certified="yes",
            email="lee@example.org",
            rotation_ids=(MERCY_ID,),
            first_contact=date(2027, 1, 4),
            last_contact=date(2027, 1, 31),
            seen_with_patients=True,
            notes="Runs the teaching service.",
        ),
        PersonRecord(id=OKAFOR_ID, name="Dr. Okafor", role="resident"),
    ),
    checkins=(
        CheckInRecord(
            id="1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b",
            date=date(2027, 1, 5),
            rotation_id=MERCY_ID,
            responsibility=True,
            reasoning=False,
            communication=True,
            learned=True,
            note="Presented two admissions.",
        ),
    ),
    stories=(
        StoryRecord(
            id="2c3d4e5f-6071-4829-9bac-1d2e3f4a5b6c",
            date=date(2027, 1, 12),
            text="Caught a Wilson's disease work-up gap and fixed it before rounds.",
            person_ids=(LEE_ID, OKAFOR_ID),
            characteristics=("critical_thinking_problem_solving",),
            qualities=("clinical_reasoning",),
            rotation_id=MERCY_ID,
            allowed=("Wilson",),
        ),
    ),
    feedback=(
        FeedbackRecord(
            id="3d4e5f60-7182-4930-acbd-2e3f4a5b6c7d",
            person_id=LEE_ID,
            date=date(2027, 1, 8),
            point="Lead with the assessment.",
            planned_change="One line of assessment first.",
            followup_date=date(2027, 1, 15),
            outcome="Much clearer.",
            characteristics=("self_reflection_improvement",),
        ),
    ),
    compliments=(
        ComplimentRecord(
            id="4e5f6071-8293-4a41-bdce-3f4a5b6c7d8e",
            person_id=LEE_ID,
            date=date(2027, 1, 20),
            text="My notes are the ones she trusts.",
            qualities=("reliability",),
        ),
    ),
    talks=(
        TalkRecord(
            id="5f607182-93a4-4b52-8edf-4a5b6c7d8e9f",
            date=date(2027, 1, 28),
            title="Hyponatraemia in ten minutes",
            person_ids=(LEE_ID,),
        ),
    ),
    red_flags=(
        RedFlagRecord(
            id="60718293-a4b5-4c63-9f01-5b6c7d8e9fa0",
            kind="no_questions",
            date=date(2027, 1, 9),
            person_id=OKAFOR_ID,
            note="Quiet on rounds this week.",
            resolved=True,
        ),
    ),
)
JOURNAL_WORKSPACE = Workspace(
    WORKSPACE.profile, WORKSPACE.rotations, WORKSPACE.milestones, (), JOURNAL
)

# The keys issue 8 names for each section: a stable interface.
STABLE_KEYS = {
    "people": {
        "id", "name", "role", "specialty", "setting", "board_certified", "email",
        "rotation_ids", "first_contact", "last_contact", "seen_with_patients",
    },
    "checkins": {
        "date", "rotation_id", "responsibility", "reasoning", "communication", "learned", "note",
    },
    "stories": {"id", "date", "text", "person_ids", "characteristics", "qualities"},
    "feedback": {
        "id", "person_id", "date", "point", "planned_change", "followup_date", "outcome",
    },
    "compliments": {"person_id", "date", "text"},
    "talks": {"date", "title", "person_ids"},
}  # fmt: skip


def journal_document(**sections) -> dict:
    """A version-2 document holding the worked journal, with `sections` replaced."""
    doc = json.loads(json.dumps(dump_export(JOURNAL_WORKSPACE)))
    return {**doc, **sections}


def test_the_export_is_version_2_with_every_journal_section():
    doc = dump_export(JOURNAL_WORKSPACE)
    assert doc["version"] == VERSION == 2
    assert list(doc)[:5] == ["format", "version", "profile", "rotations", "milestones"]
    assert list(doc)[5:] == [
        "people", "checkins", "stories", "feedback", "compliments", "talks", "red_flags",
    ]  # fmt: skip


@pytest.mark.parametrize("section", sorted(STABLE_KEYS))
def test_each_journal_object_carries_the_stable_keys_an_id_and_its_allowed_words(section):
    [first, *_] = dump_export(JOURNAL_WORKSPACE)[section]
    assert STABLE_KEYS[section] <= set(first)
    assert {"id", "allowed"} <= set(first)


def test_the_journal_is_written_as_json_values():
    doc = dump_export(JOURNAL_WORKSPACE)
    assert doc["people"][0]["rotation_ids"] == [MERCY_ID]
    assert doc["people"][0]["first_contact"] == "2027-01-04"
    assert doc["people"][1]["first_contact"] is None
    assert doc["stories"][0]["person_ids"] == [LEE_ID, OKAFOR_ID]
    assert doc["stories"][0]["allowed"] == ["Wilson"]
    assert doc["feedback"][0]["followup_date"] == "2027-01-15"
    assert doc["compliments"][0]["rotation_id"] is None
    assert doc["checkins"][0]["reasoning"] is False


def test_the_worked_journal_survives_export_and_import():
    assert parse_export(json.loads(json.dumps(dump_export(JOURNAL_WORKSPACE)))) == (
        JOURNAL_WORKSPACE
    )


def test_a_version_1_document_still_reads_with_an_empty_journal():
    doc = document()  # version 1, as lorkit wrote it before the journal
    workspace = parse_export(doc)
    assert workspace.journal == JournalRecords()
    assert predates_journal(doc)
    assert not predates_journal(journal_document())


def test_a_hand_written_person_needs_only_an_id_and_a_name():
    doc = document(people=[{"id": LEE_ID, "name": "Dr. Lee"}])
    assert parse_export(doc).journal.people == (PersonRecord(id=LEE_ID, name="Dr. Lee"),)


def test_a_missing_link_may_be_null_or_empty():
    story = {"date": "2027-01-05", "text": "Ran the huddle.", "rotation_id": "", "person_ids": []}
    feedback = {"date": "2027-01-05", "point": "Speak up.", "person_id": None}
    journal = parse_export(document(stories=[story], feedback=[feedback])).journal
    assert (journal.stories[0].rotation_id, journal.stories[0].id) == (None, None)
    assert journal.feedback[0].person_id is None


@pytest.mark.parametrize(
    ("sections", "problem"),
    [
        (
            {"stories": [{"date": "2027-01-05"}] * 3},
            "Story 3, What happened: this is required.",
        ),
        (
            {"feedback": [{"date": "2027-01-05", "point": "x"}] * 1
             + [{"date": "2027-01-05", "point": "x", "person_id": MISSING_ID}]},
            f'Feedback 2, From: no person in this file has the id "{MISSING_ID}".',
        ),
        (
            {"people": [{"id": LEE_ID, "name": "Dr. Lee", "rotation_ids": [MISSING_ID]}]},
            f'Person 1, Rotations you shared: no rotation in this file has the id "{MISSING_ID}".',
        ),
        (
            {"talks": [{"date": "2027-01-05", "title": "Sepsis", "person_ids": [LEE_ID]}]},
            f'Talk 1, Who heard it: no person in this file has the id "{LEE_ID}".',
        ),
        (
            {"checkins": [{"date": "2027-01-05", "responsibility": True, "reasoning": True,
                           "communication": True, "learned": True, "rotation_id": MISSING_ID}]},
            f'Check-in 1, Rotation: no rotation in this file has the id "{MISSING_ID}".',
        ),
        (
            {"people": [{"id": LEE_ID, "name": "Dr. Lee"}, {"id": LEE_ID, "name": "Dr. Li"}]},
            "Person 2, Id: person 1 has the same id; each person needs its own.",
        ),
        (
            {"people": [{"id": LEE_ID, "name": "Dr. Lee", "role": "chief"}]},
            'Person 1, Role: "chief" is not one of: associate_pd, clerkship_director,',
        ),
        (
            {"people": [{"id": LEE_ID, "name": "Dr. Lee", "email": "lee at example"}]},
            'Person 1, Email: "lee at example" is not an email address.',
        ),
        (
            {"people": [{"id": LEE_ID, "name": "Dr. Lee", "first_contact": "2027-01-10",
                         "last_contact": "2027-01-04"}]},
            "Person 1, Last day of contact: The last day of contact comes after the first.",
        ),
        (
            {"people": [{"id": LEE_ID, "name": "Dr. Lee", "seen_with_patients": "yes"}]},
            "Person 1, Has seen me present or work with patients: this must be true or false, "
            "not text.",
        ),
        (
            {"checkins": [{"date": "2027-01-05", "responsibility": True}]},
            "Check-in 1, Did you show your clinical reasoning to the attending or a senior?: "
            "this is required (true or false).",
        ),
        (
            {"stories": [{"date": "2027-01-05", "text": "x", "characteristics": ["charm"]}]},
            "Story 1, ERAS key characteristics it shows: this must list codes among: "
            "communication,",
        ),
        (
            {"stories": [{"date": "2027-01-05", "text": "x", "allowed": "Wilson"}]},
            "Story 1, Not patient identifiers: this must be a list of texts […], not text.",
        ),
        (
            {"stories": [{"date": "2027-01-05", "text": "x", "allowed": ["Wilson", 7]}]},
            "Story 1, Not patient identifiers item 2: this must be text, not a number.",
        ),
        (
            {"stories": [{"date": "2027-01-05", "text": "x", "person_ids": [["nested"]]}]},
            "Story 1, Who saw it: a list is not an id written like ",
        ),
        (
            {"red_flags": [{"date": "2027-01-05", "kind": "grumpy"}]},
            'Red flag 1, What happened: "grumpy" is not one of: barely_knows_name,',
        ),
        (
            {"compliments": [{"date": "2027-02-30", "text": "Kind words."}]},
            'Compliment 1, Day: "2027-02-30" is not a date written YYYY-MM-DD.',
        ),
        ({"red_flags": {"kind": "late"}}, "Red flags: this section must be a list, not an object."),
        ({"checkins": ["yes"]}, "Check-in 1: this must be an object {…}, not text."),
    ],
)  # fmt: skip
def test_a_journal_entry_with_a_problem_is_refused_at_its_place_and_field(sections, problem):
    found = problems_of(document(**sections))
    assert any(p.startswith(problem) for p in found), found


def test_two_check_ins_for_one_day_are_refused_at_the_second():
    answers = dict.fromkeys(("responsibility", "reasoning", "communication", "learned"), True)
    doc = document(checkins=[{"date": "2027-01-05", **answers}] * 2)
    assert problems_of(doc) == [
        "Check-in 2, Day: check-in 1 is for the same day; a day has one check-in."
    ]


def test_an_invalid_link_id_is_reported_once_not_again_as_a_link_to_nothing():
    doc = document(feedback=[{"date": "2027-01-05", "point": "x", "person_id": "lee"}])
    assert problems_of(doc) == [f'Feedback 1, From: "lee" is not an id written like {EXAMPLE_ID}.']


def test_journal_problems_come_with_every_other_problem_of_the_file():
    doc = document(
        rotations=[rotation_doc(start="2027-13-01")],
        stories=[{"date": "2027-01-05"}],
    )
    assert problems_of(doc) == [
        'Rotation 1, Start: "2027-13-01" is not a date written YYYY-MM-DD.',
        "Story 1, What happened: this is required.",
    ]


def test_every_journal_field_has_a_label_and_every_label_a_field():
    records = (PersonRecord, CheckInRecord, StoryRecord, FeedbackRecord, ComplimentRecord,
               TalkRecord, RedFlagRecord)  # fmt: skip
    for section, record in zip(JOURNAL_SECTIONS, records, strict=True):
        assert {f.name for f in fields(record)} == set(section.labels), section.key


# Dates an import refuses, given today (the rule every save applies).


def test_an_entry_dated_after_today_is_refused_but_a_planned_talk_is_not():
    problems = journal_date_problems(JOURNAL, today=date(2027, 1, 10))
    assert problems == [
        "Story 1, Day: 2027-01-12 is after today: note it once it has happened.",
        "Feedback 1, Day of the follow-up: Record the follow-up once the conversation has "
        "happened.",
        "Compliment 1, Day: 2027-01-20 is after today: note it once it has happened.",
    ]
    assert journal_date_problems(JOURNAL, today=date(2027, 1, 20)) == []


def test_a_follow_up_before_its_feedback_is_refused():
    early = FeedbackRecord(date=date(2027, 1, 8), point="x", followup_date=date(2027, 1, 7))
    assert journal_date_problems(JournalRecords(feedback=(early,)), date(2027, 1, 20)) == [
        "Feedback 1, Day of the follow-up: The follow-up comes after the feedback, not before it."
    ]


def test_a_red_flag_is_noted_once_it_has_happened():
    flag = RedFlagRecord(kind="late_or_absent", date=date(2027, 1, 21))
    assert journal_date_problems(JournalRecords(red_flags=(flag,)), date(2027, 1, 20)) == [
        "Red flag 1, Day: 2027-01-21 is after today: note it once it has happened."
    ]


def test_a_file_with_more_journal_entries_than_an_import_takes_is_refused_by_its_count():
    story = {"date": "2027-01-05", "text": "x"}
    doc = document(stories=[story] * JOURNAL_IMPORT_MAX_ENTRIES, people="not a list")
    assert journal_size_problems(doc) == []
    doc["talks"] = [story]
    assert journal_size_problems(doc) == [
        f"This file holds {JOURNAL_IMPORT_MAX_ENTRIES + 1:,} journal entries (people, "
        f"check-ins, evidence and red flags together); an import brings at most "
        f"{JOURNAL_IMPORT_MAX_ENTRIES:,}."
    ]


# Readiness straight from an export: `lorkit writers --from-export` needs no account.


def test_the_journal_of_an_export_is_the_core_journal_the_rules_read():
    journal, profile = journal_from_export(journal_document())

    assert profile == WORKSPACE.profile
    assert journal.rotations == WORKSPACE.rotations
    lee = journal.people[0]
    assert (lee.id, lee.role, lee.board_certified, lee.saw_clinical_work) == (
        LEE_ID,
        PersonRole.CORE_FACULTY,
        BoardCertification.YES,
        True,
    )
    assert journal.check_ins[0].noes == ("showed_reasoning",)
    assert journal.stories[0].witness_ids == (LEE_ID, OKAFOR_ID)
    assert journal.stories[0].characteristics == {KeyCharacteristic.CRITICAL_THINKING}
    assert journal.feedback[0].closed and journal.feedback[0].giver_id == LEE_ID
    assert journal.compliments[0].rotation_id == ""
    assert journal.talks[0].topic == "Hyponatraemia in ten minutes"
    assert journal.red_flags[0].advice == core_journal.RED_FLAG_ADVICE["no_questions"]


def test_writers_rate_straight_from_an_export():
    journal, profile = journal_from_export(journal_document())
    ranked = rank_writers(journal, profile.specialty, date(2027, 1, 31), profile.strengths)
    statuses = {writer.person.name: writer.status for writer in ranked}
    assert statuses == {"Dr. Lee": ReadinessStatus.READY, "Dr. Okafor": ReadinessStatus.NOT_YET}


def test_a_broken_export_gives_its_problems_instead_of_a_journal():
    doc = journal_document(stories=[{"date": "2027-01-05", "person_ids": [MISSING_ID]}])
    with pytest.raises(ExportError) as refused:
        journal_from_export(doc)
    assert refused.value.problems == [
        "Story 1, What happened: this is required.",
        f'Story 1, Who saw it: no person in this file has the id "{MISSING_ID}".',
    ]
    assert str(refused.value) == "; ".join(refused.value.problems)


# Property: dump → load → parse gives back equal journal records.

ids = st.uuids(version=4).map(str)
# Storable characters drawn without a filter (Cc and Cs hold every character `text_problem`
# refuses), so that large journals are quick to draw.
storable_characters = st.characters(exclude_categories=["Cc", "Cs"])


def short_text(max_size: int, min_size: int = 0):
    return st.text(storable_characters, min_size=min_size, max_size=max_size)


def few(strategy, max_size: int = 3):
    return st.lists(strategy, unique=True, max_size=max_size).map(tuple)


def maybe(strategy):
    return st.none() | strategy


allowed_words = few(short_text(40, min_size=1))
characteristics = few(st.sampled_from(list(KEY_CHARACTERISTIC_LABELS)))
qualities = few(st.sampled_from(list(LETTER_QUALITY_LABELS)))


@st.composite
def person_records(draw, person_id: str, rotation_ids: list[str]) -> PersonRecord:
    first = draw(optional_dates)
    return PersonRecord(
        id=person_id,
        name=draw(short_text(40, min_size=1)),
        role=draw(st.sampled_from(list(ROLE_LABELS))),
        specialty=draw(st.sampled_from((*ERAS_SPECIALTIES, ""))),
        setting=draw(st.sampled_from([s.value for s in Setting])),
        board_certified=draw(st.sampled_from([b.value for b in BoardCertification])),
        email=draw(emails),
        rotation_ids=draw(few(st.sampled_from(rotation_ids))) if rotation_ids else (),
        first_contact=first,
        last_contact=draw(st.none() | days(min_value=first or FIRST_DAY)),
        seen_with_patients=draw(st.booleans()),
        notes=draw(short_text(80)),
        allowed=draw(allowed_words),
    )


@st.composite
def evidence(draw, rotation_ids: list[str]) -> dict:
    return {
        "id": draw(maybe(ids)),
        "date": draw(days()),
        "rotation_id": draw(maybe(st.sampled_from(rotation_ids))) if rotation_ids else None,
        "characteristics": draw(characteristics),
        "qualities": draw(qualities),
        "allowed": draw(allowed_words),
    }


@st.composite
def journal_records(draw, rotation_ids: list[str]) -> JournalRecords:
    person_ids = draw(st.lists(ids, unique=True, max_size=4))
    people = tuple(draw(person_records(i, rotation_ids)) for i in person_ids)
    someone = st.sampled_from(person_ids) if person_ids else st.nothing()
    witnesses = few(someone) if person_ids else st.just(())
    check_in_days = draw(st.lists(days(), unique=True, max_size=4))
    checkins = tuple(
        CheckInRecord(
            id=draw(maybe(ids)),
            date=day,
            rotation_id=draw(maybe(st.sampled_from(rotation_ids))) if rotation_ids else None,
            responsibility=draw(st.booleans()),
            reasoning=draw(st.booleans()),
            communication=draw(st.booleans()),
            learned=draw(st.booleans()),
            note=draw(short_text(80)),
            allowed=draw(allowed_words),
        )
        for day in check_in_days
    )

    def entries(build):
        return tuple(draw(st.lists(build, max_size=2)))

    stories = entries(
        st.builds(
            lambda e, t, p: StoryRecord(text=t, person_ids=p, **e),
            evidence(rotation_ids),
            short_text(80, min_size=1),
            witnesses,
        )
    )
    feedback = entries(
        st.builds(
            lambda e, who, point, change, followup, outcome: FeedbackRecord(
                person_id=who,
                point=point,
                planned_change=change,
                followup_date=followup,
                outcome=outcome,
                **e,
            ),
            evidence(rotation_ids),
            maybe(someone),
            short_text(80, min_size=1),
            short_text(80),
            optional_dates,
            short_text(80),
        )
    )
    compliments = entries(
        st.builds(
            lambda e, who, t: ComplimentRecord(person_id=who, text=t, **e),
            evidence(rotation_ids),
            maybe(someone),
            short_text(80, min_size=1),
        )
    )
    talks = entries(
        st.builds(
            lambda e, t, p: TalkRecord(title=t, person_ids=p, **e),
            evidence(rotation_ids),
            short_text(80, min_size=1),
            witnesses,
        )
    )
    red_flags = entries(st.builds(
        lambda i, kind, day, rotation, who, note, resolved, allowed: RedFlagRecord(
            id=i, kind=kind, date=day, rotation_id=rotation, person_id=who, note=note,
            resolved=resolved, allowed=allowed,
        ),
        maybe(ids), st.sampled_from(sorted(RED_FLAG_LABELS)), days(),
        maybe(st.sampled_from(rotation_ids)) if rotation_ids else st.none(), maybe(someone),
        short_text(80), st.booleans(), allowed_words,
    ))  # fmt: skip
    return JournalRecords(
        people, unique(checkins), unique(stories), unique(feedback), unique(compliments),
        unique(talks), unique(red_flags),
    )  # fmt: skip


def unique(records: tuple) -> tuple:
    """The records whose id no record before them has (ids are each their entry's own)."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record.id is None or record.id not in seen:
            kept.append(record)
            seen.add(record.id)
    return tuple(kept)


@st.composite
def journal_workspaces(draw) -> Workspace:
    rotation_ids = draw(st.lists(ids, unique=True, max_size=3))
    rotations = tuple(draw(rotation_records(rotation_id)) for rotation_id in rotation_ids)
    return Workspace(draw(profiles()), rotations, (), (), draw(journal_records(rotation_ids)))


@given(journal_workspaces())
def test_the_journal_sections_survive_dump_load_and_parse(workspace):
    raw = json.dumps(dump_export(workspace), ensure_ascii=False).encode("utf-8")
    assert parse_export(load_export_json(raw)) == workspace


@given(journal_workspaces())
def test_a_dumped_journal_reads_as_the_same_core_journal(workspace):
    journal, _ = journal_from_export(json.loads(json.dumps(dump_export(workspace))))
    assert journal.people == tuple(p.to_core() for p in workspace.journal.people)
    assert journal.feedback == tuple(f.to_core() for f in workspace.journal.feedback)
    assert len(journal.stories) == len(workspace.journal.stories)
