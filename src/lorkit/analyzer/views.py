"""The letter check: paste or upload a draft and see how a program director would read it.
The draft is read in memory for this one answer; nothing of it is saved or logged."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from lorkit.analyzer.forms import LetterForm
from lorkit.analyzer.markup import LEGEND, marked_letter
from lorkit.core.letter_language import (
    TIER_MEANINGS,
    LetterAnalysis,
    Suggestion,
    analyze_letter,
    letter_advice,
)

SUGGESTIONS_SHOWN = 3  # the rest fold under "More suggestions"
NOT_STATED = {"", "not stated"}


@login_required
@require_http_methods(["GET", "POST"])
def letter_check(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "analyzer/letter_check.html", {"form": LetterForm()})
    form = LetterForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "analyzer/letter_check.html", {"form": form}, status=400)
    letter: str = form.cleaned_data["letter"]
    analysis = analyze_letter(letter)
    suggestions = letter_advice(analysis, strengths=profile_strengths(request))
    context = {
        "form": LetterForm(initial={"text": letter}),
        **result_context(letter, analysis, suggestions),
    }
    return render(request, "analyzer/letter_check.html", context)


def profile_strengths(request: HttpRequest) -> list[str]:
    """The strengths the applicant wants letters to show, read from their profile. Read by
    attribute, not through the accounts app, which shares this app's floor."""
    profile = getattr(request.user, "profile", None)
    strengths = getattr(profile, "strengths", None)
    return [s for s in strengths if isinstance(s, str)] if isinstance(strengths, list) else []


def contact_summary(analysis: LetterAnalysis) -> str:
    """ "About 4 weeks, hands-on, close", or what the letter leaves out."""
    contact = analysis.contact
    weeks = (
        f"about {contact.weeks:g} week{'s' if contact.weeks != 1 else ''}" if contact.weeks else ""
    )
    parts = [part for part in (weeks, contact.mode, contact.closeness) if part not in NOT_STATED]
    return ", ".join(parts).capitalize() if parts else "Not stated"


def result_context(
    letter: str, analysis: LetterAnalysis, suggestions: tuple[Suggestion, ...]
) -> dict[str, object]:
    return {
        "analysis": analysis,
        "meaning": TIER_MEANINGS[analysis.tier],
        "marked": marked_letter(letter, analysis.findings),
        "legend": LEGEND,
        "contact": contact_summary(analysis),
        "suggestions": suggestions[:SUGGESTIONS_SHOWN],
        "more_suggestions": suggestions[SUGGESTIONS_SHOWN:],
    }
