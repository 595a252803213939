"""The ACLED taxonomy, read once from ``data/taxonomy.yaml``.

Disorder types, the six event types and the 25 sub-event types, with each
sub-type's CASE 2021 label, PLOVER event and UCDP hint. Code names a type by
the constants below (``taxonomy.GOVERNMENT_REGAINS``), never by a string
literal, so that a misspelt type is an ImportError here and not a silent
mismatch in a stage; the constants are checked against the data file on import.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontlines import data


@dataclass(frozen=True)
class SubEventType:
    """One ACLED sub-event type and what it maps to in the other schemes."""

    name: str
    event_type: str
    disorder_type: str
    case: str  # CASE 2021 Task 2 label
    plover: str | None  # PLOVER event type
    ucdp: int | None  # usual UCDP type of violence (a hint; actors decide)


def _load() -> tuple[tuple[str, ...], dict[str, str], dict[str, SubEventType]]:
    raw = data.load("taxonomy.yaml")
    events: dict[str, str] = dict(raw["event_types"])
    subs = {name: SubEventType(name, info["event"], events[info["event"]], info["case"],
                               info.get("plover"), info.get("ucdp"))
            for name, info in raw["sub_event_types"].items()}
    return tuple(raw["disorder_types"]), events, subs


DISORDER_TYPES, EVENT_TYPES, SUB_EVENT_TYPES = _load()
"""disorder types; event type -> disorder type; sub-event type name -> SubEventType"""


def _sub(name: str) -> str:
    if name not in SUB_EVENT_TYPES:
        raise ImportError(f"taxonomy.yaml has no sub-event type {name!r}")
    return name


def _event(name: str) -> str:
    if name not in EVENT_TYPES:
        raise ImportError(f"taxonomy.yaml has no event type {name!r}")
    return name


def _disorder(name: str) -> str:
    if name not in DISORDER_TYPES:
        raise ImportError(f"taxonomy.yaml has no disorder type {name!r}")
    return name


# ---- disorder types
POLITICAL_VIOLENCE = _disorder("Political violence")
DEMONSTRATIONS = _disorder("Demonstrations")
STRATEGIC = _disorder("Strategic developments")

# ---- event types
BATTLES = _event("Battles")
EXPLOSIONS = _event("Explosions/Remote violence")
VIOLENCE_AGAINST_CIVILIANS = _event("Violence against civilians")
PROTESTS = _event("Protests")
RIOTS = _event("Riots")
STRATEGIC_DEVELOPMENTS = _event("Strategic developments")

# ---- sub-event types
ARMED_CLASH = _sub("Armed clash")
GOVERNMENT_REGAINS = _sub("Government regains territory")
NON_STATE_OVERTAKES = _sub("Non-state actor overtakes territory")
CHEMICAL_WEAPON = _sub("Chemical weapon")
AIR_STRIKE = _sub("Air/drone strike")
SUICIDE_BOMB = _sub("Suicide bomb")
SHELLING = _sub("Shelling/artillery/missile attack")
REMOTE_EXPLOSIVE = _sub("Remote explosive/landmine/IED")
GRENADE = _sub("Grenade")
SEXUAL_VIOLENCE = _sub("Sexual violence")
ATTACK = _sub("Attack")
ABDUCTION = _sub("Abduction/forced disappearance")
PEACEFUL_PROTEST = _sub("Peaceful protest")
PROTEST_WITH_INTERVENTION = _sub("Protest with intervention")
EXCESSIVE_FORCE = _sub("Excessive force against protesters")
VIOLENT_DEMONSTRATION = _sub("Violent demonstration")
MOB_VIOLENCE = _sub("Mob violence")
AGREEMENT = _sub("Agreement")
ARRESTS = _sub("Arrests")
CHANGE_TO_GROUP = _sub("Change to group/activity")
DISRUPTED_WEAPONS = _sub("Disrupted weapons use")
HQ_ESTABLISHED = _sub("Headquarters or base established")
LOOTING = _sub("Looting/property destruction")
NON_VIOLENT_TRANSFER = _sub("Non-violent transfer of territory")
OTHER = _sub("Other")

# ---- groups the stages reason with
# event types of organised violence (ACLED's political violence): casualties,
# civilian targeting and a UCDP type belong to these
VIOLENT_EVENT_TYPES = frozenset(e for e, d in EVENT_TYPES.items() if d == POLITICAL_VIOLENCE)
# the two battles over territory: someone takes a place from someone
TERRITORY_BATTLES = frozenset({GOVERNMENT_REGAINS, NON_STATE_OVERTAKES})
# fighting between armed sides (UCDP state-based or non-state, never one-sided)
FIGHTING = TERRITORY_BATTLES | {ARMED_CLASH}
# a place changes hands or is held: the place taken is the event's place
TERRITORY = TERRITORY_BATTLES | {NON_VIOLENT_TRANSFER, HQ_ESTABLISHED}
# demonstrations that armed men do not hold
PROTEST_TYPES = frozenset({PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, PROTEST_WITH_INTERVENTION})
# weapons fired or set off from afar
WEAPON_TYPES = frozenset({SHELLING, AIR_STRIKE, REMOTE_EXPLOSIVE, GRENADE})


def sub_event(name: str) -> SubEventType | None:
    """The taxonomy entry of a sub-event type name, or None when it is not one."""
    return SUB_EVENT_TYPES.get(name)
