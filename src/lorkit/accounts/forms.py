from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.auth.forms import UserCreationForm

from lorkit.accounts.models import User
from lorkit.core.credentials import normalize_username

# Django's form classes are generic only in django-stubs; at run time they cannot be
# subscripted (django-stubs-ext, which would allow it, is not a run-time dependency).
if TYPE_CHECKING:
    _UserCreationForm = UserCreationForm[User]
else:
    _UserCreationForm = UserCreationForm


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class SignupForm(_UserCreationForm):
    class Meta:
        model = User
        fields = ("username", "email")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].required = False
        self.fields["email"].help_text = "Optional. Only used to recover your account."

    def clean_username(self) -> str:
        """Compare and store the username in its one spelling ("Alice " is "alice")."""
        self.cleaned_data["username"] = normalize_username(self.cleaned_data.get("username", ""))
        username: str = super().clean_username()
        return username


class AccountDeleteForm(forms.Form):
    """The current password, typed to confirm; the view checks it behind the password
    throttle, so the form only parses."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
