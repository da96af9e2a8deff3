"""Reading an attending's answer to "would you feel comfortable writing me a strong letter?"
(domain §7). The hard rule: a polite no is never read as a strong yes.

reply_set.jsonl holds replies written for these tests and labelled by what a careful advisor
would conclude: strong_yes (a plain willingness to write a strong or enthusiastic letter, held
back by nothing), lukewarm (agrees to write, but says nothing of strength or qualifies it),
polite_no (declines, points elsewhere, offers only a description, or saw too little) and
unclear (no answer yet, a question back, off topic, empty, or contradicting itself). It grew
in rounds, each labelled before the classifier read it; `note` says why a row is tricky.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lorkit.core import defaults
from lorkit.core.replies import (
    REPLY_LABELS,
    NextStep,
    ReplyLabel,
    ReplyReading,
    Signal,
    classify_reply,
    next_step,
    normalized,
)

SET = Path(__file__).with_name("reply_set.jsonl")
ROWS = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
FORMS = {"email", "spoken", "text_message"}
STRONG_YES, LUKEWARM, POLITE_NO, UNCLEAR = (
    ReplyLabel.STRONG_YES,
    ReplyLabel.LUKEWARM,
    ReplyLabel.POLITE_NO,
    ReplyLabel.UNCLEAR,
)
POLITE_NOS = [row["text"] for row in ROWS if row["label"] == "polite_no"]
# Things people write around an answer that say nothing about the letter; some are warm on
# purpose ("It was a pleasure having you"), since warmth is what a polite no wraps itself in.
PLEASANTRIES = [
    "Hi!",
    "Hello,",
    "Hope you're well.",
    "Thanks for reaching out.",
    "Great to hear from you!",
    "It was a pleasure having you on the team.",
    "Congratulations on finishing the rotation!",
    "Happy holidays!",
    "Good luck with everything!",
    "You'll do great.",
    "Best wishes,",
    "Warmly,",
    "Cheers",
    "Take care 🙂",
    "Sent from my phone",
    "Have a lovely weekend!!",
]


def label_of(text: str) -> ReplyLabel:
    return classify_reply(text).label


def meanings(text: str) -> set[str]:
    return {signal.meaning for signal in classify_reply(text).evidence}


# --- the rules, one reply at a time ---------------------------------------------------------

STRONG_YES_REPLIES = [
    "happy to write you a strong letter",
    "Absolutely, it would be my pleasure to support you with a strong letter.",
    "I'd be glad to — you were one of the best",
    "Yes of course I will write strong letter for you",
    "I'd be delighted. You were one of the strongest students this year.",
    "Without hesitation. Send me your CV.",
    "Yes! I can't recommend you highly enough.",
    "Happy to write you a strong letter, but it might take me a few weeks.",
]
LUKEWARM_REPLIES = [
    "Sure, I can write something",
    "I can write you a letter",
    "I can't promise it will be strong",
    "I can write you a letter, but I can't promise it will be strong.",
    "Yes, but I have never written one for an observer before.",
    "Not sure I can write a strong letter, but I'll write one.",
    "Sure.",
    "I'd be happy to write you a letter.",
    "I don't mind writing one.",
    "I would not be able to write a strong letter, but I can write you a general one.",
    "Yes I can write letter for you.",
    "ok i can write, but maybe not strong letter",
]
POLITE_NO_REPLIES = [
    "I only worked with you briefly",
    "Dr. Patel knew your work better",
    "Dr X, who worked with you more closely, may be a better choice.",
    "I don't know you well enough",
    "I can write a letter describing your performance.",
    "I'm not the best person",
    "my schedule doesn't allow",
    "I don't write letters for observers",
    "I would not be able to write a strong letter",
    "I don't think I could write you a strong letter.",
    "I am not able to write, sorry",
    "No, sorry.",
    "I'd be happy to write a letter confirming that you completed the observership.",
    "You were wonderful! Sadly I'm not writing any letters this cycle.",
]
UNCLEAR_REPLIES = [
    "",
    "   \n ",
    "When is it due?",
    "Let me think about it and get back to you.",
    "Thanks for the cookies! The team loved them.",
    "Send me your CV and personal statement.",
    "Would you like me to write you a strong letter?",
    "Yes. No. I mean, let me check my schedule first.",
    "ok let me see",
    "Of course I remember you! How is the studying going?",
    "🙂",
]


@pytest.mark.parametrize("text", STRONG_YES_REPLIES)
def test_a_plain_willingness_to_write_a_strong_letter_is_a_strong_yes(text: str) -> None:
    assert label_of(text) == STRONG_YES


@pytest.mark.parametrize("text", LUKEWARM_REPLIES)
def test_a_yes_without_strength_or_with_hesitation_is_lukewarm(text: str) -> None:
    assert label_of(text) == LUKEWARM


@pytest.mark.parametrize("text", POLITE_NO_REPLIES)
def test_a_decline_or_a_deflection_is_a_polite_no(text: str) -> None:
    assert label_of(text) == POLITE_NO


@pytest.mark.parametrize("text", UNCLEAR_REPLIES)
def test_no_answer_yet_or_a_contradiction_is_unclear(text: str) -> None:
    assert label_of(text) == UNCLEAR


@pytest.mark.parametrize(
    "text",
    [
        "Happy to, though I only worked with you briefly.",
        "Happy to write a strong letter, though we only worked together for a few days.",
        "Yes, absolutely — but I'm not sure I'm the right person.",
        "I'd be honored, truly, but I only met you on your last day.",
        "Sure, I'd be happy to write a letter describing your performance.",
        "Happy to write you a strong letter. Unfortunately, I'll be away all season.",
    ],
)
def test_a_yes_mixed_with_a_no_is_never_a_strong_yes(text: str) -> None:
    assert label_of(text) in (LUKEWARM, POLITE_NO)


@pytest.mark.parametrize(
    ("text", "meaning", "phrase"),
    [
        ("Happy to write you a strong letter.", "strong_yes", "Happy to write you a strong letter"),
        ("I can write something for you.", "hedge", "write something"),
        ("I can't promise it will be strong.", "hedge", "can't promise"),
        ("Dr. Patel knew your work better.", "redirect", "Dr. Patel knew your work better"),
        ("I'm not the best person.", "redirect", "not the best person"),
        ("I only worked with you briefly.", "brief_contact", "only worked with you briefly"),
        ("I would not be able to write a strong letter.", "negation", "strong letter"),
        ("My schedule doesn't allow it.", "decline", "schedule doesn't allow"),
        ("A letter describing your performance.", "faint_letter", "describing your performance"),
        ("Yes, but I saw you only on quiet days.", "but", "but"),
        ("Let me think about it.", "defer", "Let me think"),
        ("When is it due?", "question", "When is it due?"),
        ("I'd be glad to, you were one of the best.", "praise", "one of the best"),
    ],
)
def test_the_deciding_phrase_is_in_the_evidence(text: str, meaning: str, phrase: str) -> None:
    found = [s for s in classify_reply(text).evidence if s.meaning == meaning]

    assert found, f"no {meaning} signal in {text!r}"
    assert any(phrase in s.text for s in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("No problem, happy to write you a strong letter!", STRONG_YES),
        ("I couldn't be happier to write for you — you were outstanding.", STRONG_YES),
        ("Without any reservation: yes, a strong letter.", STRONG_YES),
        ("I'm not sure, let me think.", UNCLEAR),
        ("I'm not sure I could write a strong one.", LUKEWARM),
        ("I wouldn't be able to write a strong letter.", POLITE_NO),
        ("I can write, but not a strong letter.", LUKEWARM),
    ],
)
def test_negation_reverses_only_the_phrase_it_governs(text: str, label: ReplyLabel) -> None:
    assert label_of(text) == label


def test_a_negating_word_reaches_only_a_few_words_ahead() -> None:
    near = "Sure, not a strong letter."
    far = "Sure, not that I mind writing a strong letter."  # four words between

    assert defaults.REPLY_NEGATION_WINDOW_WORDS == 3
    assert "negation" in meanings(near)
    assert "strength" not in meanings(near)
    assert "strength" in meanings(far)
    assert "negation" not in meanings(far)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Happy to. Dr. Lee could also write you a strong letter.", LUKEWARM),
        ("Of course you'd get a great letter from Dr. Fenn.", POLITE_NO),
        ("You deserve a glowing letter, and I'm sure Dr. Vance will write one.", POLITE_NO),
        ("Dear Dr. Okafor, of course I will write you a strong letter.", STRONG_YES),
        ("Definitely — talk to Dr. Roy, he'll write you a great one.", POLITE_NO),
        ("Absolutely! Dr. Lee told me how great you were.", LUKEWARM),
    ],
)
def test_a_strong_letter_promised_by_someone_else_is_not_the_writers_yes(
    text: str, label: ReplyLabel
) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sure, when is it due?", LUKEWARM),
        ("Would a strong letter be what you need?", UNCLEAR),
        ("Did you already ask Dr. Singh?", UNCLEAR),
        ("can't this time, sorry! ask Dr. Chen maybe?", POLITE_NO),
    ],
)
def test_a_question_back_answers_nothing_unless_it_opens_with_an_answer(
    text: str, label: ReplyLabel
) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("uh, yeah, I mean, I can probably put something together for you.", LUKEWARM),
        (
            "um yeah, for sure, I'd be happy to write you a strong one. you really stood out.",
            STRONG_YES,
        ),
        ("oh, uh, no, I don't think so — I don't really know you, sorry.", POLITE_NO),
        ("With pleasure I write strong letter for you, you work very hard.", STRONG_YES),
        ("It is difficult for me, I only see you two days.", POLITE_NO),
        ("I think better you ask Dr. Rahman, he know you more.", POLITE_NO),
        ("YES!!! Strong letter coming your way 🙂", STRONG_YES),
        ("I CAN WRITE YOU A LETTER. NOT SURE HOW DETAILED IT WILL BE.", LUKEWARM),
        ("I don’t write letters for observers.", POLITE_NO),
        ("I’d be glad to — you were one of the best!!", STRONG_YES),
    ],
)
def test_speech_plain_english_capitals_emoji_and_curly_quotes_read_the_same(
    text: str, label: ReplyLabel
) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize("text", [row["text"] for row in ROWS if row["text"]])
def test_case_does_not_change_the_reading(text: str) -> None:
    assert label_of(text.upper()) == label_of(text) == label_of(text.lower())


def test_curly_quotes_read_like_straight_ones() -> None:
    curly = "I don’t think I’m the right person — Dr. Lee knew your work better."

    assert (
        normalized(curly) == "I don't think I'm the right person - Dr. Lee knew your work better."
    )
    assert len(normalized(curly)) == len(curly)
    assert label_of(curly) == label_of(normalized(curly)) == POLITE_NO


def test_a_long_formal_email_is_read_whole() -> None:
    text = (
        "Dear Dr. Okafor,\n\nThank you for your note. I enjoyed having you on the team, and I "
        "was impressed by how you followed every patient through to discharge.\n\nI would be "
        "delighted to write a strong letter for your applications. Please send your CV, your "
        "personal statement and the ERAS request.\n\nWarm regards,\nA. Colleague"
    )

    reading = classify_reply(text)

    assert reading.label == STRONG_YES
    assert reading.next_step.action == "send_packet"


# --- evidence, offsets and the stable dictionary --------------------------------------------


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["text"][:40])
def test_every_signal_slices_the_reply_exactly(row: dict[str, str]) -> None:
    text = row["text"]
    for signal in classify_reply(text).evidence:
        assert 0 <= signal.start < signal.end <= len(text)
        assert text[signal.start : signal.end] == signal.text


@given(st.text(max_size=300))
def test_any_text_is_read_without_error_and_its_offsets_hold(text: str) -> None:
    reading = classify_reply(text)

    assert reading.label in ReplyLabel
    for signal in reading.evidence:
        assert text[signal.start : signal.end] == signal.text


def test_evidence_is_in_reading_order() -> None:
    evidence = classify_reply("Yes, but I only worked with you briefly. Ask Dr. Lee?").evidence

    assert [s.start for s in evidence] == sorted(s.start for s in evidence)


def test_the_reading_as_a_dictionary_has_stable_keys() -> None:
    reading = classify_reply("Happy to write you a strong letter!", writer_name="Dr. Lee")

    document = reading.as_dict()

    assert list(document) == ["label", "label_text", "evidence", "reason", "next_step"]
    assert document["label"] == "strong_yes"
    assert document["label_text"] == "Strong yes"
    assert document["evidence"] == [
        {
            "text": "Happy to write you a strong letter",
            "start": 0,
            "end": 34,
            "meaning": "strong_yes",
        }
    ]
    assert list(document["next_step"]) == ["action", "title", "text", "draft"]  # type: ignore[arg-type]
    assert json.loads(json.dumps(document)) == document


def test_a_signal_as_a_dictionary_names_its_text_and_offsets() -> None:
    signal = Signal(start=2, end=5, text="abc", meaning="hedge")

    assert signal.as_dict() == {"text": "abc", "start": 2, "end": 5, "meaning": "hedge"}


def test_every_label_has_a_human_name() -> None:
    assert REPLY_LABELS == {
        "strong_yes": "Strong yes",
        "lukewarm": "Lukewarm",
        "polite_no": "Polite no",
        "unclear": "Unclear",
    }
    assert set(REPLY_LABELS) == {label.value for label in ReplyLabel}


def test_the_reason_quotes_the_deciding_phrase() -> None:
    reading = classify_reply("Thanks! Dr. Patel knew your work better.")

    assert '"Dr. Patel knew your work better"' in reading.reason


# --- next steps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "action"),
    [
        (STRONG_YES, "send_packet"),
        (LUKEWARM, "last_resort"),
        (POLITE_NO, "thank_and_move_on"),
        (UNCLEAR, "clarify"),
    ],
)
def test_each_answer_has_its_next_step(label: ReplyLabel, action: str) -> None:
    step = next_step(label, "Dr. Lee")

    assert isinstance(step, NextStep)
    assert step.action == action
    assert step.draft.startswith("Dear Dr. Lee,\n\n")
    assert "Thank you" in step.draft


def test_an_unclear_answer_drafts_the_plain_question_again() -> None:
    draft = classify_reply("When do you need it by?").next_step.draft

    assert "would you feel comfortable writing a strong letter" in draft


def test_a_draft_without_a_writer_name_greets_plainly() -> None:
    assert next_step(POLITE_NO).draft.startswith("Hello,\n\n")
    assert next_step(POLITE_NO, "  Dr.\n Lee ").draft.startswith("Dear Dr. Lee,")


def test_a_polite_no_draft_thanks_without_asking_again() -> None:
    draft = next_step(POLITE_NO).draft

    assert "?" not in draft
    assert "strong letter" not in draft


def test_the_reading_is_a_frozen_record() -> None:
    reading = classify_reply("Sure.")

    assert isinstance(reading, ReplyReading)
    with pytest.raises(AttributeError):
        reading.label = STRONG_YES  # type: ignore[misc]


# --- the hard rule ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", POLITE_NOS, ids=lambda text: text[:40])
def test_no_polite_no_in_the_set_is_read_as_a_strong_yes(text: str) -> None:
    assert label_of(text) != STRONG_YES


@given(
    st.sampled_from(POLITE_NOS),
    st.lists(st.sampled_from(PLEASANTRIES), max_size=3),
    st.lists(st.sampled_from(PLEASANTRIES), max_size=3),
    st.sampled_from([" ", "\n", "\n\n"]),
)
def test_pleasantries_around_a_polite_no_never_make_it_a_strong_yes(
    text: str, before: list[str], after: list[str], joint: str
) -> None:
    wrapped = joint.join([*before, text, *after])

    assert label_of(wrapped) != STRONG_YES


@given(st.sampled_from(PLEASANTRIES), st.sampled_from(PLEASANTRIES))
def test_pleasantries_alone_are_no_answer(first: str, second: str) -> None:
    assert label_of(f"{first} {second}") == UNCLEAR


# --- the labelled set -------------------------------------------------------------------------


def test_the_set_is_large_varied_and_balanced() -> None:
    labels = Counter(row["label"] for row in ROWS)
    forms = Counter(row["form"] for row in ROWS)
    non_native = [row for row in ROWS if "non-native" in row.get("note", "")]

    assert len(ROWS) >= 160
    assert set(labels) == set(REPLY_LABELS)
    assert min(labels.values()) >= 30
    assert set(forms) == FORMS
    assert len(non_native) >= 20
    assert len({row["text"] for row in ROWS}) == len(ROWS)


def test_the_set_is_read_accurately_and_never_reads_a_no_or_a_maybe_as_a_strong_yes() -> None:
    confusion = Counter((row["label"], label_of(row["text"]).value) for row in ROWS)
    right = sum(count for (truth, read), count in confusion.items() if truth == read)

    assert right / len(ROWS) >= 0.85
    assert confusion[("polite_no", "strong_yes")] == 0
    assert confusion[("lukewarm", "strong_yes")] == 0
