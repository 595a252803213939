"""Mentions into events: which mentions tell one incident (``merge_mentions``) and the
record built from a group of them (``build_event``), with ACLED's inter codes,
precision, fatalities and the explanation of every field."""

from __future__ import annotations

import re
from datetime import date

from unidecode import unidecode

from frontlines import settings
from frontlines.domain import codes, taxonomy
from frontlines.domain.fatalities import fatality_spread
from frontlines.domain.geodesy import distance_km
from frontlines.domain.ids import event_id
from frontlines.domain.model import Actor, Article, Event, Evidence, Mention, Place
from frontlines.domain.places import below_country, coarseness
from frontlines.extraction import actors as actors_stage
from frontlines.extraction import one_incident
from frontlines.extraction.context import (
    VIOLENT_TYPES,
)
from frontlines.extraction.sides import (
    ANYONE_COUNTS,
    not_from_forces,
)
from frontlines.extraction.time import (
    parse_expression,
)

# ---------------------------------------------------------------- merging

def _km(a: Place, b: Place) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def places_compatible(a: Mention, b: Mention) -> bool:
    """Same place, within 25 km, or one place lies inside the other's province/country;
    never two towns one sentence lists apart ("shelled Douma and Harasta": one event per
    location, however near, listed.other_places)."""
    if a.sent_start == b.sent_start and (a.explain.get("split") or b.explain.get("split")) \
            and a.place_text != b.place_text:
        return False
    if a.sent_start == b.sent_start and a.explain.get("clause_place") and b.explain.get(
            "clause_place") and a.place_text != b.place_text and _clauses_apart(a, b):
        return False  # two clauses, each with its subject and town (_mention)
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.place_guessed or b.place_guessed:
        return True  # (a country guessed for a short text bounds nothing)
    if pa.geonames_id is not None and pa.geonames_id == pb.geonames_id:
        return True
    coarse, fine = (pa, pb) if coarseness(pa) >= coarseness(pb) else (pb, pa)
    if coarse.level == "country" and coarse.country_code == fine.country_code:
        return True
    if coarse.level == "continent":
        return coarse.country_code in (None, fine.country_code)
    if coarse.level == "region" and coarse.country_code in (None, fine.country_code):
        # a valley, a sea, a desert: no boundary to check against, only its point
        return _km(coarse, fine) <= settings.REGION_KM
    if coarse.level == "admin1" and coarse.admin1 and coarse.admin1 == fine.admin1 and (
            coarse.country_code == fine.country_code):
        return True
    return _km(pa, pb) <= settings.SAME_PLACE_KM


def _clauses_apart(a: Mention, b: Mention) -> bool:
    """Two clauses of one sentence, each placed by its own subject's words, are two
    locations; a clause placed no finer than a whole country beside one in Latakia is
    not a second location (the country holds the town) unless it tells its own toll or
    its own victims ("two Iraqi forces were killed in a car bomb in northern Iraq"
    beside five killed in Sadr City)."""
    if all(m.place is None or m.place_unresolved or below_country(m.place) for m in (a, b)):
        return True
    hit = {actor_name(m.actor2) for m in (a, b)}
    return one_incident.own_tolls(a, b) or (None not in hit and len(hit) > 1)


def _same_incident(a: Mention, b: Mention) -> bool:
    """Two mentions of one article describe the same incident."""
    if a.event_type != b.event_type:
        return False
    if one_incident.own_tolls(a, b) and not (
            a.place is not None and b.place is not None
            and a.place.geonames_id == b.place.geonames_id):
        return False  # 16 across the province, 2 in a nearby town: not one incident
    if one_incident.past_apart(a, b) or one_incident.told_before(a, b):
        return False
    if a.sent_start != b.sent_start and one_incident.distinct(a):  # a: the later mention
        return False  # "a second car bomb went off in another district"
    exact = a.time_precision == b.time_precision == 1
    if abs((a.event_date - b.event_date).days) > (
            0 if exact else settings.MENTION_DATE_SLACK_DAYS):
        return False
    if a.sub_event_type != b.sub_event_type:
        return False
    if not _sides_agree(a, b) and not (a.sub_event_type == taxonomy.ARMED_CLASH
                                       and _sides_agree(a, b, swapped=True)):
        return False  # a clash's two sides in either order are one battle (ACLED)
    return places_compatible(a, b)


def actor_name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def _sides_agree(a: Mention, b: Mention, swapped: bool = False) -> bool:
    """No named side of one mention contradicts the other's; with ``swapped``, b's
    sides read in the other order."""
    b1, b2 = (actor_name(b.actor2), actor_name(b.actor1)) if swapped else (actor_name(b.actor1),
                                                                   actor_name(b.actor2))
    a1, a2 = actor_name(a.actor1), actor_name(a.actor2)
    if a1 and b1 and a1 != b1 or a2 and b2 and a2 != b2:
        return False
    # roles reversed: who won in one lost in the other
    return not (a1 and b2 and a1 == b2 or b1 and a2 and b1 == a2)


def merge_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions into incidents (first-fit, in text order)."""
    groups: list[list[Mention]] = []
    for m in mentions:
        for g in groups:
            if all(_same_incident(m, other) for other in g):
                g.append(m)
                break
        else:
            groups.append([m])
    return groups


# A trigger that names the demonstrators themselves ("Thousands of protesters ...")
# names an actor: ACLED's "Protesters (Country)".
DEMONSTRATOR_WORDS = {"protesters", "protestors", "demonstrators", "rioters", "marchers",
                      "strikers", "picketers", "protester", "demonstrator", "rioter"}


def codable(m: Mention) -> bool:
    """Enough to code: a named actor, a casualty figure, a place below the country
    named in its own sentence, or the day it happened ("on Tuesday"). "Fighting is far
    from over" alone is commentary, not an incident, and so is "Syria's multifaceted
    war": a country is the war's stage."""
    return bool(m.actor1 or m.actor2 or m.agent_class or m.killed is not None
                or m.injured is not None
                or (m.place is not None and not m.place_inherited
                    and (m.place_unresolved or below_country(m.place)))
                or (m.date_text and m.time_precision == 1 and not m.past)
                or (m.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS)
                    and m.trigger.lower() in DEMONSTRATOR_WORDS))


def _event_id(article_id: str, iso3: str | None, first: Mention) -> str:
    """Per-article id: the article, type, date and first trigger found the event."""
    key = f"{article_id}|{first.sub_event_type}|{first.event_date}|{first.trigger_start}"
    if first.explain.get("split"):  # a copy at another listed place: its own event
        key += f"|{first.explain['split']}"
    return event_id(key, iso3)


def _note(e: Event, year_only: bool = False) -> str:
    """ACLED's notes line. A date the text gives only by its year ("in 2004") is coded
    at the coarsest precision there is (3, the month: ACLED has none for a year) on its
    first day; the note says the year, not "In January 2004"."""
    day = date.fromisoformat(e.event_date)
    when = f"On {day.day} {day.strftime('%B %Y')}" if e.time_precision == 1 else (
        f"Around {day.day} {day.strftime('%B %Y')}" if e.time_precision == 2
        else f"In {day.year}" if year_only else f"In {day.strftime('%B %Y')}")
    where = e.location or "an unknown location"
    if e.admin1 and e.admin1 != e.location:
        where += f" ({e.admin1})"
    prep = "near" if e.geo_precision == 2 else "in"
    who = f" by {e.actor1}" if e.actor1 else ""
    whom = f" against {e.actor2}" if e.actor2 else ""
    text = f"{when}: {e.sub_event_type}{who}{whom} {prep} {where}."
    if e.fatalities_low is not None and e.fatalities_low != e.fatalities_high:
        text += f" Fatalities reported {e.fatalities_low}-{e.fatalities_high}."
    elif e.fatalities:
        text += f" {e.fatalities} reported killed."
    return text


def _ascii(name: str | None) -> str | None:
    """Place names as ACLED writes them: GeoNames names without diacritics (Rāwah -> Rawah)."""
    return unidecode(name) if name else name


def _evidence(article_id: str, m: Mention) -> Evidence:
    """The mention's sentence as evidence, without the blank run a sentence can start
    with where the prefilter blanked the one before it."""
    lead = len(m.sentence) - len(m.sentence.lstrip())
    return Evidence(article_id, m.sentence[lead:], m.sent_start + lead, m.sent_end)


def _record_type(first: Mention, group: list[Mention], inter1: int | None,
                 inter2: int | None) -> str:
    """The record's sub-event type once its sides are known (the codebook names some
    types after who took part)."""
    sub = _state_bombing(_territory_by_taker(first.sub_event_type, inter1, inter2),
                         inter1, group)
    return _killing_of_civilians(sub, first, inter1, inter2)


# Words of a killing that say nothing of a fight ("gunmen killed a prominent imam",
# "police fatally shot a Kurdish politician"), unlike "clash", "battle" or "ambush"
KILLING_WORDS = frozenset({
    "kill", "killed", "killing", "kills", "shot", "shoot", "shooting", "shoots", "stabbed",
    "murdered", "murder", "assassinated", "executed", "slain", "slew", "gunned", "hacked",
    "beheaded", "butchered", "struck", "massacred"})


def _killing_of_civilians(sub: str, first: Mention, inter1: int | None,
                          inter2: int | None) -> str:
    """A killing typed a battle whose side hit turns out to be civilians ("Unidentified
    gunmen killed a prominent imam", "soldiers shot and killed two men crawling toward
    the fence") is an Attack: ACLED codes a battle only between two armed, organised
    sides, and violence on unarmed people as violence against civilians. A clash, a
    battle or an ambush told as such keeps its type (its side hit may be misread), and so
    does a killing of someone the sentence says fired too ("shot and killed a Palestinian
    they say opened fire on them": two armed sides)."""
    if sub != taxonomy.ARMED_CLASH or inter2 != codes.CIVILIANS or inter1 in (
            codes.CIVILIANS, codes.PROTESTERS, codes.RIOTERS) or _FIRED_BACK.search(
            first.sentence):
        return sub
    words = first.trigger.lower().split()
    return taxonomy.ATTACK if words and words[0] in KILLING_WORDS else sub


_FIRED_BACK = re.compile(r"(?i)\b(opened fire|returned fire|exchanged fire|fired (on|at)|"
                         r"shot at|gunfight|firefight|exchange of fire)\b")


def _territory_by_taker(sub: str, inter1: int | None, inter2: int | None) -> str:
    """ACLED names a capture after who took the place: Government regains territory is
    for state forces, Non-state actor overtakes territory for a non-state group. A verb
    without its agent ("Raqqa was liberated") guesses the side; the record's actor1 (a
    rebel group such as the SDF, or state forces) decides, unless the other side is a
    state force too (roles read the wrong way round are turned by the control stage).
    A state taking a place from another state is Government regains territory (ACLED:
    state forces regain control "from competing state forces or non-state groups")."""
    if inter2 in codes.STATE_FORCES and inter1 in codes.STATE_FORCES:
        return taxonomy.GOVERNMENT_REGAINS if sub in taxonomy.TERRITORY_BATTLES else sub
    if inter2 in codes.STATE_FORCES:
        return sub
    if sub == taxonomy.GOVERNMENT_REGAINS and inter1 == codes.REBELS:
        return taxonomy.NON_STATE_OVERTAKES
    if sub == taxonomy.NON_STATE_OVERTAKES and inter1 in codes.STATE_FORCES:
        return taxonomy.GOVERNMENT_REGAINS
    return sub


_BARE_BOMB = frozenset({"bomb", "bombs", "bombing", "bombings", "bombed"})


def _state_bombing(sub: str, inter1: int | None, group: list[Mention]) -> str:
    """ "Russian and Syrian bombs", "the bombing of towns": a bare bomb word with state
    forces as the perpetrator is their air strikes (the codebook's Remote explosive/IED is
    a planted device, which armies do not set off on towns); a car bomb or a mine keeps
    its type."""
    if sub == taxonomy.REMOTE_EXPLOSIVE and inter1 in codes.STATE_FORCES and all(
            m.trigger.lower() in _BARE_BOMB for m in group
            if m.sub_event_type == taxonomy.REMOTE_EXPLOSIVE):
        return taxonomy.AIR_STRIKE
    return sub


def build_event(article: Article, group: list[Mention]) -> Event:
    """One article event from the mentions of one incident."""
    first = group[0]
    placed = _placed(group)
    place = placed.place if placed else None
    dated = next((m for m in group if m.date_text), first)
    # a perpetrator one mention names beats another's "Unidentified Armed Group"
    doers = [m for m in group if m.actor1 and not the_side_hit(m, first)]
    a1 = next((m.actor1 for m in doers if not m.actor1.name.startswith(
        "Unidentified")), None) or next((m.actor1 for m in doers), None)
    a2, held = _target(group, a1)
    if a2 is None and first.sub_event_type == taxonomy.ARMED_CLASH:
        # a clash told the other way round: the other side is the first actor there
        a2 = next((m.actor1 for m in group if m.actor1 and actor_name(m.actor1) != actor_name(a1)),
                  None)
    if a1 is None and first.sub_event_type == taxonomy.ARMED_CLASH:
        a1 = _taken_in_battle(group, a2)
    if a2 is None and not held and first.event_type in VIOLENT_TYPES and any(
            m.civilian_target for m in group) and place is not None:
        # "seven hospitals have been bombed": the civilian site or people an attack was
        # aimed at are its target, ACLED's Civilians of the country where it happened
        a2 = actors_stage.civilians(place.country_code)
    if place is not None:  # civilians, unidentified groups: of the record's country
        a1 = actors_stage.where_it_happened(a1, place.country_code)
        a2 = actors_stage.where_it_happened(a2, place.country_code, victims=True)
    else:  # "A US soldier was killed by a roadside bomb": not a US armed group
        a1, a2 = not_from_forces(a1, a2), not_from_forces(a2, a1)
    if first.event_type == taxonomy.RIOTS or first.event_type in VIOLENT_TYPES or (
            first.sub_event_type == taxonomy.LOOTING):
        a1 = actors_stage.rioting(a1)
    # every Protests sub-type, excessive force too: the demonstrators are actor1
    if first.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS):
        a1 = actors_stage.demonstrating(a1, first.event_type == taxonomy.RIOTS)
    if a2 is None and place is not None and first.sub_event_type == taxonomy.EXCESSIVE_FORCE \
            and not (a1 is not None and a1.name.startswith(("Protesters", "Rioters"))):
        # "fired rubber bullets at protesters, wounding 20": the force is used on
        # protesters (ACLED's actor2 of this sub-type), whoever the toll counts
        a2 = actors_stage.demonstrators(False, place.country_code)
    fatalities, low, high = _fatalities(group)
    inter1, inter2 = _inter(a1, place), _inter(a2, place)
    civilian = (any(m.civilian_target for m in group) and not held) or (
        inter2 == codes.CIVILIANS)
    unresolved = placed is not None and placed.place_unresolved
    sub = _record_type(first, group, inter1, inter2)
    event = Event(
        event_id=_event_id(article.id, place.iso3 if place else None, first),
        article_id=article.id,
        event_date=dated.event_date.isoformat(), time_precision=dated.time_precision,
        disorder_type=first.disorder_type, event_type=taxonomy.sub_event(sub).event_type,
        sub_event_type=sub,
        actor1=a1.name if a1 else "", assoc_actor_1="; ".join(_assoc(group, a1)),
        actor2=a2.name if a2 else "",
        inter1=inter1, inter2=inter2, interaction=codes.interaction(inter1, inter2),
        civilian_targeting="Civilian targeting" if civilian and first.event_type in (
            VIOLENT_TYPES) else "",
        country=place.country if place else None, iso3=place.iso3 if place else None,
        admin1=_ascii(place.admin1 if place else None),
        admin2=_ascii(place.admin2 if place else None),
        location=_ascii(placed.place_text if unresolved else place.name if place else None),
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=_geo_precision(group, placed),
        geonames_id=place.geonames_id if place and not unresolved else None,
        fatalities=fatalities, fatalities_low=low, fatalities_high=high,
        injuries=max((m.injured for m in group if m.injured is not None), default=None),
        sources=_sources(group, article),
        evidence=[_evidence(article.id, m) for m in group],
        ucdp_type_of_violence=codes.ucdp_type(first.event_type, inter1, inter2),
        plover_event=first.plover_event,
        # a place the text does not give is no evidence of an event
        confidence=_confidence(group, place is not None and not (
            placed is not None and placed.place_guessed),
            a1 is not None and not _by_convention(a1), dated),
        explain=_merged_explain(group),
    )
    when = parse_expression(dated.date_text, dated.event_date) if dated.date_text else None
    event.notes = _note(event, year_only=when is not None and when.year_only and (
        dated.time_precision == 3))
    return event


def _taken_in_battle(group: list[Mention], a2: Actor | None) -> Actor | None:
    """"Twenty rebels were also captured and 16 police killed in the battle": those
    taken in a battle whose attacker is not named are its other side (the capture is
    part of the battle, merge_incidents)."""
    return next((m.actor2 for m in group if m.sub_event_type == taxonomy.ARRESTS
                 and m.actor2 is not None and actor_name(m.actor2) != actor_name(a2)), None)


def the_side_hit(m: Mention, first: Mention) -> bool:
    """"An attack on a military convoy ... killed eight soldiers": the convoy, a movement
    mention (Change to group/activity) whose doer is the side the incident's own mention
    hit, is the target (ACLED's actor2), never the attacker. (Only a movement: a fight the
    victims waged, "killed by an IED while fighting against Islamic State", names a foe.)"""
    return m is not first and m.sub_event_type == taxonomy.CHANGE_TO_GROUP and (
        first.actor2 is not None and actor_name(m.actor1) == actor_name(first.actor2))


def _target(group: list[Mention], a1: Actor | None) -> tuple[Actor | None, bool]:
    """actor2 of an incident, and whether it is the side whose post was struck: that
    side beats a bare head count ("killed 45 people"), never civilians named as such."""
    sides = [m for m in group if m.actor2 and (actor_name(m.actor2) != actor_name(a1)
                                               or _unnamed_against_unnamed(m))
             and not _battle_prisoners(m, group[0])]
    a2 = next((m.actor2 for m in sides if not m.post_target), None)
    post = next((m.actor2 for m in sides if m.post_target), None)
    if post is not None and (a2 is None or anyone_counted(a2) or _toll_of_anyone(a2)):
        return post, True
    return a2, False


def _unnamed_against_unnamed(m: Mention) -> bool:
    """A clash one mention read between two groups the report does not name ("a
    shootout broke out between gunmen and armed men"): "Unidentified Armed Group
    (Country)" on both sides, as ACLED codes it (`sides._two_unnamed_groups`)."""
    return m.sub_event_type == taxonomy.ARMED_CLASH and m.actor1 is not None and (
        actor_name(m.actor1) == actor_name(m.actor2)) and actor_name(m.actor2).startswith(
        "Unidentified Armed Group")


def _battle_prisoners(m: Mention, first: Mention) -> bool:
    """"Captured a key city ..., seizing 80 prisoners": people named only by their
    capture in a battle are its prisoners of war, not the side it was fought against
    (the civilians the actor table defaults them to are no actor2 of the battle)."""
    return m is not first and first.event_type == taxonomy.BATTLES and (
        m.sub_event_type == taxonomy.ABDUCTION and one_incident.captives_only(m.actor2))


def _toll_of_anyone(actor: Actor) -> bool:
    """Civilians read from a toll's bare head count with the verb that counted it ("35
    people (killing)" of "exploded outside a police college, killing 35 people"): the
    post struck names the target, the count of people does not."""
    counts = [re.sub(r"\s*\([^)]*\)\s*$", "", c).split() for c in (actor.text or "").split(";")]
    return actor.inter == codes.CIVILIANS and bool(counts) and all(
        words and words[-1].lower() in ANYONE_COUNTS for words in counts)


def anyone_counted(actor: Actor) -> bool:
    """Civilians read from a bare head count: "at least 45 people"."""
    words = (actor.text or "").lower().split()
    return actor.inter == codes.CIVILIANS and bool(words) and words[-1] in ANYONE_COUNTS


def _placed(group: list[Mention]) -> Mention | None:
    """The mention whose place the record takes: the finest place of the group that
    agrees with every town or province its sentences name themselves (a river or a
    country has no bound to check). A place a sentence only
    inherits from the scene before must lie in (or by) those: "8 wounded in al-Foaa in
    Idleb countryside" joined with a sentence continuing the Aleppo scene stays in Idlib."""
    own = [m for m in group if m.place is not None and not m.place_inherited]
    towns = [m for m in own if m.place.level in ("city", "admin2", "admin1")]
    usable = own + [m for m in group if m.place is not None and m.place_inherited
                    and all(places_compatible(m, o) for o in towns)]
    given = [m for m in usable if not m.place_guessed]  # the text's own places first
    return min(given or usable, key=lambda m: (coarseness(m.place), m.geo_precision),
               default=None)


def _inter(actor: Actor | None, place: Place | None) -> int | None:
    """An actor's inter code in the event's country (8 for state forces abroad);
    None when there is no such actor."""
    if actor is None:
        return None
    info = actors_stage.lookup(actor.name)
    home = info.country if info is not None else None
    return codes.inter_in(actor.inter, home, place.country_code if place else None)


def _geo_precision(group: list[Mention], placed: Mention | None) -> int | None:
    """If any report of the chosen place says only "near" or "around" it, so do we."""
    if placed is None:
        return None
    return max(m.geo_precision for m in group if m.place is not None
               and m.place.geonames_id == placed.place.geonames_id)


def _assoc(group: list[Mention], a1: Actor | None) -> list[str]:
    """Names of the actors associated with actor1, in order of first mention."""
    out: list[str] = []
    for m in group:
        for a in m.assoc_actor_1:
            if a.name not in out and (a1 is None or a.name != a1.name):
                out.append(a.name)
    return out


def _sources(group: list[Mention], article: Article) -> list[str]:
    """The sources the mentions name, then the outlet that published them."""
    out: list[str] = []
    for m in group:
        if m.source and m.source not in out:
            out.append(m.source)
    if article.outlet and article.outlet not in out:
        out.append(article.outlet)
    return out


def _fatalities(group: list[Mention]) -> tuple[int, int | None, int | None]:
    """(best, low, high) from every figure the mentions of the record's own kind give:
    a toll a mention of another kind gives ("nine other civilians were killed in rebel
    shelling" joined to an air strike) counts only when those of its kind give none. An
    "attack" is any kind's word ("the attack on the town killed at least 58")."""
    kind = group[0].sub_event_type
    own = [m for m in group if m.killed is not None and (
        m.sub_event_type in (kind, taxonomy.ATTACK) or kind == taxonomy.ATTACK)]
    figures: list[tuple[int, bool]] = []
    for m in own or group:
        if m.killed is not None:
            figures.append((m.killed, m.killed_at_least))
        if m.killed_high is not None:  # a range: its top is a figure, never a floor
            figures.append((m.killed_high, False))
    return fatality_spread(figures)


# the crowd given to an unplaced demonstration by convention (actors.demonstrators_unplaced)
# names no one the text gave: no evidence the incident happened
_UNPLACED_CROWDS = frozenset({"Protesters", "Rioters"})


def _by_convention(actor: Actor) -> bool:
    """An actor1 the text does not give, the conventional crowd of an unplaced
    demonstration: no evidence the incident happened, so it does not raise the record's
    confidence. (An unplaced bombing's unnamed perpetrator is never named without a
    country, completion._name_perpetrator, so it needs no such exception.)"""
    return actor.name in _UNPLACED_CROWDS


def _confidence(group: list[Mention], placed: bool, named: bool, dated: Mention) -> float:
    """How sure the event is: see settings.CONFIDENCE_WEIGHTS."""
    w = settings.CONFIDENCE_WEIGHTS
    score = max(m.score for m in group)
    value = (w["score"] * score + w["place"] * placed + w["actor1"] * named
             + w["date"] * bool(dated.date_text) + w["several_mentions"] * (len(group) > 1)
             + w["base"])
    return round(min(settings.CONFIDENCE_CAP, value), 2)


def _merged_explain(group: list[Mention]) -> dict[str, str]:
    """Per field, the first mention's deciding words that say anything."""
    explain: dict[str, str] = {}
    for m in group:
        for k, v in m.explain.items():
            if v and k not in explain:
                explain[k] = v
    return explain
