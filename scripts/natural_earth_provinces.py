"""Derive the map's province labels from Natural Earth (public domain).

Natural Earth's 10m admin-1 attribute table gives each state or province a
label point; the map shows them as names over the country boundaries of
world-atlas. Run from the project root with ../shared beside it:

    .venv/bin/python scripts/natural_earth_provinces.py

Writes src/frontlines/interfaces/serve/static/provinces.json: one row per unit,
[name, country, type, latitude, longitude].
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "natural_earth" / "ne_10m_admin_1_states_provinces.csv"
TARGET = ROOT / "src" / "frontlines" / "interfaces" / "serve" / "static" / "provinces.json"


def rows(path: Path) -> list[list]:
    """Named units with a label point, rounded to ~100 m (labels need no more)."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            try:
                lat, lon = round(float(r["latitude"]), 3), round(float(r["longitude"]), 3)
            except ValueError:
                continue
            if r["name"]:
                out.append([r["name"], r["admin"], r["type_en"], lat, lon])
    return sorted(out)


def main() -> int:
    if not SOURCE.exists():
        print(f"natural_earth_provinces: {SOURCE} not found", file=sys.stderr)
        return 2
    data = rows(SOURCE)
    payload = {"source": "Natural Earth 10m admin-1 states and provinces (public domain)",
               "columns": ["name", "country", "type", "latitude", "longitude"], "rows": data}
    TARGET.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"{len(data)} provinces -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
