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

# Sessions end after this long without a request, and this long after login in any case:
# long enough for a day on the wards, short enough that a lost phone does not stay logged in.
SESSION_IDLE_MINUTES: Final = 12 * 60
SESSION_MAX_DAYS: Final = 7
# Behind HTTPS, browsers are told to use nothing else for a year.
HSTS_SECONDS: Final = 365 * 24 * 60 * 60

# Accounts: usernames between these lengths, passwords at least this long.
USERNAME_LENGTH: Final = (3, 150)
PASSWORD_MIN_LENGTH: Final = 10
# Throttles checked before any password is hashed, as (attempts, window in minutes): failed
# password checks per address and per username (guesses spread over many addresses still
# add up on the username), and sign-ups per address.
FAILED_LOGINS_PER_ADDRESS: Final = (20, 15)
FAILED_LOGINS_PER_USERNAME: Final = (10, 15)
SIGNUPS_PER_ADDRESS: Final = (5, 60)

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

# SQLite under concurrent writes (the web server's threads, a CLI import): a writer waits up
# to this long for the one before it to commit before failing with "database is locked".
# Writes take milliseconds; the margin covers a large import queued behind many edits.
SQLITE_BUSY_TIMEOUT_SECONDS: Final = 20

# Per-account limits (core/limits.py), so that one account cannot make pages, feeds and
# exports slow for everyone: the pages show every rotation of an account, so its size is their
# cost. A heavy season has under 15 rotations (four-week blocks in the year before ERAS); 60
# keeps four such seasons in one account (a reapplicant's history) and no applicant near it.
ROTATIONS_PER_ACCOUNT: Final = 60
# The most milestones a plan gives one rotation: 12 steps and two feedback follow-ups.
MILESTONES_PER_PLAN: Final = 14
MILESTONES_PER_ACCOUNT: Final = ROTATIONS_PER_ACCOUNT * MILESTONES_PER_PLAN
# Each limited thing by its export section: (the most one account holds, what the message calls
# them). A section that later capabilities add (people, journal, letters) adds its line here,
# and the services and the import check it with the others.
ACCOUNT_LIMITS: Final[dict[str, tuple[int, str]]] = {
    "rotations": (ROTATIONS_PER_ACCOUNT, "rotations"),
    "milestones": (MILESTONES_PER_ACCOUNT, "milestones"),
}

# Request bodies. Any request whose declared body is larger than REQUEST_MAX_BYTES is answered
# 413 before the body is read: an import upload plus room for the form around it (multipart
# headers, the CSRF token, the replace box: about 1 KB). `lorkit serve` itself stops reading at
# SERVER_BODY_MAX_BYTES, so a file a little too large still gets lorkit's own page while a huge
# one is cut off unread by the server.
REQUEST_MARGIN_BYTES: Final = 64 * 1024
REQUEST_MAX_BYTES: Final = IMPORT_MAX_BYTES + REQUEST_MARGIN_BYTES
SERVER_BODY_MAX_BYTES: Final = 2 * REQUEST_MAX_BYTES
# Form fields other than files: the largest form is a note of NOTE_MAX_LENGTH characters, at
# most 4 UTF-8 bytes each, percent-encoded to 12 bytes (24 KB); anything far above is hostile.
FORM_MAX_BYTES: Final = 128 * 1024

# Password reset by email. A reset link works for this long, and once (a new password retires
# it). Requests are counted before any mail is sent, as (requests, window in minutes): per
# address, and per email typed, so that no one fills a stranger's inbox from many addresses.
# Every request counts, known email or not, so a refusal never tells whether an account exists.
PASSWORD_RESET_LINK_HOURS: Final = 24
PASSWORD_RESETS_PER_ADDRESS: Final = (5, 60)
PASSWORD_RESETS_PER_EMAIL: Final = (5, 60)
# An SMTP server that stops answering fails the request after this long instead of holding it.
EMAIL_TIMEOUT_SECONDS: Final = 10
