"""Commentary by genre (extraction/genre.py): a letter to the editor, an opinion column.

Paraphrased from dev articles (Guardian letters and columns on Syria); each check also
runs the same sentences as a report, where they stay records.
"""
from __future__ import annotations

import frontlines
from frontlines.extraction import genre

# A letter answering an article (paraphrased): the citation of the article it answers
# opens it; the body names the areas a force liberated from IS, no incident of a day.
CITATION = "(Hostage seized by Isis in 2012 is alive, says Home Office, 6 February)"
LETTER = (
    "The Syrian Democratic Forces, the secular forces of northern Syria made up mostly of the "
    "Kurdish YPG and of local Assyrian, Arab and Turkmen groups, have never sought the "
    "overthrow of Bashar al-Assad as your article suggests " + CITATION + ". Their military "
    "aim is the defeat of Islamic State and their political goal is secular democracy and "
    "autonomy in northern Syria, as seen by the commune-based society they have been "
    "building in the areas they have liberated from Isis. There have been no major battles "
    "with regime forces, and they have worked with the Syrian army in the Aleppo district of "
    "Sheikh Maqsood, which was freed from al-Nusra jihadists in 2016.")


# A column (paraphrased): the writer's own voice, nothing attributed, the news it hangs
# on in the lede, history and argument further down.
COLUMN = (
    "Our conscience has a short memory. For now, the world is transfixed by the images "
    "from Douma, near the Syrian capital. Dozens have died and hundreds lie injured after "
    "what was clearly a chemical weapon attack on the town. We have seen this before, and "
    "we will see it again unless something changes. Our leaders speak of red lines and then "
    "do nothing, and I find it hard to believe they mean what they say. It is worth "
    "remembering how we got here. The rebels gained control of large parts of the "
    "north-east, including valuable oil fields, after they scattered Islamic State. The "
    "regime bombed hospitals in Aleppo in November 2016, and the world looked away then too. "
    "None of this is new, and none of it is inevitable. We owe the people of Syria more "
    "than another week of outrage followed by another year of silence. What I ask is "
    "simple: that our government remembers what it promised, and that we remember too. "
    "There is a moral case here, and a strategic one, and both point the same way.")


def test_the_genre_is_read_from_the_text() -> None:
    assert genre.genre(LETTER) == genre.LETTER
    assert genre.genre(COLUMN) == genre.OPINION
    report = COLUMN.replace("We ", "They ").replace("we ", "they ").replace(
        "Our ", "The ").replace("our ", "the ").replace("I ", "one ") + (
        " Activists said the toll was rising, the Observatory said, and doctors told "
        "reporters that more had died, according to the health directorate.")
    assert genre.genre(report) is None


def test_a_letter_gives_no_undated_record() -> None:
    # the same text without the citation, a report, gives the record the letter must not
    assert frontlines.extract(LETTER.replace(" " + CITATION, ""), published="2019-02-06")
    assert frontlines.extract(LETTER, published="2019-02-06") == []


def test_a_column_keeps_its_lede_and_its_dated_incidents_only() -> None:
    events = frontlines.extract(COLUMN, published="2018-04-08")
    told = sorted((e.sub_event_type, e.location) for e in events)
    # the Douma attack of the lede and the dated bombing of Aleppo, not the undated
    # history of the north-east; the regime's bombing is its air strikes, not a planted bomb
    assert [t for t, _ in told] == ["Air/drone strike", "Chemical weapon"], told
    assert "2016-11" in " ".join(str(e.event_date) for e in events)
    history = ("The rebels gained control of large parts of the north-east, including "
               "valuable oil fields, after they scattered Islamic State.")
    assert frontlines.extract(history, published="2018-04-10")
