"""The journal's forms. Choices of people and rotations are limited to the applicant's own;
the privacy guard runs in the services, and `PrivacyForm` carries the applicant's answers to
it (what is not an identifier; take the rewrite)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms

from lorkit.accounts.forms import DateInput
from lorkit.accounts.models import User
from lorkit.core.vocabulary import KEY_CHARACTERISTIC_LABELS, LETTER_QUALITY_LABELS
from lorkit.journal.models import (
    CHECK_IN_ANSWERS,
    PERSON_FIELDS,
    CheckIn,
    Compliment,
    Feedback,
    Person,
    RedFlag,
    Story,
    Talk,
)
from lorkit.plans.models import Rotation

if TYPE_CHECKING:
    _ModelForm = forms.ModelForm[Any]
else:
    _ModelForm = forms.ModelForm

TAG_FIELDS = {
    "characteristics": ("ERAS key characteristics it shows", KEY_CHARACTERISTIC_LABELS),
    "qualities": ("Letter qualities it shows", LETTER_QUALITY_LABELS),
}


class OwnedForm(_ModelForm):
    """A model form whose person and rotation choices are the owner's (the privacy guard's
    answers travel beside it: see journal/views.py `_guarded`)."""

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        people = Person.objects.filter(owner=owner)
        rotations = Rotation.objects.filter(owner=owner)
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField):
                model = field.queryset.model if field.queryset is not None else None
                field.queryset = people if model is Person else rotations
                if name in ("rotation", "giver", "person"):
                    field.empty_label = "—"
        for name, (label, choices) in TAG_FIELDS.items():
            if name in self.fields:
                self.fields[name] = forms.MultipleChoiceField(
                    label=label,
                    choices=list(choices.items()),
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    initial=getattr(self.instance, name, None),
                )


def _dates(*names: str) -> dict[str, forms.Widget]:
    return {name: DateInput() for name in names}


class PersonForm(OwnedForm):
    rotations = forms.ModelMultipleChoiceField(
        queryset=Rotation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Rotations you shared",
        help_text="One person can span several rotations. Days of contact default to them.",
    )

    class Meta:
        model = Person
        fields = PERSON_FIELDS
        widgets = _dates("first_contact", "last_contact") | {
            "notes": forms.Textarea(attrs={"rows": 3})
        }

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, owner=owner, **kwargs)
        rotations = self.fields["rotations"]
        assert isinstance(rotations, forms.ModelMultipleChoiceField)
        rotations.queryset = Rotation.objects.filter(owner=owner)
        if self.instance.pk is not None:
            rotations.initial = list(self.instance.rotations.values_list("pk", flat=True))


def _yes_no(value: str) -> bool:
    return value == "yes"


class CheckInForm(OwnedForm):
    """The four questions as Yes / No (both must be answered: a blank is not a "no")."""

    class Meta:
        model = CheckIn
        fields = ("day", *CHECK_IN_ANSWERS, "note")
        widgets = _dates("day") | {
            "note": forms.Textarea(attrs={"rows": 2, "placeholder": "Optional: one line"})
        }

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, owner=owner, **kwargs)
        for name in CHECK_IN_ANSWERS:
            answer = getattr(self.instance, name) if self.instance.pk else None
            self.fields[name] = forms.TypedChoiceField(
                label=self.fields[name].label,
                choices=[("yes", "Yes"), ("no", "No")],
                coerce=_yes_no,
                widget=forms.RadioSelect,
                initial=None if answer is None else ("yes" if answer else "no"),
                error_messages={"required": "Answer yes or no."},
            )

    def answer_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in CHECK_IN_ANSWERS]


class WithPeopleForm(OwnedForm):
    """An entry linked to several of the owner's people (`people`, stored in the model's
    `people_relation`): who saw a story, who heard a talk."""

    people_relation = ""
    people = forms.ModelMultipleChoiceField(
        queryset=Person.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, owner=owner, **kwargs)
        people = self.fields["people"]
        assert isinstance(people, forms.ModelMultipleChoiceField)
        people.queryset = Person.objects.filter(owner=owner)
        if self.instance.pk is not None:
            linked = getattr(self.instance, self.people_relation)
            people.initial = list(linked.values_list("pk", flat=True))


class StoryForm(WithPeopleForm):
    people_relation = "witnesses"

    class Meta:
        model = Story
        fields = ("day", "rotation", "text", "characteristics", "qualities")
        widgets = _dates("day") | {"text": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "text": "What you did, in a few sentences, with no patient names, ages, dates or "
            "numbers: “a patient with new heart failure”, not a name."
        }

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, owner=owner, **kwargs)
        self.fields["people"].label = "Who saw it"


class FeedbackForm(OwnedForm):
    class Meta:
        model = Feedback
        fields = (
            "giver",
            "day",
            "rotation",
            "point",
            "planned_change",
            "followup_date",
            "outcome",
            "characteristics",
            "qualities",
        )
        widgets = _dates("day", "followup_date") | {
            "point": forms.Textarea(attrs={"rows": 2}),
            "planned_change": forms.Textarea(attrs={"rows": 2}),
            "outcome": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {"giver": "From"}
        help_texts = {
            "followup_date": "When you asked “is this closer?”. The loop closes once the "
            "follow-up has happened; closed loops are the growth stories letters quote."
        }


class ComplimentForm(OwnedForm):
    class Meta:
        model = Compliment
        fields = ("giver", "day", "rotation", "text", "characteristics", "qualities")
        widgets = _dates("day") | {"text": forms.Textarea(attrs={"rows": 2})}
        labels = {"giver": "From"}


class TalkForm(WithPeopleForm):
    people_relation = "audience"

    class Meta:
        model = Talk
        fields = ("title", "day", "rotation", "characteristics", "qualities")
        widgets = _dates("day")
        help_texts = {"day": "A talk can be planned ahead: put the day you will give it."}

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, owner=owner, **kwargs)
        self.fields["people"].label = "Who heard it"


class RedFlagForm(OwnedForm):
    class Meta:
        model = RedFlag
        fields = ("kind", "day", "rotation", "person", "note", "resolved")
        widgets = _dates("day") | {"note": forms.Textarea(attrs={"rows": 2})}
        labels = {"person": "About"}
