"""Fixed vocabularies shared by forms, exports and the CLI: specialties, kinds, qualities."""

from enum import StrEnum


class RotationKind(StrEnum):
    HANDS_ON = "hands-on"
    OBSERVERSHIP = "observership"
    RESEARCH = "research"


class Setting(StrEnum):
    INPATIENT = "inpatient"
    OUTPATIENT = "outpatient"
    MIXED = "mixed"


class MilestoneKind(StrEnum):
    """The steps of a rotation plan, in the order they happen."""

    PAPERWORK = "paperwork"
    TB_SCREENING = "tb_screening"
    PREPARE = "prepare"
    INTRO = "intro"
    INTENTION_SIGNAL = "intention_signal"
    FIRST_FEEDBACK = "first_feedback"
    MID_FEEDBACK = "mid_feedback"
    FEEDBACK_FOLLOWUP = "feedback_followup"
    SOFT_SIGNAL = "soft_signal"
    SUMMATIVE_CHECK = "summative_check"
    ASK = "ask"
    LAST_DAY_THANKS = "last_day_thanks"
    PACKET_EMAIL = "packet_email"


class RotationPhase(StrEnum):
    AHEAD = "ahead"
    UNDER_WAY = "under way"
    FINISHED = "finished"


class MilestoneStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


# The specialties an applicant can choose in ERAS (categorical and common preliminary tracks).
ERAS_SPECIALTIES: tuple[str, ...] = (
    "Anesthesiology",
    "Child Neurology",
    "Dermatology",
    "Diagnostic Radiology",
    "Emergency Medicine",
    "Family Medicine",
    "General Surgery",
    "Internal Medicine",
    "Internal Medicine/Pediatrics",
    "Interventional Radiology",
    "Medical Genetics and Genomics",
    "Neurological Surgery",
    "Neurology",
    "Nuclear Medicine",
    "Obstetrics and Gynecology",
    "Ophthalmology",
    "Orthopaedic Surgery",
    "Otolaryngology",
    "Pathology",
    "Pediatrics",
    "Physical Medicine and Rehabilitation",
    "Plastic Surgery",
    "Preventive Medicine",
    "Psychiatry",
    "Radiation Oncology",
    "Thoracic Surgery",
    "Transitional Year",
    "Urology",
    "Vascular Surgery",
    "Preliminary Medicine",
    "Preliminary Surgery",
)

LETTER_QUALITY_LABELS: dict[str, str] = {
    "work_ethic": "Work ethic",
    "reliability": "Reliability",
    "clinical_reasoning": "Clinical reasoning",
    "team_fit": "Team fit",
    "knowledge": "Medical knowledge",
}

# Two-letter codes of U.S. states, DC and territories where clinical rotations happen.
US_STATES: tuple[str, ...] = (
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "PR",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "VI",
    "WA",
    "WV",
    "WI",
    "WY",
    "GU",
)
