"""Which text lorkit may store: the one rule every form, import and command applies before
text reaches the database.

PostgreSQL refuses NUL in text columns (a 500 on save); a lone surrogate is stored by SQLite
but then cannot be encoded as UTF-8, so every page that shows it fails for good; other control
characters are never typed by a person and can rewrite a terminal (ESC) when the CLI prints them.
"""

from __future__ import annotations

import re

# Tab, newline and carriage return are ordinary in notes; every other C0 and C1 control
# character (DEL included), and any surrogate code point, is refused. A Python str holds a
# surrogate only when it is unpaired (JSON's "\ud83d\ude00" is decoded to one character).
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored, naming its first unstorable character and that
    character's position (counted from 1), or None when it can be stored. Storable text
    encodes to UTF-8; it holds no control character other than tab, newline and carriage
    return."""
    found = _UNSTORABLE.search(value)
    if found is None:
        return None
    character = found.group()
    where = f"(U+{ord(character):04X}) at position {found.start() + 1}"
    if character == "\x00":
        return f"contains a NUL character {where}"
    if "\ud800" <= character <= "\udfff":
        return f"contains a lone surrogate {where}, which is not valid UTF-8"
    return f"contains a control character {where}"
