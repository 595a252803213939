"""actor1, round P: doers the judged development pool (held-out rounds 16-26, now
development data) found empty or "Unidentified Armed Group" although the sentence names
them -- the state force or coalition of a deed only a state does (an air strike, the
government retaking ground), and a band of herdsmen that is the subject of the attack.
Sentences quoted from that pool are event_location sentences (MIT); the others are
written after news reports of the same kinds."""

from __future__ import annotations

from conftest import sides as _rows


def test_the_state_named_in_the_sentence_flew_the_strike():
    # event_location (MIT), from the judged development pool
    assert _rows("The Russian Ministry of Defense reported yesterday that their air force "
                 "killed approximately 250 Islamic State terrorists during their air raids "
                 "over eastern Palmyra countryside on Tuesday.")[0] == (
        "Air/drone strike", "Military Forces of Russia", "Islamic State")
    assert _rows("The U.S. Coalition reportedly carried out a lethal series of airstrikes "
                 "over the Idlib countryside on Tuesday, killing and wounding scores of "
                 "jihadist rebels near the Turkish border-crossing.")[0][:2] == (
        "Air/drone strike", "Global Coalition Against Daesh")


def test_the_army_named_in_the_sentence_regained_the_village():
    # event_location (MIT), from the judged development pool
    assert _rows("According to local reports from Aleppo, the Syrian Arab Army advanced "
                 "north from the village of Fah to Aabed, killing scores of Islamic State "
                 "(ISIS) terrorists en route to liberating this village.")[0] == (
        "Government regains territory", "Military Forces of Syria", "Islamic State")


def test_a_strike_with_no_state_named_stays_unattributed_by_the_sentence():
    # written after such reports: the police are the source, not the air force
    rows = _rows("The ISIS emir of Tal Afar was killed in the airstrike along with a "
                 "number of his escorts, according to a source in the Nineveh police "
                 "department.")
    assert all(not (r[1] or "").startswith("Police") for r in rows)


def test_herdsmen_who_sacked_villages_are_the_ethnic_militia():
    # event_location (MIT), from the judged development pool
    rows = _rows("30 persons have been reportedly killed in Kwande, Katsina/Ala and Logo "
                 "local government areas of Benue state after suspected Fulani herdsmen "
                 "dressed in military uniforms sacked six villages in the three council "
                 "areas.")
    assert rows and all(r[1] == "Fulani Ethnic Militia (Nigeria)" for r in rows)
    # written after such reports: herdsmen killed are the victims
    rows = _rows("Gunmen killed five Fulani herdsmen in an attack on their camp in Benue "
                 "state on Sunday.")
    assert all(r[1] != "Fulani Ethnic Militia (Nigeria)" for r in rows)


def test_a_crowd_with_no_place_is_still_coded_protesters():
    # event_location (MIT), from the judged development pool: no place, no country
    assert _rows("About 30 carwash owners protested in the back of the committee room, "
                 "wearing yellow shirts that implored Council members to vote no: ''Don't "
                 "Be a Job Killer.''") == [("Peaceful protest", "Protesters", "")]
    assert _rows("Mobs burned churches and mosques, before U.N. troops restored order by "
                 "early Saturday.")[0][1] == "Rioters"


def test_no_crowd_for_a_sentence_about_armed_men():
    # event_location (MIT), from the judged development pool: the gunmen are not a crowd
    rows = _rows("NYT reported \"At least five people were killed after gunmen in plain "
                 "clothes opened fire on a rally intended to protest the power transfer "
                 "agreement.")
    assert all(r[1] != "Protesters" for r in rows)
