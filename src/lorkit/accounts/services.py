from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from lorkit.accounts.models import Profile, User
from lorkit.core.season import season_for_date


def profile_for(user: User) -> Profile:
    """The user's profile, created on first use with the season they can still apply in."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        pass
    profile, _ = Profile.objects.get_or_create(
        user=user, defaults={"season": season_for_date(timezone.now().date())}
    )
    return profile


@transaction.atomic
def user_create(
    *, username: str, password: str, email: str = "", today: date | None = None
) -> User:
    user = User.objects.create_user(username=username, password=password, email=email)
    Profile.objects.create(user=user, season=season_for_date(today or timezone.now().date()))
    return user


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete an account and everything it owns. Every model that points at the user does so
    with on_delete=CASCADE (tests/web/test_web_account_delete.py checks each), so one delete
    removes the profile, rotations with their milestones and notes, and the calendar feed;
    the apps above need not be imported here."""
    user.delete()
