"""Export: events as JSONL, ACLED-column CSV or GeoJSON.

The CSV uses ACLED's column names and order so that any tool that reads ACLED
files reads ours; the fields ACLED lacks (low/high, evidence ...) stay in the
JSONL and GeoJSON records.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO

from frontlines.domain.model import Event

FORMATS = ("jsonl", "csv", "geojson")

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]

# ISO 3166-1 numeric codes (ACLED's "iso" column) and ACLED regions, for the countries the
# development data and the bundled examples cover; others are left empty rather than guessed.
_ISO_NUMERIC = {"SYR": 760, "IRQ": 368, "YEM": 887, "AFG": 4, "PAK": 586, "LBY": 434,
                "SOM": 706, "NGA": 566, "MLI": 466, "BFA": 854, "NER": 562, "SDN": 729,
                "SSD": 728, "COD": 180, "MMR": 104, "UKR": 804, "RUS": 643, "ISR": 376,
                "PSE": 275, "LBN": 422, "TUR": 792, "COL": 170, "MEX": 484, "IRN": 364,
                "EGY": 818, "TCD": 148, "CMR": 120, "ETH": 231, "JOR": 400, "SAU": 682}
_REGIONS = {"SYR": "Middle East", "IRQ": "Middle East", "YEM": "Middle East",
            "LBN": "Middle East", "ISR": "Middle East", "PSE": "Middle East",
            "TUR": "Middle East", "IRN": "Middle East", "JOR": "Middle East",
            "SAU": "Middle East", "LBY": "Northern Africa", "EGY": "Northern Africa",
            "SDN": "Northern Africa", "AFG": "South Asia", "PAK": "South Asia",
            "SOM": "Eastern Africa", "ETH": "Eastern Africa", "SSD": "Eastern Africa",
            "NGA": "Western Africa", "MLI": "Western Africa", "BFA": "Western Africa",
            "NER": "Western Africa", "TCD": "Middle Africa", "CMR": "Middle Africa",
            "COD": "Middle Africa", "MMR": "Southeast Asia", "UKR": "Europe",
            "RUS": "Europe", "COL": "South America", "MEX": "Central America"}


def acled_row(event: Event) -> dict[str, object]:
    """One event as an ACLED-style CSV row."""
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date,
        "year": event.event_date[:4],
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1 if event.inter1 is not None else "",
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2 if event.inter2 is not None else "",
        "interaction": event.interaction if event.interaction is not None else "",
        "civilian_targeting": event.civilian_targeting,
        "iso": _ISO_NUMERIC.get(event.iso3 or "", ""),
        "region": _REGIONS.get(event.iso3 or "", ""),
        "country": event.country or "",
        "admin1": event.admin1 or "",
        "admin2": event.admin2 or "",
        "admin3": "",
        "location": event.location or "",
        "latitude": "" if event.latitude is None else f"{event.latitude:.4f}",
        "longitude": "" if event.longitude is None else f"{event.longitude:.4f}",
        "geo_precision": event.geo_precision or "",
        "source": "; ".join(event.sources),
        "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": "",
        "timestamp": int(datetime.now(UTC).timestamp()),
    }


def feature(event: Event, explain: bool = False) -> dict[str, object]:
    """One GeoJSON Point feature (geometry null when the event has no coordinates)."""
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "geometry": geometry, "properties": event.to_dict(explain)}


class EventWriter:
    """Streams events to a file handle in one format (GeoJSON is closed by ``close``)."""

    def __init__(self, fh: IO[str], fmt: str, explain: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        self.fh, self.fmt, self.explain = fh, fmt, explain
        self.count = 0
        self._csv: csv.DictWriter | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
            self._csv.writeheader()
        elif fmt == "geojson":
            fh.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, event: Event) -> None:
        if self.fmt == "jsonl":
            self.fh.write(json.dumps(event.to_dict(self.explain), ensure_ascii=False) + "\n")
        elif self.fmt == "csv" and self._csv is not None:
            self._csv.writerow(acled_row(event))
        else:
            sep = ",\n" if self.count else ""
            self.fh.write(sep + json.dumps(feature(event, self.explain), ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "geojson":
            self.fh.write("\n]}\n")
        self.fh.flush()


def write_events(events: Iterable[Event], fmt: str, fh: IO[str], explain: bool = False) -> int:
    """Write all events; returns how many."""
    writer = EventWriter(fh, fmt, explain)
    for event in events:
        writer.write(event)
    writer.close()
    return writer.count


def write_parquet(events: Iterable[Event], path: str) -> int:
    """Events as a Parquet table (lists and evidence as JSON text columns)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for event in events:
        record = event.to_dict()
        record["sources"] = "; ".join(record["sources"])
        record["evidence"] = json.dumps(record["evidence"], ensure_ascii=False)
        rows.append(record)
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    pq.write_table(table, path)
    return len(rows)
