from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from lorkit.accounts.access import request_owner
from lorkit.backup.services import (
    ImportSummary,
    workspace_export,
    workspace_has_content,
    workspace_import,
)
from lorkit.core import defaults
from lorkit.core.export_format import ExportError, load_export_json, problems_shown


@login_required
@require_GET
def export_download(request: HttpRequest) -> HttpResponse:
    response = JsonResponse(
        # Compact: indenting forces Python's pure-Python encoder, four times slower.
        workspace_export(request_owner(request)),
    )
    response["Content-Disposition"] = 'attachment; filename="lorkit-export.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def backup_page(request: HttpRequest) -> HttpResponse:
    problems: list[str] = []
    if request.method == "POST":
        outcome = _import_upload(request)
        if isinstance(outcome, ImportSummary):
            messages.success(request, import_complete(outcome))
            return redirect("dashboard")
        problems = problems_shown(outcome)
    context = {"problems": problems, "has_content": workspace_has_content(request_owner(request))}
    return render(request, "backup/backup.html", context, status=400 if problems else 200)


def import_complete(summary: ImportSummary) -> str:
    message = "Import complete: your workspace now matches the file."
    return f"{message} {summary.planned_note}".strip()


def _import_upload(request: HttpRequest) -> ImportSummary | list[str]:
    """What the upload imported, or the problems that stopped it."""
    upload = request.FILES.get("file")
    if upload is None:
        return ["Choose a lorkit export file (.json) to import."]
    if upload.size and upload.size > defaults.IMPORT_MAX_BYTES:
        megabytes = defaults.IMPORT_MAX_BYTES // (1024 * 1024)
        return [f"The file is larger than {megabytes} MB; a lorkit export is far smaller."]
    try:
        return workspace_import(
            owner=request_owner(request),
            document=load_export_json(upload.read()),
            replace=request.POST.get("replace") == "on",
        )
    except ExportError as error:
        return error.problems
