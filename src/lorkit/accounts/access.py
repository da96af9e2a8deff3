from django.http import HttpRequest

from lorkit.accounts.models import User


def request_owner(request: HttpRequest) -> User:
    """The logged-in applicant; views call it only behind @login_required."""
    return request.user  # type: ignore[return-value]
