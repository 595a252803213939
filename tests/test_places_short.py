"""Places of one-sentence event reports without dateline or publication date (issue 14:
no record without coordinates when the text names a town, a province or a country).

Sentences are paraphrased from the event reports of the event_location corpus (the
dev readings of session 7); none needs ../shared.
"""

from __future__ import annotations

from functools import partial

from conftest import records
from frontlines.extraction import places

_records = partial(records, published="2015-03-01")


def _where(text: str) -> list[tuple]:
    return [(e.location, e.country, e.geo_precision) for e in _records(text)]


def test_country_named_as_the_scene_not_the_soldiers_nationality():
    # "US soldier", "US administrator": nationalities; Iraq is where the violence is.
    text = ("Another US soldier was killed on Saturday amid the violence gripping Iraq, as "
            "the US administrator got ready to meet the country's Governing Council.")
    assert _where(text) == [("Iraq", "Iraq", 3)]


def test_the_kenyan_capital_is_nairobi():
    text = ("Hundreds of refugees from southern Sudan demonstrated on Thursday in the Kenyan "
            "capital over delays in a peace deal.")
    records = _records(text)
    assert [(e.location, e.country, e.geo_precision) for e in records] == [
        ("Nairobi", "Kenya", 1)]
    assert records[0].actor1 == "Protesters (Kenya)"


def test_nationality_of_the_cities_is_the_country_not_the_topic():
    # the protest is in Spain; Iraq is what it is about
    text = ("University students protested on Thursday in Spanish cities against a "
            "threatened attack on Iraq.")
    assert _where(text) == [("Spain", "Spain", 3)]


def test_most_places_of_the_sentence_decide_and_its_province_stands_in():
    # Chad and Sudan are only the borders Al Kufra lies near
    text = ("Fighting broke out early on Saturday in the city of Al Kufra, near Libya's "
            "borders with Chad and Sudan.")
    assert _where(text) == [("Al Kufrah", "Libya", 3)]


def test_actors_home_when_no_place_is_known():
    # Tal Bizam is in no gazetteer; the Syrian army operates at home
    text = ("Early reports say the Syrian Armed Forces have entered Tal Bizam, though the "
            "Tiger Forces have not confirmed it.")
    assert _where(text) == [("Syria", "Syria", 3)]
    # Sere Kaniye, the Kurdish name of Ras al-Ain (data/places_aliases.tsv since round H;
    # the YPG's Syria before it): near the town
    text = ("According to the YPG, more than 30 Islamist fighters died in the recent clashes "
            "near the war-torn city of Sere Kaniye.")
    assert _where(text) == [("Ra's al 'Ayn", "Syria", 2)]


def test_a_transnational_group_is_no_clue_to_the_country():
    # Islamic State fights in Iraq as in Syria: no country rather than a guessed one
    text = ("Dozens of Islamic State militants were killed in Tuesday's strikes, which also "
            "destroyed the targeted buildings.")
    assert {e.country for e in _records(text)} == {None}


def test_a_city_the_model_tags_as_a_language():
    # "Aleppo" LANGUAGE: with a locative cue it is the city
    text = ("The Syrian army, backed by Hezbollah, launched a large offensive in southern "
            "Aleppo tonight, targeting the Al-Hamdaniyah housing project.")
    assert _where(text) == [("Aleppo", "Syria", 2)]


def test_an_airfield_tagged_as_an_organisation_is_at_its_town():
    text = ("For two days ISIS has attacked the southern gates of the Deir Ezzor Military "
            "Airport, trying to weaken the Syrian army's fortifications.")
    assert [(e.location, e.country) for e in _records(text)] == [("Deir ez-Zor", "Syria")]


def test_a_province_the_model_tags_as_a_nationality_not_the_country_of_a_group_name():
    # "Aleppo" NORP before "Governorate"; Iraq only names the Islamic State of Iraq
    text = ("On Thursday the so-called Islamic State of Iraq and al-Sham launched a "
            "counter-offensive in the eastern countryside of the Aleppo Governorate, "
            "targeting army positions around the Kuweires Military Airport.")
    assert [(e.admin1, e.country, e.geo_precision) for e in _records(text)] == [
        ("Halab", "Syria", 3)]


def test_a_front_line_is_at_the_town_it_is_named_after():
    text = ("A large pro-government counter-offensive appears to be under way on the "
            "Palmyra Front.")
    assert [(e.location, e.country) for e in _records(text)] == [("Tadmur", "Syria")]


def test_a_surname_of_origin_is_no_town_abroad():
    # al-Baghdadi ("of Baghdad") is the man, not Baghdati in Georgia ...
    text = ("The operation killed several prominent Daesh leaders, an Iraqi security "
            "official told ARA News, adding that al-Baghdadi was lightly injured in the "
            "attack.")
    assert {e.country for e in _records(text)} == {None}
    # ... but the town of al-Baghdadi, with a place cue, is still a place in Iraq
    text = "Iraqi forces retook the town of al-Baghdadi in Anbar province on Sunday."
    assert [(e.location, e.country) for e in _records(text)] == [("al-Baghdadi", "Iraq")]


def test_an_indonesian_regency_places_the_site_it_holds():
    # "Paniai regency" (kabupaten: a district) holds the field and Madi district
    text = ("Five civilians were shot dead and 21 others were injured on Monday when "
            "security personnel dispersed a crowd gathering and dancing at the Karel Gobai "
            "Field in Madi district, Paniai regency, Papua.")
    records = _records(text)
    assert [e.country for e in records] == ["Indonesia"]
    assert abs(records[0].latitude - -3.93) < 0.3 and abs(records[0].longitude - 136.4) < 0.3


def test_an_army_abroad_is_no_clue_when_the_text_names_another_country():
    # Chadian troops retook a town in Nigeria: the actors' home is not the scene
    text = ("Niger and Chadian army troops, working together in support of Nigerian forces, "
            "recaptured the town on Tuesday.")
    records = _records(text)
    assert records and {e.country for e in records} == {None}


def test_the_country_across_the_border_is_not_the_scene():
    # "on the border with Turkey": the neighbour; the clashes are on the other side of it
    # (the village is unknown, so no place rather than Turkey's centre point)
    text = ("The monitor said sporadic fighting erupted between soldiers and insurgents at "
            "Khirbet al-Joz on the border with Turkey.")
    assert all(e.country != "Turkey" for e in _records(text))
    text = ("Gunmen fired on a passenger bus travelling to Myawaddy from Kawkareik in the "
            "border area with Thailand on Tuesday.")
    assert all(e.country != "Thailand" for e in _records(text))


def test_a_town_on_the_border_keeps_its_own_country():
    text = ("Fighting broke out on Sunday between troops and rebels in Jisr al-Shughur, "
            "near the border with Turkey.")
    assert [(e.location, e.country) for e in _records(text)] == [
        ("Jisr ash Shughur", "Syria")]
    assert places.across_border("near Libya's borders with Chad and ", 35)
    assert not places.across_border("clashes in ", 11)
    # crossing the border goes into the neighbour: the destination may be the scene
    text = "He paid a smuggler to cross the Syrian border with Turkey but was arrested."
    assert not places.across_border(text, text.index("Turkey"))


# Round 12 (session 8): a short text's own clues keep its places in its countries.
# Sentences quoted from the RELABEL subset of the event_location corpus (MIT).

def test_a_demonym_of_the_sentence_picks_the_namesake_in_its_country():
    text = ("The rebels captured the town of Bakwa for less than 24 hours last month before "
            "being forced out by NATO-led and Afghan troops.")
    assert [c for _l, c, _p in _where(text)] == ["Afghanistan"]


def test_an_armed_groups_home_outweighs_a_small_namesake_abroad():
    # the SDF fights in Syria: not Teba, Spain
    text = "On Monday the SDF liberated the Teba neighbourhood and the central ring road."
    assert _where(text) == [("Syria", "Syria", 3)]


def test_a_village_abroad_loses_to_the_state_the_sentence_names():
    # (a capture of a wanted man by the army is an arrest ACLED need not code: killed here)
    text = ("Special army forces killed Beltran on Monday along with three alleged hit men "
            "in the northwestern state of Sinaloa, for which the cartel is named.")
    assert [(c, p) for _l, c, p in _where(text)] == [("Mexico", 3)]


def test_an_alternate_name_abroad_is_no_place_of_a_report_on_lebanon():
    # "Shi ite" (apostrophe lost) is not Enshi, China
    text = ("Former Lebanese minister Mohamad Chatah, who opposed Syrian President Bashar "
            "al-Assad, was killed in a massive bomb blast on Friday which one of his political "
            "allies blamed on the Shi ite Hezbollah militia.")
    assert all(c != "China" for _l, c, _p in _where(text))


def test_a_compass_word_is_no_place():
    text = ("Northeastern rebels first captured Birao on Oct. 29, but lost it a month later "
            "after French forces backing government troops attacked insurgent positions there.")
    assert {c for _l, c, _p in _where(text)} == {"Central African Republic"}


def test_forces_that_serve_abroad_are_no_clue_to_the_scene():
    # US forces in Afghanistan (Shkin), not a record at the centre of the United States
    text = ("On Thursday, U.S. forces captured four suspected insurgents after a rocket attack "
            "near the coalition base at Shkin that caused no damage or injuries.")
    assert {c for _l, c, _p in _where(text)} <= {None}
    # the Syrian army still fights at home (test_actors_home_when_no_place_is_known)


def test_a_name_joined_by_the_persian_ezafe_is_one_name():
    # "Mazar-e-Sharif" is one city (Afghanistan), not "Mazar" (a Jordanian village)
    text = ("They captured Mazar-e-Sharif in May but were driven out just two days later in a "
            "humiliating retreat that cost them hundreds of soldiers.")
    assert [(c, p) for _l, c, p in _where(text)] == [("Afghanistan", 2)]


def test_a_soldiers_nationality_does_not_make_the_town_a_misreading():
    text = ("On Thursday, gunmen shot dead an American soldier and wounded five in the nearby "
            "city of Fallujah, where there has been strong resistance to the U.S. occupation.")
    assert _where(text) == [("Al Fallujah", "Iraq", 1)]


def test_one_soldiers_nationality_is_no_region_for_an_unknown_town():
    # Khaldiyah (Iraq, not in the gazetteer) is not put at the United States' centre
    text = ("A US soldier was killed and four others were wounded Friday by a roadside bomb "
            "in Khaldiyah, 80 kilometers (50 miles) west of the capital.")
    assert {c for _l, c, _p in _where(text)} <= {None}


def test_a_countrys_capital_is_its_capital_city():
    # "Somalia's capital", "the Yemeni capital": the phrase names the city (ACLED codes
    # the town); written after the RELABEL subset of event_location
    text = ("A helicopter bombing insurgent positions in Somalia's capital was shot down "
            "Friday as government troops battled gunmen in the streets.")
    assert _where(text) == [("Mogadishu", "Somalia", 1)]
    text = ("Protesters marched to the United Nations office in the Yemeni capital over "
            "Israeli actions in Palestine.")
    assert [(e.location, e.country) for e in _records(text)] == [("Sanaa", "Yemen")]


def test_a_capital_made_to_act_is_its_government_not_the_scene():
    # "prompted Paris to raise": the French government; the shooting was not in Paris
    text = ("Two French peacekeepers were shot by snipers on Friday, murders which prompted "
            "Paris to raise again the specter of a U.N. withdrawal.")
    assert all(e.location != "Paris" for e in _records(text))


def test_a_name_that_qualifies_a_made_thing_is_no_place():
    # "Mobile phone footage": a product, not Mobile, Alabama; London is the scene
    text = ("Mobile phone footage captured just seconds after the four attacks on London's "
            "transport network brought home the full horror of the carnage.")
    assert all(e.location != "Mobile" for e in _records(text))
    text = ("A roadside bomb detonated near a U.S. patrol west of Duluiyah late last night, "
            "setting a Bradley armored vehicle ablaze.")
    assert all(e.country != "United States" for e in _records(text))


# Round 13 (session 9): names the gazetteer has under another spelling or inside a
# compound, and a clue to a country that shares its ground with another.

def test_ain_and_ayn_are_one_word_of_a_compound_name():
    # RELABEL: "Ain Issa" is GeoNames' "'Ayn 'Isa" (Syria), not Al Ain (Emirates)
    text = ("In the meantime, at least 20 ISIS militants were killed in the recent clashes in "
            "Ain Issa.")
    assert [(c, p) for _l, c, p in _where(text)] == [("Syria", 1)]


def test_the_last_word_of_a_compound_name_reads_no_namesake_abroad():
    # Kafr Sousah (a Damascus district) is not in the gazetteer: not Sousa, Brazil
    text = "A car bomb exploded in the Kafr Sousah district, killing 10 people."
    assert all(c != "Brazil" for _l, c, _p in _where(text))


def test_an_airport_the_model_calls_an_event_is_at_its_city():
    # RELABEL: the spaCy model tags "the Baghdad International Airport" EVENT
    text = ("Fourteen Iraqis were killed and six wounded in a pair of suicide car bombings at "
            "the checkpoint leading to the Baghdad International Airport.")
    # a capital that names a site is the city, not its government (round D)
    assert _where(text) == [("Baghdad", "Iraq", 2)]


def test_an_israeli_clue_points_to_the_west_bank_town():
    # written after wire reports: Bethlehem of the West Bank, not of South Africa
    text = "Israeli soldiers shot a Palestinian youth in Bethlehem on Friday."
    assert _where(text) == [("Bethlehem", "Palestinian Territory", 1)]
    text = "Israeli troops raided Bethlehem and arrested five men."
    assert {c for _l, c, _p in _where(text)} == {"Palestinian Territory"}


def test_a_country_named_only_by_its_border_leaves_the_forces_at_home():
    # written after wire reports: Burmese troops near the Thai border fight in Myanmar
    text = "Burmese troops overran a Karen rebel base near the Thai border on Tuesday."
    assert _where(text) == [("Myanmar", "Myanmar", 3)]
    text = "Gunmen killed three Kenyan policemen near the Somali border."
    assert _where(text) == [("Kenya", "Kenya", 3)]
    # across the border is beyond it: not the bombers' own country
    text = "Turkish warplanes bombed Kurdish rebel positions across the Iraqi border."
    assert all(c != "Turkey" for _l, c, _p in _where(text))


def test_a_plural_unit_word_keeps_the_reference_point():
    # RELABEL: "al-Thawra areas, south of Damascus" is near Damascus, not al-Thawra
    # (Al-Tabqa) on the Euphrates
    text = ("At least 3 civilians were killed and two others wounded on Wednesday in "
            "al-Thawra areas, south of Damascus, amid artillery shelling by pro-Assad "
            "military forces.")
    assert [(c, p) for _l, c, p in _where(text)] == [("Syria", 2)]


# Round D (session 9): sentences written after wire reports.

def test_a_town_inside_a_province_of_another_country_keeps_no_namesake_abroad():
    # Ma'an of Hama is no Jordanian town; the gazetteer lacks it, so Hama places it
    text = ("Syrian government forces shelled the village of Ma'an in the northern "
            "countryside of Hama.")
    assert [(c, p) for _l, c, p in _where(text)] == [("Syria", 2)]
    text = "Rebels shelled the town of Ma'an in Hama province, Syrian state media said."
    assert [c for _l, c, _p in _where(text)] == ["Syria"]


def test_a_french_spelling_and_a_glued_province_name_are_found():
    text = "A suicide bomber blew himself up at a checkpoint in Baqouba, police said."
    assert _where(text) == [("Baqubah", "Iraq", 1)]
    text = ("Insurgents attacked a police checkpoint in a town in Salahudin province, killing "
            "three officers.")
    assert _where(text) == [("Salah ad Din", "Iraq", 3)]


def test_a_district_of_a_city_is_in_the_city_not_its_province():
    text = "The explosion, in the Helwaniyah district of Baghdad, killed two soldiers."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Baghdad", "Iraq")]
    text = ("Two policemen were killed when gunmen opened fire on their patrol in Saidiyah, a "
            "mainly Sunni district of Baghdad.")
    assert [(c, p) for _l, c, p in _where(text)] == [("Iraq", 1)]
    assert round(_records(text)[0].latitude, 2) == 33.34  # the city, not the province (33.31)


def test_a_victims_home_is_not_the_scene():
    text = ("Guerrillas killed a U.S. pilot whose mother lives in Ogden, Utah, in an ambush in "
            "northern Guatemala.")
    assert [c for _l, c, _p in _where(text)] == ["Guatemala"]


def test_a_capitals_parliament_is_in_the_capital():
    text = "Demonstrators marched to Jakarta's parliament to demand the president's resignation."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Jakarta", "Indonesia")]


# Round E (session 10): sentences written after wire reports of the Syrian war.

def test_a_village_of_a_province_keeps_no_namesake_abroad():
    # "Tartuh of Deir Ezzor" (the model tags it one ORG) is no Tartu in Estonia: the
    # gazetteer lacks the village, so the province city places it
    text = "ISIS militants beheaded two men in Tartuh of Deir Ezzor on Friday."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Tartuh", "Syria")]


def test_a_village_before_its_province_after_a_comma_stays_in_that_province():
    text = "Syrian troops entered Tartuh, Deir Ezzor, after heavy clashes with ISIS."
    assert {(lo, c, p) for lo, c, p in _where(text)} == {("Tartuh", "Syria", 3)}


def test_a_valley_is_one_name_not_its_word_for_valley():
    # "Wadi" alone is El Oued, Algeria; "Wadi Barada" is one name, the valley by Damascus
    # (data/places_features.tsv), not the country point
    text = "Regime forces attacked rebel positions in Wadi Barada on Sunday despite the truce."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Wadi Barada", "Syria")]
    assert round(_records(text)[0].latitude, 1) == 33.6
    # a valley no data file holds is still no Algerian province
    text = "Regime forces attacked rebel positions in Wadi Qandil on Sunday."
    assert all(c != "Algeria" for _l, c, _p in _where(text))


def test_a_citys_own_police_acting_place_the_event_in_the_city():
    text = "Tehran police arrested 30 women who protested against the headscarf law."
    assert ("Tehran", "Iran", 2) in _where(text)
    # a city's police as a source place nothing: Mahmudiya is the scene
    text = "Baghdad police said a car bomb exploded in Mahmudiya, killing four."
    assert [c for _l, c, _p in _where(text)] == ["Iraq"]
    assert [lo for lo, _c, _p in _where(text)] != ["Baghdad"]


def test_a_site_named_after_a_big_city_is_in_that_city():
    text = "Students demonstrated at Tehran University against the closure of a newspaper."
    assert _where(text) == [("Tehran University", "Iran", 2)]


def test_ground_a_force_withdraws_from_is_the_battlefield():
    text = "Kurdish fighters expelled ISIS militants from Tal Abyad after days of clashes."
    assert [c for _l, c, _p in _where(text)] == ["Syria"]
    assert all(p < 3 for _l, _c, p in _where(text))


def test_a_reference_read_by_a_namesakes_foreign_name_moves_no_city():
    # "Karni" is an alternate name of Kearny, New Jersey: Gaza stays Gaza
    text = ("A CNN correspondent was shot while covering the clashes in Gaza, near the Karni "
            "crossing point.")
    assert [c for _l, c, _p in _where(text)] == ["Palestinian Territory"]


def test_the_place_a_verb_strikes_beats_a_place_of_another_clause():
    # the shelling's target is the scene; Geneva is where the talks opened
    text = "Rebels shelled Aleppo on Monday as peace talks opened in Geneva."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Aleppo", "Syria")]


# Round F (session 10): sentences written after wire reports (the Caucasus, Nigeria, Syria).

def test_a_russian_republic_is_its_province_not_russias_middle():
    # GeoNames' local form "Ingushetiya, Respublika" is written "Ingushetia" in the news
    text = ("A suicide bomber blew himself up outside a police station in the Russian "
            "republic of Ingushetia, killing three officers.")
    assert _where(text) == [("Ingushetia", "Russia", 3)]
    text = "Gunmen shot dead a police officer in Nazran, Ingushetia's largest city."
    records = _records(text)
    assert [(e.location, e.admin1, e.country) for e in records] == [
        ("Nazran", "Ingushetia", "Russia")]


def test_a_town_spelt_ai_for_the_gazetteers_ay():
    # al-Qaryatain is GeoNames' Al Qaryatayn, not the middle of Homs province
    text = "Islamic State fighters seized the town of al-Qaryatain in Homs province."
    records = _records(text)
    assert [(e.location, e.country, e.geo_precision) for e in records] == [
        ("Al Qaryatayn", "Syria", 1)]
    assert round(records[0].longitude, 1) == 37.2


def test_a_people_named_is_no_place():
    # "Yoruba" and "Hausa" name people: the suburb is the scene; alone, no place
    # (Hausa was Haouza in Western Sahara)
    text = ("Clashes between Yoruba and Hausa youths in the Lagos suburb of Mushin left "
            "10 people dead.")
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Mushin", "Nigeria")]
    text = "Yoruba militants killed five Hausa traders in a market on Sunday."
    assert all(c != "Western Sahara" for _l, c, _p in _where(text))


def test_a_name_in_the_genitive_before_a_home_is_a_person():
    # the Shas leader Deri, not Deri in Wales; a big city keeps its genitive
    text = "Hundreds of ultra-Orthodox protesters demonstrated outside Deri's home on Sunday."
    assert all(c != "United Kingdom" for _l, c, _p in _where(text))
    text = "Hundreds of protesters demonstrated outside Kabul's main mosque on Sunday."
    assert [c for _l, c, _p in _where(text)] == ["Afghanistan"]


# Round G (session 10): sentences written after wire reports (Bangladesh, Somalia,
# Lebanon, the Philippines).

def test_a_site_in_a_named_city_is_no_namesake_abroad():
    # "Mirpur station", "Santos hotel", "Mina market": a facility named after a quarter;
    # the city the sentence puts it in places it (Mirpur District of Pakistani Kashmir,
    # Santos of Brazil are namesakes abroad)
    text = "Gunmen killed two policemen at the Mirpur police station in Dhaka on Friday."
    assert _where(text) == [("Mirpur", "Bangladesh", 1)]
    text = "Militants stormed the Santos hotel in Mogadishu, killing five guards."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Santos", "Somalia")]
    text = "A bomb exploded at the Mina market in Tripoli, Lebanon, killing three."
    assert [(lo, c) for lo, c, _p in _where(text)] == [("Mina", "Lebanon")]


def test_a_district_in_a_city_of_another_country_is_no_bigger_namesake():
    # "X in <city>": a bigger reading of X in another country is a namesake, not the
    # container of the city
    text = "Gunmen killed two policemen in Mirpur in Dhaka on Friday."
    assert [c for _l, c, _p in _where(text)] == ["Bangladesh"]


def test_a_province_split_since_is_read_under_its_old_name():
    # Maguindanao (split in 2022) is in the gazetteer only as its successors
    text = "Troops killed three militants in Maguindanao province on Sunday."
    assert [(c, p) for _l, c, p in _where(text)] == [("Philippines", 2)]


def test_a_town_named_after_a_distance_from_a_city_is_the_scene():
    # the city only measures where the town lies; a country after it does not take over
    text = ("A suicide bomber killed five people at a checkpoint about 25 km south of "
            "Baghdad, in the town of Mahmudiya.")
    assert _where(text) == [("Al Mahmudiyah", "Iraq", 1)]
    text = "A roadside bomb exploded 25 km east of Kabul, in Afghanistan, killing three."
    assert [(lo, p) for lo, _c, p in _where(text)] == [("Kabul", 2)]


# Round H (session 11): sites and camps named after a town, names the NER cut short,
# unknown names with only a nearby town, the nationality of an air force. Sentences
# written after wire reports; one quoted from the RELABEL subset of event_location.


def test_a_site_named_after_a_city_is_at_that_city():
    # "the Mosul Dam": a site named after Mosul; Islamic State fights in several
    # countries, so its Syria is no clue that sends the reading away from Iraq
    assert _where("Islamic State militants attacked the Mosul Dam on Sunday, killing "
                  "three guards.") == [("Mosul", "Iraq", 1)]
    assert _where("Rockets hit Baghdad International Airport on Sunday, wounding two "
                  "contractors.") == [("Baghdad", "Iraq", 1)]


def test_an_unknown_neighbourhood_lies_near_the_one_town_of_its_sentence():
    # quoted from the RELABEL subset (Xinhua): al-Atebaa is in no gazetteer; the airport
    # named after Baghdad is the nearest place the sentence gives, not Iraq's middle
    text = ('"A booby-trapped car detonated close to a US military convoy in the al-Atebaa '
            'neighborhood near the main road leading to Baghdad International Airport, '
            'setting a US Hamvee ablaze," Sami Hadad toldXinhua.')
    records = _records(text)
    assert [(e.location, e.country, e.geo_precision) for e in records] == [
        ("al-Atebaa", "Iraq", 2)]
    assert abs(records[0].latitude - 33.34) < 0.1 and abs(records[0].longitude - 44.40) < 0.1
    # a town named as the fighters' origin is no container
    assert _where("Rebels from Homs attacked the village of Umm Sharshouh, killing "
                  "four.")[0][2] == 3


def test_a_province_the_ner_took_for_a_date_is_a_place_after_near():
    # "Quneitra" tagged DATE: the unknown village lies near the city, not nowhere
    assert _where("Government troops shelled the village of Umm Batna near Quneitra, "
                  "killing two civilians.") == [("Umm Batna", "Syria", 2)]


def test_a_hyphenated_name_is_one_name():
    # the NER takes "Mazar" (a namesake in Jordan) and "Patan" (India) alone
    assert _where("A bomb exploded in Mazar-e-Sharif, killing two.") == [
        ("Mazar-e Sharif", "Afghanistan", 1)]
    assert _where("Militants stormed a police checkpoint in the Dand-e-Patan district of "
                  "Paktia province, killing four officers.") == [
        ("Dand-e-Patan", "Afghanistan", 3)]
    assert _where("Taliban fighters attacked a checkpoint in Qala-i-Naw, killing four "
                  "policemen.")[0][1] == "Afghanistan"


def test_the_nationality_of_the_jets_is_no_scene():
    # Russian jets strike in Syria: an unknown village puts the record nowhere, not
    # at Russia's middle point; a country the text names stays
    assert _where("Russian jets struck the village of Kafr Aweed on Tuesday, killing nine "
                  "civilians.") == [(None, None, None)]
    assert _where("Turkish warplanes hit the village of Jinderes, killing 11 "
                  "civilians.")[0][1] != "Turkey"
    assert _where("Turkish warplanes struck YPG positions in northern Syria, killing 20 "
                  "fighters.") == [("Syria", "Syria", 3)]
    assert _where("In coming weeks, Russia launches intense air attacks; fighting destroys "
                  "many Chechen towns.") == [("Russia", "Russia", 3)]

# Round H (session 11): sentences written after wire reports (the Philippines, South
# Sudan, Afghanistan); causes from the round 19 held-out readers, not their sentences.

def test_a_title_word_the_ner_left_out_is_part_of_the_city_name():
    # the model tags "Santos City" alone; Santos is a namesake in Brazil
    text = "A bomb exploded in General Santos City on Monday, killing three people."
    assert _where(text) == [("General Santos", "Philippines", 1)]


def test_a_road_between_two_towns_is_one_event_near_the_first():
    # not the first town's province, nor one event per town
    text = "Gunmen ambushed a bus on the road between Jalalabad and Kabul, killing six."
    assert _where(text) == [("Jalalabad", "Afghanistan", 2)]


def test_a_village_near_a_city_is_the_reading_near_it():
    # ", a village near Y" relates the village to Y as "X near Y" does
    text = "Gunmen killed three people in Santa Cruz, a village near General Santos."
    records = _records(text)
    assert [(e.location, e.country, e.admin1) for e in records] == [
        ("Santa Cruz", "Philippines", "Davao")]


def test_villages_of_a_named_county_stay_in_its_country():
    # Renk County (South Sudan) named as a county: Mansoura and Zawiya are no towns of
    # Algeria or Libya
    for text in ("SPLA soldiers attacked the Renk County villages of Mansoura and Zawiya, "
                 "killing ten.",
                 "SPLA soldiers attacked Mansoura and Zawiya villages in northern Renk "
                 "County, killing ten."):
        assert {c for _l, c, _p in _where(text)} == {"South Sudan"}


def test_a_town_a_continent_away_from_the_armed_group_is_a_namesake():
    # Abu Sayyaf fights in the Philippines: Santos, Brazil is no reading
    text = "Abu Sayyaf militants raided Santos on Monday, killing three."
    assert [c for _l, c, _p in _where(text)] == ["Philippines"]


def test_a_village_of_a_town_called_so_is_near_that_town():
    # "X, Y town, Z province": the only Tubigan of the gazetteer lies 300 km away
    text = "Militants attacked a police post in Tubigan, Maluso town, Basilan province."
    records = _records(text)
    assert [(e.location, e.admin1) for e in records] == [
        ("Tubigan", "Autonomous Region in Muslim Mindanao")]


def test_a_units_framed_villages_lie_in_it():
    # "the Idlib towns of X and Y": each listed town is one of the province's (written
    # after Syrian wire reports); the Renk County case is above
    text = ("Government aircraft bombed the Idlib towns of Saraqeb and Binnish on Sunday, "
            "killing six civilians.")
    assert sorted(_where(text)) == [("Binnish", "Syria", 1), ("Saraqib", "Syria", 1)]


# Round I (session 11): causes from the round 20 held-out readers, not their sentences;
# sentences written after wire reports.

def test_where_the_wounded_were_taken_is_not_the_scene():
    # ACLED codes where the event happened, not the hospital the victims reached
    text = ("Two civilians were wounded in shelling of Douma and were taken to a hospital "
            "in Damascus.")
    assert _where(text) == [("Duma", "Syria", 1)]
    text = "A soldier wounded in the blast near Kandahar was flown to Germany for treatment."
    assert _where(text) == [("Kandahar", "Afghanistan", 2)]
    # "took to the streets of X" is where the protest was
    assert _where("Thousands of protesters took to the streets of Cairo on Friday.") == [
        ("Cairo", "Egypt", 1)]


def test_a_district_named_after_its_town_is_the_town():
    # GeoNames counts no people for the town, so its district outweighed it
    text = "Police clashed with protesters in Maarrat al-Numan on Friday."
    records = _records(text)
    assert [(e.country, e.geo_precision) for e in records] == [("Syria", 1)]
    assert abs(records[0].latitude - 35.65) < 0.02 and abs(records[0].longitude - 36.68) < 0.02
    # named as a district, it stays the district
    records = _records("Government forces shelled the Maarrat al-Numan district on Friday.")
    assert [e.geo_precision for e in records] == [2]


def test_a_faith_is_no_place():
    # "Christian" is also a county of Kentucky; the NER tags it GPE
    records = _records("Militants attacked Christian villages in northern Iraq on Sunday.")
    assert [e.country for e in records] == ["Iraq"]


def test_villages_in_a_side_of_a_province_stay_in_it():
    # "in the east of Homs province" is inside Homs as "in east Homs" is (written after
    # Syrian wire reports): Arak and Bardeh are no towns of Iran; the gazetteer lacks
    # the Syrian villages, so the events are at the province
    text = "ISIS seized the villages of Arak and Bardeh in the east of Homs province."
    assert _where(text) == [("Arak", "Syria", 3), ("Bardeh", "Syria", 3)]
    spans = [(t.text, t.start) for t in places.geoparse(
        "ISIS militants stormed the villages of Arak and Bardeh in eastern Homs.")]
    assert len(spans) == len(set(spans))  # one toponym per span


def test_a_reference_read_by_its_english_name_binds_the_village():
    # Palmyra is Tadmur's English name; with Homs province named, "Arak, east of
    # Palmyra" lies near Tadmur, not in Iran
    text = "Regime aircraft bombed Arak, east of Palmyra in Homs province."
    assert [(c, p) for _l, c, p in _where(text)] == [("Syria", 2)]


# Round J (session 12): causes from the round 21 held-out readers (places in the wrong
# country by a namesake), not their sentences; sentences written after wire reports.

def test_a_one_consonant_skeleton_is_no_spelling_of_a_town_abroad():
    # "Aliyah" and Aley (Lebanon) share only the skeleton "al": in a report on Latakia
    # the village is no Lebanese town; the town the sentence names stands in
    records = _records("Rebels in Latakia shelled Aliyah on Friday.")
    assert [e.country for e in records] == ["Syria"]


def test_a_street_or_square_a_town_owns_is_in_that_town():
    # "Baghdad's Al-Tehran square" is in Baghdad, not in Iran
    text = "A suicide bomber struck a market in Baghdad's Al-Tehran square."
    assert [(e.country, e.geo_precision) for e in _records(text)] == [("Iraq", 1)]
    # "Kabul's Kandahar Road" runs out of Kabul, not in Kandahar
    records = _records("A bomb exploded on Kabul's Kandahar Road, killing three.")
    assert [(e.country, e.geo_precision) for e in records] == [("Afghanistan", 2)]
    assert abs(records[0].latitude - 34.53) < 0.05 and abs(records[0].longitude - 69.17) < 0.05
    # already right: the square named after a capital "in" the town, a district "of" it
    assert [e.country for e in _records(
        "A car bomb exploded in Al-Tehran square in central Baghdad, killing five people."
    )] == ["Iraq"]
    assert [e.location for e in _records(
        "Mortar shells fell on the Tabbala district of Damascus, killing a child.")] == [
        "Damascus"]


def test_the_country_people_only_tried_to_cross_into_is_not_the_scene():
    # they were stopped on this side of the border
    text = "Turkish troops shot dead two smugglers trying to cross into Syria."
    assert [e.country for e in _records(text)] == ["Turkey"]
    text = "Iraqi border guards clashed with gunmen trying to slip into Iran on Tuesday."
    assert "Iran" not in {e.country for e in _records(text)}
    text = "Police arrested 12 militants as they tried to sneak into Afghanistan from Pakistan."
    assert [e.country for e in _records(text)] == ["Pakistan"]
    # crossed and fought there: the country is the scene
    text = "Gunmen who tried to slip into Iraq from Syria were killed by border guards near Qaim."
    assert [e.country for e in _records(text)] == ["Iraq"]


def test_what_a_protest_marches_against_is_not_its_place():
    # ACLED codes where the protesters gathered, not the government they oppose
    records = _records("Thousands of farmers staged a march against Bonn on Saturday.")
    assert [(e.location, e.geo_precision) for e in records] == [("Germany", 3)]
    records = _records("Thousands of people marched against Bonn in Munich on Saturday.")
    assert [e.location for e in records] == ["Munich"]


def test_a_village_near_a_town_is_read_near_it():
    # a namesake abroad (Mafraq, Jordan) is no reading of a village near Baquba
    records = _records("Gunmen killed three farmers in Mafraq near Baquba on Tuesday.")
    assert [(e.country, e.geo_precision) for e in records] == [("Iraq", 2)]
    assert abs(records[0].latitude - 33.75) < 0.05


def test_a_country_named_as_whose_border_is_not_the_scene():
    # "the Iran border", as "the Iranian border": the neighbour across it
    text = "Iraqi troops clashed with smugglers near the Iran border on Tuesday."
    assert [(e.location, e.geo_precision) for e in _records(text)] == [("Iraq", 3)]
    text = "Syrian rebels clashed with troops near the Turkey border on Tuesday."
    records = _records(text)
    assert [e.country for e in records] == ["Syria"]
    assert records[0].actor1 == "Opposition Rebels (Syria)"
    # across it, the named country is where the shells fell
    text = "Turkish troops shelled Kurdish positions across the Syria border."
    assert [e.country for e in _records(text)] == ["Syria"]


def test_a_generic_actor_named_after_forces_abroad_is_no_home():
    # the rebels took the country of the U.S. troops they attacked; that country is named
    # only as whose forces these are, so the record is not in the United States
    text = ("TIKRIT, Iraq (AP) - Insurgents attacked U.S. troops on Sunday, the U.S. "
            "military said.")
    assert "United States" not in {e.country for e in _records(text)}
    # people named as a nation are at home
    records = _records("American protesters marched on Saturday against the war.")
    assert [e.country for e in records] == ["United States"]


# Round J (session 12): causes from the round 21 held-out readers, not their sentences;
# sentences written after wire reports.


def test_towns_joined_by_a_hyphen_before_a_road_are_places():
    # the NER tags "the Abuja-Kaduna" ORG; its names were left as an organisation's,
    # so the kidnapping had no place (and with "German" in the sentence, Germany)
    for text in ("Gunmen kidnapped 20 passengers on the Abuja-Kaduna road on Sunday.",
                 "Gunmen kidnapped a German engineer on the Abuja-Kaduna highway."):
        assert [(c, p) for _l, c, p in _where(text)] == [("Nigeria", 2)]


def test_a_border_between_two_named_countries_keeps_its_words():
    # two nationalities joined by a hyphen before "border" gave no place at all when
    # the actor's nationality was one of them
    text = "Pakistani troops killed six militants on the Afghan-Pakistani border."
    assert _where(text) == [("Afghan-Pakistani border", "Afghanistan", 3)]
    text = "Fighting broke out on the border between Sudan and South Sudan, killing 20."
    assert _where(text) == [("border between Sudan and South Sudan", "Sudan", 3)]
    # a town on the border is still the town
    text = "Rebels attacked the town of Tal Abyad on the Syrian-Turkish border, killing five."
    assert _where(text) == [("Tall Abyad", "Syria", 1)]


def test_the_capital_of_a_story_placed_in_a_country():
    text = ("Al-Shabaab fighters attacked a hotel in the capital, killing 15 people, Somali "
            "officials said.")
    assert _where(text) == [("Mogadishu", "Somalia", 1)]
    text = "Gunmen shot dead a journalist on the outskirts of the capital, Afghan officials said."
    assert _where(text) == [("Kabul", "Afghanistan", 2)]


def test_a_village_of_a_city_is_near_it_not_in_it():
    # the gazetteer lacks Kafr Aweed; "the Idlib village of" puts it near Idlib
    text = "Regime forces shelled the Idlib village of Kafr Aweed, killing four."
    assert _where(text) == [("Kafr Aweed", "Syria", 2)]


def test_a_large_island_is_a_region_of_its_country():
    # cities500 lacks the islands; "western Sumatra" is the island, precision 3
    text = "Militants attacked a police post in western Sumatra, killing two officers."
    assert _where(text) == [("Sumatra", "Indonesia", 3)]
    text = "Troops clashed with communist rebels on the southern island of Mindanao, killing four."
    assert _where(text) == [("Mindanao", "Philippines", 3)]


def test_a_syrian_airbase_named_alone_is_the_base():
    # the towns the bases are named after are not in cities500
    text = "Israeli jets struck the Tiyas airbase, killing 14 people."
    assert _where(text) == [("Tiyas airbase", "Syria", 3)]


# Round K (session 12): causes from the round 22 held-out readers (a place in the wrong
# country), not their sentences; sentences written after wire reports.


def test_a_nationality_before_town_of_puts_the_town_in_its_country():
    # Raga (Raja) is in South Sudan; a hamlet of the name in India is no reading, and
    # "South Sudanese" is South Sudan's nationality, not Sudan's
    text = "Gunmen killed five civilians in the South Sudanese town of Raga on Tuesday."
    assert _where(text) == [("Raja", "South Sudan", 1)]
    text = "Rebels attacked Raga, a South Sudanese town near the border, killing two soldiers."
    assert [c for _l, c, _p in _where(text)] == ["South Sudan"]
    # already right: a town the nationality's country has
    text = "Gunmen killed three farmers in the Nigerian village of Gwoza on Sunday."
    assert _where(text) == [("Gwoza", "Nigeria", 1)]


def test_a_city_that_names_the_clock_is_no_scene():
    # "Moscow time" is the hour of a Russian statement, not where the bomb went off
    text = ("A car bomb exploded in Aleppo at 12:30 Moscow time on Friday, killing four "
            "people, the Russian ministry said.")
    assert _where(text) == [("Aleppo", "Syria", 1)]


def test_a_name_called_a_province_is_read_as_the_province():
    # "Zabol Province" is Zabul, Afghanistan (one vowel apart), not the town of Zabol, Iran
    text = "Militants attacked a police post in Zabol Province on Monday, killing three policemen."
    assert _where(text) == [("Zabul", "Afghanistan", 3)]
    # already right: the province under its own spelling
    text = "Taliban fighters attacked police in Paktika Province, killing four."
    assert _where(text) == [("Paktika", "Afghanistan", 3)]


def test_a_street_named_after_a_country_is_no_country_point():
    # "Palestine Street" is in Baghdad: the Iraqi police say where, not Palestine
    text = "A car bomb exploded on Palestine Street, killing five Iraqi policemen."
    assert _where(text) == [("Iraq", "Iraq", 3)]
    # with its city named, the street is read in that city
    records = _records("A bomb went off on Jordan Street in Tehran, wounding three people.")
    assert [(e.country, e.geo_precision) for e in records] == [("Iran", 1)]
    assert abs(records[0].latitude - 35.69) < 0.05


def test_a_victims_home_state_is_no_clue_to_the_scene():
    # California says where the soldier came from; Manbij (Syria) is where he was killed
    text = "A US soldier from California was killed by a roadside bomb in Manbij on Wednesday."
    assert _where(text) == [("Manbij", "Syria", 1)]
    # where the planes are based is no clue either: Saada is in Yemen
    text = ("Saudi-led coalition aircraft based in Saudi Arabia bombed Saada, killing eight "
            "civilians.")
    assert _where(text) == [("Sa'dah", "Yemen", 1)]


# Round L (session 12): a cause from the round 23 held-out readers (a capital used for
# its government taken as the scene), not their sentences; sentences written after
# wire reports.

def test_a_government_named_by_its_seat_is_not_the_scene():
    # "the Baghdad regime" is the government whose troops shelled, not where they were
    text = ("Troops of the Baghdad regime shelled Kurdish villages, killing 12 people, "
            "Kurdish officials said.")
    assert _where(text) == [("Iraq", "Iraq", 3)]
    # the place the sentence names still decides
    text = ("Troops loyal to the Baghdad government shelled Kurdish villages near Kirkuk, "
            "killing 12 people.")
    assert [(e.location, e.geo_precision) for e in _records(text)] == [("Kirkuk", 2)]
    text = "Gunmen killed a Baghdad government official in Najaf on Friday."
    assert [(e.location, e.geo_precision) for e in _records(text)] == [("Najaf", 1)]
    # a protest held in the capital is still in it
    text = "Hundreds of people protested in Baghdad against the government on Friday."
    assert [(e.location, e.geo_precision) for e in _records(text)] == [("Baghdad", 1)]
    # the government's building is a site in the town
    text = "Protesters stormed the Basra government building on Friday, police said."
    assert [(e.location, e.geo_precision) for e in _records(text)] == [("Basrah", 2)]


# Round M (session 13): causes from the round 24 held-out readers (a named village with
# no point of its own put at the nearby city's name or a country point, the place of an
# arrest taken for the incident's site), not their sentences; sentences written after
# wire reports.

def _placed(text: str) -> list[tuple]:
    return [(e.location, e.admin1, e.geo_precision) for e in _records(text)]


def test_a_place_measured_from_a_town_keeps_its_own_name():
    # the gazetteer lacks the village (the NER took it for a person): at the town that
    # measures it, precision 2, under its own name, not the town's
    text = "Gunmen killed four soldiers in Umm al-Khair, 30 km from Kirkuk, on Tuesday."
    assert _placed(text) == [("Umm al-Khair", "Kirkuk", 2)]
    text = ("Militants attacked a checkpoint in Jurf al-Sakhar, south of Baghdad, killing "
            "four soldiers.")
    assert _placed(text) == [("Jurf al-Sakhar", "Baghdad", 2)]
    text = "A car bomb exploded in Sheikh Maqsoud, north of Aleppo, killing nine people."
    assert _placed(text) == [("Sheikh Maqsoud", "Halab", 2)]
    text = ("Boko Haram fighters raided Gajiram, about 100 kilometres north of Maiduguri, "
            "killing 9 people.")
    assert _placed(text) == [("Gajiram", "Borno", 2)]
    # a known town measured from a city is the town itself
    text = ("Suicide bombers killed 12 people at a market in Konduga, 35 km southeast of "
            "Maiduguri, on Sunday.")
    assert _placed(text) == [("Konduga", "Borno", 1)]


def test_a_town_a_bare_compass_word_places_may_lie_far_on_that_side():
    # "north of Baghdad" says a side, not a distance: Tikrit (170 km) and Mosul (350 km)
    # were unresolved and put at Baghdad
    text = "Gunmen killed three policemen in Tikrit, north of Baghdad, on Monday."
    assert _placed(text) == [("Tikrit", "Salah ad Din", 1)]
    text = "Two car bombs killed 20 people in Mosul, north of Baghdad, on Friday."
    assert _placed(text) == [("Mosul", "Ninawa", 1)]
    # a town on the other side is no reading of the name
    text = "Gunmen killed two people in Basra, north of Baghdad."
    assert _placed(text) == [("Basra", "Baghdad", 2)]


def test_a_village_in_a_named_province_keeps_its_name_at_the_province():
    text = ("A suicide bomber blew himself up in a crowded square in Dhuluiya in "
            "Salahuddin province, killing 16.")
    assert _placed(text) == [("Dhuluiya", "Salah ad Din", 3)]
    # a village taken in a province a possessive names: the province is no town
    text = ("Al-Shabaab militants stormed the village of Bulo Hawo in Somalia's Lower "
            "Shabelle region, killing three elders.")
    assert _placed(text) == [("Bulo Hawo", "Shabeellaha Hoose", 3)]
    text = ("Taliban insurgents overran the district centre of Nawa in Helmand's southern "
            "countryside.")
    assert _placed(text) == [("Nawa", "Helmand", 3)]


def test_a_district_of_a_province_named_by_its_town_is_the_district():
    # Ghazni and Baghdad are each a town and the province it names: the district wins
    text = "Clashes erupted in the Andar area of Ghazni, killing four Taliban."
    assert _placed(text) == [("Andar", "Ghazni", 2)]
    text = "Gunmen attacked the Abu Ghraib district of Baghdad, killing 11 people."
    assert _placed(text) == [("Abu Ghraib District", "Baghdad", 2)]


def test_a_named_base_or_town_a_province_or_border_places_keeps_its_name():
    # "airbase" is a site word: the base the gazetteer lacks is the scene, at its province
    text = "Rockets hit the Ain al-Asad airbase in Anbar province on Wednesday."
    assert _placed(text) == [("Ain al-Asad", "Al Anbar", 3)]
    # a town the NER took for a person is a place when something measures it
    text = "ISWAP fighters attacked Damasak, near the border with Niger, killing 7 soldiers."
    assert _placed(text) == [("Damasak", "Borno", 1)]
    text = ("A suicide car bomb exploded at an army checkpoint in Dalori, on the outskirts "
            "of Maiduguri.")
    assert _placed(text) == [("Dalori", "Borno", 2)]


def test_a_town_put_in_another_province_than_the_gazetteers_is_held_there():
    # GeoNames' Sabari is a district of Khost; the sentence puts the village in Kunar
    text = "A roadside bomb struck a police vehicle in Sabari village of Kunar province."
    assert _placed(text) == [("Sabari", "Kunar", 3)]
    # RELABEL subset of event_location (MIT): the next name's province is not this one's
    text = ("Terrorists also shelled the settlements of Maharda (Hama province) and Jaba "
            "(Quneitra province).")
    assert _placed(text) == [("Maharda", "Hamah", 1)]


def test_where_suspects_were_arrested_is_not_where_the_incident_was():
    text = ("Suspected militants were arrested in Peshawar after a bombing in Charsadda "
            "killed five people.")
    assert sorted(_placed(text)) == [("Charsadda", "Khyber Pakhtunkhwa", 1),
                                     ("Peshawar", "Khyber Pakhtunkhwa", 1)]
    assert [e.location for e in _records(text) if e.sub_event_type != "Arrests"] == [
        "Charsadda"]
    text = "Two suspects in the bombing of a bus in Jos were arrested in Abuja, police said."
    assert [e.location for e in _records(text) if e.sub_event_type != "Arrests"] == ["Jos"]
    # the only place named is still the scene of what the arresting forces did
    text = ("Security forces shot dead a militant commander and captured four fighters in "
            "Ghazni, officials said.")
    assert _placed(text) == [("Ghazni", "Ghazni", 1)]

# Round M (session 13): causes from the round 24 held-out readers (a namesake abroad
# where the sentence names the country or city around it, a person's name read as a US
# town, a company read as its namesake town), not their sentences; sentences written
# after wire reports.

def test_a_country_after_a_comma_rules_out_a_namesake_abroad():
    # the gazetteer's only Das is a hamlet in Spain; the text puts it in Afghanistan
    text = "Taliban militants attacked a checkpoint in Das, Afghanistan, killing four policemen."
    assert _where(text) == [("Das", "Afghanistan", 3)]
    # a town of the named country keeps its own point
    text = "A car bomb killed six people in Mosul, Iraq, on Sunday."
    assert _where(text) == [("Mosul", "Iraq", 1)]
    # the country's name standing for its neighbour, or a territory it holds, is no namesake
    text = "Riot police fired tear gas at protesters in Kinshasa, Congo, on Monday."
    assert _where(text) == [("Kinshasa", "Democratic Republic of the Congo", 1)]
    text = "Police clashed with protesters in Hong Kong, China, on Sunday."
    assert [e.country for e in _records(text)] == ["Hong Kong"]


def test_a_name_set_beside_a_person_noun_is_that_person():
    # "Warren, the village chief" and "Denver, a rebel commander" are people, not US towns
    text = "Gunmen killed Warren, the village chief, in Kano on Sunday."
    assert _where(text) == [("Kano", "Nigeria", 1)]
    text = "Troops killed Denver, a rebel commander, in a raid near Beni."
    assert _where(text) == [("Beni", "Democratic Republic of the Congo", 2)]
    text = "Police said Mr Warren, a teacher, was shot dead outside his home in Kaduna."
    assert _where(text) == [("Kaduna", "Nigeria", 1)]
    # a place a spokesman speaks of, and a town called a stronghold, stay places
    text = "Rebels attacked Kunduz, a Taliban spokesman said."
    assert _where(text) == [("Kunduz", "Afghanistan", 1)]
    text = "Insurgents overran Ramadi, a rebel stronghold, on Sunday."
    assert _where(text) == [("Ramadi", "Iraq", 1)]


def test_a_shop_named_after_a_company_is_in_the_town_the_sentence_names():
    # "an Orange shop" (the phone company) is in Conakry, not Orange, California
    records = _records("Protesters set fire to the Orange office in Conakry.")
    assert [(e.country, e.geo_precision) for e in records] == [("Guinea", 1)]
    assert abs(records[0].latitude - 9.54) < 0.05
    records = _records("Rioters looted a Carrefour supermarket in Nairobi on Tuesday.")
    assert [(e.country, e.geo_precision) for e in records] == [("Kenya", 1)]
    assert abs(records[0].latitude + 1.28) < 0.05


def test_a_one_sentence_reports_speaker_is_a_person():
    # quoted once in a one-sentence report, "Warren" and "Madison" speak: no US towns
    text = "Warren told reporters that police had fired tear gas at the protesters."
    assert [e.country for e in _records(text)] == [None]
    text = "Gunmen shot dead two policemen in the town, Denver said."
    assert [e.country for e in _records(text)] == [None]
    # a capital that speaks is its government, and the place the sentence names decides
    text = "Moscow said its jets had bombed IS positions near Palmyra."
    assert [(e.country, e.geo_precision) for e in _records(text)] == [("Syria", 2)]
    text = "Police in Kunduz said the Taliban attacked a checkpoint."
    assert _where(text) == [("Kunduz", "Afghanistan", 1)]


def test_a_name_a_city_owns_is_a_part_of_that_city():
    # "Baghdad's al-Bayaa" is a district of Baghdad (the gazetteer has only Baja,
    # Hungary, by a spelling): the city's point, not Iraq's middle
    records = _records("Gunmen killed four people in Baghdad's al-Bayaa on Friday.")
    assert [(e.location, e.country, e.geo_precision) for e in records] == [
        ("al-Bayaa", "Iraq", 2)]
    assert abs(records[0].latitude - 33.34) < 0.05
    records = _records("Rebels fired mortars at Damascus's Jobar, killing three.")
    assert [(e.location, e.country, e.geo_precision) for e in records] == [("Jobar", "Syria", 2)]
    assert abs(records[0].latitude - 33.51) < 0.05
    # a part the gazetteer has keeps its own point
    text = "A car bomb exploded in Baghdad's Sadr City, killing 20."
    assert _where(text) == [("Sadr City", "Iraq", 1)]


# Round N (session 13): causes from the round 25 held-out readers (a Nairobi suburb
# placed in England; no held-out sentence was read). Sentences written after wire reports.


def test_a_suburb_before_a_citys_comma_is_in_that_city():
    # "Eastleigh, Nairobi": the gazetteer has Eastleigh only in England and South Africa;
    # the text puts it in Nairobi, so it is held at the city, not a namesake abroad
    records = _records("Police shot dead two suspected robbers in Eastleigh, Nairobi, on Monday.")
    assert [(e.location, e.country) for e in records] == [("Eastleigh", "Kenya")]
    assert abs(records[0].latitude + 1.28) < 0.05
    records = _records("Gunmen attacked a checkpoint in Clifton, Karachi, killing two policemen.")
    assert [(e.location, e.country) for e in records] == [("Clifton", "Pakistan")]
    records = _records("Mortar shells hit Mazzeh, Damascus, killing three people.")
    assert [(e.location, e.country) for e in records] == [("Mazzeh", "Syria")]
    # a part the gazetteer has in the city's country keeps its own point
    text = "A car bomb killed seven people in Sadr City, Baghdad, police said."
    assert _where(text) == [("Sadr City", "Iraq", 1)]
    text = "Police arrested 20 protesters in Hamburg, Germany, on Saturday."
    assert _where(text) == [("Hamburg", "Germany", 1)]


def test_a_town_held_at_a_river_across_borders_is_in_the_country_the_text_names():
    # the gazetteer lacks the town; the Euphrates (Turkey, Syria, Iraq) holds it, and
    # "Iraqi" says which of its countries: the record keeps a country
    text = "A car bomb killed five people in the Iraqi town of Al-Baghdadi on the Euphrates."
    assert [(e.location, e.country) for e in _records(text)] == [("Al-Baghdadi", "Iraq")]
    text = ("Boko Haram fighters attacked the Nigerian village of Doron Baga on the shores "
            "of Lake Chad, killing dozens.")
    assert [(e.location, e.country) for e in _records(text)] == [("Doron Baga", "Nigeria")]


def test_a_town_the_model_takes_for_a_person_is_placed_by_its_container_after_a_comma():
    # "Tal Rifaat" (PERSON) before ", in northern Syria" is a Syrian town, as "Abu Kamal in
    # eastern Syria" already was: the town, not Syria's middle point
    text = ("Regime helicopters dropped barrel bombs on Tal Rifaat, in northern Syria, "
            "activists said.")
    assert _where(text) == [("Tall Rif'at", "Syria", 1)]


def test_a_name_set_after_a_town_noun_and_a_comma_is_that_town():
    # "Chechnya's second city, Gudermes" (no entity) was Chechnya's point
    text = "Gunmen attacked a police station in Chechnya's second city, Gudermes."
    assert _where(text) == [("Gudermes", "Russia", 1)]
    records = _records("Militants stormed the northern town, Gwoza, killing 30 people.")
    assert [(e.location, e.country) for e in records] == [("Gwoza", "Nigeria")]
    # a speaker after "the city," stays a person
    text = "Gunmen attacked a checkpoint outside the city, Jackson said."
    assert [e.country for e in _records(text)] == [None]


def test_a_town_measured_from_keeps_its_reading_against_the_measured_names_namesake():
    # Ali Khel is only in Afghanistan in the gazetteer, Parachinar only in Pakistan: each
    # ruled the other out as a town abroad and the event had no place; the town measured
    # from stays, and the unknown village is held near it
    text = "Gunmen killed four soldiers in the town of Ali Khel, 20 km from Parachinar."
    assert _where(text) == [("Ali Khel", "Pakistan", 2)]
    text = "Gunmen killed four soldiers in Kalaya, near Parachinar."
    assert _where(text) == [("Kalaya", "Pakistan", 2)]


# Round O (session 14): a town abroad against a one-sentence report's firm clues.
# Sentences quoted from the event_location corpus (MIT), as the judged development pool
# holds them, and sentences written after wire reports.

def test_a_town_abroad_needs_its_country_against_the_actors_home():
    # the Syrian Arab Army and ISIS fight in Syria: no suburb of Dubai (38 k)
    text = ("ISIS began the assault at 3 A.M. on Friday morning, when a large number of "
            "their fighters stormed the Syrian Arab Army’s defenses at the southern "
            "perimeter of Al-Rashidiyah.")
    assert {c for _l, c, _p in _where(text)} == {"Syria"}


def test_a_province_named_in_the_sentence_rules_out_a_namesake_town_abroad():
    # Ma'an of the Hama countryside is no town of Jordan, nor (a doubled-vowel variant)
    # the Isle of Man
    text = ("Jabhat Al-Nusra” launched a massive offensive in the northern countryside of "
            "the Hama Governorate, targeting 4 recently reconciled villages near the "
            "strategic town of Ma’an.")
    assert [(e.location, e.admin1, e.country) for e in _records(text)] == [
        ("Ma'an", "Hamah", "Syria")]
    text = ("The Islamic State of Iraq and Al-Sham (ISIS) launched a massive offensive in "
            "the Deir Ezzor Governorate on Friday, targeting the Syrian government "
            "controlled district of Tartuh near the western bank of the Euphrates River.")
    assert {e.country for e in _records(text)} == {"Syria"}


def test_a_names_own_province_is_no_evidence_against_the_actors_home():
    # "Jufrah" is a district of Libya in the gazetteer; its own reading voted for itself
    text = ("ISIS began their assault by storming the last farms under the Syrian Army’s "
            "control at Jufrah; this resulted in an intense series of clashes that lasted "
            "for more than 6 hours on Saturday.")
    assert "Libya" not in {e.country for e in _records(text)}


def test_the_country_named_beside_a_town_picks_its_namesake():
    text = ("Meanwhile, the anti-government guerrillas detonated a pressure cooker bomb in "
            "a classroom of a primary school in Bharatpur Municipality of central Nepal "
            "Sunday evening.")
    assert [(e.location, e.country) for e in _records(text)] == [("Bharatpur", "Nepal")]


def test_a_village_is_no_city_abroad():
    text = "The Syrian Arab Army recaptured the village of Al-Mansoura after clashes with ISIS."
    assert {e.country for e in _records(text)} == {"Syria"}


def test_a_well_known_town_abroad_and_a_town_against_a_persons_birthplace_stay():
    # a protest abroad keeps its city against the country the protest is about; a
    # birthplace ("born in Pakistan") is no clue to where the story happens
    text = ("Some 5,000 Tamils demonstrated Monday in front of the United Nations offices "
            "in Geneva against what they called Sri Lanka's policy of genocide against "
            "them, and the possibility of them being forced to go home.")
    assert _where(text) == [("Geneva", "Switzerland", 1)]
    text = ("A 25-year-old Briton who was born in Pakistan was captured by U.S. Marines "
            "following an exchange of gunfire in the city of Ramadi on Dec. 7.")
    assert {(e.location, e.country) for e in _records(text)} == {("Ramadi", "Iraq")}
    text = "Kurds protested in Duisburg against Turkey's offensive in Afrin."
    assert _where(text) == [("Duisburg", "Germany", 1)]


def test_an_armed_group_across_its_border_keeps_the_town():
    # an armed group's home is a firm clue only far from it (FAR_KM): groups raid across
    # borders (written after wire reports)
    records = _records("Boko Haram fighters raided Diffa overnight, killing 12 people.")
    assert [(e.location, e.country) for e in records] == [("Diffa", "Niger")]
    records = _records("Taliban militants attacked a checkpoint in Chaman, killing three "
                       "soldiers.")
    assert [(e.location, e.country) for e in records] == [("Chaman", "Pakistan")]
    records = _records("Al-Shabaab gunmen attacked a bus near Mandera, killing 28 "
                       "passengers.")
    assert [e.country for e in records] == ["Kenya"]


def test_a_country_as_owner_or_acting_government_is_no_firm_clue():
    # quoted from the RELABEL subset of event_location (MIT): "US-led" says whose forces
    text = ("He had been captured in a hole near his northern hometown of Tikrit in "
            "December, eight months after US-led invasion forces toppled his regime.")
    assert [e.country for e in _records(text)] == ["Iraq"]
    text = ("Gunmen shot dead two American contractors in Fallujah on Monday; the United "
            "States condemned the attack.")
    assert [(e.location, e.country) for e in _records(text)] == [("Al Fallujah", "Iraq")]


# Round P (session 14): a town of a territory whose conflict the report's country
# shares. Sentences quoted from the event_location corpus (MIT), as the judged
# development pool holds them, and sentences written after wire reports.

def test_a_west_bank_town_in_a_report_on_israel_is_its_scene():
    # "in Israel" made the story's geography clear; Hebron (West Bank) was then a
    # town abroad under a million people and had no reading at all
    text = ("The Awadallah brothers, who had been involved in plotting suicide bombings "
            "in Israel, were shot dead in an Israeli army raid of their hideout near "
            "Hebron on Sept. 11.")
    assert [(e.location, e.country) for e in _records(text)] == [
        ("Hebron", "Palestinian Territory")]


def test_a_west_bank_town_keeps_its_reading_beside_israel():
    text = ("Barghouti, accused by Israel of leading the Al Aqsa Martyrs Brigade, which "
            "has claimed responsibility for dozens of shooting attacks and, lately, "
            "suicide bombings in Israel, was captured Monday not far from Arafat's "
            "office in Ramallah.")
    assert ("Ramallah", "PS") in {(t.text, t.place.country_code) for t in places.geoparse(text)
                                  if t.place is not None}



def test_a_west_bank_town_named_without_a_locative_is_not_made_the_scene():
    # the 1967 war retold: Hebron is what Israel took, not a scene the rule adds
    text = ("In that war, Israel captured Hebron along with the West Bank, and Jews "
            "immediately began pressing for the right to move back into the city from "
            "which their forerunners had been expelled in 1929.")
    assert "Hebron" not in {e.location for e in _records(text)}
