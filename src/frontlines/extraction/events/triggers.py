"""Finding trigger words in a sentence and typing them over ACLED's sub-event types.

Matching is a single left-to-right pass using the compiled lexicon (longest phrase
wins).  Generic triggers ("attacked", "killed", "retook", "captured") are typed by
resolvers that look at the weapon words of the sentence, at who acts (state forces
or a non-state group) and at whom it is done to (civilians or armed men).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontlines.extraction.events.flags import clause_verb, hypothetical, past_cue
from frontlines.extraction.events.lexicon import (
    Entry,
    Lexicon,
    find_cues,
    load_lexicon,
    match_at,
    token_keys,
)

WEAPON_ORDER = [
    ("chemical", "Chemical weapon"),
    ("suicide", "Suicide bomb"),
    ("air", "Air/drone strike"),
    ("artillery", "Shelling/artillery/missile attack"),
    ("grenade", "Grenade"),
    ("ied", "Remote explosive/landmine/IED"),
]


# territory verbs that, done to a person, are no capture ("cleared the officer")
NOT_CAPTURE = {"clear", "cleared", "liberate", "liberated", "reclaim", "regain"}
PROTEST_TYPES = {"Peaceful protest", "Violent demonstration", "Protest with intervention"}
STORM_VERBS = {"storm", "stormed", "storming", "raid", "raided"}
EXPEL_VERBS = {"drive", "drove", "push", "pushed", "flush", "kick", "chase", "chased", "force"}


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
                best = e
        if best is None:
            tok = toks[i]
            # "drove the ISIL terrorists out": verb and particle apart
            if set(token_keys(tok)) & EXPEL_VERBS and any(
                    c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out"
                    for c in tok.children):
                hits.append(Hit(tok.i, tok.i + 1, tok, Entry(("drive", "out"), "@expel", 0.85)))
            i += 1
            continue
        span = toks[i:i + len(best.words)]
        head = next((t for t in span if t.head.i < span[0].i or t.head.i > span[-1].i
                     or t.head.i == t.i), span[-1])
        hits.append(Hit(span[0].i, span[-1].i + 1, head, best))
        i += len(best.words)
    return hits


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
    # "IS"/"ISIS" only when written in capitals (not the verb "is")
    ns = [h[0] for h in find_cues(toks, lex.cue_first["nonstate"])
          if not (toks[h[0]].lower_ == "is" and toks[h[0]].text != "IS")]
    st = [h[0] for h in find_cues(toks, lex.cue_first["state"])]
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
    if actor_class(span, lex) is not None:
        return False
    return bool(find_cues(toks, lex.cue_first["civilians"]))


def weapon_type(tokens: list[Token], lex: Lexicon | None = None) -> tuple[str, str] | None:
    """(sub-event type, cue words) of the first weapon class present in tokens."""
    lex = lex or load_lexicon()
    for cls, sub in WEAPON_ORDER:
        hits = find_cues(tokens, lex.cue_first[cls])
        if hits:
            s, e = hits[0]
            return sub, " ".join(t.text for t in tokens[s:e])
    return None


def _accident_source(trigger: Token | None, agent: Span | None, lex: Lexicon) -> bool:
    """Whether what exploded is an industrial or household object ("a tank at the plant
    exploded", "a gas explosion", "the plant explosion"), not a bomb: an accident."""
    words: list[Token] = list(agent) if agent is not None else []
    if trigger is not None and trigger.pos_ in {"NOUN", "PROPN"}:
        words += [c for c in trigger.children if c.dep_ in {"compound", "amod", "nmod"}]
        words += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"at", "in"}
                  for g in c.children if g.dep_ == "pobj"]
    if not words or not find_cues(words, lex.cue_first["accident_sources"]):
        return False
    return not any(find_cues(words, lex.cue_first[c]) for c in ("ied", "suicide", "grenade"))


def resolve_type(kind: str, agent: Span | None, patient: Span | None, context: list[Token],
                 lex: Lexicon | None = None, trigger: Token | None = None
                 ) -> tuple[str | None, str]:
    """Concrete sub-event type of a resolver entry and the words that decided it."""
    lex = lex or load_lexicon()
    if kind in PROTEST_TYPES and actor_class(agent, lex) is not None:
        return None, ""  # "troops marched into ...": armed men do not protest
    if kind == "Armed clash" and trigger is not None and trigger.lemma_.lower() == "engage" \
            and _engaged_in_other(trigger):
        return None, ""  # "engaging in sexual conduct", "engaged in negotiations"
    if kind == "Armed clash" and is_civilian(agent, lex) and not (
            trigger is not None and actor_class(_subtree(trigger), lex)):
        # "villagers clashed with sticks" (not "a woman fighting alongside Kurdish forces")
        return "Mob violence", agent.text
    if kind in MOB_KINDS and agent is not None and find_cues(list(agent), lex.cue_first["mob"]):
        # ACLED: violence by a mob or vigilantes ("murdered by vigilantes", "vigilante
        # operatives repelled an attack") is mob violence
        return "Mob violence", agent.text
    if kind == "Arrests" and trigger is not None and _at_protest(trigger, patient, lex):
        return "Protest with intervention", "arrest at a protest"
    if not kind.startswith("@") and kind != "Chemical weapon":
        return kind, ""
    if kind == "@expel":  # "pushed out government forces": the expelled lose the place
        p = actor_class(patient, lex)
        if p == "state":
            return "Non-state actor overtakes territory", patient.text if patient else ""
        if p == "nonstate":
            return "Government regains territory", patient.text if patient else ""
        return None, ""  # "expels diplomats"
    if kind == "@release":  # "freed several villages" vs "freed the hostages"
        if patient is not None and (patient.root.ent_type_ in {"GPE", "LOC", "FAC"} or find_cues(
                list(patient), lex.cue_first["places"])):
            kind = "@territory_gov"
        elif patient is None or find_cues(list(patient), lex.cue_first["releasable"]) or \
                patient.root.ent_type_ in {"PERSON", "NORP"}:
            return "Agreement", ""
        else:
            return None, ""  # "released 150,000 gallons of contaminated water"
    if kind == "@intercept":  # "intercepted a missile" vs "intercepted a human trafficker"
        where = list(patient) if patient is not None else context
        if any(find_cues(where, lex.cue_first[c]) for c in ("weapons", "air", "artillery")):
            return "Disrupted weapons use", ""
        if patient is not None and actor_class(patient, lex) == "nonstate":
            return "Arrests", patient.text
        return None, ""
    if kind == "@none":
        return None, ""
    if kind == "@block":  # "paper workers blocked the Europe Bridge"
        if patient is None or not find_cues(list(patient), lex.cue_first["routes"]):
            return None, ""
        # ACLED codebook: road-blocking is a violent demonstration
        return (None, "") if actor_class(agent, lex) == "state" else ("Violent demonstration", "")
    if kind == "@destroy":  # "Turkish jets destroyed weapon depots": an air strike
        by = weapon_type(list(agent), lex) if agent is not None else None
        if by is not None and by[0] != "Chemical weapon":
            return by  # "jets destroyed weapon depots": the strike, not a seizure
        if patient is not None and find_cues(list(patient), lex.cue_first["weapons"]):
            return "Disrupted weapons use", patient.text  # "destroyed 342 mines and IEDs"
        w = weapon_type(context, lex)
        if w is not None and w[0] != "Chemical weapon":
            return w
        if actor_class(patient, lex) is not None:
            # "destroyed four army vehicles", "military equipment of the terrorists": an
            # armed side's means destroyed in fighting, not property destruction
            return "Armed clash", patient.text
        return "Looting/property destruction", ""
    if kind == "@withdraw":  # "forces withdrew from the town"
        hit = find_cues(context, lex.cue_first["takeover"])
        if hit:
            return "Non-violent transfer of territory", context[hit[0][0]].text
        return "Change to group/activity", ""
    if kind == "@found":  # "a stash of firearms was found": disrupted weapons use
        where = list(patient) if patient is not None else []
        hit = find_cues(where, lex.cue_first["weapons"])
        return ("Disrupted weapons use", where[hit[0][0]].text) if hit else (None, "")
    if kind == "@establish":  # "set up a new observation post"
        where = list(patient) if patient is not None else context
        hit = find_cues(where, lex.cue_first["posts"])
        return ("Headquarters or base established", where[hit[0][0]].text) if hit else (None, "")
    if kind == "@bomb":  # "Israeli planes bombed the base": dropped from the air
        if find_cues(context, lex.cue_first["air"]):
            return "Air/drone strike", "bombed from the air"
        return "Remote explosive/landmine/IED", ""
    if kind == "@explosion" and _accident_source(trigger, agent, lex):
        return None, ""  # the boiler, gas container or plant blew up: an accident
    if kind in {"@explosion", "Chemical weapon"}:
        w = weapon_type(context, lex)
        armed = _armed_victims(context, lex) or (w is not None and w[0] != "Chemical weapon")
        if not armed and find_cues(context, lex.cue_first["industrial"]):
            return None, ""  # gas tank, boiler, chemical plant leak: an accident, not an event
        if kind == "Chemical weapon":
            return kind, ""
        return w if w is not None else ("Remote explosive/landmine/IED", "")
    if kind in {"@attack", "@kill"}:
        if find_cues(context, lex.cue_first["industrial"]) and not _armed_victims(context, lex) \
                and actor_class(agent, lex) is None:
            return None, ""  # "killed when a chemical plant exploded": an accident
        w = weapon_type(context, lex)
        if w is not None:
            return w
        if kind == "@attack" and patient is not None and not is_civilian(patient, lex) and \
                find_cues(list(patient), lex.cue_first["posts"]):
            return "Armed clash", patient.text  # "attacked a checkpoint / military base"
        if is_civilian(patient, lex):
            if kind == "@kill" and _vague(patient, lex):
                return "Attack", ""  # "killing 14 people": civilians or fighters?
            return "Attack", patient.text if patient is not None else ""
        if actor_class(patient, lex):
            return "Armed clash", patient.text if patient is not None else ""
        others = [t for t in context if agent is None or not agent.start <= t.i < agent.end]
        armed = _armed_victims(others, lex)
        if find_cues(context, lex.cue_first["civilians"]) and not armed:
            return "Attack", ""
        if not armed and actor_class(agent, lex) is None:
            return None, ""  # "a tanker was struck by a bulk carrier": no armed actor at all
        return "Armed clash", ""
    if kind in {"@territory_gov", "@territory_ns"}:
        by = weapon_type(list(agent), lex) if agent is not None else None
        if by is not None and by[0] != "Chemical weapon":
            return by  # "jets destroyed weapon depots": the strike, not a seizure
        if _deserted(patient):
            return "Non-violent transfer of territory", "deserted"
        if patient is not None and find_cues(list(patient), lex.cue_first["weapons"]):
            return "Disrupted weapons use", patient.text
        if patient is not None and patient.root.lower_ in lex.cue_words("person") and \
                patient.root.ent_type_ not in {"GPE", "LOC", "FAC"}:
            if trigger is not None and trigger.lemma_.lower() in NOT_CAPTURE:
                return None, ""  # "a judge cleared the police officer": acquitted
            kind = "@detain"
        elif patient is not None and _keys_of(context, patient) & STORM_VERBS and \
                is_civilian(patient, lex) and not find_cues(list(patient), lex.cue_first["places"]):
            return "Attack", patient.text  # "gunmen stormed a university": not territory
        else:
            a = actor_class(agent, lex)
            named = agent is not None and agent.root.pos_ in {"NOUN", "PROPN"}
            if trigger is not None and _is_place(_control_of(patient), lex) and \
                    _after_withdrawal(trigger, lex):
                # ACLED: a place taken after the other side pulled out changed hands
                # without a fight ("recaptured Palmyra after Syrian forces pulled out")
                return "Non-violent transfer of territory", "after a withdrawal"
            # "significant ground was regained": ground is territory when no one but an
            # armed group could have gained it (not "firefighters gained ground")
            ground = patient is not None and patient.root.lemma_.lower() == "ground" and not named
            if a is None and not (ground or _is_place(_control_of(patient), lex)) and (
                    patient is not None or named):
                # "firefighters gained ground in their battle", "two others were captured":
                # no armed actor, no place taken
                return None, ""
            if a == "state":
                return "Government regains territory", agent.text if agent else ""
            if a == "nonstate":
                return "Non-state actor overtakes territory", agent.text if agent else ""
            return ("Government regains territory" if kind == "@territory_gov"
                    else "Non-state actor overtakes territory"), ""
    if kind == "@loss":
        a = actor_class(agent, lex)
        if a == "nonstate":
            return "Government regains territory", agent.text if agent else ""
        if a == "state":
            return "Non-state actor overtakes territory", agent.text if agent else ""
        return None, ""
    if kind == "@detain":
        a = actor_class(agent, lex)
        return ("Arrests" if a == "state" else "Abduction/forced disappearance"), ""
    return None, ""


FIGHT_NOUNS = {"fighting", "fight", "fights", "combat", "battle", "battles", "clash", "clashes",
               "hostilities", "firefight", "gunbattle", "skirmish", "skirmishes", "confrontation",
               "confrontations", "exchange", "war", "warfare", "cleansing", "violence",
               "attacks", "attack", "killing", "killings", "massacres", "atrocities", "genocide",
               "terrorism", "raids", "shelling", "bombing", "bombings", "operations", "offensive"}


def _engaged_in_other(trigger: Token) -> bool:
    """ "engaged in X" where X is not fighting ("engaged in negotiations")."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            return not any(t.lower_ in FIGHT_NOUNS for t in c.subtree)
    return False


def _subtree(tok: Token) -> Span:
    """The span a token governs."""
    sub = list(tok.subtree)
    return tok.doc[sub[0].i:sub[-1].i + 1]


def _control_of(span: Span | None) -> Span | None:
    """The whole phrase of "control over an area" / "control of the town": the place
    is in the PP of "control", which the patient phrase may leave out."""
    if span is None or span.root.lemma_.lower() not in {"control", "hold"}:
        return span
    sub = list(span.root.subtree)
    return span.doc[sub[0].i:sub[-1].i + 1]


WITHDRAW_WORDS = {"withdraw", "withdrew", "withdrawn", "withdrawal", "pullout", "retreat",
                  "retreated", "pull", "pulled", "evacuate", "evacuated", "evacuation",
                  "abandon", "abandoned", "vacate", "vacated", "leave", "left", "departure"}
AFTER_WORDS = {"after", "following", "once", "when", "as"}


def _after_withdrawal(trigger: Token, lex: Lexicon) -> bool:
    """Whether a capture is dated by the other side's withdrawal: "seized the area
    following the withdrawal of Puntland forces", "after Syrian forces pulled out"."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in AFTER_WORDS:
            words = [t for t in c.subtree if t.i != c.i]
        elif c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in AFTER_WORDS
                                       for m in c.children):
            words = [c]
        else:
            continue
        for t in words[:4] if c.dep_ == "prep" else words:
            if t.lower_ in WITHDRAW_WORDS or t.lemma_.lower() in WITHDRAW_WORDS:
                if t.lemma_.lower() == "pull" and not any(
                        x.lower_ in {"out", "back"} for x in t.children):
                    continue
                return True
    return False


DESERTED = {"deserted", "abandoned", "empty", "evacuated", "vacated", "undefended"}


def _deserted(patient: Span | None) -> bool:
    """Whether the place taken was empty: "seized a deserted rocket-launching site"."""
    return patient is not None and any(
        t.lower_ in DESERTED and t.dep_ in {"amod", "conj"} for t in patient)


def _is_place(span: Span | None, lex: Lexicon) -> bool:
    """Whether a phrase names a place (a named place or a word like town, base, area)."""
    if span is None:
        return False
    if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in span):
        return True
    return bool(find_cues(list(span), lex.cue_first["places"]))


def _vague(span: Span, lex: Lexicon) -> bool:
    """Whether the civilian words of a victim phrase are only "people", "others"."""
    toks = list(span)
    civ = {s for s, _ in find_cues(toks, lex.cue_first["civilians"])}
    vague = {s for s, _ in find_cues(toks, lex.cue_first["vague_victims"])}
    return bool(civ) and civ <= vague


def _keys_of(context: list[Token], patient: Span) -> set[str]:
    """Forms of the word that governs the patient (the trigger verb)."""
    return set(token_keys(patient.root.head))


def _armed_victims(context: list[Token], lex: Lexicon) -> bool:
    """Whether armed men (soldiers, police, militants) are among those hit."""
    for s, _e in find_cues(context, lex.cue_first["state"]) + find_cues(
            context, lex.cue_first["nonstate"]):
        if context[s].lower_ == "is" and context[s].text != "IS":
            continue
        if _place_word(context, s):
            continue  # "Chikun local government area": a district, not the state
        return True
    return False


def _place_word(context: list[Token], s: int) -> bool:
    """Whether an actor word is part of a district name ("local government area")."""
    tok = context[s]
    if tok.lower_ != "government":
        return False
    prev = context[s - 1].lower_ if s > 0 else ""
    nxt = context[s + 1].lower_ if s + 1 < len(context) else ""
    return prev == "local" or nxt in {"area", "areas"}


def _live(tok: Token, deep: bool = True) -> bool:
    """Whether a cue word tells of this incident: not in a relative clause or a
    participle about someone ("students recently killed in a road accident"; with
    `deep=False` only the cue's own clause is looked at: "demonstrators detained during
    the rally"), not irrealis ("nor must we allow them to be beaten up", "demanding ...
    be removed"), nor in a clause set in the past ("killed last month")."""
    cur = tok
    for _ in range(8 if deep else 0):
        if cur.dep_ in {"relcl", "acl"}:
            if cur.dep_ == "relcl" and cur.head.lemma_.lower() in INCIDENT_NOUNS:
                break  # "the incident where police used excessive force": this incident
            return False
        if cur.head.i == cur.i:
            break
        cur = cur.head
    verb = clause_verb(tok)
    reduced = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"})
    if not deep and reduced and verb.head.lemma_.lower() not in INCIDENT_NOUNS:
        return False  # "demonstrators detained during the rally": who they are
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "to be mobbed and beaten up"
    if hypothetical(verb, tok.sent):
        return False  # "nor must we allow them to be beaten up", "demanding ... be removed"
    return past_cue(tok, tok.sent) is None


# nouns a relative clause describes the very incident of: "the incident where ..."
INCIDENT_NOUNS = {"incident", "incidents", "episode", "scene", "scenes", "event", "events"}


def _about_protest(tok: Token, lex: Lexicon) -> bool:
    """Whether a lethal word's sentence is about protesters or the forces facing them
    (not "a prisoner died ... after contracting a fever" next to a prison protest)."""
    sent = list(tok.sent)
    return bool(find_cues(sent, lex.cue_first["protest"])
                or find_cues(sent, lex.cue_first["state"]))


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
    return not (tok.dep_ == "amod" and tok.head.lemma_.lower() in lex.cue_words("repression"))


# "police violence", "violence against women", "a march against violence": the
# violence is the force used on people or the protest's topic, not rioting
VIOLENCE_OF = {"police", "state", "sexual", "domestic", "gender", "gun", "gang", "mob",
               "communal", "sectarian", "ethnic", "political", "election", "post-election"}
TOPIC_HEADS = {"against", "over", "about", "condemn", "denounce", "end", "stop", "protest",
               "decry", "of", "on"}


def _not_riot_violence(tok: Token) -> bool:
    """Whether the word "violence" is not the demonstrators' own violence."""
    if any(c.lower_ in VIOLENCE_OF for c in tok.children if c.dep_ in {"amod", "compound"}):
        return True
    if any(c.dep_ == "prep" and c.lower_ in {"against", "by", "on"} for c in tok.children):
        return True
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:  # "decry the arrests and violence"
        top = top.head
    head = top.head
    return head.lemma_.lower() in TOPIC_HEADS and head.lower_ != "of" or (
        head.lower_ == "of" and head.head.lemma_.lower() in {"victim", "threat", "fear"})


MOB_KINDS = {"Armed clash", "Attack", "@attack", "@kill"}
AT_PREPS = {"during", "at", "amid", "while", "in"}


def _at_protest(trig: Token, patient: Span | None, lex: Lexicon) -> bool:
    """Whether an arrest is made at a demonstration, which ACLED's codebook codes as a
    protest with intervention: its patient are protesters ("police detain protesters")
    or it happens during one ("detained while trying to hold demonstrations")."""
    people = lex.cue_words("protesters")
    if patient is not None and patient.root.lower_ in people:
        return True
    if trig.i + 1 < len(trig.doc) and trig.nbor(1).lower_ in people:
        return True  # "Police detain protesters" parsed without an object
    protest = lex.cue_words("protest") - {"students", "crowd", "crowds"}
    for c in trig.children:
        at = c.lower_ in AT_PREPS or any(m.dep_ == "mark" and m.lower_ in AT_PREPS
                                          for m in c.children)
        if c.dep_ in {"prep", "advcl"} and at and any(
                t.lower_ in protest or t.lemma_.lower() in protest for t in c.subtree):
            return True
    return False


def _car_chase(tok: Token) -> bool:
    """The noun "chase" is a pursuit ("a high-speed car chase"), not police chasing
    protesters away (the verb)."""
    return tok.lemma_.lower() == "chase" and tok.pos_ in {"NOUN", "PROPN"} and any(
        t.lower_ in {"car", "vehicle", "high-speed", "speed", "foot"}
        for t in tok.doc[max(0, tok.i - 3):tok.i])


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
                    lex: Lexicon | None = None) -> tuple[str, str]:
    """Context overrides of the lexicon (e.g. car bomb + suicide → Suicide bomb)."""
    lex = lex or load_lexicon()
    for rule in lex.overrides:
        if rule["from"] not in {sub, origin}:
            continue
        hits = find_cues(context, lex.cue_first.get(rule["if"], {}))
        if rule["if"] == "lethal":
            hits = [h for h in hits if _live(context[h[0]]) and _about_protest(context[h[0]], lex)]
        elif rule["if"] == "riot":
            hits = [h for h in hits if _rioting(context, h[0], lex)]
        elif rule["if"] == "discovery":  # "recovered control of two villages": territory
            hits = [h for h in hits if not (h[1] < len(context) and
                                            context[h[1]].lower_ == "control")]
        elif rule["if"] == "intervention":
            hits = [h for h in hits if not _by_protesters(context[h[0]], lex)
                    and _live(context[h[0]], deep=False) and not _car_chase(context[h[0]])]
        if hits and rule.get("unless") and find_cues(context, lex.cue_first[rule["unless"]]):
            continue
        if hits:
            s, e = hits[0]
            return rule["to"], " ".join(t.text for t in context[s:e])
    return sub, ""
