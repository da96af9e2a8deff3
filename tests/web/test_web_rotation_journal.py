"""A rotation's page in the journal: its warning signs and the writers on it, linked from
the rotation's plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import User
from lorkit.journal.models import Person
from lorkit.plans.models import Rotation


def test_a_rotation_without_feedback_by_day_ten_shows_the_warning_and_its_writers(
    owner_client: Client, owner: User, rotation: Rotation, set_today: Any
) -> None:
    set_today(date(2027, 1, 16))  # day 13 of the fixture rotation, no feedback written down
    person = Person.objects.create(owner=owner, name="Dr. Rivera")
    person.rotations.add(rotation)

    page = owner_client.get(reverse("rotation_journal", args=[rotation.pk])).content.decode()

    assert "Warning signs" in page
    assert "Dr. Rivera" in page and "not yet" in page
    plan = owner_client.get(reverse("rotation_detail", args=[rotation.pk])).content.decode()
    assert reverse("rotation_journal", args=[rotation.pk]) in plan


def test_an_outsider_gets_404(outsider_client: Client, rotation: Rotation) -> None:
    url = reverse("rotation_journal", args=[rotation.pk])

    assert outsider_client.get(url).status_code == 404
