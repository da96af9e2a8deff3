"""The words providers use for what an offer is: its kind ("sub-I", "shadowing"), setting
("community teaching hospital, inpatient"), supervision ("1:1 with an attending"), letter policy
("LOR on performance"), duties ("H&P, notes"), whether residency applicants may come, the
state and the specialty ("IM", "Cardiology"). Each `read_*` works as those of
core/site_text.py do: a `Reading`, or `Unreadable` naming what lorkit knows instead.
"""

from __future__ import annotations

import re

from lorkit.core.site_text import (
    Reading,
    Unreadable,
    first_match,
    has,
    quoted,
    says_unknown,
    unknown,
    words,
)
from lorkit.core.sites import Duty, Institution, LetterPolicy, SiteKind, Supervision
from lorkit.core.vocabulary import ERAS_SPECIALTIES, US_STATES, Setting

# In order: the first kind whose words appear wins, so "research elective" is research and
# "observership elective" an observership.
KIND_WORDS: tuple[tuple[SiteKind, tuple[str, ...]], ...] = (
    (
        SiteKind.SUB_INTERNSHIP,
        ("sub i", "subi", "sub internship", "subinternship", "sub intern", "acting internship"),
    ),
    (SiteKind.CLERKSHIP, ("clerkship", "clerkships", "core rotation")),
    (SiteKind.EXTERNSHIP, ("externship", "externships", "extern")),
    (SiteKind.RESEARCH, ("research",)),
    (
        SiteKind.OBSERVERSHIP,
        ("observership", "observerships", "observer", "observation", "observational", "shadowing")
        + ("shadow", "observe", "observing"),
    ),
    (
        SiteKind.ELECTIVE,
        ("elective", "electives", "hands on", "handson", "clinical rotation", "rotation")
        + ("clinical experience", "usce", "clinical"),
    ),
)


def read_kind(text: str) -> Reading[SiteKind | None]:
    if says_unknown(text):
        return unknown(text)
    kind = first_match(words(text), KIND_WORDS)
    if kind is None:
        raise Unreadable(
            f"{quoted(text)} is not a kind lorkit knows: elective, externship, sub-I, "
            "clerkship, observership (or shadowing) or research"
        )
    return Reading(kind)


INSTITUTION_WORDS: tuple[tuple[Institution, tuple[str, ...]], ...] = (
    (Institution.COMMUNITY, ("community",)),
    (
        Institution.ACADEMIC,
        ("academic", "university", "medical school", "school of medicine", "tertiary"),
    ),
    (
        Institution.PRIVATE,
        ("private practice", "private office", "private clinic", "private", "group practice")
        + ("practice", "office"),
    ),
)
INPATIENT_WORDS = ("inpatient", "in patient", "wards", "ward", "icu", "hospitalist", "floors")
OUTPATIENT_WORDS = ("outpatient", "out patient", "clinic", "clinics", "office", "ambulatory")
MIXED_WORDS = ("mixed", "both", "in outpatient", "inpatient outpatient")


def read_setting(text: str) -> Reading[tuple[Institution | None, Setting | None]]:
    """The CSV's one `setting` column carries two things: the kind of place (academic,
    community teaching, private practice) and the care (inpatient, outpatient, mixed).
    Either may be missing; words naming neither are refused."""
    if says_unknown(text):
        return Reading((None, None), unknown(text).note)
    said = words(text)
    institution, rest = None, said
    for candidate, phrases in INSTITUTION_WORDS:
        found = next((p for p in phrases if has(said, p)), None)
        if found:
            institution = candidate
            # "private practice" names the place; its "practice" must not also count as care.
            rest = f" {said} ".replace(f" {found} ", " ").strip()
            break
    care = _care(rest)
    if institution is None and care is None:
        raise Unreadable(
            f"{quoted(text)} is not a setting lorkit knows: academic, community teaching or "
            "private practice, and inpatient, outpatient or mixed"
        )
    return Reading((institution, care))


def _care(said: str) -> Setting | None:
    if any(has(said, p) for p in MIXED_WORDS):
        return Setting.MIXED
    outpatient = any(has(said, p) for p in OUTPATIENT_WORDS)
    # "Hospital" alone means the wards; beside "clinic" it is only where the clinic is.
    inpatient = any(has(said, p) for p in INPATIENT_WORDS) or (
        has(said, "hospital") and not outpatient
    )
    if inpatient and outpatient:
        return Setting.MIXED
    if inpatient:
        return Setting.INPATIENT
    return Setting.OUTPATIENT if outpatient else None


SUPERVISION_WORDS: tuple[tuple[Supervision, tuple[str, ...]], ...] = (
    (
        Supervision.RESIDENTS_ONLY,
        ("residents only", "resident only", "only residents", "follow residents")
        + ("shadow residents", "with residents", "resident led", "resident team"),
    ),
    (
        Supervision.MANY_STUDENTS,
        ("many students", "large group", "large groups", "group of", "groups of", "cohort"),
    ),
    (
        Supervision.ONE_PRECEPTOR,
        ("one on one", "1 on 1", "one preceptor", "single preceptor", "one attending")
        + ("single attending", "individual", "personal preceptor", "private preceptor")
        + ("preceptor", "attending", "physician"),
    ),
    (Supervision.SMALL_TEAM, ("small team", "small group", "team", "small", "few students")),
    (Supervision.RESIDENTS_ONLY, ("residents", "resident")),
)
LEARNERS = r"(?:students?|learners?|rotators?|trainees?|externs?|observers?|visitors?)"


def read_supervision(text: str) -> Reading[Supervision | None]:
    """A ratio ("1:1", "1 to 4") or a head count ("up to 8 students") is read by its number:
    one learner is one preceptor, two or three a small team, more are many."""
    if says_unknown(text):
        return unknown(text)
    lower = text.casefold()
    counted = re.search(r"\b1\s*(?::|to|/)\s*(\d+)\b", lower) or re.search(
        rf"\b(\d+)\s*{LEARNERS}\b", lower
    )
    if counted:
        return Reading(_by_count(int(counted.group(1))))
    found = first_match(words(text), SUPERVISION_WORDS)
    if found is None:
        raise Unreadable(
            f"{quoted(text)} is not a supervision lorkit knows: one preceptor (1:1), small "
            "team, many students per preceptor, or residents only"
        )
    return Reading(found)


def _by_count(learners: int) -> Supervision:
    if learners <= 1:
        return Supervision.ONE_PRECEPTOR
    return Supervision.SMALL_TEAM if learners <= 3 else Supervision.MANY_STUDENTS


# In order: "not guaranteed" is earned, "certificate only, no LOR" is no letter, and a policy
# that names a letter without a condition offers one.
LETTER_WORDS: tuple[tuple[LetterPolicy, tuple[str, ...]], ...] = (
    (
        LetterPolicy.ON_PERFORMANCE,
        ("performance", "discretion", "possible", "may", "might", "if earned", "earned", "merit")
        + ("not guaranteed", "depending", "depends", "case by case", "eligible", "if you"),
    ),
    (LetterPolicy.GENERIC_ONLY, ("generic", "template", "standard", "form letter")),
    (
        LetterPolicy.NO_LETTER,
        ("no letter", "no letters", "no lor", "no lors", "no lor s", "not provided")
        + ("not offered", "not available", "none", "no", "no recommendation", "not given")
        + ("does not provide", "do not provide", "never"),
    ),
    (
        LetterPolicy.GENERIC_ONLY,
        ("certificate", "completion", "verification", "attendance", "evaluation only"),
    ),
    (
        LetterPolicy.PERSONALISED,
        ("personalized", "personalised", "personal", "lor", "lors", "letter", "letters")
        + ("yes", "included", "guaranteed", "provided", "offered", "strong", "recommendation"),
    ),
)


def read_letter_policy(text: str) -> Reading[LetterPolicy | None]:
    if says_unknown(text):
        return unknown(text)
    found = first_match(words(text), LETTER_WORDS)
    if found is None:
        raise Unreadable(
            f"{quoted(text)} is not a letter policy lorkit knows: personalised letter, "
            "possible on performance, generic only, or none"
        )
    return Reading(found)


DUTY_WORDS: tuple[tuple[Duty, tuple[str, ...]], ...] = (
    (
        Duty.HISTORIES,
        ("h p", "hp", "h ps", "hps", "h and p", "history", "histories", "physical", "physicals")
        + ("hpi", "interview", "interviews", "interviewing", "admission", "admissions", "exam")
        + ("examine", "examinations", "examination"),
    ),
    (
        Duty.NOTES,
        ("note", "notes", "soap", "documentation", "document", "charting", "chart", "write"),
    ),
    (Duty.PRESENTING, ("present", "presenting", "presentation", "presentations", "presents")),
    (Duty.ROUNDS, ("round", "rounds", "rounding")),
    (
        Duty.PROCEDURES,
        ("procedure", "procedures", "procedural", "suturing", "suture", "scrub", "scrubbing")
        + ("assist", "assisting", "injections"),
    ),
)
NO_DUTY_WORDS = (
    "none",
    "no patient contact",
    "observe only",
    "observation only",
    "observing only",
    "shadowing only",
    "shadow only",
    "observe",
    "no hands on",
    "nothing",
    "watch",
    "watch only",
)
ALL_DUTY_WORDS = ("all", "all of the above", "everything", "full hands on", "full")


def read_duties(text: str) -> Reading[frozenset[Duty] | None]:
    """What the applicant may do: any of the duties named; "none" or "observe only" is no
    patient contact (an empty set, unlike a blank, which is not known); "all" is every duty."""
    if says_unknown(text):
        return unknown(text)
    said = words(text.replace("&", " and "))
    if said in ALL_DUTY_WORDS:
        return Reading(frozenset(Duty))
    found = frozenset(duty for duty, phrases in DUTY_WORDS if any(has(said, p) for p in phrases))
    if found:
        return Reading(found)
    if any(has(said, p) for p in NO_DUTY_WORDS):
        return Reading(frozenset())
    raise Unreadable(
        f"{quoted(text)} names no duty lorkit knows: histories and physicals, notes, "
        "presenting, rounds, procedures, or none"
    )


YES_WORDS = ("yes", "y", "true", "accepted", "accept", "accepts", "open", "welcome", "allowed")
NO_WORDS = ("no", "n", "false", "not", "students only", "only students", "excluded", "refused")


def read_residency(text: str) -> Reading[bool | None]:
    """Whether applicants who intend to apply for U.S. residency are accepted."""
    if says_unknown(text):
        return unknown(text)
    said = words(text)
    if has(said, "no restriction") or has(said, "no restrictions"):
        return Reading(True)
    if any(has(said, p) for p in NO_WORDS) or has(said, "enrolled") or has(said, "current"):
        return Reading(False)
    if any(has(said, p) for p in YES_WORDS) or has(said, "img") or has(said, "imgs"):
        return Reading(True)
    raise Unreadable(f"{quoted(text)} is not yes or no")


STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "washington dc": "DC", "washington d c": "DC", "d c": "DC", "florida": "FL",
    "georgia": "GA", "hawaii": "HI",
    "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS",
    "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA",
    "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "puerto rico": "PR",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN",
    "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "virgin islands": "VI",
    "us virgin islands": "VI", "washington": "WA", "west virginia": "WV", "wisconsin": "WI",
    "wyoming": "WY", "guam": "GU",
}  # fmt: skip


def read_state(text: str) -> Reading[str]:
    """A two-letter code ("il", "IL") or a name ("Illinois", "Washington, D.C.")."""
    if says_unknown(text):
        return Reading("", unknown(text).note)
    said = words(text)
    code = said.upper() if said.upper() in US_STATES else STATE_NAMES.get(said)
    if code is None:
        raise Unreadable(f"{quoted(text)} is not a U.S. state, such as IL or Illinois")
    return Reading(code)


ERAS_BY_WORDS = {words(name): name for name in ERAS_SPECIALTIES}
SPECIALTY_WORDS = {
    "im": "Internal Medicine", "internal med": "Internal Medicine", "int med": "Internal Medicine",
    "medicine": "Internal Medicine", "general medicine": "Internal Medicine",
    "general internal medicine": "Internal Medicine", "fm": "Family Medicine",
    "family practice": "Family Medicine", "family med": "Family Medicine",
    "peds": "Pediatrics", "paeds": "Pediatrics", "pediatric": "Pediatrics",
    "paediatrics": "Pediatrics", "psych": "Psychiatry", "neuro": "Neurology",
    "surgery": "General Surgery", "gen surg": "General Surgery",
    "ob gyn": "Obstetrics and Gynecology",
    "obgyn": "Obstetrics and Gynecology", "obstetrics": "Obstetrics and Gynecology",
    "gynecology": "Obstetrics and Gynecology", "em": "Emergency Medicine",
    "emergency": "Emergency Medicine", "er": "Emergency Medicine", "ed": "Emergency Medicine",
    "anesthesia": "Anesthesiology", "anaesthesia": "Anesthesiology",
    "radiology": "Diagnostic Radiology", "derm": "Dermatology", "path": "Pathology",
    "pm r": "Physical Medicine and Rehabilitation", "pmr": "Physical Medicine and Rehabilitation",
    "physiatry": "Physical Medicine and Rehabilitation", "ortho": "Orthopaedic Surgery",
    "orthopedics": "Orthopaedic Surgery", "orthopaedics": "Orthopaedic Surgery",
    "orthopedic surgery": "Orthopaedic Surgery", "ent": "Otolaryngology",
    "ophtho": "Ophthalmology", "neurosurgery": "Neurological Surgery",
    "med peds": "Internal Medicine/Pediatrics", "im peds": "Internal Medicine/Pediatrics",
}  # fmt: skip
# Areas inside an ERAS specialty: the letter counts for the specialty, the area is kept as its
# focus ("Internal Medicine (Cardiology)").
SUBSPECIALTIES = {
    "cardiology": "Internal Medicine", "nephrology": "Internal Medicine",
    "gastroenterology": "Internal Medicine", "gi": "Internal Medicine",
    "pulmonology": "Internal Medicine", "pulmonary": "Internal Medicine",
    "critical care": "Internal Medicine", "endocrinology": "Internal Medicine",
    "infectious disease": "Internal Medicine", "infectious diseases": "Internal Medicine",
    "hematology": "Internal Medicine", "oncology": "Internal Medicine",
    "heme onc": "Internal Medicine", "rheumatology": "Internal Medicine",
    "geriatrics": "Internal Medicine", "hospitalist": "Internal Medicine",
    "hospital medicine": "Internal Medicine", "allergy": "Internal Medicine",
    "neonatology": "Pediatrics", "nicu": "Pediatrics", "trauma": "General Surgery",
}  # fmt: skip


def read_specialty(text: str) -> Reading[tuple[str, str]]:
    """(ERAS specialty, focus): "IM" is Internal Medicine; "Cardiology" is Internal Medicine
    with the focus Cardiology; a pediatric area is Pediatrics. Words naming no ERAS specialty
    are kept as the focus, the specialty left unknown, with a note."""
    if says_unknown(text):
        return Reading(("", ""), unknown(text).note)
    said, shown = words(text), " ".join(text.split())
    if said in ERAS_BY_WORDS:
        return Reading((ERAS_BY_WORDS[said], ""))
    if said in SPECIALTY_WORDS:
        return Reading((SPECIALTY_WORDS[said], ""))
    if has(said, "pediatric") or has(said, "paediatric") or has(said, "peds"):
        return Reading(("Pediatrics", shown))
    area = next((name for phrase, name in SUBSPECIALTIES.items() if has(said, phrase)), None)
    if area:
        return Reading((area, shown))
    named = [name for phrase, name in (*ERAS_BY_WORDS.items(), *SPECIALTY_WORDS.items())]
    phrases = [*ERAS_BY_WORDS, *SPECIALTY_WORDS]
    inside = next(
        (n for p, n in zip(phrases, named, strict=True) if " " in p and has(said, p)), None
    )
    if inside:
        return Reading((inside, shown))
    note = f"{quoted(text)} is not an ERAS specialty: kept as the focus, specialty not known"
    return Reading(("", shown), note)
