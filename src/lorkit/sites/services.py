"""Writes to rotation offers and weights. Views, the export and imports call these; the rules
that protect data (storable text, the per-account limit, the weights adding up to 100) hold
here whatever the interface."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from lorkit.accounts.models import User
from lorkit.core import defaults
from lorkit.core.site_score import Weights, weights_problems
from lorkit.core.sites import SiteOption as CoreSiteOption
from lorkit.plans.models import Rotation
from lorkit.plans.services import rotation_save
from lorkit.sites.models import SiteOption, SiteWeights


def _check_room(owner: User, adding: int) -> None:
    """ValidationError when `adding` more offers would take the account past its limit. Call
    inside the transaction that saves them; the account row is locked so that two imports at
    once cannot both take the last places (PostgreSQL; SQLite writes one at a time)."""
    User.objects.select_for_update().get(pk=owner.pk)
    held = SiteOption.objects.filter(owner=owner).count()
    most = defaults.SITE_OPTIONS_PER_ACCOUNT
    if adding > 0 and held + adding > most:
        raise ValidationError(
            f"{held + adding:,} offers would be more than the {most:,} an account can keep. "
            "Delete offers you have ruled out to add more."
        )


@transaction.atomic
def site_option_save(
    *, owner: User, option: CoreSiteOption, site: SiteOption | None = None
) -> SiteOption:
    """Create an offer, or update `site` (one of the owner's) from `option`. Refuses
    (ValidationError, nothing written) a field the model refuses and a new offer past the
    account's limit."""
    if site is None:
        _check_room(owner, 1)
        site = SiteOption(owner=owner)
    site.apply_core(option)
    site.full_clean(validate_unique=False, validate_constraints=False)
    site.save()
    return site


@transaction.atomic
def site_options_import(*, owner: User, options: Sequence[CoreSiteOption]) -> list[SiteOption]:
    """Add every offer of an import (the good rows the applicant confirmed) in one
    transaction: all of them, or none when one is refused or they would not fit."""
    _check_room(owner, len(options))
    sites = []
    for option in options:
        site = SiteOption(owner=owner)
        site.apply_core(option)
        site.full_clean(validate_unique=False, validate_constraints=False)
        sites.append(site)
    return SiteOption.objects.bulk_create(sites)


def site_option_delete(*, site: SiteOption) -> None:
    site.delete()


@transaction.atomic
def site_option_book(*, owner: User, site: SiteOption, start: date, days: int) -> Rotation:
    """Turn an offer into a rotation starting `start` for `days` days, planned at once
    (`rotation_save`: the rotation's checks and the account's limits apply), and remember it
    on the offer. Both writes or neither."""
    rotation = Rotation(
        site=site.name,
        city=site.city,
        state=site.state,
        specialty=site.specialty,
        kind=site.to_core().rotation_kind.value,
        setting=site.setting or "inpatient",
        start=start,
        end=start + timedelta(days=days - 1),
    )
    rotation = rotation_save(owner=owner, rotation=rotation)
    site.booked_rotation = rotation
    site.save(update_fields=["booked_rotation"])
    return rotation


def site_weights_save(*, owner: User, values: Mapping[str, int]) -> Weights:
    """Keep an applicant's weights, refused (ValidationError by field) when `weights_problems`
    finds any: every interface gets the same rule."""
    problems = weights_problems(values)
    if problems:
        raise ValidationError(
            {name or "__all__": ValidationError(message) for name, message in problems.items()}
        )
    weights = Weights.from_mapping(values)
    SiteWeights.objects.update_or_create(owner=owner, defaults={"values": weights.as_dict()})
    return weights


def site_weights_reset(*, owner: User) -> None:
    SiteWeights.objects.filter(owner=owner).delete()


def site_options_restore(
    *, owner: User, options: Sequence[CoreSiteOption], rotations: Mapping[str, Rotation]
) -> None:
    """Replace the owner's offers with an export's (inside the export import's transaction),
    linking each booked offer to its rotation by export id (`rotations`)."""
    SiteOption.objects.filter(owner=owner).delete()
    SiteOption.objects.bulk_create(
        SiteOption.from_core(
            option, owner=owner, booked_rotation=rotations.get(option.booked_rotation)
        )
        for option in options
    )
