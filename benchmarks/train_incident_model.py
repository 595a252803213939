"""Train the incident check (src/frontlines/extraction/incident_model.py) on every label and
write its weights (src/frontlines/data/incident_model.tsv), after the cross-validation
that `frontlines eval incidents` prints.

The labels (benchmarks/data/incident_labels.tsv) are the project's own readings; see
frontlines.interfaces.evaluate.incidents.

    python benchmarks/train_incident_model.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from frontlines.interfaces.evaluate import incidents

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "data" / "incident_model.tsv"


def main() -> int:
    if not incidents.FAKES.exists():
        print(f"error: {incidents.FAKES} not found (../shared/data)", file=sys.stderr)
        return 1
    rows = incidents.examples(incidents.articles())
    incidents.cross_validate(rows)
    lines = incidents.weight_lines(incidents.train(rows), len(rows))
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(lines) - 2} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
