"""Numbers that page texts quote, read from core/defaults.py so words and rules agree."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from lorkit.core import defaults


def house_numbers(request: HttpRequest) -> dict[str, int]:
    return {
        "note_max_length": defaults.NOTE_MAX_LENGTH,
        "login_lockout_minutes": defaults.LOGIN_LOCKOUT_MINUTES,
        "login_failure_limit": settings.AXES_FAILURE_LIMIT,
        "import_max_megabytes": defaults.IMPORT_MAX_BYTES // (1024 * 1024),
        "password_reset_link_hours": defaults.PASSWORD_RESET_LINK_HOURS,
        "packet_file_max_megabytes": defaults.PACKET_FILE_MAX_BYTES // (1024 * 1024),
        "portal_max_megabytes": defaults.PORTAL_MAX_BYTES // (1024 * 1024),
        "eras_description_max": defaults.ERAS_DESCRIPTION_MAX,
        "eras_reflection_max": defaults.ERAS_REFLECTION_MAX,
    }
