"""Which mentions of one report tell the same incident, and the type the codebook gives
it. One incident is often told several times in a report: the headline, the lead, a
source's figure, "the blast". :func:`merge_incidents` joins the records of one incident
(the same sentence; or the same day and the same place, or no place of its own), and
:func:`codebook_order` puts first the mention whose sub-event type the codebook gives
the incident. Split from incidents.py, which decides whether a mention is an incident
at all; the words are data (data/incidents.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from frontlines import settings
from frontlines.domain import taxonomy as T
from frontlines.domain.geodesy import distance_km
from frontlines.domain.model import Actor, Mention, Place
from frontlines.domain.places import below_country
from frontlines.extraction.incidents import (
    FOILING,
    PRECEDENCE,
    SAME_PLACE_KM,
    VIOLENT,
    bare_killing,
    incident_words,
    struck,
    type_rank,
)


def codebook_order(group: list[Mention]) -> list[Mention]:
    """The mentions of one incident, the one whose type the codebook gives it first
    (then text order): remote weapons over a battle, a battle that changed who holds a
    place over a clash, a clash over one-sided violence, sexual violence and abduction
    over an attack; weapons seized with no one killed are a disrupted weapons use
    whatever weapons the sentence names. A crowd that fought a force in its sentence
    ("clashed with police") rioted: Violent demonstration before the force used on it,
    and the clash last (demonstrators are no armed group)."""
    # weapons destroyed in a strike the group tells in a sentence of its own are the
    # strike's damage, not a use foiled ("Rebels shot down a warplane" stays foiled)
    disrupted = [m for m in group if m.sub_event_type == T.DISRUPTED_WEAPONS]
    foiling = any(m.trigger.lower().startswith(FOILING) for m in disrupted)
    damage = {m.sent_start for m in disrupted}
    deadly = any(m.killed or m.injured or struck(m) for m in group) or (
        not foiling and any(m.event_type == T.EXPLOSIONS and m.sent_start not in damage
                            for m in group))
    arrests = [m for m in group if m.sub_event_type == T.ARRESTS]
    raids = [m for m in group if m.sub_event_type != T.ARRESTS]
    if arrests and raids and _raid_of_arrest(arrests, raids, {m.sent_start for m in arrests}):
        return sorted(arrests, key=lambda m: m.sent_start) + raids  # the raid made the arrest
    force = {m.sent_start for m in group if m.sub_event_type in PROTEST_FORCE}
    crowd = {m.sent_start for m in group if m.event_type in CROWD_TYPES}
    fought = {m.sent_start for m in group if m.sent_start in crowd and (
        m.sub_event_type == T.ARMED_CLASH and _crowd_side(m) or _on_crowd(m))}
    return sorted(group, key=lambda m: (
        PRECEDENCE.index(T.EXCESSIVE_FORCE) + 0.5 if m.sub_event_type in FORCE_ON_CROWD
        and m.sent_start in force else len(PRECEDENCE) if m.sent_start in fought
        and m.event_type not in CROWD_TYPES else PRECEDENCE.index(T.EXCESSIVE_FORCE) - 0.5
        if m.sent_start in fought and m.sub_event_type == T.VIOLENT_DEMONSTRATION
        else type_rank(m, deadly), m.sent_start, m.trigger_start))


UNDATED_SLACK = 3  # a sentence with no date of its own: the report's last few days


def told_before(a: Mention, b: Mention) -> bool:
    """One mention is a deed its sentence tells as done before the other's ("outraged by
    Tuesday's killings, residents captured a rebel": events.frames.told_before), or one
    of the "two separate attacks" it counts (listed.separate_ones): a reprisal and its
    cause, an attack and the one before it, each separate attack, are events apart."""
    return a.sent_start == b.sent_start and (
        bool(a.explain.get("before")) != bool(b.explain.get("before"))
        or a.explain.get("separate") != b.explain.get("separate"))


def past_apart(a: Mention, b: Mention) -> bool:
    """One mention read as background and the other as news: two incidents, unless each
    sentence names the same day ("SANA reported earlier that one person was killed in
    a series of blasts on Wednesday": the report is earlier, not the blasts)."""
    if a.past == b.past:
        return False
    return not (a.date_text and b.date_text and a.time_precision == b.time_precision == 1
                and a.event_date == b.event_date)


def _apart_in_time(g: list[Mention], h: list[Mention]) -> bool:
    """One group read as background and the other as news: two incidents, unless the
    background reading names a day the other group names too (past_apart, by group)."""
    days = ({m.event_date for m in g if m.date_text and m.time_precision == 1},
            {m.event_date for m in h if m.date_text and m.time_precision == 1})
    for x in g:
        for y in h:
            if x.past == y.past:
                continue
            old, other_days = (x, days[1]) if x.past else (y, days[0])
            if not (old.date_text and old.time_precision == 1 and old.event_date in other_days):
                return True
    return False


def _same_day(a: Mention, b: Mention, anaphora: bool = False) -> bool:
    if a.event_date is None or b.event_date is None:
        return a.event_date == b.event_date
    if anaphora and (not a.date_text or not b.date_text):
        slack = UNDATED_SLACK  # "the blast" with no date: the report's incident
    else:
        slack = 0 if a.time_precision == b.time_precision == 1 else 2
    return abs((a.event_date - b.event_date).days) <= slack


def _specific(m: Mention) -> bool:
    p = m.place
    return p is not None and not m.place_inherited and p.level not in (
        "country", "continent", "region", "admin1")


def own_tolls(a: Mention, b: Mention) -> bool:
    """Two different exact tolls (a vague count such as "a number of" matches anything)."""
    return bool(a.killed and b.killed and a.killed != b.killed
                and not vague_toll(a) and not vague_toll(b))


# How the figures of ACLED's vague counts are written when the text gives them exactly
# ("three people including a child", "at least 10 soldiers"): then they are exact.
_VAGUE_SPELLED = {3: "three", 10: "ten", 12: "twelve", 100: "hundred"}


def vague_toll(m: Mention) -> bool:
    """The mention's toll is one of ACLED's vague counts ("dozens" = 12, "several" = 10),
    not a figure its sentence writes ("three people", "at least 10 soldiers")."""
    if m.killed not in VAGUE_TOLLS:
        return False
    words = {w.strip(".,;:()\"'’”") for w in m.sentence.lower().split()}
    return str(m.killed) not in words and _VAGUE_SPELLED[m.killed] not in words


def _same_place(a: Mention, b: Mention, compatible: Callable[[Mention, Mention], bool]
                ) -> bool:
    """The same town (or within 25 km); a mention with no place takes the place of the
    other, a province or a country only a place inside it; two different exact tolls
    are two incidents unless the place is the same."""
    if own_tolls(a, b) and not (a.place is not None and b.place is not None
                                and a.place.geonames_id == b.place.geonames_id):
        return False
    if a.place is None or b.place is None or a.place_inherited or b.place_inherited:
        # the sentence continues the scene of the one before, unless each gives an
        # exact toll of its own: two incidents ("seven were killed in Khan Sheikhun",
        # "a man and a woman were killed in the nearby town of Kafr Awid")
        return not own_tolls(a, b)
    if not _specific(a) or not _specific(b):
        return compatible(a, b)
    if a.place.geonames_id is not None and a.place.geonames_id == b.place.geonames_id:
        return True
    return distance_km(a.place.latitude, a.place.longitude, b.place.latitude,
                       b.place.longitude) <= SAME_PLACE_KM


def _actors_agree(g: list[Mention], h: list[Mention]) -> bool:
    """No role names two different actors, allowing one side to have been read
    with its roles reversed."""
    names = {role: {getattr(m, role).name for m in g + h if getattr(m, role) is not None}
             for role in ("actor1", "actor2")}
    return len(names["actor1"]) <= 1 and len(names["actor2"] - names["actor1"]) <= 1


def _crossed(g: list[Mention], h: list[Mention]) -> bool:
    """One side wins in one group and loses in the other: two events ("IS retook the
    town from government forces who had retaken it"), never one."""
    for x in g:
        for y in h:
            if x.actor1 and x.actor2 and y.actor1 and y.actor2 and (
                    x.actor1.name == y.actor2.name and x.actor2.name == y.actor1.name):
                return True
    subs = {m.sub_event_type for m in g + h}
    return {T.GOVERNMENT_REGAINS, T.NON_STATE_OVERTAKES} <= subs


def _named_first(group: list[Mention]) -> set[str]:
    """The first actors of a group; an unidentified armed group is no name of its own
    ("an armed terrorist group" and "insurgents" may be the same men), and civilians
    are no side of a fight (ACLED: a battle is between organised armed groups; "a
    British woman ... fighting alongside Kurdish forces" names the YPG's side, not a
    second attacker beside the Turkish airstrike that hit her convoy)."""
    return {m.actor1.name for m in group if m.actor1 is not None and m.actor1.inter != 7
            and not m.actor1.name.startswith("Unidentified")}


def _other_opponent(g: list[Mention], h: list[Mention], shared: set[int]) -> bool:
    """Two fights of one sentence, each with one armed or state opponent of its own
    ("Taliban fighters attacked a police post in Ghazni and later clashed with army
    troops"): ACLED codes one event per pair of actors, so the clash that followed an
    attack with another side is a second event (the later one a clash; a bomb's target
    read two ways is one bomb). Civilians named as a target are no side of their own (a
    toll of "policemen and civilians" is one attack)."""
    if h[0].sub_event_type != T.ARMED_CLASH or g[0].event_type not in VIOLENT:
        return False  # (people captured in the battle are its prisoners, no opponent)
    sides = []
    for grp in (g, h):
        named = {m.actor2.name for m in grp if m.sent_start in shared and m.actor2}
        if len(named) != 1 or next(iter(named)).startswith("Civilians"):
            return False
        sides.append(named.pop())
    return sides[0] != sides[1] and _named_first(g) == _named_first(h)


def _first_actors_agree(g: list[Mention], h: list[Mention]) -> bool:
    """At most one first actor, allowing one reading with the roles reversed
    ("raids on Raqa killing 31 jihadists": IS read once as the attacker)."""
    one = _named_first(g)
    two = _named_first(h)
    if len(one | two) <= 1:
        return True
    targets = {m.actor2.name for m in g + h if m.actor2 is not None}
    # two sides of one fight ("the army thwarted attacks by the terrorists"), or one
    # side read once as the target
    return len(one | two) == 2 and (not targets or bool((one | two) & targets))


_ANAPHORS = ("the", "this", "that", "these", "those")


def _anaphoric(h: list[Mention]) -> bool:
    """The group only refers back: no date of its own, and it is first named by a
    definite event noun ("at least 14 were killed in the blast"; "The attack hit an
    Ahrar al-Sham checkpoint", then "prisoners were also believed killed": the later
    words of the group tell more of the incident the definite noun points back to)."""
    if any(m.date_text for m in h):
        return False
    first = min(h, key=lambda m: (m.sent_start, m.trigger_start))
    told = {m.sent_start for m in h if _definite(m)}
    # the group's first sentence names the incident by a definite noun, whichever of its
    # words was read first ("As many as 16 people were killed in the attack": "killed"
    # comes before "the attack"); every sentence of the group refers back, or adds no
    # side, toll or place of its own (a group that also holds "the pilot was killed by a
    # Nusra fighter" is more than the strike the definite noun points back to)
    return first.sent_start in told and all(m.sent_start in told or _bare(m) for m in h)


def _bare(m: Mention) -> bool:
    """No side, toll or place of its own: a vague count ("several other bodies") is no
    toll of its own (ACLED's vague counts stand for any figure)."""
    return (m.actor1 is None and m.actor2 is None and (m.killed is None or vague_toll(m))
            and m.injured is None and (m.place is None or m.place_inherited))


def _definite(m: Mention) -> bool:
    return any(f"{d} {m.trigger.lower()}" in m.sentence.lower() for d in _ANAPHORS)


DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "overnight", "weekend", "morning", "night", "dawn"}


def _dated_anaphor(h: list[Mention]) -> bool:
    """The group names its incident by a definite noun whose only new word is its day
    ("The Saturday strike hit dormitories in the camp", "the Monday attack"): the
    incident the report led with, when that day fits (no other date in the group)."""
    first = min(h, key=lambda m: m.trigger_start)
    head = first.sentence[:max(first.trigger_start - first.sent_start, 0)].lower().split()
    if len(head) < 2 or head[-2] not in _ANAPHORS:
        return False
    day = head[-1].removesuffix("'s").removesuffix("’s")
    return day in DAY_WORDS and all(
        not m.date_text or m.date_text.lower() == day for m in h)


def _same_toll(g: list[Mention], h: list[Mention]) -> bool:
    """The same sub-event type with the same toll (not a vague count) on one day."""
    one = {m.killed for m in g if m.killed and not vague_toll(m)}
    two = {m.killed for m in h if m.killed and not vague_toll(m)}
    return bool(one & two) and g[0].sub_event_type == h[0].sub_event_type


# the figures of ACLED's vague counts ("dozens" = 12, "a number of" = 10) match by chance
VAGUE_TOLLS = {3, 10, 12, 100}


def _retold(g: list[Mention], h: list[Mention],
            compatible: Callable[[Mention, Mention], bool]) -> bool:
    """A later paragraph telling the same incident again: the same event type (sub-event
    family), the same day or no date of its own, sides that agree, a place that is the
    same, unknown or contained in the other's, and the same toll or none ("Monday's
    twin bombings came as IS fighters press their assault" after the bombings' report)."""
    if g[0].event_type != h[0].event_type or not _first_actors_agree(g, h):
        return False
    undated = all(not m.date_text for m in h)
    if not all(_same_day(x, y, undated) for x in g for y in h):
        return False
    one = {m.actor2.name for m in g if m.actor2 is not None}
    two = {m.actor2.name for m in h if m.actor2 is not None}
    firsts = _named_first(g) | _named_first(h)
    if one and two and not (one & two) and not ((one | two) & firsts):
        return False  # different targets: two incidents
    tolls = {m.killed for m in g if m.killed}
    later = {m.killed for m in h if m.killed}
    if later and not later <= tolls:
        return False
    return all(compatible(x, y) for x in g for y in h)


# Sub-event types that tell part of another violent event rather than an event of their
# own when they share its day, place and sides: the killing told from the victims' side
# ("were killed as they unloaded the trucks" after "the air raids killed 20"), the
# damage ("the raid destroyed 18 vehicles"), a side's withdrawal from the fight, the
# weapons a strike destroyed ("the jets also destroyed three ammunition depots": ACLED's
# disrupted weapons use is a use prevented, not the damage of a strike that happened).
PARTS = {T.ATTACK, T.LOOTING, T.CHANGE_TO_GROUP, T.DISRUPTED_WEAPONS}


TIME_UNITS = {"day", "days", "night", "week", "month", "year", "time", "straight",
              "consecutive", "successive", "half"}


def distinct(m: Mention) -> bool:
    """The mention's sentence says it tells another incident than those before it ("a
    second car bomb", "fresh air strikes", "in a separate attack", "elsewhere")."""
    data = incident_words()
    words = [w.strip(".,;:\"'") for w in m.sentence.lower().split()]
    if any(w in data["distinct_adverbs"] for w in words):
        return True
    if any(w in data["distinct_place_words"] and set(words[i + 1:i + 3]) & set(
            data["distinct_place_nouns"]) and not _extent(words, i) for i, w in enumerate(words)):
        return True  # "killed in another town", "in neighbouring Hasakeh province"
    if any(w in ("another", "other") and nxt[:1].isdigit()
           for w, nxt in zip(words, words[1:], strict=False)):
        return True  # "Another 12 Daesh members were killed in Raqqa": more victims
    if m.sub_event_type == T.SHELLING:
        return False  # "a third shell fell": one bombardment of the town that day
    # an ordinal or "another" just before the event noun ("a second car bomb", "fresh air
    # strikes"), not before a source ("another monitoring group says the strikes") nor
    # a count of days ("for a second day")
    # ("killed in separate attacks" sums up several incidents told apart elsewhere)
    head = m.sentence[:max(m.trigger_start - m.sent_start, 0)].lower().split()[-3:]
    before = [w.strip(".,;:\"'") for w in head]
    after = before[1:] + m.trigger.lower().split()[:1]
    plural = m.trigger.lower().endswith("s")
    return any(w in data["distinct_cues"] and nxt not in TIME_UNITS
               and not (plural and w == "separate")
               for w, nxt in zip(before, after, strict=False))


def _extent(words: list[str], i: int) -> bool:
    """"Mortars hit the Al-Salihiya neighbourhood and a nearby area": a nearby place
    joined to the sentence's own place by "and"/"or" is how far the one strike reached,
    not another incident."""
    k = i - 1 if i and words[i - 1] in ("a", "an", "the") else i
    return k > 0 and words[k - 1] in ("and", "or")


# The armed violence a part (PARTS) can belong to; a protest's or a riot's own
# killing is its own type ("mob killings" stay Mob violence).
ARMED_VIOLENCE = {T.BATTLES, T.EXPLOSIONS, T.VIOLENCE_AGAINST_CIVILIANS}


def _part_of(part: Mention, main: Mention) -> bool:
    if bare_killing(part) and main.event_type in ARMED_VIOLENCE and not bare_killing(main):
        return True
    if part.sub_event_type == T.DISRUPTED_WEAPONS and main.event_type != T.EXPLOSIONS:
        return False  # "thwarted an attempt to storm a base" beside a clash: its own fight
    return part.sub_event_type in PARTS and main.event_type in ARMED_VIOLENCE and (
        main.sub_event_type not in PARTS)


def _distinct(h: list[Mention]) -> bool:
    return any(distinct(m) for m in h)


def _capture_retold(g: list[Mention], h: list[Mention],
                    compatible: Callable[[Mention, Mention], bool]) -> bool:
    """A place changes hands once: a capture the report dates ("after the town fell to
    IS on 22 May") and an undated retelling of it by the same taker at the same place
    ("the capture of Palmyra has raised concern", "in the days after Palmyra fell to
    IS"; with no place of its own it is told at the dated one's) are one event, on the
    dated day, whatever background flag each reading got."""
    a, b = g[0], h[0]
    if a.sub_event_type != b.sub_event_type or a.sub_event_type not in T.TERRITORY_BATTLES:
        return False
    if any(m.date_text for m in g) == any(m.date_text for m in h):
        return False  # both dated (two captures, or one day twice: the other rules) or neither
    if len({m.actor1.name for m in g + h if m.actor1 is not None}) > 1:
        return False
    dated, undated = (g, h) if any(m.date_text for m in g) else (h, g)
    if any(m.place is None for m in dated):
        return False
    return all(_same_place(x, y, compatible) for x in dated for y in undated
               if y.place is not None)


def _one_pair(g: list[Mention], h: list[Mention]) -> bool:
    """At most two sides named across both groups (an unidentified group and civilians
    name no side of their own: they are the unnamed attacker and the victims), and
    no side that wins in one group and loses in the other."""
    named = {a.name for m in g + h for a in (m.actor1, m.actor2)
             if a is not None and a.inter != 7 and not a.name.startswith("Unidentified")
             and not _referring_back(a)}
    if len(named) > 2 or _crossed(g, h):
        return False
    # civilians killed in a battle are its casualties, not another pair of sides; so are
    # civilians a strike or blast killed, told in a sentence naming no attacker
    # ("Russian aircraft conducted 12 strikes on Idlib ... At least 10 civilians were
    # killed": ACLED codes the strike, civilians among its fatalities)
    # (the holder of a post a blast struck is where it went off, not other victims: "nine
    # killed in suicide bomb attacks near a police station" / "one person was killed")
    battle = T.BATTLES in (g[0].event_type, h[0].event_type)
    one = {m.actor2.name for m in g if m.actor2 is not None and not m.post_target and not (
        (battle or _casualties_of_strike(g, h)) and m.actor2.inter == 7)}
    two = {m.actor2.name for m in h if m.actor2 is not None and not m.post_target and not (
        (battle or _casualties_of_strike(h, g)) and m.actor2.inter == 7)}
    if one and two and not one & two and not (one | two) & (_named_first(g) | _named_first(h)):
        return False  # different victims (soldiers in one, civilians in the other)
    # a side that only attacks in one group and is only attacked in the other: two
    # pairs ("rebels attacked government forces" / "regime bombs killed two children")
    for x, y in ((g, h), (h, g)):
        first = {m.actor1.name for m in x if m.actor1 is not None}
        second = {m.actor2.name for m in y if m.actor2 is not None}
        also = {m.actor1.name for m in y if m.actor1 is not None}
        if {n for n in (first & second) - also if not n.startswith("Unidentified")}:
            return False  # (an unidentified group names no side: two unknowns may differ)
    return True


def _casualties_of_strike(victims: list[Mention], other: list[Mention]) -> bool:
    """``victims`` tells only the civilians some strike or blast of ``other`` killed: a
    bare killing or attack with no named attacker of its own, beside an explosion or
    remote violence."""
    return other[0].event_type == T.EXPLOSIONS and all(
        m.event_type == T.VIOLENCE_AGAINST_CIVILIANS and (
            m.actor1 is None or m.actor1.name.startswith("Unidentified"))
        for m in victims)


def _referring_back(a: Actor) -> bool:
    """A side named only by a definite common noun ("the artillery also destroyed ...",
    "the jets"): the force told before, whatever country the table defaults it to."""
    words = a.text.split()
    return len(words) >= 2 and words[0].lower() == "the" and all(
        w.islower() for w in words[1:])


def _one_place(a: Mention, b: Mention, compatible: Callable[[Mention, Mention], bool]
               ) -> bool:
    """A mention with no place of its own is told at the other's; two places of their
    own must be the same (25 km) or one inside the other."""
    if a.place is None or b.place is None or a.place_inherited or b.place_inherited:
        return True
    return _same_place(a, b, compatible)


def _one_event(g: list[Mention], h: list[Mention],
               compatible: Callable[[Mention, Mention], bool]) -> bool:
    """ACLED's unit of an event within one report: one pair of sides, one place, one
    day. A later group of the same event family, or one that tells a part of the
    other (:data:`PARTS`), joins it whatever toll each sentence gives (sources and
    retellings differ: "killed 20" ... "around twenty and one staff member were
    killed"), unless it says it is another incident or gives a date of its own that
    is another day."""
    a, b = g[0], h[0]
    if a.event_type == b.event_type:
        if a.event_type not in VIOLENT:
            return False
    elif not _part_of(a, b) and not _part_of(b, a):
        return False
    if not _one_pair(g, h):
        return False
    if a.event_type != b.event_type and not _told_there(g, h):
        return False
    undated = all(not m.date_text for m in h)
    return all(_same_day(x, y, undated) and _one_place(x, y, compatible)
               for x in g for y in h)


def _told_there(g: list[Mention], h: list[Mention]) -> bool:
    """A part is told at its event's place: it brings no place of its own where the
    event has none ("seldom attack their predecessors" in the US is no part of a
    chemical attack named without a place)."""
    main, part = (g, h) if g[0].sub_event_type not in PARTS else (h, g)
    if any(m.place is not None and not m.place_inherited for m in main):
        return True
    return all(m.place is None or m.place_inherited for m in part)


def _one_incident(g: list[Mention], h: list[Mention],
                  compatible: Callable[[Mention, Mention], bool]) -> bool:
    a, b = g[0], h[0]
    if any(told_before(x, y) for x in g for y in h):
        return False
    shared = {m.sent_start for m in g} & {m.sent_start for m in h}
    if not shared and not _distinct(h) and _retreat_of_capture(g, h):
        return True
    if (_crossed(g, h) and not (shared and _crowd_in_clash(g, h, shared))) or (
            not shared and _distinct(h)):
        return False  # "a second car bomb went off in another district"
    if not shared and _capture_retold(g, h, compatible):
        return True
    if not shared and _arrest_retold(g, h, compatible):
        return True
    violent = a.event_type in VIOLENT and b.event_type in VIOLENT
    if violent and not shared and _toll_retold(g, h, compatible):
        return True
    if not shared and _apart_in_time(g, h):
        return False  # (one clause read as background once and as news once: one incident)
    if violent and (_anaphoric(h) or _dated_anaphor(h)) and all(
            compatible(x, y) and _same_day(x, y, True) for x in g for y in h):
        return True
    if not all(_same_day(x, y) for x in g for y in h):
        return False
    if shared and _crowd_in_clash(g, h, shared):  # one crowd, one armed side: one event
        return all(compatible(x, y) for x in g for y in h)
    if shared and _other_opponent(g, h, shared):
        return False  # "attacked a police post ... and later clashed with army troops"
    if shared and _taken_and_struck(a, b):
        return False  # "bombed the town before troops stormed it": two events
    if shared and _place_and_people_taken(a, b):
        return False  # "stormed the village and captured two journalists": two events
    if shared and _first_actors_agree(g, h):  # one clause, one incident: the codebook picks
        return (violent or a.event_type == b.event_type or _told_in_violence(
            g, h, shared) or _raid_of_arrest(g, h, shared)
            or _force_on_protest(g, h, shared) or _beside_violence(g, h, shared)) and all(
            compatible(x, y) for x in g for y in h)
    if _taken_and_other(g[0], h[0]):
        return False  # a place taken and the strikes before it: two events
    if _elsewhere(g, h) or _elsewhere(h, g):
        return False  # one event per location
    if violent and _same_toll(g, h) and _first_actors_agree(g, h):
        return True  # "killing 14 fighters" twice on one day: one suicide bombing
    if violent and _retold(g, h, compatible):
        return True
    if _one_event(g, h, compatible):
        return True
    if not violent or not _actors_agree(g, h):
        return False
    if a.event_type != b.event_type and not all(_dated_alike(x, y) for x in g for y in h):
        return False  # two families, one dated ("on Monday") and one not: two days
    return all(_same_place(x, y, compatible) for x in g for y in h)


def _beside_violence(g: list[Mention], h: list[Mention], shared: set[int]) -> bool:
    """A strategic development told only in a sentence whose political violence (or a
    crowd's violence) is its news, by a side of that violence or by no named side
    ("bombed and completely destroyed an office building", "the FSA lost 12 fighters
    before withdrawing", "Twenty rebels were also captured and 16 police killed in the
    battle"): ACLED codes one event per actor pair, location and day, of the most
    serious type, so the sentence's one place, day and pair give one record. Rioters'
    deeds belong to the riot (whose rioters are named only when the record is built).
    A crowd beside violence keeps its own rules (the codebook types force used on a
    crowd by the crowd's event, _crowd_in_clash, _force_on_protest); people arrested
    join only a battle (those taken in the fight), an arrest with beatings stays an
    arrest. Violence told as the background of the other or as a process with no toll
    stays apart, and so does a side of its own ("police arrested five over the
    bombing")."""
    main, lesser = sorted((g, h), key=lambda x: _seriousness(x[0]))
    if _seriousness(main[0]) > 1 or _seriousness(lesser[0]) < 2 or (
            lesser[0].sub_event_type == T.ARRESTS and main[0].event_type != T.BATTLES):
        return False  # (a crowd's type is the codebook's for force used on it)
    if any(m.sent_start not in shared for m in lesser) or all(
            m.explain.get("frame") or (_in_passing(m) and m.killed is None
                                       and m.injured is None) for m in main):
        return False
    lead = lesser[0].actor1
    sides = {a.name for m in main for a in (m.actor1, m.actor2) if a is not None}
    if lead is None or lead.name.startswith("Unidentified") or lead.name in sides:
        return True
    return lead.inter in CROWD_INTER and not _named_first(main)


def _seriousness(m: Mention) -> int:
    """The codebook's order of event families: political violence, then a crowd's
    violence or protest, then strategic developments."""
    return 0 if m.event_type in VIOLENT else 1 if m.event_type in CROWD_TYPES else 2


# Sub-event types that a sentence reporting violence tells as part of it: weapons
# seized in the fight, a place "entered" to carry out a massacre (no transfer is
# non-violent when its own sentence kills), a group's move or camp, the surrender or
# amnesty of those then killed ("beheaded eight militants who had surrendered"), the
# damage the violence did ("the blast destroyed three buildings").
IN_A_VIOLENT_CLAUSE = {T.DISRUPTED_WEAPONS, T.NON_VIOLENT_TRANSFER, T.CHANGE_TO_GROUP,
                       T.AGREEMENT, T.LOOTING}


def _told_in_violence(g: list[Mention], h: list[Mention], shared: set[int]) -> bool:
    """One group is of IN_A_VIOLENT_CLAUSE and the other reports violence in the same
    sentence as that sentence's own news: not as its circumstance, nor as a process
    noun ("agreed a ceasefire after the worst fighting in decades", "withdrew from the
    base" of "the coalition tasked with fighting Daesh": the agreement, the withdrawal
    is the news)."""
    if g[0].event_type in VIOLENT:
        violence, other = g, h
    elif h[0].event_type in VIOLENT:
        violence, other = h, g
    else:
        return False
    if other[0].sub_event_type == T.DISRUPTED_WEAPONS:
        return True  # weapons seized in the fight, whatever frame the fight has
    if other[0].sub_event_type == T.LOOTING and violence[0].event_type not in (
            T.EXPLOSIONS, T.BATTLES):
        return False  # the damage of a blast or a fight; a mob that "attacked them, looted
        # many houses" did two things
    if other[0].sub_event_type not in IN_A_VIOLENT_CLAUSE or any(
            m.sent_start not in shared for m in other):
        return False  # (told in a sentence of its own too: not only a part of this clause)
    told = [m for m in violence if m.sent_start in shared]
    if other[0].sub_event_type in CLAUSE_PARTS and (
            _launched(other, told) or not all(_in_passing(m) for m in told)):
        return True
    return not any(_in_passing(m) for m in told)


# A group's move or the damage done, told in a clause whose violence is news of its own:
# a part of that violence ("launched a new offensive ... targeting the village", "the
# strikes, which also caused massive destruction"), never a second record. A deal or a
# transfer stays apart unless every violent word of the clause is its news.
CLAUSE_PARTS = {T.CHANGE_TO_GROUP, T.LOOTING}


def _in_passing(m: Mention) -> bool:
    """Violence told as a circumstance frame or a process noun ("after the worst
    fighting in decades", "the coalition tasked with fighting Daesh")."""
    return bool(m.explain.get("frame")) or m.trigger.lower().split()[-1] in incident_words()[
        "process_nouns"]


def _launched(other: list[Mention], told: list[Mention]) -> bool:
    """The move's own words govern the violent noun that follows them ("launched a new
    offensive"): the launch is the battle, which ACLED codes once, as the battle."""
    return any(0 <= v.trigger_start - (c.trigger_start + len(c.trigger)) <= 1
               for c in other for v in told)


# Protest sub-types under which ACLED codes the killing or wounding of demonstrators.
PROTEST_FORCE = {T.EXCESSIVE_FORCE}


def _force_on_protest(g: list[Mention], h: list[Mention], shared: set[int]) -> bool:
    """An attack and excessive force against protesters told in one sentence ("Five people
    have been killed and many wounded in the protests"): the deaths are the force used
    on the protest, one Excessive force event carrying the toll (ACLED codes violence on
    demonstrators as that Protests sub-type, not as a second Attack)."""
    force, attack = (g, h) if g[0].sub_event_type in PROTEST_FORCE else (h, g)
    # a bomb is the force used on the rally only when the sentence names no force that
    # fired on it ("Security forces fired on demonstrators ..., as a suicide bomber struck
    # a market": two events)
    policed = any(m.actor1 is not None and m.actor1.inter in POLICING_INTER for m in force)
    return force[0].sub_event_type in PROTEST_FORCE and all(
        (m.sub_event_type == T.ATTACK or m.sub_event_type == T.ABDUCTION and _policing(m)
         or m.event_type == T.EXPLOSIONS and not policed)
        and m.sent_start in shared for m in attack)


def _policing(m: Mention) -> bool:
    """Done by a state's force or by no one named: the force that polices a crowd (gunmen
    who "abducted a journalist" beside it did a deed of their own)."""
    return m.actor1 is None or m.actor1.inter in POLICING_INTER


# One-sided violence a sentence tells beside the force used on its protest: the same
# deed ("shot dead five protesters and detained dozens"). Remote violence on a rally
# ("two bombs killed 103 civilians, targeting a peace rally") is the same deed too, and
# the codebook's precedence types it by its weapon (codebook_order).
FORCE_ON_CROWD = {T.ATTACK, T.ABDUCTION}


CROWD_INTER = {5, 6}  # rioters and protesters: a crowd, no organised armed group
POLICING_INTER = {1, 8}  # state forces, external forces (peacekeepers): who meets a crowd
CROWD_TYPES = {T.PROTESTS, T.RIOTS}


def _crowd_side(m: Mention) -> bool:
    """A mention with rioters or protesters as one of its sides."""
    return any(a is not None and a.inter in CROWD_INTER for a in (m.actor1, m.actor2))


def _crowd_in_clash(g: list[Mention], h: list[Mention], shared: set[int]) -> bool:
    """Soldiers who "clashed with protesters" or "fired on demonstrators marching", told
    in one sentence as a demonstration and as a clash with the crowd (or as the crowd's
    own protest beside the force used on it): one incident. ACLED codes a battle only
    between organised armed groups; violence between a force and demonstrators is the
    Protests or Riots event, one per sentence, with one armed side at most."""
    group = g + h
    if not all(m.sent_start in shared for m in group) or not any(
            m.event_type in CROWD_TYPES for m in group):
        return False
    clash = any(m.sub_event_type == T.ARMED_CLASH for m in group)
    if not clash and len({m.sub_event_type for m in group
                          if m.event_type in CROWD_TYPES}) > 1 and not _one_crowd(group):
        return False  # a protest and a riot beside it with no fight between them: two
    force = any(m.sub_event_type in PROTEST_FORCE for m in group)
    if not all(m.event_type in CROWD_TYPES or _crowd_actor(m.actor1) or _on_crowd(m)
               or (m.sub_event_type == T.ARMED_CLASH and _crowd_side(m))
               or (force and m.sub_event_type == T.ATTACK) for m in group):
        return False  # (the attack is the force used on the protest: _force_on_protest)
    armed = {m.actor1.name for m in group if m.actor1 is not None
             and m.actor1.inter not in CROWD_INTER | {7}
             and not m.actor1.name.startswith("Unidentified")}
    return len(armed) <= 1


def _one_crowd(group: list[Mention]) -> bool:
    """Every crowd reading of the sentence has one and the same subject ("Some 1,500
    activists demonstrated in Copenhagen ..., blocking traffic"): one crowd did both,
    one event (ACLED codes a demonstration once, of its most serious type), unlike
    "protesters marched while youths threw stones", two crowds."""
    subjects = {m.explain.get("actor1", "").strip().lower() for m in group
                if m.event_type in CROWD_TYPES}
    return len(subjects) == 1 and "" not in subjects


def _on_crowd(m: Mention) -> bool:
    """Violence a sentence reporting a crowd tells with no opponent but the crowd: a clash
    with the crowd or with no one named ("security forces opened fire"), an attack on the
    crowd, on civilians or on no one named ("police shot dead four people"). The force
    used on a demonstration or a riot (ACLED: Excessive force against protesters, or the
    riot with the force as its second side), not a second event. Only a state's or a
    foreign force polices a crowd: gunmen who "killed two farmers" before villagers
    protested did an incident of their own, and so does violence told as the frame
    ("after ..."); an attack or a clash on a named armed side stays apart too. Violence
    with no doer named ("beaten to death during violent clashes outside Agartala", "two
    were killed by police firing on the crowd and two others were stabbed", "fishermen
    clashed with riot police") is the crowd's too: with no armed side of its own, it is
    the demonstration's or the riot's violence, which ACLED codes as that one event."""
    if m.sub_event_type not in (T.ARMED_CLASH, T.ATTACK) or m.explain.get("frame"):
        return False
    if m.actor1 is None:
        return m.actor2 is None or m.actor2.inter in CROWD_INTER | POLICING_INTER | {7}
    if m.actor1.inter not in POLICING_INTER:
        return False
    return m.actor2 is None or m.actor2.inter in CROWD_INTER or (
        m.sub_event_type == T.ATTACK and m.actor2.inter == 7)


def _crowd_actor(a: Actor | None) -> bool:
    return a is not None and a.inter in CROWD_INTER


def _raid_of_arrest(g: list[Mention], h: list[Mention], shared: set[int]) -> bool:
    """An arrest and a fight read in its own sentence with no toll, no injured and no
    second side: the raid that made the arrest ("was arrested on 22 July ... when armed
    police raided the resort"), one Arrests event (ACLED codes a raid that only
    arrests as Arrests, and a fight only when a side fights back)."""
    arrest, raid = (g, h) if g[0].sub_event_type == T.ARRESTS else (h, g)
    if arrest[0].sub_event_type != T.ARRESTS or raid[0].sub_event_type not in (
            T.ARMED_CLASH, T.ATTACK):
        return False  # (a raid on a village typed an attack on it: the same raid)
    return all(m.sent_start in shared and m.killed is None and m.injured is None
               and m.actor2 is None and m.trigger.lower().startswith(RAID_WORDS) for m in raid)


RAID_WORDS = ("raid", "storm", "swoop")  # how an arrest is made; "fatal attacks" is no raid


def _arrest_retold(g: list[Mention], h: list[Mention],
                   compatible: Callable[[Mention, Mention], bool]) -> bool:
    """One arrest told twice: an undated lead naming only the country ("a former soldier
    arrested in Turkey") and the dated arrest in a town of that country ("arrested on 22
    July ... in the town of Didim"), with sides that agree (ACLED: one arrest, one
    event; the lead's undated, country-level telling is not another)."""
    if not g[0].sub_event_type == h[0].sub_event_type == T.ARRESTS:
        return False
    if not _actors_agree(g, h) or any(own_tolls(x, y) for x in g for y in h):
        return False
    return all(x.date_text != y.date_text and _dated_alike(x, y)
               and _same_place(x, y, compatible) for x in g for y in h)


def _toll_retold(g: list[Mention], h: list[Mention],
                 compatible: Callable[[Mention, Mention], bool]) -> bool:
    """The same exact toll told again by a sentence with no date of its own, sides that
    agree and a place that fits: one incident, whatever sub-type or background flag
    each reading got ("10 soldiers were killed in Israeli overnight air raids" and then
    "10 soldiers were killed in Israeli raids against military positions"). The undated
    telling may come first: a feature's lead ("a British volunteer killed while clearing
    mines in Raqqa") and the paragraph giving the day ("died on 25 November"), then of
    the same event family only."""
    one = {m.killed for m in g if m.killed and not vague_toll(m)}
    two = {m.killed for m in h if m.killed and not vague_toll(m)}
    if not one & two:
        return False
    if any(m.date_text for m in h) and (any(m.date_text for m in g)
                                        or g[0].event_type != h[0].event_type):
        return False  # a lead with no day and its day told later: only the same family
    hit = {m.actor2.name for m in g if m.actor2 is not None}
    hit_again = {m.actor2.name for m in h if m.actor2 is not None}
    if hit and hit_again and not hit & hit_again:
        return False  # "killed 20 civilians" and "killed 20 army troops": two incidents
    # a definite noun that points back ("the clash ... 200 killed") with no place of its
    # own is told where the incident it retells was, not at the scene of the sentence
    # before it (an inherited place is a guess)
    back = _anaphoric(h)
    return _first_actors_agree(g, h) and all(
        compatible(x, y) or back and _one_place(x, y, compatible) for x in g for y in h)


def _retreat_of_capture(g: list[Mention], h: list[Mention]) -> bool:
    """A place taken and the withdrawal of those who lost it, the same day and place: one
    change of hands told from both sides ("the army reclaimed the border town of Albu
    Kamal" and "the group retreated into the desert"). ACLED codes the transfer once, as
    the taker's event; a non-violent transfer is territory acquired with no fight, not
    the loser's retreat from a place taken."""
    taken, left = (g, h) if g[0].sub_event_type in T.TERRITORY_BATTLES else (h, g)
    if taken[0].sub_event_type not in T.TERRITORY_BATTLES or any(
            m.sub_event_type != T.NON_VIOLENT_TRANSFER for m in left):
        return False
    takers = {m.actor1.name for m in taken if m.actor1 is not None}
    losers = {m.actor2.name for m in taken if m.actor2 is not None}
    leavers = {m.actor1.name for m in left if m.actor1 is not None}
    towards = {m.actor2.name for m in left if m.actor2 is not None}
    # a capture that names its taker, its loser and its town; those who left are the
    # loser (or unnamed), and they did not leave to the loser
    if not takers or not losers or not leavers <= losers or towards & losers or not all(
            _specific(m) for m in taken):
        return False
    undated = all(not m.date_text for m in left)
    names = {m.place.name.lower() for m in taken if m.place is not None}
    return not any(_left_from_elsewhere(m, names) for m in left) and all(
        _same_day(x, y, undated) and _one_place(x, y, _places_compatible_any)
        for x in taken for y in left)


_FROM_SKIP = {"the", "their", "its", "his", "her", "city", "town", "village", "of", "area",
              "district", "neighbourhood", "neighborhood", "province"}


def _left_from_elsewhere(m: Mention, names: set[str]) -> bool:
    """A withdrawal with no place of its own read from a named place that is not where
    the capture was ("retreated from the city of Raqqa"): the place stage reads no
    location from a movement's origin, so the sentence's words decide."""
    if m.place is not None and not m.place_inherited:
        return False
    words = [w.strip(".,;:\"'()") for w in m.sentence.split()]
    for i, w in enumerate(words):
        if w.lower() != "from":
            continue
        rest = [x for x in words[i + 1:i + 6] if x.lower() not in _FROM_SKIP]
        if rest and rest[0][:1].isupper() and not any(rest[0].lower() in n for n in names):
            return True
    return False


def _places_compatible_any(a: Mention, b: Mention) -> bool:
    """Two places of their own that are one (the same place, or within 25 km)."""
    return a.place is not None and b.place is not None and (
        a.place.geonames_id == b.place.geonames_id or distance_km(
            a.place.latitude, a.place.longitude, b.place.latitude,
            b.place.longitude) <= SAME_PLACE_KM)


def _taken_and_other(a: Mention, b: Mention) -> bool:
    """A place taken and an incident of another kind: two events ("the strikes before
    it"). An armed clash is no other kind: ACLED codes a battle in which a place changes
    hands as the territorial sub-type, so "the town fell to insurgents in May" after "the
    town was captured by opposition fighters in May" is one battle. Only fighting that
    names no side of its own: "government forces were also fighting rebels" is a clash
    of its own pair."""
    kinds = {a.sub_event_type in T.TERRITORY_BATTLES, b.sub_event_type in T.TERRITORY_BATTLES}
    if kinds != {True, False}:
        return False
    other = b if a.sub_event_type in T.TERRITORY_BATTLES else a
    return not (other.sub_event_type == T.ARMED_CLASH and other.actor1 is None
                and other.actor2 is None and not other.agent_class)


def _taken_and_struck(a: Mention, b: Mention) -> bool:
    """A place taken and the air strikes or shelling told in the same sentence ("government
    aircraft bombed the town before troops stormed it"): the remote violence is an event
    of its own, as _taken_and_other says across sentences (ACLED codes each type apart).
    Only strikes placed themselves: unplaced ("while suffering from continued Coalition
    airstrikes") they stay with the place taken; and only a town or province taken: a
    taking placed no finer than a country ("a drone shot down and recovered in northern
    Iraq") took no place."""
    struck, taken = (a, b) if a.event_type == T.EXPLOSIONS else (b, a)
    return {_ground_move(a), _ground_move(b)} == {True, False} and (
        struck.event_type == T.EXPLOSIONS) and (
        struck.place is not None) and taken.place is not None and below_country(taken.place)


def _ground_move(m: Mention) -> bool:
    """A place taken, or stormed (an assault the codebook types Armed clash until the
    place is said to be taken: "bombed the town before troops stormed it" is two events
    either way)."""
    return m.sub_event_type in T.TERRITORY_BATTLES or (
        m.sub_event_type == T.ARMED_CLASH and m.trigger.lower().startswith("storm"))


def _place_and_people_taken(a: Mention, b: Mention) -> bool:
    """"Rebels stormed the village and captured two journalists": a place taken and
    people abducted in one sentence are two events of two types (ACLED codes the
    abduction of civilians apart from the battle for the place); soldiers or fighters
    captured in the battle stay part of it."""
    taken = next((m for m in (a, b) if m.sub_event_type == T.ABDUCTION), None)
    return {a.sub_event_type, b.sub_event_type} & T.TERRITORY_BATTLES != set() and (
        taken is not None and taken.actor2 is not None and taken.actor2.inter == 7
        and not captives_only(taken.actor2))


def captives_only(a: Actor) -> bool:
    """People the text names only by their capture ("seizing 80 prisoners"): taken in the
    battle of their sentence they are its prisoners of war, whatever civilians the actor
    table defaults them to (ACLED: fighters captured in a battle are part of it)."""
    words = [w.strip(".,;:\"'()") for w in a.text.lower().split()]
    nouns = incident_words()["captive_nouns"]
    return bool(words) and (words[-1] in nouns or " ".join(words[-3:]) in nouns)


def _dated_alike(a: Mention, b: Mention) -> bool:
    """The same day by the text: both dated that day, neither dated (then the report's
    last days, :func:`_same_day`), or the undated one a vague lead with no toll or town
    of its own and the dated one placed in a town ("Turkey has shelled a city" before
    "fired on Qamishli on Tuesday"). An
    undated report with its own toll and town is another day's ("air strikes on Raqa
    killed 25" is not "the coalition's two strikes near Raqa on Monday")."""
    if bool(a.date_text) == bool(b.date_text) or a.event_date == b.event_date:
        return True
    dated, undated = (a, b) if a.date_text else (b, a)
    return undated.killed is None and not _specific(undated) and _specific(dated)


def _scene(group: list[Mention]) -> list[Mention]:
    """The mentions that set a group's place: those naming one in their own sentence,
    else those continuing the town of the sentence before (inherited; a province or
    country inherited may be no more than the story's region, a guess)."""
    own = [m for m in group if m.place is not None and not m.place_inherited]
    return own or [m for m in group if _specific_town(m.place)]


def _specific_town(place: Place | None) -> bool:
    return place is not None and place.level in ("city", "admin2")


def _elsewhere(part: list[Mention], main: list[Mention]) -> bool:
    """The part names a town of its own, in a sentence of its own, that is not a town of
    the main group and lies apart from each of them: ACLED codes one event per
    location, so "pro-regime elements evacuated a research centre in Jamraya" is not part
    of the chemical attack on Douma told before it, though both lie near Damascus."""
    shared = {m.sent_start for m in main}
    towns = [m.place for m in part if _specific(m) and m.sent_start not in shared]
    there = [m.place for m in main if _specific(m)]
    return bool(towns and there) and all(
        t.geonames_id != p.geonames_id and distance_km(
            t.latitude, t.longitude, p.latitude, p.longitude) > settings.TOWN_APART_KM
        for t in towns for p in there)


def scenes_apart(g: list[Mention], h: list[Mention],
                 compatible: Callable[[Mention, Mention], bool]) -> bool:
    """Two groups told at places that cannot be one (no place of one inside or within
    25 km of a place of the other) are two incidents, whatever else they share: a
    round-up's "8 wounded in al-Foaa in Idleb countryside" is not the Aleppo shelling
    told before it, nor is "the terrorist attacks caused material damage" after the
    Aleppo paragraph part of the Latakia bombing. A sentence both groups share (one
    clause read twice) is left to the per-clause rules."""
    if {m.sent_start for m in g} & {m.sent_start for m in h}:
        return False
    one, two = _scene(g), _scene(h)
    return bool(one and two) and not any(compatible(x, y) for x in one for y in two)


def merge_incidents(groups: list[list[Mention]],
                    compatible: Callable[[Mention, Mention], bool]) -> list[list[Mention]]:
    """Join the groups (each one incident by the per-type merge) that report the same
    incident; each result is in :func:`codebook_order`."""
    out: list[list[Mention]] = []
    for g in groups:
        fits = [kept for kept in out
                if not scenes_apart(kept, g, compatible) and _one_incident(kept, g, compatible)]
        if fits:
            kept = max(fits, key=lambda k: _likeness(k, g))  # first of the best on a tie
            kept[:] = codebook_order(kept + g)  # the first is the incident's type
        else:
            out.append(list(g))
    return [codebook_order(g) for g in _raids_joined(out)]


def _likeness(kept: list[Mention], g: list[Mention]) -> tuple[bool, bool]:
    """How closely a later telling matches an incident it may join: the same exact toll,
    then the same sub-event type ("The clash between the US and Russian mercenaries",
    with 200 dead, retells the clash of 7 February that killed 200, not the air raids
    told just before it)."""
    return (_same_toll(kept, g) or bool(_exact_tolls(kept) & _exact_tolls(g)),
            kept[0].sub_event_type == g[0].sub_event_type)


def _exact_tolls(group: list[Mention]) -> set[int]:
    return {m.killed for m in group if m.killed and not vague_toll(m)}


def _raids_joined(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A raid met before the arrest it made was joined to another telling of that
    arrest: join it now to the arrest group that shares its sentence."""
    out: list[list[Mention]] = []
    for g in groups:
        for kept in out:
            shared = {m.sent_start for m in g} & {m.sent_start for m in kept}
            if shared and _raid_of_arrest(kept, g, shared):
                kept[:] = kept + g
                break
        else:
            out.append(g)
    return out


SUBCOUNT_WORDS = {"including", "among", "them", "of"}  # "including six children"
HURT_WORDS = {"wounded", "injured", "hurt", "injuries", "wounding", "injuring"}


def _figures(sentence: str) -> list[int]:
    """The death figures a sentence writes in digits ("killed 19 people ... and another
    23"), not a part of one of them ("including 10 children") nor the wounded."""
    words = [w.strip(".,;:()\"'").replace(",", "").lower() for w in sentence.split()]
    out = []
    for i, w in enumerate(words):
        if not w.isdigit() or not 0 < int(w) < 10000:
            continue
        if set(words[max(i - 2, 0):i]) & SUBCOUNT_WORDS or set(words[i + 1:i + 4]) & HURT_WORDS:
            continue
        out.append(int(w))
    return out


def _sums_to(parts: list[int], part: int, total: int) -> bool:
    """Two or more of the figures, one of them ``part``, add up to the total."""
    return any(sum(c) == total and part in c for n in range(2, len(parts) + 1)
               for c in combinations(parts, n))


def sum_of_parts(group: list[Mention], groups: list[list[Mention]]) -> str | None:
    """A lead's toll that another incident's sentence splits into its parts ("air strikes
    killed 42 in Idlib province", then "the raids killed 19 outside Saraqeb and another
    23 in Ehsim"): the lead sums incidents told apart, it is no incident of its own
    (ACLED codes each part at its place)."""
    tolls = {m.killed for m in group if m.killed and not vague_toll(m)}
    if len(tolls) != 1:
        return None
    total = tolls.pop()
    own = {m.sent_start for m in group if m.killed == total}
    for other in groups:
        if other is group or other[0].event_type != group[0].event_type:
            continue
        for m in other:
            if m.sent_start in own or not m.killed or m.killed >= total:
                continue
            parts = _figures(m.sentence)[:8]
            if m.killed in parts and _sums_to(parts, m.killed, total):
                return f"{total} is the sum of the tolls in {m.sentence[:60]!r}"
    return None
