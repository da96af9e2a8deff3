"""Pattern recognisers for the Safe Harbor identifiers other than names.

Each recogniser reads the whole text and returns its findings; overlaps between them are
settled later (find_identifiers keeps the longer span). A number is flagged by its shape when
the shape alone says what it is (an e-mail, an SSN, a phone number); otherwise only after a cue
word ("MRN", "plate", "serial"), because journals are full of harmless numbers: doses, times,
scores, lab values and blood pressures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from ..defaults import PHI_AGE_OVER_LIMIT
from .allow_words import LARGE_PLACES, REFERENCE_DOMAINS
from .finding import Finding

Recogniser = Callable[[str], list[Finding]]

_I = re.IGNORECASE


def _finding(kind: str, text: str, span: tuple[int, int], reason: str, replacement: str) -> Finding:
    start, end = span
    return Finding(kind, start, end, text[start:end], reason, replacement)


def _each(pattern: re.Pattern[str], text: str, group: int | str = 0) -> Iterator[tuple[int, int]]:
    for match in pattern.finditer(text):
        if match.group(group) is not None:
            yield match.span(group)


# --- contact details -------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()\[\]]+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|me|co|us|info|ly|tv)"
    r"(?:/[^\s<>\"'()\[\]]*)?",
    _I,
)
_SOCIAL = re.compile(r"facebook|instagram|tiktok|linkedin|twitter|x\.com|youtube|gofundme|snap", _I)
_IMAGE = re.compile(r"\.(?:jpe?g|png|heic|gif|webp)$", _I)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IP = re.compile(
    rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d.]\d)"
    r"|(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])"
    r"|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\w:])",
    _I,
)
_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w/]|-\d)"
    r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?"
    r"|(?<![\w/])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}[\s.-]?\d{2,4}(?![\w/])",
    _I,
)
# Seven digits are a phone number only after a phone word ("cell 555-0142").
_SHORT_PHONE = re.compile(
    r"\b(?:cell|phone|mobile|number|tel|ph|text|call|fax)(?:\s*(?:is|at|#|:))?\s*"
    r"(?P<v>\d{3}[\s.-]?\d{4})(?![\d/-])",
    _I,
)
_FAX_CUE = re.compile(r"\bfax\b|\bf:\s*$", _I)


def emails(text: str) -> list[Finding]:
    reason = "looks like an e-mail address"
    return [_finding("email", text, s, reason, "[email removed]") for s in _each(_EMAIL, text)]


def urls(text: str) -> list[Finding]:
    """Web addresses, except bare references to clinical sites ("mdcalc.com/calc/801")."""
    found = []
    for match in _URL.finditer(text):
        link = match.group().rstrip(".,;:!?")
        span = (match.start(), match.start() + len(link))
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", link, flags=_I).split("/")[0].lower()
        if any(host == d or host.endswith("." + d) for d in REFERENCE_DOMAINS):
            continue
        if _IMAGE.search(link):
            reason = "links to a picture, which may show a patient"
            found.append(_finding("photo", text, span, reason, "[photo link removed]"))
        elif "/" in link or link.lower().startswith("www.") or _SOCIAL.search(link):
            found.append(_finding("url", text, span, "looks like a web address", "[link removed]"))
    return found


def ips(text: str) -> list[Finding]:
    reason = "looks like an IP address"
    return [_finding("ip", text, s, reason, "[IP address removed]") for s in _each(_IP, text)]


def phones(text: str) -> list[Finding]:
    found = []
    spans = list(_each(_PHONE, text)) + list(_each(_SHORT_PHONE, text, "v"))
    for start, end in spans:
        digits = sum(c.isdigit() for c in text[start:end])
        if digits < 7:
            continue
        if _FAX_CUE.search(text[max(0, start - 14) : start]):
            found.append(
                _finding("fax", text, (start, end), "looks like a fax number", "[fax removed]")
            )
        else:
            reason = "looks like a phone number"
            found.append(_finding("phone", text, (start, end), reason, "[phone removed]"))
    return found


# --- numbers that name a record, an account, a card or a thing ----------------------------

_SEP = r"\s*(?:is|was|of|:|#|no\.?|number|num)?\s*(?:#|:)?\s*"
_CODE = r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,19}(?<!-)"
_ID_CUES: Final[tuple[tuple[str, str, str, str], ...]] = (
    (
        "mrn",
        r"MRN|MR\s?#|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)"
        r"|chart\s+(?:number|no\.?|#)|hospital\s+(?:number|no\.?|#|id)|patient\s+(?:id|number|#)"
        r"|pt\s+(?:id|#)|FIN|CSN|encounter\s+(?:number|no\.?|#)|visit\s+(?:number|#)"
        r"|accession(?:\s+(?:number|no\.?|#))?",
        "looks like a medical record or encounter number",
        "[record number removed]",
    ),
    (
        "insurance",
        r"member\s+(?:id|#|number)|medicaid(?:\s+(?:id|number|#))?|medicare(?:\s+(?:id|number|#))?"
        r"|MBI|HICN|insurance\s+(?:id|number|#|card)|policy\s+(?:number|no\.?|#)"
        r"|subscriber\s+(?:id|#|number)|group\s+(?:number|#)",
        "looks like a health-plan number",
        "[insurance number removed]",
    ),
    (
        "account",
        r"account(?:\s+(?:number|no\.?|#))?|acct\.?(?:\s*#)?|billing\s+(?:number|#)"
        r"|invoice(?:\s*#)?|card\s+ending(?:\s+in)?|credit\s+card(?:\s+number)?",
        "looks like an account or card number",
        "[account number removed]",
    ),
    (
        "license",
        r"driver'?s\s+licen[cs]e(?:\s+(?:number|#))?|DL\s?#|licen[cs]e\s+(?:number|no\.?|#)"
        r"|passport(?:\s+(?:number|no\.?|#))?|green\s+card(?:\s+(?:number|#))?"
        r"|certificate\s+(?:number|no\.?|#)|permit\s+(?:number|#)|alien\s+(?:number|#)|A-number",
        "looks like a licence, passport or certificate number",
        "[licence number removed]",
    ),
    (
        "plate",
        r"(?:license|licence|number)\s+plate|plates?|tag\s+(?:number|#)|registration(?:\s+#)?",
        "looks like a vehicle's plate number",
        "[plate removed]",
    ),
    (
        "vehicle",
        r"VIN",
        "looks like a vehicle identification number",
        "[VIN removed]",
    ),
    (
        "device",
        r"serial(?:\s+(?:number|no\.?|#))?|S/N|SN\s?#|device\s+(?:id|number|#)|IMEI|UDI"
        r"|(?:pacemaker|icd|pump|implant)\s+(?:serial|id|#|number)",
        "looks like a device serial number",
        "[device number removed]",
    ),
    (
        "biometric",
        r"(?:fingerprint|voiceprint|retinal?\s+scan|iris\s+scan|palm\s?print|face\s?id"
        r"|dna\s+profile)(?:\s+(?:id|#|number|code|hash))?",
        "looks like a biometric identifier",
        "[biometric id removed]",
    ),
    (
        "ssn",
        r"SSN|social\s+security(?:\s+(?:number|no\.?|#))?|social(?=\s+(?:is|#|:))"
        r"|last\s+(?:4|four)\s+of\s+(?:her\s+|his\s+|the\s+)?(?:ssn|social)",
        "looks like a Social Security number",
        "[SSN removed]",
    ),
)
# A plate may hold one space ("BX 4421"); every other code is one unbroken word.
_PLATE_CODE = r"(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}"
_CUED_IDS = tuple(
    (
        kind,
        re.compile(
            rf"\b(?:{cue})(?![a-z]){_SEP}(?:ending\s+in\s+)?"
            rf"(?P<id>{_PLATE_CODE if kind == 'plate' else _CODE})\b",
            _I,
        ),
        why,
        put,
    )
    for kind, cue, why, put in _ID_CUES
)
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_LONG_NUMBER = re.compile(r"(?<![\w.,/:-])(?:\d{7,}|[A-Z]{1,3}-?\d{6,})(?![\w.,/:]|-\d)")


def numbered_ids(text: str) -> list[Finding]:
    """Record, plan, account, licence, plate, VIN, device, biometric and Social Security
    numbers after their cue word, bare SSNs (123-45-6789), and any other long number."""
    found = [
        _finding(kind, text, span, why, put)
        for kind, pattern, why, put in _CUED_IDS
        for span in _each(pattern, text, "id")
    ]
    ssn_reason = "has the shape of a Social Security number"
    found += [_finding("ssn", text, s, ssn_reason, "[SSN removed]") for s in _each(_SSN, text)]
    reason = "a long number that could be a record or account number"
    found += [
        _finding("id", text, s, reason, "[number removed]") for s in _each(_LONG_NUMBER, text)
    ]
    return found


# --- where a patient is ----------------------------------------------------------------------

_ROOM = re.compile(
    r"\b(?P<cue>room|rm|bed|bay|cubicle|stretcher)\.?\s*(?:#|no\.?|number)?\s*"
    r"(?:\d{1,4}[A-Za-z]?|[A-Za-z]-?\d{1,4})(?![\w/])",
    _I,
)
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way"
    r"|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Crescent|Close|Plaza|Loop"
)
_STREET = re.compile(
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\.?\s+){{1,4}}(?:{_STREET_TYPES})\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?\s*\w+)?"
    rf"|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\boff\s))(?:[A-Z][a-z'-]+\s+){{1,3}}"
    r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|St\.|Ave\.?|Rd\.?|Blvd\.?)"
    r"|\bP\.?\s?O\.?\s*Box\s+\d+"
    r"|\b(?:Apt|Apartment)\.?\s*#?\s*\d+[A-Z]?\b"
)
_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
    r"|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_ZIP = re.compile(
    rf"(?:\b(?:{_STATES}),?\s|\b(?:zip|zipcode|zip\s+code|postal\s+code)(?:\s+is|:)?\s)"
    r"(?P<v>\d{5}(?:-\d{4})?)(?!\d)"
    r"|(?<![\d-])(?P<v2>\d{5}-\d{4})(?![\d-])",
    _I,
)
_TOWN_AFTER_STREET = re.compile(
    r",?\s*(?:[A-Z][a-z]+\s?){1,3},?\s*(?:[A-Z]{2}\s+)?(?P<v>\d{5})(?!\d)"
)
_CITY_BEFORE_ZIP = re.compile(
    rf"\b(?:[A-Z][a-z]+\s){{0,2}}[A-Z][a-z]+,\s(?:{_STATES})(?=\s\d{{5}})"
)
_PLACE = re.compile(
    r"\b(?:lives|living|lived|resides|residing)\s+(?:in|at|near|on)\s+(?:the\s+)?"
    r"|\b(?:resident\s+of|moved\s+(?:here\s+)?from|hometown(?:\s+is)?|grew\s+up\s+in"
    r"|nursing\s+home\s+in|shelter\s+in|neighbou?rhood\s+of)\s+(?:the\s+)?"
    r"|\b(?:works|worked|working)\s+(?:at|for)\s+(?:the\s+)?|\bemployed\s+(?:at|by)\s+(?:the\s+)?"
)
_PLACE_NAME = re.compile(r"[A-Z][\w'&.-]*(?:\s+(?:of\s+)?[A-Z][\w'&.-]*){0,3}")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|we|our)\b")


def rooms(text: str) -> list[Finding]:
    found = []
    for match in _ROOM.finditer(text):
        word = match.group("cue").lower()
        word = {"rm": "room", "stretcher": "bed"}.get(word, word)
        reason = f"a {word} number places a patient"
        found.append(_finding("room", text, match.span(), reason, f"[{word}]"))
    return found


def addresses(text: str) -> list[Finding]:
    reason = "looks like a street address"
    found = [
        _finding("address", text, s, reason, "[address removed]") for s in _each(_STREET, text)
    ]
    city = "a town or city with a ZIP code"
    found += [_finding("address", text, s, city, "[town]") for s in _each(_CITY_BEFORE_ZIP, text)]
    zip_reason = "looks like a ZIP code"
    spans = list(_each(_ZIP, text, "v")) + list(_each(_ZIP, text, "v2"))
    for street in _STREET.finditer(text):
        town = _TOWN_AFTER_STREET.match(text, street.end())
        if town is not None:
            spans.append(town.span("v"))
    found += [_finding("zip", text, s, zip_reason, "[ZIP removed]") for s in spans]
    return found


def places(text: str) -> list[Finding]:
    """A town, neighbourhood or employer after "lives in", "works at" and the like, unless the
    sentence is about the applicant ("I grew up in Lagos") or the place is a state or country."""
    found = []
    for cue in _PLACE.finditer(text):
        name = _PLACE_NAME.match(text, cue.end())
        if name is None or name.group().lower() in LARGE_PLACES:
            continue
        if _FIRST_PERSON.search(text[max(0, cue.start() - 30) : cue.start()]):
            continue
        employer = cue.group().lower().startswith(("work", "employ"))
        kind, put = ("employer", "[employer]") if employer else ("place", "[place]")
        reason = (
            "names where someone works" if employer else "names a town or area smaller than a state"
        )
        found.append(_finding(kind, text, name.span(), reason, put))
    return found


# --- ages over 89 --------------------------------------------------------------------------

_AGE = re.compile(
    r"\b(?P<n>\d{2,3})\s*-?\s*(?:years?|yrs?|y)\s*-?\s*(?:old|o\b|/o\b|\.o\.)"
    r"|\b(?P<n2>\d{2,3})\s?(?:yo|y/o|y\.o\.|yrs?)(?:\s?[MF])?\b"
    r"|\b(?P<n3>\d{2,3})\s?(?:[MF]|yM|yF)\b(?!\s*°)"
    r"|\b(?:age|aged|ages|turned|turns|turning)\s+(?:of\s+)?(?P<n4>\d{2,3})\b"
    r"|\b(?P<n5>\d{2,3})\s+years\s+of\s+age\b"
    r"|\b(?P<n6>\d{2,3})(?:st|nd|rd|th)\s+birthday\b",
    _I,
)
_AGE_WORDS = re.compile(
    r"\bin\s+(?:his|her|their|the)\s+(?:90s|nineties|100s)\b|\b(?:nonagenarian|centenarian)\b",
    _I,
)
_TEMPERATURE = re.compile(r"(?:fever|temp|tmax|febrile|t)\W{0,3}$", _I)
# Safe Harbor's own group ("aged 90 or older", "90+"): what the rewrite writes, no identifier.
_AGE_GROUP = re.compile(r"\s*(?:\+|or\s+(?:older|over)|and\s+(?:older|over))", _I)


def old_ages(text: str) -> list[Finding]:
    """Ages over 89 in any common form ("92-year-old", "92 yo", "92F", "aged 93"): Safe Harbor
    folds them into one group, 90 or older. A Fahrenheit temperature ("Tmax 101F") is no age."""
    found = []
    reason = f"an age over {PHI_AGE_OVER_LIMIT} can single a patient out"
    for match in _AGE.finditer(text):
        group = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if match.group(g))
        value = int(match.group(group))
        if not PHI_AGE_OVER_LIMIT < value <= 125:
            continue
        if group == "n3" and _TEMPERATURE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        if value == PHI_AGE_OVER_LIMIT + 1 and _AGE_GROUP.match(text, match.end(group)):
            continue
        found.append(_finding("age", text, match.span(group), reason, "90+"))
    for span in _each(_AGE_WORDS, text):
        found.append(_finding("age", text, span, reason, "over 89"))
    return found


# --- dates tied to a patient -----------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?:[/-](?:(?:19|20)?\d{2}))?"
    r"(?![\d/]|-\d)"
    rf"|\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
    r"|\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}\b"
    rf"|\b{_MONTH}\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"
    rf"|\b{_MONTH},?\s+{_YEAR}\b"
    rf"|\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"
    r"|\bthe\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b",
    _I,
)
_BIRTH_YEAR = re.compile(
    r"\b(?:born|b\.|DOB|D\.O\.B\.?|date\s+of\s+birth|YOB|year\s+of\s+birth|birth\s+year)"
    rf"\s*(?:in|:|was|is|on)?\s*(?P<year>{_YEAR})\b",
    _I,
)
_BIRTH_CUE = re.compile(r"\b(?:born|dob|d\.o\.b|birth|birthday|birthdate|b\.)\W*$", _I)
_STRONG_CUE = re.compile(
    r"\b(?:dob|d\.o\.b|born|birthday|birthdate|date\s+of\s+birth|admit(?:ted)?|admission|adm"
    r"|readmit(?:ted)?|readmission|discharged?|d/?c'?d|died|death|passed\s+away|expired"
    r"|deceased|intubated|extubated|transferred|surgery|operated|underwent|s/p|status\s+post"
    r"|diagnosed|dx'?d|delivered|delivery|lmp|edd|due\s+date|coded|biopsy|biopsied)\b",
    _I,
)
_EVENT_CUE = re.compile(
    r"\b(?:presented|came\s+in|arrived|seen|saw|visit|appointment|appt|follow-?up|f/u"
    r"|fell|fall|injur(?:y|ed)|accident|mvc|mva|onset|since|started|stroke|mi|symptoms|scan|ct"
    r"|mri|x-?ray|echo|ekg|ecg|colonoscopy|endoscopy|egd|labs|cultures?|clinic|ed|er|icu)\b",
    _I,
)
_AFTER_CUE = re.compile(
    r"^[^.;!?]{0,24}?\b(?:admission|discharge|readmission|surgery|procedure|delivery|death"
    r"|birthday|was\s+admitted|was\s+discharged|was\s+born|died|passed\s+away|expired)\b",
    _I,
)
_PATIENT_REF = re.compile(
    r"\b(?:pt|patient|he|she|his|her|him|mr|mrs|ms|miss)\b|'s\s+(?:daughter|son|wife|husband)",
    _I,
)
_NOT_A_DATE = re.compile(
    r"\b(?:pain|scale|strength|power|motor|score|rated|rates|tab|tabs)\W*$", _I
)
_NOT_A_DATE_AFTER = re.compile(r"^\s*(?:pain|strength|on\s+the\s+scale|tabs?\b|of\s+the)", _I)
_SENTENCE_END = re.compile(r"[!?;\n]|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Pt|pt|vs|No))(?<!Mrs)\.\s")


def _clause_before(text: str, pos: int, limit: int = 80) -> str:
    window = text[max(0, pos - limit) : pos]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def _clause_after(text: str, pos: int, limit: int = 60) -> str:
    window = text[pos : pos + limit]
    end = _SENTENCE_END.search(window)
    return window[: end.start()] if end else window


def _ties_to_patient(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(tied to a patient, is a birth date) for the date in text[start:end]."""
    before = _clause_before(text, start)
    if _NOT_A_DATE.search(before) or _NOT_A_DATE_AFTER.match(text, end):
        return False, False
    birth = bool(_BIRTH_CUE.search(before))
    if birth or _STRONG_CUE.search(before):
        return True, birth
    after = text[end : end + 40]
    if _AFTER_CUE.match(after) and not _FIRST_PERSON.search(after[:24]):
        return True, "born" in after[:30].lower() or "birthday" in after[:30].lower()
    first_person = _FIRST_PERSON.search(before)
    about_patient = _PATIENT_REF.search(before) or _PATIENT_REF.search(_clause_after(text, end))
    tied = bool(_EVENT_CUE.search(before) and about_patient and not first_person)
    return tied, False


def dates(text: str) -> list[Finding]:
    """Dates tied to a patient: after a birth, admission, discharge, death or procedure word
    ("DOB 04/02/1961", "admitted 3/14"), or after an event word in a sentence about a patient
    and not about the applicant ("she presented on 3/14"; not "I presented on 3/14"). The
    applicant's own schedule ("feedback on 3 Feb") is no identifier; neither is a year alone,
    except a birth year ("born 1950")."""
    found = []
    for match in _DATE.finditer(text):
        tied, birth = _ties_to_patient(text, match.start(), match.end())
        if tied:
            reason = "a patient's birth date" if birth else "a date tied to a patient's care"
            put = "[date of birth]" if birth else "[date]"
            found.append(_finding("date", text, match.span(), reason, put))
    reason = "a patient's birth year"
    found += [
        _finding("date", text, s, reason, "[year of birth]")
        for s in _each(_BIRTH_YEAR, text, "year")
    ]
    return found


# --- anything else that singles a patient out ------------------------------------------------

_UNIQUE = re.compile(
    r"\b(?:famous|celebrity|well-known|news\s+anchor|the\s+mayor|(?:state\s+)?senator"
    r"|congress(?:man|woman)|the\s+governor|professional\s+athlete|olympian|olympic"
    r"|NFL|NBA|MLB|NHL|WNBA)\b",
    _I,
)


def unique_traits(text: str) -> list[Finding]:
    """Fame or public office in a sentence about a patient: enough to recognise someone."""
    found = []
    for match in _UNIQUE.finditer(text):
        before = _clause_before(text, match.start(), 60)
        if _PATIENT_REF.search(before) and not _FIRST_PERSON.search(before):
            reason = "a detail this rare could identify the patient"
            found.append(_finding("unique", text, match.span(), reason, "[detail removed]"))
    return found


PATTERN_RECOGNISERS: Final[tuple[Recogniser, ...]] = (
    emails,
    urls,
    ips,
    phones,
    numbered_ids,
    rooms,
    addresses,
    places,
    old_ages,
    dates,
    unique_traits,
)
