"""Agent and patient noun phrases of a trigger.

Dependency rules come first (active subject/object, passive by-phrase, "blamed
on X", light verbs such as "carried out a strike on X", "X killed Y" after an
event noun).  The small English model often mis-parses news sentences ("IS" read
as the verb *be*, a verb attached as pobj), so every rule has a linear fallback:
the nearest noun phrase left of the trigger within the clause is the agent, the
nearest right of it the patient.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines import data
from frontlines.extraction.docs import doc_ents
from frontlines.extraction.events.lexicon import Lexicon, load_lexicon
from frontlines.extraction.places.recognize import PLACE_LABELS

NOUNISH = {"NOUN", "PROPN", "PRON", "NUM"}
NP_INNER = {"DET", "ADJ", "NUM", "NOUN", "PROPN", "PART", "PUNCT", "CCONJ", "ADV", "VERB", "X"}
DROP_DEPS = {"relcl", "punct", "appos", "advcl", "cc", "prep"}
SUBJ = {"nsubj", "csubj", "expl"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday", "tonight", "morning", "evening", "night", "week", "month",
              "year", "weekend", "day", "days", "hours", "afternoon", "dawn"}
REL_PRONOUNS = {"who", "which", "that", "whom"}
LOCATIVE = {"in", "at", "near", "around", "inside", "outside"}
# common nouns that head a phrase naming a place ("in the town", "the town's
# liberation"); not places/locate.py's possessions that make "X's ..." a scene
PLACE_HEAD_NOUNS = {"town", "city", "village", "area", "district", "province", "region", "country",
               "capital", "base", "airport", "border", "stronghold", "territory", "valley",
               "state", "county", "camp", "checkpoint", "market"}
# verbs whose subject undergoes the event in their object ("a prisoner died of torture")
UNDERGO = {"die", "suffer", "face", "survive", "endure", "sustain", "receive"}
# passive verbs of saying or knowing whose subject does the infinitive's deed ("are
# believed to have surrendered", "is said to have captured", "were reported to have fled")
RAISING = {"believe", "say", "report", "think", "know", "understand", "allege", "suspect",
           "confirm", "estimate", "presume", "fear", "rumour", "rumor", "claim"}
CIRCUMSTANTIAL = {"after", "following", "amid", "amidst", "before", "despite", "since", "until",
                  "because", "during"}
PURPOSE_VERBS = {"protest", "demand", "denounce", "oppose", "condemn", "press", "urge", "call",
                 "reject", "decry", "challenge", "show"}
CLAUSE_BREAK = {",", ";", ":", "(", ")", '"', "“", "”", "--", "—", "–"}


def _names_place(tok: Token) -> bool:
    """A word that names a place: a place entity ("Afrin") or a common noun heading a
    place's phrase ("the town"). The one test of a locative phrase, a possessor that is
    the patient ("the town's liberation") and a "by" that tells where, not who."""
    return tok.ent_type_ in PLACE_LABELS or tok.lemma_.lower() in PLACE_HEAD_NOUNS


def _keys(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


_QUOTES = frozenset({'"', "”", "“", "’", "'", "»"})


def _quote_inside(punct: Token, head: Token) -> bool:
    """A closing quote after a quoted head noun that the phrase goes on past: the
    self-proclaimed "caliph" of the Islamic State is the Islamic State's (ACLED codes a
    group's leader as the group); cutting at the quote lost the "of" phrase."""
    return punct.text in _QUOTES and any(
        t.i > punct.i and not t.is_punct for t in head.subtree)


def np_span(head: Token, keep_preps: bool = True, exclude: Token | None = None) -> Span:
    """The noun phrase headed by `head`: its subtree without relative clauses,
    appositions and trailing punctuation; coordinated parts are kept.  A verb
    attached as `acl` that has its own object is a mis-attached main verb
    ("group killed 26 people") and is cut off."""
    doc = head.doc
    if head.dep_ == "conj" and head.head.pos_ in NOUNISH:
        head = head.head
    if head.lower_ in REL_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head
    drop: set[int] = set()
    for child in head.children:
        misattached = child.dep_ == "acl" and child.tag_ in {"VBD", "VBN", "VBZ"} and any(
            g.dep_ == "dobj" for g in child.children)
        locative = child.dep_ == "prep" and child.lower_ in LOCATIVE and any(
            g.dep_ == "pobj" and _names_place(g) for g in child.children)
        if child.dep_ in {"relcl", "appos", "advcl"} or misattached or locative or (
            child.dep_ == "prep" and not keep_preps
        ) or (exclude is not None and child.i == exclude.i):
            drop.update(t.i for t in child.subtree)
        elif child.dep_ == "punct" and child.i > head.i and not _quote_inside(child, head):
            drop.add(child.i)
    kept = [t.i for t in head.subtree if t.i not in drop]
    start, end = min(kept), max(kept) + 1
    # a contiguous span: stop at the first dropped token after the head
    for i in range(head.i + 1, end):
        if i in drop:
            end = i
            break
    for i in range(head.i - 1, start - 1, -1):
        if i in drop:
            start = i + 1
            break
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end - 1 > head.i and doc[end - 1].dep_ == "case":  # "the town's"
        end -= 1
    if head.dep_ == "poss" and end == head.i + 2 and doc[head.i + 1].dep_ == "case":
        end = head.i + 1
    return doc[start:end]


def linear_np(sent: Span, start: int, step: int) -> Span | None:
    """Nearest noun phrase from token index `start` going left (-1) or right (+1),
    staying in the clause (stops at commas, quotes, verbs of another clause)."""
    doc = sent.doc
    i = start
    lo, hi = sent.start, sent.end
    skipped = 0
    while lo <= i < hi:
        t = doc[i]
        if t.text in CLAUSE_BREAK and step < 0:
            return None
        if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in TIME_WORDS and t.ent_type_ not in {
            "DATE", "TIME"
        } or (t.text.isupper() and len(t.text) > 1 and t.is_alpha):
            break
        if t.pos_ == "VERB" and step > 0 and skipped > 2:
            return None
        skipped += 1
        i += step
        if skipped > 12:
            return None
    else:
        return None
    # grow the phrase around the head token i
    a = b = i
    while a - 1 >= lo and doc[a - 1].pos_ in {"DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"} | {
        "PUNCT"} and doc[a - 1].text not in CLAUSE_BREAK and doc[a - 1].lower_ not in TIME_WORDS:
        if doc[a - 1].pos_ == "PUNCT" and doc[a - 1].text not in {"-", "'s"}:
            break
        a -= 1
    while b + 1 < hi and (doc[b + 1].pos_ in {"NOUN", "PROPN", "PART"} or (
            doc[b + 1].text.isupper() and doc[b + 1].is_alpha)
            or (doc[b + 1].text == "-" and b + 2 < hi)):
        b += 1
    if step < 0 and doc[i].dep_ != "ROOT":
        # prefer the syntactic phrase when it does not swallow the trigger
        syn = np_span(doc[i])
        if not syn.start <= start + 1 < syn.end:
            return syn
    return doc[a:b + 1]


def _prep_obj(tok: Token, preps: set[str], linear: bool = False) -> Token | Span | None:
    """Object of a preposition child ("attack on X"), skipping dates ("on Friday");
    with `linear`, the phrase after the preposition when the parse lost its object."""
    for child in tok.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps:  # "claimed by": agent
            for g in child.children:
                if g.dep_ == "pobj" and not _is_time(g):
                    return g
            if linear and not any(g.dep_ == "pobj" for g in child.children):
                return linear_np(tok.sent, child.i + 1, +1)
    return None


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in TIME_WORDS


def _child(tok: Token, deps: set[str]) -> Token | None:
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


_TOLL_VERBS = {"kill", "wound", "injure"}
# a capture told as a participle of an advance takes the mover as its subject, through
# the participles it is coordinated with ("troops pushed into the enclave, clashing with
# insurgents and capturing a village")
_CAPTURE_VERBS = {"capture", "seize", "recapture", "retake"}


_ADJUNCT_PREPS = {"after", "before", "while", "by", "since", "upon", "without"}


def _adjunct_subject(verb: Token) -> Token | None:
    """The subject of the clause an adjunct gerund hangs on: "the army secured the
    district after conducting an offensive" (the gerund has no subject of its own)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in _ADJUNCT_PREPS:
        return None
    clause = verb.head.head
    return _subject_of(clause) if clause.pos_ in {"VERB", "AUX"} else None


def _run_on(verb: Token) -> bool:
    """A past verb the parser left unattached ("dep") after the verb of its subject:
    "Armed attackers forced villagers to huddle together, then set fire to their homes",
    "American troops acting on tips in Baghdad on Saturday captured a suspect" (the
    participle taken for the sentence's verb). It tells a deed of the same doer, as a
    conjunct would."""
    return verb.dep_ == "dep" and verb.tag_ == "VBD" and verb.head.pos_ in {"VERB", "AUX"} \
        and verb.head.i < verb.i


def _subject_of(verb: Token) -> Token | None:
    """Subject of a verb, inherited through conj/xcomp/acl when it has none."""
    seen = 0
    capture = verb.lemma_.lower() in _CAPTURE_VERBS
    raised = False
    while verb is not None and seen < 4:
        subj = _child(verb, SUBJ) or (_child(verb, {"nsubjpass"}) if raised else None)
        if subj is not None:
            if subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return subj
        # "hundreds of Isis members are believed to have surrendered": the subject of a
        # passive verb of saying or knowing is the doer of its infinitive
        raised = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RAISING
        if (verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}) or (
                _run_on(verb)):
            verb = verb.head
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {
                "VERB", "AUX"} and (verb.lemma_.lower() in _TOLL_VERBS or capture):
            # "the army advanced in X, killing scores": the army kills (only the toll
            # verbs: the small model hangs other participles on the wrong clause)
            verb = verb.head
        elif verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in NOUNISH and not any(
                c.tag_ == "TO" for c in verb.children):
            return verb.head
        else:
            return None
        seen += 1
    return None


Role = Token | Span | None


def find_roles(trigger: Token, sent: Span, entry_words: int = 1, territorial: bool = False
               ) -> tuple[Span | None, Span | None, str]:
    """(agent, patient, rule name) of a trigger in its sentence: from the parse of a
    verb or of an event noun, then from the nearest noun phrases when the parse gave
    none (the small model's parse often fails around dates)."""
    lex = load_lexicon()
    is_verb = trigger.pos_ in {"VERB", "AUX"} or trigger.tag_.startswith("VB")
    if is_verb and trigger.dep_ not in {"amod", "compound"}:
        agent, patient, pattern = _verbal_roles(trigger)
        if isinstance(patient, Token) and trigger.i < patient.i < trigger.i + entry_words:
            # "opened fire on protesters": the cue's own object is no target, its "on" is
            patient = _prep_obj(trigger, {"on", "against", "at"}) or _prep_obj(
                patient, {"on", "against", "at"})
    elif is_verb:
        agent, patient, pattern = None, None, ""
    else:
        agent, patient, pattern = _nominal_roles(trigger, entry_words, territorial)
        agent, patient, pattern = _clause_roles(trigger, sent, agent, patient, pattern, lex)
    if is_verb:
        agent, patient, pattern = _verb_fallbacks(trigger, sent, agent, patient, pattern, lex)
    ag, pa = _as_span(agent, trigger), _as_span(patient, trigger)
    if pa is not None and pa.start <= trigger.i < pa.end and pa.root.i == trigger.i:
        pa = None  # "staged rallies": the trigger is not its own patient
    return ag, pa, pattern


def passive_conjunct(trigger: Token) -> Token | None:
    """The subject a passive participle shares with the passive verb it is conjoined to:
    in "fighters were identified and arrested" the fighters are the ones arrested (the
    patient), not the arresters."""
    verb = trigger
    for _ in range(4):
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or _child(
                verb, {"nsubj", "nsubjpass", "aux", "auxpass"}) is not None:
            return None
        verb = verb.head
        if _child(verb, {"auxpass"}) is not None:
            return _child(verb, {"nsubjpass"}) or _subject_of(verb)
    return None


TIME_HEADS = {"start", "end", "beginning", "middle", "year", "month", "week", "time"}


# "abducted with their driver", "seized along with their guide": the people who shared
# the victims' fate, never those who did it
COMPANION_PREPS = {"with", "alongside"}


def _by_after_time(trigger: Token) -> Token | None:
    """A passive's "by" phrase the parser hung on the time phrase before it ("who was
    captured at the start of this year by the Syrian Democratic Forces"), or on the
    companions of the victims ("were abducted with their driver by separatist rebels":
    the driver did not abduct; the rebels are the verb's agent)."""
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        for t in prep.subtree:
            if t.lower_ != "by" or t.dep_ != "prep":
                continue
            if t.head.lower_ in TIME_HEADS or t.head.ent_type_ in {"DATE", "TIME"} or (
                    t.head.dep_ == "pobj" and t.head.head.lower_ in COMPANION_PREPS):
                return _child(t, {"pobj"})
    return None


_SETTING_PREPS = {"in", "under", "during"}


def _by_of_setting(trigger: Token) -> Token | None:
    """The "by" phrase of the deed a passive verb's victims died in ("Hundreds of civilians
    have been killed in the fighting and under siege by the Turkish army"): the siege's
    doer is the killing's agent. Only a common noun's "by" that names no place ("killed
    in a house by the river" is where, not who)."""
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ in _SETTING_PREPS]
    for prep in preps:
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            by = _prep_obj(noun, {"by"})
            if by is not None and not _names_place(by):
                return by
    return None


def _passive_subject_astray(trigger: Token) -> Role:
    """The subject of a passive verb the parse hung elsewhere: on the verb as an active
    subject, or on its "was" ("A factional leader ... was on Monday killed by some armed
    men": "leader" under "was"). Whoever "was killed" is the one killed, not the killer
    the "by" phrase names."""
    subj = _child(trigger, {"nsubj"})
    if subj is not None:
        return subj
    aux = _child(trigger, {"auxpass"})
    return _child(aux, {"nsubj", "nsubjpass"}) if aux is not None else None


def _verbal_roles(trigger: Token) -> tuple[Role, Role, str]:
    """Subject and object of a verb trigger, passive and "fell to" included."""
    agent: Role = None
    patient: Role = None
    pattern = ""
    shared = passive_conjunct(trigger) or _raised_participle(trigger)
    gapped = _child(trigger, {"nsubj"}) if _gapped_passive(trigger) else None
    if _child(trigger, {"nsubjpass", "auxpass"}) is not None or shared is not None or (
            gapped is not None):
        patient = _child(trigger, {"nsubjpass"}) or shared or gapped or \
            _passive_subject_astray(trigger)
        by = _prep_obj(trigger, {"by"})
        if by is None:
            ag = _child(trigger, {"agent"})
            by = _child(ag, {"pobj"}) if ag is not None else None
        by = by if by is not None else _by_after_time(trigger)
        by = by if by is not None else _by_of_setting(trigger)
        if by is not None:
            agent, pattern = by, "passive-by"
        return agent, patient, pattern
    agent = _subject_of(trigger)
    if agent is not None:
        pattern = "active"
    elif trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "pobj"):
        # "killed in shelling by forces loyal to Assad": a gerund's "by" is its agent
        agent = _prep_obj(trigger, {"by"})
        pattern = "passive-by" if agent is not None else ""
    if _reduced_passive(trigger):  # "town held by IS", "an Israeli soldier shot in the stomach"
        patient = trigger.head
        agent = _prep_obj(trigger, {"by"})
        pattern = "passive-by" if agent is not None else ""
    elif _time_object_participle(trigger):  # "questioned a leader captured a day earlier"
        patient = agent
        agent = _prep_obj(trigger, {"by"})
        pattern = "passive-by" if agent is not None else ""
    else:
        patient = _child(trigger, {"dobj", "obj"})
    if _keys(trigger) & {"fall", "fell", "fallen", "falls"}:
        patient, agent = agent, _prep_obj(trigger, {"to"}, linear=True)
        pattern = "fell-to" if agent is not None else ""
    if patient is None and trigger.lemma_.lower() in load_lexicon().cue_words("yield_verbs"):
        patient = _prep_obj(trigger, {"to"}, linear=True)  # "surrendered to the SDF"
    if patient is None:
        patient = _prep_obj(trigger, {"on", "against", "with", "at"})
    return agent, patient, pattern


def _raised_participle(trigger: Token) -> Token | None:
    """ "Eleven persons have been reported killed by gunmen": a bare past participle under
    a passive verb of saying or knowing is itself passive, and the subject of that verb
    is the one it was done to (its "by" phrase the doer); not "are believed to have
    surrendered", whose infinitive keeps its subject as doer."""
    head = trigger.head
    if trigger.dep_ not in {"xcomp", "oprd"} or trigger.tag_ != "VBN" or head.i == trigger.i or (
            head.lemma_.lower() not in RAISING) or any(
            c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return None
    return _child(head, {"nsubjpass"})


def _time_object_participle(trigger: Token) -> bool:
    """A participle after its noun that the small model reads as a clause of its own with
    a time as object: in "authorities questioned a suspected al-Qaida leader captured a
    day earlier" the parse makes the leader the subject of "captured" and "a day earlier"
    its object. A verb of a subordinate clause with no auxiliary whose only object is a
    time took nothing: it is a passive participle, and its "subject" is the one it was
    done to (only below the main verb: a main clause keeps its reading)."""
    if trigger.dep_ not in {"ccomp", "conj", "advcl"} or trigger.tag_ not in {"VBD", "VBN"}:
        return False
    objs = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    return len(objs) == 1 and _is_time(objs[0]) and _child(trigger, {"nsubj"}) is not None and (
        _child(trigger, {"aux", "auxpass", "nsubjpass"}) is None)


def _reduced_passive(trigger: Token) -> bool:
    """A participle hung on the noun it tells of: "a town held by IS". The small model
    tags some such participles as past tenses ("an Israeli soldier shot in the stomach
    was evacuated"); with a preposition after it and no object of its own the verb is
    still passive, and its noun is the one hit, not the one who shot (a past tense with
    an object is a main verb misattached: "group killed 26 people", "American forces
    targeted IS strongholds")."""
    if trigger.dep_ != "acl":
        return False
    after = trigger.nbor() if trigger.i + 1 < len(trigger.doc) else None
    return trigger.tag_ == "VBN" or (
        trigger.tag_ == "VBD" and after is not None and after.tag_ == "IN" and _child(
            trigger, {"dobj", "obj", "nsubj", "nsubjpass", "aux", "auxpass"}) is None)


def _nominal_roles(trigger: Token, entry_words: int, territorial: bool
                   ) -> tuple[Role, Role, str]:
    """Roles an event noun's own dependents give: "the town's liberation", "attack by
    IS", "the bombing blamed on X", "an IS attack", "the recapture of Rawa"."""
    agent: Role = None
    patient: Role = None
    pattern = ""
    poss = _child(trigger, {"poss"}) or _means_possessor(trigger)
    done_to = _done_to(trigger)
    if done_to is not None:  # "the killing of US diplomat Laurence Foley": the victim
        patient, pattern = done_to, "of"
    if poss is not None and _names_place(poss) and (territorial or not _a_state(poss)):
        patient = poss  # "the town's liberation"
    elif poss is not None and done_to is None and _victim_noun(trigger):
        patient = poss  # "the official's killing", "bin Laden's death": who died
    elif poss is not None:  # "IS's attack", "Turkey's attack on Afrin"
        agent, pattern = poss, "possessive"
    by = _prep_obj(trigger, {"by"})
    if by is None and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and (
            trigger.head.head.pos_ == "NOUN"):
        by = _prep_obj(trigger.head.head, {"by"})  # "a series of strikes ... by X"
    if by is not None:
        agent, pattern = by, "by"
    if agent is None:
        pair = _between(trigger)
        if pair is not None:  # "clashes between regime forces and ISIL"
            agent, patient = pair
            pattern = "between"
    for child in trigger.children:
        if child.dep_ == "acl" and _keys(child) & {"blame", "blamed"}:
            x = _prep_obj(child, {"on"})
            if x is not None:
                agent, pattern = x, "blamed-on"
        elif child.dep_ == "acl" and _keys(child) & {"claim", "claimed"}:
            x = _prep_obj(child, {"by"})
            if x is not None:
                agent, pattern = x, "claimed-by"
        elif child.dep_ == "acl" and _keys(child) & {"target", "targeting", "hit"}:
            patient = _child(child, {"dobj"})
        elif child.dep_ == "acl" and child.tag_ == "VBN" and agent is None:
            # "rocket shells fired by terrorists", "an airstrike carried out by the
            # coalition": the participle's by-phrase is the event's agent
            x = _prep_obj(child, {"by"})
            if x is not None:
                agent, pattern = x, "by"
    if agent is None:
        for child in trigger.lefts:
            named = child.ent_type_ in {"ORG", "NORP", "GPE"} or (
                child.text.isupper() and child.is_alpha and len(child) > 1)
            outside = child.i < trigger.i - (entry_words - 1) or entry_words == 1
            if child.dep_ in {"compound", "amod", "nmod"} and named and outside:
                agent, pattern = _whole_entity(child, trigger.i - (entry_words - 1)), "modifier"
                break
    if patient is None:
        patient = _prep_obj(trigger, {"on", "against"}, linear=True)
    if patient is None and territorial:
        patient = _prep_obj(trigger, {"of"})
    return agent, patient, pattern


def _victim_noun(trigger: Token) -> bool:
    """A noun of a deed done to a person ("killing", "assassination", "abduction",
    "arrest"): its "of" phrase, or its possessor when it has none, is the victim."""
    return trigger.pos_ == "NOUN" and trigger.lower_ in data.words(
        "type_rules.yaml", "victim_nouns")


def _done_to(trigger: Token) -> Token | None:
    """ "the assassination of Kadirgamar", "the arrest of Montesinos in Venezuela": the
    person a killing or a taking noun befell, named by its "of" phrase (ACLED's actor2);
    "the army's killing of civilians" keeps the army, its possessor, as the agent."""
    return _prep_obj(trigger, {"of"}) if _victim_noun(trigger) else None


def _means_possessor(trigger: Token) -> Token | None:
    """The possessor of the noun an event noun is the means of: "Syria's use of chemical
    weapons", "the regime's campaign of air strikes" (nouns in triggers.yaml
    `means_nouns`): whose use or campaign it is carries the event out."""
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return None
    if head.head.lemma_.lower() not in load_lexicon().cue_words("means_nouns"):
        return None
    return _child(head.head, {"poss"})


def _a_state(tok: Token) -> bool:
    """A possessor that names a country ("Turkey's attack"): a state acts, where a town's
    name ("the town's liberation") is what the event befalls."""
    from frontlines.extraction.actors import state_of
    return tok.ent_type_ == "GPE" and state_of(tok.doc[tok.i:tok.i + 1]) is not None


def _whole_entity(tok: Token, stop: int) -> Token | Span:
    """The whole name a modifier word belongs to, up to the trigger: in "US-led
    coalition air strikes" the first modifier is "led", but the agent is the name
    "US-led coalition", not the word (nor the entity's words inside the trigger)."""
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end and ent.start < stop:
            return tok.doc[ent.start:min(ent.end, stop)]
    return tok


def _between(trigger: Token) -> tuple[Span, Span] | None:
    """The two sides of "clashes between A and B": A (its words up to its head) and B."""
    doc = trigger.doc
    # "the clashes that broke out between A and B": the sides hang on the clause's verb
    clause = [g for c in trigger.children if c.dep_ in {"relcl", "acl"} for g in c.children]
    clause += _fought_in(trigger)
    if trigger.dep_ == "nsubj":  # "fighting erupted between A and B": on the battle's verb
        clause += [c for c in trigger.head.children if c.lower_ == "between"]
    for child in [*trigger.children, *clause]:
        if child.dep_ != "prep" or child.lower_ != "between":
            continue
        for side in child.children:
            conj = next((c for c in side.children if c.dep_ == "conj"), None)
            if side.dep_ == "pobj" and conj is not None:
                return (doc[side.left_edge.i:side.i + 1],
                        doc[conj.left_edge.i:conj.right_edge.i + 1])
            conj = _inner_conjunct(side) if side.dep_ == "pobj" else None
            if conj is not None:  # "between members of the militia of X and gunmen"
                return (doc[side.left_edge.i:conj.left_edge.i - 1],
                        doc[conj.left_edge.i:conj.right_edge.i + 1])
    return None


def _inner_conjunct(side: Token) -> Token | None:
    """The second side of "between" the parser hung on the last noun of the first side's
    "of" chain ("between members of the pro-regime militia of the National Defense and
    gunmen": "gunmen" is a conjunct of "Defense"): "between" names two sides, so a first
    side with no conjunct of its own shares the one its "of" phrases end with."""
    tok = side
    while True:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if obj is None:
            return None
        conj = next((c for c in obj.children if c.dep_ == "conj"), None)
        if conj is not None:
            return conj if any(c.dep_ == "cc" for c in obj.children) else None
        tok = obj


def _fought_in(trigger: Token) -> list[Token]:
    """The words of the fighting its verb says a battle subject's toll came in ("street
    battles ... killed at least 66 people ... in fighting ... between A and B"): one
    battle, so its sides (type_rules.yaml battle_preps, battle_nouns)."""
    if trigger.dep_ != "nsubj" or trigger.head.pos_ != "VERB":
        return []
    preps, nouns = data.words("type_rules.yaml", "battle_preps"), data.words(
        "type_rules.yaml", "battle_nouns")
    return [x for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ in {"pobj", "pcomp"} and g.lemma_.lower() in nouns
            for x in g.children]


def _clause_roles(trigger: Token, sent: Span, agent: Role, patient: Role, pattern: str,
                  lex: Lexicon) -> tuple[Role, Role, str]:
    """Roles of an event noun from the clause around it: a light verb ("carried out an
    attack"), an event verb ("students staged rallies"), a verb of undergoing ("a
    prisoner died of torture"), a purpose or an effect verb ("the bombing killed 26")."""
    light, effect = lex.cue_words("light_verbs"), lex.cue_words("effect_verbs")
    # "fired a rocket shell": the trigger "rocket" modifies the object of the light verb
    node = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" and (
        trigger.head.i > trigger.i) else trigger
    head = node.head
    if node.dep_ in {"dobj", "obj"} and head.lemma_.lower() in light:
        if agent is None:  # "after conducting an offensive": the clause's subject
            agent = _subject_of(head) or _adjunct_subject(head)
            pattern = "light-verb" if agent is not None else pattern
        if patient is None:
            patient = _prep_obj(head, {"on", "against"}, linear=True)
    gov = _governor(trigger)
    if gov is not None and gov.lemma_.lower() not in light:
        gl = gov.lemma_.lower()
        passive = _child(gov, {"nsubjpass", "auxpass"}) is not None
        if agent is None and gl in lex.cue_words("event_verbs") and not passive and (
                not _gapped_passive(gov)):
            subj = _subject_of(gov)
            if subj is not None and subj.i != trigger.i:
                agent, pattern = subj, "clause-subject"  # "students staged rallies"
        if patient is None and (gl in UNDERGO or passive):
            patient = _child(gov, {"nsubj", "nsubjpass"})  # "a prisoner died of torture"
    if agent is None and (subj := _progressive_subject(trigger, lex)) is not None:
        agent, pattern = subj, "clause-subject"
    if patient is None and gov is not None:
        patient = _purpose_object(gov) or _prep_obj(gov, {"against"})
    if patient is None:
        patient = _purpose_object(trigger)
    if patient is None and trigger.dep_ in {"nsubj", "nsubjpass"} and \
            head.lemma_.lower() in effect | lex.cue_words("subject_attack_verbs"):
        patient = _child(head, {"dobj"})
    if patient is None and trigger.dep_ == "pobj" and head.dep_ == "agent" and (
            head.head.lemma_.lower() in effect):
        # "a convoy carrying Turkish troops was hit by an air strike": what the "by"
        # trigger hit, killed or destroyed is the passive's subject
        patient = _child(head.head, {"nsubjpass"})
    if patient is None and trigger.dep_ == "nsubj" and (
            head.lemma_.lower() in lex.cue_words("throw_verbs")):
        patient = _thrown_at(head)
    if patient is None:
        # "a car bombing blamed on group killed 26 people": the effect verb is mis-attached
        for t in sent:
            if t.i > trigger.i and t.lemma_.lower() in effect and t.tag_.startswith("VB"):
                patient = _child(t, {"dobj"})
                break
    return agent, patient, pattern


def _gapped_passive(verb: Token) -> bool:
    """A participle conjoined to a passive verb whose auxiliary it shares ("five civilians
    were killed and dozens more wounded in the regime bombardment"): passive too, so its
    subject ("dozens") is who was hurt, never the doer of the event noun it governs."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and _child(
        verb, {"aux", "auxpass"}) is None and _child(verb.head, {"auxpass"}) is not None


def _progressive_subject(trigger: Token, lex: Lexicon) -> Token | None:
    """The subject of an event verb in the progressive that the parser read as an
    adjective of its object, with "is" as a copula ("the Assad regime is escalating
    attacks on Alwaer": "escalating" an amod of "attacks"): the one who does it, as in
    "the regime escalated attacks"."""
    if trigger.dep_ != "attr" or trigger.head.lemma_.lower() != "be":
        return None
    verbs = lex.cue_words("event_verbs")
    if not any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in verbs
               for c in trigger.children):
        return None
    return _child(trigger.head, {"nsubj"})


def _thrown_at(verb: Token) -> Token | None:
    """Whom a crowd's throwing hit: its "at" object ("hurled rocks at riot police"), else,
    for a "when" clause, the hurt the clause it hangs on names ("riot policemen were
    injured when demonstrators threw petrol bombs")."""
    at = _prep_obj(verb, {"at", "against"})
    if at is not None or verb.dep_ != "advcl" or not any(
            c.lower_ in ("when", "as") for c in verb.children):
        return at if isinstance(at, Token) else None
    return _child(verb.head, {"nsubjpass"})


def _verb_fallbacks(trigger: Token, sent: Span, agent: Role, patient: Role, pattern: str,
                    lex: Lexicon) -> tuple[Role, Role, str]:
    """A verb's roles the parse missed: a purpose object, else the nearest noun
    phrases before and after the verb."""
    if isinstance(patient, Token) and patient.lemma_.lower() in lex.cue_words("protest") and (
            patient.dep_ != "pobj"):  # ("opened fire on a crowd": the crowd is the target)
        # "staged mass demonstrations to demand reforms by X": the target is in the purpose
        patient = _purpose_object(trigger) or _purpose_object(patient)
    if patient is None:
        patient = _purpose_object(trigger)  # "rallied to protest the decision"
    timed = _timed_host(trigger) if agent is None else None
    if timed is not None:
        # the deed of the clause the time clause hangs on: its own subject, else no one
        # named (the bomb's doer), never the time clause's subject or the noun before
        main = timed.head
        agent = _child(main, {"nsubj"}) if main.pos_ in {"VERB", "AUX"} else None
        pattern = "adjunct" if agent is not None else pattern
    passer = timed is not None
    if agent is None and not passer and (doer := _adjunct_doer(trigger)) is not None:
        # "launched an assault, killing several combatants from X before seizing the
        # village": the gerund's doer is its clause's, never the noun before "before"
        agent, pattern, passer = doer, "adjunct", True
    if agent is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not passer:
        # "the strikes killed militants while destroying two tanks": a gerund with no
        # subject of its own is done by its clause's active subject, never the noun
        # before it (only where the parse gives that clause a subject of its own)
        agent = _child(trigger.head, {"nsubj"})
        pattern = "adjunct" if agent is not None else pattern
    if agent is None and not passer:
        left = linear_np(sent, trigger.i - 1, -1)
        pat = _as_span(patient, trigger)
        trier = _trying_subject(left) if left is not None else None
        if trier is not None:
            agent, pattern = trier, "purpose-subject"
        elif left is not None and not (pat is not None and left.start < pat.end
                                       and pat.start < left.end) and not _conjunct_object(
                trigger, left):
            agent, pattern = left, "linear"  # never the patient again ("12 people were killed")
    if patient is None and trigger.dep_ not in {"amod", "compound"}:
        right = linear_np(sent, trigger.i + 1, +1)
        ag = _as_span(agent, trigger)
        if right is not None and not (ag is not None and right.start < ag.end
                                      and ag.start < right.end):
            patient = right  # never the agent again ("killed in shelling by regime forces")
    return agent, patient, pattern


# the words that open a clause of time ("as", "when", "while"), from the data file: the one
# list of timed_clause, sides' passing clauses and events' "killed while trying"
TIME_MARKS = data.words("actors.yaml", "passing_marks")


def timed_clause(verb: Token) -> bool:
    """A time clause of its own subject ("as residents were preparing for prayers", "when
    an army patrol passed by"): it tells when the main clause's deed happened."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in TIME_MARKS:
        return True
    return verb.dep_ == "advcl" and any(
        c.lower_ in TIME_MARKS and c.dep_ in {"mark", "advmod"} for c in verb.children)


def timed_gerunds(verb: Token) -> list[Token]:
    """Gerunds the parse hangs on a time clause of `verb` ("stormed the village as
    residents were preparing for prayers, killing 39 people"): they tell what `verb`'s
    doer did, not what the time clause's subject did."""
    out = []
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "prep"}):
        clause = next((g for g in clause.children if g.dep_ == "pcomp"), clause) if (
            clause.dep_ == "prep") else clause
        if not timed_clause(clause):
            continue
        for g in clause.children:
            if g.dep_ == "advcl" and g.tag_ == "VBG":
                out += [g, *(v for v in g.conjuncts if v.i > g.i and v.tag_ == "VBG")]
    return out


def _timed_host(trigger: Token) -> Token | None:
    """The time clause a gerund (or a gerund conjoined to one) hangs on, if any: in "the
    bomb detonated as an army patrol was passing by, destroying a military vehicle" the
    patrol is what the bomb hit, not who destroyed the vehicle."""
    g = trigger
    if g.dep_ == "conj" and g.head.tag_ == "VBG":
        g = g.head
    if g.tag_ != "VBG" or g.dep_ != "advcl" or not timed_clause(g.head):
        return None
    return g.head


def _adjunct_doer(trigger: Token) -> Token | None:
    """The doer of a gerund with an object after "before", "after", "while" ... that the
    parse hangs on a noun ("killing combatants from Jabhat al-Nusra before seizing the
    village"): the subject of the nearest verb above it, whose clause the adjunct belongs
    to."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or (
            trigger.head.lower_ not in _ADJUNCT_PREPS - {"by"}) or _child(
            trigger, {"dobj", "obj"}) is None:
        return None  # (a verbal gerund: "after fighting between two tribes" is a noun's)
    verb = next((a for a in trigger.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return _subject_of(verb) if verb is not None else None


def _trying_subject(left: Span) -> Token | None:
    """ "Rwandan troops trying to close the camp opened fire on refugees", "police trying
    to disperse the crowd fired tear gas": the phrase before the verb is the object of an
    infinitive hung on a participle of trying, what the doers tried to act on, never the
    doers; they are the subject the parse gave that participle."""
    verb = left.root.head
    if left.root.dep_ not in {"dobj", "obj"} or verb.dep_ != "xcomp" or not any(
            c.tag_ == "TO" for c in verb.children) or verb.head.tag_ != "VBG":
        return None  # (only a participle of trying: "used bombs to demoralise rebels by
        # targeting ..." is a clause whose own subject the parse already gives)
    return _child(verb.head, {"nsubj"})


def _conjunct_object(trigger: Token, left: Span) -> bool:
    """ "killing the four soldiers and destroyed their vehicle": the phrase before a verb
    that is the object of the verb it is conjoined to is what that verb was done to, never
    the doer of the next one (the two verbs share their subject)."""
    return trigger.dep_ == "conj" and left.root.dep_ in {"dobj", "obj"} and (
        left.root.head.i == trigger.head.i)


def _governor(trigger: Token) -> Token | None:
    """The verb a nominal trigger is the object of, directly ("began a hunger strike")
    or through a preposition ("converged for a rally", "killed in an attack")."""
    tok = trigger
    if tok.dep_ == "conj":
        tok = tok.head
    head = tok.head
    if tok.dep_ in {"dobj", "obj"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in CIRCUMSTANTIAL and \
            head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _purpose_object(tok: Token) -> Token | Span | None:
    """What a protest is against, from its purpose clause: "to protest X", "to demand
    the resignation of X", "calling for X", "in protest against X"."""
    for c in tok.children:
        if c.dep_ in {"xcomp", "advcl", "acl", "relcl"} and c.lemma_.lower() in PURPOSE_VERBS:
            obj = _child(c, {"dobj", "obj"}) or _prep_obj(c, {"against", "for", "at", "over"})
            if obj is not None:
                return obj
        if c.dep_ == "prep" and c.lower_ in {"against", "over"}:
            obj = _child(c, {"pobj"})
            if obj is not None and not _is_time(obj):
                return obj
    return None


def _as_span(x: Token | Span | None, trigger: Token | None = None) -> Span | None:
    if x is None:
        return None
    if isinstance(x, Span):
        return x
    if x.lower_ in REL_PRONOUNS or x.pos_ == "PRON" and x.lower_ in {"it", "they", "them"}:
        return x.doc[x.i:x.i + 1]
    return np_span(x, exclude=trigger)


def battle_side(trigger: Token) -> Span | None:
    """The side an armed-clash noun names with "with": "killed in clashes with Kurdish
    fighters". ACLED codes a battle's two sides in either order, so when nothing else
    names an agent this side is one of them."""
    if trigger.pos_ != "NOUN":
        return None
    side = _prep_obj(trigger, {"with"})
    return None if side is None or isinstance(side, Span) and not len(side) else _as_span(
        side, trigger)


def find_backers(agent: Span | None, trigger: Token, sent: Span) -> list[Span]:
    """Supporters named with "backed by X" or "X-backed" on the agent or in the clause."""
    out: list[Span] = []
    doc = sent.doc
    # "U.S.-backed" is often parsed outside the phrase: look two tokens before it too
    region = [t for t in sent if agent is not None and agent.start - 2 <= t.i < agent.end
              or t.head == trigger or (agent is not None and t.head.i in range(agent.start,
                                                                              agent.end))]
    for t in region:
        for suffix in ("-backed", "-supported"):
            if t.lower_.endswith(suffix) and len(t.text) > len(suffix):
                out.append(doc[t.i:t.i + 1].char_span(0, len(t.text) - len(suffix))
                           or doc[t.i:t.i + 1])
        if t.lower_ not in {"backed", "supported", "-backed", "assisted"}:
            continue
        by = _prep_obj(t, {"by"})
        if by is not None:
            out.append(np_span(by, keep_preps=False))
        elif t.i - 2 >= sent.start and doc[t.i - 1].text == "-":
            j = t.i - 2
            k = j
            while k - 1 >= sent.start and doc[k - 1].pos_ == "PROPN":
                k -= 1
            out.append(doc[k:j + 1])
    for t in sent:  # "troops backed by Russian air strikes" hanging off the agent phrase
        by = _prep_obj(t, {"by"}) if t.lower_ == "backed" else None
        if by is None or agent is None or not agent.start <= t.head.i < agent.end:
            continue
        if not any(b.start <= by.i < b.end for b in out):
            out.append(np_span(by, keep_preps=False))
    return out
