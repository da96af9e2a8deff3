"""The phrases a program director reads in a letter, written fresh by the lorkit team.

Spec syntax (matcher.py): words separated by spaces, `{a,b,}` alternatives (an empty one makes
the group optional), `#` any number. Hyphens split words: "sub-intern" is written "sub intern".
A spec starting with `!` is never turned round by a "not" just before it (its own words already
say how it reads, as in "cannot recommend her highly enough").

Sources, list by list:
- ENDORSEMENTS and COMPARISONS: the anchor phrase of each tier is domain.md §7; the variants
  are the lorkit team's, from the ways writers phrase the same verdict.
- CONCERNS and the doubt raisers (HEDGES, FAINT_PRAISE, NEGATIONS, IRRELEVANCIES,
  UNFINISHED_IMPROVEMENT, LIMITED_CONTACT): the categories are Trix & Psenka (2003), "Exploring
  the color of glass", Discourse & Society 14:191-220 (doubt raisers: negative language,
  hedges, faint praise, irrelevancies); the "polite no" wordings are domain.md §7; the phrases
  are the team's.
- Story cues, trait adjectives, contact cues and quality cues: the lorkit team, from
  domain.md §2, §5 and §7 (what makes a letter concrete, hands-on, close).
"""

from __future__ import annotations

from typing import Final

from lorkit.core.letter_language.matcher import spaced
from lorkit.core.letter_language.tiers import Tier

THEM = "{him,her,them,@,@ @,@ @ @}"
THEIR = "{his,her,their}"
HE = "{he,she,they}"

# Recommendations, by the tier a program director reads in them.
ENDORSEMENTS: Final[dict[Tier, tuple[str, ...]]] = {
    Tier.VERY_STRONG: (
        "{my,the,our} {,very} {highest,strongest} {,possible} {recommendation,endorsement}",
        "{my,the,our} {,most} {unequivocal,unqualified,unreserved} {recommendation,endorsement}",
        "in the {strongest,highest} {,possible} terms",
        "{most,highest} enthusiastic {recommendation,endorsement}",
        "with the {utmost,greatest,highest} {enthusiasm,confidence}",
        "!cannot recommend " + THEM + " {highly,strongly,enthusiastically} enough",
        "!can't recommend " + THEM + " {highly,strongly,enthusiastically} enough",
        "!could not recommend " + THEM + " {highly,strongly,enthusiastically} enough",
        "!{highly,strongly,enthusiastically} enough",
        "{would,will} be {lucky,fortunate} to {have,match,recruit,train}",
        "{thrilled,delighted,excited,eager} to have " + THEM + " {in,join,as,back}",
        "{we,i} {would,will} {gladly,happily,eagerly} {rank,recruit,welcome} " + THEM,
        "{try,work} hard to recruit",
        "{at,near} the {very,} top of {my,our} rank list",
        "would {rank,place} " + THEM + " at the {very,} top",
        "{would,will} {be,make} {a,an} {truly,} {exceptional,outstanding,superb} "
        "{resident,intern,physician} in any program",
    ),
    Tier.STRONG: (
        "without {,any,the slightest,the least} "
        "{reservation,reservations,hesitation,qualification}",
        "{have,has,with} no {hesitation,reservation,reservations}",
        "!{would,will,do,did} not hesitate",
        "!{would,will,do,did} not hesitate to {recommend,endorse,support}",
        "!never hesitate",
        "!never hesitate to {recommend,endorse,support}",
        "unreservedly",
        "wholeheartedly",
        "{enthusiastically,highly,strongly,warmly,confidently} {recommend,endorse,support}",
        "{recommend,endorse} " + THEM + " {highly,strongly,enthusiastically,wholeheartedly,warmly}",
        "{my,a} {strong,enthusiastic} {recommendation,endorsement}",
        "recommend " + THEM + " with {,great,real,much} enthusiasm",
        "{i,we} {would,will} rank " + THEM + " {,very} highly",
        "{would,will} {want,love} " + THEM + " {as,to be} {my,our,an} {intern,resident,colleague}",
        "{would,will} {gladly,happily,proudly} work with " + THEM + " again",
        "{would,will} {be,make} {a,an} {outstanding,excellent,exceptional,superb,great,wonderful,"
        "terrific,tremendous,superior,first rate} {resident,intern,physician,addition,clinician,"
        "house officer,doctor}",
        "{a,an} {tremendous,outstanding,exceptional,excellent} {asset,addition}",
        "{have,has,had} no doubt",
        "without {a,any} doubt",
        "!{do,did} not doubt",
        "{fully,completely,truly} {recommend,endorse,support}",
        "my {full,complete,wholehearted,unconditional} {support,endorsement,recommendation}",
    ),
    Tier.GOOD: (
        "{a,an} {solid,good,fine,capable,reliable,dependable,strong} {resident,intern,physician,"
        "clinician,house officer,trainee,doctor,colleague,candidate}",
        "{a,an} {valuable,welcome,nice,good,great,positive,solid} addition",
        "{an,} asset to {any,your,the,a} {program,team,residency,department,institution}",
        "{happy,pleased,glad} to {recommend,support,endorse}",
        "{do,perform} {very,extremely,exceptionally,especially} well",
        "{i,we} support " + THEIR + " {application,candidacy}",
    ),
    Tier.NEUTRAL: (
        "{recommend,endorse} " + THEM,
        "{recommend,endorse} "
        + THEM
        + " {for,to} {,your} {,residency} {program,position,residency,"
        "training,consideration}",
        "{will,should,would,to,can} {do,perform} {well,fine,adequately,okay,ok,satisfactorily}",
        "{will,should,would,to,can} be {successful,fine,adequate}",
        "{will,should,would,to,can} succeed",
        "{a,an} {competent,safe,adequate,satisfactory,average,acceptable} "
        "{resident,intern,physician,clinician,student,doctor,trainee}",
        "no reason {not to,to doubt,why}",
        "{meet,meets,fulfil,fulfill} {,the,your} {expectations,requirements}",
        "for your consideration",
        "{able,capable} of {completing,finishing} {a,the,} {,residency} "
        "{training,program,residency}",
    ),
}

# Statements that place the applicant among peers, by tier. "Top N%" is read by its number
# (weights.PERCENTILE_TIERS), in PERCENTILES.
COMPARISONS: Final[dict[Tier, tuple[str, ...]]] = {
    Tier.VERY_STRONG: (
        "one of the {,very} {best,strongest,finest,brightest,top,most outstanding,most talented,"
        "most capable,most impressive,most gifted,most exceptional}",
        "among the {,very} {best,strongest,finest,brightest,top}",
        "{the,my} {,very} {best,strongest,finest,brightest,most outstanding,most capable} "
        "{,medical} {student,students,sub intern,sub interns,extern,externs,trainee,trainees,"
        "observer,observers,applicant,applicants,rotator,rotators,learner,learners}",
        "{best,strongest,finest} {,medical} {student,sub intern,extern,trainee,rotator,learner} "
        "{i have,i've,we have,we've} {ever,}",
        "top {student,students,few,handful,one or two,two or three} {i have,i've,of,in,we have}",
        "in the top {tenth,decile,few}",
        "at the {very,} top of {,the} {,his,her,their,my,our} {class,group,list,cohort}",
        "{above,beyond,exceeded} the level of {a,an,most} {,typical,senior,fourth year} "
        "{sub intern,sub interns,intern,interns,resident,residents,first year resident,"
        "first year residents,pgy #,house officer}",
        "{functioned,performed,worked,operated} above the level of {a,an} {,first year} "
        "{intern,resident,pgy #}",
        "at or above the level",
        "{far,well,clearly,significantly} {above,beyond,exceeds,exceeded,surpasses,surpassed} "
        "{,his,her,their,my,our} {peers,expectations,classmates,colleagues}",
        "best {i have,i've,we have,we've} {ever,} {seen,worked with,supervised,taught,met}",
        "rank " + THEM + " {in,among,at} the {,very} top",
        "{rarely,seldom} {do,have} {i,we} {seen,worked with,met}",
        "in {my,our} # years",
        "{outperformed,outshone,surpassed} {,all,most} {,of} " + THEIR,
    ),
    Tier.STRONG: (
        "at the level of {a,an} {,first year} {intern,resident,pgy #,sub intern}",
        "{less,minimal,little} supervision than",
        "{more,better} {independent,advanced,prepared,capable,mature,knowledgeable,efficient,"
        "thorough,organized,skilled,polished} than {,most,any,the typical,typical,other,his,her,"
        "their,many}",
        "{exceeded,surpassed} {my,our,all} expectations",
        "{stood,stands} out {among,from,above} " + THEIR + " {peers,classmates,colleagues}",
        "{stood,stands} out {among,from,above} {,the,other} "
        "{students,rotators,sub interns,learners}",
        "in the top {quarter,quartile,third,fifth}",
        "{ahead,above} of " + THEIR + " {peers,classmates,level}",
        "{functioned,functions,performed,worked,acted,operated} {like,as} {a,an} {,first year} "
        "{intern,resident}",
    ),
    Tier.GOOD: (
        "in the top half",
        "above average",
        "{better,stronger} than {average,most}",
    ),
    Tier.NEUTRAL: (
        "{comparable,similar} to " + THEIR + " {peers,classmates,colleagues}",
        "{on par,in line,consistent} with " + THEIR + " {peers,classmates,level of training}",
        "{typical,average} {,medical} {student,sub intern,rotator}",
        "{in,at} the middle of",
        "appropriate for " + THEIR + " level",
        "at the expected level",
        "at {the,a} level {expected,appropriate}",
    ),
}

PERCENTILES: Final = (
    "top # {%,percent,per cent}",
    "top # {%,percent,per cent} of",
)

# Phrases that make a program director stop: the letter is read as a warning (§7).
CONCERNS: Final = (
    "with {appropriate,adequate,additional,proper,close,closer,continued,further,ongoing,extra,"
    "structured,some,the right,sufficient,enough,careful} {support,supervision,guidance,mentorship,"
    "mentoring,oversight,structure,direction}",
    "{with,have,has,had,hold} {some,certain,a few,several,minor,significant,serious} reservations",
    "with {reservation,reservations}",
    "{some,certain,several,serious,significant,specific,real,a few} concerns",
    "{my,our} {concern,concerns} {is,was,are,were,about,regarding}",
    "{i,we} {have,had} concerns",
    "concerns {about,regarding,with}",
    "{cannot,can't,could not,couldn't,unable to,not able to,hesitate to,hesitant to,reluctant to} "
    "{,fully,wholeheartedly,strongly,highly,enthusiastically} recommend",
    "{needs,need,needed,will need,would need,requires,required} {,more,further,additional,close,"
    "closer,constant,frequent,repeated,continued,ongoing} {supervision,support,structure,reminders,"
    "redirection,prompting,oversight,guidance}",
    "{was,were,is} {often,frequently,repeatedly,sometimes,occasionally} late",
    "late {on,to} {several,multiple,a few,many} {occasions,days,mornings,shifts}",
    "{did not,didn't,failed to,would not,wouldn't} {complete,finish,follow through,follow up}",
    "{struggled,struggles,struggling} {with,to,at}",
    "{had,has,have} {some,significant,considerable,} {difficulty,difficulties,trouble}",
    "not {yet,} ready",
    "{below,under} {the,} {expected,expectations,level,average}",
    "{limited,weak,poor,insufficient,inadequate} {fund of knowledge,knowledge,clinical skills,"
    "presentations,skills,communication,judgment,insight,initiative}",
    "gaps in " + THEIR,
    "{unprofessional,lack of professionalism,professionalism concerns,professionalism issues}",
    "{was,were,seemed,appeared} {unprepared,disorganized,passive,disengaged,uninterested}",
    "{may,might,would} be better suited",
    "better suited {to,for}",
    "who worked with " + THEM + " more closely",
    "{may,might,would} be {a,} better {choice,positioned,placed}",
    "{lacked,lacks,lacking} {,the} {confidence,initiative,motivation,knowledge,maturity,insight}",
)

# Hedges: words that qualify praise ("at times", "somewhat").
HEDGES: Final = (
    "at times",
    "at first",
    "sometimes",
    "occasionally",
    "somewhat",
    "fairly",
    "reasonably",
    "relatively",
    "generally",
    "for the most part",
    "to some extent",
    "to a degree",
    "in most cases",
    "most of the time",
    "{seems,seemed,appears,appeared} to {be,have}",
    "{tends,tended} to",
    "{a bit,a little,slightly}",
    "when {prompted,asked,reminded,pushed,encouraged}",
    "with {,some,gentle} {prompting,encouragement,reminders,reminding}",
    "{can,could} be {quiet,reserved,slow,hesitant,shy}",
)

# Faint praise: the virtues of someone who only showed up.
FAINT_PRAISE: Final = (
    "punctual",
    "{always,} on time",
    "{good,perfect,excellent,regular} attendance",
    "{always,} {showed up,present} {every day,each day,on time}",
    "well {groomed,dressed,mannered}",
    "neat",
    "neatly",
    "polite",
    "pleasant",
    "nice",
    "courteous",
    "cooperative",
    "{got,gets,get} along {well,} with",
    "{completed,finished,completes} {all,} " + THEIR + " {assignments,tasks,duties,work,paperwork}",
    "did what {was,he was,she was,they were} asked",
    "{did,does,do} " + THEIR + " {job,work}",
    "{followed,follows,follow} {directions,instructions}",
    "{adequate,adequately}",
    "{satisfactory,satisfactorily}",
    "acceptable",
    "{average,above average} {student,performance}",
    "{met,meets} {all,} {expectations,requirements}",
    "{quiet,reserved,shy,soft spoken}",
    "attended {all,} "
    "{rounds,lectures,conferences,noon conference,morning report,teaching sessions}",
    "{a,} {good,nice,pleasant} {person,student}",
)

# Negative language, even about good things ("no complaints").
NEGATIONS: Final = (
    "no complaints",
    "no {problems,issues,concerns}",
    "not {a,any} problem",
    "never {late,absent,rude,unprofessional}",
    "{did not,didn't,never} {cause,create,give} {any,} {problems,issues,trouble}",
    "without {any,} {problems,issues,incident,incidents,complaints}",
    "not {the,a} {strongest,best,most}",
    "not {always,particularly,especially,very,terribly}",
    "{did not,didn't,was not,wasn't} always",
    "{could,should,can} {improve,be improved,work on}",
    "would benefit from",
    "room for improvement",
    "{area,areas} {for,of} {improvement,growth,weakness}",
    "{needs,need} to {work on,improve,develop,be more}",
    "unfortunately",
    "{not,never} {outstanding,exceptional,remarkable}",
)

# Irrelevancies: private life, looks and origin, which Trix & Psenka found more often in
# letters for women (and which IMGs meet as remarks on accent).
IRRELEVANCIES: Final = (
    THEIR + " {husband,wife,spouse,boyfriend,girlfriend,fiance,fiancee}",
    "{as a,a} {mother,father,mom,dad} of",
    "{young,new,busy,working} {mother,mom,father,dad}",
    "{personal,family} {life,obligations,responsibilities,commitments}",
    "{beautiful,attractive,pretty,petite,handsome,lovely,bubbly,sweet,charming,cute,stylish}",
    "despite " + THEIR + " {accent,english,age,background,shyness,quiet demeanor,gender}",
    "{english,language} {is not,isn't,was not} " + THEIR + " first language",
    "{strong,thick,heavy,noticeable,slight} accent",
    "{in,during} " + THEIR + " {spare,free} time",
    "{enjoys,loves} {cooking,dancing,singing,travel,traveling,travelling,hiking,running,baking,"
    "painting,gardening}",
    "{foreign,international} {background,upbringing}",
)

# Gendered terms beyond the published list (published.GENDERED_WORDS).
GENDERED_PHRASES: Final = (
    "young {woman,lady,man,gentleman}",
    "{woman,female,lady,male} {physician,doctor,student,resident,surgeon}",
)

# "Showed improvement" without saying where it ended: the program director wonders where it
# stopped. An END_POINT in the same sentence closes it ("by the last week ...").
UNFINISHED_IMPROVEMENT: Final = (
    "{showed,shows,showing,demonstrated,demonstrates,made,makes,making} {,some,steady,significant,"
    "great,marked,gradual,consistent,good,much,considerable,definite,noticeable,real} "
    "{improvement,improvements,progress}",
    "{has,have,had} improved",
    "{is,was} improving",
    "improved {over,during,throughout,across}",
    "{continues,continued,continue} to {improve,develop,grow,work on,progress}",
    "{was,is} {working on,learning to}",
    "getting better",
    "room to grow",
)
END_POINTS: Final = (
    "by the {end,close,conclusion,last,final,second,third,fourth} {,week,day,days,weeks}",
    "by week #",
    "by day #",
    "by " + THEIR + " {last,final,second,third,fourth} {week,day,call}",
    "to the point {that,where,of}",
    "until",
    "now",
    "at the level of",
    "{such,so} that",
    "eventually",
    "ultimately",
    "no longer",
    "became",
    "{on,by} {the,his,her,their} {last,final} {day,week}",
)

# Story cues. Openers and outcomes are phrases; actions, situations and clinical details are
# single words (STORY_WORDS).
STORY_OPENERS: Final = (
    "for {example,instance}",
    "in one {case,instance}",
    "on one {occasion,day,night,morning,afternoon,evening,shift,call}",
    "one {morning,afternoon,evening,night,day,weekend,shift,call}",
    "i {recall,remember}",
    "i {will,'ll} {never,always} {forget,remember}",
    "{a,one} {memorable,particular} {case,patient,moment,example,night,day,instance,episode}",
    "{during,on} {a,one} {busy,hectic,difficult,overnight,night,call,weekend,long} "
    "{shift,call,night,day,morning,clinic,service,session}",
    "on " + THEIR + " {first,second,third,fourth,last,final} {day,week,night,call,shift}",
    "in " + THEIR + " {first,second,third,fourth,last,final} week",
    "stands out in my {mind,memory}",
    "i {watched,saw,observed,heard} " + THEM,
    "when {a,an,the,our,one} {patient,family,nurse,resident,intern,team,mother,father,child}",
    "# year old",
)
STORY_OUTCOMES: Final = (
    "as a result",
    "{which,that} {led,allowed,helped,meant,prevented,avoided,changed,saved,spared,averted}",
    "{leading,led} to",
    "resulting in",
    "thanks to " + THEIR,
    "because of " + THEIR,
    "{the,our} team {adopted,changed,started,now uses,still uses}",
    "{changed,altered} {the,our} {management,plan}",
    "{a,the} {correct,right} diagnosis",
    "{turned,proved} out",
    "{was,were} {discharged,transferred} {home,safely,early}",
    "{still,now} {uses,use,refers to}",
)

STORY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "action": spaced(
        "noticed recognized recognised identified caught flagged spotted realized realised "
        "discovered called paged stayed returned drafted wrote presented organized organised led "
        "translated interpreted explained arranged coordinated reconciled adjusted ordered "
        "suggested proposed researched prepared taught created designed volunteered delivered "
        "performed assisted sutured reviewed followed contacted phoned counseled counselled "
        "calmed advocated corrected examined interviewed admitted managed ran tracked checked "
        "confirmed pulled obtained insisted escalated walked sat spent built compiled summarized "
        "summarised reassessed rechecked titrated stopped printed brought found noted relayed "
        "sought reached"
    ),
    "situation": spaced(
        "patient patients family families daughter son mother father husband wife parents parent "
        "child infant toddler newborn baby man woman gentleman teenager veteran admission "
        "admissions consult consults code overnight night clinic ward unit icu micu sicu "
        "nicu picu emergency ed bedside rounds shift discharge handoff handoffs signout nurse "
        "nurses pharmacist interpreter caregiver grandmother grandfather "
        "morning evening weekend"
    ),
    "clinical": spaced(
        "sepsis septic pneumonia stroke hyponatremia hyperkalemia potassium sodium glucose insulin "
        "dka delirium embolism dvt heparin warfarin anticoagulation antibiotic antibiotics "
        "vancomycin troponin ecg ekg ct mri ultrasound biopsy fracture appendicitis cholecystitis "
        "bleeding bleed transfusion hemoglobin creatinine kidney renal dialysis liver cirrhosis "
        "asthma copd diabetes diabetic hypertension seizure seizures overdose withdrawal suicidal "
        "psychosis depression bipolar schizophrenia lithium fever febrile rash wound incision "
        "laceration abscess chest pain dyspnea syncope anemia allergy allergic anaphylaxis "
        "medication medications dose dosing labs lab culture cultures differential diagnosis "
        "diagnosed murmur edema jaundice vaccine vaccines bronchiolitis otitis preeclampsia labor "
        "delivery cesarean postpartum neonate vitals hypotension hypotensive tachycardia "
        "tachycardic arrhythmia fibrillation stent catheter intubation ventilator hospice "
        "palliative dementia fall falls ulcer infection cellulitis lactate opioid opioids "
        "naloxone steroid steroids biopsy surgery operation laparoscopic"
    ),
}

# The situation words that, after "a", "the", "his" and the like, name one particular patient
# or event ("the daughter", "a consult"), which makes a sentence specific; places and groups
# ("our unit", "the nurses") do not.
PARTICULARS: Final = spaced(
    "patient family daughter son mother father husband wife parent child infant toddler newborn "
    "baby man woman gentleman teenager veteran admission consult code caregiver grandmother "
    "grandfather interpreter"
)

# Words of praise; two or more in a sentence with nothing concrete is a list of adjectives.
TRAIT_ADJECTIVES: Final = spaced(
    "pleasant reliable punctual dedicated diligent motivated enthusiastic intelligent bright kind "
    "compassionate caring friendly professional conscientious thorough respectful courteous polite "
    "personable knowledgeable eager organized organised responsible dependable empathetic "
    "empathic mature honest humble curious confident competent capable careful meticulous "
    "excellent outstanding exceptional superb talented gifted brilliant smart sincere genuine warm "
    "cheerful positive energetic proactive hardworking industrious committed devoted driven "
    "ambitious articulate inquisitive calm composed modest likable likeable nice"
)
TRAIT_PHRASES: Final = (
    "hard working",
    "well liked",
    "self motivated",
    "detail oriented",
    "team player",
)

# The contact a letter describes (domain.md §1–2).
HANDS_ON: Final = (
    "sub intern",
    "sub interns",
    "sub internship",
    "acting intern",
    "acting internship",
    "hands on",
    "extern",
    "externship",
    THEIR + " own patients",
    "{carried,followed,managed,admitted,carrying,following} {#,several,multiple,a panel of,up to} "
    "patients",
    "{wrote,drafted,writing} {,the} {notes,progress notes,admission notes,daily notes,discharge "
    "summaries,orders}",
    "{presented,presenting,presents} "
    "{on rounds,patients,new admissions,new patients,to me,to the team}",
    "took {histories,a history}",
    "{performed,did,conducted} {physical exams,procedures,histories,the exam}",
    "{examined,interviewed,saw} {patients,new patients,the patient}",
    "first to see",
    "direct patient care",
)
OBSERVING: Final = (
    "observership",
    "observer",
    "{as,an} observer",
    "observed {me,our team,our clinic,our practice,in my clinic,in our clinic}",
    "shadowed",
    "shadowing",
    "no direct patient {care,contact}",
    "not {permitted,allowed} to {examine,write,see,touch}",
    "{did not,didn't} have {direct,} patient {contact,care}",
    "observational",
)
CLOSE_CONTACT: Final = (
    "worked {closely,directly,side by side} with",
    "{daily,every day,each day,on a daily basis}",
    "under my {,direct,close} supervision",
    "{i,directly,personally} supervised",
    "one on one",
    "on my {service,team}",
    "{i was,as} " + THEIR + " {attending,preceptor,supervisor,supervising physician}",
    "{i,we} {worked,rounded,operated} together",
)
LIMITED_CONTACT: Final = (
    "{only,briefly} {met,worked}",
    "worked with " + THEM + " {only,} briefly",
    "{a,our,my} brief {time,period,rotation,interaction,overlap,encounter}",
    "{limited,brief} {contact,interaction,interactions,exposure,time together}",
    "on a few occasions",
    "{do,did} not know " + THEM + " {well,very well}",
    "{did not,didn't} work {closely,directly} with",
    "only {a,one} {week,few days}",
    "a few days",
)
# The applicant's role, named as the letter names it.
APPLICANT_ROLES: Final = (
    "sub intern",
    "acting intern",
    "extern",
    "visiting student",
    "visiting medical student",
    "elective student",
    "observer",
    "research {fellow,assistant,scholar,volunteer}",
    "{medical,international medical} graduate",
)

# Words that turn round the phrase right after them ("not one of the best").
NEGATORS: Final = frozenset(
    spaced(
        "not never cannot can't couldn't wouldn't won't no nor hardly isn't wasn't doesn't didn't "
        "unable"
    )
)
NEGATION_REACH: Final = 3  # words before a phrase that can negate it

# Cues that a sentence shows one of the letter qualities of the profile (vocabulary.py).
QUALITY_CUES: Final[dict[str, tuple[str, ...]]] = {
    "work_ethic": (
        "work ethic",
        "hard working",
        "hardworking",
        "stayed late",
        "{stayed,remained} {after,past,until}",
        "{first,earliest} to arrive",
        "{came,arrived} {in,} early",
        "{extra,additional} {hours,shifts,patients,work}",
        "{tireless,tirelessly,diligent,diligently,industrious}",
        "volunteered",
        "{above and beyond,extra mile}",
        "beyond what was {asked,expected,required}",
        "took on",
    ),
    "reliability": (
        "{reliable,reliably,dependable,accountable}",
        "{closed,close,closing} the loop",
        "{followed,follow,follows,following} {up,through}",
        "never {needed,required} {reminding,reminders,to be reminded}",
        "without {being reminded,reminders,reminding,prompting,being asked}",
        "{could,can} {count,rely} on",
        "trusted " + THEM,
        "ownership",
        "owned " + THEIR,
        "{on time,punctual}",
    ),
    "clinical_reasoning": (
        "clinical reasoning",
        "{reasoning,judgment,judgement}",
        "differential",
        "assessment and plan",
        "{recognized,recognised,identified,caught,anticipated,noticed,spotted,realized,realised}",
        "{synthesized,synthesised,synthesize,synthesis}",
        "{diagnosis,diagnosed}",
        "thought process",
        "{management,treatment} plan",
        "{decision making,problem solving,critical thinking}",
    ),
    "team_fit": (
        "{team,teams,teamwork,teammate,teammates}",
        "team player",
        "{nurses,nursing,residents,interns,colleagues,staff,pharmacist,pharmacists}",
        "{collaborated,collaborative,collaboration,collaborating}",
        "social work",
        "{respected,liked,trusted} by",
        "morale",
    ),
    "knowledge": (
        "{knowledge,knowledgeable}",
        "fund of knowledge",
        "read {about,up,the literature,around}",
        "{literature,evidence,guidelines,pathophysiology,physiology}",
        "{taught,teaching,talk,lecture}",
        "well read",
    ),
}
