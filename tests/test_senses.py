"""Conflict words in their everyday senses (sentences written for the tests after the
local and business news of GeoWebNews)."""

from __future__ import annotations

import pytest

from frontlines.extraction.events.senses import other_sense


def _sense(nlp, sentence: str, word: str) -> str | None:
    doc = nlp(sentence)
    return other_sense(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Volunteers from the town join the flood fighting effort in Fargo.", "fighting"),
    ("At the auto show he quickly shot down rumors of a twin-turbo V8 for the new model.",
     "shot"),
    ("The plant will host the province's second carbon capture project.", "capture"),
    ("Barrow County fell to 18th place in population growth last year.", "fell"),
    ("Her first album demonstrates the talents of the young piano player.",
     "demonstrates"),
    ("Army engineers executed the road projects together with the provincial government.",
     "executed"),
    ("The host apologized, but the student blasted it as an insincere effort.", "blasted"),
    ("Winnipeg firefighters spent the night fighting two apartment fires.",
     "fighting"),
    # a side's casualties in a wire report (it "lost" men, not a town)
    ("The Islamic State group lost at least 28 of its fighters in the assault, he said.",
     "lost"),
    # GeoWebNews (paraphrased): a coordinated object the list of shown things lacks;
    # with any object "demonstrate" is to show
    ("The loan signed today demonstrates both the EU's and the firm's commitment to "
     "investing in the circular economy.", "demonstrates"),
    ("The trial demonstrated that the drug lowers blood pressure.", "demonstrated"),
    # Guardian 2018 on Afrin (paraphrased): a picture that "captured" a predicament
    # depicts it; no armed actor took ground (was Government regains territory)
    ("The image of the fighters bogged down in a battle against Kurdish militants "
     "captured the dilemma of the Syrian rebels.", "captured"),
])
def test_everyday_senses(nlp, sentence: str, word: str) -> None:
    assert _sense(nlp, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Syrian troops captured the town of Rawa after heavy fighting with Islamic State.",
     "captured"),
    ("Air defences shot down two drones over Hama on Monday.", "shot"),
    ("Hundreds of people demonstrated in Kampala on Monday against the arrests.",
     "demonstrated"),
    ("Thousands of people demonstrated against the new law in Algiers on Friday.",
     "demonstrated"),
    ("Government forces fought Islamic State fighters near Albu Kamal.", "fought"),
    ("The rebels lost the town of Khan Tuman to government forces on Friday.", "lost"),
])
def test_conflict_senses_are_kept(nlp, sentence: str, word: str) -> None:
    assert _sense(nlp, sentence, word) is None


def test_a_slow_march_of_refugees_is_a_journey(nlp) -> None:
    # Guardian round 7 (paraphrased): refugees facing "the long slow march to Idlib"
    assert _sense(nlp, "He said the displaced faced the long slow march to Idlib.",
                  "march") is not None
    # a protest march keeps its sense, "long march" included (a South Asian protest)
    assert _sense(nlp, "Thousands joined a long march to Islamabad demanding new polls.",
                  "march") is None


@pytest.mark.parametrize(("sentence", "word"), [
    # one-sentence event reports (held-out round 15, paraphrased): people who walk
    ("News reporters, microphones in hand, marched toward their cameras.", "marched"),
    ("In May 1865, the regiment's men marched in Washington in the Grand Review.",
     "marched"),
])
def test_a_march_without_cause_or_demonstrators_is_a_walk(nlp, sentence: str,
                                                          word: str) -> None:
    assert _sense(nlp, sentence, word) is not None


@pytest.mark.parametrize("sentence", [
    "Thousands marched through central Kabul on Friday.",
    "Lawyers marched to the high court in Lahore to demand the judge's reinstatement.",
    "They marched to the governor's office, chanting slogans against the new tax.",
])
def test_a_march_with_a_cause_or_a_crowd_is_a_demonstration(nlp, sentence: str) -> None:
    assert _sense(nlp, sentence, "marched") is None


def test_the_shell_of_a_building_is_its_remains(nlp) -> None:
    # held-out round 15 (paraphrased): a vigil "between the burned-out shells" of
    # bombed buildings was read as shelling
    assert _sense(nlp, "Supporters held a vigil between the burned-out shells of the two "
                       "most damaged buildings.", "shells") is not None
    assert _sense(nlp, "Only the gutted shells of the houses remained.", "shells") is not None
    # artillery keeps its sense
    assert _sense(nlp, "Rebels fired shells on residential buildings in Aleppo.",
                  "shells") is None
