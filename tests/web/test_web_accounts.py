"""Sign-up, login, logout, password change, lockout, CSRF and the security headers."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from lorkit.accounts.models import Profile, User
from lorkit.plans.models import Rotation

NEW_PASSWORD = "a-sturdy-passphrase-91"


def signup_data(username: str = "newbie", **changes: str) -> dict[str, str]:
    data = {
        "username": username,
        "email": "",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    data.update(changes)
    return data


def logged_in_user_id(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


def test_signup_stores_an_argon2_password_hash(client: Client, db: None) -> None:
    client.post(reverse("signup"), signup_data())

    user = User.objects.get(username="newbie")
    assert user.password.startswith("argon2")
    assert user.check_password(NEW_PASSWORD)


def test_signup_creates_a_profile_logs_in_and_redirects_to_the_profile(
    client: Client, db: None
) -> None:
    response = client.post(reverse("signup"), signup_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("profile")
    user = User.objects.get(username="newbie")
    assert logged_in_user_id(client) == str(user.pk)
    assert Profile.objects.filter(user=user, season__gte=2027).exists()
    assert client.get(reverse("profile")).status_code == 200


def test_signup_with_a_taken_username_rerenders_with_the_typed_username(
    client: Client, owner: User
) -> None:
    response = client.post(reverse("signup"), signup_data(username="alice"))

    assert response.status_code == 200
    assert "username" in response.context["form"].errors
    assert 'value="alice"' in response.content.decode()
    assert User.objects.filter(username="alice").count() == 1
    assert logged_in_user_id(client) is None


def test_signup_with_mismatched_passwords_rerenders_with_the_typed_username(
    client: Client, db: None
) -> None:
    data = signup_data(password2="a-different-passphrase-17")
    response = client.post(reverse("signup"), data)

    assert response.status_code == 200
    assert "password2" in response.context["form"].errors
    assert "didn’t match" in response.content.decode()
    assert 'value="newbie"' in response.content.decode()
    assert not User.objects.filter(username="newbie").exists()


def test_a_logged_in_user_visiting_signup_goes_to_the_dashboard(owner_client: Client) -> None:
    response = owner_client.get(reverse("signup"))

    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")


def test_login_with_the_right_password_opens_the_dashboard(
    client: Client, owner: User, password: str
) -> None:
    response = client.post(reverse("login"), {"username": "alice", "password": password})

    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert logged_in_user_id(client) == str(owner.pk)


def test_login_with_a_wrong_password_rerenders_the_form(client: Client, owner: User) -> None:
    response = client.post(reverse("login"), {"username": "alice", "password": "wrong-guess"})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert logged_in_user_id(client) is None


def test_logout_by_post_ends_the_session(owner_client: Client) -> None:
    response = owner_client.post(reverse("logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert logged_in_user_id(owner_client) is None
    assert owner_client.get(reverse("dashboard")).status_code == 302


def test_logout_by_get_is_refused_and_keeps_the_session(owner_client: Client, owner: User) -> None:
    response = owner_client.get(reverse("logout"))

    assert response.status_code == 405
    assert logged_in_user_id(owner_client) == str(owner.pk)


def test_password_change_replaces_the_password_and_keeps_the_user_logged_in(
    owner_client: Client, owner: User, password: str
) -> None:
    response = owner_client.post(
        reverse("password_change"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("password_change_done")
    owner.refresh_from_db()
    assert owner.check_password(NEW_PASSWORD)
    assert not owner.check_password(password)
    assert owner.password.startswith("argon2")
    assert owner_client.get(reverse("dashboard")).status_code == 200


def test_password_change_with_a_wrong_old_password_changes_nothing(
    owner_client: Client, owner: User, password: str
) -> None:
    response = owner_client.post(
        reverse("password_change"),
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert "old_password" in response.context["form"].errors
    owner.refresh_from_db()
    assert owner.check_password(password)


def fail_logins(client: Client, times: int, username: str = "alice") -> list[int]:
    return [
        client.post(reverse("login"), {"username": username, "password": "wrong"}).status_code
        for _ in range(times)
    ]


def test_login_is_locked_after_five_failed_attempts(
    client: Client, owner: User, password: str
) -> None:
    assert fail_logins(client, 4) == [200, 200, 200, 200]
    assert fail_logins(client, 1) == [429]

    response = client.post(reverse("login"), {"username": "alice", "password": password})

    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert logged_in_user_id(client) is None


def test_a_lockout_does_not_block_another_username_from_the_same_address(
    client: Client, owner: User, outsider: User, password: str
) -> None:
    fail_logins(client, 5)

    response = client.post(reverse("login"), {"username": "mallory", "password": password})

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(outsider.pk)


def test_a_successful_login_resets_the_failure_count(
    client: Client, owner: User, password: str
) -> None:
    fail_logins(client, 4)
    client.post(reverse("login"), {"username": "alice", "password": password})
    client.post(reverse("logout"))

    assert fail_logins(client, 4) == [200, 200, 200, 200]


def test_a_post_without_a_csrf_token_is_refused(owner: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(
        reverse("rotation_new"),
        {"site": "Forged", "kind": "hands-on", "setting": "inpatient"},
    )

    assert response.status_code == 403
    assert not Rotation.objects.exists()


def test_a_login_without_a_csrf_token_is_refused(owner: User, password: str) -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("login"), {"username": "alice", "password": password})

    assert response.status_code == 403
    assert logged_in_user_id(client) is None


@pytest.mark.parametrize(("url_name", "logged_in"), [("login", False), ("dashboard", True)])
def test_responses_carry_the_security_headers(
    client: Client, owner: User, url_name: str, logged_in: bool
) -> None:
    if logged_in:
        client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")

    response = client.get(reverse(url_name))

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


LOGIN_REQUIRED = [
    ("get", "dashboard", {}),
    ("get", "week", {}),
    ("get", "rotation_list", {}),
    ("get", "rotation_new", {}),
    ("get", "rotation_detail", {"rotation_id": 1}),
    ("get", "rotation_edit", {"rotation_id": 1}),
    ("get", "rotation_delete", {"rotation_id": 1}),
    ("post", "milestone_status", {"milestone_id": 1}),
    ("get", "profile", {}),
    ("get", "password_change", {}),
    ("get", "password_change_done", {}),
    ("get", "calendar", {}),
    ("get", "calendar_download", {}),
    ("post", "calendar_regenerate", {}),
    ("post", "calendar_revoke", {}),
    ("get", "backup", {}),
    ("get", "export_download", {}),
]


@pytest.mark.parametrize(("method", "url_name", "kwargs"), LOGIN_REQUIRED)
def test_anonymous_visitors_are_sent_to_the_login_page(
    client: Client, db: None, method: str, url_name: str, kwargs: dict[str, int]
) -> None:
    url = reverse(url_name, kwargs=kwargs)

    response = getattr(client, method)(url)

    assert response.status_code == 302
    # A form sent without a session returns after login to a page (Today, without a
    # Referer), never to the address it posted to, which only takes POST.
    comes_back_to = url if method == "get" else reverse("dashboard")
    assert response["Location"] == f"{reverse('login')}?next={comes_back_to}"
