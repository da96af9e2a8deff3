from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from lorkit.accounts.access import request_owner
from lorkit.accounts.services import profile_for
from lorkit.core.export_format import problems_shown
from lorkit.core.site_csv import (
    COLUMNS,
    CsvReading,
    CsvRefused,
    read_site_csv,
    template_csv,
    write_site_csv,
)
from lorkit.core.site_score import FACTOR_LABELS, Judgement, assess
from lorkit.plans.models import Rotation
from lorkit.sites.forms import (
    BookForm,
    CompareForm,
    ConfirmForm,
    ImportForm,
    SiteOptionForm,
    WeightsForm,
)
from lorkit.sites.markup import cost_score_svg
from lorkit.sites.models import SiteOption
from lorkit.sites.selectors import (
    FLAG_LABELS,
    compared_for,
    judgement_for,
    shown_compared,
    site_options_records,
    site_weights_for,
    usce_for,
)
from lorkit.sites.services import (
    site_option_book,
    site_option_delete,
    site_option_save,
    site_options_import,
    site_weights_reset,
    site_weights_save,
)


def _get_site_for_user(request: HttpRequest, site_id: int) -> SiteOption:
    return get_object_or_404(
        SiteOption.objects.select_related("booked_rotation"),
        pk=site_id,
        owner=request_owner(request),
    )


def _judgement(request: HttpRequest) -> Judgement:
    owner = request_owner(request)
    profile = profile_for(owner)
    return judgement_for(owner, profile, profile.today())


@login_required
@require_safe
def site_compare(request: HttpRequest) -> HttpResponse:
    """Every offer side by side, ranked, with the chart and the applicant's experience so far."""
    owner = request_owner(request)
    profile = profile_for(owner)
    judgement = judgement_for(owner, profile, profile.today())
    form = CompareForm(request.GET or None)
    rows = compared_for(owner, judgement)
    shown = shown_compared(rows, form.choices())
    context = {
        "rows": shown,
        "total": len(rows),
        "form": form,
        "usce": usce_for(owner, profile, judgement.today),
        "chart": cost_score_svg(shown),
        "unpriced": [row for row in shown if row.assessment.total_cost is None],
        "judgement": judgement,
        "filtered": bool(request.GET),
    }
    return render(request, "sites/compare.html", context)


@login_required
@require_safe
def site_detail(request: HttpRequest, site_id: int) -> HttpResponse:
    site = _get_site_for_user(request, site_id)
    option = site.to_core()
    assessment = assess(option, _judgement(request))
    context = {
        "site": site,
        "option": option,
        "assessment": assessment,
        "factor_labels": FACTOR_LABELS,
        "flag_labels": FLAG_LABELS,
        "book_form": _book_form(assessment.start, assessment.end),
    }
    return render(request, "sites/site_detail.html", context)


def _book_form(start: date | None, end: date | None) -> BookForm:
    return BookForm(initial={"start": start, "end": end})


def _save_site_form(
    request: HttpRequest, form: SiteOptionForm, site: SiteOption | None
) -> HttpResponse | None:
    """Save a valid form through the service (its refusal lands on the form) and answer with
    the offer's page, saying what lorkit assumed; None when nothing was saved."""
    if request.method != "POST" or not form.is_valid() or form.option is None:
        return None
    try:
        site = site_option_save(owner=request_owner(request), option=form.option, site=site)
    except ValidationError as error:
        form.add_error(None, error)
        return None
    saved = f"Saved {site.name}; its assessment is below."
    if form.read_notes:
        saved += " Assumed: " + "; ".join(f"{k}: {v}" for k, v in form.read_notes.items()) + "."
    messages.success(request, saved, extra_tags="toast")
    return redirect("site_detail", site_id=site.pk)


@login_required
@require_http_methods(["GET", "POST"])
def site_new(request: HttpRequest) -> HttpResponse:
    profile = profile_for(request_owner(request))
    initial = {"specialty": profile.specialty}
    form = SiteOptionForm(request.POST or None, initial=initial, today=profile.today())
    return _save_site_form(request, form, None) or render(
        request, "sites/site_form.html", {"form": form, "site": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def site_edit(request: HttpRequest, site_id: int) -> HttpResponse:
    site = _get_site_for_user(request, site_id)
    today = profile_for(request_owner(request)).today()
    initial = SiteOptionForm.initial_for(site.to_core())
    form = SiteOptionForm(request.POST or None, initial=initial, today=today)
    return _save_site_form(request, form, site) or render(
        request, "sites/site_form.html", {"form": form, "site": site}
    )


@login_required
@require_http_methods(["GET", "POST"])
def site_delete(request: HttpRequest, site_id: int) -> HttpResponse:
    site = _get_site_for_user(request, site_id)
    if request.method == "POST":
        site_option_delete(site=site)
        messages.success(request, f"Deleted {site.name}.", extra_tags="toast")
        return redirect("site_compare")
    return render(request, "sites/site_confirm_delete.html", {"site": site})


@login_required
@require_http_methods(["GET", "POST"])
def site_book(request: HttpRequest, site_id: int) -> HttpResponse:
    """Turn the offer into a rotation, planned at once, and open its plan. One tap from the
    comparison sends the earliest dates; this page lets the applicant change them."""
    site = _get_site_for_user(request, site_id)
    assessment = assess(site.to_core(), _judgement(request))
    form = BookForm(request.POST) if request.method == "POST" else None
    if form is not None and form.is_valid():
        rotation = _book(request, form, site)
        if rotation is not None:
            return redirect("rotation_detail", rotation_id=rotation.pk)
    context = {
        "site": site,
        "assessment": assessment,
        "form": form or _book_form(assessment.start, assessment.end),
    }
    return render(request, "sites/site_book.html", context, status=400 if form else 200)


def _book(request: HttpRequest, form: BookForm, site: SiteOption) -> Rotation | None:
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    try:
        rotation = site_option_book(
            owner=request_owner(request), site=site, start=start, days=(end - start).days + 1
        )
    except ValidationError as error:
        form.add_error(None, error)
        return None
    messages.success(
        request,
        f"Booked {site.name} as a rotation; its plan is below.",
        extra_tags="toast",
    )
    return rotation


@login_required
@require_http_methods(["GET", "POST"])
def site_import(request: HttpRequest) -> HttpResponse:
    """Preview a pasted or uploaded CSV, then, once confirmed, add its good rows."""
    owner = request_owner(request)
    today = profile_for(owner).today()
    if request.method == "POST" and "previewed" in request.POST:
        return _confirm_import(request, today)
    form = ImportForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form}
    if request.method == "POST" and form.is_valid():
        context |= _preview(request, form.text, today, form.encoding_note)
    status = 400 if request.method == "POST" and not context.get("reading") else 200
    return _import_page(request, context, status)


def _import_page(request: HttpRequest, context: dict[str, object], status: int) -> HttpResponse:
    return render(request, "sites/import.html", {**context, "columns": COLUMNS}, status=status)


def _preview(request: HttpRequest, text: str, today: date, encoding_note: str) -> dict[str, object]:
    try:
        reading = read_site_csv(text, today)
    except CsvRefused as error:
        # An uploaded file's text goes into the box, where it can be fixed and sent again.
        return {"refused": f"Nothing was read: {error.problem}.", "form": _box(text)}
    judgement = _judgement(request)
    good = [(row, assess(row.option, judgement)) for row in reading.rows if row.option]
    return {
        "reading": reading,
        "good": good,
        "problems": problems_shown([str(p) for p in reading.problems]),
        "notes": problems_shown([str(n) for n in reading.notes]),
        "encoding_note": encoding_note or reading.encoding_note,
        "confirm": ConfirmForm(initial={"previewed": text}),
        "form": _box(text),
    }


def _box(text: str) -> ImportForm:
    return ImportForm(initial={"pasted": text})


def _confirm_import(request: HttpRequest, today: date) -> HttpResponse:
    confirm = ConfirmForm(request.POST)
    reading: CsvReading | None = None
    problem = ""
    if confirm.is_valid():
        try:
            reading = read_site_csv(confirm.cleaned_data["previewed"], today)
            site_options_import(owner=request_owner(request), options=reading.options)
        except CsvRefused as error:
            problem = f"Nothing was imported: {error.problem}."
        except ValidationError as error:
            problem = f"Nothing was imported: {' '.join(error.messages)}"
    else:
        problem = "Nothing was imported: the previewed rows did not come back. Preview again."
    if problem or reading is None:
        form = _box(request.POST.get("previewed", ""))
        return _import_page(request, {"form": form, "refused": problem}, 400)
    skipped = reading.bad_rows
    said = f"Imported {len(reading.options)} offer{'s' if len(reading.options) != 1 else ''}"
    said += (
        f"; {skipped} row{'s' if skipped != 1 else ''} with problems left out." if skipped else "."
    )
    messages.success(request, said, extra_tags="toast")
    return redirect("site_compare")


def _csv_response(text: str, filename: str) -> HttpResponse:
    # The byte-order mark makes Excel read UTF-8 (its default is the system's code page).
    response = HttpResponse("\ufeff" + text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_safe
def site_template(request: HttpRequest) -> HttpResponse:
    return _csv_response(template_csv(), "lorkit-site-options-template.csv")


@login_required
@require_safe
def site_export(request: HttpRequest) -> HttpResponse:
    options = site_options_records(request_owner(request))
    return _csv_response(write_site_csv(options), "lorkit-site-options.csv")


@login_required
@require_http_methods(["GET", "POST"])
def site_weights(request: HttpRequest) -> HttpResponse:
    """The points of each factor and the thresholds, each shown beside its default."""
    owner = request_owner(request)
    if request.method == "POST" and "reset" in request.POST:
        site_weights_reset(owner=owner)
        messages.success(request, "Weights back to the defaults.", extra_tags="toast")
        return redirect("site_weights")
    form = WeightsForm(request.POST or None, initial=site_weights_for(owner).as_dict())
    if request.method == "POST" and form.is_valid():
        try:
            site_weights_save(owner=owner, values=form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, "Weights saved; the comparison uses them.", extra_tags="toast"
            )
            return redirect("site_compare")
    status = 400 if form.errors else 200
    return render(request, "sites/weights.html", {"form": form}, status=status)
