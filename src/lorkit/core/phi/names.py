"""The name recogniser: patients' and relatives' names, told apart from staff, eponyms and the
applicant's own people.

A run of capitalised words is a patient's name when a cue says so (a title such as "Mrs." or
"Alhaji", "pt", "his daughter", an age after it, a verb patients do: "was admitted"), or when
one of its words is in the name lists and is no English word ("Okafor", "Nguyễn"). It is not
when the cue points at staff ("Dr.", "my attending", "taught me"), when it is an eponym
("Wilson's disease"), a place of care ("St. Luke's Hospital"), or one of `known` names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import allow_words as aw
from .finding import Finding
from .lexicon import WordClass, fold, lexicon

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_POSSESSIVE = re.compile(r"['’]s$")
_BREAK = re.compile(r"[.!?;:,()\[\]\n\"/|]")
_AGE_AFTER = re.compile(
    r"(?:(?P<sep>,\s*|\s*\(\s*)(?:a\s+|an\s+|age\s+|aged\s+)?(?P<age>\d{1,3})"
    r"|\s+(?P<age2>\d{1,3})(?=\s*(?:-?\s*y|yo\b|y/o|[MF]\b)))"
    r"(?P<unit>\s*-?\s*(?:years?|yrs?|y)(?:\s*-?\s*old|/o|o\b|\.o\.)?|\s*y/?o\b|\s*yo\b)?"
    r"(?:\s*-?\s*(?P<sex>[MF])\b)?(?P<close>\s*\))?(?P<trail>,(?=\s))?"
    r"(?!\s*(?:mg|mcg|ml|units?|am|pm|kg|lbs?|%|min|hours?|days?|weeks?|cm|mm|:|\.\d))",
    re.IGNORECASE,
)
_SEX_AFTER = re.compile(r"^[\s,()\-\w]{0,30}?\b(man|woman|male|female|gentleman|lady)\b", re.I)
_FEMALE_TITLES = aw.word_set(
    "mrs ms miss madam madame mme mlle frau sra srta senora senorita dona shrimati smt kumari "
    "tmt selvi alhaja hajia hajiya mama auntie aunty grandma granny abuela tia babushka pani "
    "panna gospozha"
)
_MALE_TITLES = aw.word_set(
    "mr mister monsieur herr sr senor don shri thiru alhaji alh mallam malam baba papa uncle "
    "grandpa abuelo tio dedushka pan gospodin"
)
_AUXILIARIES = aw.word_set("was is has had got been being were just then finally")
_STRONG_VERBS = aw.PATIENT_VERBS - aw.word_set("was is has had came went got needs needed")
# After a title every capitalised word is part of the name ("Mrs. Hoang Thi Thu", although
# "Thu" is also Thursday) unless it is a word of care ("Mrs. Bello ICU transfer").
_CARE_WORDS = aw.CLINICAL_WORDS | aw.DRUG_WORDS
_STAFF_PHRASES = aw.word_set("gave let had showed taught pushed encouraged invited allowed wants")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int  # the end of the word without a possessive 's
    word: str
    folded: str
    possessive: bool
    kind: WordClass

    shouting: bool = False  # the whole line is in capitals ("MR. DELANEY WAS ADMITTED")

    @property
    def capitalised(self) -> bool:
        if len(self.word) > 1 and self.word.isupper():
            return self.shouting
        return self.word[:1].isupper()


@dataclass
class KnownPeople:
    """The applicant's own people, matched case-insensitively by whole name or any part of it,
    with or without a title ("Dr. Ana Rivera" also matches "Rivera" and "ana")."""

    words: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, names: Iterable[str]) -> KnownPeople:
        titles = aw.PATIENT_TITLES | aw.STAFF_TITLES | aw.NAME_PARTICLES
        words = {
            fold(w)
            for name in names
            for w in _WORD.findall(name)
            if fold(w) not in titles and len(w) > 1
        }
        return cls(words)

    def covers(self, tokens: list[_Token]) -> bool:
        parts = [t for t in tokens if len(t.word) > 1 and t.folded not in aw.NAME_PARTICLES]
        return bool(parts) and all(t.folded in self.words for t in parts)


def name_words(name: str) -> list[str]:
    """The folded words of a name without its titles: "Mrs. Nguyễn, 67" gives ["nguyen"]."""
    titles = aw.PATIENT_TITLES | aw.STAFF_TITLES
    return [fold(w) for w in _WORD.findall(name) if fold(w) not in titles]


def _shouting_lines(text: str) -> list[tuple[int, bool]]:
    """(start, in capitals) for each line of `text`, in order."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, not any(c.islower() for c in line)))
        start += len(line) + 1
    return lines


def _tokens(text: str) -> list[_Token]:
    lex = lexicon()
    lines = _shouting_lines(text)
    line = 0
    found = []
    for match in _WORD.finditer(text):
        while line + 1 < len(lines) and lines[line + 1][0] <= match.start():
            line += 1
        word = match.group()
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 3
        if possessive:
            word = word[:-2]
        folded = fold(word)
        kind = lex.classify(folded)
        shouting = lines[line][1]
        found.append(
            _Token(
                match.start(), match.start() + len(word), word, folded, possessive, kind, shouting
            )
        )
    return found


def _gap(text: str, left: _Token, right: _Token) -> str:
    return text[left.end : right.start]


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """True when only spaces (or an initial's full stop) separate two words on one line."""
    gap = _gap(text, left, right)
    if left.possessive:
        return False
    return gap.strip(" \t") == "" or (len(left.word) == 1 and gap.strip(" \t") == ".")


def _is_title(token: _Token, following: _Token | None) -> bool:
    if token.folded not in aw.PATIENT_TITLES:
        return False
    if token.folded in aw.TITLES_NEEDING_CAPITAL or token.word.isupper():
        return following is not None and following.capitalised
    return True


def _strong(token: _Token) -> bool:
    return token.kind is WordClass.STRONG_NAME


def _name_like(token: _Token, after_title: bool) -> bool:
    if after_title:
        return token.kind is not WordClass.PLAIN or token.capitalised
    if not token.capitalised:
        return False
    return token.kind is not WordClass.PLAIN


@dataclass
class _Run:
    first: int  # token indexes, inclusive
    last: int
    title: int | None = None  # index of a patient title before the run


def _after_particles(text: str, tokens: list[_Token], k: int) -> int | None:
    """The index of the name word after one or more particles from tokens[k] on ("de la Cruz",
    "bin Rashid"), or None when no name word follows them."""
    while k < len(tokens) and tokens[k].folded in aw.NAME_PARTICLES and not tokens[k].capitalised:
        if k + 1 >= len(tokens) or not _joined(text, tokens[k], tokens[k + 1]):
            return None
        k += 1
    if (
        k < len(tokens)
        and tokens[k - 1].folded in aw.NAME_PARTICLES
        and _name_like(tokens[k], False)
    ):
        return k
    return None


def _runs(text: str, tokens: list[_Token]) -> list[_Run]:
    """Maximal runs of name-like words on one line, joined by spaces or name particles."""
    runs: list[_Run] = []
    i = 0
    while i < len(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            following is not None
            and _is_title(tokens[i], following)
            and _gap(text, tokens[i], following).strip() in {"", "."}
        ):
            i += 1  # "Don José": the title is no part of the name that follows it
            continue
        single = len(tokens[i].word) == 1 and not (
            following is not None
            and _gap(text, tokens[i], following).strip() == "."
            and following.capitalised
            and following.kind is not WordClass.PLAIN
        )
        if single:  # "2 L", "C. diff": a lone letter is a name only as an initial ("J. Okafor")
            i += 1
            continue
        title = i - 1 if i > 0 and _is_title(tokens[i - 1], tokens[i]) else None
        gap = _gap(text, tokens[i - 1], tokens[i]).strip() if i > 0 else "?"
        after_title = title is not None and gap in {"", "."}
        lower_ok = not tokens[i].capitalised and (
            (after_title and tokens[i - 1].word.islower())
            or (i > 0 and tokens[i - 1].folded in {"pt", "patient"} and _strong(tokens[i]))
        )
        if not (lower_ok or (tokens[i].capitalised and _name_like(tokens[i], after_title))):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _joined(text, tokens[j], tokens[j + 1]):
            nxt = tokens[j + 1]
            titled_name_goes_on = (
                after_title
                and nxt.capitalised
                and nxt.folded not in _CARE_WORDS
                and not (nxt.shouting and nxt.kind is WordClass.PLAIN)
            )
            if (
                _name_like(nxt, False)
                or (lower_ok and nxt.kind is WordClass.STRONG_NAME)
                or titled_name_goes_on
            ):
                j += 1
            elif (end := _after_particles(text, tokens, j + 1)) is not None:
                j = end
            else:
                break
        if j > i and title is None and _opening_verb(text, tokens[i]):
            i += 1  # "Thanked Maribel": a verb that opens the sentence is no first name
        runs.append(_Run(i, j, title if after_title else None))
        i = j + 1
    return runs


def _opening_verb(text: str, token: _Token) -> bool:
    """True for an unlisted word that opens a sentence and reads as a verb or adverb."""
    before = text[: token.start].rstrip(" \t\"'“(-•*")
    opens = not before or before[-1] in ".!?\n:;"
    verbish = token.folded.endswith(("ed", "ing", "ly"))
    return opens and verbish and token.kind is WordClass.UNKNOWN


def _previous(text: str, tokens: list[_Token], index: int, count: int) -> list[_Token]:
    """Up to `count` words before tokens[index] in the same clause, nearest first."""
    found: list[_Token] = []
    k = index - 1
    while k >= 0 and len(found) < count:
        between = text[tokens[k].end : tokens[k + 1].start]
        if tokens[k].possessive:
            between = between[2:]
        if _BREAK.search(between.replace(",", "")) and between.strip() not in {".", ""}:
            break
        found.append(tokens[k])
        k -= 1
    return found


_DISEASE_ENDINGS = ("itis", "osis", "oma", "pathy", "emia", "plasty", "ectomy", "otomy", "ostomy")


def _disease_word(token: _Token) -> bool:
    return token.folded in aw.EPONYM_HEADS or token.folded.endswith(_DISEASE_ENDINGS)


def _eponym(text: str, tokens: list[_Token], run: _Run) -> bool:
    words = tokens[run.first : run.last + 1]
    if not all(t.folded.split("-")[0] in aw.EPONYMS or t.folded in aw.EPONYMS for t in words):
        return False
    if all(all(p in aw.EPONYMS for p in t.folded.split("-")) and "-" in t.folded for t in words):
        return True
    if any(_disease_word(t) for t in tokens[run.last + 1 : run.last + 3]):
        return True
    before = _previous(text, tokens, run.first, 2)
    return bool(before) and before[0].folded in aw.EPONYM_LEADS


def _facility(tokens: list[_Token], run: _Run) -> bool:
    after = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    before = tokens[run.first - 1] if run.first > 0 else None
    if (after is not None and after.folded in aw.FACILITY_WORDS) or (
        before is not None and before.folded in aw.FACILITY_LEADS
    ):
        return True
    hospital = all(t.folded in aw.HOSPITAL_NAMES for t in tokens[run.first : run.last + 1])
    return hospital and before is not None and before.folded in aw.HOSPITAL_LEADS


@dataclass(frozen=True)
class _Verdict:
    reason: str
    relation: str | None = None
    # How the rewrite replaces the name: "describe" ("a patient in his 60s"), "drop" (after
    # "his daughter" or "my patient" the name adds nothing) or "placeholder" (after "named").
    mode: str = "describe"


def _cue_before(text: str, tokens: list[_Token], run: _Run) -> _Verdict | str | None:
    """A verdict for a patient or relative, "staff" for staff, or None when nothing is said."""
    if run.title is not None:
        title = tokens[run.title]
        shown = (
            text[title.start : title.end + 1].strip()
            if text[title.end : title.end + 1] == "."
            else title.word
        )
        reason = f"looks like a patient's name after '{shown}'"
        earlier = _previous(text, tokens, run.title, 1)
        cued = bool(earlier) and earlier[0].folded in {"patient", "pt"}
        return _Verdict(reason, mode="drop" if cued else "describe")
    before = _previous(text, tokens, run.first, 3)
    for n, token in enumerate(before[:2]):
        if token.folded in aw.STAFF_CUES or token.folded in aw.STAFF_TITLES:
            return "staff"
        if token.folded in aw.RELATION_CUES and not token.possessive:
            owner = before[n + 1].folded if n + 1 < len(before) else ""
            if owner in {"my", "our"}:
                return "staff"
            reason = f"looks like the name of a patient's {token.word.lower()}; relatives' names"
            return _Verdict(reason + " are identifiers too", relation=token.word, mode="drop")
        if token.folded in aw.PATIENT_CUES and not token.possessive:
            mode = "drop" if token.folded in {"patient", "pt", "pts"} else "placeholder"
            return _Verdict(f"looks like a patient's name after '{token.word}'", mode=mode)
    return None


_APPOSITIVE = re.compile(r",\s+(?:the|our|my|a|an)?\s*(?:\w+\s+)?(?P<role>[\w-]+)")


def _cue_after(text: str, tokens: list[_Token], run: _Run) -> _Verdict | str | None:
    last = tokens[run.last]
    role = _APPOSITIVE.match(text, last.end)
    if role is not None and fold(role.group("role")) in aw.STAFF_CUES:
        return "staff"  # "Maribel, the charge nurse"
    rest = tokens[run.last + 1 : run.last + 4]
    if not rest or _BREAK.search(text[last.end : rest[0].start].replace(",", "")):
        return None
    nxt = rest[0]
    if last.possessive:
        if nxt.folded in aw.PATIENT_POSSESSIONS:
            return _Verdict(f"a name with '{nxt.word}' after it, as patients are described")
        if nxt.folded in aw.STAFF_POSSESSIONS:
            return "staff"
        return None
    verb = rest[1] if nxt.folded in _AUXILIARIES and len(rest) > 1 else nxt
    if verb.folded in _STRONG_VERBS:
        return _Verdict(f"a name followed by '{verb.word}', as patients are described")
    if nxt.folded in aw.STAFF_VERBS:
        return "staff"
    if nxt.folded in _STAFF_PHRASES and len(rest) > 1 and rest[1].folded in {"me", "us", "my"}:
        return "staff"
    return None


def _lexical(tokens: list[_Token], run: _Run) -> _Verdict | None:
    words = tokens[run.first : run.last + 1]
    if any(t.kind is WordClass.STRONG_NAME for t in words):
        why = "looks like a person's name; mark it 'not an identifier' if it is someone you know"
        return _Verdict(why)
    return None


def _age_after(text: str, end: int) -> re.Match[str] | None:
    match = _AGE_AFTER.match(text, end)
    if match is None:
        return None
    if match.group("sep") and "(" in match.group("sep") and not match.group("close"):
        return None
    age = int(match.group("age") or match.group("age2"))
    return match if 0 < age <= 125 else None


@dataclass(frozen=True)
class NameHit:
    """A name found, with what the rewrite needs to describe the person instead."""

    start: int
    end: int
    key: str  # the surname (folded), to tell one patient from another
    reason: str
    relation: str | None
    sex: str | None  # "m", "f" or None
    age: int | None
    mode: str


def _sex(text: str, tokens: list[_Token], run: _Run, age: re.Match[str] | None) -> str | None:
    if age is not None and age.group("sex"):
        return age.group("sex").lower()
    if run.title is not None:
        title = tokens[run.title].folded
        if title in _FEMALE_TITLES:
            return "f"
        if title in _MALE_TITLES:
            return "m"
    end = age.end() if age is not None else tokens[run.last].end
    word = _SEX_AFTER.match(text[end : end + 40])
    if word is None:
        return None
    return "f" if word.group(1).lower() in {"woman", "female", "lady"} else "m"


def _protected(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    spans = []
    for phrase in aw.CLINICAL_PHRASES:
        at = lowered.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = lowered.find(phrase, at + 1)
    return spans


def _outside(tokens: list[_Token], runs: list[_Run], blocked: list[tuple[int, int]]) -> list[_Run]:
    """The runs cut where they touch a span already taken ("58 Orchard Lane Kwabena Asante":
    the address keeps "Orchard Lane", the name check sees "Kwabena Asante")."""

    def free(index: int) -> bool:
        token = tokens[index]
        return not any(s < token.end and token.start < e for s, e in blocked)

    pieces = []
    for run in runs:
        title = run.title if run.title is not None and free(run.title) else None
        current: _Run | None = None
        for index in range(run.first, run.last + 1):
            if not free(index):
                current = None
                title = None
            elif current is None:
                current = _Run(index, index, title if index == run.first else None)
                pieces.append(current)
            else:
                current.last = index
    return pieces


def find_names(
    text: str, known: KnownPeople, taken: list[tuple[int, int]] | None = None
) -> list[NameHit]:
    """Names of patients and their relatives in `text`, outside the `taken` spans."""
    tokens = _tokens(text)
    blocked = list(taken or []) + _protected(text)
    hits = []
    for run in _outside(tokens, _runs(text, tokens), blocked):
        words = tokens[run.first : run.last + 1]
        start = tokens[run.title].start if run.title is not None else words[0].start
        end = words[-1].end
        if known.covers(words):
            continue
        verdict = _decide(text, tokens, run)
        if verdict is None:
            continue
        age = _age_after(text, end) if verdict.relation is None else None
        age_value = int(age.group("age") or age.group("age2")) if age else None
        if age is not None:
            comma = bool(age.group("sep")) and "," in age.group("sep")
            end = age.start("trail") if age.group("trail") and not comma else age.end()
        hits.append(
            NameHit(
                start=start,
                end=end,
                key=words[-1].folded,
                reason=verdict.reason + (" (with an age)" if age else ""),
                relation=verdict.relation,
                sex=_sex(text, tokens, run, age),
                age=age_value,
                mode=verdict.mode,
            )
        )
    return hits


def _decide(text: str, tokens: list[_Token], run: _Run) -> _Verdict | None:
    before = _cue_before(text, tokens, run)
    if isinstance(before, _Verdict) and run.title is not None:
        return before
    if before == "staff" or _eponym(text, tokens, run) or _facility(tokens, run):
        return None
    if isinstance(before, _Verdict):
        return before
    age = _age_after(text, tokens[run.last].end)
    named = any(t.kind is not WordClass.UNKNOWN for t in tokens[run.first : run.last + 1])
    if age is not None and (named or age.group("sep")):
        return _Verdict("a name followed by an age, as patients are described")
    after = _cue_after(text, tokens, run)
    if after == "staff":
        return None
    if isinstance(after, _Verdict):
        return after
    return _lexical(tokens, run)


def name_findings(hits: list[NameHit], text: str) -> list[Finding]:
    """Findings for the hits, each with the words the rewrite puts instead: "a patient in his
    60s" for "Mr. Johnson, 67", "the patient" when the same person comes back, and nothing for
    a relative's name after "his daughter"."""
    order: dict[str, int] = {}
    seen: set[str] = set()
    findings = []
    for hit in hits:
        if hit.mode == "placeholder":
            replacement = "[name]"
        elif hit.mode == "drop":
            replacement = _age_words(hit.sex, hit.age)
        else:
            order.setdefault(hit.key, len(order))
            noun = _noun(order[hit.key], hit.key in seen)
            replacement = f"{noun} {_age_words(hit.sex, hit.age)}".strip()
            seen.add(hit.key)
        findings.append(
            Finding("name", hit.start, hit.end, text[hit.start : hit.end], hit.reason, replacement)
        )
    return findings


def _noun(index: int, again: bool) -> str:
    if again:
        return ("the patient", "the other patient", "that patient")[min(index, 2)]
    return ("a patient", "another patient", "another patient")[min(index, 2)]


def _age_words(sex: str | None, age: int | None) -> str:
    """An age made vague: the decade below 90, one group from 90 on (Safe Harbor's rule)."""
    if age is None:
        return ""
    pronoun = {"m": "his", "f": "her"}.get(sex or "", "their")
    if age >= 90:
        return "aged 90 or older"
    if age < 13:
        return "(a child)"
    if age < 20:
        return f"in {pronoun} teens"
    return f"in {pronoun} {age // 10 * 10}s"
