"""The applicant's letter pages: the ask, the answer, the packet, the ERAS entry, the packet
files and the writer link. The writer's own pages (no account) are in `writer_views`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.ledger import LetterStatus
from lorkit.journal.guarded_views import form_page, guarded_submit
from lorkit.journal.models import Person
from lorkit.letters import forms as letter_forms
from lorkit.letters.models import LetterRequest, PacketFile
from lorkit.letters.packet_files import attachment_response, packet_eml_bytes
from lorkit.letters.render import helper_docx, helper_pdf, mailto_link
from lorkit.letters.selectors import ask_page, helper_of, live_link, packet_drafts
from lorkit.letters.services import (
    ask_record,
    open_request,
    packet_file_save,
    packet_sent,
    reply_record,
    status_set,
    texts_save,
    writer_link_issue,
    writer_link_revoke,
)

# The session carries a newly issued writer link to the one page view that shows it.
ISSUED_LINK_KEY = "writer_link_issued"


def _letter(request: HttpRequest, letter_id: int) -> LetterRequest:
    return get_object_or_404(
        LetterRequest.objects.select_related("person"),
        pk=letter_id,
        owner=request_owner(request),
    )


def _today(request: HttpRequest) -> Any:
    return profile_for(request_owner(request)).today()


@login_required
@require_http_methods(["GET", "POST"])
def person_ask(request: HttpRequest, person_id: int) -> HttpResponse:
    """How and when to ask `person`; POST records that the ask happened."""
    owner = request_owner(request)
    person = get_object_or_404(Person, pk=person_id, owner=owner)
    today = _today(request)
    form = letter_forms.DayForm(request.POST or None, initial={"on": today})
    if request.method == "POST" and form.is_valid():
        try:
            letter = ask_record(owner=owner, person=person, on=form.cleaned_data["on"], today=today)
        except ValidationError as error:
            form.add_error("on", error)
        else:
            messages.success(request, f"Noted: you asked {person.name}. Now record the answer.")
            return redirect(reverse("letter_reply", args=[letter.pk]))
    context = {
        "person": person,
        "page": ask_page(owner, person, today),
        "letter": open_request(owner, person),
        "form": form,
    }
    return render(request, "letters/ask.html", context, status=400 if form.errors else 200)


@login_required
@require_safe
def letter_detail(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    link = live_link(letter)
    token = request.session.pop(ISSUED_LINK_KEY, None)
    context: dict[str, Any] = {
        "letter": letter,
        "history": letter.history.all(),
        "link": link,
        "views": list(link.views.all()[:20]) if link else [],
        "status_form": letter_forms.StatusForm(
            initial={"on": _today(request), "status": letter.status}
        ),
        "sent_form": letter_forms.DayForm(initial={"on": _today(request)}),
    }
    if link and token:
        context["link_url"] = request.build_absolute_uri(reverse("writer_page", args=[token]))
    return render(request, "letters/letter.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def letter_reply(request: HttpRequest, letter_id: int) -> HttpResponse:
    """Type or paste the answer; lorkit reads it, stores it and moves the letter on."""
    owner = request_owner(request)
    letter = _letter(request, letter_id)
    today = _today(request)
    initial = {"replied_on": letter.replied_on or today}
    form = letter_forms.ReplyForm(
        request.POST or None, instance=letter, owner=owner, initial=initial
    )

    def save(form: letter_forms.LetterTextsForm, allowed: list[str]) -> Model:
        reading = reply_record(
            owner=owner,
            request=letter,
            text=form.cleaned_data["reply_text"],
            on=form.cleaned_data["replied_on"],
            today=today,
            allowed=allowed,
        )
        messages.success(request, f"Answer saved: {reading.label.value.replace('_', ' ')}.")
        return letter

    outcome = guarded_submit(request, form, save)
    if isinstance(outcome, LetterRequest):
        return redirect(reverse("letter_reply", args=[letter.pk]) + "#reading")
    reading = letter.reading() if letter.reply_text and request.method == "GET" else None
    return form_page(request, "letters/reply.html", form, outcome, letter=letter, reading=reading)


@login_required
@require_POST
def letter_status(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    form = letter_forms.StatusForm(request.POST)
    if form.is_valid():
        try:
            status_set(
                owner=request_owner(request),
                request=letter,
                status=LetterStatus(form.cleaned_data["status"]),
                on=form.cleaned_data["on"],
                today=_today(request),
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"Status: {letter.status_label}.")
    else:
        messages.error(request, "Choose a status and a valid date.")
    return redirect("letter_detail", letter_id=letter.pk)


@login_required
@require_http_methods(["GET", "POST"])
def packet_edit(request: HttpRequest, letter_id: int) -> HttpResponse:
    """The packet: lorkit's drafts, edited by the applicant, previewed as the writer sees it."""
    owner = request_owner(request)
    letter = _letter(request, letter_id)
    today = _today(request)
    drafts = packet_drafts(owner, letter, today)
    if request.method == "GET" and not letter.email_body:
        letter.taught = letter.taught or drafts.taught
        letter.email_subject, letter.email_body = drafts.email.subject, drafts.email.body
        letter.helper_text = drafts.helper
    form = letter_forms.PacketForm(request.POST or None, instance=letter, owner=owner)

    def save(form: letter_forms.LetterTextsForm, allowed: list[str]) -> Model:
        texts = {name: form.cleaned_data[name] for name in form.guarded_fields}
        letter.letter_id = form.cleaned_data["letter_id"]
        return texts_save(owner=owner, request=letter, texts=texts, allowed=allowed)

    outcome = guarded_submit(request, form, save)
    if isinstance(outcome, LetterRequest):
        messages.success(request, "Packet saved. Preview it below, then send it.")
        return redirect(reverse("packet_edit", args=[letter.pk]) + "#preview")
    helper = helper_of(letter, drafts)
    fitted = helper_pdf(helper)
    context = {
        "letter": letter,
        "helper": fitted.kept,
        "left_out": fitted.left_out,
        "drafts": drafts,
        "files": PacketFile.objects.filter(owner=owner),
        "mailto": mailto_link(_writer_email(letter), letter.email_subject, letter.email_body),
        "sent_form": letter_forms.DayForm(initial={"on": today}),
    }
    return form_page(request, "letters/packet.html", form, outcome, **context)


def _writer_email(letter: LetterRequest) -> str:
    return letter.person.email if letter.person else ""


@login_required
@require_POST
def packet_mark_sent(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    form = letter_forms.DayForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError("Give the day the packet went out.")
        packet_sent(
            owner=request_owner(request),
            request=letter,
            on=form.cleaned_data["on"],
            today=_today(request),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Packet marked as sent.")
    return redirect("letter_detail", letter_id=letter.pk)


@login_required
@require_safe
def packet_pdf(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    drafts = packet_drafts(request_owner(request), letter, _today(request))
    data = helper_pdf(helper_of(letter, drafts)).data
    return attachment_response(data, "application/pdf", f"letter-helper-{letter.pk}.pdf")


@login_required
@require_safe
def packet_docx(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    drafts = packet_drafts(request_owner(request), letter, _today(request))
    data = helper_docx(helper_of(letter, drafts))
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return attachment_response(data, kind, f"letter-helper-{letter.pk}.docx")


@login_required
@require_safe
def packet_eml(request: HttpRequest, letter_id: int) -> HttpResponse:
    owner = request_owner(request)
    letter = _letter(request, letter_id)
    data = packet_eml_bytes(owner, letter, packet_drafts(owner, letter, _today(request)))
    return attachment_response(data, "message/rfc822", f"letter-packet-{letter.pk}.eml")


@login_required
@require_http_methods(["GET", "POST"])
def experience_edit(request: HttpRequest, letter_id: int) -> HttpResponse:
    """The rotation's ERAS Experiences entry, drafted from the same evidence."""
    owner = request_owner(request)
    letter = _letter(request, letter_id)
    drafts = packet_drafts(owner, letter, _today(request))
    if request.method == "GET" and not letter.experience_description and drafts.experience:
        letter.experience_description = drafts.experience.description
        letter.experience_reflection = drafts.experience.reflection
        if drafts.experience.characteristic:
            letter.experience_characteristic = drafts.experience.characteristic.value
    form = letter_forms.ExperienceForm(request.POST or None, instance=letter, owner=owner)

    def save(form: letter_forms.LetterTextsForm, allowed: list[str]) -> Model:
        texts = {name: form.cleaned_data[name] for name in form.guarded_fields}
        letter.experience_characteristic = form.cleaned_data["experience_characteristic"]
        return texts_save(owner=owner, request=letter, texts=texts, allowed=allowed)

    outcome = guarded_submit(request, form, save)
    if isinstance(outcome, LetterRequest):
        messages.success(request, "ERAS entry saved: copy it into MyERAS when you are ready.")
        return redirect("experience_edit", letter_id=letter.pk)
    context = {"letter": letter, "draft": drafts.experience}
    return form_page(request, "letters/experience.html", form, outcome, **context)


@login_required
@require_POST
def link_issue(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    request.session[ISSUED_LINK_KEY] = writer_link_issue(request=letter).token
    messages.success(request, "New writer link issued; any earlier link stopped working.")
    return redirect(reverse("letter_detail", args=[letter.pk]) + "#writer-link")


@login_required
@require_POST
def link_revoke(request: HttpRequest, letter_id: int) -> HttpResponse:
    letter = _letter(request, letter_id)
    if writer_link_revoke(request=letter):
        messages.success(request, "Writer link revoked: it no longer opens.")
    return redirect(reverse("letter_detail", args=[letter.pk]) + "#writer-link")


@login_required
@require_http_methods(["GET", "POST"])
def packet_files(request: HttpRequest) -> HttpResponse:
    """The CV and personal statement that go with every packet."""
    owner = request_owner(request)
    form = letter_forms.PacketFileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            saved = packet_file_save(
                owner=owner, kind=form.cleaned_data["kind"], name=upload.name, data=upload.read()
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, f"{saved.get_kind_display()} saved as {saved.name}.")
            return redirect("packet_files")
    files = PacketFile.objects.filter(owner=owner).defer("data")
    status = 400 if form.errors else 200
    return render(request, "letters/files.html", {"form": form, "files": files}, status=status)


def _file(request: HttpRequest, file_kind: str) -> PacketFile:
    return get_object_or_404(PacketFile, owner=request_owner(request), kind=file_kind)


@login_required
@require_safe
def packet_file_download(request: HttpRequest, file_kind: str) -> HttpResponse:
    found = _file(request, file_kind)
    return attachment_response(bytes(found.data), found.content_type, found.name)


@login_required
@require_POST
def packet_file_delete(request: HttpRequest, file_kind: str) -> HttpResponse:
    found = _file(request, file_kind)
    found.delete()
    messages.success(request, f"{found.get_kind_display()} removed.")
    return redirect("packet_files")
