"""Actors: the canonical actor table (ACLED naming) and phrase → actor resolution.

The knowledge lives in data files users can extend, not in this code:

* ``data/actors.yaml`` — named armed groups with aliases, inter codes and home
  country; the state-force templates generated for every country; generic
  nouns for civilians, protesters, rioters, unidentified armed groups; the
  generic words used for state forces and for coreference.
* ``data/actors_countries.tsv`` — every country: ACLED-style name, the form used
  inside "Military Forces of ...", demonyms, other names and capitals.

Public API
----------
``entity_patterns()``
    Patterns for the shared EntityRuler (label ORG, ``id`` = canonical name,
    so ``ent.ent_id_`` carries it). Acronyms match only with their exact
    capitalisation: "IS" is the group, "is" never is.
``ActorContext.from_doc(doc, country_code=None, toponyms=None)``
    Built once per document. Collects the named actors in order (for
    coreference) and country cues per sentence (country names, demonyms,
    capitals, and the resolved ``Toponym`` list of the places stage when
    given). ``country_code`` is a document-level default (ISO2).
    ``context.country_for(span)`` gives the ISO2 country a span is about.
``resolve_actor(span, context=None, country_code=None) -> Actor | None``
    The actor a noun phrase names. ``country_code`` is the caller's hint for
    the sentence (the event stage passes the country of the event's place);
    a country named inside the phrase still wins ("Russian air strikes").
``resolve_actors(span, context=None, country_code=None) -> (Actor | None, list[Actor])``
    The main actor and its associated actors: further conjuncts
    ("Government troops and paramilitary units" → Military Forces of Iraq,
    [PMF: Popular Mobilization Forces]) and civilian sub-groups
    ("26 displaced people" → Civilians (Syria), [Refugees/IDPs (Syria)]).
``resolve_name(text) -> str | None``
    Canonical name for a bare string (another dataset's actor column).
``split_coordinated(span) -> list[Span]``
    The conjuncts of a coordinated noun phrase.
``lookup(name)``, ``country_of(name)``, ``inter_of(name, event_country=None)``
    Table look-ups; the ACLED codes themselves are in ``frontlines.domain.codes``.

Conventions (ACLED style; choices made where ACLED is silent or varies)
----------------------------------------------------------------------
* State forces: ``Military Forces of X`` / ``Police Forces of X`` for every
  country, inter 1, without ACLED's regime-period suffix ("(2014-)").
  Countries whose English name takes an article keep it ("Military Forces of
  the United States"). Service branches and known state units are aliases,
  not separate actors (IRGC → Military Forces of Iran, Tatmadaw → Military
  Forces of Myanmar, IDF → Military Forces of Israel, SAF → Military Forces of
  Sudan). Gendarmes are police. "the regime", "government troops", "the
  army", "the defence ministry" → state forces of the country in context.
* Foreign state forces: ``inter_of(name, event_country)`` returns 8
  (external/other forces) for a state force acting outside its own country,
  following ACLED's inter-8 definition; without ``event_country`` it is 1.
* Kurdistan Region of Iraq: a sub-state government → ``Military Forces of
  Kurdistan Regional Government`` (Peshmerga), inter 1, country Iraq.
* Iraq's Popular Mobilization Forces: ``PMF: Popular Mobilization Forces``,
  inter 3 (political militia); "paramilitary units/forces" in an Iraqi
  context resolve to it, so the AFP sentence gives Military Forces of Iraq
  with PMF as associated actor.
* US-led coalition against IS: ``Global Coalition Against Daesh``, inter 8,
  when no member state is named; "US troops" stay Military Forces of the
  United States. The Saudi-led coalition in Yemen → Military Forces of Saudi
  Arabia (its leading member).
* Houthis are ``Houthis`` (inter 2), as in SPEC.md.
* Unnamed armed actors ("gunmen", "armed men", "unidentified assailants")
  → ``Unidentified Armed Group (X)``, inter 3, as ACLED codes them.
* Civilians and sub-groups: ``Civilians (X)`` inter 7; journalists, aid
  workers, displaced people/refugees, children, women ... are Civilians (X)
  with an associated actor "Journalists (X)", "Refugees/IDPs (X)", etc.
  Protesters (X) 6, Rioters (X) 5.
* Coreference: "the jihadists", "the group", "militants", "its fighters",
  "insurgents" → the most recent named non-state armed group before the
  phrase (jihadist words prefer groups tagged jihadist, rebel words prefer
  inter 2), else the most frequent one in the document, else (for
  militant-like words) Unidentified Armed Group of the context country.
* Country of a phrase, in order: a country named inside its head noun phrase
  ("Iraqi government forces", "Iraq's army"), one in its modifiers ("bombers
  flying from Russia"), the caller's hint, cues of the sentence (skipping
  "border with X", "X-backed", "X-based", mentions inside organisation names
  and inside "backed by ..." phrases), the two previous sentences, the
  document default, the document's dominant country.
* ``Actor.country`` is the ACLED-style country name ("Syria"); transnational
  groups (Al Qaeda, the coalition) have none.

Known limits: acronyms in all-capitals text are not trusted (a sentence in
capitals is skipped for exact-case acronyms); identity militias of named
ethnic groups are not generated; regime periods are not modelled.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines import data, settings
from frontlines.domain import codes
from frontlines.domain.model import Actor, Toponym
from frontlines.extraction import actor_table
from frontlines.extraction.actor_table import (  # noqa: F401 (the stage's public API)
    GENERIC_INTER,
    GENERIC_RE,
    ActorInfo,
    Country,
    country_iso,
    country_of,
    entity_patterns,
    inter_of,
    lookup,
    make_actor,
    military_of,
    police_of,
)
from frontlines.extraction.words import no_longer_serving


def state_of(span: Span) -> Actor | None:
    """The state forces a country word stands for when it modifies a weapon of war
    ("US airstrikes", "Israeli strikes"): only states have air forces and artillery."""
    if span.root.dep_ in {"compound", "nmod"} and _capital_only(span):
        return None  # "the Baghdad bombings", "the Kabul attack": where, not who
    iso = _span_country(list(span))
    return military_of(iso, span.text)


def names_a_state(tok: Token) -> bool:
    """A word that is a country's name or acronym ("Syria", "US", "U.S."), not a city's:
    "a US convoy" is a state's, "the Baghdad headquarters" of a committee is not."""
    letters = tok.text.replace(".", "")
    return tok.lower_ in actor_table.table().by_country_name or (
        letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 3)


@lru_cache(maxsize=1)
def _state_weapons() -> frozenset[str]:
    return frozenset(w.lower() for w in data.load("actors.yaml").get("state_weapons") or [])


def _capital_only(span: Span) -> bool:
    """True when a span names a capital city and no country: a capital stands for its
    state as a subject ("Moscow struck"), but before an event noun it is the place."""
    words = span.text.lower()
    countries = actor_table.table().countries.values()
    return any(words == c.lower() for co in countries for c in co.capitals) and not any(
        words in (co.name.lower(), co.form.lower(), *(a.lower() for a in co.aliases))
        for co in countries)


def state_agent(span: Span) -> Actor | None:
    """The state forces an agent names by its country alone ("Israel had struck") or by
    a country's weapon ("an Israeli drone struck"): only states act so; None otherwise."""
    root = span.root
    if root.ent_type_ == "GPE":
        return state_of(span)
    if root.lemma_.lower() in _state_weapons():
        return state_of(span)
    return None


def led_country(tokens: list[Token]) -> str | None:
    """The state a "<Country>-led" phrase names as leader ("U.S.-led bombing raids",
    "French-led troops", "a Saudi-led coalition"), ISO2. "Kurdish-led forces" name a
    people, not a state: None. (The country cues skip "-led" as they skip "-backed": the
    leader is not where it happened, but its forces are the side.)"""
    cues = actor_table.table().country_cues
    for i, tok in enumerate(tokens):
        lower = tok.lower_
        if lower.endswith("-led") and len(lower) > 4:  # "U.S.-led" as one token
            hit = cues.get(tuple(actor_table.word_tokens(tok.text[:-4])))
        elif lower == "led" and i >= 2 and tokens[i - 1].text == "-":
            hit = cues.get(tuple(actor_table.word_tokens(tokens[i - 2].text)))
        else:
            continue
        if hit is not None:
            return hit[0]
    return None


def led_force(span: Span) -> Actor | None:
    """The military of the state that leads what an agent names ("U.S.-led bombing raids
    destroyed ..."): a coalition the table does not name is its leader's forces, as ACLED
    codes the Saudi-led coalition of Yemen as Saudi Arabia's. Not the bare modifier
    ("US-led" of "US-led coalitions strikes"): the phrase it leads may name a coalition."""
    if span.root.lower_.endswith("led"):
        return None
    iso = led_country(list(span))
    return military_of(iso, span.text)


def victims(counted: str, iso2: str | None) -> Actor | None:
    """The victims a casualty phrase counts ("seven people (killed)"): civilians when
    its noun is a civilian noun of the actor table, else no one (soldiers, militants
    are named by their own phrase)."""
    if not names_civilians(counted):
        return None
    return _generic_actor("Civilians ({country})", iso2, counted)


def victims_unplaced(counted: str) -> Actor | None:
    """The civilians a casualty phrase counts in a report that names no place ("at least
    seven civilians were killed in the attack"): ACLED's victims all the same, with the
    country left unknown rather than the victims left out."""
    if not names_civilians(counted):
        return None
    return Actor(name="Civilians", inter=codes.CIVILIANS, text=counted, kind="civilians")


def names_civilians(text: str) -> bool:
    """True when a phrase has a civilian noun of the actor table ("the community", "seven
    people"): the unarmed, whatever country they are of."""
    t = actor_table.table()
    words = [w.strip("();,.").lower() for w in text.split()]
    return any(t.generic.get((actor_table.singular(w),), ("", 0))[1] == 7 for w in words)


def names_perpetrator(token: Token) -> bool:
    """True for an event word that is itself the perpetrator ("a suicide bomber killed
    four", "gunmen opened fire"): a noun of the unidentified armed group in the table."""
    generic = actor_table.table().generic
    keys = [(actor_table.singular(token.lower_),)]
    if token.i > 0:  # "suicide bomber", "armed men"
        keys.append((token.doc[token.i - 1].lower_, actor_table.singular(token.lower_)))
    return any(generic.get(k, ("", 0, ""))[1] == 3 for k in keys)


def civilians(iso2: str | None) -> Actor | None:
    """Civilians of the country where an attack on a civilian target happened (a
    hospital, a school, a market): ACLED names the target so, whoever was inside."""
    return _generic_actor("Civilians ({country})", iso2, "")


def demonstrators(riot: bool, iso2: str | None) -> Actor | None:
    """The demonstrators of a protest or riot whose report names none: ACLED codes
    them "Protesters (Country)" / "Rioters (Country)"."""
    return _generic_actor("Rioters ({country})" if riot else "Protesters ({country})",
                          iso2, "")


def demonstrators_unplaced(riot: bool) -> Actor:
    """The demonstrators of a report that names no place ("About 30 carwash owners
    protested in the back of the committee room"): ACLED codes every demonstration with
    its crowd, so they are "Protesters" / "Rioters" with the country left unknown rather
    than the crowd left out (as `victims_unplaced` does for civilians)."""
    if riot:
        return Actor(name="Rioters", inter=codes.RIOTERS, text="", kind="rioters")
    return Actor(name="Protesters", inter=codes.PROTESTERS, text="", kind="protesters")


def demonstrating(actor: Actor | None, riot: bool) -> Actor | None:
    """Civilians who demonstrate are ACLED's "Protesters (Country)" (or "Rioters"): refugees
    rallying in Nairobi, students marching in Spanish cities. The country stays the one
    where it happened; who they are goes to the associated actor, not to actor1."""
    return _renamed_group(actor, "Civilians", "Rioters" if riot else "Protesters")


def rioting(actor: Actor | None) -> Actor | None:
    """Protesters whose act is violent (a riot, an attack, looting or burning) are ACLED's
    "Rioters (Country)": the codebook names a crowd by what it did, not by its word for
    itself ("protesters set fire to a police station")."""
    return _renamed_group(actor, "Protesters", "Rioters")


def _renamed_group(actor: Actor | None, old: str, new: str) -> Actor | None:
    """A country-scoped generic actor of one kind named as another of the same country
    ("Civilians (Kenya)" -> "Protesters (Kenya)"); any other actor as it is."""
    m = GENERIC_RE.match(actor.name) if actor is not None else None
    if m is None or m.group(1) != old:
        return actor
    return make_actor(f"{new} ({m.group(2)})", actor.text)


def names_force(span: Span) -> bool:
    """True when a phrase's head is a word for a state's forces or government ("troops",
    "riot police", "the regime"), not its people ("the Palestinians")."""
    t = actor_table.table()
    core, _rest = _core_and_rest(span)
    return any(_head_key(core, words) for words in (t.military, t.police, t.government))


def names_government(span: Span) -> bool:
    """True when a phrase's head is a word for a government or an administration ("the
    Bodoland Territorial Administration"), which rules and does not fight."""
    core, _rest = _core_and_rest(span)
    return bool(_head_key(core, actor_table.table().government))


def names_crowd(span: Span) -> bool:
    """True when a sentence names demonstrators ("protesters", "the crowd", "rioters"):
    ACLED's generic protesters and rioters; dispersed chemicals are no protest."""
    t = actor_table.table()
    crowds = {key[-1] for key, (_tpl, _inter, kind) in t.generic.items()
              if kind in {"protesters", "rioters"}}
    return any(actor_table.singular(tok.lower_) in crowds for tok in span)


def names_security_force(span: Span) -> bool:
    """True when a phrase's head is a word for armed men of the state ("security forces",
    "riot police", "troops"), not its government ("the Mexican government said")."""
    t = actor_table.table()
    core, _rest = _core_and_rest(span)
    return any(_head_key(core, words) for words in (t.military, t.police))


def armed_opposition(span: Span, iso2: str | None) -> Actor | None:
    """"The opposition" as the agent of violence: the armed opposition, ACLED's
    "Opposition Rebels (X)" (as a protest's or a vote's agent it is the political one,
    so only the violent event types call this)."""
    nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"}]
    if [t.lower_ for t in nouns] != ["opposition"]:
        return None
    return _generic_actor("Opposition Rebels ({country})", iso2, span.text)


def unidentified_group(iso2: str | None) -> Actor | None:
    """The perpetrator of an attack or explosion the report does not name: ACLED codes
    it "Unidentified Armed Group (Country)", the country where it happened."""
    return _generic_actor("Unidentified Armed Group ({country})", iso2, "")


@lru_cache(maxsize=1)
def _weapon_owners() -> dict[str, str]:
    table = data.load("actors.yaml").get("weapon_owners") or {}
    return {k.lower(): v for k, v in table.items()}


def weapon_owner(text: str) -> Actor | None:
    """The force a weapon named in ``text`` belongs to, when only one force uses it
    ("a barrel bomb hit a building" -> Military Forces of Syria; data: weapon_owners)."""
    low = text.lower()
    for words, name in _weapon_owners().items():
        if re.search(rf"\b{re.escape(words)}\b", low):
            return make_actor(name, words)
    return None


_HOLDING = {"held", "controlled", "occupied", "besieged", "run", "dominated"}


def _holding_marks(span: Span) -> list[Token]:
    """The "held" of "regime-held", "rebel-controlled" in a phrase or the two words after it."""
    doc = span.doc
    words = list(span) + list(doc[span.end:min(span.end + 2, len(doc))])
    return [t for t in words if t.lower_ in _HOLDING and t.i > 0 and doc[t.i - 1].text == "-"]


def held_area(span: Span) -> bool:
    """True for the area an actor holds ("regime-held areas", "rebel-controlled
    districts"): a place the event hit, not a side of it (the victims are counted apart)."""
    return bool(_holding_marks(span))


def area_holder(span: Span) -> Span | None:
    """The side whose area the event hit ("rebel" of "shelled rebel-held villages",
    "Islamic State" of "Islamic State-held Mosul"): ACLED's actor2 of an attack on an
    area is who holds it, the other side of the war, when no victims are named."""
    doc = span.doc
    for t in _holding_marks(span):
        if t.i > 1 and doc[t.i - 2].is_alpha:
            start = t.i - 2  # a name of several words: "Islamic State-held"
            while start > span.start and doc[start].is_title and doc[start - 1].is_title:
                start -= 1
            return doc[start:t.i - 1]
    return None


def own_nationality(actor: Actor | None) -> bool:
    """A country-scoped generic actor whose own words give its people ("an Israeli
    motorist" -> Civilians (Israel), "five Palestinians"): ACLED names victims of another
    nationality by it, so neither the record's place nor the report's main country
    replaces it."""
    iso = generic_country(actor)
    c = actor_table.table().countries.get(iso or "")
    if actor is None or c is None:
        return False
    words = [w.strip("(),.;:'\u2019").lower() for w in actor.text.split()]
    return any(d.lower() in words or (d + "s").lower() in words for d in c.demonyms)


def where_it_happened(actor: Actor | None, iso2: str | None,
                      victims: bool = False) -> Actor | None:
    """A country-scoped generic actor ("Civilians (X)", "Unidentified Armed Group (X)")
    takes the country where the event happened, as ACLED names them: civilians killed
    east of Aleppo while "the opposition weighed a US-Russia truce deal" are Civilians
    (Syria), never of the country of some other word in the sentence. Given
    ``victims``, civilians hit whose own words give their people keep it ("an Israeli
    motorist" shot in the West Bank: Civilians (Israel)); a crowd is named after the
    country where it demonstrates ("Palestinian refugees ... demonstrated" in Lebanon)."""
    if actor is None or not iso2:
        return actor
    if actor.name in GENERIC_INTER:  # read with no place ("Civilians"), placed by another mention
        return _generic_actor(actor.name + " ({country})", iso2, actor.text) or actor
    m = GENERIC_RE.match(actor.name)
    if not m or m.group(1) not in GENERIC_INTER or country_iso(m.group(2)) == iso2 or (
            victims and m.group(1) == "Civilians" and own_nationality(actor)):
        return actor
    return _generic_actor(m.group(1) + " ({country})", iso2, actor.text) or actor


def generic_country(actor: Actor | None) -> str | None:
    """The country (ISO2) of a country-scoped generic actor ("Civilians (Syria)",
    "Unidentified Armed Group (Iraq)"), else None."""
    m = GENERIC_RE.match(actor.name) if actor is not None else None
    return country_iso(m.group(2)) if m and m.group(1) in GENERIC_INTER else None


def _generic_actor(template: str, iso2: str | None, text: str) -> Actor | None:
    c = actor_table.table().countries.get(iso2 or "")
    if c is None:
        return None
    return make_actor(template.format(country=c.name, the_country=c.form), text)


# the kind of an armed generic actor kept without a country (`described_group`)
_UNPLACED_ARMED = {codes.REBELS: "rebel", codes.POLITICAL_MILITIA: "militia",
                   codes.IDENTITY_MILITIA: "identity militia"}


_BOTH_SIDES = frozenset({"both", "each", "either"})


def described_group(template: str, iso2: str | None, text: str) -> Actor | None:
    """An armed group the report describes but does not name ("Gunmen have shot and
    killed the director", "suspected rebels shot dead five"): ACLED's "Unidentified
    Armed Group (Country)" or "Opposition Rebels (Country)". With no country in the
    report the group is kept without one (as `victims_unplaced` keeps the civilians),
    for the record's place to settle (`where_it_happened`), rather than left out."""
    actor = _generic_actor(template, iso2, text)
    name = template.removesuffix(" ({country})")
    if actor is not None or GENERIC_INTER.get(name) not in _UNPLACED_ARMED:
        return actor
    if _BOTH_SIDES & {w.lower() for w in text.split()}:
        return None  # "12 militants from both sides": the two sides, not one group
    inter = GENERIC_INTER[name]
    return Actor(name=name, inter=inter, text=text, kind=_UNPLACED_ARMED[inter])


# --------------------------------------------------------------------------
# Matching over tokens.

_SHIFT_SUFFIX = {"backed", "based", "supported", "allied", "sponsored", "funded", "trained",
                 "armed", "led", "born", "owned", "run", "controlled", "held", "occupied"}
_BACKING = {"backed", "supported", "support", "aided", "assisted", "helped", "escorted",
            "covered", "reinforced", "accompanied"}


def _shouting(tokens: list[Token]) -> bool:
    """True when the text is in capitals, where acronyms cannot be trusted."""
    words = [t.text for t in tokens if t.is_alpha and len(t.text) > 2]
    upper = sum(w.isupper() for w in words)
    return len(words) >= 4 and upper / len(words) > settings.SHOUTING_SHARE


_FIRST_WORDS: dict[int, dict[str, int]] = {}


def _first_words(bucket: dict) -> dict[str, int]:
    """First word of every alias in ``bucket`` -> the longest alias it starts (cached)."""
    found = _FIRST_WORDS.get(id(bucket))
    if found is None:
        found = {}
        for key in bucket:
            found[key[0]] = max(found.get(key[0], 0), len(key))
        _FIRST_WORDS[id(bucket)] = found
    return found


def _plain(word: str) -> str:
    """A word with typographic apostrophes made straight, as the data files write them:
    news copy spells "People’s Protection Units" with a curly one."""
    return word.replace("\u2019", "'").replace("\u2018", "'")


def _match_at(lowers: list[str], texts: list[str], i: int, bucket: dict, max_len: int,
              shouting: bool) -> tuple[int, str] | None:
    """Longest alias of ``bucket`` starting at token i: (length, name)."""
    for n in range(min(max_len, len(lowers) - i), 0, -1):
        for form, name in bucket.get(tuple(lowers[i:i + n]), ()):
            if any(f is not None and (f != text or shouting)
                   for f, text in zip(form, texts[i:i + n], strict=True)):
                continue
            return n, name
    return None


_TIE_SUFFIX = {"linked", "affiliated", "inspired", "aligned", "allied", "backed", "loyal"}


def _qualifies(lowers: list[str], end: int) -> bool:
    """A name followed by "-linked", "-affiliated"...: it describes another group."""
    return end + 1 < len(lowers) and lowers[end] == "-" and lowers[end + 1] in _TIE_SUFFIX


# "al-Qaeda's Syrian affiliate", "the Islamic State offshoot": nouns that make the name
# before them a description of another group (ACLED codes the group by its own name)
_TIE_NOUNS = {"affiliate", "affiliates", "branch", "offshoot", "off-shoot", "franchise",
              "ally", "allies", "wing", "arm", "splinter", "spin-off", "faction", "proxy",
              "proxies"}
_TIE_GAP = {"'s", "\u2019s", ",", "the", "a", "an", "-", "former", "local", "regional"}


def _describes_next(tokens: list[Token], end: int, nxt: int) -> bool:
    """A name that only says whose affiliate the next named group is: "al-Qaeda's Syrian
    affiliate Jabhat al-Nusra", "the Nusra Front, al-Qaeda's branch" is the Nusra Front.
    Between them only a possessive, adjectives of place and a tie noun."""
    gap = tokens[end:nxt]
    if not gap or len(gap) > 6 or not any(tok.lower_ in _TIE_NOUNS for tok in gap):
        return False
    return all(tok.lower_ in _TIE_NOUNS or tok.lower_ in _TIE_GAP or tok.pos_ in {"ADJ", "PROPN"}
               for tok in gap)


def _named_in(core: list[Token], bucket: dict | None = None) -> list[tuple[int, int, str]]:
    """The aliases a head phrase names as itself: not a name after "anti-" ("anti-Gaddafi
    forces" are Gaddafi's enemies, not his forces)."""
    return [(start, end, name) for start, end, name in _find_aliases(core, bucket)
            if not (start >= 2 and core[start - 1].text == "-"
                    and core[start - 2].lower_ == "anti")]


def _plural_of_name(lower: str, bucket: dict) -> tuple[int, str] | None:
    """"At least four Peshmergas": a one-word name (matched in any case) with a plural
    -s counts members of the named force."""
    sing = actor_table.singular(lower)
    if sing == lower:
        return None
    for form, name in bucket.get((sing,), ()):
        if all(f is None for f in form):
            return 1, name
    return None


def _find_aliases(tokens: list[Token], bucket: dict | None = None) -> list[tuple[int, int, str]]:
    """All non-overlapping alias matches in a token list: (start, end, name)."""
    t = actor_table.table()
    bucket = t.aliases if bucket is None else bucket
    firsts = _first_words(bucket)
    lowers = [_plain(tok.lower_) for tok in tokens]
    texts = [_plain(tok.text) for tok in tokens]
    shouting = _shouting(tokens)
    out = []
    i = 0
    while i < len(lowers):
        longest = firsts.get(lowers[i])
        m = _match_at(lowers, texts, i, bucket, longest, shouting) if longest else None
        if m is None:
            m = _plural_of_name(lowers[i], bucket)
        if m and _qualifies(lowers, i + m[0]):
            i += m[0]  # "the al-Qaeda-linked Nusra Front": the Nusra Front, not al-Qaeda
        elif m:
            out.append((i, i + m[0], m[1]))
            i += m[0]
        else:
            i += 1
    return [m for k, m in enumerate(out)
            if k + 1 == len(out) or not _describes_next(tokens, m[1], out[k + 1][0])]


@lru_cache(maxsize=1)
def _country_cue_starts() -> frozenset[str]:
    """First words of the country cues: a token no cue starts with needs no look-up."""
    return frozenset(key[0] for key in actor_table.table().country_cues if key)


def _country_cues(tokens: list[Token], *, skip_orgs: bool) -> list[tuple[int, str, float]]:
    """Country mentions (index, ISO2, weight), skipping those that do not place the text."""
    t = actor_table.table()
    starts = _country_cue_starts()
    out = []
    i = 0
    n_tok = len(tokens)
    while i < n_tok:
        if tokens[i].text not in starts:  # most words begin no country name
            i += 1
            continue
        hit = None
        for n in range(min(4, n_tok - i), 0, -1):
            key = tuple(_plain(tok.text) for tok in tokens[i:i + n])
            if key in t.country_cues:
                hit = (n, *t.country_cues[key])
                break
        if hit is None:
            i += 1
            continue
        n, iso2, weight, _is_dem = hit
        tok, end = tokens[i], i + n
        skip = False
        # "U.S.-backed", "Britain-based": the country is not where this happens.
        if end + 1 < n_tok and tokens[end].text == "-" and tokens[end + 1].lower_ in _SHIFT_SUFFIX:
            skip = True
        # "the border with Syria", "frontier with Iraq"
        # "the border crossing with Turkey", "a crossing into Turkey": the neighbour
        if i >= 2 and tokens[i - 1].lower_ in {"with", "of", "into"} and \
                tokens[i - 2].lower_ in {"border", "frontier", "borders", "crossing",
                                         "crossings"}:
            skip = True
        # "supply lines to the Turkish border": the neighbour's border, not its forces
        # (but "Jordanian border guards" are Jordan's: a state noun of the border)
        if end < n_tok and tokens[end].lower_ in {"border", "frontier", "borders"} and not (
                _border_force(tokens[end:end + 2])):
            skip = True
        # Inside an organisation's name ("Syrian Observatory for Human Rights").
        if skip_orgs and tok.ent_type_ == "ORG" and not tok.ent_id_:
            skip = True
        # Inside "backed by Russian air strikes".
        if any(a.lower_ in _BACKING for a in list(tok.ancestors)[:4]):
            skip = True
        if not skip:
            out.append((i, iso2, weight))
        i = end
    return out


def _border_force(tokens: list[Token]) -> bool:
    """True for a state noun that begins with "border" ("border guards", "border
    police"): the forces of the country its demonym names, not that country's border."""
    t = actor_table.table()
    key = tuple(actor_table.singular(tok.lower_) for tok in tokens)
    return len(key) == 2 and (key in t.military or key in t.police)


# --------------------------------------------------------------------------
# Document context.


@dataclass
class ActorContext:
    """What a document tells about its actors: named mentions and country cues."""

    doc: Doc
    country_code: str | None = None
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (token index, name)
    sent_countries: dict[int, Counter] = field(default_factory=dict)  # sent start -> ISO2 weights
    doc_countries: Counter = field(default_factory=Counter)
    sent_regions: dict[int, set[str]] = field(default_factory=dict)  # sent start -> admin1s

    @classmethod
    def from_doc(cls, doc: Doc, country_code: str | None = None,
                 toponyms: Iterable[Toponym] | None = None) -> ActorContext:
        """Scan a parsed document once: named actors in order, country cues per sentence."""
        ctx = cls(doc=doc, country_code=country_code.upper() if country_code else None)
        for sent in doc.sents:
            toks = list(sent)
            weights: Counter = Counter()
            for _i, iso2, w in _country_cues(toks, skip_orgs=True):
                weights[iso2] += w
            ctx.sent_countries[sent.start] = weights
            ctx.doc_countries.update(weights)
        for top in toponyms or ():
            if top.place is None or not top.place.country_code:
                continue
            span = doc.char_span(top.start, top.end, alignment_mode="expand")
            if span is None:
                continue
            ctx.sent_countries.setdefault(span.sent.start, Counter())[top.place.country_code] += 1
            ctx.doc_countries[top.place.country_code] += 1
            if top.place.admin1 and top.place.level != "country":
                ctx.sent_regions.setdefault(span.sent.start, set()).add(
                    f"{top.place.country_code}.{top.place.admin1}")
        t = actor_table.table()
        for sent in doc.sents:
            toks = list(sent)
            for s, _e, name in _find_aliases(toks):
                ctx._add_mention(sent.start + s, name)
            iso = ctx._sentence_country(sent)
            if iso and iso in t.context:
                for s, _e, name in _find_aliases(toks, t.context[iso]):
                    ctx._add_mention(sent.start + s, name)
        ctx.mentions.sort()
        return ctx

    def _add_mention(self, i: int, name: str) -> None:
        info = lookup(name)
        if info is not None and info.kind not in {"state", "civilians"}:
            self.mentions.append((i, name))

    def _sentence_country(self, sent: Span) -> str | None:
        """Country of a sentence by its own cues, else the two before it."""
        sents = list(self.doc.sents) if not hasattr(self, "_sents") else self._sents
        self._sents = sents
        idx = next((k for k, s in enumerate(sents) if s.start == sent.start), None)
        if idx is None:
            return None
        for k in range(idx, max(idx - 3, -1), -1):
            weights = self.sent_countries.get(sents[k].start)
            if weights:
                best = weights.most_common()
                if len(best) == 1 or best[0][1] > best[1][1]:
                    return best[0][0]
                if k == idx:  # a tie in the sentence itself: break it by the document
                    tied = {c for c, w in best if w == best[0][1]}
                    ranked = [c for c, _ in self.doc_countries.most_common() if c in tied]
                    if ranked:
                        return ranked[0]
        return None

    def _elsewhere(self, i: int, span: Span) -> bool:
        """A group named in an earlier sentence about another province: "terrorists"
        shelling Damascus in a state-agency round-up are not the ISIL of the item on
        Deir Ezzor before it (ACLED: an unnamed perpetrator is unidentified)."""
        here, there = self._scene(span.sent.start), self._scene(self.doc[i].sent.start)
        return bool(here and there and self.doc[i].sent.start != span.sent.start
                    and not here & there)

    def _scene(self, start: int) -> set[str]:
        """The provinces a sentence is about: its own places, else the last ones named."""
        for s in sorted((s for s in self.sent_countries if s <= start), reverse=True):
            if self.sent_regions.get(s):
                return self.sent_regions[s]
        return set()

    def about(self, iso2: str) -> bool:
        """Is the report about this country (named at least half as often as the
        country it names most)?"""
        main = self.dominant_country()
        return main is None or iso2 == main or (
            2 * self.doc_countries[iso2] >= self.doc_countries[main])

    def home(self, actor: Actor | None) -> Actor | None:
        """A country-scoped generic actor ("Civilians (Ghana)") whose country the report
        is not about takes the report's main country: the country came from a
        misread place ("Kafr Awid" read as a town in Ghana), not from the text."""
        if actor is None:
            return None
        m = GENERIC_RE.match(actor.name)
        iso = country_iso(m.group(2)) if m and m.group(1) in GENERIC_INTER else None
        main = self.dominant_country()
        if iso is None or main is None or self.about(iso):
            return actor
        moved = _generic_actor(m.group(1) + " ({country})", main, actor.text)
        return moved or actor

    def dominant_country(self) -> str | None:
        """The country the document talks about most (ISO2)."""
        if self.doc_countries:
            return self.doc_countries.most_common(1)[0][0]
        return self.country_code

    def country_for(self, span: Span) -> str | None:
        """The country (ISO2) a span's sentence is about: its cues, nearby, the document."""
        return self._sentence_country(span.sent) or self.country_code or self.dominant_country()

    def groups_home(self) -> str | None:
        """The one home country of the named groups of a report that names no country:
        "the Kurdish forces killed 31 regime fighters ... after losing 13 YPG fighters" is
        Syria's war, so its generic words resolve as in Syria (never a transnational
        group's home, nor a guess between two)."""
        homes = {info.country for _i, name in self.mentions
                 if (info := lookup(name)) is not None and info.country
                 and "transnational" not in info.tags}
        return homes.pop() if len(homes) == 1 else None

    def antecedent(self, span: Span, prefer: str = "any") -> Actor | None:
        """The named non-state group a generic phrase refers back to.

        ``prefer`` is "jihadist" (groups tagged jihadist), "rebel" (inter 2) or
        "any". The most recent mention before the span (or inside its
        sentence) wins; else the most frequent in the document.
        """
        # "Islamist fighters" are never the Kurdish YPG the sentence also names: a word of
        # creed points back only to a jihadist group, never to whichever group is named
        creed = bool({t.lower_ for t in span} & actor_table.table().ideology)
        if creed:
            prefer = "jihadist"

        def ok(name: str) -> bool:
            info = lookup(name)
            if info is None or info.inter not in {2, 3, 4, 8}:
                return False
            if info.name.startswith("Unidentified"):
                return False
            if prefer == "jihadist":
                return "jihadist" in info.tags
            if prefer == "rebel":  # "rebels" in Syria are not the Islamic State
                return info.inter == 2 and not {"jihadist", "not_rebels"} & info.tags
            return True

        limit = span.sent.end
        before = [(i, n) for i, n in self.mentions if i < limit and ok(n) and
                  not (span.start <= i < span.end)]
        if not before and prefer == "jihadist" and not creed:
            # "terrorists" in a state agency's report: whichever armed group it named.
            # Not for "rebels": unnamed rebels are "Opposition Rebels (Syria)", never IS
            before = [(i, n) for i, n in self.mentions if i < limit and lookup(n) and
                      lookup(n).inter in {2, 3, 4}]
        # A group named only later in the report is no antecedent: "terrorists" in
        # the lead are not the al-Nusra Front of the fifth paragraph.
        pool = [(i, n) for i, n in before
                if prefer != "jihadist" or not self._elsewhere(i, span)]
        if not pool:
            return None
        prior = [(i, n) for i, n in pool if i < span.start]
        if prior and _the_group(span):
            # "the group" is the group the report is about, the one it keeps naming, not
            # the last in a list ("even al-Qaida and the Taliban cannot compete")
            counts = Counter(n for _i, n in prior)
            top = max(counts.values())
            return make_actor(next(n for _i, n in reversed(prior) if counts[n] == top),
                              span.text)
        if prior:
            # a group named in the last few sentences; else one the report keeps naming.
            # "terrorists" three items down a state-agency round-up are not the group the
            # item about another town named once.
            starts = sorted(s for s in self.sent_countries if s <= span.start)
            near = starts[-settings.ANTECEDENT_SENTENCES] if len(
                starts) >= settings.ANTECEDENT_SENTENCES else 0
            recent = [(i, n) for i, n in prior if i >= near]
            if recent:
                return make_actor(recent[-1][1], span.text)
            name, times = Counter(n for _i, n in prior).most_common(1)[0]
            return make_actor(name, span.text) if times >= 2 else None
        counts = Counter(n for _i, n in pool)
        return make_actor(counts.most_common(1)[0][0], span.text)


def _the_group(span: Span) -> bool:
    """A bare definite "the group" (or "the group's")."""
    words = [t.lower_ for t in span if t.lower_ not in {"'s", "’s"}]
    return words == ["the", "group"]


# --------------------------------------------------------------------------
# Resolution of noun phrases.


def split_coordinated(span: Span) -> list[Span]:
    """The conjuncts of a noun phrase ("Government troops and paramilitary units" → 2 spans)."""
    root = span.root
    heads = [root]
    frontier = [root]
    while frontier:
        tok = frontier.pop()
        for child in tok.children:
            if child.dep_ == "conj" and span.start <= child.i < span.end:
                heads.append(child)
                frontier.append(child)
    if len(heads) == 1:
        return [span]
    heads.sort(key=lambda t: t.i)
    out = []
    for k, head in enumerate(heads):
        start = span.start if k == 0 else max(span.start, head.left_edge.i)
        end = heads[k + 1].left_edge.i if k + 1 < len(heads) else span.end
        while end > start and span.doc[end - 1].dep_ in {"cc", "punct"}:
            end -= 1
        out.append(span.doc[start:end])
    return [s for s in out if len(s)]


def _np_head(span: Span) -> Token:
    """The head of a name cut from in front of a noun: in "US-led coalition" (of "US-led
    coalition air strikes") both "led" and "coalition" modify the outside noun, and
    spaCy's root is the first; the name's head is the last modifier."""
    root = span.root
    if root.dep_ in {"amod", "compound", "nmod"} and not (span.start <= root.head.i < span.end):
        sibs = [t for t in span if t.i > root.i and t.head.i == root.head.i
                and t.dep_ in {"amod", "compound", "nmod"}]
        if sibs:
            return sibs[-1]
    return root


def _core_and_rest(span: Span) -> tuple[list[Token], list[Token]]:
    """Head noun phrase (modifiers + head) and the rest, minus "backed by ..." parts."""
    root = _np_head(span)
    core = [t for t in span if t.i <= root.i]
    # Keep compounds/flat names that follow the head inside the span ("Islamic State group").
    rest = []
    for t in span:
        if t.i <= root.i:
            continue
        chain = [t, *t.ancestors]
        inside = [a for a in chain if span.start <= a.i < span.end]
        if any(a.lower_ in _BACKING and a.i > root.i for a in inside):
            continue
        rest.append(t)
    return core, rest


def _head_key(core: list[Token], lexicon) -> tuple[str, ...] | None:
    """The longest lexicon entry (1-4 words) that ends the head noun phrase."""
    words = [actor_table.singular(t.lower_) for t in core if not t.is_punct or t.text == "-"]
    for n in range(min(4, len(words)), 0, -1):
        key = tuple(words[-n:])
        if key in lexicon:
            return key
    return None


def _span_country(tokens: list[Token]) -> str | None:
    cues = _country_cues(tokens, skip_orgs=False)
    if not cues:
        return None
    weights: Counter = Counter()
    for _i, iso2, w in cues:
        weights[iso2] += w
    return weights.most_common(1)[0][0]


def own_country(span: Span) -> str | None:
    """The country a phrase names itself ("a US soldier", "Syrian troops"), if any."""
    return _span_country(list(span))


def _weapon_clause_country(core: list[Token]) -> str | None:
    """"Six bombers that took off from Russian territory": a warplane's own relative
    clause names its country."""
    if not core or core[-1].lemma_.lower() not in _state_weapons():
        return None
    head = core[-1]
    return _span_country(list(head.doc[head.left_edge.i:head.right_edge.i + 1]))


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data.load("actors.yaml").get("part_words") or [])


def counted_body(span: Span) -> Span | None:
    """The body of people a part or a count is of: "Kurdish civilians" in "dozens of
    Kurdish civilians", "the security forces" in "two members of the security forces".
    The count says how many, the "of" phrase who they are."""
    root = span.root
    if root.lower_ not in _part_words() and root.lemma_.lower() not in _part_words() and (
            root.pos_ != "NUM"):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [g for g in prep.children if g.dep_ == "pobj" and span.start <= g.i < span.end]
            if objs:
                return span.doc[objs[0].left_edge.i:min(objs[0].right_edge.i + 1, span.end)]
    return None


def _task_prefixes(core: Span, tasks: set[str]) -> set[str]:
    """"Anti-riot police", "anti-terrorist soldiers": an "anti" before a task the state's
    forces do (state_nouns.state_tasks) names the unit, not a side against the state
    ("anti-government forces")."""
    words = [tok.lower_ for tok in core if tok.text != "-"]
    return {w for w, nxt in zip(words, words[1:], strict=False)
            if w in ("anti", "counter") and nxt in tasks}


def _in_clause(tok: Token, span: Span) -> bool:
    """A word inside a participle or relative clause of the phrase ("generals suspected
    of financing attacks on coalition forces"): the clause says what they did or whom
    they fought, not whose men they are ("fighters of the Islamic State group")."""
    return any(a.pos_ in ("VERB", "AUX") and span.root.i < a.i < span.end
               for a in tok.ancestors)


def _resolve_one(span: Span, ctx: ActorContext | None, hint: str | None) -> Actor | None:
    t = actor_table.table()
    if not len(span):
        return None
    core, rest = _core_and_rest(span)
    text = span.text
    # 1. A named actor or a state-force alias in the head noun phrase.
    found = _named_in(core)
    if found:
        return make_actor(found[-1][2] if len(found) > 1 and _is_head_match(core, found[-1])
                          else found[0][2], text)
    # ... or through its "of" words ("the Army of Conquest"), or in an "of/from" modifier.
    rest_of = [tok for tok in rest if any(a.lower_ in {"of", "from"} for a in tok.ancestors
                                          if a.i > span.root.i and a.i < span.end)
               and not _in_clause(tok, span)]
    found = _name_through_of(core, rest) or _find_aliases(rest_of)
    if found:
        return make_actor(found[0][2], text)
    in_core = _span_country(core) or led_country(core)  # "French-led troops": France's
    in_rest = _span_country(rest) or (None if in_core else _weapon_clause_country(core))

    def country() -> str | None:
        if in_core or in_rest or hint:
            return in_core or in_rest or hint
        return ctx.country_for(span) or ctx.groups_home() if ctx is not None else None

    early = _own_name_or_keepers(span, core, rest_of, in_core, country(), hint, ctx)
    if early is not None:  # "Raqqa Rebels Brigade", "two peacekeepers were killed"
        return early
    # 2. Phrases that name an actor only in one country ("paramilitary units" in Iraq).
    iso = country()
    if iso and iso in t.context:
        found = _named_in(core, t.context[iso])
        if found:
            return make_actor(found[0][2], text)

    clan = _clan_militia(span, iso)
    if clan is not None:  # "Habar Gidir clan militiamen": the clan's identity militia
        return make_actor(clan, text)
    lowers = {tok.lower_ for tok in core} - _task_prefixes(core, t.state_tasks)
    # 3. Generic state words: the state forces of the country in context.
    mil = _head_key(core, t.military)
    pol = _head_key(core, t.police)
    gov = _head_key(core, t.government)
    state_key = mil or pol or gov
    if state_key and (lowers - set(state_key) - _for_the_state(core)) & t.not_state:
        state_key = None  # "opposition forces", "rebel troops": not the state's
        if not _head_key(core, t.coref) and not _head_key(core, t.generic):
            return None  # ("a suicide bomber" goes on to the generic nouns)
    if state_key and mil and not (in_core or in_rest) and ctx is not None and (
            core[-1].tag_ == "NN"):
        lone = _lone_soldier(core[-1], iso, ctx)
        if lone is not None:
            return military_of(lone, text)
    if state_key and "regime" in lowers and not (in_core or in_rest):
        if iso is None:  # "the regime" in a report that names no country
            return _unplaced_regime(span)
        iso = _home_abroad(iso, "regime_abroad")  # "regime soldiers shelled the Lebanese town"
    elif mil and not (pol or gov or in_core or in_rest or "security" in lowers):
        iso = _home_abroad(iso, "military_abroad")  # "troops raided Jenin": Israel's
    if state_key:
        return _state_force(span, core, iso, (mil, pol, gov), in_core)
    tied = (tied_group(rest, ctx, hint) or _prefix_tied(core, text)) \
        if span.root.lemma_.lower() not in OWN_GROUP else None
    if tied is not None:  # "suicide bombers linked to the group": the group's attack
        return tied
    # 4. Unidentified armed groups, civilians, protesters, rioters.
    gen = _head_key(core, t.generic)
    coref = _head_key(core, t.coref)
    named = _context_group_of(rest_of, iso) if coref or (gen and t.generic[gen][1] == 3) \
        else None
    if named is not None:
        return make_actor(named, text)
    if gen and (not coref or len(gen) > len(coref)):  # "ethnic militiamen": not "militiamen"
        template, _inter, _kind = t.generic[gen]
        return described_group(template, iso, text)
    # 5. Generic words for a non-state group: coreference.
    if coref and ctx is not None:
        return _coref_actor(span, core, coref, lowers, in_core, iso, ctx)
    return _armed_body(span, ctx, hint)


def _own_name_or_keepers(span: Span, core: list[Token], rest_of: list[Token],
                         in_core: str | None, iso: str | None, hint: str | None,
                         ctx: ActorContext | None) -> Actor | None:
    """The actors a phrase names before any state word is read: a group the table lacks
    by its own name ("Raqqa Rebels Brigade", whose "Brigade" is also a state's unit word;
    an "of" phrase only where the head is no state's force: "Israeli soldiers of the
    Golani Brigade"), then peacekeepers named by their task."""
    t = actor_table.table()
    state_head = any(_head_key(core, lex) for lex in (t.military, t.police, t.government))
    own = own_name_group(core, [] if in_core or state_head else rest_of, iso, span.text)
    if own is not None:
        return own
    keepers = _peacekeepers(core, hint or (ctx.country_for(span) if ctx else None),
                            in_core) if _names_peacekeepers(core) else None
    return replace(keepers, text=span.text) if keepers is not None else None


@lru_cache(maxsize=1)
def _group_name_words() -> dict[tuple[str, str], int]:
    """(word, "head"|"lead") -> inter, from data/group_name_words.tsv."""
    return {(row[0].strip().lower(), row[1].strip()): int(row[2])
            for row in data.load("group_name_words.tsv")}


# Lower-case words inside a group's proper name ("Jund al-Farouq", "Hezb-i-Islami",
# "Army of Conquest", "Ansar al-Din")
_NAME_LINKS = {"al", "el", "ad", "ad-", "as", "ash", "at", "ar", "an", "az", "ul", "i", "e",
               "-", "of", "the", "wal", "bin", "ibn", "'s"}


def _name_runs(tokens: list[Token]) -> list[list[Token]]:
    """The runs of consecutive tokens that make one proper name: capitalised words with the
    small linking words of Arabic and English names between them; a run neither begins
    nor ends with a linking word."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for tok in [*tokens, None]:
        if tok is not None and run and tok.i != run[-1].i + 1:
            tok_fits = False
        else:
            tok_fits = tok is not None and (
                tok.text[:1].isupper() or (run and tok.lower_ in _NAME_LINKS))
        if tok_fits:
            run.append(tok)
            continue
        while run and run[-1].lower_ in _NAME_LINKS:
            run.pop()
        if run:
            runs.append(run)
        run = [tok] if tok is not None and tok.text[:1].isupper() else []
    return runs


def _own_name(run: list[Token], militia_after: Token | None) -> tuple[str, int] | None:
    """(name, inter) where a proper name is an armed group's own name by its group word:
    its last word ("Raqqa Rebels Brigade"), its first ("Jund al-Farouq", "Army of
    Conquest"), or a lower-case "militia" right after it ("the Merile militia")."""
    words = _group_name_words()
    t = actor_table.table()
    if run[0].lower_ == "the":
        run = run[1:]
    lowers = [tok.lower_ for tok in run]
    if militia_after is not None and (militia_after.lower_, "head") in words:
        inter, name_part, name = words[(militia_after.lower_, "head")], run, (
            f"{run[0].doc[run[0].i:run[-1].i + 1].text} {militia_after.text.title()}")
    elif len(run) >= 2 and (lowers[-1], "head") in words:
        inter, name_part, name = words[(lowers[-1], "head")], run[:-1], None
    elif len(run) >= 3 and (" ".join(lowers[:2]), "lead") in words:
        inter, name_part, name = words[(" ".join(lowers[:2]), "lead")], run[2:], None
    elif len(run) >= 2 and (lowers[0], "lead") in words:
        inter, name_part, name = words[(lowers[0], "lead")], run[1:], None
    else:
        return None
    named = [tok for tok in name_part if tok.lower_ not in _NAME_LINKS]
    if not named or any(tok.like_num for tok in run):
        return None
    state_words = {key[0] for lex in (t.military, t.police, t.government) for key in lex
                   if len(key) == 1}
    if any(actor_table.singular(tok.lower_) in state_words | t.identity | _ideology_words()
           for tok in named) or _span_country(named):
        return None  # "the Syrian Marines Brigade", "the Shia militia": not an own name
    return name or run[0].doc[run[0].i:run[-1].i + 1].text, inter


@lru_cache(maxsize=1)
def _ideology_words() -> frozenset[str]:
    return data.words("actors.yaml", "ideology_words")


@lru_cache(maxsize=1)
def _armed_heads() -> frozenset[str]:
    """Head words of armed men whose "of/from" phrase may name their group ("fighters",
    "militants"): the wing and coreference words of actors.yaml. Not "members": parties,
    charities and brigades of firemen have members too ("members of the Boys Brigade")."""
    return (data.words("actors.yaml", "wing_words")
            | frozenset(w for key in actor_table.table().coref for w in key))


def own_name_group(core: list[Token], rest_of: list[Token], iso: str | None,
                   text: str) -> Actor | None:
    """A non-state armed group the actor table lacks, named by its own name: ACLED codes a
    named group by its name, not as an unidentified one ("clashes between Raqqa Rebels
    Brigade and ...", "Jund al-Farouq fighters", "fighters of the Liwa al-Tawhid"). The
    name is the phrase's head, a name before an armed head word ("... fighters"), or, after
    such a head word, the name its "of/from" phrase gives; the inter comes from the group
    word (data/group_name_words.tsv), the country from the context."""
    if not core:
        return None
    armed_heads = _armed_heads()
    last = core[-1]
    armed = bool({last.lower_, actor_table.singular(last.lower_), last.lemma_.lower()}
                 & armed_heads)
    candidates: list[tuple[list[Token], Token | None]] = []
    for tokens, own in ((core, True), (rest_of, False)):
        if not own and not armed:
            break  # "hundreds of Kurds": only an armed head word's "of" phrase
        following = {tok.i - 1: tok for tok in tokens}
        for run in _name_runs(tokens):
            after = following.get(run[-1].i)
            if after is not None and after.lower_ in {"militia", "militias"}:
                candidates.append((run, after))  # "the Merile militia"
            elif not own or run[-1].i == core[-1].i or (after is core[-1] and armed):
                candidates.append((run, None))
    for run, militia in candidates:
        found = _own_name(run, militia)
        if found is not None:
            name, inter = found
            c = actor_table.table().countries.get(iso or "")
            return Actor(name=name, inter=inter, country=c.name if c else None, text=text,
                         kind="rebel" if inter == 2 else "militia")
    return None


def _for_the_state(core: list[Token]) -> set[str]:
    """{"pro"} where it says the force is the state's own side ("pro-regime soldiers",
    "pro-Assad troops": `state_nouns.state_side`), else nothing to set aside."""
    side = _state_side()
    for a, b, c in zip(core, core[1:], core[2:], strict=False):
        if a.lower_ == "pro" and b.text == "-" and c.lower_ in side:
            return {"pro"}
    return set()


@lru_cache(maxsize=1)
def _state_side() -> frozenset[str]:
    nouns = data.load("actors.yaml").get("state_nouns") or {}
    return frozenset(str(w).lower() for w in nouns.get("state_side") or [])


def _names_peacekeepers(core: list[Token]) -> bool:
    """Whether a phrase names peacekeepers by their task (`peacekeeper_words`, one word or
    a pair: "blue helmets"); asked before the country, which costs a scan."""
    words = [actor_table.singular(t.lower_) for t in core]
    keys = set(words) | {" ".join(pair) for pair in zip(words, words[1:], strict=False)}
    return bool(keys & data.words("actors.yaml", "peacekeeper_words"))


def _peacekeepers(core: list[Token], where: str | None, nation: str | None) -> Actor | None:
    """Peacekeepers a report names by their task, not their mission ("two peacekeepers
    were killed", "Nigerian peacekeepers", "peacekeeping troops"): ACLED codes the force
    of the peace mission in the country where it happened (`peace_missions`), else a
    contingent named by its nation as that state's military (asked only where
    _names_peacekeepers holds)."""
    mission = data.load("actors.yaml")["peace_missions"].get(where or "")
    if mission:
        return make_actor(mission)
    return military_of(nation)


def _armed_body(span: Span, ctx: ActorContext | None, hint: str | None) -> Actor | None:
    """The force a member word is of ("members of the Republican Guard", "an officer of
    the army"): ACLED codes the members' deed to their force. Only a member word (counts
    such as "hundreds of" say nothing of arms) and only a state force or an armed group."""
    if span.root.lemma_.lower() not in _member_words():
        return None
    body = counted_body(span)
    if body is None or len(body) >= len(span):
        return None
    actor = _resolve_one(body, ctx, hint)
    armed = actor is not None and actor.inter in codes.ARMED
    return replace(actor, text=span.text) if armed else None


_CLAN_MEN = frozenset({"militia", "militias", "militiaman", "militiamen", "fighter", "fighters",
                       "gunman", "gunmen", "clan", "clans"})


def _clan_militia(span: Span, iso: str | None) -> str | None:
    """ACLED's name for the armed men of a named clan ("Habar Gidir clan militia",
    "militiamen of the Abgaal clan"): "<Clan> Clan Militia (<Country>)", an identity
    militia of the country in context. The clan's name is the capitalised words
    before "clan"; only a phrase about the clan's armed men or the clan itself."""
    c = actor_table.table().countries.get(iso or "")
    if c is None or span.root.lower_ not in _CLAN_MEN:
        return None
    for tok in span:
        if tok.lower_ != "clan":
            continue
        start = tok.i
        while start > span.start and span.doc[start - 1].text[:1].isupper() and (
                span.doc[start - 1].pos_ == "PROPN"):
            start -= 1
        if start < tok.i:
            return f"{span.doc[start:tok.i].text} Clan Militia ({c.name})"
    return None


def _home_abroad(iso: str | None, key: str) -> str | None:
    """The state a force word of a report placed in `iso` means: one fighting or holding
    ground across its borders there (`key` in actors.yaml: `regime_abroad` for "the
    regime", `military_abroad` for plain "troops"), else the country in context."""
    table = data.load("actors.yaml").get(key) or {}
    return next((home for home, abroad in table.items() if iso in abroad), iso)


def _unplaced_regime(span: Span) -> Actor | None:
    """The forces of the state "the regime" of a report that names no country means
    (`regime_home` in actors.yaml); none where the phrase names whose regime it is
    ("Saddam Hussein's regime": a ruler's name, not a country the table knows)."""
    home = data.load("actors.yaml").get("regime_home")
    if home is None or any(t.pos_ == "PROPN" for t in span):
        return None
    return actor_table.state_actor(home, False, span.text)


def _context_group_of(rest_of: list[Token], iso: str | None) -> str | None:
    """A group named in an armed word's "of/from" phrase by a name that is its name only in
    the country in context ("fighters of the Islamic Front" in Syria, "members of the Abu
    Sayyaf" in the Philippines): that group, as "Islamic Front fighters" would be. Only
    after an armed head word: "hundreds of Kurds" are no fighters."""
    context = actor_table.table().context.get(iso or "")
    found = _find_aliases(rest_of, context) if context and rest_of else []
    return found[0][2] if found else None


def perpetrator_group(span: Span, iso: str | None) -> Actor | None:
    """The group a phrase names only as the side that did violence ("Fulani herders
    killed 20 villagers" in Nigeria: the Fulani Ethnic Militia; `perpetrator` in
    actors.yaml). Herders who are killed stay civilians, so only an agent asks this.
    With no country in context, the one the phrase names itself ("a Bosnian Serb
    missile": Bosnia's Serbs, not Bosnia's army)."""
    bucket = actor_table.table().perpetrator.get(iso or own_country(span) or "")
    core, _rest = _core_and_rest(span)
    if span.root.dep_ in {"amod", "compound", "nmod"} and not (
            span.start <= span.root.head.i < span.end):
        core = list(span)  # words before the weapon they modify: no head noun of their own
    found = _find_aliases(core, bucket) if bucket else []
    if found:
        return make_actor(found[-1][2], span.text)
    return _community_band(span, iso or own_country(span))


@lru_cache(maxsize=1)
def _community_bands() -> dict[str, str]:
    table = data.load("actors.yaml").get("perpetrator_generic") or {}
    return {noun.lower(): template for template, nouns in table.items() for noun in nouns}


def _community_band(span: Span, iso: str | None) -> Actor | None:
    """A band named only by its community's trade or kin ("the suspected herdsmen raided
    four villages", "killed at the hands of a group of Arab clans"), as the side that did
    violence: ACLED's unnamed identity militia of the country (`perpetrator_generic` in
    actors.yaml), kept without a country where the report names none. The head noun, or
    that of the body a "group of" phrase is of; a people's name in the phrase is read
    first (`perpetrator`), and herders who are killed stay civilians (agents only)."""
    body = counted_body(span) or span
    head = _np_head(body)
    template = _community_bands().get(head.lower_) or _community_bands().get(
        head.lemma_.lower())
    return described_group(template, iso, span.text) if template else None


def _coref_actor(span: Span, core: list[Token], coref: tuple[str, ...], lowers: set[str],
                 in_core: str | None, iso: str | None, ctx: ActorContext) -> Actor | None:
    """A generic word for a non-state group ("the militants"): the group it points back
    to, or ACLED's name for an unnamed one."""
    t = actor_table.table()
    prefer = t.coref[coref]
    if (lowers - set(coref)) & (t.not_armed_group | {"foreign"}):
        return None
    if prefer == "any" and in_core:  # "Iranian militias", "British fighters"
        return None
    # "Tribal rebels shot dead 11 people", "Sunni insurgents": a people's or creed's
    # fighters point back to no named group of another sentence, but they are still the
    # armed side the sentence describes (ACLED's generic name, not no actor)
    identity = bool((lowers - set(coref)) & t.identity)
    if identity and prefer == "any":
        return None
    named = _apposed_actor(span)
    if named is not None:  # "the PKK, a designated terrorist group that has fought"
        return named
    # "a terror group" brings in a new group, it does not point back to one.
    indefinite = identity or any(tok.dep_ == "det" and tok.lower_ in {"a", "an", "another"}
                                 for tok in core)
    found = None if indefinite else ctx.antecedent(span, prefer=prefer)
    if found is not None:
        return found
    if prefer == "rebel":  # ACLED: "Opposition Rebels (Syria)" for unnamed rebels
        return described_group("Opposition Rebels ({country})", iso, span.text)
    if prefer != "any" or coref[-1] in {"fighter", "militiaman", "militia"}:
        return described_group("Unidentified Armed Group ({country})", iso, span.text)
    return None


def _lone_soldier(head: Token, iso: str | None, ctx: ActorContext) -> str | None:
    """The army of one soldier whose phrase names none ("the hero crack soldier who was
    killed by a buried bomb"): the country the report gives the same word elsewhere ("a
    British soldier"); "" (no one's) when the report names forces of a state that serves
    abroad (data/forces_abroad.txt) beside the host; None to take the host's."""
    lemma = head.lemma_.lower()
    if lemma not in data.words("actors.yaml", "lone_soldier_words"):
        return None
    forces = {key[0] for key in actor_table.table().military if len(key) == 1}
    abroad = {w.upper() for w in data.words("forces_abroad.txt")}
    foreign = False
    for tok in ctx.doc:
        named = _span_country([c for c in tok.lefts if c.dep_ in {"amod", "compound"}])
        if not named or tok.i == head.i:
            continue
        if tok.lemma_.lower() == lemma and tok.tag_ == "NN":
            return named  # "a British soldier ... the soldier"
        foreign = foreign or (named in abroad and named != iso
                              and actor_table.singular(tok.lower_) in forces)  # "US forces"
    return "" if foreign else None


@lru_cache(maxsize=1)
def _member_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data.load("actors.yaml").get("member_words") or [])


def _members_group(span: Span) -> Actor | None:
    """The non-state armed group the sentence makes someone a member of ("one of the
    volunteers with the YPG", "a press officer for the YPG"): a force word without a
    country of its own in that sentence ("the sniper unit he commanded") is the group's."""
    sent = span.sent
    toks = list(sent)
    # "Four members of the Border Security Force": the span's own member word names its
    # own body, not the group another phrase of the sentence names ("members of LeT")
    preps = {"with", "for", "of", "in"}
    own = {t.i for t in span if t.lemma_.lower() in _member_words() and any(
        c.dep_ == "prep" and c.lower_ in preps for c in t.children)}
    if span.root.dep_ == "pobj" and span.root.head.lower_ in preps and (
            span.root.head.head.lemma_.lower() in _member_words()):
        own.add(span.root.head.head.i)  # the body of "members of": these members' own
    groups = set()
    for start, _end, name in _find_aliases(toks):
        info = lookup(name)
        if info is None or info.inter not in (2, 3, 4):
            continue
        tok = toks[start]
        for _ in range(4):  # up from the name to its "with/for/of" and the member word
            if tok.dep_ == "pobj" and tok.head.lower_ in preps:
                member = tok.head.head
                if member.lemma_.lower() in _member_words() and (not own or member.i in own):
                    groups.add(name)
                break
            if tok.head is tok:
                break
            tok = tok.head
    return make_actor(groups.pop(), span.text) if len(groups) == 1 else None


def _state_force(span: Span, core: list[Token], iso: str | None, keys: tuple, in_core: str | None
                 ) -> Actor | None:
    """The state forces a generic force word stands for (military, police, government
    head words in `keys`), in the country in context."""
    mil, pol, gov = keys
    if not iso or (gov and not mil and not pol and not in_core
                   and core[-1].lower_.endswith("s")):  # "many governments"
        return None
    member = _members_group(span) if mil and not in_core else None
    if member is not None:  # "a volunteer with the YPG ... the unit he commanded"
        return member
    # ACLED has no "Government of X" actor: a government acts through its forces.
    return actor_table.state_actor(iso, bool(pol) and not mil, span.text)


_TIES = {"linked", "affiliated", "loyal", "aligned", "tied", "connected", "belonging"}
# "rebels fighting for Jaish al-Islam", "militants fighting for the Zenki Movement": the
# group they fight for is theirs
_FIGHTING_FOR = {"fighting", "fight", "fought", "serving"}
# "a separate group linked to al-Qaida" is a group of its own, not al-Qaida
OWN_GROUP = {"group", "faction", "organisation", "organization", "outfit", "movement",
              "offshoot", "splinter", "branch", "cell", "network"}


def tied_group(rest: list[Token], ctx: ActorContext | None, hint: str | None
                ) -> Actor | None:
    """The named group a perpetrator is tied to ("gunmen linked to the group", "fighters
    loyal to al-Shabaab", "rebels fighting for Jaish al-Islam"): ACLED codes the attack to
    that group, not to an unidentified one. Only a named group counts; "linked to the
    army" or a generic name does not.
    Men loyal to a named ruler ("fighters loyal to Kadhafi") are his state's forces."""
    for tok in rest:
        if tok.lower_ not in _TIES and tok.lower_ not in _FIGHTING_FOR:
            continue
        preps = {"for"} if tok.lower_ in _FIGHTING_FOR else {"to", "with"}
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                # the name the entity ruler found, where the parse cut it ("the
                # Saudi-backed Jaish" + "al-Islam" read as a subject of its own)
                found = make_actor(obj.ent_id_, obj.text) if lookup(obj.ent_id_) else \
                    _resolve_one(obj.doc[obj.left_edge.i:obj.i + 1], ctx, hint)
                if _named_nonstate(found):
                    return found
                if found is not None and found.inter == 1 and tok.lower_ == "loyal" and (
                        obj.pos_ == "PROPN"):
                    return found
    return None


# "Hamas-linked gunmen": ties of membership before a head; "-backed", "-inspired" say
# who supports or inspires a group of its own, so they are no tie here
_PREFIX_TIES = _TIES - {"tied", "connected", "belonging"}


def _prefix_tied(core: list[Token], text: str) -> Actor | None:
    """The named group a perpetrator is tied to by a prefix ("Hamas-affiliated gunmen",
    "IS-linked militants"), as "gunmen linked to Hamas" is (`tied_group`): ACLED codes the
    attack to that group. Only a non-state group with no country in its name, and only
    where the head names no group of its own (the Nusra Front of "the al-Qaeda-linked
    Nusra Front" is found first)."""
    for k in range(1, len(core) - 1):
        if core[k].text != "-" or core[k + 1].lower_ not in _PREFIX_TIES:
            continue
        found = [m for m in _find_aliases(core[:k]) if m[1] == k]
        actor = make_actor(found[-1][2], text) if found else None
        if _named_nonstate(actor):
            return actor
    return None


def _named_nonstate(actor: Actor | None) -> bool:
    """A named non-state group (inter 2, 3 or 4) with no country in its name ("Hamas", not
    a generic "... (Syria)"): the only group a tie names, by a phrase (``tied_group``) or
    by a prefix (``_prefix_tied``)."""
    return actor is not None and actor.inter in (2, 3, 4) and not actor.name.endswith(")")


def _apposed_actor(span: Span) -> Actor | None:
    """The named actor a generic phrase stands in apposition to: "the Kurdistan
    Workers party (PKK), a designated terrorist group" is the PKK. The parser often
    misses the apposition, so a name ending just before the phrase's comma counts."""
    doc, root = span.doc, span.root
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"}:
        head = root.head
        before = [t for t in head.subtree if t.i < span.start]
    elif span.start >= 2 and doc[span.start - 1].text == ",":
        before = list(doc[max(0, span.start - 9):span.start - 1])
    else:
        return None
    found = _find_aliases(before)
    if not found:
        return None
    start, end, name = found[-1]
    if any(not (t.is_punct or t.is_upper) for t in before[end:]):
        return None  # the name does not end the phrase before the comma
    return make_actor(name, span.text)


def _name_through_of(core: list[Token], rest: list[Token]) -> list[tuple[int, int, str]]:
    """"The Army of Conquest killed dozens": a name that runs from the head noun on
    through its own "of" words ("Army of Conquest", "Army of Islam") names the group
    itself; its head alone ("the Army") would read as the state's generic forces."""
    if not core or not rest or rest[0].i != core[-1].i + 1 or rest[0].lower_ != "of":
        return []
    run = [*core]
    for tok in rest:
        if tok.i != run[-1].i + 1:
            break
        run.append(tok)
    head = len(core) - 1
    return [m for m in _find_aliases(run) if m[0] <= head and m[1] > head + 1]


def _is_head_match(core: list[Token], match: tuple[int, int, str]) -> bool:
    """True when an alias match ends at the head noun (it names the whole phrase)."""
    return match[1] == len(core)


def _assoc_of(span: Span, actor: Actor, ctx: ActorContext | None, hint: str | None) -> list[Actor]:
    """Civilian sub-groups ("displaced people" → Refugees/IDPs (X)) as associated actors."""
    t = actor_table.table()
    if actor.inter != 7:
        return []
    core, _rest = _core_and_rest(span)
    words = [actor_table.singular(tok.lower_) for tok in core]
    iso = country_iso(actor.country)
    for n in (2, 1):
        for k in range(len(words) - n + 1):
            key = tuple(words[k:k + n])
            if key in t.generic_assoc and iso:
                name = t.generic_assoc[key].format(country=t.countries[iso].name)
                return [Actor(name=name, inter=7, country=actor.country, text=span.text,
                              kind="civilians")]
    return []


def resolve_actors(span: Span, context: ActorContext | None = None,
                   country_code: str | None = None) -> tuple[Actor | None, list[Actor]]:
    """Main actor of a noun phrase and its associated actors (other conjuncts, sub-groups)."""
    parts = split_coordinated(span)
    resolved: list[Actor] = []
    hint = country_code.upper() if country_code else None
    unresolved: set[int] = set()
    for part in parts:
        actor = _resolve_one(part, context, hint)
        if actor is not None and actor.kind == "state" and no_longer_serving(part.root):
            actor = None  # "a former Iraqi army colonel": no longer the state's forces
        if actor is None:
            unresolved.add(part.start)
            continue
        if actor.inter == 1 and hint is None and actor.country:
            hint = country_iso(actor.country)  # "Government troops and paramilitary units"
        resolved.append(actor)
    if not resolved or (resolved[0].name in GENERIC_INTER and parts[0].start in unresolved
                        and names_security_force(parts[0])):
        # "security forces and snipers fired" with no country: the forces' deed, whose
        # state is unknown, not an unidentified group's
        return None, []
    main = resolved[0]
    assoc: list[Actor] = []
    for extra in resolved[1:]:
        if extra.name != main.name and all(extra.name != a.name for a in assoc):
            assoc.append(extra)
    for extra in _assoc_of(parts[0], main, context, hint):
        if all(extra.name != a.name for a in assoc):
            assoc.append(extra)
    return main, assoc


def resolve_name(text: str) -> str | None:
    """Canonical name for a bare actor string ("ISIS", "Taleban", "Government of Syria").

    Used to compare with other datasets' actor columns; no context, exact
    alias match of the whole string (or of its only alias).
    """
    toks = list(actor_table.tokenizer()(text.strip()))
    if lookup(text.strip()) is not None:
        return text.strip()
    found = _find_aliases(toks)
    if len(found) == 1 or (found and all(f[2] == found[0][2] for f in found)):
        return found[0][2]
    return None


def resolve_actor(span: Span, context: ActorContext | None = None,
                  country_code: str | None = None) -> Actor | None:
    """The canonical actor a noun phrase names, or None (see the module docstring)."""
    return resolve_actors(span, context, country_code)[0]


def resolve_counted(span: Span, context: ActorContext | None = None,
                    country_code: str | None = None) -> Actor | None:
    """The actor of the body a count or part is of ("dozens of Kurdish civilians" ->
    the civilians), for the victims of violence; None where the phrase is no count."""
    body = counted_body(span)
    actor = resolve_actor(body, context, country_code) if body is not None else None
    return replace(actor, text=span.text) if actor is not None else None


class ActorRecogniser:
    """Pipeline component: marks actor names as ORG entities (``ent_id_`` = canonical name).

    A dictionary look-up of token n-grams against the alias table: the same
    matches as an EntityRuler built from :func:`entity_patterns`, at a fraction
    of the cost (spaCy's token Matcher over ten thousand patterns dominated the
    whole pipeline's run time).
    """

    def __init__(self) -> None:
        actor_table.table()  # load (or build and cache) the table once, at pipeline creation

    @property
    def patterns(self) -> list[dict]:
        return entity_patterns()

    def __call__(self, doc: Doc) -> Doc:
        matches = _find_aliases(list(doc))
        if matches:
            spans = [Span(doc, s, e, label="ORG", span_id=name) for s, e, name in matches]
            doc.set_ents(spans, default="unmodified")
            for s, e, _name in matches:
                if e - s == 1:
                    _subject_not_auxiliary(doc[s])
        return doc


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _subject_not_auxiliary(token: Token) -> None:
    """Make an actor acronym the tagger read as the verb "is" the subject of its verb.

    "The Observatory said IS fired rockets" parses "IS" as the passive auxiliary of
    "fired", which leaves the attack with no agent (and makes it passive). The
    acronym is matched with its exact capitalisation, so where its verb has no
    subject of its own it is the subject."""
    if token.pos_ != "AUX" or token.dep_ not in ("aux", "auxpass") or token.head is token:
        return
    if any(c.dep_ in _SUBJECTS for c in token.head.children):
        return
    token.pos_, token.tag_, token.dep_ = "PROPN", "NNP", "nsubj"


@Language.factory("frontlines_actors")
def make_actor_recogniser(nlp: Language, name: str) -> ActorRecogniser:
    return ActorRecogniser()
