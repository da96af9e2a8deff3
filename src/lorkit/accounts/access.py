from django.http import HttpRequest

from lorkit.accounts.models import User


def request_owner(request: HttpRequest) -> User:
    """The logged-in applicant; views call it only behind @login_required."""
    user = request.user
    if not isinstance(user, User):
        raise TypeError("request_owner() needs a logged-in user (guard with @login_required)")
    return user
