"""The phrase tables `replies.classify_reply` reads an attending's answer with (domain.md §7).

Each table is a list of regular-expression fragments, each one way of saying one thing. A
fragment is written as plain words: a space stands for any run of white space, and `{name}`
for one of the MACROS (the spellings of "can't", "I'd", "letter" and so on, with and without
the apostrophe, since replies are typed on phones). Fragments are matched case-insensitively
on the reply after `replies.normalized` has straightened its quotes and dashes one character
for one, so every match's offsets fall on the original text.

The tables are matched in three tiers (`replies.TIERS`), and a later tier never claims text an
earlier one holds: idioms (positive phrases with a negative word in them, "no problem", "can't
recommend you highly enough"), then what holds a letter back (declines, redirects, faint
letters, brief contact, discouragement, hedges, deferrals), then the positive phrases
(enthusiasm, strength, praise, willingness). Tables named OPENING_* count only where a clause
opens ("Sure, ..." says yes; "I'm sure Dr. Patel ..." does not).
"""

from __future__ import annotations

import re
from typing import Final

MACROS: Final = {
    "cant": r"(?:can't|cant|cannot|can not|couldn't|couldnt|could not)",
    "wont": r"(?:won't|wont|will not|wouldn't|wouldnt|would not|shouldn't|should not)",
    "dont": r"(?:don't|dont|do not|doesn't|doesnt|does not|didn't|didnt|did not)",
    "havent": r"(?:haven't|havent|have not|hadn't|had not|didn't|didnt|did not|don't|do not"
    r"|never)",
    "not": r"(?:not|never|no longer)",
    "im": r"(?:I'm|Im|I am)",
    "id": r"(?:I'd|I would|I will|I'll|I shall)",
    "i_can": r"(?:I|I'd|I'll|I will|I would|I can|I could|I shall|I'm able to|I am able to"
    r"|I'm going to|I am going to|I'm happy to|I am happy to)",
    "you": r"(?:you|u)",
    "w": r"(?:[\w']+ )",
    "letter": r"(?:letters?|LoRs?|LORs?|recommendations?|references?|recs?|one|letter of"
    r" recommendation)",
    "strong": r"(?:strong|strongest|very strong|really strong|stellar|glowing|excellent"
    r"|outstanding|superb|enthusiastic|great|wonderful|fantastic|terrific|fabulous|amazing"
    r"|powerful|ringing|shining|top-notch|exceptional|brilliant)",
    "person": r"(?:person|choice|writer|fit|one|candidate|option|referee|author)",
    "other": r"(?:dr\.? [\w'-]+|doctor [\w'-]+|prof\.? [\w'-]+|professor [\w'-]+|she|he|they"
    r"|someone else|somebody else|someone|another (?:attending|faculty|physician|doctor|writer)"
    r"|an attending|a colleague|my colleague|one of (?:the|my|your) (?:other )?\w+"
    r"|your (?:other )?(?:attending|supervisor|preceptor|team)"
    r"|the (?:other )?(?:attending|fellow|surgeon|preceptor|resident|physician)(?: (?:from|on|in)"
    r" (?:your|the) [\w'-]+(?: [\w'-]+)?)?)",
}

# Positive phrases holding a negative word: matched first, so their "no" or "can't" is never
# read as a refusal.
IDIOM_ENTHUSIASM: Final = [
    r"(?:no|without) (?:any )?(?:hesitation|hesitations|reservation|reservations)",
    r"{cant} (?:recommend|praise|speak highly of) {you} (?:highly |more )?(?:enough|more)",
    r"{cant} (?:think of|imagine) (?:a |anyone |someone )?(?:better|more deserving)",
    r"{cant} wait",
    r"couldn't be (?:happier|more pleased|prouder)|could not be (?:happier|more pleased)",
    r"{wont} hesitate",
    r"never had (?:a|an) (?:better|stronger|more \w+)",
]
IDIOM_WILLING: Final = [r"no (?:problem|prob|worries)", r"why not", r"{dont} mind"]
# "Of course I remember you" and "Ok, noted" agree to nothing.
ACKNOWLEDGMENT: Final = [
    r"(?:of course|yes|sure|yeah),? I (?:remember|recall|know who|understand|appreciate)",
    r"(?:ok|okay|sure|yes|thanks),? (?:noted|got it|received|will read|will look)",
]
# "Not until March" is about when, not whether.
DELAY: Final = [
    r"(?:{wont}|{not}|{cant}) (?:be able to )?(?:write|get to|finish|do|send|start) (?:it |one"
    r" |the letter |your letter |this )?(?:until|till|before(?! (?:the |your |any )?(?:deadline"
    r"|due date|cutoff|I (?:go|leave))))",
    r"not (?:until|till|before)",
]

# A strong letter refused outright ("I would not be able to write a strong letter").
NEGATED_STRENGTH: Final = [
    r"(?:{not}|{cant}|{wont}|{dont} think I (?:can|could|would be able to)) (?:be able to"
    r" |really |honestly )?(?:write|provide|give|offer) (?:{w}){0,2}{strong} (?:{w}){0,1}"
    r"{letter}",
]

# An outright refusal, or a condition that rules the letter out.
DECLINE: Final = [
    r"{not} (?:be |really be )?(?:able|in (?:a )?position|going to be able|willing) to (?:write"
    r"|provide|do|help|offer|give|support|agree|commit|take)",
    r"(?:unable|not available) to (?:write|provide|do|help|offer|give|support|take on|take|commit"
    r"|sign|submit|upload|send|complete|finish|get to)",
    r"no-?(?:letters?|recommendations?|references?) (?:policy|rule)",
    r"{cant} (?:sign|submit|upload|be the (?:official )?(?:author|signatory))",
    r"(?:stopped|stopping|quit|quitting|given up|giving up) (?:writing )?(?:letters"
    r"|recommendations|references)",
    r"{cant} (?:really |actually |realistically )?(?:write|provide|do|offer|give|support|agree"
    r"|commit|take on|help|be the one)",
    r"{wont} (?:be (?:able to )?)?(?:write|provide|do|offer|give|support|agree|commit|help)",
    r"(?:{dont}|{not}) (?:really )?(?:feel )?(?:comfortable|able)",
    r"{im} not (?:really )?comfortable",
    r"(?:{dont}|{not}) (?:usually |generally |typically |really )?(?:write|provide|do|give"
    r"|sign|take on|accept) (?:any )?(?:more |new |further )?(?:letters|recommendations|LoRs"
    r"|LORs|references|requests|recs)",
    r"(?:schedule|calendar|time|workload) (?:{dont}|won't|will not|just doesn't) (?:allow"
    r"|permit)",
    r"(?:schedule|calendar|plate|workload) (?:is|'s) (?:too|far too|way too) (?:full|busy"
    r"|much)",
    r"(?:too|far too|way too) (?:busy|swamped|overcommitted|stretched|overloaded)",
    r"(?:{dont}|no longer) have (?:the )?(?:time|bandwidth|capacity)",
    r"(?:reached|hit|at) my (?:limit|maximum|quota)",
    r"(?:already|taken on|committed to|agreed to|promised) (?:{w}){0,3}(?:as many|all the|the"
    r" maximum|the max|maximum|max) (?:(?:number of )?(?:letters|recommendations|LoRs|LORs"
    r"|references) )?(?:as )?(?:that )?I (?:can|could) (?:{w}){0,1}(?:write|handle|take on"
    r"|manage|do)(?: well)?",
    r"already (?:committed|agreed) to (?:too many|my limit|the maximum|as many)",
    r"(?:policy|rules?|department|institution|hospital|program) (?:{w}){0,4}(?:{dont}|not)"
    r" (?:allow|permit|let)",
    r"(?:{id}|I have to|I must|I need to|I'm going to have to|I am going to have to|going to"
    r" have to|I'll have to) (?:respectfully |politely |regretfully )?(?:decline|pass|say no)",
    r"I(?:'d| would)? (?:prefer|rather) not",
    r"(?:stepping|stepped|step) back from (?:writing )?(?:letters|recommendations)",
    r"(?:I have a|my|our) (?:personal |own |firm |general )?(?:rule|policy) (?:of|to|that|is"
    r"|about|against)",
    r"only (?:write|writing|do|sign) (?:letters |recommendations )?for",
    r"(?:taking a break|retiring|retired) from (?:writing )?(?:letters|recommendations)",
    r"{cant} (?:this time|right now|this year|this cycle|at the moment|do it)",
    r"wish I could(?! (?:do more|say more|write more))",
    r"{im} (?:completely |very |rather |a bit )?(?:overcommitted|overextended|overbooked)",
    r"(?:afraid|unfortunately|sadly|regretfully|sorry),? (?:not|no)",
    r"(?:definitely|absolutely|certainly|of course) not",
    r"(?:only|not) (?:allowed|permitted|able) to (?:write|sign|provide)",
    r"no way",
    r"(?:would|could) have (?:been )?(?:happy|glad|willing|able)",
    r"not this (?:time|year|cycle|season)",
    r"(?:must|have to|need to) decline",
    r"not (?:be )?writing (?:any )?(?:letters|recommendations|a letter)",
    r"{dont} (?:really )?(?:remember|recall) (?:you|working with you|much about)",
    # A policy that reserves letters to someone else ("only the clerkship director writes").
    r"(?:only|exclusively|solely) (?:by |from |through )?(?:the |our |your )?(?:{w}){0,2}"
    r"(?:director|directors|director's office|chief|chair|coordinator|PD)",
    r"{letter} (?:{w}){0,4}(?:come|comes|are issued|is issued|are written|are handled|go out)"
    r" (?:only |exclusively )?(?:from|by) (?:the |our )?(?:{w}){0,2}(?:director|chief|chair"
    r"|coordinator|office)",
    r"get (?:their|the|your|a|his|her) {letter} from (?:the |our )?(?:{w}){0,2}(?:director"
    r"|chief|chair|coordinator|office)",
    # Away so long the letter cannot happen ("on leave, so I won't get to it").
    r"{wont} (?:realistically |really |actually )?(?:be able to )?get (?:around )?to (?:it|this"
    r"|that|yours|your letter|the letter|one)",
    r"{wont} (?:be )?(?:around|here|in (?:a )?position|available) to",
    r"{wont} (?:manage|find (?:the )?time|have (?:the )?time) to",
    r"(?:{wont}|isn't|is not|not) (?:be )?possible(?: for me)?|impossible for me",
    r"{cant} take (?:this|it|that|yours|your letter|one more|another|any more) on",
    # A quota already reached (more above, beside "already committed to").
    r"already (?:{w}){0,4}too many",
    r"(?:is|'s|was) (?:already )?my (?:{w}){0,1}(?:cap|limit|max|maximum|quota)",
    r"(?:reached|hit|over|past|exceeded) (?:my|the|that|this|our) (?:{w}){0,2}(?:limit|maximum"
    r"|max|quota|cap|number)",
    r"maxed out|at (?:full )?capacity",
    r"(?:slots|spots|quota|list) (?:{w}){0,4}(?:are|is) (?:already )?(?:full|filled|taken|used"
    r" up|gone)",
]
OPENING_DECLINE: Final = [
    r"(?:no|nope|nah)(?=\s*(?:[,.!;]|$|sorry|I\b|unfortunately|thank|thanks|I'm afraid))",
]

# A pointer to someone better placed, or the writer saying they are not the one.
REDIRECT: Final = [
    r"(?:{not}|{dont} think I'm|{dont} think I am|not sure I'm|not sure I am|not sure that"
    r" I'm) (?:really |quite |necessarily )?(?:the|a|an) (?:best|right|ideal|most appropriate"
    r"|appropriate|good|great|strongest|correct) {person}",
    r"{other} (?:{w}){0,6}(?:knew|knows|know|saw|sees|see|worked|works|spent|supervised"
    r"|has seen|observed|had) (?:{w}){0,4}(?:better|more closely|closely|more|longer|most"
    r"|more often|every day|daily|all month)",
    r"(?:she|he|they)(?:'ll|'d| will| would) (?:(?!also\b){w}){0,2}(?:write|provide|give"
    r"|speak|offer)",
    r"{other} (?:(?!also\b){w}){0,4}(?:could|would|can|will|might|may) (?:(?!also\b){w}){0,2}"
    r"(?:write|provide|give|speak|offer)",
    r"{other} (?:{w}){0,3}(?:is|are|would be|might be|may be) (?:a |in a |your )?(?:better"
    r"|best)",
    r"{not} (?:really |quite )?the (?:one|person) (?:to|who|for)",
    r"(?:is|'s|are|would be) the (?:one|person|people|ones) (?:to ask|who (?:can|could|should"
    r"|supervised|knows|knew|saw|worked))",
    r"(?:letter|letters|one|recommendation|LoR) from (?:dr|doctor|prof|someone|somebody"
    r"|another|one of|your|an? (?:\w+ )?(?:attending|faculty|physician|internist|surgeon))",
    r"{you} (?:should|could|might want to|may want to|ought to|need to) (?:really |probably )?"
    r"(?:ask|approach|get (?:{w}){0,3}(?:letter|letters|one) from|find|look for)",
    r"(?:letters?|letter writers?|writers?|one) (?:{w}){0,3}(?:should|would|could|ought to"
    r"|needs? to|must) (?:really |ideally |probably )?(?:come from|be from|be written by)",
    r"(?:come|coming) from (?:dr|doctor|prof|someone|somebody|another|your|one of)",
    r"{dont} think (?:it|I) (?:should|would|ought to) be (?:me|the one)|(?:someone|somebody)"
    r" other than me",
    r"leave (?:it |the letter |that |this |the letter writing )?to (?:your|dr|doctor|someone"
    r"|somebody|the|one of)",
    r"(?:more comfortable|better|best) if (?:someone|somebody|another|dr|doctor|your|one of)",
    r"better (?:choice|person|fit|option|writer|suited|placed|positioned|served)",
    r"(?:{dont} think I'm|{dont} think I am|not) (?:very |really |ideally |particularly )?(?:well"
    r"|best|ideally) (?:placed|positioned|suited)",
    r"suggest (?:that )?(?:{you} )?(?:ask|asking|approach|approaching|try|reach)",
    r"better (?:if |that |for )?{you} (?:to )?(?:ask|try|approach)",
    r"better to (?:ask|approach|try|go with)",
    r"(?:more|most) (?:appropriate|suitable|qualified) (?:person|writer|choice)",
    r"(?:might|may|should|could|would|can) (?:want to |wish to |like to |prefer to )?(?:ask"
    r"|approach|try|consider asking|reach out to|check with|go to) (?:instead|someone"
    r"|somebody|another|one of|dr|doctor|prof|your|him|her|them)",
    r"(?:maybe|perhaps|try) (?:ask|asking|approach|approaching|reach out)",
    r"(?:ask|asking|approach) (?:{w}){0,3}instead",
    r"(?:stronger|better|more detailed|more meaningful|more personal|more helpful) (?:letter"
    r"|one|recommendation|reference) (?:than (?:I|me|mine|what I)|from)",
    r"someone (?:who|that) (?:{w}){0,4}(?:knows|knew|worked|spent|saw)",
    r"(?:find|think of|suggest|recommend|point {you} to) (?:someone|somebody|another \w+)",
    # Indirect: "not me", "not who you want", "someone who saw you more", "could say more".
    r"(?:it|that|its|it's|that's) (?:{wont} |isn't |is not |'s not |not )(?:really )?(?:be )?me"
    r"(?! too)",
    r"not (?:really |quite |necessarily )?(?:who|whom) {you} (?:want|need|should ask|are looking"
    r" for)",
    r"(?:somebody|anyone|anybody|an attending|a (?:doctor|physician|faculty member|surgeon))"
    r" (?:who|that) (?:{w}){0,4}(?:knows|knew|worked|spent|saw|supervised|watched|observed)",
    r"{other} (?:(?!also\b){w}){0,5}(?:could|would|can|will|might|may) (?:be able to )?(?:say"
    r"|tell|speak|comment|add|write) (?:(?!also\b){w}){0,2}(?:more|better)",
    r"better position (?:{w}){0,4}than (?:I am|I'm|me|I (?:could|can|would))",
    r"(?:weaker|worse|poorer) (?:choice|person|fit|option|writer|pick)",
]

# "Ask Dr. Chen", said as advice (not "did you ask Dr. Chen?").
OPENING_REDIRECT: Final = [
    r"not me(?! too)",
    r"(?:go|stick) with (?:your|the|one of|dr|doctor)",
    r"(?:please )?(?:ask|talk to|speak to|reach out to|go to|write to) (?:dr|doctor|prof)\.?"
    r" [\w'-]+(?!\s+(?:too|as well|also))",
    r"(?:please )?ask (?:your|the|one of the|one of your) (?:{w}){0,2}(?:director|attending"
    r"|attendings|supervisor|preceptor|chief|chair|faculty|PD|mentor)(?!\s+(?:too|as well|also))",
]

# The letter a program director reads as no endorsement (§7): a description, not praise.
FAINT_LETTER: Final = [
    r"describ\w* (?:{w}){0,2}(?:your|the) (?:performance|time|rotation|work|duties"
    r"|activities)",
    r"(?:confirm|confirming|confirms|verify|verifying|verifies|attest\w* to|certif\w*|stating"
    r"|states?) (?:{w}){0,2}(?:attendance|participation|dates|rotation|presence|completion"
    r"|that {you}"
    r" (?:rotated|attended|were|completed|observed))",
    r"summar\w* (?:{w}){0,2}(?:what {you} did|your (?:time|weeks?|rotation|work|performance"
    r"|duties))",
    r"(?:letter|certificate|statement) of (?:attendance|participation|completion"
    r"|observership)",
    r"factual (?:letter|reference|account|description|statement)",
    r"(?:only|just) (?:can )?(?:say|speak|comment|write|talk) (?:about|on|to) (?:your )?"
    r"(?:attendance|punctuality|dates|presence|participation|timekeeping)",
    r"(?:letter|note|statement|line) (?:saying |stating |that says )?that {you} (?:attended"
    r"|rotated|completed|were here|observed|spent)",
    r"(?:just|only) (?:the )?facts",
]

# Too little time together for a strong letter, in the writer's own words.
BRIEF_CONTACT: Final = [
    r"(?:only|just|barely) (?:(?:worked|saw|see|seen|been|had|met|spent|observed|overlapped"
    r"|interacted|known|knew|know|rotated|was|were|got to (?:see|know|work)) )?(?:(?:with )?"
    r"(?:{you}|you all|together|us|me) )?(?:(?:for|on|over|during|in|from) )?(?:briefly"
    r"|(?:a|one|two|three|a few|a couple(?: of)?|\d+|few) (?:{w})?(?:day|days|shift|shifts"
    r"|afternoon|afternoons|morning|mornings|session|sessions|time|times|week|weeks|clinic|clinics|hours?"
    r"|calls?|cases?)|a short (?:time|while|period|stretch)|a little|once|twice|in passing)",
    r"(?:worked|were|overlapped|interacted|met|together) (?:with {you} )?(?:only |very |so )?"
    r"briefly",
    r"(?:limited|brief|minimal) (?:time|contact|interaction|interactions|exposure|overlap"
    r"|experience)",
    r"short (?:contact|interaction|overlap|stint)",
    r"(?:time|rotation) (?:together|with us|with me) was (?:so |very |too )?(?:short|brief"
    r"|limited)",
    r"(?:{dont}|not|no) (?:really |truly |feel I |feel that I |think I |believe I )?know"
    r" {you} (?:well|that well|very well|enough"
    r"|well enough|much|closely)",
    r"(?:hardly|barely) know {you}",
    r"(?:{dont} think|not sure) I (?:saw|have seen|know|observed|worked with) (?:{w}){0,3}"
    r"(?:enough|much|well enough)",
    r"{dont} (?:really )?(?:get to |have a chance to )?(?:see|observe|watch) {you} (?:work |working"
    r" )?(?:with|on|present|in action|at work)",
    r"{dont} (?:really |get to |have a chance to )?(?:see|work with|observe|spend time with"
    r"|supervise) (?:{w}){0,3}(?:much|enough|a lot|many|closely|long)",
    r"{havent} (?:had|have|get|got) (?:much|enough|a lot of|many) (?:contact|exposure|time"
    r" (?:together|with {you})|(?:chance|opportunity) to (?:see|work|observe|get to know))",
    r"{havent} (?:worked|work) (?:with {you} )?(?:long|much|enough|closely|together much)",
    r"not (?:enough|sufficient) (?:time|contact|interaction|exposure|to go on)",
    r"if (?:I|we|{you}) (?:had|would have|'d) (?:{w}){0,3}(?:longer|more|worked|spent|been)",
    r"work(?:ed)? (?:together )?(?:very )?little time",
    r"(?:so|too|very) (?:short|little) time",
    r"only (?:saw|observed|met|supervised) {you}",
    r"(?:when|which weeks?|what dates?) (?:were|did) {you} (?:rotate|on|with|here)",
]

# Words that say a letter would not help, without naming anyone else.
DISCOURAGE: Final = [
    r"not sure how (?:much )?(?:helpful|useful|valuable|much weight|much it|much help|much I)",
    r"(?:may|might|would|will) not (?:carry|add|help|mean) (?:much|a lot|you)",
    r"(?:wouldn't|won't) (?:carry|add|help|mean) (?:much|a lot)",
    r"(?:may|might) not (?:be )?(?:worth|help|helpful)",
    r"not (?:sure|certain) (?:it|a letter from me|my letter) (?:would|will) (?:help|add|carry"
    r"|mean)",
    r"(?:hurt|harm) (?:more than help|your application|your chances)",
    r"(?:weakest|weaker) (?:letter|one|in your)",
    r"(?:{dont} think I(?:'d| would| could| can)|{cant}|{wont}|not) (?:{w}){0,2}do {you} justice",
    r"{dont} think (?:a letter from me|my letter|I) (?:would|will|could) (?:help|add|carry"
    r"|strengthen)",
]

# A qualified willingness: something, not a strong letter.
HEDGE: Final = [
    r"{cant} (?:promise|guarantee)|no (?:promises|guarantees)|not promis\w+",
    r"not (?:sure|certain) (?:if |whether |that )?(?:I|I'd|I'll) (?:can|could|would|will|be"
    r" able|have)",
    r"not (?:sure|certain) (?:if |whether |that )?(?:it|the letter|my letter|a letter from me)"
    r" (?:would|will|could|can) be",
    r"not (?:sure|certain) (?:how|what) (?:much )?(?:I|I'd) (?:can|could|would) (?:say|add"
    r"|write)",
    r"(?:write|give|do|put together|send|draft|say) (?:{you} |for {you} )?something(?! (?:strong"
    r"|great|glowing|excellent|outstanding|special|wonderful))",
    r"write (?:{you} )?anything",
    r"(?:a |an )?(?:brief|short|general|generic|standard|basic|simple|honest|fair|accurate"
    r"|objective|balanced|neutral|modest|quick|decent|okay|ok|adequate|reasonable|fine|form)"
    r" (?:letter|letters|recommendation|reference|LoR|LOR)",
    r"(?:I'll|I will|I can|I could|I'd|I would) (?:do my best|try|give it a try|give it a go)",
    r"(?:do|see) what I can(?: do)?",
    r"(?:I|I'd) (?:might|may) be able",
    r"I (?:suppose|guess)|I think I (?:can|could)",
    r"if {you} (?:really|absolutely) need|if {you} (?:still )?need (?:one|a letter|me to)",
    r"if {you} (?:{cant}|can't) find|if (?:no one|nobody|noone) else|if {you}(?:'re| are)"
    r" stuck",
    r"as a (?:backup|last resort|fallback|last option|plan b)",
    r"if (?:it|that) (?:helps|would help|will help)|if {you} think it (?:would|will) help",
    r"if {you} still want (?:one|a letter|me to)",
    r"(?:might|may|won't|will not|wouldn't|would not|not|probably not|can't|cannot) be"
    r" (?:very |that |particularly |especially |super |terribly |overly )?(?:strong|detailed"
    r"|long|specific|glowing|personal|in-depth|lengthy)",
    r"(?:only|just) (?:be able to )?(?:speak|comment|talk|attest|vouch|write) (?:to|on|about"
    r"|for)",
    r"{im} (?:a bit |a little |somewhat |slightly )?(?:hesitant|reluctant|unsure|on the fence)",
    r"(?:{dont}|{not}) (?:really )?(?:have|had) (?:much|a lot) to (?:say|write|go on)",
    r"(?:strong|stellar|glowing) (?:{w}){0,2}(?:is|would be) (?:a )?(?:stretch|hard|difficult)",
    r"nothing (?:too |very )?(?:long|fancy|detailed)",
    r"(?:would|will|might|may) be (?:rather |fairly |pretty |quite |very |a bit )?(?:generic|vague"
    r"|thin|limited|brief|short)",
    r"(?:put|throw) (?:something|a few lines|a letter|a note) together",
    r"(?:it|that|it's|that's) (?:is )?(?:possible|an option)",
    r"but not (?:a )?(?:strong|very strong|glowing)",
]

# Not yet an answer: the writer wants time or a talk, or says maybe.
DEFER: Final = [
    r"let me (?:think|check|get back|see|look|consider|mull|sleep)",
    r"(?:I'll|I will|I need to|I'd like to|I want to) (?:think|get back|check|consider|look"
    r"|let {you} know|mull)",
    r"give me (?:a|some|a few|a couple) (?:days?|time|weeks?|moments?)",
    r"ask me (?:again|later|next|closer|after|in)",
    r"not (?:sure|decided) yet|haven't decided|have not decided",
    r"(?:can|could|shall) we (?:talk|discuss|meet|chat|speak)|let's (?:talk|discuss|meet|chat"
    r"|speak|catch up)",
    r"(?:stop|drop|swing) by|come (?:see|find|and see|by)",
    r"maybe|perhaps|possibly",
    r"(?:depends|depending) on",
    r"check back|circle back|touch base|follow up with me|get back to {you}",
    r"on second thought|(?:actually,? )?wait(?=\s*[,.!-])",
    r"(?:we'll|we will|I'll) see",
]

# Enthusiasm that carries its own yes.
ENTHUSIASM: Final = [
    r"(?:happy|glad|delighted|pleased|willing|honou?red|thrilled|excited|eager|proud|able) to"
    r" (?:write|provide|give|offer|do|support {you} with|put together|draft) (?:{w}){0,3}"
    r"{strong} (?:{w}){0,1}{letter}",
    r"(?:it would be|it'd be|it will be|it's|it is|would be) (?:my |a |an |an absolute |my"
    r" absolute |a real |a great |truly my |truly a )?(?:pleasure|honou?r|privilege|delight)",
    r"(?:with|my) (?:great |real |absolute )?(?:pleasure|enthusiasm)",
    r"(?:{id}|{im}|I) (?:be |am |would be )?(?:absolutely |really |more than |very |so )?"
    r"(?:delighted|thrilled|honou?red|overjoyed)",
    r"(?:proud|excited) to (?:write|support|recommend)",
    r"(?:{id}|I) (?:would |absolutely |really )?love to",
    r"(?:strongly|highly|wholeheartedly|enthusiastically|fully|warmly) (?:recommend|support"
    r"|endorse|vouch)",
    r"recommend {you} (?:highly|strongly|enthusiastically|wholeheartedly|without reservation)",
    r"(?:my|our) (?:full|strongest|strong|highest|enthusiastic|wholehearted) (?:support"
    r"|recommendation|endorsement)",
    r"more than happy",
]
OPENING_ENTHUSIASM: Final = [
    r"(?:absolutely|definitely|totally|wholeheartedly|enthusiastically|without question|a hundred"
    r" percent|100%|without a doubt)(?=\s*(?:[,.!;:-]|$|I\b|yes\b|happy\b|glad\b|would\b"
    r"|will\b|of course\b))",
]

# What the letter will be like, when it is strong.
STRENGTH: Final = [r"{strong} (?:{w}){0,2}{letter}", r"{strong} (?:LoR|LOR|rec)"]

# Praise of the applicant: beside a yes, it is what makes the letter strong.
PRAISE: Final = [
    r"(?:one of|among) (?:the|my) (?:very )?(?:best|strongest|top|finest|brightest|most"
    r" (?:capable|impressive|talented|outstanding|dedicated|promising|memorable))",
    r"(?:you were|you are|you're|you've been|u were|you was|you did|you have been|you worked)"
    r" (?:{w}){0,2}(?:excellent|outstanding|exceptional|superb|fantastic|terrific|wonderful"
    r"|amazing|great|impressive|remarkable|brilliant|a star|a pleasure|a joy|a delight"
    r"|phenomenal|stellar|incredible|very good|so good|really good|top)",
    r"(?:excellent|outstanding|exceptional|great|fantastic|terrific|superb|impressive"
    r"|stellar|phenomenal|remarkable|incredible|amazing|very good|really good) (?:job|work"
    r"|student|clinician|performance|team member|observer|rotator|doctor|physician|intern)",
    r"top (?:\d+|one|two|three|five|ten|few)\s*(?:%|percent|students|of|in)",
    r"best (?:student|students|rotator|rotators|observer|sub-?intern|I've|I have|we've|we have"
    r"|of the year|this year|in years)",
    r"stood out|stand out|standout",
    r"{you} (?:crushed|nailed|killed|rocked|aced) it",
    r"nothing but (?:praise|good things|positive things|admiration|respect)",
    r"(?:really|very|thoroughly|truly|so|quite|genuinely|deeply|most|how) impressed"
    r"|impressed (?:me|us|by|with|everyone)",
    r"a (?:real |true |genuine )?pleasure to (?:work|have|teach|supervise)",
    r"{you} (?:really |truly )?(?:deserve|earned|have earned)(?: it| one| this| a)?",
    r"(?:above|beyond) the level|at the level of (?:an? )?(?:intern|resident|sub-?intern)"
    r"|functioned (?:as|like|at)|less supervision",
]

# A plain yes: agreeing to write, with nothing about how strong.
WILLING: Final = [
    r"{i_can} (?:(?!not\b|never\b){w}){0,2}(?:write|do it|do that|do so|do this|support {you}"
    r"|provide|put together|draft|help)",
    r"(?:happy|glad|pleased|willing|able|ready|okay|ok|fine) to (?:help|write|do|support|assist"
    r"|provide|oblige|put)",
    r"(?:{id}|{im}|I) (?:be )?(?:happy|glad|pleased|willing)",
    r"I (?:agree|accept)",
    r"(?:happy|glad) to(?=\s*(?:[,.!;)-]|$))|count me in|consider it done",
    r"(?:will|can) do(?=\s*(?:[,.!;)-]|$))",
    r"comfortable (?:writing|to write)",
    r"(?:let me know|tell me) (?:what|when|where|how)",
    r"👍",
]
OPENING_WILLING: Final = [
    r"(?:yes|yeah|yea|yep|yup|sure|surely|certainly|of course|ofc|ok|okay|alright|all right"
    r"|gladly|np|sounds good|for sure|you got it|you've got it)(?!\s*\?)",
    r"I'm in(?=\s*(?:[!.,]|$))",
]
# Materials asked for: the writer is moving, though the ask's "strong" is unanswered.
LOGISTICS: Final = [
    r"(?:send|email|forward|share) (?:me )?(?:{w}){0,2}(?:CV|materials|personal statement"
    r"|packet|info|information|details|ERAS|statement|documents|request|link|form)",
]

# What may follow "but" without qualifying the yes (a request, a date, a pivot back).
AFTER_BUT_LOGISTICS: Final = re.compile(
    r"(?:please|I (?:will |'ll |would |'d )?(?:need|want|ask)|I'd like to (?:meet|chat|talk"
    r"|see)|send|email|remind|give me|let me know|make sure|could you|can you|would you"
    r"|(?:it|this|that) (?:may|might|will|could) take|(?:I'm|I am|I'll be|I will be)"
    r" (?:away|traveling|travelling|out|on|off|busy|swamped)|(?:the )?deadline|not until"
    r"|only after|after|before|until|by|also|of course|absolutely|definitely)(?![\w'])",
    re.IGNORECASE,
)
# Words that turn what follows into a qualification.
BUT: Final = [
    r"though(?=\s*(?:[.;!]|$))",
    r"but(?! also| of course)",
    r"however|though|although|except",
    r"that said|having said that|with that said",
]

# Regret qualifies whatever follows it, logistics included ("Unfortunately, I'll be away").
REGRET: Final = [r"unfortunately|sadly|regrettably|I'm afraid|I am afraid|I regret"]

# A question back opens its sentence with one of these ("Sure, when is it due?" says yes).
QUESTION_OPENER: Final = re.compile(
    r"\s*[\"(]*(?:would|could|can|should|do|does|did|is|are|was|were|will|shall|may|might"
    r"|what|when|why|how|where|who|which|have|has|remind|just to)(?![\w'])",
    re.IGNORECASE,
)
# Words an answer may open with before its yes or no ("Oh, well, sure").
OPENING_WORDS: Final = frozenset(
    re.findall(
        r"\w+",
        "yes yeah yep oh well um uh umm hmm hi hey hello ok okay so and but actually honestly"
        " sure of course absolutely definitely then ah",
    )
)
# A word that reverses a positive phrase a few words later ("not a strong letter").
NEGATOR: Final = re.compile(
    r"not|no|never|\w*n't|nor|hardly|barely|without|cannot|cant|dont|wont|isnt|wasnt|neither"
    r"|rather|instead",
    re.IGNORECASE,
)
# Where a negation stops reaching: a clause break or a turn.
CLAUSE_BREAK: Final = re.compile(r"[,;:()\-]|\b(?:but|and|though|however|so)\b", re.IGNORECASE)
WORD: Final = re.compile(r"[\w']+")
# Someone else a sentence is about: strength said of them is no promise from the writer.
THIRD_PARTY: Final = re.compile(
    r"(?<!dear )(?<!hi )(?<!hello )(?<!hey )(?<![\w'])(?:dr\.?|doctor|prof\.?|professor|she|he"
    r"|they|someone|somebody|another)(?!\w)",
    re.IGNORECASE,
)
# A sentence ends at . ! ? ; … or a line break, but not after a title ("Dr. Patel").
SENTENCE_END: Final = re.compile(
    r"(?<!\b(?:dr|mr|ms|st))(?<!\b(?:mrs|drs))(?<!\bprof)"
    r"(?:[.!?;…]+|\n)",
    re.IGNORECASE,
)


def compiled(fragments: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for a table: its macros spelled out, a space matching any
    white space, and a match never starting or ending inside a word."""
    alternatives = "|".join(_spelled(fragment) for fragment in fragments)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", re.IGNORECASE)


def _spelled(fragment: str) -> str:
    for name, pattern in MACROS.items():
        fragment = fragment.replace("{" + name + "}", pattern)
    return fragment.replace(" ", r"\s+")
