"""Derive data/places_admin1_points.tsv from Natural Earth's admin-1 table.

    python tools/derive_admin1_points.py \
        ../shared/data/natural_earth/ne_10m_admin_1_states_provinces.csv

Natural Earth (public domain, https://www.naturalearthdata.com/) gives each
state and province a label point placed inside the unit by hand: a better
province point than the middle of the unit's towns (towns crowd at one edge of
Alberta or Ontario). Kept: the GeoNames id and admin1 code (the gazetteer's
keys), the label point, and for the United States, Canada and Australia the
press abbreviation ("Ont.", "Sask.", "Ind."), which local news writes after
town names.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "data" / \
    "places_admin1_points.tsv"
ABBREV_COUNTRIES = ("US", "CA", "AU")
# Abbreviations that are also words or names once the dot is gone (name keys drop
# it): "Miss Smith", "Man City", "a nun", "Vic" are no states.
NOT_ABBREVIATIONS = frozenset({"Miss.", "Man.", "Nun.", "Vic."})


def main(path: str) -> int:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            gid = r["gn_id"].strip()
            if not gid.lstrip("-").isdigit() or int(gid) <= 0:
                continue
            abbrev = r["abbrev"].strip()
            if r["iso_a2"] not in ABBREV_COUNTRIES or not abbrev.endswith(".") \
                    or abbrev.count(".") > 1 or abbrev.rstrip(".") == r["name"] \
                    or abbrev in NOT_ABBREVIATIONS:
                # "A.C.T." would make the word "Act" a territory; US initials are
                # in places_aliases.tsv
                abbrev = ""
            rows.append((int(gid), r["gn_a1_code"].strip(), round(float(r["latitude"]), 4),
                         round(float(r["longitude"]), 4), abbrev, r["name"].strip()))
    rows.sort()
    lines = ["# Natural Earth 10m admin-1 label points (public domain, naturalearthdata.com),",
             "# derived by tools/derive_admin1_points.py.",
             "# geonames_id\tadmin1_code\tlatitude\tlongitude\tpress_abbreviation\tname"]
    lines += ["\t".join(str(v) for v in row) for row in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} units")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
