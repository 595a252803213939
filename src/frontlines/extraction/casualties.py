"""Casualties: how many were killed and injured, from one sentence.

Numbers are read from the dependency parse, not from a window of words, so
that "killed at least 26 displaced people" gives 26 killed and "a toll of 20
dead and 30 wounded" gives 20 killed and 30 injured. Vague counts follow
ACLED (``data/vague_counts.tsv``). A subgroup ("12 children were among the
victims", "including 12 children") never adds to the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from frontlines import data, settings
from frontlines.extraction.time import count_after_weekday, day_of_month
from frontlines.settings import MAX_ASIDE_TOKENS, MAX_NUMBER_DIGITS, MAX_NUMBER_TOKENS

DEATH_WORDS = {"kill", "killed", "dead", "death", "deaths", "die", "died", "fatality",
               # the noun: "led to the killing of one person"
               "killing", "killings", "fatalities", "body", "bodies", "slay", "slain",
               "massacre", "execute", "behead", "perish", "toll", "corpse", "murder",
               "life", "lives", "lose", "cost",
               # the wording of SANA, al-Manar and others for the dead of their side
               "martyr", "martyrs", "martyred"}
INJURY_WORDS = {"wound", "wounded", "injure", "injured", "injury", "injuries", "hurt",
                "casualty", "casualties", "maim"}
SUBGROUP_CUES = {"among", "including", "include", "includes", "of whom", "of them"}
VICTIM_NOUNS_EXCLUDED = {"percent", "%", "km", "kilometres", "kilometers", "miles", "metres",
                         "meters", "years", "year", "months", "days", "hours", "minutes",
                         "dollars", "tonnes", "times", "weeks", "percentages",
                         # groups and things, not a head count ("executed six families",
                         # "18 of the 31 lorries", "seven members of one family")
                         "family", "household", "families", "households",
                         "homes", "houses", "buildings",
                         "vehicles", "lorries", "trucks", "cars", "tanks",
                         "villages", "towns", "positions",
                         # "killed 40 fighters from three groups": organisations
                         "groups", "factions", "organisations", "organizations",
                         # the attacks themselves ("killed in four air strikes")
                         "strikes", "airstrikes", "raids", "attacks", "sorties", "shells",
                         "rockets", "missiles", "bombs", "explosions", "blasts",
                         "bombings", "incidents", "ambushes", "assaults", "shootings",
                         "shootouts", "clashes", "battles", "operations", "offensives",
                         "encounters", "firefights", "gunbattles", "skirmishes", "engagements",
                         # one deed counted ("In one attack ... 1400 were killed"): no death
                         "attack", "strike", "airstrike", "raid", "bombing", "explosion",
                         "blast", "incident", "ambush", "assault", "shooting", "clash",
                         "battle", "encounter", "operation",
                         # the places the dead were in ("shootouts in two cities killed
                         # five people", "in three provinces")
                         "cities", "provinces", "districts", "regions", "areas", "countries",
                         "neighbourhoods", "neighborhoods", "camps", "places", "sites"}


@dataclass
class Casualties:
    """Killed and injured counts of one sentence, and the words that decided them."""

    killed: int | None = None
    injured: int | None = None
    killed_text: str = ""
    injured_text: str = ""
    at_least: bool = False  # the killed figure is a floor ("at least 26")
    # the top of a range the text gives ("tolls range from 1,000 to 1,300"): the count
    # itself is the bottom, ACLED's conservative choice
    killed_high: int | None = None
    injured_high: int | None = None
    parts: list[str] = field(default_factory=list)
    # token indices of the nouns the killed and injured figures count ("fighters" in
    # "40 Daesh fighters were killed"): the side that lost them
    counted: list[int] = field(default_factory=list)


SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          # "two dozen" is 24, not 2 ("a dozen", "half a dozen": vague_counts.tsv)
          "dozen": 12}
_SHARES = [(["a", "quarter", "of", "a"], 0.25), (["half", "a"], 0.5), (["a", "half"], 0.5),
           (["a"], 1.0)]


@lru_cache(maxsize=1)
def vague_counts() -> dict[str, int]:
    """ACLED's conventions for vague counts, from the data file users can extend."""
    return {row[0].strip().lower(): int(row[1]) for row in data.load("vague_counts.tsv")}


def number_value(tok: Token) -> tuple[int | None, Span | None]:
    """The integer a number token stands for, with the whole number span."""
    doc = tok.doc
    def joins(i: int) -> bool:  # "twenty-six" is three tokens; "70-80" is a range
        return doc[i].text == "-" and 0 < i < len(doc) - 1 and doc[i - 1].like_num \
            and doc[i + 1].like_num and not (doc[i - 1].text[-1:].isdigit()
                                             and doc[i + 1].text[:1].isdigit())

    # Bounded walks (limits.MAX_NUMBER_TOKENS): a run of thousands of numbers costs
    # linear time, not quadratic.
    lo, hi = max(0, tok.i - MAX_NUMBER_TOKENS), min(len(doc), tok.i + MAX_NUMBER_TOKENS)
    start = tok.i
    while start > lo and (doc[start - 1].like_num or joins(start - 1)) \
            and doc[start - 1].ent_type_ != "DATE":
        start -= 1
    end = tok.i + 1
    while end < hi and (doc[end].like_num or joins(end)
                        or doc[end].lower_ in ("hundred", "thousand", "dozen")):
        end += 1
    span = doc[start:end]
    if sum(c.isdigit() for c in span.text) > MAX_NUMBER_DIGITS:
        return None, None
    scaled = _scaled(span)
    if scaled is not None:
        return scaled
    text = span.text.replace(",", "")
    if re.fullmatch(r"\d+", text):
        return int(text), span
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return int(float(text)), span
    value = _parse_number_words(span.text.replace("-", " "))
    if value is not None:
        return value, span
    return None, None


def _scaled(span: Span) -> tuple[int | None, Span | None] | None:
    """Numbers with a scale word: "5.4 million", "3 million", "a million", "half a
    million" (the number parser reads none of them; a bare "million" is no count)."""
    scale = SCALES.get(span[-1].lower_)
    if scale is None:
        return None
    head = span[:-1].text.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", head):
        return int(round(float(head) * scale)), span
    if head and scale == SCALES["dozen"]:
        times = _parse_number_words(head.replace("-", " "))  # "three dozen": 36
        return (times * scale, span) if times is not None else (None, None)
    if head:
        return None  # "three million": the number parser reads it
    doc = span.doc
    for words, share in _SHARES:
        n = len(words)
        if span.start >= n and [t.lower_ for t in doc[span.start - n:span.start]] == words:
            return int(share * scale), doc[span.start - n:span.end]
    return None, None


@lru_cache(maxsize=1)
def _vague_first_words() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in vague_counts())


@lru_cache(maxsize=4096)
def _parse_number_words(text: str) -> int | None:
    from number_parser import parse_number

    try:
        value = parse_number(text)
    except Exception:  # number-parser raises on odd input; it is only a reading aid
        return None
    return value if isinstance(value, int) else None


def _vague_at(tok: Token) -> tuple[int, Span] | None:
    """A vague count starting at ``tok`` ("dozens of", "several")."""
    if tok.lower_ not in _vague_first_words():
        return None
    table = vague_counts()
    doc = tok.doc
    if tok.lower_ in {"many", "much"} and tok.i > 0 and doc[tok.i - 1].lower_ == "as":
        return None  # "as many as 200": the figure follows
    for width in (4, 3, 2, 1):  # "a large number of"
        if tok.i + width > len(doc):
            continue
        span = doc[tok.i:tok.i + width]
        if span.text.lower() in table:
            if span.end < len(doc) and doc[span.end].like_num:
                return None  # "some 120 fighters": a qualifier of the figure after it
            return table[span.text.lower()], span
    return None


def _category(word: Token) -> str | None:
    low, lemma = word.lower_, word.lemma_.lower()
    if low in INJURY_WORDS or lemma in INJURY_WORDS:
        return "injured"
    if low in DEATH_WORDS or lemma in DEATH_WORDS:
        if lemma in ("life", "lose", "cost") and not _is_lost_lives(word):
            return None
        if _nearly(word):
            return None
        if lemma == "toll" and any(c.lower_ in ("injury", "injuries") for c in word.children):
            return "injured"
        return "killed"
    return None


# "shot and nearly killed": a death that did not happen
NEAR_MISS_WORDS = frozenset({"nearly", "almost", "narrowly", "barely"})


def _nearly(word: Token) -> bool:
    """A killing verb right after "nearly" or "almost" ("shot and nearly killed the
    official"): the victim survived, so no one died ("killed nearly 50" counts: there
    the word modifies the number)."""
    return word.i > 0 and word.doc[word.i - 1].lower_ in NEAR_MISS_WORDS and (
        word.doc[word.i - 1].head.i == word.i)


def _is_lost_lives(word: Token) -> bool:
    """Lives lost, claimed or cost, or fighters a fight cost or a side lost: "a firefight
    that cost the rebels several combatants", "ISIS lost 23 militants" (their dead).
    "Lose" is also said of ground, so it counts only fighters with a number."""
    if word.lemma_ == "life":
        return word.head.lemma_ in ("lose", "claim", "cost")
    return any(c.lemma_ == "life" or (c.dep_ == "dobj" and (
        (word.lemma_ == "cost" and c.lemma_.lower() in COMBATANT_NOUNS) or (
            word.lemma_ == "lose" and _counted_combatants(c)))) for c in word.children)


def _counted_combatants(noun: Token) -> bool:
    """A number of fighters: "23 militants", "two of its fighters"."""
    counted = noun.pos_ == "NUM"
    if counted:
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    return noun.lemma_.lower() in COMBATANT_NOUNS and noun.tag_ == "NNS" and (
        counted or any(c.dep_ == "nummod" for c in noun.children))


# Those a fight costs a side when it costs it lives ("cost the rebels several combatants").
COMBATANT_NOUNS = {"soldier", "fighter", "combatant", "militant", "rebel", "insurgent",
                   "troop", "man", "militiaman", "jihadist", "policeman", "officer",
                   "commander", "guard", "gunman", "conscript", "recruit"}
# Verbs whose particle or complement makes them a killing: "gunned down", "shot dead",
# "stabbed to death", "shot and killed"; "shot down" is said of aircraft, and one is
# "sentenced to death" alive.
DOWN_KILLING_VERBS = {"gun", "mow"}
NOT_TO_DEATH_VERBS = {"sentence", "condemn", "threaten", "scare", "frighten", "bore"}
# Verbs that with "dead" right after them are a killing however the parser hangs "dead"
SHOT_DEAD_VERBS = {"shoot", "gun", "stab", "hack", "beat", "club", "stone", "bludgeon"}


def _phrasal_category(verb: Token) -> str | None:
    """The casualty a verb phrase tells without a casualty verb of its own: "shot dead",
    "shot to death", "gunned down", "fatally shot" (killed); "shot and killed", "shot and
    wounded" (the category of a bare coordinated participle or verb with no arguments of
    its own)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in REPORTED_STATE_VERBS:
        return None
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "dead":
            return "killed"
        if c.dep_ == "dobj" and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "dead" \
                and verb.nbor().head == c:
            return "killed"  # "shot dead local councillor X": "dead" parsed as the object's
    if lemma in SHOT_DEAD_VERBS and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "dead":
        return "killed"  # "was shot dead Sunday": "dead" hung on the day by the parser
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "fatally":
            return "killed"  # "was fatally shot", "fatally stabbed"
        if c.dep_ == "prep" and c.lower_ == "to" and lemma not in NOT_TO_DEATH_VERBS and any(
                g.dep_ == "pobj" and g.lower_ == "death" for g in c.children):
            return "killed"
        if c.dep_ == "prt" and c.lower_ == "down" and lemma in DOWN_KILLING_VERBS:
            return "killed"
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and _category(conj) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            return _category(conj)
    return None


# "fatally wounding the judge", "mortally wounded": a wound the victim died of
FATAL_ADVERBS = {"fatally", "mortally"}


def casualty_verb(word: Token) -> str | None:
    """The casualty a verb tells ("killed", "injured"), a killing phrase included
    ("shot dead", "gunned down"), or None: for callers outside this module."""
    return _verb_category(word) if word.pos_ == "VERB" else None


def _verb_category(word: Token) -> str | None:
    """The casualty category of a word, a killing verb phrase included; a wound told
    "fatally" is a death (ACLED counts the dead of the event, whenever they died)."""
    cat = _category(word)
    if cat == "injured" and word.pos_ == "VERB" and any(
            c.dep_ == "advmod" and c.lower_ in FATAL_ADVERBS for c in word.children):
        return "killed"
    return cat or _phrasal_category(word)


def _is_subgroup(num: Token, noun: Token, word: Token | None = None) -> bool:
    """The figure counts part of a toll given beside it ("including 12 children"). The
    cues are looked for between the figure and its casualty word: in "forces killed over
    40 fighters; these numbers included several Saudis" the inclusion is the next
    clause's."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "among":
        return False  # "four children were among eight people killed": the whole
    if _after_among(num):
        return False  # "were among (at least) the 126 people killed": the whole
    # "five people were killed, of which one a child": one of the five; but "20%, some 180
    # people, were killed" is a share told again as a head count, the whole
    if noun.dep_ == "appos" and noun.head.lower_ not in ("%", "percent") and any(
            c.dep_ == "nummod" for c in noun.head.children):
        return True
    above = list(noun.ancestors)[:3]
    if word is not None and word in above:
        above = above[:above.index(word) + 1]
    path = [num, noun, *above]
    for t in path:
        if t.lower_ in SUBGROUP_CUES or t.lemma_ in ("include", "among"):
            return True
        if any(c.lower_ in ("among",) and c.dep_ == "prep" and not any(
                g.lower_ in PART_OF_PRONOUNS for g in c.children) for c in t.children):
            return True  # not "were killed, among them a child": them are the figure
    prev = num.doc[max(num.i - 2, 0):num.i]
    return any(t.lower_ == "including" for t in prev)


# "eight of them", "two of whom", "five of those": part of a figure given before
PART_OF_PRONOUNS = {"them", "whom", "those", "these"}

def _part_of_before(noun: Token) -> bool:
    """"Eight of them", "two of whom": part of a figure the sentence gave before ("20
    injured, eight of them seriously"); counted only when no figure of its kind came
    before ("stormed a bus, killing 12 of them")."""
    return noun.lower_ in PART_OF_PRONOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of"


# Words between "among" and the figure of the whole: "among at least 48 people"
_AMONG_GAP = {"the", "at", "least", "more", "than", "some", "around", "about", "nearly",
              "almost", "over", "up", "to", "an", "a"}


def _after_among(num: Token) -> bool:
    """The figure follows "among" across qualifiers only ("among at least the 48")."""
    i = num.i - 1
    while i >= 0 and (num.doc[i].like_num or num.doc[i].lower_ in _AMONG_GAP) \
            and num.i - i <= 5:
        i -= 1
    return i >= 0 and num.doc[i].lower_ == "among"


# Verbs that report a state of the counted people: "were reported killed", "are feared
# dead", "were confirmed dead".
REPORTED_STATE_VERBS = {"report", "fear", "confirm", "believe", "say", "find", "leave",
                        "declare", "presume", "pronounce"}

AGENTIVE_VERBS = {"kill", "wound", "injure", "shoot", "slay", "execute", "murder", "behead",
                  "massacre", "maim", "hurt", "gun", "stab", "mow"}


def _is_perpetrator(noun: Token, verb: Token) -> bool:
    """The counted noun is the active subject of a killing verb: the perpetrators."""
    if verb.lemma_.lower() == "lose":
        return False  # "fifteen people lost their lives": the dead, not the killers
    path = noun
    while path.i != verb.i and path.head.i != path.i and path.dep_ in ("conj", "appos"):
        path = path.head
    if path.dep_ == "pobj" and path.head.lower_ == "of" and path.head.head.pos_ == "NOUN":
        path = path.head.head  # "a group of about 30 gunmen killed 12 people": the killers
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and any(
            c.dep_ == "auxpass" for c in verb.head.children):
        return False  # "20 militants were killed and several others injured": passive too
    if path.dep_ != "nsubj" or path.head.i != verb.i:
        return False
    if verb.lemma_ in AGENTIVE_VERBS and _category(verb):
        return True
    # a killing phrase ("shot dead", "beat to death", "opened fire and were killed"): the
    # subject killed someone when the phrase is active with an object of its own
    # ("gunmen shot dead a policeman"); "three children burned to death" are the dead
    conj = [c for c in verb.children if c.dep_ == "conj" and _category(c)]
    if conj and any(c.dep_ == "auxpass" for c in conj[0].children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or verb.lemma_ in AGENTIVE_VERBS


# Words that a number labels rather than counts.
NUMBERED_THINGS = {"page", "p", "pp", "no", "number", "issue", "vol", "volume", "chapter",
                   "article", "resolution", "route", "highway", "road", "flight", "episode",
                   "section", "paragraph", "item", "room", "gate", "platform", "line", "case"}

# A finite verb after a counted noun is that noun's own deed, not its fate.
FINITE_TAGS = {"VBD", "VBZ", "VBP"}

RANGE_OPENERS = {"from", "between"}
# "the death toll rose from 20 to 26" updates the figure; it is no range
UPDATE_VERBS = {"rise", "climb", "increase", "jump", "raise", "grow", "mount", "soar", "go",
                "revise", "update"}
RANGE_JOINERS = {"to", "and", "-", "–"}


def _range_top(span: Span) -> tuple[int, Span] | None:
    """The second figure of a range that starts with ``span``: "from 1,000 to 1,300",
    "between 10 and 15", "10 to 15 people" ("5 soldiers and 3 civilians" is no range:
    the joiner must be followed by the number and, for "and", opened by "between")."""
    doc = span.doc
    j = span.end
    if j + 1 >= len(doc) or doc[j].lower_ not in RANGE_JOINERS or not doc[j + 1].like_num:
        return None
    opener = doc[span.start - 1].lower_ if span.start > 0 else ""
    if doc[j].lower_ == "and" and opener != "between":
        return None
    if doc[j].lower_ == "to" and opener not in RANGE_OPENERS and not (
            j + 2 < len(doc) and not doc[j + 2].like_num):
        return None
    value, top = number_value(doc[j + 1])
    if value is None or top is None:
        return None
    return value, top


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for one person ("a prisoner died"), from the data file users can extend."""
    return data.words("person_nouns.txt")


SINGLE_PRONOUNS = {"he", "she", "him", "her"}


@lru_cache(maxsize=1)
def _person_endings() -> tuple[str, ...]:
    return tuple(sorted(data.words("person_noun_endings.txt"), key=len, reverse=True))


def victim_person(noun: Token) -> bool:
    """A singular common noun that stands for one person as a casualty verb's victim:
    a listed person noun, a trade or role built on one or on an agent ending ("a
    shopkeeper was gunned down", "a schoolteacher was shot dead", "a stone-thrower was
    shot and killed"), or "a 16-year-old" (the age as the noun). Only the victim of a
    killing or wounding is asked, where a thing is never meant."""
    low = noun.lower_
    if low in person_nouns():
        return True
    if low == "old" and any(noun.doc[j].lower_ in ("year", "years")
                            for j in range(max(noun.i - 2, 0), noun.i)):
        return True  # "another 16-year-old was killed", "The 20 year old was killed"
    if noun.tag_ != "NN" or noun.ent_type_ in NOT_PEOPLE_ENTS or not noun.is_alpha:
        return False
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in _person_endings())


def _time_clause(verb: Token) -> bool:
    """A clause that only sets a time ("she lived with him until he died", "before she
    was killed"): a life's end told in passing, not a death the report is about."""
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


TIME_MARKS = {"until", "till", "before", "after", "since", "once", "if", "unless"}


def _single_victims(sent: Span) -> list[tuple[str, Token, Token]]:
    """One named or singular victim of a casualty verb: "a journalist has been killed",
    "killed the deputy chief", "a prisoner died" -> (category, verb, victim)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        cat = _verb_category(verb)
        if cat is None:
            continue
        for child in _victim_candidates(verb, _victim_roles(verb)):
            if child.tag_ not in ("NN", "NNP", "PRP") and child.ent_type_ != "NORP" and not (
                    victim_person(child)):
                continue
            if any(c.dep_ == "nummod" and not _numbered_label(c.doc[c.i:c.i + 1])
                   for c in child.children):
                continue  # "two soldiers" is a figure; "the No. 2 officer" is one man
            # "where he died on 25 November", "killed her": a singular personal pronoun
            # is one person as much as "a journalist" is; so is the attacker who kills
            # himself (ACLED counts every death of the event, the bomber's too)
            person = victim_person(child) or child.ent_type_ == "PERSON" or (
                child.lower_ in SINGLE_PRONOUNS and not _time_clause(verb)) or (
                child.lower_ in REFLEXIVES) or _named_one(child, verb, cat) or (
                # "Mehmet Aksoy, the film-maker and activist who was killed": one person
                child.dep_ == "appos" and child.head.ent_type_ == "PERSON") or (
                # "shot dead local councillor Ahmed Khan": a title with the name after it
                any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in child.children)) or (
                # "Jose Javier Mugica Astibia, 58, a town councilor, was killed": a name
                # its apposition calls a person, whatever entity the model tags it
                child.tag_ == "NNP" and any(c.dep_ == "appos" and c.lower_ in person_nouns()
                                            for c in child.children))
            if person:
                out.append((cat, verb, child))
    return out


def _listed_with(victim: Token) -> list[Token]:
    """The people listed after one victim: its conjuncts ("a man and a woman"), or a list
    the parser hung as an apposition ("killed her husband, son and brother": "son" an
    apposition of "husband", "brother" its conjunct). An apposition with a conjunct of
    its own and no article is one more of a list, not a description of the first ("her
    husband, a teacher" stays one person)."""
    out = [c for c in victim.conjuncts if c.i > victim.i]
    for a in victim.children:
        if a.dep_ == "appos" and a.i > victim.i and a.tag_ == "NN" and a.conjuncts and \
                not any(c.dep_ in ("det", "poss") for c in a.children):
            out += [a, *(c for c in a.conjuncts if c.i > a.i)]
    return out


def _victim_roles(verb: Token) -> tuple[str, ...]:
    """The dependency a casualty verb's victim has: the passive's subject, the subject of
    "died" or "a child burned to death" (a killing phrase with no object), else the object."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return ("nsubjpass",)
    intransitive = verb.lemma_ in ("die", "perish") or (
        _category(verb) is None and verb.lemma_ not in AGENTIVE_VERBS
        and not any(c.dep_ == "dobj" for c in verb.children))
    return ("nsubj",) if intransitive else ("dobj",)


# Determiners that make a plural no count of dead ("no civilians were killed") or another
# count ("both soldiers")
NOT_VAGUE_DETS = {"no", "both", "neither", "any"}


def _plural_victims(sent: Span) -> tuple[Token, Token] | None:
    """Dead people a killing names in the plural with no number ("gunmen shot dead the
    policemen", "soldiers were killed"): (verb, noun). ACLED codes a plural with no figure
    as it codes "several" (vague_counts.tsv), not as no death."""
    for verb in sent:
        if not _one_past_killing(verb):
            continue
        # "shot dead the policemen": the parser hangs the dead on "dead"
        dead = [g for c in verb.children if c.dep_ == "acomp" and c.lower_ == "dead"
                for g in c.children if g.dep_ == "dobj"]
        for noun in [c for c in verb.children if c.dep_ in _victim_roles(verb)] + dead:
            if noun.tag_ == "NNS" and (noun.lemma_.lower() in person_nouns() or (
                    noun.lemma_.lower() in COMBATANT_NOUNS)) and not any(
                    c.dep_ in ("nummod", "quantmod", "prep", "appos", "conj") or (
                        c.lower_ in NOT_VAGUE_DETS) for c in noun.children) and not any(
                    t.like_num for t in noun.doc[max(noun.left_edge.i - 2, 0):noun.i]):
                # ("In March three Indian journalists were killed": a figure the parser
                # gave the date is still the count)
                return verb, noun
    return None


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Plural nouns of a family's members, from the data file users can extend."""
    return data.words("kin_nouns.txt")


def _one_family(noun: Token) -> bool:
    """A plural of one family's members, named or someone's ("the Karimi brothers", "his
    sons"): a few known people, two at the least (ACLED's conservative figure); the
    vague plural's 10 is for a group of unknown size ("soldiers were killed")."""
    return noun.lower_ in kin_nouns() and any(
        (c.dep_ == "compound" and c.tag_ == "NNP") or (c.dep_ == "poss" and _a_persons(c))
        for c in noun.children)


@lru_cache(maxsize=1)
def person_possessives() -> frozenset[str]:
    """Possessive pronouns of a person ("his", "her", "their"), from the data file."""
    return data.words("person_possessives.txt")


def _a_persons(owner: Token) -> bool:
    """A possessive that names a person ("his sons", "Ahmed's brothers"), not a group:
    "its brothers" (a movement's) are its members, a group of unknown size."""
    return owner.lower_ in person_possessives() or owner.ent_type_ == "PERSON" or (
        owner.tag_ == "NNP" and owner.ent_type_ not in ("ORG", "NORP", "GPE"))


SINGULAR_AUX = {"was", "is", "has"}


def _singular_verb(verb: Token) -> bool:
    """A passive killing whose auxiliary is singular ("a railway station workers was
    killed"): the verb tells one dead where a typo in the noun tells many, and a vague
    plural (ACLED's 10) is for when nothing more exact is said."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in SINGULAR_AUX
               for c in verb.children)


def _one_past_killing(verb: Token) -> bool:
    """A killing told as one past deed in a clause of its own ("were killed", "shot dead",
    ", killing ..."): not a relative clause's description ("air strikes that killed
    non-combatants"), nor a present, modal or perfect record of deeds ("journalists are
    killed", "should be killed", "have killed civilians for years")."""
    if verb.pos_ != "VERB" or _verb_category(verb) != "killed" or _time_clause(verb) or (
            verb.dep_ in ("relcl", "acl")):
        return False
    if verb.tag_ == "VBG":
        return verb.dep_ == "advcl"  # "hit a market, killing civilians"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBD", "VBN") and not any(
        a.tag_ == "MD" or a.lemma_ == "have" or (a.dep_ == "auxpass" and a.tag_ != "VBD")
        for a in aux) and (verb.tag_ == "VBD" or any(a.dep_ == "auxpass" for a in aux))


# "killing himself and four policemen": the attacker is one of the dead
REFLEXIVES = {"himself", "herself"}
# Names of what is no person: a place, a time, a thing
NOT_PEOPLE_ENTS = {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART",
                   "LAW", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"}


def _named_one(noun: Token, verb: Token, cat: str) -> bool:
    """One person a killing names without a person noun: "a Palestinian" (one of a
    people), "Rustum was killed", "a US Marine was killed" (a name, no place, time or
    thing, alone as the subject of the sentence's own passive killing verb: not a list of
    peoples who "died in large numbers", nor a claim's "X had been killed"); only the
    dead are told this way, so the wounded keep needing a person noun."""
    if cat != "killed":
        return False
    if noun.ent_type_ == "NORP":
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return noun.tag_ == "NNP" and noun.ent_type_ not in NOT_PEOPLE_ENTS and (
        (noun.dep_ == "nsubjpass" and verb.dep_ == "ROOT") or _named_object(noun, verb)) and \
        not noun.conjuncts and \
        not any(c.dep_ == "pobj" for c in noun.children)  # "Near Idlib 21 soldiers ..."


def _named_object(noun: Token, verb: Token) -> bool:
    """A name killed in the active voice: "Gunmen shot dead Edward Smith" (the sentence's
    own verb, with its killers as subject) or "..., fatally wounding Ozbilgin" (the
    participle of the deed): one person, whatever entity the model tags the name."""
    if noun.dep_ != "dobj":
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG"


RELATIVE_PRONOUNS = {"who", "that", "whom", "which"}


def _victim_candidates(verb: Token, roles: tuple[str, ...]) -> list[Token]:
    """The nouns a casualty verb may tell the fate of: its own subject or object, or,
    for a relative clause ("a soldier who was killed by a roadside bomb") or a participle
    ("the executioner killed by a US drone"), the noun it describes."""
    own = [c for c in verb.children if c.dep_ in roles]
    # passive only: "a baby who later died of starvation" may be no violence at all
    if verb.dep_ == "relcl" and roles == ("nsubjpass",) and any(
            c.lower_ in RELATIVE_PRONOUNS for c in own):
        return [verb.head]
    # "the first British woman to die while fighting": the one the infinitive describes
    # (not one who died "of starvation", a death with no violence)
    if verb.lemma_ in ("die", "perish") and verb.dep_ in ("relcl", "acl") and not own and not any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") for c in verb.children):
        return [verb.head]
    # ("three soldiers and a civilian killed": the participle may tell of all of them)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i and (
            verb.head.dep_ != "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return [verb.head]
    return own


# Words between a number and the casualty verb of its own clause: "25 were wounded",
# "100 more were wounded", "nine others injured".
_CLAUSE_FILLERS = {"more", "others", "other", "people", "persons", "were", "was", "are",
                   "is", "been", "have", "has", "had", "got", "being", "also", "reportedly"}


def _own_clause_word(num: Token) -> Token | None:
    """The casualty word right after a number in its own clause, read linearly: the
    small model often hangs "25 were wounded" on the killing verb before it, and a
    wounded count must never be added to the dead."""
    doc = num.doc
    i, read = num.i + 1, 0
    while i < len(doc) and read < 4:
        t = doc[i]
        if t.text in _ASIDE_CLOSE:
            # "15 people [police say only 10] were killed": the aside is skipped
            close = next((j for j in range(i + 1, min(i + MAX_ASIDE_TOKENS, len(doc)))
                          if doc[j].text == _ASIDE_CLOSE[t.text]), None)
            if close is None:
                return None
            i = close + 1
            continue
        if _verb_category(t):
            # a participle ("were wounded", "others injured", "were shot dead"), never an
            # active verb: "Two suicide bombers killed 23 people" counts the killers
            return t if t.tag_ in ("VBN", "JJ") else None
        if t.lower_ not in _CLAUSE_FILLERS and t.pos_ not in ("NOUN", "PROPN", "ADJ", "ADV"):
            return None
        i, read = i + 1, read + 1
    return None


_ASIDE_CLOSE = {"[": "]", "(": ")"}


# Where a number stands for the people it counts: "along with three of his guards",
# "X and four of his escorts were killed", "Dozens of IS militants have been killed"
_COUNT_ROLES = {"pobj", "conj", "nsubjpass", "dobj", "nmod"}


def _what_is_counted(num: Token, noun: Token) -> tuple[str | None, Token | None]:
    """Which casualty category a number counts, and the word that says so."""
    doc = num.doc
    # 1. the number is followed by a casualty word: "20 dead", "30 wounded", "26 deaths"
    stop = noun.i + 1 if noun.i > num.i else num.i + 2
    for t in doc[num.i + 1:min(stop, len(doc))]:
        cat = _category(t)
        if cat:
            return cat, t
    own = _own_clause_word(num)
    if own is not None:
        return _verb_category(own), own
    # 2. the counted noun is the subject/object of a casualty verb, or in "toll of N";
    # never the agent of a passive ("was shot dead by two gunmen": the killers)
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None, None
    added = _added_to(noun) or _before_part_of_aside(noun)
    if added is not None:
        return _verb_category(added), added
    # "killed along with three of his guards": the number stands where the noun would
    # ("along with a number of his escorts": the vague figure ends with its "of")
    node = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        node = num if noun.head.head.i == num.i else (
            noun.head.head if noun.head.i == num.i else noun)
        if node.dep_ not in _COUNT_ROLES:
            node = noun  # "which one of his allies blamed": a number of another clause
    for _ in range(4):
        cat = _verb_category(node) if node.i != noun.i or node.pos_ != "NUM" else None
        if cat and node.i != num.i:
            if node.pos_ == "VERB" and _is_perpetrator(noun, node):
                return None, None  # "two suicide bombers killed 23 people": the killers
            return cat, node
        if _describes(node, noun):
            node = node.head  # "killing 40 rebels hiding inside": the killing's dead
            continue
        if node.pos_ == "VERB" and node.i != noun.i:
            said = [c for c in node.children if c.dep_ in ("xcomp", "oprd", "acomp")
                    and _category(c)]
            if said and node.lemma_.lower() in REPORTED_STATE_VERBS:
                return _category(said[0]), said[0]  # "six people were reported killed"
            return None, None  # another verb governs the number ("arresting 12")
        toll = _toll_reached(node)
        if toll is not None:
            return _category(toll), toll
        if node.head.i == node.i:
            break
        node = node.head
    # 3. "leaving 12 dead": a casualty adjective right after the noun; never a finite
    # verb with its own object ("shootouts in two cities killed five people")
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and _category(nxt) and nxt.tag_ not in FINITE_TAGS:
        return _category(nxt), nxt
    return None, None


def _toll_reached(node: Token) -> Token | None:
    """The casualty word a figure is the level of (split from ``_what_is_counted``):
    "the death toll rose from 20 to 26", "put the death toll at six", "the number of
    injured at 28"."""
    up = node.head.head if node.dep_ == "pobj" else node
    if up.lower_ == "from" and up.dep_ == "prep":
        up = up.head  # "rose from 20 to 26"
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "at") and up.lemma_ in {
            "rise", "reach", "climb", "stand", "increase", "jump", "mount", "hit"}:
        subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and _category(subj[0]):
            return subj[0]
    if node.dep_ == "pobj" and node.head.lower_ == "at":
        # "put the death toll at six", "the number of injured at 28"
        said = [c for c in up.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        said += [g for c in up.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"] if up.lower_ == "number" else []
        said = [c for c in said if _category(c)]
        if said:
            return said[0]
    return None


@lru_cache(maxsize=1)
def addition_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases that add people to a casualty verb's ("in addition to", "besides"),
    each as its words (data/addition_phrases.txt)."""
    return tuple(tuple(p.lower().split()) for p in data.lines("addition_phrases.txt"))


def _addition_prep(noun: Token) -> Token | None:
    """The first word of the addition phrase ("in" of "in addition to", "besides") whose
    last word governs the noun, read up the parse from its preposition."""
    for phrase in addition_phrases():
        tok = noun.head
        for k, word in enumerate(reversed(phrase)):
            if tok.lower_ != word:
                break
            if k == len(phrase) - 1:
                return tok
            tok = tok.head
    return None


def _added_to(noun: Token) -> Token | None:
    """The casualty verb a counted noun is added to: "three bystanders were killed ...,
    in addition to the two children", "besides two children": more of the same dead
    (ACLED counts all of them), the verb the figure joins; but a noun with a clause verb
    of its own ("in addition to two soldiers who were wounded") takes that verb."""
    prep = _addition_prep(noun) if noun.dep_ == "pobj" else None
    if prep is None:
        return None
    own = next((c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ in {
        "VERB", "AUX"}), None)
    if own is not None:
        return own  # "in addition to two soldiers who were wounded": their own verb
    verb = prep.head
    return verb if verb.pos_ == "VERB" and _verb_category(verb) else None


def _before_part_of_aside(noun: Token) -> Token | None:
    """The casualty verb after an aside on the counted ("more than 1400 Syrian civilians,
    many of them children, were killed"): the parser may make the aside's noun the
    verb's subject and hang the figure elsewhere; "them" is the figure's people."""
    doc = noun.doc
    i = noun.i
    if i + 4 >= len(doc) or doc[i + 1].text != "," or doc[i + 3].lower_ != "of" or (
            doc[i + 4].lower_ not in PART_OF_PRONOUNS):
        return None
    node = doc[i + 2]
    for _ in range(3):
        if node.pos_ == "VERB":
            return node if _verb_category(node) and node.i > i + 4 else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _describes(verb: Token, noun: Token) -> bool:
    """A participle right after the counted noun that the parser made a clause of its
    own ("killing up to 40 rebels hiding inside": "rebels" the subject of "hiding"): it
    describes the noun, and the casualty verb above it still counts it."""
    return verb.tag_ == "VBG" and verb.dep_ in ("ccomp", "advcl", "acl") and \
        verb.i == noun.i + 1 and any(c.i == noun.i and c.dep_ == "nsubj"
                                     for c in verb.children) and \
        verb.head.i < noun.i and _verb_category(verb.head) is not None


@dataclass
class _Figure:
    """One number in a sentence and what it counts."""

    value: int
    span: Span  # the number's words
    top: tuple[int, Span] | None  # the top of a range ("1,000 to 1,300")
    last: Token  # the last word of the figure
    noun: Token  # what is counted ("people" in "dozens of people")


def count_casualties(sent: Span) -> Casualties:
    """Killed and injured in one sentence (None when it gives no figure)."""
    out = Casualties()
    seen: set[int] = set()
    groups: dict[str, dict[int, int]] = {"killed": {}, "injured": {}}
    counted: list[tuple[str, Token, Token]] = []
    for tok in sent:
        if tok.i in seen:
            continue
        fig = _figure(tok, seen)
        if fig is None:
            continue
        cat, word = _what_is_counted(fig.last, fig.noun)
        if cat is None or word is None:
            continue
        most = max(fig.value, fig.top[0] if fig.top is not None else 0)
        if most > settings.MAX_INCIDENT_TOLL:
            out.parts.append(f"a war's toll, not an incident's: {fig.span.text} {fig.noun.text}")
            continue
        if _countrywide(word, fig.noun):
            out.parts.append(f"a countrywide toll, not an incident's: {fig.span.text}")
            continue
        if _killed_and_wounded(word):
            _record_joined(out, groups, cat, word, fig)
            if cat == "killed":
                continue
        if _is_subgroup(fig.last, fig.noun, word) or (
                _part_of_before(fig.noun) and groups[cat]):
            out.parts.append(f"subgroup not added: {fig.span.text} {fig.noun.text}")
            continue
        if word.i in groups[cat] and _alternative(fig, [
                n for c, w, n in counted if c == cat and w.i == word.i]):
            groups[cat][word.i] = min(groups[cat][word.i], fig.value)  # ACLED: the lower
            out.parts.append(f"another estimate of the same dead: {fig.span.text}")
            continue
        earlier = _others_of(fig.noun, groups[cat])
        _record(out, groups[cat], cat, earlier if earlier is not None else word, fig)
        counted.append((cat, word, fig.noun))
        out.counted.append(fig.noun.i)
    _add_coordinated_ones(out, groups, counted)
    _drop_earlier_reports(out, groups, counted)
    for cat, verb, victim in _single_victims(sent):
        if verb.i in groups[cat] and victim.i not in out.counted and not (
                _part_of_counted(victim, out.counted)):
            # "a commander as well as five of his entourage were killed": one more
            groups[cat][verb.i] += 1
            out.parts.append(f"one more: {victim.text}")
            out.counted.append(victim.i)  # whose side lost them: "a policeman was killed"
        elif not groups[cat]:
            out.counted.append(victim.i)
            # "a man and a woman were killed": each coordinated person is one more
            # (the conjuncts of a name's description describe the same one); "killing
            # himself and an Israeli": the bomber and one of a people
            groups[cat][verb.i] = 1 + sum(1 for c in _listed_with(victim) if (
                victim.dep_ != "appos") and (
                c.lower_ in person_nouns() or c.ent_type_ == "PERSON" or (
                    c.ent_type_ == "NORP" and _named_one(c, verb, cat))))
            setattr(out, f"{cat}_text", f"{victim.text} ({verb.text})")
    plural = None if groups["killed"] else _plural_victims(sent)
    if plural is not None:
        # "a railway station workers was killed": the verb's singular says one
        groups["killed"][plural[0].i] = 1 if _singular_verb(plural[0]) else (
            2 if _one_family(plural[1]) else vague_counts()["several"])
        out.killed_text = f"{plural[1].text}, plural with no number ({plural[0].text})"
        out.counted.append(plural[1].i)
    if groups["killed"]:
        out.killed = _total(groups["killed"], "killed", counted)
    if groups["injured"]:
        out.injured = _total(groups["injured"], "injured", counted)
    return out


# The people of one side of a fight: figures of two of these under different verbs count
# different people ("Seven soldiers were killed and two rebels died": 9)
SIDE_NOUNS = {"soldier", "troop", "policeman", "militant", "rebel", "insurgent", "fighter",
              "jihadist", "militiaman", "gunman", "attacker", "assailant", "terrorist",
              "guerrilla", "civilian", "jihadi", "member"}


def _total(by_word: dict[int, int], cat: str, counted: list[tuple[str, Token, Token]]
           ) -> int:
    """The sentence's toll of one category. Figures under different words may tell the
    same dead twice ("12 people were killed ... the dead included 4 children"), so the
    largest is taken; but when each counts people of its own side ("seven soldiers were
    killed and two rebels died"), ACLED's fatalities are all the event's dead, both sides'
    summed."""
    sides: dict[int, set[str]] = {}
    for c, word, noun in counted:
        if c == cat and word.i in by_word:
            sides.setdefault(word.i, set()).add(noun.lemma_.lower())
    kinds = list(sides.values())
    apart = len(kinds) == len(by_word) > 1 and all(k <= SIDE_NOUNS for k in kinds) and \
        len(set().union(*kinds)) == sum(len(k) for k in kinds)
    return sum(by_word.values()) if apart else max(by_word.values())


def _part_of_counted(victim: Token, counted: list[int]) -> bool:
    """One victim set beside a counted figure, as one of them: "five people were killed,
    of which one a child" (an apposition of the counted noun) is five, not six."""
    return victim.dep_ == "appos" and victim.head.i in counted


# Words that make a second figure another estimate of the first: "several, and maybe
# dozens", "dozens or hundreds"
HEDGES = {"or", "maybe", "perhaps", "possibly", "probably", "likely"}


def _alternative(fig: _Figure, before: list[Token]) -> bool:
    """The figure is another estimate of the dead a figure before counted, not more dead:
    "ten or twelve people" (one noun for both), "several, and maybe dozens, of Russian
    nationals" (10, not 22), "dozens or hundreds of people" (12): a bare figure before it,
    and only a hedge or "or" (with commas and "and") between. "5 soldiers and 3
    civilians", "two soldiers and possibly three civilians" count two groups, and add up."""
    doc, start = fig.noun.doc, fig.span[0]
    if before and fig.noun.i == fig.last.i and fig.noun.dep_ == "conj":
        before = [*before, fig.noun.head]  # "ten or twelve people": "twelve" joins "ten"
    for b in before:
        if b.i == fig.noun.i:
            return True
        between = [t.lower_ for t in doc[b.i + 1:start.i]]
        bare = b.like_num or _vague_at(b) is not None
        if bare and set(between) & HEDGES and set(between) <= HEDGES | {",", "and"}:
            return True
    return False


def _others_of(noun: Token, groups: dict[int, int]) -> Token | None:
    """The word of the figure an "N others" figure adds to ("eleven were killed in X
    and seven others were killed in Y": 18), or None when there is none before it."""
    others = noun.lower_ in ("others", "more") or any(
        c.dep_ == "amod" and c.lower_ in ("other", "more") for c in noun.children)
    earlier = [i for i in groups if i < noun.i]
    return noun.doc[max(earlier)] if others and earlier else None


# Markers of a clause that reports something earlier than the sentence's own event
# ("... killing four civilians, a day after rights groups said forces killed 80").
EARLIER_MARKERS = {"after", "following", "since"}


def _in_earlier_clause(word: Token) -> bool:
    """The casualty word sits in a clause opened by "after"/"following"/"since"."""
    node = word
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKERS and c.i < node.i
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _drop_earlier_reports(out: Casualties, groups: dict[str, dict[int, int]],
                          counted: list[tuple[str, Token, Token]]) -> None:
    """A figure in an "a day after ... killed 80" clause is another, earlier incident's
    toll: it is not this sentence's when the main clause gives a figure of its own."""
    for cat, by_word in groups.items():
        earlier = {w for c, w, _ in counted if c == cat and _in_earlier_clause(w)}
        if earlier and len(earlier) < len(by_word):
            for i in earlier:
                if i.i in by_word:
                    del by_word[i.i]
                    out.parts.append(f"an earlier incident's toll: {i.text}")


WHOLE_COUNTRY = {"country", "nation", "countryside"}


def _countrywide(word: Token, noun: Token) -> bool:
    """A toll "across the country", "throughout Syria" or "nationwide" is the day's tally
    over many places, not the toll of the one strike the sentence tells (ACLED: one event,
    one place): it hangs on the casualty word, the noun counted or the toll."""
    for head in {word, noun, word.head}:
        for c in head.children:
            if c.lower_ == "nationwide":
                return True
            if c.dep_ == "prep" and c.lower_ in ("across", "throughout") and any(
                    g.dep_ == "pobj" and (g.lemma_.lower() in WHOLE_COUNTRY or (
                        g.ent_type_ == "GPE")) for g in c.children):
                return True
    return False


def _killed_and_wounded(word: Token) -> bool:
    """A casualty word joined to one of the other kind that counts no one of its own:
    "49 fighters were killed and wounded", "killing and wounding more than 30": one figure
    for the dead and the wounded together, the split unknown."""
    doc = word.doc
    cat = _verb_category(word)  # "shot and killed" is one killing, not a wounding
    for conj in word.conjuncts:
        between = doc[min(word.i, conj.i) + 1:max(word.i, conj.i)]
        if {cat, _category(conj)} == {"killed", "injured"} and all(
                t.lower_ in ("and", "or", ",", "/") for t in between) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            return True
    return False


def _record_joined(out: Casualties, groups: dict[str, dict[int, int]], cat: str,
                   word: Token, fig: _Figure) -> None:
    """The dead of a killed-and-wounded figure: known to be some, their number unknown.
    ACLED codes unknown fatalities as "several" (vague_counts.tsv), never more than the
    figure leaves once one of them is wounded ("killed and wounded two": one dead)."""
    several = vague_counts()["several"]
    dead = several if fig.value >= several else max(fig.value - 1, 1)
    groups["killed"][word.i] = max(groups["killed"].get(word.i, 0), dead)
    # the noun counted stays in the text: "killing and wounding scores of civilians" names
    # who was hit (the victims ACLED codes), as a plain toll's text does
    noun = "" if fig.span.start <= fig.noun.i < fig.span.end else f" {fig.noun.text}"
    out.killed_text = out.killed_text or f"some of {fig.span.text}{noun} killed and wounded"
    out.parts.append(f"killed and wounded together: {fig.span.text} {fig.noun.text}, "
                     f"{dead} dead")
    if cat == "killed":
        out.counted.append(fig.noun.i)


def _figure(tok: Token, seen: set[int]) -> _Figure | None:
    """The figure that starts at tok (a number, a range, a vague count), or None when
    there is none or it is no count of people (a year, "5 km")."""
    value: int | None = None
    span: Span | None = None
    vague = _vague_at(tok)
    if vague is not None and (tok.i + len(vague[1]) < len(tok.doc)):
        value, span = vague
    elif tok.like_num and (tok.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT",
                                                   "ORDINAL", "CARDINAL_YEAR") or (
            tok.ent_type_ == "DATE" and tok.i > 0 and tok.nbor(-1).lower_ == "between") or (
            tok.ent_type_ == "DATE" and count_after_weekday(tok))):
        # "Between 10 and 15 people" is often tagged DATE, and "On Friday 86 people";
        # years are dropped below
        value, span = number_value(tok)
    if value is None or span is None:
        return None
    seen.update(t.i for t in span)
    top = _range_top(span)
    if top is not None:
        seen.update(t.i for t in top[1])
        opener = tok.doc[span.start - 1] if span.start > 0 else None
        if opener is not None and opener.lower_ == "from" and \
                opener.head.lemma_.lower() in UPDATE_VERBS:
            value, span, top = top[0], top[1], None  # "rose from 20 to 26": now 26
    last = top[1][-1] if top is not None else span[-1]
    nxt = tok.doc[last.i + 1] if last.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in VICTIM_NOUNS_EXCLUDED:
        return None
    after_of = last.i + 2 if nxt is not None and nxt.lower_ == "of" else (
        last.i + 1 if last.lower_ == "of" else None)  # "dozens of", "scores of" (vague)
    if after_of is not None and after_of < len(tok.doc):
        noun = tok.doc[after_of]  # "dozens of people", "four of the assailants"
        while noun.dep_ in ("amod", "compound", "det", "poss") and noun.head.i > noun.i:
            noun = noun.head
    else:
        noun = last.head if last.dep_ in ("nummod", "quantmod", "amod", "compound") else last
        if noun.i < last.i and nxt is not None and nxt.pos_ == "NOUN":
            noun = nxt  # "of Daraa 15 civilians": a number counts the noun after it
    if noun.lower_ in VICTIM_NOUNS_EXCLUDED:
        return None  # "18 of the 31 lorries": things, not people
    if re.fullmatch(r"(19|20)\d\d", last.text):
        return None  # a year, not a count
    if day_of_month(span[0]) or day_of_month(span[-1]):
        return None  # "On 16 Apr, rebels killed five villagers": a day, not 16 dead
    if _numbered_label(span):
        return None  # "page 12", "Resolution 2254", "the No. 2 police officer": a label
    return _Figure(value, span, top, last, noun)


def _numbered_label(span: Span) -> bool:
    """A number that labels a thing or a rank ("page 12", "Resolution 2254", "the No. 2
    police officer"): the word before it, or before its abbreviation's full stop (the
    tokenizer may split "No." into "No" and "."), names what is numbered."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].text == "." and i > 0 and doc[i - 1].is_alpha and (
            doc[i - 1].whitespace_ == ""):
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in NUMBERED_THINGS


def _record(out: Casualties, groups: dict[int, int], cat: str, word: Token, fig: _Figure
            ) -> None:
    """Add one figure of category cat ("killed", "injured") to the sentence's counts."""
    span, top = fig.span, fig.top
    qualifier = span.doc[max(span.start - 2, 0):span.start].text.lower()
    if top is not None:
        setattr(out, f"{cat}_high", max(getattr(out, f"{cat}_high") or 0, top[0]))
        out.parts.append(f"range {span.text}-{top[1].text}: low {fig.value}, high {top[0]}")
    # Coordinated groups under one word add up ("5 soldiers and 3 civilians were killed");
    # a repeat of the same figure for the same word does not.
    groups[word.i] = groups.get(word.i, 0) + fig.value
    phrase = f"{qualifier + ' ' if qualifier in ('at least', 'more than', 'up to') else ''}" \
             f"{span.text} {fig.noun.text if fig.noun.i != fig.last.i else ''}".strip()
    # whose members: "seven members of one family" counts civilians
    whole = [g for c in fig.noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"] if fig.noun.lemma_ == "member" else []
    phrase += f" of {whole[0].text}" if whole else ""
    if cat == "killed":
        out.at_least = out.at_least or qualifier in ("at least", "more than")
    text = getattr(out, f"{cat}_text")
    setattr(out, f"{cat}_text", (text + "; " if text else "") + f"{phrase} ({word.text})")


def _add_coordinated_ones(out: Casualties, groups: dict[str, dict[int, int]],
                          counted: list[tuple[str, Token, Token]]) -> None:
    """"Six aid workers and a driver were killed", "left a soldier and three militants
    dead", "killed four policemen and himself": one more of the same toll, on either side
    of the figure."""
    for cat, word, noun in counted:
        for conj in noun.conjuncts:
            if conj.i in out.counted:
                continue
            if conj.i > noun.i and conj.lower_ in REFLEXIVES or (
                    conj.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in conj.children) and (
                    conj.lower_ in person_nouns())) or (
                    # "killing the district head, Ibrahim Dawi, and 11 others": him too
                    noun.lower_ == "others" and conj.i < noun.i and conj.ent_type_ == "PERSON"):
                groups[cat][word.i] += 1
                out.parts.append(f"one more: {conj.text}")
                out.counted.append(conj.i)
