"""Page furniture is blanked before parsing (page text written for the tests in the layouts
that the web pages of FA-KES and GeoWebNews have)."""

from __future__ import annotations

from frontlines.extraction.furniture import blank_furniture


def _kept(text: str, title: str | None = None) -> str:
    out = blank_furniture(text, title)
    assert len(out) == len(text)  # offsets of the evidence stay valid
    return " ".join(out.split())


def test_dateline_and_repeated_headline_are_blanked():
    # date, time and headline run into the first sentence
    title = "Opposition Asks UN to Help Deir Ezzor Civilians"
    text = ("Thursday 01 September 2016 20:22 Opposition Asks UN to Help Deir Ezzor "
            "Civilians. The opposition asked the United Nations to act.")
    assert _kept(text, title) == "The opposition asked the United Nations to act."
    # "Date of publication 16 October 2017 Rebel shelling ... on Sunday"
    text = "Date of publication 16 October 2017 Rebel shelling on Damascus killed four civilians."
    assert _kept(text).startswith("Rebel shelling")
    # a sentence that starts with a date is story text, not a dateline
    assert _kept("On 3 October 2016 a bomb exploded.") == "On 3 October 2016 a bomb exploded."


def test_related_list_at_the_foot_is_blanked():
    # related headlines and tags after the last sentence
    text = ("The civilians are said to have been kidnapped in a terrorist raid on October 11. "
            "110 Related Syrian Army Wrecks Daesh Rocket Workshop in Deir ez-Zor "
            "Province Syrian Army Takes Biggest Daesh Stronghold in Deir ez-Zor Tags "
            "terrorists liberation Daesh Al-Nusra Front Syria Hama")
    assert _kept(text) == ("The civilians are said to have been kidnapped in a terrorist "
                           "raid on October 11. 110")


def test_inline_read_more_and_tags_keep_the_next_sentence():
    text = ("the statement said. READ MORE WATCH Russian Jets Put Militants to Flight "
            "in Syrias Hama In another operation in Hama the troops rescued 19 civilians.")
    assert _kept(text) == ("the statement said. In another operation in Hama the troops "
                           "rescued 19 civilians.")
    text = ("Tags Syria Rebels De-escalation Damascus Four civilians were killed in the Syrian "
            "capital on Sunday.")
    assert _kept(text) == "Four civilians were killed in the Syrian capital on Sunday."
    # "Read More" before an ordinary sentence: nothing to blank but the marker's list
    text = "Read More A police spokeswoman said the two deaths are being treated as unexplained."
    assert "spokeswoman" in _kept(text)


def test_caption_with_credit_and_embedded_post():
    # a photo caption with its credit between story sentences
    text = ("A convoy of buses was hit by a suicide car bomb. Evacuees wait beside the "
            "buses after the deal stalled at Rashideen. (TRT World and Agencies) Over "
            "5000 people left the two towns.")
    assert _kept(text) == ("A convoy of buses was hit by a suicide car bomb. Over 5000 "
                           "people left the two towns.")
    text = ("My prayers are with Alfie. Pope Francis (@Pontifex)\n\nIn another British case, "
            "a court allowed Noel Conway to appeal.")
    assert _kept(text) == ("My prayers are with Alfie. In another British case, a court "
                           "allowed Noel Conway to appeal.")


def test_navigation_phrases():
    assert _kept("Police said the road reopened. Go to top") == "Police said the road reopened."


def test_photo_credit_and_related_headline_inside_the_text():
    # a photo credit and a related story's headline between sentences
    text = ("It happened on April 11. REUTERS Rodi Said Battle for Raqqa Syrian "
            "Democratic Forces Free One More Village From Daesh Near al-Tabqa The coalition "
            "is looking into what caused it.")
    assert _kept(text) == ("It happened on April 11. The coalition is looking into what "
                           "caused it.")
    # a page counter is no toll
    assert "729" not in _kept("Twin bomb attack kills 31 state TV AFP Print Tweet Views 729")


def test_city_datelines_and_inline_photo_credits():
    # a caption with its credit, then the city dateline
    text = ("A soldier of the Syrian regime forces running past ruined buildings in Hasakeh "
            "on Monday (AFP photo) BEIRUT Air raids killed thirteen civilians.")
    assert _kept(text) == "Air raids killed thirteen civilians."
    text = "BEIRUT (AP) \u2014 A spokesman for a Kurdish militia says Turkey shelled a city."
    assert _kept(text) == "A spokesman for a Kurdish militia says Turkey shelled a city."
    # capitals inside a quotation are no dateline
    assert "GO HOME" in _kept('He said: "GO HOME" and left.')


def test_the_cli_path_blanks_furniture_too():
    # what `frontlines extract` runs (extract_records): a related-stories foot of a
    # news page gives no record of its own
    from datetime import date

    from frontlines.domain.model import Article
    from frontlines.extraction.records import extract_records

    text = ("Rebels shelled the Old Damascus district on Sunday, killing four civilians. "
            "110 Related Syrian Army Wrecks Daesh Rocket Workshop in Deir ez-Zor "
            "Province Syrian Army Takes Biggest Daesh Stronghold in Deir ez-Zor")
    items = list(extract_records([Article(id="x", text=text, published=date(2017, 10, 29))],
                                 statements=False))
    assert [e.fatalities for e in items[0].events] == [4]


def test_tags_in_lower_case_end_where_the_standfirst_repeats():
    # the page gives its standfirst, then tags (some lower-case), then the body repeats it
    text = ("Date of publication 25 April 2017 Warplanes hit a rebel-held village in Idlib "
            "killing 12 people. Tags Syria Idlib Russia airstrikes Syrian regime Bashar Assad "
            "Warplanes hit a rebel-held village in Idlib on Tuesday killing 12 people.")
    assert _kept(text) == ("Warplanes hit a rebel-held village in Idlib killing 12 people. "
                           "Warplanes hit a rebel-held village in Idlib on Tuesday killing 12 "
                           "people.")


def test_a_headline_with_the_site_name_still_finds_the_dateline():
    # the page's <title> carries the site's sections and name; the text only the headline
    from frontlines.extraction.furniture import head_date

    title = "Car bomb in Homs kills 10 Governor - Region - World - Ahram Online"
    text = ("Car bomb in Homs kills 10 Governor AFP Sunday 25 May 2014 Ten people were killed "
            "in a car bomb attack on a taxi stand.")
    assert str(head_date(text, title)) == "2014-05-25"
    assert _kept(text, title).startswith("Ten people were killed")


def test_the_legal_parenthesis_of_a_russian_outlet_is_blanked():
    text = ("A total of 24 Daesh terrorists (a terrorist group banned in Russia) were killed "
            "near Raqqa.")
    assert _kept(text) == "A total of 24 Daesh terrorists ( ) were killed near Raqqa."
