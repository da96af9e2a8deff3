from lorkit.plans.models import Rotation


def test_rotation_fixture_gets_a_plan(rotation: Rotation) -> None:
    assert rotation.milestones.count() == 14
