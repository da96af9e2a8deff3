"""Sign-up, log-in, password change and reset, and account deletion. Every password check is
throttled per address and per username *before* the password is hashed, so guessing costs the
guesser, not the server; reset requests are throttled before any mail is sent."""

from __future__ import annotations

import unicodedata
from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from lorkit.accounts.access import request_owner
from lorkit.accounts.forms import AccountDeleteForm, SignupForm
from lorkit.accounts.security import client_address
from lorkit.accounts.services import user_create, user_delete
from lorkit.accounts.throttle import throttle_blocking, throttle_record
from lorkit.core import defaults
from lorkit.core.credentials import normalize_username
from lorkit.core.throttles import (
    LOGIN_BY_ADDRESS,
    LOGIN_BY_USERNAME,
    RESET_BY_ADDRESS,
    RESET_BY_EMAIL,
    SIGNUP_BY_ADDRESS,
    Throttle,
)

Checks = list[tuple[Throttle, str]]


def password_checks(request: HttpRequest, username: str) -> Checks:
    return [
        (LOGIN_BY_ADDRESS, client_address(request)),
        (LOGIN_BY_USERNAME, normalize_username(username)),
    ]


def throttled(
    request: HttpRequest, throttle: Throttle, page: str = "accounts/throttled.html"
) -> HttpResponse:
    wait = throttle.retry_after_minutes()
    response = render(request, page, {"minutes": wait}, status=429)
    response["Retry-After"] = str(wait * 60)
    return response


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    if request.method == "POST":
        checks = [(SIGNUP_BY_ADDRESS, client_address(request))]
        if blocking := throttle_blocking(checks):
            return throttled(request, blocking)
        throttle_record(checks)
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = user_create(
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password1"],
            email=form.cleaned_data.get("email", ""),
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to lorkit. Start by describing your season.")
        return redirect("profile")
    return render(request, "accounts/signup.html", {"form": form})


login_form = auth_views.LoginView.as_view(
    template_name="accounts/login.html", redirect_authenticated_user=True
)


@require_http_methods(["GET", "POST"])
def login_page(request: HttpRequest) -> HttpResponseBase:
    """Django's log-in, behind the throttle; a form shown again after a POST is a failed
    password check (a wrong password, or a username that does not exist)."""
    if request.method != "POST":
        return login_form(request)
    checks = password_checks(request, request.POST.get("username", ""))
    if blocking := throttle_blocking(checks):
        return throttled(request, blocking)
    response = login_form(request)
    if response.status_code == 200:
        throttle_record(checks)
    return response


class PasswordChange(auth_views.PasswordChangeView):
    """Django's password change, where a wrong current password counts like a failed log-in."""

    template_name = "accounts/password_change.html"
    success_url = "/password/done/"

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        checks = password_checks(request, request.user.get_username())
        if blocking := throttle_blocking(checks):
            return throttled(request, blocking)
        response = super().post(request, *args, **kwargs)
        if (
            isinstance(response, TemplateResponse)
            and "old_password" in (response.context_data or {}).get("form", {}).errors
        ):
            throttle_record(checks)
        return response


def reset_checks(request: HttpRequest, email: str) -> Checks:
    """A reset request counts against the client's address and against the email typed, in
    the one spelling Django matches accounts by (NFKC, case-folded), so that "ALICE@" and
    "alice@" fill the same counter."""
    return [
        (RESET_BY_ADDRESS, client_address(request)),
        (RESET_BY_EMAIL, unicodedata.normalize("NFKC", email.strip()).casefold()),
    ]


class PasswordReset(auth_views.PasswordResetView):
    """Django's reset request, behind the reset throttles. Known email or not, the answer is
    the same page (Django's behaviour), so the form never tells whether an account exists."""

    template_name = "accounts/password_reset.html"
    subject_template_name = "accounts/password_reset_subject.txt"
    email_template_name = "accounts/password_reset_email.txt"
    extra_email_context = {"link_hours": defaults.PASSWORD_RESET_LINK_HOURS}

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        checks = reset_checks(request, request.POST.get("email", ""))
        if blocking := throttle_blocking(checks):
            return throttled(request, blocking, page="accounts/password_reset_throttled.html")
        throttle_record(checks)
        return super().post(request, *args, **kwargs)


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    """The current password confirms, checked behind the same throttle as log-in; a wrong
    one deletes nothing."""
    user = request_owner(request)
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        checks = password_checks(request, user.get_username())
        if blocking := throttle_blocking(checks):
            return throttled(request, blocking)
        if user.check_password(form.cleaned_data["password"]):
            user_delete(user=user)
            logout(request)
            messages.success(request, "Your account and everything in it have been deleted.")
            return redirect("login")
        throttle_record(checks)
        form.add_error("password", "That is not your password. Nothing was deleted.")
    return render(request, "accounts/account_delete.html", {"form": form})
