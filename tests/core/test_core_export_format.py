"""The export document: dump then parse is the identity; bad documents are refused whole."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.export_format import (
    ExportError,
    MilestoneRecord,
    ProfileRecord,
    Workspace,
    dump_export,
    load_export_json,
    parse_export,
)
from lorkit.core.rotation import Rotation
from lorkit.core.season import SEASON_KEYS
from lorkit.core.text import text_problem
from lorkit.core.vocabulary import (
    ERAS_SPECIALTIES,
    LETTER_QUALITY_LABELS,
    US_STATES,
    MilestoneKind,
    MilestoneStatus,
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
    assert doc["version"] == 1
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


@pytest.mark.parametrize("section", ["people", "journal", "letters"])
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
    assert problems_of(doc) == ['not a lorkit export: the "format" key must be "lorkit-export"']


def test_an_export_from_a_newer_lorkit_is_refused_with_an_upgrade_hint():
    [problem] = problems_of(document(version=2))
    assert "format version 2, written by a newer lorkit" in problem
    assert "Upgrade lorkit to import it." in problem


@pytest.mark.parametrize("version", ["1", 1.0, True, None])
def test_the_version_must_be_a_whole_number(version):
    assert problems_of(document(version=version)) == ['"version" must be a whole number']


def test_version_zero_is_unknown():
    assert problems_of(document(version=0)) == ["unknown export version 0"]


def test_an_unknown_top_level_section_is_refused():
    assert problems_of(document(journals=[], settings={})) == [
        "unknown section(s) journals, settings: nothing was imported"
    ]


def test_a_non_empty_reserved_section_needs_a_newer_lorkit():
    assert problems_of(document(people=[{"name": "Dr. Lee"}])) == [
        'the "people" section needs a newer lorkit; nothing was imported'
    ]


# Refusals of the content, each with its path


def test_a_rotation_ending_before_it_starts_is_refused_at_its_end_date():
    doc = document(rotations=[rotation_doc(start="2027-01-31", end="2027-01-04")])
    assert problems_of(doc) == [
        "rotations[0].end: The end date (2027-01-04) is before the start date (2027-01-31)."
    ]


@pytest.mark.parametrize("bad", ["2027-02-30", "04/01/2027", "2027-1-4", "", 20270104])
def test_a_date_not_written_yyyy_mm_dd_is_refused(bad):
    doc = document(rotations=[rotation_doc(start=bad)])
    assert f"rotations[0].start: {bad!r} is not a date written YYYY-MM-DD" in problems_of(doc)


def test_a_milestone_pointing_at_a_missing_rotation_is_refused():
    doc = document(milestones=[milestone_doc(MISSING_ID)])
    assert problems_of(doc) == [f"milestones[0].rotation: no rotation has id {MISSING_ID!r}"]


def test_a_duplicate_rotation_id_is_refused_at_the_second_one():
    doc = document(rotations=[rotation_doc(), rotation_doc(site="Elsewhere")])
    assert problems_of(doc) == [f"rotations[1].id: {MERCY_ID!r} appears twice"]


def test_a_milestone_key_may_repeat_across_rotations_but_not_within_one():
    across = document(
        rotations=[rotation_doc(), rotation_doc(LUKE_ID)],
        milestones=[milestone_doc(), milestone_doc(LUKE_ID)],
    )
    assert len(parse_export(across).milestones) == 2
    within = document(milestones=[milestone_doc(), milestone_doc(title="Again")])
    assert problems_of(within) == ["milestones[1].key: 'ask' appears twice for its rotation"]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"id": "rotation-1"}, "rotations[0].id: 'rotation-1' is not a UUID"),
        ({"site": ""}, "rotations[0].site: is required"),
        ({"kind": "clerkship"}, "rotations[0].kind: 'clerkship' is not one of: "),
        ({"setting": None}, "rotations[0].setting: is required"),
        ({"state": "ILL"}, "rotations[0].state: is longer than 2 characters"),
        ({"specialty": "Cardiology"}, "rotations[0].specialty: 'Cardiology' is not one of: "),
        ({"city": 60601}, "rotations[0].city: must be text, not int"),
    ],
)
def test_a_rotation_with_an_invalid_field_is_refused_at_that_field(changes, problem):
    [found] = problems_of(document(rotations=[rotation_doc(**changes)], milestones=[]))
    assert found.startswith(problem)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"status": "finished"}, "milestones[0].status: 'finished' is not one of: done, open"),
        ({"kind": "lunch"}, "milestones[0].kind: 'lunch' is not one of: "),
        ({"script": ["ok", 3]}, "milestones[0].script: must be a list of text lines"),
        (
            {"end": "2027-01-25"},
            "milestones[0].end: The end date (2027-01-25) is before the start date (2027-01-26).",
        ),
        ({"title": ""}, "milestones[0].title: is required"),
        ({"closed_on": "yesterday"}, "milestones[0].closed_on: 'yesterday' is not a date"),
    ],
)
def test_a_milestone_with_an_invalid_field_is_refused_at_that_field(changes, problem):
    [found] = problems_of(document(milestones=[milestone_doc(**changes)]))
    assert found.startswith(problem)


@pytest.mark.parametrize(
    ("profile", "problem"),
    [
        ({"season": 1999}, "profile.season: 1999 is not a season year such as 2028"),
        ({"season": "2028"}, "profile.season: '2028' is not a season year such as 2028"),
        ({"strengths": ["charm"]}, "profile.strengths: must list qualities among: work_ethic"),
        ({"season_overrides": {"interviews": "2027-10-01"}}, "profile.season_overrides."),
        (
            {"season_overrides": {"match_day": "17 March"}},
            "profile.season_overrides.match_day: '17 March' is not a date",
        ),
        ({"season_overrides": ["match_day"]}, "profile.season_overrides: must be an object"),
        ({"specialty": "Cardiology"}, "profile.specialty: 'Cardiology' is not one of"),
        ({"submission_target": "soon"}, "profile.submission_target: 'soon' is not a date"),
    ],
)
def test_a_profile_with_an_invalid_field_is_refused_at_that_field(profile, problem):
    [found] = problems_of(document(profile=profile))
    assert found.startswith(problem)


def test_a_missing_profile_is_refused():
    doc = document()
    del doc["profile"]
    assert problems_of(doc) == ["profile: is required"]


@pytest.mark.parametrize(
    ("sections", "problem"),
    [
        ({"rotations": {}}, "rotations: must be a list"),
        ({"rotations": ["Mercy"], "milestones": []}, "rotations[0]: must be an object"),
        ({"profile": []}, "profile: must be an object"),
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
        "profile.season: 3000 is not a season year such as 2028",
        "rotations[0].end: The end date (2027-01-04) is before the start date (2027-01-31).",
        "rotations[1].start: '2027-13-01' is not a date written YYYY-MM-DD",
        "milestones[0].status: 'finished' is not one of: done, open, skipped",
        f"milestones[0].rotation: no rotation has id {MISSING_ID!r}",
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
    assert f"rotations[2].id: {MERCY_ID!r} appears twice" in problems_of(doc)


def test_a_duplicate_milestone_key_after_an_unreadable_milestone_is_reported_at_its_own_index():
    doc = document(
        milestones=[milestone_doc(start="not a date"), milestone_doc(), milestone_doc()],
    )
    assert "milestones[2].key: 'ask' appears twice for its rotation" in problems_of(doc)


@pytest.mark.parametrize("strength", [["work_ethic"], {"code": "work_ethic"}])
def test_a_strength_that_is_not_text_is_refused_not_crashed_on(strength):
    [problem] = problems_of(document(profile={"strengths": [strength]}))
    assert problem.startswith("profile.strengths: must list qualities among")


def test_an_iso_week_date_is_refused_as_not_yyyy_mm_dd():
    doc = document(rotations=[rotation_doc(start="2027-W01-1")])
    assert "rotations[0].start: '2027-W01-1' is not a date written YYYY-MM-DD" in problems_of(doc)


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
            "rotations[0].site: contains a NUL character (U+0000) at position 6",
        ),
        ({"state": "ZZ"}, "rotations[0].state: 'ZZ' is not one of: "),
        ({"attending_email": "not an email"}, "rotations[0].attending_email: 'not an email'"),
        ({"start": "1999-12-31"}, "rotations[0].start: 1999-12-31 is outside the years"),
        ({"end": "9999-12-31"}, "rotations[0].end: 9999-12-31 is outside the years"),
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
    assert problems_of(doc) == [f"rotations[1].id: {MERCY_ID!r} appears twice"]


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
            "rotations[0].site: contains a lone surrogate (U+D800) at position 7, "
            "which is not valid UTF-8",
        ),
        (
            document(rotations=[rotation_doc(attending_name="Dr. \x1b[31mLee")], milestones=[]),
            "rotations[0].attending_name: contains a control character (U+001B) at position 5",
        ),
        (
            document(milestones=[milestone_doc(script=["Say hello.", f"Then {SURROGATE}"])]),
            "milestones[0].script[1]: contains a lone surrogate (U+D800) at position 6, "
            "which is not valid UTF-8",
        ),
        (
            document(milestones=[milestone_doc(script=["Bring\x00 coffee"])]),
            "milestones[0].script[0]: contains a NUL character (U+0000) at position 6",
        ),
        (
            document(milestones=[milestone_doc(note="Done\x00")]),
            "milestones[0].note: contains a NUL character (U+0000) at position 5",
        ),
        (
            document(milestones=[milestone_doc(title="Ask\x85")]),
            "milestones[0].title: contains a control character (U+0085) at position 4",
        ),
        (
            document(profile={"eras_name": f"Amara{SURROGATE}"}),
            "profile.eras_name: contains a lone surrogate (U+D800) at position 6, "
            "which is not valid UTF-8",
        ),
        (
            document(profile={"time_zone": "America/\x00Chicago"}),
            "profile.time_zone: contains a NUL character (U+0000) at position 9",
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
            "profile.season_overrides: key 1 contains a lone surrogate (U+D800) at position 6, "
            "which is not valid UTF-8",
        ),
        (
            document(profile={"eras_name": "Amara", "\x00": 1}),
            "profile: key 2 contains a NUL character (U+0000) at position 1",
        ),
        (
            document(rotations=[rotation_doc(**{"note\x1b": "x"})], milestones=[]),
            "rotations[0]: key 7 contains a control character (U+001B) at position 5",
        ),
        (
            {**document(), SURROGATE: []},
            "the document: key 6 contains a lone surrogate (U+D800) at position 1, "
            "which is not valid UTF-8",
        ),
    ],
)
def test_a_key_that_cannot_be_stored_is_refused_by_its_position_never_shown(doc, problem):
    assert problems_of(doc) == [problem]


def test_a_huge_value_is_quoted_cut_short_in_its_problem():
    rotation = rotation_doc(start="9" * 2_000_000, kind="k" * 2_000_000)
    problems = problems_of(document(rotations=[rotation], milestones=[]))
    assert problems == [
        f"rotations[0].start: '{'9' * 58}… is not a date written YYYY-MM-DD",
        f"rotations[0].kind: '{'k' * 58}… is not one of: hands-on, observership, research",
    ]


def test_a_two_megabyte_site_is_refused_as_too_long():
    doc = document(rotations=[rotation_doc(site="M" * 2_000_000)], milestones=[])
    assert problems_of(doc) == ["rotations[0].site: is longer than 200 characters"]


def test_a_list_where_a_date_belongs_is_named_by_its_kind_however_deep_it_nests():
    nested: list = []
    for _ in range(50_000):
        nested = [nested]
    doc = document(rotations=[rotation_doc(end=nested)], profile={"season": {"year": 2028}})
    assert problems_of(doc) == [
        "profile.season: an object is not a season year such as 2028",
        "rotations[0].end: a list is not a date written YYYY-MM-DD",
    ]


def test_a_season_too_long_to_write_is_refused_without_writing_it():
    [problem] = problems_of(document(profile={"season": 10**5000}))
    assert problem == "profile.season: a number too long to show is not a season year such as 2028"


def test_an_over_long_time_zone_is_refused_without_looking_it_up():
    # Looking up a 300-character zone raises OSError (file name too long), not a refusal.
    doc = document(profile={"time_zone": "A" * 300})
    assert problems_of(doc) == ["profile.time_zone: is longer than 64 characters"]


def test_an_over_long_id_is_refused_once():
    doc = document(rotations=[rotation_doc("x" * 100_000)], milestones=[])
    assert problems_of(doc) == ["rotations[0].id: is longer than 36 characters"]


# Reading the file: load_export_json refuses what json.loads would crash on or let through.


def load_problem(raw: bytes | str) -> str:
    with pytest.raises(ExportError) as caught:
        load_export_json(raw)
    [problem] = caught.value.problems
    return problem


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"", "it is empty"),
        (" \n\t", "it is empty"),
        (b"[" * 100_000 + b"]" * 100_000, "its lists and objects nest too deeply"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "its lists and objects nest too deeply"),
        (b'{"season": ' + b"9" * 5000 + b"}", "it holds a number 5000 digits long"),
        (b'{"season": -' + b"1" * 21 + b"}", "it holds a number 22 digits long"),
        (b'{"season": NaN}', "it holds NaN, which JSON does not allow"),
        (b"[Infinity]", "it holds Infinity, which JSON does not allow"),
        (b"[-Infinity]", "it holds -Infinity, which JSON does not allow"),
        (b"[1e400]", "it holds the number '1e400', too large to read"),
        (
            b'{"site": "S\xe3o Paulo"}',
            "'utf-8' codec can't decode byte 0xe3 in position 11: invalid continuation byte; "
            "it is not UTF-8 text",
        ),
        (
            b'["\xed\xa0\x80"]',
            "'utf-8' codec can't decode byte 0xed in position 2: "
            "invalid continuation byte; it is not UTF-8 text",
        ),
        ('["\udcff"]', "it is not UTF-8 text: character 3 is U+DCFF"),
        (b'{"format": ', "Expecting value: line 1 column 12 (char 11)"),
        (b'["a\x00"]', "Invalid control character at: line 1 column 4 (char 3)"),
    ],
)
def test_a_file_json_cannot_safely_read_is_refused_in_plain_words(raw, problem):
    assert load_problem(raw) == problem


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
        "milestones[0].script[0]: contains a lone surrogate (U+D800) at position 7, "
        "which is not valid UTF-8"
    ]


@given(workspaces())
def test_an_export_written_as_bytes_loads_and_parses_back_to_itself(workspace):
    raw = json.dumps(dump_export(workspace), ensure_ascii=False).encode("utf-8")
    assert parse_export(load_export_json(raw)) == workspace
