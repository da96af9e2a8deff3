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


class PersonRole(StrEnum):
    """Who a person in the journal is to the applicant; the role weighs on who should write."""

    PROGRAM_DIRECTOR = "program_director"
    ASSOCIATE_PD = "associate_pd"
    CORE_FACULTY = "core_faculty"
    CLERKSHIP_DIRECTOR = "clerkship_director"
    COMMUNITY_ATTENDING = "community_attending"
    FELLOW = "fellow"
    RESIDENT = "resident"
    RESEARCH_MENTOR = "research_mentor"
    OTHER_ATTENDING = "other_attending"


ROLE_LABELS: dict[str, str] = {
    "program_director": "Program director",
    "associate_pd": "Associate program director",
    "core_faculty": "Core faculty",
    "clerkship_director": "Clerkship director",
    "community_attending": "Community attending",
    "fellow": "Fellow",
    "resident": "Resident",
    "research_mentor": "Research mentor",
    "other_attending": "Other attending",
}


class BoardCertification(StrEnum):
    """Whether a person is U.S. board-certified, as far as the applicant knows."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class KeyCharacteristic(StrEnum):
    """The ten key characteristics of an ERAS Experiences entry; journal evidence carries
    them so one set of notes feeds both the letter helper and the application."""

    COMMUNICATION = "communication"
    CRITICAL_THINKING = "critical_thinking_problem_solving"
    CULTURAL_HUMILITY = "cultural_humility"
    EMPATHY = "empathy_compassion"
    ETHICAL_RESPONSIBILITY = "ethical_responsibility"
    INGENUITY = "ingenuity_innovation"
    RELIABILITY = "reliability_dependability"
    RESILIENCE = "resilience_adaptability"
    SELF_REFLECTION = "self_reflection_improvement"
    TEAMWORK = "teamwork_leadership"


KEY_CHARACTERISTIC_LABELS: dict[str, str] = {
    "communication": "Communication",
    "critical_thinking_problem_solving": "Critical thinking / problem solving",
    "cultural_humility": "Cultural humility",
    "empathy_compassion": "Empathy / compassion",
    "ethical_responsibility": "Ethical responsibility",
    "ingenuity_innovation": "Ingenuity / innovation",
    "reliability_dependability": "Reliability / dependability",
    "resilience_adaptability": "Resilience / adaptability",
    "self_reflection_improvement": "Self-reflection / improvement",
    "teamwork_leadership": "Teamwork / leadership",
}


class RedFlagKind(StrEnum):
    """Warning signs the applicant records by hand (domain.md §5)."""

    BARELY_KNOWS_NAME = "barely_knows_name"
    LATE_OR_ABSENT = "late_or_absent"
    NO_QUESTIONS = "no_questions"
    NURSE_CONCERNS = "nurse_concerns"
    UNFINISHED_WORK = "unfinished_work"
    NO_IMPROVEMENT = "no_improvement"
    PROFESSIONALISM = "professionalism"


RED_FLAG_LABELS: dict[str, str] = {
    "barely_knows_name": "The attending barely knows my name after two weeks",
    "late_or_absent": "I have been late or hard to find",
    "no_questions": "I have not been asking questions",
    "nurse_concerns": "Nurses avoid me or have complained",
    "unfinished_work": "I have left work unfinished",
    "no_improvement": "No visible change after repeated feedback",
    "professionalism": "A serious professionalism incident",
}


class ReadinessStatus(StrEnum):
    """How far a person is from writing a letter (domain.md §6), lowest first."""

    NOT_YET = "not_yet"
    ELIGIBLE = "eligible"
    READY = "ready"
