"""The actor table: every canonical actor by ACLED's naming (named groups with their
aliases, inter codes and home country; state forces generated for every country; the
generic "X (Country)" actors), loaded once from data/actors.yaml and
data/actors_countries.tsv, and the look-ups of its codes. Split from actors.py, which
resolves a noun phrase to an actor of this table."""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from frontlines import data
from frontlines.domain import codes
from frontlines.domain.model import Actor

# --------------------------------------------------------------------------
# The table, loaded once from the data files.


@dataclass(frozen=True)
class ActorInfo:
    """One canonical actor of the table."""

    name: str
    inter: int
    country: str | None  # ISO2
    kind: str
    tags: frozenset[str] = frozenset()
    theatres: frozenset[str] = frozenset()  # ISO2 of a transnational group's main wars


@dataclass(frozen=True)
class Country:
    """One row of actors_countries.tsv."""

    iso2: str
    iso3: str
    name: str
    form: str  # the form inside "Military Forces of ..."
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]


# An alias after tokenisation: the lower-case key and, per token, the exact
# form required (None when any case is fine).
_Alias = tuple[tuple[str | None, ...], str]


@dataclass
class _Table:
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    by_country_name: dict[str, str] = field(default_factory=dict)
    aliases: dict[tuple[str, ...], list[_Alias]] = field(default_factory=dict)
    context: dict[str, dict[tuple[str, ...], list[_Alias]]] = field(default_factory=dict)
    perpetrator: dict[str, dict[tuple[str, ...], list[_Alias]]] = field(default_factory=dict)
    country_cues: dict[tuple[str, ...], tuple[str, float, bool]] = field(default_factory=dict)
    generic: dict[tuple[str, ...], tuple[str, int, str]] = field(default_factory=dict)
    generic_assoc: dict[tuple[str, ...], str] = field(default_factory=dict)
    military: set[tuple[str, ...]] = field(default_factory=set)
    police: set[tuple[str, ...]] = field(default_factory=set)
    government: set[tuple[str, ...]] = field(default_factory=set)
    not_state: set[str] = field(default_factory=set)
    state_tasks: set[str] = field(default_factory=set)
    not_armed_group: set[str] = field(default_factory=set)
    identity: set[str] = field(default_factory=set)
    ideology: set[str] = field(default_factory=set)
    coref: dict[tuple[str, ...], str] = field(default_factory=dict)
    patterns: list[dict] = field(default_factory=list)
    max_len: int = 1


_IRREGULAR = {"children": "child", "schoolchildren": "schoolchild", "people": "people",
              "police": "police",
              "headquarters": "headquarters", "series": "series", "news": "news",
              "forces": "force", "remnants": "remnant", "authorities": "authorities",
              "gunmen": "gunman"}


def singular(word: str) -> str:
    """Crude singular of a lower-case word: enough to match lexicon nouns."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 3 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def tokenizer():
    """The default English tokenizer: same splits as the pipeline's model."""
    import spacy

    return spacy.blank("en").tokenizer


@lru_cache(maxsize=65536)
def word_tokens(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenizer()(text))


def _data_path(name: str) -> Path:
    return data.path(name)


def _load_countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    with _data_path("actors_countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            row = row + [""] * (7 - len(row))

            def split(value: str) -> tuple[str, ...]:
                return tuple(v for v in value.split("|") if v)

            out[row[0]] = Country(row[0], row[1], row[2], row[3], split(row[4]),
                                  split(row[5]), split(row[6]))
    return out


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text) <= 6


class _Builder:
    """Fills a _Table from the two data files."""

    def __init__(self) -> None:
        self.t = _Table()
        self.seen_patterns: set[tuple] = set()

    def add_actor(self, info: ActorInfo) -> None:
        self.t.actors.setdefault(info.name, info)

    def add_alias(self, text: str, name: str, exact: bool = False,
                  exact_words: Iterable[str] = (), pattern: bool = True,
                  target: dict | None = None) -> None:
        toks = word_tokens(text)
        if not toks:
            return
        exact_words = set(exact_words)
        if exact:
            form = tuple(toks)
        else:
            form = tuple(w if w in exact_words or _is_acronym(w) and len(w) <= 4 and w.isupper()
                         else None for w in toks)
        key = tuple(w.lower() for w in toks)
        bucket = self.t.aliases if target is None else target
        entries = bucket.setdefault(key, [])
        if (form, name) not in entries:
            entries.append((form, name))
        self.t.max_len = max(self.t.max_len, len(key))
        if pattern:
            pat = [{"ORTH": f} if f is not None else {"LOWER": k}
                   for f, k in zip(form, key, strict=True)]
            sig = tuple(tuple(p.items())[0] for p in pat) + (name,)
            if sig not in self.seen_patterns:
                self.seen_patterns.add(sig)
                self.t.patterns.append({"label": "ORG", "pattern": pat, "id": name})

    def add_context(self, iso2: str, text: str, name: str, perpetrator: bool = False) -> None:
        target = (self.t.perpetrator if perpetrator else self.t.context).setdefault(iso2, {})
        self.add_alias(text, name, exact=_is_acronym(text) or text.endswith("s") and
                       _is_acronym(text[:-1]), pattern=False, target=target)

    def lexicon(self, words: Iterable[str]) -> list[tuple[str, ...]]:
        return [tuple(singular(w.lower()) for w in word_tokens(str(word))) for word in words]


_CACHE_VERSION = 2
# How much a capital named in an article says about its country, next to the
# country's name, aliases and demonyms (1.0): "Damascus" is often the government
# speaking, not the scene. Built into the cached table: bump _CACHE_VERSION when
# changing it (the cache is keyed by the data files and this module's source).
CAPITAL_CUE_WEIGHT = 0.75


def _cache_file() -> Path:
    """A pickle of the built table, keyed by the data files and this code (rebuilt on edit)."""
    digest = hashlib.sha1(f"{_CACHE_VERSION} {__name__}".encode())  # the pickle names this module
    for name in ("actors.yaml", "actors_countries.tsv"):
        digest.update(_data_path(name).read_bytes())
    digest.update(Path(__file__).read_bytes())  # the builder's code: no stale table on upgrade
    root = os.environ.get("FRONTLINES_CACHE") or Path.home() / ".cache" / "frontlines"
    return Path(root) / f"actors-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def table() -> _Table:
    """The actor table: from the on-disk cache, else built from the data files."""
    path = _cache_file()
    try:
        with open(path, "rb") as fh:
            table = pickle.load(fh)
        if isinstance(table, _Table):
            return table
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    table = _build_table()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("actors-*.pickle"):
            if old != path:  # tables built from earlier versions of the data files
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still works, only slower
    return table


def _people(c: Country, data: dict) -> list[str]:
    """Plural nouns for a country's people: the data file's irregular ones, else its
    main demonym + "s" when that demonym is also a noun (-an, -i: "Russians", "Iraqis")."""
    listed = (data.get("people_nouns") or {}).get(c.iso2)
    if listed:
        return [str(p) for p in listed]
    main = c.demonyms[0] if c.demonyms else ""
    return [main + "s"] if main.endswith(("an", "i")) else []


def _build_table() -> _Table:
    """The actor table, built from the data files."""
    b = _Builder()
    t = b.t
    t.countries = _load_countries()
    data = yaml.load(_data_path("actors.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    # Country cues for context: names and aliases weigh 1, demonyms 1, capitals less.
    for c in t.countries.values():
        t.by_country_name[c.name.lower()] = c.iso2
        capital = CAPITAL_CUE_WEIGHT
        cues = [(c.name, 1.0, False), *[(a, 1.0, False) for a in c.aliases],
                *[(d, 1.0, True) for d in c.demonyms], *[(k, capital, False) for k in c.capitals]]
        for text, weight, is_dem in cues:
            key = tuple(word_tokens(text))
            if key and key not in t.country_cues:
                t.country_cues[key] = (c.iso2, weight, is_dem)

    # Generated state forces.
    for tmpl in data.get("state_forces", []):
        for c in t.countries.values():
            name = tmpl["name"].format(the_country=c.form, country=c.name)
            b.add_actor(ActorInfo(name, int(tmpl["inter"]), c.iso2, tmpl.get("kind", "state")))
            for alias in tmpl.get("aliases", []):
                fills = []
                if "{demonym}" in alias:
                    fills = [(alias.replace("{demonym}", d), d) for d in c.demonyms]
                elif "{people}" in alias:
                    fills = [(alias.replace("{people}", p), p) for p in _people(c, data)]
                elif "{country}" in alias:
                    fills = [(alias.replace("{country}", n), n) for n in (c.name, *c.aliases)
                             if not _is_acronym(n) or "{country}'s" not in alias]
                for text, word in fills:
                    b.add_alias(text, name, exact_words=word_tokens(word))

    # Country-scoped generic actors and their head nouns.
    for g in data.get("generic", []):
        for noun in b.lexicon(g.get("nouns", [])):
            t.generic.setdefault(noun, (g["name"], int(g["inter"]), g.get("kind", "")))
        for noun, assoc in (g.get("assoc") or {}).items():
            t.generic_assoc[b.lexicon([noun])[0]] = assoc
    nouns = data.get("state_nouns", {})
    t.military = set(b.lexicon(nouns.get("military", [])))
    t.police = set(b.lexicon(nouns.get("police", [])))
    t.government = set(b.lexicon(nouns.get("government", [])))
    t.identity = {str(w).lower() for w in nouns.get("identity", [])}
    t.not_state = {str(w).lower() for w in nouns.get("not_state", [])} | t.identity
    t.state_tasks = {str(w).lower() for w in nouns.get("state_tasks", [])}
    t.not_armed_group = {str(w).lower() for w in nouns.get("not_armed_group", [])}
    t.ideology = {str(w).lower() for w in data.get("ideology_words", [])}
    for pref, words in (data.get("coreference") or {}).items():
        for key in b.lexicon(words):
            t.coref.setdefault(key, pref)

    # Named groups.
    for g in data.get("groups", []):
        name = g["name"]
        if not g.get("alias_of"):
            b.add_actor(ActorInfo(name, int(g["inter"]), g.get("country"), g.get("kind", ""),
                                  frozenset(g.get("tags") or ()),
                                  frozenset(g.get("theatres") or ())))
        for alias in g.get("aliases") or []:
            b.add_alias(str(alias), name)
        for alias in g.get("exact") or []:
            b.add_alias(str(alias), name, exact=True)
        for key in ("context", "perpetrator"):
            for iso2, phrases in (g.get(key) or {}).items():
                for phrase in phrases:
                    b.add_context(iso2, str(phrase), name, perpetrator=key == "perpetrator")
        _add_wing(b, g.get("party") or [], data.get("wing_words") or [], name)
    return t


def _add_wing(b: _Builder, parties: list, words: list, name: str) -> None:
    """A party's fighters are its armed wing ("PYD fighters" -> the YPG): ACLED codes the
    wing that fights, so each party name with a wing word is an alias of the group."""
    for party in parties:
        for word in words:
            b.add_alias(f"{party} {word}", name)


def entity_patterns() -> list[dict]:
    """EntityRuler patterns (label ORG, id = canonical name) for named actors and forces."""
    return list(table().patterns)


# --------------------------------------------------------------------------
# Table look-ups and ACLED codes.

GENERIC_RE = re.compile(r"^(.*) \((.+)\)$")
_STATE_RE = re.compile(r"^(Military|Police) Forces of (?:the )?(.+)$")
GENERIC_INTER = {"Civilians": 7, "Protesters": 6, "Rioters": 5, "Unidentified Armed Group": 3,
                  "Opposition Rebels": 2, "Private Security Forces": 8,
                  "Unidentified Communal Militia": 4, "Unidentified Tribal Militia": 4,
                  **{k: 7 for k in ("Refugees/IDPs", "Journalists", "Aid Workers", "Health Workers",
                                    "Teachers", "Students", "Farmers", "Women", "Children",
                                    "Prisoners", "Migrants")}}


def country_iso(country: str | None) -> str | None:
    """The ISO code of an actor's country name ("Syria" -> "SY"), or None."""
    return _iso_of_name(country)


def _iso_of_name(country: str | None) -> str | None:
    if not country:
        return None
    t = table()
    if country.upper() in t.countries:
        return country.upper()
    return t.by_country_name.get(country.lower())


def lookup(name: str) -> ActorInfo | None:
    """The table entry of a canonical name (generic "X (Country)" names included)."""
    t = table()
    if name in t.actors:
        return t.actors[name]
    clan = CLAN_RE.match(name)
    if clan:  # "Habar Gidir Clan Militia (Somalia)": generated from a report's words
        iso = _iso_of_name(clan.group(2))
        return ActorInfo(name, 4, iso, "identity militia") if iso else None
    m = GENERIC_RE.match(name)
    if m and m.group(1) in GENERIC_INTER:
        iso = _iso_of_name(m.group(2))
        if iso is None:
            return None
        inter = GENERIC_INTER[m.group(1)]
        kind = {7: "civilians", 6: "protesters", 5: "rioters", 3: "militia", 2: "rebel",
                4: "identity militia", 8: "security"}[inter]
        return ActorInfo(name, inter, iso, kind)
    return None


def country_of(name: str) -> str | None:
    """ACLED-style country name of an actor's home country (None when transnational)."""
    info = lookup(name)
    if info is None or info.country is None:
        return None
    c = table().countries.get(info.country)
    return c.name if c else None


def inter_of(name: str, event_country: str | None = None) -> int:
    """ACLED inter code of an actor in an event's country (name or ISO2); 0 when
    unknown. A state force outside its own country is 8 (domain.codes.inter_in)."""
    info = lookup(name)
    if info is None:
        return 0
    return codes.inter_in(info.inter, info.country, _iso_of_name(event_country))


def make_actor(name: str, text: str = "") -> Actor:
    """The model's Actor for a canonical name (inter, country and kind filled in)."""
    info = lookup(name)
    if info is None:
        return Actor(name=name, inter=0, text=text)
    return Actor(name=name, inter=info.inter, country=country_of(name), text=text,
                 kind=info.kind)


def state_actor(iso2: str, police: bool, text: str) -> Actor | None:
    c = table().countries.get(iso2)
    if c is None:
        return None
    return make_actor(f"{'Police' if police else 'Military'} Forces of {c.form}", text)


def military_of(iso2: str | None, text: str = "") -> Actor | None:
    """The Military Forces of a country, for a post that stands for its garrison ("rebels
    attacked an airbase": the state's forces that hold it)."""
    return state_actor(iso2, False, text) if iso2 else None


def police_of(iso2: str | None, text: str = "") -> Actor | None:
    """The Police Forces of a country, for an arrest whose report names no one who made
    it ("three suspects were arrested in Mombasa": ACLED's arrests are the state's)."""
    return state_actor(iso2, True, text) if iso2 else None
CLAN_RE = re.compile(r"^(.+) Clan Militia \((.+)\)$")
