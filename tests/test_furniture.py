"""Page furniture is blanked before parsing (real page text, FA-KES and GeoWebNews)."""

from __future__ import annotations

from frontlines.extraction.furniture import blank_furniture


def _kept(text: str, title: str | None = None) -> str:
    out = blank_furniture(text, title)
    assert len(out) == len(text)  # offsets of the evidence stay valid
    return " ".join(out.split())


def test_dateline_and_repeated_headline_are_blanked():
    # FA-KES, etilaf 2016-09-01: date, time and headline run into the first sentence.
    title = "Syrian Coalition Urges UN to Relieve Deir Ezzor Residents"
    text = ("Thursday 01 September 2016 20:22 Syrian Coalition Urges UN to Relieve Deir "
            "Ezzor Residents. The Syrian Coalition called upon the United Nations to act.")
    assert _kept(text, title) == "The Syrian Coalition called upon the United Nations to act."
    # alaraby: "Date of publication 16 October 2017 Rebel shelling ... on Sunday"
    text = "Date of publication 16 October 2017 Rebel shelling on Damascus killed four civilians."
    assert _kept(text).startswith("Rebel shelling")
    # a sentence that starts with a date is story text, not a dateline
    assert _kept("On 3 October 2016 a bomb exploded.") == "On 3 October 2016 a bomb exploded."


def test_related_list_at_the_foot_is_blanked():
    # Sputnik 2017-10-29: related headlines and tags after the last sentence.
    text = ("The civilians were reportedly kidnapped on October 11 during a terrorist attack. "
            "110 Related Syrian Army Destroys Daeshs Mortar Shells Plant in Deir ez-Zor "
            "Province Syrian Army Gains Control of Largest Daesh Hotbed in Deir ez-Zor Tags "
            "terrorists liberation Daesh Al-Nusra Front Syria Hama")
    assert _kept(text) == ("The civilians were reportedly kidnapped on October 11 during a "
                           "terrorist attack. 110")


def test_inline_read_more_and_tags_keep_the_next_sentence():
    text = ("the statement added. READ MORE WATCH Russian Airstrikes Send Terrorists Fleeing "
            "in Syrias Hama In a separate operation in Hama the troops saved 19 civilians.")
    assert _kept(text) == ("the statement added. In a separate operation in Hama the troops "
                           "saved 19 civilians.")
    text = ("Tags Syria Rebels De-escalation Damascus Four civilians were killed in the Syrian "
            "capital on Sunday.")
    assert _kept(text) == "Four civilians were killed in the Syrian capital on Sunday."
    # "Read More" before an ordinary sentence: nothing to blank but the marker's list
    text = "Read More A spokeswoman for Dyfed-Powys Police said the deaths are unexplained."
    assert "spokeswoman" in _kept(text)


def test_caption_with_credit_and_embedded_post():
    # TRT World 2017-04-15: a photo caption with its credit between story sentences.
    text = ("A suicide car bomb has hit a convoy of buses. People who were evacuated wait near "
            "buses after a stall in an agreement at Rashideen. (TRT World and Agencies) More "
            "than 5000 people left the two towns.")
    assert _kept(text) == ("A suicide car bomb has hit a convoy of buses. More than 5000 "
                           "people left the two towns.")
    text = ("I am praying for Alfie. Pope Francis (@Pontifex)\n\nIn a separate British case, "
            "Noel Conway was granted permission to appeal.")
    assert _kept(text) == ("I am praying for Alfie. In a separate British case, Noel Conway "
                           "was granted permission to appeal.")


def test_navigation_phrases():
    assert _kept("Police said the road reopened. Go to top") == "Police said the road reopened."


def test_photo_credit_and_related_headline_inside_the_text():
    # Sputnik 2017-04-13: a photo credit and a related story's headline between sentences
    text = ("The incident occurred on April 11. REUTERS Rodi Said Battle for Raqqa Syrian "
            "Democratic Forces Liberate Another Village From Daesh Near al-Tabqa The coalition "
            "is probing the cause of the incident.")
    assert _kept(text) == ("The incident occurred on April 11. The coalition is probing the "
                           "cause of the incident.")
    # Ahram 2016-07-27: a page counter is no toll
    assert "729" not in _kept("Double bomb attack kills 31 state TV AFP Print Tweet Views 729")


def test_city_datelines_and_inline_photo_credits():
    # Jordan Times 2015-07-15: a caption with its credit, then the city dateline
    text = ("A member of the Syrian regime forces runs near destroyed buildings in Hasakeh "
            "on Monday (AFP photo) BEIRUT Thirteen civilians were killed in aerial attacks.")
    assert _kept(text) == "Thirteen civilians were killed in aerial attacks."
    text = "BEIRUT (AP) \u2014 A Kurdish militia spokesman says Turkey has shelled a city."
    assert _kept(text) == "A Kurdish militia spokesman says Turkey has shelled a city."
    # capitals inside a quotation are no dateline
    assert "GO HOME" in _kept('He said: "GO HOME" and left.')


def test_the_cli_path_blanks_furniture_too():
    # what `frontlines extract` runs (extract_records): a related-stories foot of a
    # Sputnik page gives no record of its own
    from datetime import date

    from frontlines.domain.model import Article
    from frontlines.extraction.records import extract_records

    text = ("Rebels shelled the Old Damascus district on Sunday, killing four civilians. "
            "110 Related Syrian Army Destroys Daeshs Mortar Shells Plant in Deir ez-Zor "
            "Province Syrian Army Gains Control of Largest Daesh Hotbed in Deir ez-Zor")
    items = list(extract_records([Article(id="x", text=text, published=date(2017, 10, 29))],
                                 statements=False))
    assert [e.fatalities for e in items[0].events] == [4]
