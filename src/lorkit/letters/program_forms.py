"""Program forms only parse: the services decide what a program may hold (at most four
letters, none changed once applied) and the views show their reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django import forms

from lorkit.core import defaults as d
from lorkit.letters.forms import DateInput
from lorkit.letters.models import LetterRequest, Program

if TYPE_CHECKING:
    from lorkit.letters.program_services import ProgramOverview

if TYPE_CHECKING:  # django-stubs makes ModelForm generic; at run time it is not
    _ModelForm = forms.ModelForm[Program]
else:
    _ModelForm = forms.ModelForm


class ProgramForm(_ModelForm):
    class Meta:
        model = Program
        fields = ("name", "specialty", "state", "signalled", "applied_on")
        widgets = {"applied_on": DateInput()}
        labels = {"name": "Program name", "signalled": "I sent this program a signal"}
        help_texts = {
            "applied_on": (
                "Leave empty until you apply. Once you apply, MyERAS locks the letters "
                "assigned to this program: choose them first."
            ),
        }


def letter_label(letter: LetterRequest) -> str:
    """A letter as a choice reads: the writer, the specialty it is meant for, its status."""
    return f"{letter.author} — {letter.specialty} ({letter.status_label.lower()})"


def program_label(item: ProgramOverview) -> str:
    """A program as a choice reads: its name, specialty, letters held, and the lock."""
    program = item.program
    held = f"{len(item.letters)} of {d.MAX_LETTERS_PER_PROGRAM} letters"
    return f"{program.name} — {program.specialty} ({held}{', locked' if item.locked else ''})"


def checkbox_ids(**options: Any) -> forms.TypedMultipleChoiceField:
    """Checkboxes whose values are row ids."""
    return forms.TypedMultipleChoiceField(
        coerce=int, widget=forms.CheckboxSelectMultiple, **options
    )


class AssignmentForm(forms.Form):
    """The letters one program gets, chosen among `letters` (the services check the rest)."""

    letters = checkbox_ids(
        label="Letters for this program",
        required=False,
        help_text=f"At most {d.MAX_LETTERS_PER_PROGRAM} letters reach a program.",
    )

    def __init__(self, *args: Any, letters: Sequence[LetterRequest], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["letters"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(letter.pk, letter_label(letter)) for letter in letters]


class BulkAssignForm(forms.Form):
    """One set of letters for many programs."""

    letters = checkbox_ids(
        label="Letters to add",
        help_text=f"Each program keeps its letters and gets these too, up to "
        f"{d.MAX_LETTERS_PER_PROGRAM} in all.",
        error_messages={"required": "Choose at least one letter."},
    )
    programs = checkbox_ids(
        label="Programs that get them",
        error_messages={"required": "Choose at least one program."},
    )

    def __init__(
        self,
        *args: Any,
        letters: Sequence[LetterRequest],
        programs: Sequence[ProgramOverview],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, choices in (
            ("letters", [(letter.pk, letter_label(letter)) for letter in letters]),
            ("programs", [(item.program.pk, program_label(item)) for item in programs]),
        ):
            field = self.fields[name]
            assert isinstance(field, forms.TypedMultipleChoiceField)
            field.choices = choices
