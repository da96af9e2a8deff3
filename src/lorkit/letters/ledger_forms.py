"""The ERAS letter entry form: it parses what the applicant typed into MyERAS; the service
(`letter_entry_save`) applies the rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms

from lorkit.accounts.models import User
from lorkit.core.ledger import (
    LETTER_KIND_LABELS,
    LETTER_STATUS_LABELS,
    LetterStatus,
    label,
    next_statuses,
)
from lorkit.journal.models import Person
from lorkit.letters.forms import DateInput
from lorkit.letters.models import LetterRequest
from lorkit.validators import plannable_date

if TYPE_CHECKING:  # django-stubs makes ModelForm generic; at run time it is not
    _ModelForm = forms.ModelForm[LetterRequest]
else:
    _ModelForm = forms.ModelForm

# The entry's fields, in the order MyERAS asks for them.
ENTRY_FIELDS = (
    "author",
    "author_title",
    "author_email",
    "specialty",
    "kind",
    "chair",
    "waived",
    "letter_id",
    "person",
)


class LetterEntryForm(_ModelForm):
    """One ERAS letter entry and its status on a day. A blank kind means "the usual one for
    the specialty"; the person, when chosen, is one of the owner's."""

    status = forms.ChoiceField(label="Status", choices=list(LETTER_STATUS_LABELS.items()))
    on = forms.DateField(
        label="Status date",
        widget=DateInput(),
        validators=[plannable_date],
        help_text="The day the letter reached this status.",
    )

    class Meta:
        model = LetterRequest
        fields = ENTRY_FIELDS
        labels = {
            "author": "Writer's full name",
            "author_email": "Writer's email (as in MyERAS)",
            "letter_id": "Letter ID",
            "person": "Person in your journal",
        }
        help_texts = {
            "author_title": "For example: Associate Professor, Department of Medicine.",
            "author_email": "MyERAS sends the Letter Request Form here: check the spelling.",
            "specialty": "The specialty this letter is for, or General for every program.",
            "kind": 'Choose "The usual kind for the specialty" and lorkit picks it for you.',
            "waived": "Programs expect the waiver: they may trust a letter you can read less.",
            "letter_id": "The one-time ID on the Letter Request Form, once you have requested it.",
            "person": "Optional: link the writer to your journal.",
        }

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        person = self.fields["person"]
        assert isinstance(person, forms.ModelChoiceField)
        person.queryset = Person.objects.filter(owner=owner)
        person.empty_label = "Not in my journal"
        kind = self.fields["kind"]
        assert isinstance(kind, forms.ChoiceField)
        kind.required = False
        kind.choices = [("", "The usual kind for the specialty"), *LETTER_KIND_LABELS.items()]
        if self.instance.pk is not None:
            self.fields["status"].help_text = moves_help(LetterStatus(self.instance.status))
            self.fields["on"].help_text = "The day of the change, when you change the status."


def moves_help(current: LetterStatus) -> str:
    """Where the letter may go from `current`, for the status field of an existing entry."""
    onward = ", ".join(label(status) for status in next_statuses(current))
    return f"Now {label(current)}; it can become: {onward}."
