"""Every default number lorkit uses, named once: the domain rulebook's (shared/domain.md, by
section) and the house's own limits. Code, templates and help texts read them from here.

Windows are (first, last) pairs. "Day" counts from the first day of a rotation as day 1;
offsets "before start" are negative numbers of days relative to that first day.
"""

from datetime import date
from typing import Final

# §3 Before a rotation: offsets in days relative to the first day of the rotation.
PAPERWORK_OFFSETS: Final = (-60, -14)
TB_SCREENING_OFFSETS: Final = (-90, -14)  # TB screening must be dated 3 months or less before start
PREPARE_OFFSETS: Final = (-30, -1)

# §4 The conversations of a rotation: rotation days (day 1 = first day).
INTRO_DAYS: Final = (1, 2)
INTENTION_SIGNAL_DAYS: Final = (3, 7)
FIRST_FEEDBACK_DAYS: Final = (5, 10)
MID_FEEDBACK_FRACTIONS: Final = (0.4, 0.6)
MID_FEEDBACK_MIN_LENGTH: Final = 14
FEEDBACK_FOLLOWUP_DELAY: Final = (2, 5)  # days after a feedback window closes
SOFT_SIGNAL_DAYS: Final = (15, 21)
SOFT_SIGNAL_MIN_LENGTH: Final = 28
SUMMATIVE_CHECK_FIRST_DAY: Final = 22
SUMMATIVE_CHECK_MIN_LENGTH: Final = 28
ASK_DAYS_BEFORE_LAST: Final = (5, 3)  # the ask is never on the last day
ASK_MIN_LENGTH: Final = 14
PACKET_EMAIL_DAYS_AFTER_LAST: Final = (0, 1)  # within 24 h, 48 h at most

# §2 and §6: below this many days a strong letter is unlikely.
SHORT_ROTATION_DAYS: Final = 14

# §8 The season calendar.
PROGRAMS_REVIEW_AFTER_SUBMIT_DAYS: Final = 21
ROL_DEADLINE_BEFORE_MATCH_DAYS: Final = 16
MYERAS_OPENS_MONTH: Final = 6  # first Wednesday of June of the year before the Match
SUBMIT_OPENS_MONTH: Final = 9  # first Wednesday of September of the year before the Match
MATCH_DAY_MONTH: Final = 3  # third Friday of March of the Match year
MATCH_DAY_WEEK: Final = 3

# Published dates by season (the Match year). Anything missing is estimated by the pattern.
# ERAS 2027's MyERAS opening was announced unofficially; it is kept as published.
PUBLISHED_SEASON_DATES: Final[dict[int, dict[str, date]]] = {
    2024: {"match_day": date(2024, 3, 15)},
    2026: {
        "myeras_opens": date(2025, 6, 4),
        "submit_opens": date(2025, 9, 3),
        "programs_review": date(2025, 9, 24),
        "match_day": date(2026, 3, 20),
    },
    2027: {"myeras_opens": date(2026, 6, 3)},
}

# §5 What faculty weigh when they write, in percent: the qualities a letter can show.
LETTER_QUALITY_WEIGHTS: Final = {
    "work_ethic": 30,
    "reliability": 25,
    "clinical_reasoning": 20,
    "team_fit": 15,
    "knowledge": 10,
}

# §1 A program receives at most this many letters.
MAX_LETTERS_PER_PROGRAM: Final = 4

# Dates lorkit plans with: anything outside is a typo (and would overflow date arithmetic).
# Season years (the Match year) follow the same range.
EARLIEST_YEAR: Final = 2000
LATEST_YEAR: Final = 2100

# The agenda's week view: today and the six days after it.
AGENDA_WEEK_DAYS: Final = 7

# Time zone of a new profile until the applicant picks theirs.
DEFAULT_TIME_ZONE: Final = "America/New_York"

# Calendar subscription links stop working after this many days unless regenerated.
CALENDAR_FEED_LIFETIME_DAYS: Final = 365
# Random bytes in a subscription token (256 bits; URL-safe base64 makes 43 characters).
CALENDAR_FEED_TOKEN_BYTES: Final = 32
# How long calendar apps and proxies may cache the feed before asking again.
CALENDAR_FEED_CACHE_SECONDS: Final = 15 * 60

# Logins: this many failures for one username from one address lock that pair out.
LOGIN_FAILURE_LIMIT: Final = 5
LOGIN_LOCKOUT_MINUTES: Final = 15

# Imports: an upload larger than this is refused before it is read (a real export is far smaller).
IMPORT_MAX_BYTES: Final = 5 * 1024 * 1024

# Text lengths, shared by the database columns and the import reader so that whatever one
# accepts the other stores.
SITE_MAX_LENGTH: Final = 200
CITY_MAX_LENGTH: Final = 100
STATE_MAX_LENGTH: Final = 2
SPECIALTY_MAX_LENGTH: Final = 64
PERSON_NAME_MAX_LENGTH: Final = 150  # the applicant's name as on ERAS, an attending's name
EMAIL_MAX_LENGTH: Final = 254  # RFC 5321's limit, Django's EmailField default
TIME_ZONE_MAX_LENGTH: Final = 64
MILESTONE_KEY_MAX_LENGTH: Final = 64
MILESTONE_TITLE_MAX_LENGTH: Final = 200
NOTE_MAX_LENGTH: Final = 2000
