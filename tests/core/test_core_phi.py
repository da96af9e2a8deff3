"""The patient-privacy guard: each recogniser, the rewrite, the user's own people and the
strings they cleared, and the offsets every finding reports."""

import dataclasses
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core.phi import Finding, check, deidentify, find_identifiers, guard_message


def found(text, **kwargs):
    return [(f.type, f.text) for f in find_identifiers(text, **kwargs)]


def rewrite(text, **kwargs):
    return check(text, **kwargs).rewrite


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Presented Mr. Johnson on rounds.", "Mr. Johnson"),
        ("mrs bello said her pain was better", "mrs bello"),
        ("Alhaji Musa Abubakar refused the scan.", "Alhaji Musa Abubakar"),
        ("Sra. Guadalupe Hernández came to clinic.", "Sra. Guadalupe Hernández"),
        ("Don José Ramírez told me about his ranch.", "Don José Ramírez"),
        ("Chief Okeke refused the colonoscopy.", "Chief Okeke"),
        ("U Tun Myint needed an interpreter.", "U Tun Myint"),
        ("Mrs. Hoang Thi Thu was scared of the needle.", "Mrs. Hoang Thi Thu"),
        ("Sharma-ji walked laps around the unit.", "Sharma-ji"),
    ],
)
def test_a_name_after_a_patient_title_is_flagged_with_its_title(text, name):
    assert ("name", name) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spent an hour with Babatunde Adeyemi on insulin teaching.", "Babatunde Adeyemi"),
        ("Kwabena Asante came back with a COPD flare.", "Kwabena Asante"),
        ("Explained the echo to Tigist Haile.", "Tigist Haile"),
        ("Talked to Hodan Warsame with the interpreter.", "Hodan Warsame"),
        ("Rania Haddad asked about her thyroid.", "Rania Haddad"),
        ("Venkatesh Iyer wants to fly home next week.", "Venkatesh Iyer"),
        ("Gurpreet Kaur Sandhu went to the MICU.", "Gurpreet Kaur Sandhu"),
        ("Saw Bishnu Thapa again.", "Bishnu Thapa"),
        ("Nguyễn Văn Minh came back today.", "Nguyễn Văn Minh"),
        ("Kim Min-seo had appendicitis.", "Kim Min-seo"),
        ("Hiroshi Sato had painless jaundice.", "Hiroshi Sato"),
        ("Valentina Restrepo had a first seizure.", "Valentina Restrepo"),
        ("Svetlana Ivanova was intubated.", "Svetlana Ivanova"),
        ("The Hendersons brought cookies.", "Hendersons"),
        ("María de la Cruz felt better.", "María de la Cruz"),
    ],
)
def test_a_name_from_the_lists_is_flagged_without_a_title(text, name):
    assert ("name", name) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her husband Emeka signed the consent.", "Emeka"),
        ("His wife, Barbara, asked about dialysis.", "Barbara"),
        ("pt okafor refused his lovenox.", "okafor"),
        ("A patient named Zorvath wanted water.", "Zorvath"),
        ("Zorvath, 67, came in with chest pain.", "Zorvath, 67,"),
        ("Zorvath was readmitted with the same problem.", "Zorvath"),
        ("Zorvath's creatinine trended down.", "Zorvath"),
    ],
)
def test_a_word_no_list_holds_is_a_name_when_a_cue_says_so(text, name):
    assert ("name", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Okafor said my notes are improving.",
        "My attending, Dr. Nakamura, let me run the family meeting.",
        "Resident Priya Raman showed me how to place an IV.",
        "Prof. Haddad's lecture on acid-base was the best yet.",
        "Learned the difference between Wilson's disease and hemochromatosis.",
        "Graves' disease versus Hashimoto thyroiditis.",
        "Patient has Parkinson's and needed his Sinemet.",
        "Great case of Guillain-Barré syndrome today.",
        "The Child-Pugh class was C.",
        "Started Lasix and switched Coumadin to Eliquis.",
        "Grand Rounds today was on sepsis.",
        "Rotating at St. Luke's Hospital next month.",
        "My friend Aisha and I studied after the shift.",
        "Diuresed 2 L overnight.",
        "C. diff in room-free wards is still C. diff.",
        "On Tuesday I presented; in May I apply.",
    ],
)
def test_staff_eponyms_drugs_and_places_of_care_are_not_names(text):
    assert [kind for kind, _ in found(text) if kind == "name"] == []


# --- the applicant's own people and cleared strings -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rivera gave me great feedback.",
        "rivera gave me great feedback.",
        "Maria was kind today.",
        "Dr. Maria Rivera signed my form.",
        "Ms. Rivera from the clinic emailed me.",
    ],
)
def test_known_names_are_never_flagged_whole_or_in_part_with_or_without_a_title(text):
    assert found(text, known_names=["Dr. Maria Rivera"]) == []


def test_a_known_name_does_not_hide_an_unknown_patient_in_the_same_note():
    text = "Rivera and I saw Mrs. Okonkwo together."
    assert found(text, known_names=["Rivera"]) == [("name", "Mrs. Okonkwo")]


def test_a_string_marked_not_an_identifier_is_passed_everywhere_in_the_note():
    text = "Kwame Asante came back. Later Kwame Asante walked the hall."
    assert len(found(text)) == 2
    assert found(text, allowed=["kwame asante"]) == []


def test_an_allowed_surname_passes_the_same_name_with_a_title():
    assert found("Mr. Wilson came back.", allowed=["Wilson"]) == []


def test_allowed_covers_other_identifiers_too():
    text = "Call the clinic at 312-555-0187."
    assert found(text, allowed=["312-555-0187"]) == []
    assert found(text) == [("phone", "312-555-0187")]


# --- the other identifiers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Son's email is tunde.family@yahoo.com for updates.", "email", "tunde.family@yahoo.com"),
        ("Her blog www.myjourneywithals.net is moving.", "url", "www.myjourneywithals.net"),
        ("See facebook.com/jane.doe.4471 for photos.", "url", "facebook.com/jane.doe.4471"),
        ("Rash: https://i.imgur.com/aB3kT9q.jpg today", "photo", "https://i.imgur.com/aB3kT9q.jpg"),
        ("Monitor IP 192.168.14.27 in the log.", "ip", "192.168.14.27"),
        ("Device at fe80::1ff:fe23:4567:890a today.", "ip", "fe80::1ff:fe23:4567:890a"),
        ("Call (312) 555-0187 tomorrow.", "phone", "(312) 555-0187"),
        ("Her number: +234 803 555 0142.", "phone", "+234 803 555 0142"),
        ("Call back number 555-0163.", "phone", "555-0163"),
        ("Fax: 312-555-0100 for records.", "fax", "312-555-0100"),
        ("SSN 987-65-4321 showed on screen.", "ssn", "987-65-4321"),
        ("Last 4 of SSN 5521 to verify.", "ssn", "5521"),
        ("MRN 00482911 on the label.", "mrn", "00482911"),
        ("Chart # 99812-3 for records.", "mrn", "99812-3"),
        ("Medicaid ID HK8821904 for the auth.", "insurance", "HK8821904"),
        ("Acct # 88102277 for billing.", "account", "88102277"),
        ("Driver's license D400-7721-9932 in the bag.", "license", "D400-7721-9932"),
        ("Plate number BX 4421 in the lot.", "plate", "BX 4421"),
        ("VIN 1HGCM82633A004352 on the report.", "vehicle", "1HGCM82633A004352"),
        ("Pacemaker serial number PJN889120H for the rep.", "device", "PJN889120H"),
        ("Fingerprint ID FP-99120 on file.", "biometric", "FP-99120"),
        ("Order number 88120044719 pending.", "id", "88120044719"),
        ("The patient in room 1208 is on precautions.", "room", "room 1208"),
        ("Bed 3 is the DKA kid.", "room", "Bed 3"),
        ("Lives at 1837 W Polk Street, apt 3.", "address", "1837 W Polk Street"),
        ("Forms to PO Box 4471 please.", "address", "PO Box 4471"),
        ("ZIP code 60612 on the bracelet.", "zip", "60612"),
        ("Oak Park, IL 60302 on the label.", "zip", "60302"),
        ("She lives in Berwyn and takes two buses.", "place", "Berwyn"),
        ("She is employed by Walgreens as a cashier.", "employer", "Walgreens"),
        ("He is a state senator and wants it quiet.", "unique", "state senator"),
    ],
)
def test_each_pattern_recogniser_finds_its_identifier(text, kind, value):
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "BP 142/88, HR 96, T 38.4, SpO2 94% on 2 L.",
        "Heparin 5000 units SC q8h.",
        "Pre-rounded at 5:30 and presented at 7:15.",
        "Pain was 7/10 before morphine and 3/10 after.",
        "Strength 4/5 in the left arm.",
        "Platelets 45, held the enoxaparin.",
        "Read mdcalc.com/calc/801 and uptodate.com for the score.",
        "Bed rest and a room change tomorrow.",
        "Spent the week on 7 West and Ward 5B.",
        "I grew up in Lagos, so I understood him.",
        "She lives in Texas now.",
        "Version 1.2.3 of the order set.",
        "The CHA2DS2-VASc score was 4.",
    ],
)
def test_harmless_numbers_and_places_are_not_flagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("A 92-year-old woman with a hip fracture.", "92"),
        ("97 yo F with dementia.", "97"),
        ("95M with sepsis.", "95"),
        ("Aged 90, she was our oldest.", "90"),
        ("He turned 100 last week.", "100"),
        ("She is in her 90s and sharp.", "in her 90s"),
    ],
)
def test_an_age_over_89_is_flagged(text, age):
    assert ("age", age) in found(text)


@pytest.mark.parametrize(
    "text",
    ["An 89-year-old woman did well.", "45F with atrial fibrillation.", "Tmax 101F overnight."],
)
def test_an_age_of_89_or_less_and_a_fahrenheit_temperature_are_not(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 04/02/1961 on the sheet.", "04/02/1961"),
        ("She was admitted on February 3rd.", "February 3rd"),
        ("Admission date 2027-01-06.", "2027-01-06"),
        ("He was born in 1931 and shops alone.", "1931"),
        ("The patient died on 1/19.", "1/19"),
        ("She presented on 3/2 with abdominal pain.", "3/2"),
        ("Echo on 1/12 showed an EF of 25% in this patient.", "1/12"),
        ("Pt had a stroke in March 2024.", "March 2024"),
    ],
)
def test_a_date_tied_to_a_patient_is_flagged(text, date):
    assert ("date", date) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mid-rotation feedback with Dr. Rivera on 1/18.",
        "I presented at grand rounds on 3/14.",
        "Feedback on 3 Feb: slow down.",
        "Step 2 CK is on 6/12.",
        "He had an MI in 2019.",
        "My rotation started on January 4.",
    ],
)
def test_the_applicants_own_schedule_and_a_bare_year_are_not_identifiers(text):
    assert found(text) == []


# --- the rewrite ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Johnson, 67, was admitted.", "A patient in his 60s was admitted."),
        ("Saw Mrs. Adeyemi (72F) today.", "Saw a patient in her 70s today."),
        ("Mr. Smith, 92, fell.", "A patient aged 90 or older fell."),
        ("Her daughter Chioma called.", "Her daughter called."),
        ("His wife, Lan, was worried.", "His wife, was worried."),
        ("My patient Okafor was tired.", "My patient was tired."),
        ("A patient named Zorvath came.", "A patient named [name] came."),
        (
            "Mr. Bello came in. Later Mr. Bello left and Mrs. Okafor arrived.",
            "A patient came in. Later the patient left and another patient arrived.",
        ),
        ("Call 312-555-0187 today.", "Call [phone removed] today."),
        ("She was admitted 3/14 to bed 7.", "She was admitted [date] to [bed]."),
        ("A 92-year-old man.", "A 90+-year-old man."),
        ("Nothing to hide here.", "Nothing to hide here."),
    ],
)
def test_the_rewrite_reads_as_a_sentence(text, expected):
    assert rewrite(text) == expected


def test_a_replacement_after_a_lone_a_gets_an_an():
    finding = Finding("name", 2, 7, "Bello", "test", "older patient")
    assert deidentify("a Bello came", [finding]) == "an older patient came"


def test_deidentify_skips_a_finding_that_overlaps_an_earlier_one():
    text = "Okafor Bello came"
    first = Finding("name", 0, 12, "Okafor Bello", "test", "X")
    inner = Finding("name", 7, 12, "Bello", "test", "Y")
    assert deidentify(text, [inner, first]) == "X came"


# --- the result the service uses ------------------------------------------------------------


def test_a_clean_note_needs_no_warning_and_keeps_its_text():
    result = check("Dr. Rivera taught me the coag cascade.")
    assert result.clean
    assert result.rewrite == "Dr. Rivera taught me the coag cascade."
    assert guard_message(result) is None


def test_the_warning_says_nothing_was_saved_and_promises_no_de_identification():
    message = guard_message(check("Mrs. Okonkwo was admitted."))
    assert message is not None
    assert "Nothing is saved yet" in message and "your text is kept" in message
    assert "de-identified" not in message.lower() and "safe" not in message.lower()


def test_a_finding_as_a_dict_has_what_the_cli_prints():
    [finding] = find_identifiers("Call 312-555-0187.")
    assert finding.as_dict() == {
        "type": "phone",
        "start": 5,
        "end": 17,
        "text": "312-555-0187",
        "reason": "looks like a phone number",
        "replacement": "[phone removed]",
    }


def test_importing_the_guard_loads_no_name_list_until_first_use():
    code = (
        "import sys, lorkit.core.phi as p; a = 'lorkit.core.phi.name_data' in sys.modules; "
        "p.check('Mr. Bello'); print(a, 'lorkit.core.phi.name_data' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


# --- offsets, for any text ------------------------------------------------------------------

FRAGMENTS = [
    "Mr. Okonkwo was admitted",
    "her daughter Chioma called",
    "call 312-555-0187",
    "MRN 00482911",
    "DOB 04/02/1961",
    "a 93-year-old man",
    "room 412",
    "tunde@example.com",
    "Dr. Rivera taught me",
    "Wilson's disease",
    "Lasix 40 mg at 10:30",
    "I presented on 3/14",
    "Kwabena Asante",
    "lives at 58 Orchard Lane",
]
IDENTIFIERS = ["Okonkwo", "Chioma", "312-555-0187", "00482911", "04/02/1961", "93", "412"]
IDENTIFIERS += ["tunde@example.com", "Kwabena", "Asante", "Orchard Lane"]
separators = st.sampled_from([" ", ", ", ". ", "; ", "\n", " and ", " - "])
notes = st.lists(st.tuples(st.sampled_from(FRAGMENTS), separators), min_size=1, max_size=8).map(
    lambda parts: "".join(f + s for f, s in parts)
)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200) | st.text(
    st.sampled_from("Mr. OkaforBello 0123456789/-@:,'’()\n"), max_size=80
)


def assert_offsets_hold(text, findings):
    assert findings == sorted(findings, key=lambda f: f.start)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
    for left, right in zip(findings, findings[1:], strict=False):
        assert left.end <= right.start


@given(any_text)
def test_findings_in_any_text_are_in_order_within_the_text_and_never_overlap(text):
    assert_offsets_hold(text, find_identifiers(text))


@given(notes)
def test_findings_in_journal_like_notes_hold_their_offsets(text):
    assert_offsets_hold(text, find_identifiers(text))


@given(notes | any_text)
def test_the_rewrite_replaces_exactly_the_finding_spans(text):
    findings = find_identifiers(text)
    marked = [dataclasses.replace(f, replacement="§") for f in findings]
    expected, cursor = "", 0
    for finding in findings:
        expected += text[cursor : finding.start] + "§"
        cursor = finding.end
    assert deidentify(text, marked) == expected + text[cursor:]


@given(notes)
def test_the_rewrite_of_a_journal_note_holds_none_of_its_identifiers(text):
    result = check(text)
    for identifier in IDENTIFIERS:
        assert identifier not in result.rewrite


def test_safe_harbors_own_age_group_is_not_an_identifier() -> None:
    """What the rewrite writes for an age over 89 must pass the guard: a rewritten note is
    checked again before it is stored."""
    rewrite = check("Admitted Mrs. Adaeze Okonkwo, 93, for sepsis").rewrite

    assert check(rewrite).clean
    assert not check("a patient aged 90 or older").findings
    assert [f.text for f in check("she turned 90 today").findings] == ["90"]
