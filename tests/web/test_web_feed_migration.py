"""Moving calendar tokens to digests keeps every existing subscription address working."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from lorkit.feeds.services import feed_owner

BEFORE = [("feeds", "0001_initial")]
AFTER = [("feeds", "0002_store_token_digest")]
OLD_TOKEN = "kept-from-before-the-upgrade-0123456789abcdef"


def migrate_to(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_a_token_issued_before_the_upgrade_still_opens_its_feed() -> None:
    old_state = migrate_to(BEFORE).loader.project_state(BEFORE).apps
    user = old_state.get_model("accounts", "User").objects.create(username="early")
    now = timezone.now()
    old_state.get_model("feeds", "CalendarFeed").objects.create(
        owner=user, token=OLD_TOKEN, created=now, expires=now + timedelta(days=30)
    )

    migrate_to(AFTER)
    migrate_to(MigrationExecutor(connection).loader.graph.leaf_nodes())

    owner = feed_owner(OLD_TOKEN)
    assert owner is not None and owner.username == "early"
