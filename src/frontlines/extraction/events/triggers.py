"""Finding trigger words in a sentence, and the word classes that type them.

Matching is a single left-to-right pass using the compiled lexicon (longest phrase
wins). The classes of the words around a trigger (who acts: state forces or a
non-state group; whom it is done to: civilians or armed men; which weapon) are
read here; the resolvers that turn them into a sub-event type are in
:mod:`frontlines.extraction.events.resolvers`; the context overrides of the
lexicon (car bomb + "suicide" -> suicide bomb) are applied here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontlines import data, settings
from frontlines.domain import taxonomy
from frontlines.extraction.events.flags import clause_verb, hypothetical, past_cue
from frontlines.extraction.events.lexicon import (
    Entry,
    Lexicon,
    find_cues,
    load_lexicon,
    match_at,
    token_keys,
)
from frontlines.extraction.events.senses import other_sense


def _words(name: str) -> frozenset[str]:
    return data.words("type_rules.yaml", name)


@dataclass
class Hit:
    """A raw lexicon match: the words, the syntactic head token, the entry."""

    start: int  # doc index
    end: int
    head: Token
    entry: Entry


def match_triggers(sent: Span, lex: Lexicon | None = None) -> list[Hit]:
    """Longest-first, non-overlapping lexicon matches in a sentence."""
    lex = lex or load_lexicon()
    hits: list[Hit] = []
    i = 0
    toks = list(sent)
    while i < len(toks):
        best: Entry | None = None
        for key in token_keys(toks[i]):
            for e in lex.by_first.get(key, ()):
                if best is not None and len(e.words) <= len(best.words):
                    continue
                if not match_at(toks, i, e.words):
                    continue
                if e.pos and not _pos_ok(toks[i + len(e.words) - 1], e.pos):
                    continue
                if _located_sit(toks, i, e.words):
                    continue
                best = e
        if best is None:
            tok = toks[i]
            # "drove the ISIL terrorists out": verb and particle apart
            if set(token_keys(tok)) & _words("expel_verbs") and any(
                    c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out"
                    for c in tok.children):
                split = Entry(("drive", "out"), "@expel", settings.EXPEL_SPLIT_SCORE)
                hits.append(Hit(tok.i, tok.i + 1, tok, split))
            i += 1
            continue
        if best.type == "@none" and len(best.words) > 1 and _fired_at_target(
                toks[i + len(best.words) - 1]):
            i += len(best.words) - 1  # "ballistic missiles" fired at a city: "missiles"
            continue
        span = toks[i:i + len(best.words)]
        head = next((t for t in span if t.head.i < span[0].i or t.head.i > span[-1].i
                     or t.head.i == t.i), span[-1])
        hits.append(Hit(span[0].i, span[-1].i + 1, head, best))
        i += len(best.words)
    return hits


def _fired_at_target(weapon: Token) -> bool:
    """"Houthi rebels fired a salvo of ballistic missiles at Riyadh": the weapon (or the
    salvo of it) is what a firing verb sends at a target, not a test into the sea."""
    nominal = weapon
    if weapon.dep_ == "pobj" and weapon.head.lower_ == "of" and weapon.head.head.i != weapon.i:
        nominal = weapon.head.head  # "a salvo of", "a barrage of"
    verb = nominal.head
    if nominal.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in _words(
            "firing_verbs") or any(t.lower_ == "test" for t in verb.lefts):
        return False
    targets = [p for p in [*verb.children, *nominal.children, *weapon.children]
               if p.dep_ == "prep"
               and p.lower_ in _words("fired_target_preps")
               and any(c.dep_ == "pobj" for c in p.children)]
    return any(c.lemma_.lower() not in _words("test_targets")
               for p in targets for c in p.children if c.dep_ == "pobj")


def _located_sit(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """"sits in a war room", "sitting in a cafe": the phrase "sit in" read as a verb
    with a place after the preposition says where someone is; the protest "sat in" takes
    no object (ACLED codes a sit-in as a demonstration, not a person seated)."""
    if len(words) != 2 or words[1] != "in" or words[0] not in _words("particle_protest_verbs"):
        return False
    if i + 1 >= len(toks):
        return False
    return any(c.dep_ == "pobj" for c in toks[i + 1].children)


def _pos_ok(tok: Token, pos: str) -> bool:
    if pos == "VERB":
        return tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB")
    return tok.pos_ in {"NOUN", "PROPN"}


def actor_class(span: Span | None, lex: Lexicon | None = None) -> str | None:
    """'nonstate', 'state' or None from the words of an actor phrase."""
    if span is None:
        return None
    lex = lex or load_lexicon()
    toks = list(span)
    # "IS"/"ISIS" only when written in capitals (not the verb "is"); a side after "anti-"
    # is the one fought ("anti-government fighters", "the anti-ISIS coalition")
    ns = [h[0] for h in find_cues(toks, lex.cue_first["nonstate"])
          if not (toks[h[0]].lower_ == "is" and toks[h[0]].text != "IS")
          and not _anti(toks, h[0])]
    st = [h[0] for h in find_cues(toks, lex.cue_first["state"]) if not _anti(toks, h[0])]
    if ns and st:
        # "Syrian army and allied fighters": the first-named actor decides
        heads = [i for i in st if toks[i].dep_ not in {"amod", "compound"}] or st
        return "state" if heads[0] < ns[0] else "nonstate"
    if ns:
        return "nonstate"
    return "state" if st else None


def is_civilian(span: Span | None, lex: Lexicon | None = None) -> bool:
    """Whether a patient phrase names civilians (and not armed men)."""
    if span is None:
        return False
    lex = lex or load_lexicon()
    toks = list(span)
    civ = lex.cue_first["civilians"]
    heads = [span.root, *(p for of in span.root.children if of.lower_ == "of"
                          for p in of.children if p.dep_ == "pobj")]
    for h in heads:
        if h.lower_ not in {"civilian", "civilians"}:
            continue
        # "Kurdish civilians", "dozens of Palestinian civilians": the head decides, unless
        # armed men are named beside it ("civilians as well as fighters")
        own = {t.i for t in h.lefts for t in t.subtree} | {h.i}
        rest = [t for t in toks if t.i not in own]
        if not any(find_cues(rest, lex.cue_first[cls]) for cls in ("state", "nonstate")):
            return True
    if actor_class(span, lex) is not None:
        return False
    return bool(find_cues(toks, civ))


def weapon_type(tokens: list[Token], lex: Lexicon | None = None) -> tuple[str, str] | None:
    """(sub-event type, cue words) of the first weapon class present in tokens."""
    lex = lex or load_lexicon()
    keys = {k for t in tokens for k in token_keys(t)}  # a class none of them starts is absent
    for cls, sub in data.load("type_rules.yaml")["weapon_order"]:
        if keys.isdisjoint(lex.cue_first[cls]):
            continue
        hits = [h for h in find_cues(tokens, lex.cue_first[cls])
                if not _anti(tokens, h[0]) and not (cls == "air" and (
                    _struck(tokens[h[1] - 1]) or _person_bomber(tokens, h[1] - 1)))
                and not other_sense(tokens[h[0]])  # "the burned-out shells of buildings"
                and not _town_named(tokens[h[0]:h[1]])]  # "west of the Tank city"
        if hits:
            s, e = hits[0]
            if cls == "suicide" and find_cues(tokens, lex.cue_first["leftover"]):
                sub = taxonomy.REMOTE_EXPLOSIVE  # an abandoned suicide belt has no bomber
            return sub, " ".join(t.text for t in tokens[s:e])
    strike = _state_strikes(tokens)  # no weapon named: a state's strikes are from the air
    return (taxonomy.AIR_STRIKE, strike.text) if strike is not None else None


def _town_named(cue: list[Token]) -> bool:
    """A weapon word that is all a place's name ("the Tank city", Pakistan's Tank): a
    capitalised name the tagger calls a place arms no one."""
    return all(t.ent_type_ == "GPE" and t.text[:1].isupper() for t in cue)


# A word in these relations is a noun whatever its tag ("killed in coalition strikes":
# the tagger may read "strikes" as a verb under "in").
_NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos"}


def _state_strikes(tokens: list[Token]) -> Token | None:
    """"Russian strikes", "US-led strikes", "coalition strikes": strikes a state or a
    coalition of states carries out on a target or with dead are air (or missile)
    strikes, ACLED's Air/drone strike, not a labour strike; so are strikes that hit or
    target something and kill (no labour strike does)."""
    strikes = [t for t in tokens if t.lower_ in {"strike", "strikes"}]
    deadly = bool(strikes) and bool(find_cues(tokens, load_lexicon().cue_first["casualty"]))
    for t in strikes:  # most sentences have none: no casualty cue to look for either
        before = t.doc[max(t.i - 2, t.sent.start):t.i]
        if t.pos_ != "NOUN" and t.dep_ not in _NOMINAL_DEPS and not any(
                x.lower_ in _STRIKING_STATES for x in before):
            continue  # "in coalition strikes" tagged a verb is still the noun
        targets = any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in t.children)
        if not deadly and not targets:
            continue  # "a French rail strike": no target, no dead
        if deadly and t.dep_ == "nsubj" and t.head.lemma_.lower() in _words("strike_hits"):
            return t  # "the strikes targeted army positions ..., killing 12"
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "by"} and not targets and \
                t.head.head.lemma_.lower() in _words("strike_dead"):
            return t  # "militants were killed in Tuesday's strikes": no labour strike kills
        # the modifier as parsed, or the two words before it when the parse broke the
        # phrase ("in US-led coalitions strikes" read as a verb after its noun)
        mods = [c for c in t.children if c.dep_ in {"amod", "compound", "nmod"}]
        mods += [x for x in before if not x.is_punct]
        if any(c.ent_type_ in {"NORP", "GPE"} or c.lower_ in _STRIKING_STATES for c in mods):
            return t
    return None


_STRIKING_STATES = {"coalition", "coalitions", "led"}


def _struck(tok: Token) -> bool:
    """"Damaged passenger planes", "destroying several Apache helicopters": aircraft that
    are the object of a verb of damage are what the attack hit, not its weapon."""
    verbs = _words("struck_verbs")
    if any(c.dep_ == "amod" and c.lemma_.lower() in verbs for c in tok.children):
        return True  # "damaged planes", "downed helicopters"
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in verbs


def _person_bomber(tokens: list[Token], i: int) -> bool:
    """"The bomber himself was blown to pieces", "the bomber, who ...": a bomber the words
    after it make a person is the man who set off the bomb, not an aircraft."""
    if tokens[i].lower_ not in _words("person_bombers"):
        return False
    after = [t.lower_ for t in tokens[i + 1:i + 3] if t.lower_ != ","]
    return bool(after) and after[0] in _words("person_marks")


def _anti(tokens: list[Token], i: int) -> bool:
    """"anti-aircraft guns", "anti-tank mines": the weapon is against the cue word,
    it is not one ("anti-aircraft" fires from the ground)."""
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ == "anti"


def _live(tok: Token, deep: bool = True) -> bool:
    """Whether a cue word tells of this incident: not in a relative clause or a
    participle about someone ("students recently killed in a road accident"; with
    `deep=False` only the cue's own clause is looked at: "demonstrators detained during
    the rally"), not irrealis ("nor must we allow them to be beaten up", "demanding ...
    be removed"), nor in a clause set in the past ("killed last month")."""
    cur = tok
    for _ in range(8 if deep else 0):
        if cur.dep_ in {"relcl", "acl"}:
            if cur.dep_ == "relcl" and cur.head.lemma_.lower() in _words("incident_nouns"):
                break  # "the incident where police used excessive force": this incident
            return False
        if cur.head.i == cur.i:
            break
        cur = cur.head
    verb = clause_verb(tok)
    reduced = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"})
    if not deep and reduced and verb.head.lemma_.lower() not in _words("incident_nouns"):
        return False  # "demonstrators detained during the rally": who they are
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "to be mobbed and beaten up"
    if hypothetical(verb, tok.sent):
        return False  # "nor must we allow them to be beaten up", "demanding ... be removed"
    return past_cue(tok, tok.sent) is None


def _about_protest(tok: Token, lex: Lexicon) -> bool:
    """Whether a lethal word's sentence is about protesters or the forces facing them
    (not "a prisoner died ... after contracting a fever" next to a prison protest)."""
    sent = list(tok.sent)
    return bool(find_cues(sent, lex.cue_first["protest"])
                or find_cues(sent, lex.cue_first["state"]))


def _of_this_protest(tok: Token, own: Span | None, lex: Lexicon) -> bool:
    """A lethal cue of a neighbouring sentence tells of this protest only when that
    sentence is about demonstrators too ("Protesters were shot dead"); otherwise it tells
    another event ("he has been killed alongside Kurdish forces. ... a vigil was held")."""
    if own is None or own.start <= tok.i < own.end:
        return True
    return any(t.lower_ in lex.cue_words("protest") for t in tok.sent)


def protest_cause(tok: Token, lex: Lexicon, before: bool) -> bool:
    """ "protested against the killing of a student by police", "rallied over the deaths of
    two classmates", "marched to condemn the clashes", and with `before` (for deaths)
    "demonstrated after the killing of three civilians", "protested after police shot dead
    a student": the violence a crowd protests is its cause, done to others, not force used
    on the demonstrators nor their own violence (ACLED types a demonstration by what
    happens at it: Peaceful protest unless the crowd is violent or a force intervenes).
    Street violence told "after" may be the same crowd's of the nights before ("rallied
    after several nights of street violence"): only deaths are set apart so."""
    crowd = lex.cue_words("protest") | _words("protest_verbs")
    preps = _words("cause_preps") | (_words("after_preps") if before else frozenset())
    cur = tok
    for _ in range(6):
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head  # "against the killings and arrests"
        head = cur.head
        if cur.dep_ == "pobj" and head.lower_ in preps:
            return head.head.lemma_.lower() in crowd or head.head.lower_ in crowd
        if cur.dep_ == "dobj" and head.lemma_.lower() in _words("cause_verbs"):
            return True  # "to protest the killing", "condemning the violence"
        if cur.dep_ == "advcl" and head.lemma_.lower() in crowd and any(
                m.dep_ == "mark" and m.lower_ in preps for m in cur.children):
            return True  # "protested after police shot dead a student"
        if cur.dep_ not in {"compound", "amod", "acomp", "oprd", "dobj", "nsubj", "prep",
                            "pobj", "xcomp", "advmod"} or head.i == cur.i:
            return False
        cur = head
    return False


def _negated(tok: Token) -> bool:
    """ "Mehmet never fought": a riot cue denied is no rioting."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "neg" for c in verb.children)


def _rioting(context: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a riot cue tells of the protesters' violence: not "non-violent
    protesters", nor "a violent crackdown" (the force used against them)."""
    tok = context[i]
    prev = [t.lower_ for t in context[max(0, i - 2):i]]
    if prev[-1:] in (["non"], ["non-"]) or prev == ["non", "-"]:
        return False
    if tok.lemma_.lower() in {"block", "barricade", "shut"}:  # "police blocked the road"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and actor_class(tok.doc[subj.i:subj.i + 1], lex) == "state":
            return False
    if tok.lower_ == "violence" and _not_riot_violence(tok):
        return False
    if _not_the_crowds(tok, lex) or _one_persons_or_averted(tok):
        return False
    return not (tok.dep_ == "amod" and tok.head.lemma_.lower() in lex.cue_words("repression"))


def _not_the_crowds(tok: Token, lex: Lexicon) -> bool:
    """Whether a riot cue tells of something no crowd did at this protest (ACLED types a
    demonstration by what its crowd did): violence it marched despite or called for
    ("Despite the recent violence, students marched", "demonstrated, calling for the
    continuation of anti-Israeli violence"), a thing's deed ("the new law damaged
    American involvement") or a word said of a thing ("the US aggressive posture")."""
    if tok.dep_ == "amod" and tok.pos_ == "ADJ":
        crowd = lex.cue_words("protest") | lex.cue_words("riot") | _words("crowd_nouns")
        return tok.head.lemma_.lower() not in crowd and tok.head.lower_ not in crowd
    if tok.pos_ == "VERB" and tok.lemma_.lower() not in _words("crowd_turns"):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ == "NN" and not _animate(subj, lex):
            return True
    cur = tok
    for _ in range(8):  # up the noun phrases to the preposition or verb they hang on
        if cur.dep_ not in {"pobj", "prep", "dobj", "compound", "amod", "conj", "nmod"} or (
                cur.head.i == cur.i):
            return False
        cur = cur.head
        if cur.lower_ in _words("riot_elsewhere_preps") or (
                cur.pos_ == "VERB" and cur.lemma_.lower() in _words("demand_verbs")):
            return True
        if cur.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _one_persons_or_averted(tok: Token) -> bool:
    """Whether a riot cue tells of one person's deed ("he fought a nasty public war with
    Mayor Bill de Blasio") or of disorder someone averted ("Kyungu, who says he helped
    prevent bloodshed and looting"): neither is the crowd's violence (ACLED: a riot is a
    group's violence, at a demonstration or as a mob; one person's fight or looting
    prevented makes no demonstration violent)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"}:
            if cur.i != tok.i and cur.lemma_.lower() in _words("averting_verbs"):
                return True  # "helped prevent ... looting"
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj.lower_ in _words("one_person_pronouns") or (
                    subj.ent_type_ == "PERSON" and subj.tag_ == "NNP")
            if cur.dep_ not in {"xcomp", "conj"}:
                return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _animate(tok: Token, lex: Lexicon) -> bool:
    """Whether a singular subject names a person or a group that can riot, not a thing
    ("the new law")."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or lemma in data.words(
        "person_nouns.txt") or lemma in lex.cue_words("protest") or lemma in (
        lex.cue_words("civilians")) or tok.lower_ in lex.cue_words("protest") or (
        lemma in _words("crowd_nouns")) or actor_class(tok.doc[tok.i:tok.i + 1], lex) is not None


def _not_riot_violence(tok: Token) -> bool:
    """Whether the word "violence" is not the demonstrators' own violence."""
    if any(c.lower_ in _words("violence_of") for c in tok.children
           if c.dep_ in {"amod", "compound"}):
        return True
    if any(c.dep_ == "prep" and c.lower_ in {"against", "by", "on"} for c in tok.children):
        return True
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:  # "decry the arrests and violence"
        top = top.head
    head = top.head
    return head.lemma_.lower() in _words("topic_heads") and head.lower_ != "of" or (
        head.lower_ == "of" and head.head.lemma_.lower() in {"victim", "threat", "fear"})


def _car_chase(tok: Token) -> bool:
    """The noun "chase" is a pursuit ("a high-speed car chase"), not police chasing
    protesters away (the verb)."""
    return tok.lemma_.lower() == "chase" and tok.pos_ in {"NOUN", "PROPN"} and any(
        t.lower_ in {"car", "vehicle", "high-speed", "speed", "foot"}
        for t in tok.doc[max(0, tok.i - 3):tok.i])


def _says_who(tok: Token) -> bool:
    """Whether an intervention word is a participle before a noun that says who people
    are ("demanding the release of detained activists", "relatives of detained men",
    "the arrested union leaders"): what the crowd marches about, taken before, not force
    used on this protest (ACLED: a Peaceful protest unless a force intervenes in it)."""
    return tok.dep_ == "amod" and tok.tag_ in {"VBN", "VBD"} and tok.i < tok.head.i \
        and tok.head.pos_ in {"NOUN", "PROPN"}


def _by_protesters(tok: Token, lex: Lexicon) -> bool:
    """Whether an intervention word is something the protesters did ("hundreds of people
    blocked the road"), not the police."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = lex.cue_words("protest") | lex.cue_words("civilians")
    heads = [subj] + [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for c in c.children if c.dep_ == "pobj"]
    return any(h.lemma_.lower() in words or h.lower_ in words for h in heads)


def apply_overrides(sub: str, origin: str, context: list[Token],
                    lex: Lexicon | None = None, own: Span | None = None) -> tuple[str, str]:
    """Context overrides of the lexicon (e.g. car bomb + suicide → Suicide bomb); `own`
    is the trigger's sentence when `context` also holds its neighbours."""
    lex = lex or load_lexicon()
    for rule in lex.overrides:
        if rule["from"] not in {sub, origin}:
            continue
        hits = find_cues(context, lex.cue_first.get(rule["if"], {}))
        if rule["if"] == "lethal":
            hits = [h for h in hits if _live(context[h[0]]) and _about_protest(context[h[0]], lex)
                    and _of_this_protest(context[h[0]], own, lex)
                    and not protest_cause(context[h[0]], lex, before=True)]
        elif rule["if"] == "riot":
            hits = [h for h in hits if _rioting(context, h[0], lex)
                    and not _negated(context[h[0]])
                    and not protest_cause(context[h[0]], lex, before=False)]
            if own is not None and find_cues(list(own), lex.cue_first["peaceful"]) and not \
                    find_cues(list(own), lex.cue_first["turned_violent"]):
                # "a peaceful rally after violent clashes": its sentence's violence is
                # another's, unless the rally is said to have turned violent
                hits = [h for h in hits if not own.start <= context[h[0]].i < own.end]
        elif rule["if"] == "discovery":  # "recovered control of two villages": territory
            hits = [h for h in hits if not (h[1] < len(context) and
                                            context[h[1]].lower_ == "control")]
        elif rule["if"] == "intervention":
            hits = [h for h in hits if not _by_protesters(context[h[0]], lex)
                    and _live(context[h[0]], deep=False) and not _car_chase(context[h[0]])
                    and not _says_who(context[h[0]])]
        if hits and rule.get("unless") and find_cues(context, lex.cue_first[rule["unless"]]):
            continue
        if hits:
            s, e = hits[0]
            return rule["to"], " ".join(t.text for t in context[s:e])
    return sub, ""
