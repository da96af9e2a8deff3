"""Letter forms only parse and validate; the services store and guard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms

from lorkit.accounts.models import User
from lorkit.core import defaults as d
from lorkit.core.ledger import LETTER_STATUS_LABELS
from lorkit.letters.models import EXPERIENCE_TEXTS, PACKET_TEXTS, LetterRequest, PacketFile
from lorkit.validators import plannable_date


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


if TYPE_CHECKING:  # django-stubs makes ModelForm generic; at run time it is not
    _ModelForm = forms.ModelForm[LetterRequest]
else:
    _ModelForm = forms.ModelForm


class LetterTextsForm(_ModelForm):
    """A request's editable texts; `guarded_fields` are those the privacy guard reads."""

    guarded_fields: tuple[str, ...] = ()

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner


class ReplyForm(LetterTextsForm):
    guarded_fields = ("reply_text",)

    class Meta:
        model = LetterRequest
        fields = ("reply_text", "replied_on")
        widgets = {
            "reply_text": forms.Textarea(attrs={"rows": 5, "maxlength": d.REPLY_MAX_LENGTH}),
            "replied_on": DateInput(),
        }
        labels = {"replied_on": "When they answered"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reply_text"].required = True
        self.fields["replied_on"].required = True


class PacketForm(LetterTextsForm):
    guarded_fields = PACKET_TEXTS

    class Meta:
        model = LetterRequest
        fields = (*PACKET_TEXTS, "letter_id")
        widgets = {
            "email_body": forms.Textarea(attrs={"rows": 14}),
            "helper_text": forms.Textarea(attrs={"rows": 20}),
        }
        help_texts = {
            "taught": "One thing they taught you, in a few words: the email thanks them for it.",
            "helper_text": (
                "One page for the writer. '## ' starts a heading, '- ' a bullet; what does not "
                "fit on the page is left out, the last bullets first."
            ),
            "letter_id": "From your Letter Request Form in MyERAS, once you have requested it.",
        }


class ExperienceForm(LetterTextsForm):
    guarded_fields = EXPERIENCE_TEXTS

    class Meta:
        model = LetterRequest
        fields = (*EXPERIENCE_TEXTS, "experience_characteristic")
        widgets = {
            "experience_description": forms.Textarea(
                attrs={"rows": 8, "maxlength": d.ERAS_DESCRIPTION_MAX}
            ),
            "experience_reflection": forms.Textarea(
                attrs={"rows": 4, "maxlength": d.ERAS_REFLECTION_MAX}
            ),
        }


class DayForm(forms.Form):
    on = forms.DateField(label="On", widget=DateInput(), validators=[plannable_date])


class StatusForm(DayForm):
    status = forms.ChoiceField(label="Status", choices=list(LETTER_STATUS_LABELS.items()))


class PacketFileForm(forms.Form):
    kind = forms.ChoiceField(label="Which file", choices=PacketFile.Kind.choices)
    file = forms.FileField(
        label="File (PDF or Word .docx)",
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx"}),
    )


class LetterCheckForm(forms.Form):
    file = forms.FileField(
        label="Your letter as a PDF",
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf"}),
    )
