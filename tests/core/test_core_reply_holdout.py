"""The reply classifier measured blind on a held-out set (tests/core/reply_holdout.jsonl).

The set was written and labelled before the classifier, its phrase tables or its dev set
were read, and it must not be tuned on: a reply that fails here is reported, not patched
into the phrase tables. Only the costly error is tested, a lukewarm or polite no read as a
strong yes (domain.md §7: the student would send a packet to a writer who signalled no).
"""

import json
from pathlib import Path

from lorkit.core.replies import ReplyLabel, classify_reply

HOLDOUT = [
    json.loads(line)
    for line in Path(__file__).with_name("reply_holdout.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


def test_no_held_out_lukewarm_or_polite_no_is_read_as_a_strong_yes():
    guarded = [row for row in HOLDOUT if row["label"] in {"lukewarm", "polite_no"}]
    leaks = [
        (row["label"], row["text"])
        for row in guarded
        if classify_reply(row["text"]).label is ReplyLabel.STRONG_YES
    ]
    assert len(guarded) == 50
    assert leaks == []
