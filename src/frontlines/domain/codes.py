"""ACLED inter and interaction codes, and the UCDP type of violence.

The one place that turns actors into codes; the per-article stage and the
consolidation both call these, so an event gets the same codes either way.
"""

from __future__ import annotations

from frontlines.domain import taxonomy

# ACLED inter codes (codebook, "Actor types")
STATE = 1  # state forces acting in their own country
REBELS = 2
POLITICAL_MILITIA = 3
IDENTITY_MILITIA = 4
RIOTERS = 5
PROTESTERS = 6
CIVILIANS = 7
EXTERNAL = 8  # external/other forces: among them a state's forces outside its country
STATE_FORCES = frozenset({STATE, EXTERNAL})  # a state's forces, at home or abroad
ARMED = frozenset({STATE, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL})


def inter_in(inter: int, actor_country: str | None, event_country: str | None) -> int:
    """An actor's inter code in an event's country: ACLED codes state forces that act
    outside their own country as external forces, 8 (Russian forces in Syria), and in
    their own country as 1. Countries are ISO2 codes; unknown ones change nothing."""
    if inter == STATE and actor_country and event_country and actor_country != event_country:
        return EXTERNAL
    return inter


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction code: the two inter codes, the smaller first (12 = state forces
    against rebels); one actor alone is its inter code followed by 0 (10 = sole state
    forces action), whichever role it holds: ACLED always has an actor1, so an event we
    know only the target of (actor2) is coded as that actor's sole action. None when
    no actor is known."""
    codes = sorted(i for i in (inter1, inter2) if i)
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    return 10 * codes[0] + codes[1]


def ucdp_type(event_type: str, inter1: int | None, inter2: int | None) -> int | None:
    """UCDP type of violence of an ACLED event: 3 one-sided (violence against
    civilians, or civilians the target), 1 state-based (a state's forces, at home or
    abroad, on one side), 2 non-state (two organised armed groups); None for events
    that are not organised violence or whose sides are unknown (an inter code of
    None: no such actor)."""
    if event_type not in taxonomy.VIOLENT_EVENT_TYPES:
        return None
    if inter2 == CIVILIANS or event_type == taxonomy.VIOLENCE_AGAINST_CIVILIANS:
        return 3
    if {inter1, inter2} & {STATE, EXTERNAL}:
        return 1
    return 2 if inter1 is not None and inter2 is not None else None
