"""A letter's follow-up on its own page: the drafted reminder or thank-you, to copy, open in a
mail app or download; "Mark sent"; and "Send it now" when lorkit has a mail server. Today shows
the same items in its "Letter follow-ups" card (templates/letters/_reminders_today.html)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.letters.forms import DayForm
from lorkit.letters.models import Reminder
from lorkit.letters.packet_files import attachment_response
from lorkit.letters.reminder_selectors import draft_eml, follow_up, reminder_for, smtp_configured
from lorkit.letters.reminder_services import reminder_mark_sent, reminder_send

# Where a button on Today sends the applicant back to, instead of the reminder's own page.
BACK_TO_TODAY = "today"


def _reminder(request: HttpRequest, reminder_id: int) -> Reminder:
    return get_object_or_404(reminder_for(request_owner(request), reminder_id))


def _back(request: HttpRequest, reminder: Reminder) -> HttpResponse:
    if request.POST.get("next") == BACK_TO_TODAY:
        return redirect("dashboard")
    return redirect("reminder_detail", reminder_id=reminder.pk)


@login_required
@require_safe
def reminder_detail(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = _reminder(request, reminder_id)
    today = profile_for(request_owner(request)).today()
    context = {
        "item": follow_up(reminder, request_owner(request)),
        "sent_form": DayForm(initial={"on": today}),
        "smtp": smtp_configured(),
    }
    return render(request, "letters/reminder.html", context)


@login_required
@require_POST
def reminder_sent(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = _reminder(request, reminder_id)
    owner = request_owner(request)
    form = DayForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError("Give the day it went out.")
        on = form.cleaned_data["on"]
        changed = reminder_mark_sent(
            owner=owner, reminder=reminder, on=on, today=profile_for(owner).today()
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        name = reminder.request.author
        messages.success(
            request,
            f"Marked sent: {reminder.get_kind_display()} to {name}."
            if changed
            else "It was already marked sent.",
        )
    return _back(request, reminder)


@login_required
@require_POST
def reminder_send_view(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = _reminder(request, reminder_id)
    owner = request_owner(request)
    try:
        item = reminder_send(owner=owner, reminder=reminder, today=profile_for(owner).today())
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Sent to {item.writer} ({item.writer_email}) and marked sent.")
    return _back(request, reminder)


@login_required
@require_safe
def reminder_eml(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = _reminder(request, reminder_id)
    owner = request_owner(request)
    data = draft_eml(follow_up(reminder, owner), owner)
    return attachment_response(data, "message/rfc822", f"letter-follow-up-{reminder.pk}.eml")
