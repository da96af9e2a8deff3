"""The programs pages: the list with an advisor's checks of each program's letters, a
program's form, its letters (at most four, locked once applied) and one set of letters given
to many programs at once."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core import defaults as d
from lorkit.letters import program_services as services
from lorkit.letters.models import Program
from lorkit.letters.program_forms import AssignmentForm, BulkAssignForm, ProgramForm


def _program(request: HttpRequest, program_id: int) -> Program:
    return get_object_or_404(Program, pk=program_id, owner=request_owner(request))


def _posted(request: HttpRequest) -> QueryDict | None:
    """The form data of a POST, even an empty one (every box unticked), else None."""
    return request.POST if request.method == "POST" else None


def _today(request: HttpRequest) -> date:
    return profile_for(request_owner(request)).today()


@login_required
@require_safe
def programs(request: HttpRequest) -> HttpResponse:
    overview = services.programs_overview(request_owner(request), _today(request))
    context = {"overview": overview, "max_letters": d.MAX_LETTERS_PER_PROGRAM}
    return render(request, "letters/programs.html", context)


def _program_form_page(
    request: HttpRequest, form: ProgramForm, program: Program | None, saved: str
) -> HttpResponse:
    """Save a valid form and go to the program's letters, or show the form again as typed."""
    if request.method == "POST" and form.is_valid():
        try:
            done = services.program_save(owner=request_owner(request), program=form.instance)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, saved.format(name=done.name))
            return redirect("program_detail", program_id=done.pk)
    context = {"form": form, "program": program}
    return render(request, "letters/program_form.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def program_new(request: HttpRequest) -> HttpResponse:
    initial = {"specialty": profile_for(request_owner(request)).specialty}
    form = ProgramForm(_posted(request), initial=initial)
    return _program_form_page(request, form, None, "Added {name}: now choose its letters.")


@login_required
@require_http_methods(["GET", "POST"])
def program_edit(request: HttpRequest, program_id: int) -> HttpResponse:
    program = _program(request, program_id)
    form = ProgramForm(_posted(request), instance=program)
    return _program_form_page(request, form, program, "Saved {name}.")


@login_required
@require_http_methods(["GET", "POST"])
def program_delete(request: HttpRequest, program_id: int) -> HttpResponse:
    program = _program(request, program_id)
    if request.method == "POST":
        services.program_delete(owner=request_owner(request), program=program)
        messages.success(request, f"Deleted {program.name}; its letters stay in your list.")
        return redirect("programs")
    return render(request, "letters/program_confirm_delete.html", {"program": program})


@login_required
@require_http_methods(["GET", "POST"])
def program_detail(request: HttpRequest, program_id: int) -> HttpResponse:
    """The program's letters and checks; POST makes the boxes ticked its letters."""
    program = _program(request, program_id)
    today = _today(request)
    page = services.program_page(program, today)
    held = [letter.pk for letter in page.overview.letters]
    form = AssignmentForm(_posted(request), letters=page.choices, initial={"letters": held})
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["letters"]
        try:
            services.assignment_set(
                owner=request_owner(request), program=program, letter_ids=chosen, today=today
            )
        except ValidationError as error:
            form.add_error("letters", error)
        else:
            messages.success(request, f"Saved: {len(chosen)} letter(s) for {program.name}.")
            return redirect("program_detail", program_id=program.pk)
    if page.overview.locked:
        form.fields["letters"].widget.attrs["disabled"] = True
    context = {"page": page, "form": form, "max_letters": d.MAX_LETTERS_PER_PROGRAM}
    return render(
        request, "letters/program_detail.html", context, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def programs_assign(request: HttpRequest) -> HttpResponse:
    """Give one set of letters to many programs; each refused program is reported, not fatal."""
    owner = request_owner(request)
    today = _today(request)
    overview = services.programs_overview(owner, today)
    form = BulkAssignForm(
        _posted(request), letters=services.usable_letters(owner), programs=overview
    )
    if request.method == "POST" and form.is_valid():
        try:
            result = services.bulk_assign(
                owner=owner,
                program_ids=form.cleaned_data["programs"],
                letter_ids=form.cleaned_data["letters"],
                today=today,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            _report(request, result)
            return redirect("programs")
    context = {"form": form, "has_programs": bool(overview)}
    return render(
        request, "letters/programs_assign.html", context, status=400 if form.errors else 200
    )


def _names(programs: tuple[Program, ...]) -> str:
    return ", ".join(program.name for program in programs)


def _report(request: HttpRequest, result: services.BulkResult) -> None:
    """One message for the programs that took the set, one for those that held it already,
    and one per refusal with its reason."""
    if result.taken:
        messages.success(
            request, f"Added to {len(result.taken)} program(s): {_names(result.taken)}."
        )
    if result.unchanged:
        messages.info(request, f"Already there, nothing changed: {_names(result.unchanged)}.")
    for refusal in result.refused:
        messages.error(request, f"Not added to {refusal.program.name}. {refusal.reason}")
