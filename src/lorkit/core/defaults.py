"""Every default number lorkit uses, named once: the domain rulebook's (shared/domain.md, by
section) and the house's own limits. Code, templates and help texts read them from here.

Windows are (first, last) pairs. "Day" counts from the first day of a rotation as day 1;
offsets "before start" are negative numbers of days relative to that first day.
"""

from datetime import date
from typing import Final, NamedTuple

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


class PublishedDate(NamedTuple):
    """A season date someone announced: `source` names who, so the page can say it.
    `official` is False for a date known only from an unofficial report, shown as such."""

    day: date
    source: str
    official: bool = True


AAMC_ERAS_2026: Final = "AAMC ERAS 2026 timeline"

# Announced dates by season (the Match year). Anything missing is estimated by the pattern.
# ERAS 2027's MyERAS opening came from a third-party report before the AAMC's own timeline;
# it is used, but shown as an unofficial report rather than as published.
PUBLISHED_SEASON_DATES: Final[dict[int, dict[str, PublishedDate]]] = {
    2024: {"match_day": PublishedDate(date(2024, 3, 15), "NRMP Main Residency Match calendar")},
    2026: {
        "myeras_opens": PublishedDate(date(2025, 6, 4), AAMC_ERAS_2026),
        "submit_opens": PublishedDate(date(2025, 9, 3), AAMC_ERAS_2026),
        "programs_review": PublishedDate(date(2025, 9, 24), AAMC_ERAS_2026),
        "match_day": PublishedDate(date(2026, 3, 20), "NRMP Main Residency Match calendar"),
    },
    2027: {
        "myeras_opens": PublishedDate(
            date(2026, 6, 3), "third-party, not yet confirmed by the AAMC", official=False
        ),
    },
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
# Overdue steps Today and This week show per rotation; a link leads to the rest.
OVERDUE_SHOWN_PER_ROTATION: Final = 3

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

# Imports: an upload larger than this is refused before it is read. An export embeds the packet
# files (a CV and a personal statement, each up to PACKET_FILE_MAX_BYTES) in base64, 4/3 of their
# size: two at the cap take 5.3 MB, and the rest of a real workspace far less than the margin.
IMPORT_MAX_BYTES: Final = 8 * 1024 * 1024

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

# Calendar events (core/ics.py). A milestone whose window is longer than this many days becomes
# one all-day "due" event on its last day, the window in its description, instead of a banner
# across weeks (TB screening's spans 77 days). Up to this long, a window is shown as it is: the
# ask's 3 days are all days to act on.
CALENDAR_WINDOW_EVENT_MAX_DAYS: Final = 3
# A due event's reminder: this many days before the due day, at this hour of the calendar's
# own time (an all-day event starts at midnight; a reminder then would go unseen). The lead is
# shorter than any due event's window, so the reminder always falls inside it.
CALENDAR_DUE_REMINDER_DAYS: Final = 2
CALENDAR_DUE_REMINDER_HOUR: Final = 9

# §5 The journal (core/journal.py). The daily check-in strip on Today covers this many days,
# today included; this many rotation days in a row, each with a "no", is coasting.
CHECK_IN_STRIP_DAYS: Final = 30
COASTING_DAYS: Final = 2
# Warning signs: no feedback from anyone by this rotation day; an attending with no story or
# feedback after this many days together; no teaching talk planned once a rotation at least
# TALK_CHECK_MIN_LENGTH days long is in its last TALK_CHECK_LAST_DAYS days.
NO_FEEDBACK_BY_DAY: Final = 10
QUIET_ATTENDING_DAYS: Final = 14
TALK_CHECK_MIN_LENGTH: Final = 28
TALK_CHECK_LAST_DAYS: Final = 7

# §6 Who should write (core/readiness.py). Days of contact count the first and the last day.
# Eligible: this many days, this many feedback conversations, and seen at clinical work.
ELIGIBLE_CONTACT_DAYS: Final = 14
ELIGIBLE_FEEDBACK: Final = 1
# Ready for a strong letter: eligible, plus this many days, closed feedback loops and specific
# things to recall (stories they saw, closed loops, compliments from them).
READY_CONTACT_DAYS: Final = 21
READY_CLOSED_LOOPS: Final = 1
READY_SPECIFIC_ITEMS: Final = 3
# A next step that is not tied to a rotation date is due this many days from today.
NEXT_STEP_LEAD_DAYS: Final = 3

# §6 The readiness score: the most points each factor can give, 100 in all (a test checks).
# Evidence with this writer; contact and specific items grow in steps up to the ready level.
READINESS_EVIDENCE_POINTS: Final = {
    "contact": 15,
    "feedback": 5,
    "closed_loop": 10,
    "specific_items": 15,
    "clinical_work": 5,
}
# Who the writer is. Roles: program leadership highest, residents and fellows lowest.
READINESS_ROLE_POINTS: Final = {
    "program_director": 15,
    "associate_pd": 15,
    "clerkship_director": 12,
    "core_faculty": 12,
    "community_attending": 8,
    "research_mentor": 6,
    "other_attending": 6,
    "fellow": 2,
    "resident": 2,
}
READINESS_SPECIALTY_POINTS: Final = 12  # same specialty as the applicant's target
READINESS_SETTING_POINTS: Final = {"inpatient": 5, "mixed": 4, "outpatient": 3}
# The order of preference, first to fourth: inpatient attending of the specialty, outpatient
# attending of the specialty, research mentor who saw clinical work, attending of another
# specialty. Anyone else gets nothing for it.
READINESS_PRIORITY_POINTS: Final = (8, 6, 4, 2)
READINESS_BOARD_POINTS: Final = {"yes": 5, "unknown": 2, "no": 0}
# Their evidence shows the letter qualities the applicant chose (LETTER_QUALITY_WEIGHTS).
READINESS_QUALITY_POINTS: Final = 5
# Taken off for each open red flag naming this writer: §5 says stop counting on that letter.
READINESS_RED_FLAG_PENALTY: Final = 20

# §1 The letter portfolio: this many strong U.S. clinical letters in the target specialty (the
# least, the most worth having), plus this many more of another kind, and at least this many
# from a U.S. physician of the target specialty who saw hands-on work.
LETTERS_IN_SPECIALTY: Final = (2, 3)
LETTERS_BEYOND_SPECIALTY: Final = 1
LETTERS_FROM_KEY_WRITER: Final = 1

# A refused import lists at most this many of its problems, then says how many more there are.
IMPORT_PROBLEMS_SHOWN: Final = 50

# §9 Privacy: Safe Harbor folds every age above this into one group, "90 or older".
PHI_AGE_OVER_LIMIT: Final = 89

# ---------------------------------------------------------------------------------------------
# §2 Choosing where to rotate (core/sites.py, the sites app, `lorkit sites rank`).
# ---------------------------------------------------------------------------------------------
# The score of a rotation offer: the most points each factor can give, 100 in all, in §2's
# order of weight. Specialty and hands-on work lead (a letter from a U.S. physician of the
# target specialty who saw hands-on work is the portfolio's goal, §1); supervision and the
# letter policy decide whether anyone can write a detailed letter; length, timing and cost
# matter, but a cheap, well-timed month that cannot yield a letter is still a waste.
# Each applicant may change them on the weights page (they must still add up to 100).
SITE_SCORE_WEIGHTS: Final = {
    "specialty": 20,
    "hands_on": 20,
    "supervision": 15,
    "letter_policy": 15,
    "length": 10,
    "timing": 10,
    "cost": 10,
}
# What a factor the offer leaves unstated earns, as a share of its points: better than a known
# bad answer (residents only, a generic letter), worse than a known good one. Ask the provider.
SITE_UNKNOWN_SHARE: Final = 0.4
# A hands-on kind (elective, externship, sub-internship, clerkship) whose duties are not
# listed: patient contact is promised, how much is not.
SITE_HANDS_ON_UNLISTED_SHARE: Final = 0.6
# The hands-on factor by duty allowed: taking histories, writing notes and presenting are what
# an attending judges an intern by; rounds alone an observer also joins.
SITE_DUTY_SHARES: Final = {
    "histories_physicals": 0.3,
    "notes": 0.25,
    "presenting": 0.25,
    "rounds": 0.1,
    "procedures": 0.1,
}
# Supervision: one preceptor beats being one of ten students; residents only is a red flag.
SITE_SUPERVISION_SHARES: Final = {
    "one_preceptor": 1.0,
    "small_team": 0.8,
    "many_students": 0.3,
    "residents_only": 0.1,
}
SITE_LETTER_POLICY_SHARES: Final = {
    "personalised": 1.0,
    "on_performance": 0.8,
    "generic_only": 0.2,
    "no_letter": 0.0,
}
# Length: shorter than SITE_MIN_WEEKS is a hard flag (a 1-week stint cannot justify a letter);
# SITE_IDEAL_WEEKS of close contact is what a strong letter needs (§2 item 6, §6).
SITE_MIN_WEEKS: Final = SHORT_ROTATION_DAYS // 7
SITE_IDEAL_WEEKS: Final = 4
# Timing: writers take 4 to 8 weeks after the last day (§6: 75% of letters after 4, 95% after
# 8). Ending less than the first before the submission target is a hard flag; less than the
# second earns half the timing points.
SITE_LETTER_LEAD_WEEKS: Final = (4, 8)
# Cost: the provider's price and fees per month (4 weeks), against §2's reference prices. At or
# below the first (the cheapest providers) every cost point; at or above the second (brand-name
# academic centres) none; in between, in proportion. Living cost is in the total but not in the
# factor: it follows the city, not the offer.
SITE_COST_PER_MONTH: Final = (1425, 6000)
# Providers sell rotations in 4-week blocks and call them months; lorkit reads "1 month" so.
DAYS_PER_MONTH: Final = 28
# An offer that starts "any time" is assumed to start this many days from today: paperwork,
# immunisations and TB screening take about a month (§3).
SITE_ROLLING_START_DAYS: Final = 30
# Per-account limit on offers kept for comparison, and the largest CSV a page or command reads
# (about 300 offers; the confirm form sends the previewed text back, under FORM_MAX_BYTES).
SITE_OPTIONS_PER_ACCOUNT: Final = 200
SITE_CSV_MAX_BYTES: Final = 96 * 1024
SITE_URL_MAX_LENGTH: Final = 500
SITE_FOCUS_MAX_LENGTH: Final = 100
# §1 U.S. clinical experience, in months of DAYS_PER_MONTH: at least 1–2, 3–4 or more ideal.
USCE_MONTHS_MINIMUM: Final = (1, 2)
USCE_MONTHS_IDEAL: Final = (3, 4)

# The letter draft analyzer (core/letter_language/, issue 10). Its phrase lists and scoring
# weights are data beside it, each with its source (letter_language/README.md); these are the
# sizes around it. A letter runs 300–600 words and two pages about 1,000 words (some 6,000
# characters): text longer than this is no letter, and is refused rather than cut short.
LETTER_MAX_CHARACTERS: Final = 30_000
# An uploaded draft (.txt, .docx, .pdf) may be as large as an import (IMPORT_MAX_BYTES). A .docx
# is a zip: its text is unpacked only up to this many bytes, so a zip bomb stops there.
LETTER_DOCX_MAX_XML_BYTES: Final = 4 * 1024 * 1024
# A PDF letter is one or two pages: text is read from at most this many pages, and no stream is
# unpacked beyond this many bytes.
LETTER_PDF_MAX_PAGES: Final = 10
LETTER_PDF_MAX_STREAM_BYTES: Final = 8 * 1024 * 1024
# `lorkit analyze-letter` shows a progress bar on standard error from this many files on.
LETTER_PROGRESS_MIN_FILES: Final = 2

# §5 The journal in an export (core/export_journal.py). An import brings at most this many
# journal entries (people, check-ins, evidence and red flags together): each is written through
# the journal's services and the privacy guard (about 7 ms each, measured on a 2-core machine),
# in one transaction that holds SQLite's write lock, so this keeps the largest import under
# SQLITE_BUSY_TIMEOUT_SECONDS. A heavy season fills some 300 (120 check-ins, 20 people, stories,
# feedback); four seasons, a reapplicant's history, stay well below.
JOURNAL_IMPORT_MAX_ENTRIES: Final = 2_000


# The privacy guard's "not an identifier" marks kept on one entry or note: a finding is a few
# words, and an entry holds few of them; more is not an applicant's answer.
ALLOWED_WORDS_PER_ENTRY: Final = 50
ALLOWED_WORD_MAX_LENGTH: Final = 200

# Letters: the ask, the packet and the writer link (issue 11).
PACKET_FILE_MAX_BYTES: Final = 2 * 1024 * 1024  # a CV or a personal statement, PDF or DOCX
WRITER_LINK_TOKEN_BYTES: Final = 32  # 256 random bits, as the calendar feed's
WRITER_LINK_LIFETIME_DAYS: Final = 60  # past the 4–8 weeks writers take (§6), then reissue
WRITER_LINK_VIEWS_SHOWN: Final = 20  # the latest openings listed to the applicant
REPLY_MAX_LENGTH: Final = 4000  # an attending's answer, pasted from an email
PACKET_TEXT_MAX_LENGTH: Final = 4000  # the packet email or the letter helper, as edited (a
# page holds about 3,500 characters; two such fields stay under FORM_MAX_BYTES)
LETTER_REQUESTS_MAX: Final = 200  # per account; a season holds a handful

# §8 ERAS follow-up (core/reminders.py, issue 12). Reminders for a letter not yet received: the
# first 14–21 days after the request, the final 14–10 days before the submission target, at
# most two per letter, at least this many days apart, and none in the quiet days after the last
# real contact with the writer (a reply, a meeting).
FIRST_REMINDER_DAYS_AFTER_REQUEST: Final = (14, 21)
FINAL_REMINDER_DAYS_BEFORE_TARGET: Final = (14, 10)
MAX_REMINDERS_PER_LETTER: Final = 2
REMINDER_MIN_GAP_DAYS: Final = 10
QUIET_DAYS_AFTER_CONTACT: Final = 7
# §1 and §8 (core/ledger.py): a program with fewer letters than this gets an advisor's warning
# (the portfolio is 2–3 strong letters in the specialty plus one more).
MIN_LETTERS_PER_PROGRAM: Final = 3

# ---------------------------------------------------------------------------------------------
# §4, §6 and §7 The ask and the letter packet (core/ask.py, core/packet.py).
# ---------------------------------------------------------------------------------------------
# The ask reminds the writer of this many specific moments; each is cut to about this many
# characters, at a word boundary, so it can be said in one breath.
ASK_POINTS: Final = 2
ASK_POINT_MAX_CHARS: Final = 90
# Evidence reads as concrete up to this many words: below it, longer is more telling; at or
# above it, every entry counts as concrete and the more recent one is more telling.
CONCRETE_TEXT_WORDS: Final = 12
# §7 The letter helper: 3–5 de-identified cases (the draft keeps the most, a page that does not
# fit may fall back to the least), and at most this many bullets in each other section.
HELPER_STORIES: Final = (3, 5)
HELPER_SECTION_MAX_BULLETS: Final = 4
# When dropping bullets is not enough, bullets longer than this are shortened at a word.
HELPER_BULLET_SHORT_CHARS: Final = 160
# §8 Give each writer a soft deadline 2–3 weeks before the real target date, as days before
# it: lorkit uses the earlier bound (3 weeks), which leaves room for the one polite reminder.
SOFT_DEADLINE_DAYS_BEFORE: Final = (21, 14)
# §8 ERAS Experiences: a description of at most 750 characters; a "most meaningful" entry's
# reflection of at most 300.
ERAS_DESCRIPTION_MAX: Final = 750
ERAS_REFLECTION_MAX: Final = 300

# §8 The AAMC Letter Writer Portal's last published upload rules (core/preflight.py): a PDF of
# at most 1 MB (1,048,576 bytes), every page letter size (8.5 × 11 in, 612 × 792 points, read
# with this much slack for rounding in the programs that write PDFs).
PORTAL_MAX_BYTES: Final = 1024 * 1024
PORTAL_PAGE_POINTS: Final = (612, 792)
PORTAL_PAGE_TOLERANCE_POINTS: Final = 2
# §7 Reading an attending's answer (core/replies.py, issue 11): a "not", "never" or "can't"
# reverses a positive phrase up to this many words later in the same clause ("not a strong
# letter", "can't say I'd be glad to"); further away it belongs to something else.
REPLY_NEGATION_WINDOW_WORDS: Final = 3
# How far back a phrase of the answer looks for what opens its clause or whom its sentence is
# about: more than any sentence a person writes, and it keeps a pasted wall of text linear.
REPLY_LOOKBACK_CHARACTERS: Final = 300

# Letters in the export (core/export_letters.py, issue 11, §7): a request's short texts and a
# packet file's name, as wide as their columns in letters/models.py (the letters' transfer
# tests compare them). On import a request's history holds at most LETTER_HISTORY_MAX_STEPS:
# a request passes eight statuses, and a re-opening or a portal removal adds two more; fifty
# is no applicant's history, only a hand-made file's.
LETTER_ID_MAX_LENGTH: Final = 40
TAUGHT_MAX_LENGTH: Final = 300
EMAIL_SUBJECT_MAX_LENGTH: Final = 200
STATUS_NOTE_MAX_LENGTH: Final = 200
PACKET_FILE_NAME_MAX_LENGTH: Final = 200
LETTER_HISTORY_MAX_STEPS: Final = 50

# §8 Programs (letters/program_services.py, issue 12): an account holds at most this many
# programs. International graduates often apply to well over a hundred; this leaves room for
# that and keeps the programs page and the bulk assignment bounded.
PROGRAMS_MAX: Final = 400
# §8 The season's letter status chart on the letters page (core/letter_chart.py, issue 12): one
# bar per week from the first status change to today, at most this many (the last half-year,
# from the first asks in spring to the submission in September).
LETTER_CHART_MAX_WEEKS: Final = 26

# §8 Follow-up on the calendar and by email (letters/reminder_selectors.py, `lorkit remind`):
# the calendar shows each letter's reminders and thank-yous this many days ahead (a season's
# nudges are weeks apart, so two months shows the next of each), and `lorkit remind --loop`
# looks this often whether the date has changed (once an hour starts a day's digest within
# the hour; the claims make an extra look harmless).
REMINDER_CALENDAR_DAYS_AHEAD: Final = 60
REMIND_LOOP_INTERVAL_SECONDS: Final = 3600

# §8 The ERAS ledger in the export (core/export_ledger.py, issue 12): a letter entry's title
# and department and a program's name, as wide as their columns in letters/models.py (the
# letters' transfer tests compare them), and the most follow-ups a file may bring: each of
# LETTER_REQUESTS_MAX letters has at most 2 reminders and 3 thank-yous a round, and a letter
# the portal removed and that was requested again has a second round.
AUTHOR_TITLE_MAX_LENGTH: Final = 200
PROGRAM_NAME_MAX_LENGTH: Final = 200
REMINDERS_IMPORT_MAX: Final = LETTER_REQUESTS_MAX * (2 + 3) * 2
