"""The trigger-type registry: every kind of the lexicon has a registered resolver,
and the resolvers type real sentences by who acts and whom it is done to."""

from __future__ import annotations

import pytest

from frontlines import data
from frontlines.domain import taxonomy as tx
from frontlines.extraction.events import find_mentions
from frontlines.extraction.events.resolvers import RESOLVERS, resolver, rules


def test_every_trigger_kind_has_a_registered_resolver():
    kinds = {t["type"] for t in data.load("triggers.yaml")["triggers"]
             if t["type"].startswith("@")}
    table = rules()["kinds"]
    assert kinds <= set(table), kinds - set(table)
    assert all(table[k] in RESOLVERS for k in kinds)
    assert all(name in RESOLVERS for name in rules()["rules"])


def test_a_name_registers_once():
    with pytest.raises(ValueError, match="twice"):
        resolver("territory")(lambda case: None)


@pytest.mark.parametrize("text, expected", [
    # who acts decides the territory type of "retook" / "captured"
    ("Iraqi forces retook the town of Rawa from the jihadists on Friday.",
     tx.GOVERNMENT_REGAINS),
    ("Islamic State militants captured the town of Sukhnah on Tuesday.",
     tx.NON_STATE_OVERTAKES),
    # the weapon word of the sentence types a generic "attacked"
    ("Russian warplanes attacked the village of Hajin, killing four people.",
     tx.AIR_STRIKE),
    # "@release": freed people is an agreement, a place is territory
    ("The rebels released the hostages on Monday.", tx.AGREEMENT),
    # "@detain": taken by the state is an arrest, by anyone else an abduction
    ("Gunmen abducted three aid workers near Goma.", tx.ABDUCTION),
])
def test_resolvers_type_real_sentences(nlp, text, expected):
    types = [d.sub_event_type for s in nlp(text).sents for d in find_mentions(s)]
    assert expected in types, types


def test_an_accident_is_no_event(nlp):
    doc = nlp("A gas cylinder exploded at a restaurant in the city centre.")
    assert [d.sub_event_type for s in doc.sents for d in find_mentions(s)] == []
