"""Each rotation's main attending (two text fields on the rotation) becomes a person in the
journal, linked to that rotation. One attending named the same way (and with the same email)
on several rotations of one applicant becomes one person spanning them. The rotation keeps its
two fields: the plan's scripts name the attending from them."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def attendings_to_people(apps: Any, schema_editor: Any) -> None:
    Rotation = apps.get_model("plans", "Rotation")
    Person = apps.get_model("journal", "Person")
    people: dict[tuple[int, str, str], Any] = {}
    rotations = Rotation.objects.exclude(attending_name="", attending_email="").order_by(
        "owner_id", "start", "id"
    )
    for rotation in rotations.iterator():
        name = rotation.attending_name.strip() or rotation.attending_email.strip()
        key = (rotation.owner_id, " ".join(name.casefold().split()), rotation.attending_email.casefold())
        person = people.get(key)
        if person is None:
            person = Person.objects.create(
                owner_id=rotation.owner_id,
                name=name,
                email=rotation.attending_email,
                specialty=rotation.specialty,
                setting=rotation.setting,
            )
            people[key] = person
        person.rotations.add(rotation)


class Migration(migrations.Migration):
    dependencies = [
        ("journal", "0001_initial"),
    ]

    operations = [migrations.RunPython(attendings_to_people, migrations.RunPython.noop)]
