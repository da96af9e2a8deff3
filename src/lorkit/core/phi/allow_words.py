"""Words the name recogniser must know are not patients' names, and the cue words around names.

Every list here is written for lorkit (no outside source). Words are lower-case and without
accents, as `fold` in lexicon.py leaves them; multi-word entries are matched as phrases.
Clinical words win over the name lists: "Graves", "Wilson" or "Bell" before "disease",
"palsy" or "sign" are eponyms, and a brand such as "Lasix" is never a person.
"""

from __future__ import annotations

from typing import Final


def word_set(block: str) -> frozenset[str]:
    """The words of a block of text, as a set."""
    return frozenset(block.split())


# Titles before a patient's (or a relative's) name, in the languages applicants and patients
# use. "Dr" and "Prof" are not here: they name staff (see STAFF_TITLES).
PATIENT_TITLES: Final = word_set(
    """
    mr mrs ms miss mx mister missus mstr madam madame mme mlle monsieur herr frau
    sr sra srta senor senora senorita don dona dom
    shri sri shrimati smt kumari thiru tmt selvi
    alhaji alhaja alh hajia haji hajiya mallam malam chief pastor rev reverend
    sheikh sheik sayyid ustaz ustadh imam
    mama baba papa auntie aunty uncle grandma grandpa granny abuela abuelo tia tio
    babushka dedushka pan pani panna gospodin gospozha u daw tita tito lola lolo ate kuya
    """
)

# Titles used only with a capitalised name after them: "Don" and "Pan" are also words.
TITLES_NEEDING_CAPITAL: Final = word_set(
    "don dona dom pan pani panna sr sra chief pastor mama baba papa uncle auntie aunty tia tio u "
    "daw tita tito lola lolo ate kuya"
)

# Honorifics written after a name ("Sharma-ji", "Tanaka-san", "Fatima Begum").
TRAILING_TITLES: Final = word_set("ji san sama kun chan bhai didi begum sahib sahab bibi")

STAFF_TITLES: Final = word_set("dr doctor doc prof professor")

# Words before a name that say the person is staff, a classmate or the applicant's own contact.
STAFF_CUES: Final = word_set(
    """
    attending attendings resident residents intern interns fellow fellows senior seniors
    junior juniors preceptor preceptors mentor mentors supervisor pd apd coordinator
    nurse nurses rn np pa pharmacist pharmd therapist ot slp rt chaplain scribe tech
    interpreter translator student students classmate classmates colleague colleagues
    co-student co-students coresident co-resident sub-i ms3 ms4 pgy1 pgy2 pgy3 pgy-1 pgy-2
    pgy-3 faculty chair director dean instructor radiologist surgeon surgeons hospitalist
    intensivist cardiologist nephrologist neurologist oncologist pathologist anesthesiologist
    psychiatrist pediatrician obgyn consultant consultants registrar physician physicians
    """
)

# Relatives and household members: their names are Safe Harbor identifiers too.
RELATION_CUES: Final = word_set(
    """
    wife husband spouse partner son daughter mother mom mum father dad brother sister
    sibling grandson granddaughter grandchild grandmother grandfather grandma grandpa
    aunt uncle niece nephew cousin fiance fiancee boyfriend girlfriend caregiver carer
    guardian roommate neighbor neighbour landlord employer boss coworker co-worker child
    kid baby infant twin stepson stepdaughter stepmother stepfather mother-in-law
    father-in-law daughter-in-law son-in-law brother-in-law sister-in-law poa proxy
    surrogate nok friend friends family relative relatives parents parent kids children sons
    daughters
    """
)

# Words before a name that say a patient follows ("pt Okafor", "named Lucía", "bed 4 Garcia").
PATIENT_CUES: Final = word_set("patient pt pts named called aka name nickname goes")

# Words after a name that say it is a patient's: what patients do and what belongs to them.
PATIENT_VERBS: Final = word_set(
    """
    admitted readmitted discharged intubated extubated coded died expired passed refused
    declined complained endorsed denied presented arrived returned deteriorated improved
    desatted spiked seized fell vomited collapsed consented agreed underwent tolerated
    lives lived smokes drinks ambulated ambulating transferred bounced eloped left was is
    has had came went got needs needed
    """
)

# After "Name's": things a patient has. ("Okafor's daughter", "Bello's creatinine")
PATIENT_POSSESSIONS: Final = word_set(
    """
    wife husband son daughter mother father family kids children chart mrn labs lab
    creatinine potassium sodium bp pressure sats sugar sugars glucose hemoglobin hgb inr
    troponin vitals room bed discharge admission surgery biopsy scan ct mri echo ekg ecg
    pain meds medications wound leg arm foot chest abdomen belly fever cough rash imaging
    results diagnosis prognosis cancer tumor stroke infection insurance house home case story
    goals care code status caregiver
    """
)

# After a bare name, words that say the person taught or assessed the applicant.
STAFF_VERBS: Final = word_set(
    """
    taught teaches precepted pimped quizzed grilled showed watched observed evaluated emailed
    texted lectured rounded supervised mentored recommended wrote signed praised coached
    """
)
STAFF_POSSESSIONS: Final = word_set(
    """
    feedback letter team service clinic lecture talk rounds advice tip pearl pearls
    evaluation eval office signature email pager handbook slides course lab
    """
)

# Lower-case name particles that sit inside a full name ("María de la Cruz", "bin Rashid").
NAME_PARTICLES: Final = word_set(
    "de da das do dos del della di du van von der den ter ten bin binti bint ibn al el ul ur "
    "abu ben la le y st"
)

# Capitalised words that open sentences or name days, months and ordinary things; never names
# on their own, even where a name list holds them ("May", "Will", "Grace").
FUNCTION_WORDS: Final = word_set(
    """
    a an the i i'm i've i'll i'd me my mine we we're our ours us you your he him his she her
    hers they them their it its this that these those who whom whose which what when where
    why how there here then than so but and or nor if because although though while since
    until unless after before during between into onto over under about above below across
    along among around at by for from in of off on out to up with within without per via
    also still later first second third next last finally overall afterwards again once now
    today tonight yesterday tomorrow morning afternoon evening night overnight weekend
    all any both each every few many more most much no none not only other same several some
    such very really just even maybe perhaps probably definitely honestly actually basically
    yes ok okay thanks thank please great good bad big small new old best better worse worst
    one two three four five six seven eight nine ten dear hi hello note notes plan plans goal
    goals lesson lessons learned learning reflection story stories compliment compliments tip
    tips todo reminder remember update summary question questions answer answers follow-up
    felt feel feeling saw seen met meet asked told said gave got did do does done made make
    went go going came come coming took take presented present presenting rounding rounds
    spent spend started start finished finish tried try worked work wrote write read reading
    called call paged page helped help shadowed shadowing watched scrubbed scrub stayed
    afterwards overall whole day days week weeks month months year years time times hour hours
    shift shifts call calls clinic service team floor unit ward wards bay pod
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr prof
    christmas easter thanksgiving ramadan eid diwali hanukkah passover halloween
    god allah jesus lord
    english spanish french arabic hindi urdu bengali punjabi tamil telugu gujarati marathi
    tagalog vietnamese mandarin cantonese chinese korean japanese russian ukrainian polish
    portuguese creole haitian yoruba igbo hausa twi amharic somali swahili farsi persian
    turkish nepali
    american african asian european latino latina latinx hispanic black white caucasian
    indian pakistani nigerian ghanaian kenyan egyptian filipino mexican
    """
)

# Where the applicant trains and what they study: capitalised in journals, never patients.
CLINICAL_WORDS: Final = word_set(
    """
    icu micu sicu cicu nicu picu ccu ed er or pacu l&d ob gyn obgyn peds im fm em gi id
    heme onc heme-onc cards pulm renal neuro psych surg ortho uro ent derm rheum endo
    internal medicine surgery pediatrics psychiatry neurology cardiology nephrology oncology
    hematology gastroenterology pulmonology endocrinology rheumatology dermatology radiology
    pathology anesthesia anesthesiology urology orthopedics obstetrics gynecology geriatrics
    palliative hospice emergency family critical care trauma transplant infectious disease
    medicine hospital clinic center centre health university college school department dept
    service team unit ward floor wing tower pavilion campus memorial general county community
    regional medical st saint mount sinai presbyterian methodist baptist lutheran
    veterans va
    step usmle eras nrmp match soap img imgs ecfmg sloe lor lors cv ps mspe pgy cme
    ck cs oet toefl ielts visa j-1 h-1b
    foley yankauer dobhoff penrose hickman broviac ommaya tenckhoff groshong mediport
    whipple nissen epley valsalva heimlich doppler holter seldinger coma scale
    am pm noon midnight tmax tmin temp t bp hr rr spo2 sats map cvp gcs
    nephrotic nephritic sepsis covid covid-19 flu hiv hcv hbv tb copd chf afib dka hhs aki
    ckd esrd cad mi nstemi stemi pe dvt uti cap hap vap gerd ibd ibs ra sle ms als cva tia
    sah sdh ich htn dm dm2 t2dm t1dm osa pna bph aaa cabg pci tavr ercp egd ct mri cxr
    ekg ecg echo tte tee eeg emg lp abg vbg cbc bmp cmp lft lfts inr ptt bnp hba1c a1c tsh
    na k cl mg ca phos hb hgb plt wbc cr bun gfr egfr ast alt alp ldh ck crp esr
    staph strep mrsa mssa vre c.diff cdiff e.coli klebsiella pseudomonas enterococcus
    candida aspergillus listeria clostridium clostridioides legionella mycoplasma chlamydia
    neisseria haemophilus moraxella proteus serratia acinetobacter bacteroides salmonella
    shigella campylobacter helicobacter pylori treponema borrelia rickettsia toxoplasma
    plasmodium giardia cryptococcus histoplasma coccidioides blastomyces pneumocystis
    """
)

# Drugs by generic and brand name: a capitalised brand is often the only capital in a note.
DRUG_WORDS: Final = word_set(
    """
    acetaminophen tylenol paracetamol ibuprofen motrin advil naproxen aleve aspirin asa
    ketorolac toradol celecoxib celebrex morphine hydromorphone dilaudid oxycodone percocet
    norco vicodin hydrocodone fentanyl methadone buprenorphine suboxone naloxone narcan
    tramadol gabapentin neurontin pregabalin lyrica lidocaine heparin enoxaparin lovenox
    warfarin coumadin apixaban eliquis rivaroxaban xarelto dabigatran pradaxa clopidogrel
    plavix ticagrelor brilinta prasugrel atorvastatin lipitor rosuvastatin crestor
    simvastatin pravastatin metoprolol lopressor toprol carvedilol coreg labetalol
    atenolol propranolol esmolol lisinopril enalapril ramipril losartan valsartan entresto
    sacubitril amlodipine norvasc nifedipine diltiazem cardizem verapamil hydralazine
    nitroglycerin isosorbide furosemide lasix bumetanide bumex torsemide
    hydrochlorothiazide hctz chlorthalidone spironolactone aldactone eplerenone digoxin
    amiodarone sotalol dofetilide adenosine atropine epinephrine norepinephrine levophed
    vasopressin dopamine dobutamine phenylephrine milrinone insulin glargine lantus
    lispro humalog aspart novolog detemir degludec metformin glucophage glipizide
    glyburide sitagliptin januvia empagliflozin jardiance dapagliflozin farxiga
    canagliflozin semaglutide ozempic wegovy liraglutide victoza dulaglutide trulicity
    tirzepatide mounjaro pioglitazone levothyroxine synthroid methimazole
    propylthiouracil prednisone prednisolone methylprednisolone solumedrol dexamethasone
    decadron hydrocortisone fludrocortisone budesonide fluticasone albuterol ipratropium
    duoneb tiotropium spiriva montelukast singulair amoxicillin augmentin ampicillin
    unasyn piperacillin tazobactam zosyn cefazolin ancef ceftriaxone rocephin cefepime
    ceftazidime cefuroxime cephalexin keflex meropenem ertapenem imipenem vancomycin vanc
    linezolid daptomycin doxycycline minocycline azithromycin zithromax clarithromycin
    erythromycin ciprofloxacin cipro levofloxacin levaquin moxifloxacin metronidazole
    flagyl clindamycin bactrim trimethoprim sulfamethoxazole nitrofurantoin macrobid
    fosfomycin gentamicin tobramycin amikacin rifampin isoniazid pyrazinamide ethambutol
    fluconazole diflucan voriconazole micafungin amphotericin acyclovir valacyclovir
    valtrex oseltamivir tamiflu remdesivir paxlovid nirmatrelvir ondansetron zofran
    metoclopramide reglan prochlorperazine compazine promethazine phenergan pantoprazole
    protonix omeprazole prilosec esomeprazole nexium famotidine pepcid sucralfate
    lactulose rifaximin xifaxan senna sennosides docusate colace polyethylene miralax
    bisacodyl dulcolax loperamide imodium simethicone haloperidol haldol quetiapine
    seroquel olanzapine zyprexa risperidone risperdal aripiprazole abilify ziprasidone
    clozapine lithium valproate depakote lamotrigine lamictal levetiracetam keppra
    phenytoin dilantin fosphenytoin carbamazepine tegretol oxcarbazepine topiramate
    lacosamide vimpat lorazepam ativan diazepam valium midazolam versed clonazepam
    klonopin alprazolam xanax zolpidem ambien trazodone melatonin sertraline zoloft
    fluoxetine prozac citalopram escitalopram lexapro paroxetine paxil venlafaxine
    effexor duloxetine cymbalta bupropion wellbutrin mirtazapine remeron amitriptyline
    nortriptyline donepezil aricept memantine namenda levodopa carbidopa sinemet
    propofol diprivan ketamine etomidate rocuronium succinylcholine vecuronium
    cisatracurium dexmedetomidine precedex tpa alteplase tenecteplase tranexamic txa
    vitamin thiamine folate folic cyanocobalamin b12 iron ferrous potassium magnesium
    calcium bicarbonate zinc allopurinol febuxostat colchicine methotrexate
    hydroxychloroquine plaquenil adalimumab humira infliximab remicade rituximab
    tocilizumab pembrolizumab keytruda nivolumab opdivo cisplatin carboplatin
    paclitaxel doxorubicin cyclophosphamide tamoxifen letrozole anastrozole
    tacrolimus cyclosporine mycophenolate cellcept sirolimus azathioprine epoetin
    procrit filgrastim neupogen albumin ivig plasma prbc ffp cryo saline lr
    """
)

# Eponyms: a surname followed by one of EPONYM_HEADS ("Wilson's disease", "Bell palsy"), in a
# hyphenated eponym ("Wolff-Parkinson-White") or after words such as "has" or "history of".
EPONYMS: Final = word_set(
    """
    addison alzheimer apgar asperger babinski baker barrett bartter becker behcet bell
    bernard beck billroth boerhaave bouchard braden brown brugada budd burkitt chagas charcot
    cheyne chiari child chvostek churg conn cooper creutzfeldt crigler crohn cullen cushing
    devic dix douglas down dubin duchenne dupuytren eaton edwards ehlers epley epstein erb
    ewing fabry fanconi finkelstein fisher foley fowler frank friedreich gaucher gilbert
    gitelman glanzmann glasgow gleason goodpasture graves guillain barre hallpike hamilton
    hartmann hashimoto heberden henoch hirschsprung hodgkin homan homans horner hunter
    huntington hurler jakob janeway johnson jones kaposi kartagener kawasaki kehr kernig
    klinefelter korotkoff korsakoff kussmaul lachman lambert legg levine li lichtenstein
    light lyme lynch mallory marfan mcburney mcmurray meckel meniere monteggia munchausen
    murphy nissen noonan osler paget parkinson patau peutz phalen pick pott prader
    raynaud reiter richmond romberg rotor roux rovsing salter schonlein sheehan sjogren
    starling stevens stokes still swan ganz takayasu tanner tay sachs tinel tourette
    trendelenburg trousseau turner valsalva virchow von willebrand waldenstrom wegener
    weber wells wenckebach wernicke whipple white williams wilms wilson wolff parkinson
    zenker zollinger ellison mobitz killip mallampati ranson centor curb pugh danlos najjar
    sternberg lindau schlatter perthes strauss weiss tooth marie aldrich hess hasselbalch
    gault jeghers fraumeni friderichsen calve hoffmann
    """
)
EPONYM_HEADS: Final = word_set(
    """
    disease diseases syndrome syndromes sign signs test tests score scores criteria
    maneuver manoeuvre palsy triad node nodes law formula classification fracture
    procedure operation pouch cyst ulcer esophagus diverticulum reflex reflexes phenomenon
    nodule nodules spots lesions lesion tube catheter drain scale grade grading stage
    staging rule rules block type kit position point area dementia lymphoma sarcoma
    encephalopathy ataxia dystrophy disorder tetralogy contraction contractures ligation
    repair fundoplication sheath tear tears body bodies
    """
)
# Words just before a bare eponym that make it a disease ("has Parkinson's", "hx of Crohn's").
EPONYM_LEADS: Final = word_set(
    "has had with of for hx dx known suspected possible probable early advanced severe new "
    "worsening longstanding r/o"
)

# Cities an applicant rotates in or comes from that the name lists also hold ("Houston"). A
# patient's town is still caught after "lives in" (recognisers.places); only the name check
# skips them. Cities that are common given names (Austin, Madison) are left out on purpose.
PLACE_WORDS: Final = word_set(
    """
    houston chicago boston atlanta detroit cleveland brooklyn bronx queens harlem baltimore
    philadelphia philly newark memphis nashville miami orlando tampa raleigh tucson albany
    buffalo pittsburgh milwaukee minneapolis seattle denver omaha lagos abuja accra nairobi
    karachi lahore delhi mumbai chennai kolkata hyderabad bangalore dhaka cairo manila lima
    bogota kingston beirut amman tehran kathmandu addis ababa
    """
)

# Places larger than a county: Safe Harbor allows naming them, and the
# name check skips them too, except those that are also given names or surnames.
LARGE_PLACES = word_set(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    america usa us africa asia europe india pakistan bangladesh nepal nigeria ghana kenya
    ethiopia somalia egypt morocco sudan senegal cameroon haiti jamaica mexico guatemala
    honduras salvador colombia venezuela peru brazil ecuador cuba philippines vietnam china
    korea japan iran iraq syria lebanon jordan yemen afghanistan russia ukraine poland turkey
    canada puerto rico
    """
)
LARGE_PLACES_THAT_ARE_NAMES: Final = word_set("georgia virginia india jordan washington")

# Words after a name that make it a place of care or a ward ("Mercy Hospital", "the Jackson
# pod").
FACILITY_WORDS: Final = word_set(
    """
    hospital hospitals clinic clinics health healthcare medical center centre memorial
    university college school institute foundation children's infirmary hospice campus
    county pavilion tower pod unit service team ward wing floor building
    """
)
FACILITY_LEADS: Final = word_set("st saint mount mt university")

# Hospitals and health systems known by a surname-like word ("rotating at Rush, then
# Loyola"): a place of care when they stand alone after "at", "in", "to" or "from", or before a
# facility word; a name otherwise ("Tyrone Jefferson").
HOSPITAL_NAMES: Final = word_set(
    """
    kaiser mayo cleveland hopkins johns cedars beth israel montefiore bellevue grady parkland
    jackson cook northwestern emory duke baylor rush vanderbilt stanford yale harvard columbia
    cornell langone brigham mass penn temple jefferson henry ford loyola stroger advocate
    ascension northwell hackensack einstein jacobi lincoln maimonides brookdale elmhurst
    wyckoff lenox weill ochsner tulane geisinger hurley beaumont hennepin scripps sutter
    christiana rutgers upstate downstate mercy
    """
)
HOSPITAL_LEADS: Final = word_set("at in to from then and or of")

# Clinical phrases with capitalised words that the name lists hold ("Grand Rounds").
CLINICAL_PHRASES: Final = (
    "grand rounds",
    "morning report",
    "sister mary joseph",
    "circle of willis",
    "ann arbor",
    "argyll robertson",
    "marcus gunn",
    "austin flint",
    "graham steell",
    "grey turner",
    "braxton hicks",
    "jackson-pratt",
    "miller fisher",
    "ramsay hunt",
    "rocky mountain",
    "mass general",
    "cook county",
    "henry ford",
    "johns hopkins",
    "cedars-sinai",
    "mount sinai",
    "sloan kettering",
    "md anderson",
    "beth israel",
    "brigham and women's",
)

# Reference sites an applicant cites: a link to them is no patient's.
REFERENCE_DOMAINS: Final = word_set(
    """
    uptodate.com mdcalc.com pubmed.ncbi.nlm.nih.gov ncbi.nlm.nih.gov nih.gov cdc.gov who.int
    nejm.org jamanetwork.com thelancet.com bmj.com aafp.org acc.org heart.org
    medscape.com amboss.com aamc.org nrmp.org ecfmg.org usmle.org fda.gov
    """
)
