"""Word lists published by open-source gender-bias checkers, copied verbatim (spelling,
order, duplicates and regex syntax as published) so that each can be compared with its source.
How lorkit reads them, and the few words it leaves out of a letter, is in `wordlists.py`.

Each list is used under its MIT licence, whose notice must travel with the copy; the three
notices follow. README.md beside this file records the repositories and commits.

---
Lists marked (slowe): github.com/slowe/genderbias, file standard.json, commit 8e58a03.

The MIT License (MIT)

Copyright (c) 2015 Stuart

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

---
Lists marked (gender-bias): github.com/gender-bias/gender-bias, commit 9a7d7ab, files
Femalewords.wordlist, Malewords.wordlist, genderedwords.wordlist, and the Python list
PERSONAL_LIFE_TERMS in genderbias/personal_life/__init__.py.
Lists marked (ajrichter7): github.com/ajrichter7/gender-bias, commit e1287ab, files
agentic.wordlist and communal.wordlist. Both repositories carry this notice:

MIT License

Copyright (c) 2018 Mollie Marr

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

from __future__ import annotations

# (slowe) standard.json, "female" list, its first 20 entries: the grindstone words of
# Schmader, Whitehead & Wysocki (2007), "A linguistic comparison of letters of recommendation
# for male and female chemistry and biochemistry job applicants", Sex Roles 57:509-514.
# (The rest of that list is teaching and citizenship words, not used here.) `\w*` marks a stem.
SCHMADER_GRINDSTONE: tuple[str, ...] = (
    "hardworking",
    "conscientious",
    "depend\\w*",
    "meticulous",
    "thorough",
    "diligen\\w*",
    "dedicate",
    "careful",
    "reliab\\w*",
    "effort\\w*",
    "assiduous",
    "trust\\w*",
    "responsib\\w*",
    "methodical",
    "industrious",
    "busy",
    "work\\w*",
    "persist\\w*",
    "organiz\\w*",
    "disciplined",
)

# (slowe) standard.json, "male" list, its first 18 entries: Schmader et al.'s (2007) standout
# adjectives. `\w{2,}est(\W|$)` is any superlative ending in -est. (The rest of that list is
# ability and research words, not used here.)
SCHMADER_STANDOUT: tuple[str, ...] = (
    "excellen\\w*",
    "superb",
    "outstanding",
    "unique",
    "exceptional",
    "unparalleled",
    "\\w{2,}est(\\W|$)",
    "best",
    "most",
    "wonderful",
    "terrific\\w*",
    "fabulous",
    "magnificent",
    "remarkable",
    "extraordinar\\w*",
    "amazing",
    "supreme\\w*",
    "unmatched",
)

# (gender-bias) Malewords.wordlist: stems matched as word beginnings, essentially the
# masculine-coded words of Gaucher, Friesen & Kay (2011), J Pers Soc Psychol 101:109-128.
MALE_CODED_STEMS: tuple[str, ...] = (
    "active",
    "adventurous",
    "aggress",
    "ambitio",
    "analy",
    "assert",
    "athlet",
    "autonom",
    "battle",
    "boast",
    "challeng",
    "champion",
    "compet",
    "confident",
    "courag",
    "decid",
    "decision",
    "decisive",
    "defend",
    "determin",
    "domina",
    "dominant",
    "driven",
    "fearless",
    "fight",
    "force",
    "greedy",
    "head-strong",
    "headstrong",
    "hierarch",
    "hostil",
    "impulsive",
    "independen",
    "individual",
    "intellect",
    "lead",
    "logic",
    "objective",
    "opinion",
    "outspoken",
    "persist",
    "principle",
    "reckless",
    "self-confiden",
    "self-relian",
    "self-sufficien",
    "selfconfiden",
    "selfrelian",
    "selfsufficien",
    "stubborn",
    "superior",
    "unreasonab",
    "rockstar",
    "guru",
    "fast-paced",
)

# (gender-bias) Femalewords.wordlist: the feminine-coded stems of Gaucher et al. (2011) with
# the gender-bias project's grindstone additions (careful, conscientious, dedicated, diligent,
# hardwork, meticulous, thorough).
FEMALE_CODED_STEMS: tuple[str, ...] = (
    "agree",
    "affectionate",
    "careful",
    "child",
    "cheer",
    "collab",
    "commit",
    "communal",
    "compassion",
    "conscientious",
    "connect",
    "considerate",
    "cooperat",
    "co-operat",
    "dedicated",
    "depend",
    "diligent",
    "emotiona",
    "empath",
    "feel",
    "flatterable",
    "gentle",
    "hardwork",
    "honest",
    "interpersonal",
    "interdependen",
    "interpersona",
    "inter-personal",
    "inter-dependen",
    "inter-persona",
    "kind",
    "kinship",
    "loyal",
    "meticulous",
    "modesty",
    "nag",
    "nurtur",
    "pleasant",
    "polite",
    "quiet",
    "respon",
    "sensitiv",
    "submissive",
    "support",
    "sympath",
    "tender",
    "thorough",
    "together",
    "trust",
    "understand",
    "warm",
    "whin",
    "enthusias",
    "inclusive",
    "yield",
    "shar",
)

# (ajrichter7) agentic.wordlist: exact words, after Madera, Hebl & Martin (2009), "Gender and
# letters of recommendation for academia: agentic and communal differences", J Appl Psychol
# 94:1591-1599. "confident " carries a trailing space in the source file.
MADERA_AGENTIC: tuple[str, ...] = (
    "able",
    "competitive",
    "proactive",
    "accomplished",
    "energetic",
    "eager",
    "ambitious",
    "ambition",
    "confident ",
)

# (ajrichter7) communal.wordlist: exact words, after Madera et al. (2009).
MADERA_COMMUNAL: tuple[str, ...] = (
    "likable",
    "friendly",
    "enthusiastic",
    "enthusiasm",
    "agreeable",
    "caring",
    "nice",
    "pleasant",
    "kind",
    "kindness",
    "warm",
    "warmth",
    "cheerful",
    "polite",
    "smile",
    "humble",
    "genuine",
    "collaborative",
    "upbeat",
)

# (gender-bias) genderedwords.wordlist: gendered terms, exact words.
GENDERED_WORDS: tuple[str, ...] = (
    "female",
    "females",
    "girl",
    "girls",
    "lady",
    "ladylike",
    "ladies",
)

# (gender-bias) PERSONAL_LIFE_TERMS: words about an applicant's private life, which Trix &
# Psenka (2003) found more often in letters for women.
PERSONAL_LIFE_TERMS: tuple[str, ...] = (
    "child",
    "children",
    "family",
    "girlfriend",
    "maternal",
    "mother",
    "motherly",
    "spouse",
    "wife",
)
