"""actor1, round O: doers the judged development pool (held-out rounds 16-26, now
development data) found empty or coded "Unidentified Armed Group" although the sentence
names them -- the one armed group a sentence names besides the side hit (in a by-phrase,
a "-led" modifier, an apposition, a source), groups the table lacked, and a member
word's own force. Sentences quoted from that pool are event_location sentences (MIT);
the others are written after news reports of the same kinds."""

from __future__ import annotations

from conftest import sides as _rows


def test_the_one_group_the_sentence_names_besides_the_side_hit():
    # event_location (MIT), from the judged development pool
    assert _rows("At least 14 ISIS militants were killed and a dozen more wounded under "
                 "heavy bombardment by the SDF troops.")[0][1:] == (
        "SDF: Syrian Democratic Forces", "Islamic State")
    assert _rows("At least 40 YPG fighters were reportedly killed in the ISIL-led ambush."
                 )[0][1:] == ("Islamic State", "YPG: People's Protection Units")
    assert _rows("At least fourteen people were killed late Wednesday when gunmen, believed "
                 "to be members of the extremist Boko Haram sect, launched surprise attacks "
                 "on Michika town in Adamawa state, residents and security sources have "
                 "said.")[0][1] == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert _rows("At least 13 ISIS militants were killed in the clashes, according to the "
                 "SDF.")[0][1:] == ("SDF: Syrian Democratic Forces", "Islamic State")
    # written after such reports
    assert _rows("Two Iraqi soldiers were killed on Monday in an ISIS-led mortar attack on "
                 "their base near Tikrit.")[0][1] == "Islamic State"


def test_a_group_the_attack_struck_is_not_its_doer():
    # event_location (MIT): the explosives killed the Islamic State's men
    rows = _rows("These tunnels were filled with explosives that were later detonated on "
                 "Sunday afternoon, killing a large number of Islamic State terrorists in "
                 "the process, while also destroying the latter's headquarters.")
    assert all(r[1] != "Islamic State" for r in rows)


def test_groups_the_table_lacked():
    # event_location (MIT), from the judged development pool
    assert _rows("The rebel Rwanda Patriotic Front (RPF) captured the town of Kabgayi, five "
                 "kilometres (three miles) south of Gitarama on Thursday.")[0][1] == (
        "RPF: Rwandan Patriotic Front")
    assert _rows("Nkunda's fighters captured Rutshuru in late October, taking over the main "
                 "road running north from Goma.")[0][1] == (
        "CNDP: National Congress for the Defence of the People")
    assert _rows("Jabhat Al-Shamiya (Levantine Front) launched a late night offensive in the "
                 "western countryside of the Al-Salamiyah District, targeting the National "
                 "Defense Forces' positions at the village of Ramliyah.")[0][1:] == (
        "Jabhat al-Shamiya", "NDF: National Defence Forces")
    assert _rows("Hours after the offensive has been announced, Jaish Alislam fighters said "
                 "they took control of the buildings block and Badr Mosque overlooking the "
                 "Almarj airbase.")[0][1] == "Jaish al-Islam"


def test_members_of_a_force_are_its_own_not_another_groups():
    # event_location (MIT): the BSF's members are India's forces, the attackers LeT's
    assert _rows("Four members of the Border Security Force were also injured when "
                 "suspected members of the Lashkar-e-Tayyaba group struck at the BSF company "
                 "headquarters in Magam town, a federal home ministry official told The "
                 "Associated Press in a telephone interview.")[0][1:] == (
        "LeT: Lashkar-e-Taiba", "Military Forces of India")


def test_men_fighting_for_a_named_group_are_that_groups():
    # event_location (MIT), from the judged development pool
    assert _rows("Rebels fighting for the Saudi-backed Jaish al-Islam launched their offensive "
                 "at 5 a.m., making slight advance and capturing a mosque and five buildings."
                 )[0][1] == "Jaish al-Islam"
    # written after such reports
    assert _rows("Militants fighting for the Nour al-Din al-Zenki Movement shelled the "
                 "village of Nubl on Tuesday, killing two civilians.")[0][1] == (
        "Nour al-Din al-Zenki Movement")


def test_a_battles_counted_dead_are_the_side_hit_not_the_doer():
    # RELABEL relabel-7918 (event_location, MIT): the FSA's commander killed, foe unnamed
    assert _rows("Urfa, Turkey Commander of the Raqqa Rebels Brigade (branch of the Free "
                 "Syrian Army FSA), Abu Diab, was reportedly killed in the area of Tel "
                 "Abyad/Girespi in northern Syria on Tuesday evening.")[0][1:] == (
        "Unidentified Armed Group (Syria)", "Free Syrian Army")
