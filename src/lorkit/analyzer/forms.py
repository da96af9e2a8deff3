"""The draft to check: pasted text or one file, read in memory and never saved."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from lorkit.core import defaults
from lorkit.core.letter_language.documents import (
    SUFFIXES,
    DocumentError,
    clean_text,
    letter_text_from_file,
    letter_text_problem,
)


class LetterTextField(forms.CharField):
    """Pasted text, cleaned (line ends, control characters: `clean_text`) before any check, so
    a stray NUL copied from a PDF is dropped rather than refused."""

    def to_python(self, value: Any) -> str:
        return clean_text(str(super().to_python(value)))


class LetterForm(forms.Form):
    text = LetterTextField(
        label="Paste the draft",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "maxlength": defaults.LETTER_MAX_CHARACTERS}),
    )
    file = forms.FileField(
        label="…or choose a file",
        required=False,
        help_text="A .txt, .docx or .pdf file. A file replaces anything pasted above.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(SUFFIXES)}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        upload = cleaned.get("file")
        if upload is not None:
            cleaned["letter"] = self._file_text(upload)
        else:
            cleaned["letter"] = self._pasted_text(cleaned.get("text") or "")
        return cleaned

    def _file_text(self, upload: Any) -> str:
        if upload.size and upload.size > defaults.IMPORT_MAX_BYTES:
            megabytes = defaults.IMPORT_MAX_BYTES // (1024 * 1024)
            raise ValidationError(
                {"file": f"The file is larger than {megabytes} MB; a letter is far smaller."}
            )
        try:
            return letter_text_from_file(upload.name or "", upload.read())
        except DocumentError as error:
            raise ValidationError({"file": str(error)}) from None

    def _pasted_text(self, letter: str) -> str:
        if not letter.strip():
            raise ValidationError("Paste a letter draft, or choose a file.")
        problem = letter_text_problem(letter)
        if problem:
            raise ValidationError({"text": problem})
        return letter
