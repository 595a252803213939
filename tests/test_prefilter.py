"""The relevance prefilter: cheap, offset-preserving, and loses no record it tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.extraction import prefilter
from frontlines.extraction.events.lexicon import load_lexicon
from frontlines.extraction.pipeline import process_articles
from frontlines.extraction.readers import Article, read_path
from frontlines.extraction.records import extract_records

ROOT = Path(__file__).resolve().parents[1]
AFP = ROOT / "examples" / "afp-2017-11-17-rawa.txt"
GWN = ROOT.parent / "shared" / "data" / "geoparsing"


def test_every_single_word_trigger_is_a_cue():
    """The cue lexicon is computed from triggers.yaml: it cannot drift from it."""
    lex = load_lexicon()
    singles = {e.words[0] for entries in lex.by_first.values() for e in entries
               if e.type != "@none" and len(e.words) == 1 and "*" not in e.words[0]}
    missed = [w for w in singles if prefilter.cue_strength(f"They said {w} here.") == 0]
    assert len(singles) > 300
    assert missed == []


def test_inflections_and_weak_cues():
    assert prefilter.cue_strength("Gunmen ambushed a convoy near the town.") == 2
    assert prefilter.cue_strength("The bridges were bombarded overnight.") == 2
    # a weak trigger alone does not count; near a word of the conflict domain it does
    assert prefilter.cue_strength("The council found a new site for the library.") == 1
    text = "The council found a new site for the library. It opens in May."
    assert prefilter.mask(text).strip() == ""
    text = "Police found the car near the river. The owner was away."
    assert prefilter.mask(text) == text
    # the month is no protest march
    assert prefilter.cue_strength("Results are due in March.") == 0


def test_trigger_phrases_stand_together_and_other_senses_are_no_cue(monkeypatch):
    """A trigger of several words counts where the event lexicon can match it, its words
    side by side ("die-in", "fall to"); with PREFILTER_OTHER_SENSES, a cue in the sense
    a word beside it gives ("struck a deal", "a game-winning shot") is no cue."""
    from frontlines import settings

    assert prefilter.cue_strength("Protesters staged a die-in outside the ministry.") == 2
    assert prefilter.cue_strength("The town could fall to the rebels within days.") == 2
    # "died" and "in" apart: only the weak "died"
    assert prefilter.cue_strength("The actor died on Sunday in a Paris hospital.") == 1
    assert prefilter.cue_strength("Exports fall sharply, and prices rise to a peak.") < 2
    assert prefilter.cue_strength("Rebels struck the town overnight.") == 2
    monkeypatch.setattr(settings, "PREFILTER_OTHER_SENSES", False)
    assert prefilter.cue_strength("The two firms struck a deal on Friday.") == 2
    monkeypatch.setattr(settings, "PREFILTER_OTHER_SENSES", True)
    assert prefilter.cue_strength("The two firms struck a deal on Friday.") == 0
    assert prefilter.cue_strength("Her shot in overtime won the semifinal.") == 0
    assert prefilter.cue_strength("A sniper shot two men near the bridge.") == 2
    assert prefilter.cue_strength("A new study found that fewer people smoke.") == 0
    assert prefilter.cue_strength("A three-run blast in the eighth inning won it.") == 0
    # the other sense takes away only that cue: the sentence keeps the others
    assert prefilter.cue_strength("Militants struck a deal, then killed the hostages.") == 2
    # a sense word counts in its collocation only: filmed is no capture, but a crew
    # seized with its camera, or strikes beside a truce deal, are violence
    assert prefilter.cue_strength("The senator was captured on camera berating activists.") == 0
    assert prefilter.cue_strength("Rebels captured a television camera crew.") == 2
    assert prefilter.cue_strength("Air strikes went on despite the deal.") == 2
    assert prefilter.cue_strength("Her battle with cancer ended in May.") == 0
    assert prefilter.cue_strength("The battle for the town spread disease.") == 2
    # weak triggers in their everyday collocations
    assert prefilter.cue_strength("New tariffs are an economic dead end, he said.") == 0
    assert prefilter.cue_strength("Two men were found dead near the checkpoint.") == 2
    assert prefilter.cue_strength("China vowed to fight the US in a trade war.") == 0



def test_general_news_senses_of_cue_words_are_no_cue():
    """The cue forms general news keeps most, in the collocations where they mean a
    court's decision, a trade deal, a record or a season (sentences written after news
    reports): no cue there; the same words in an incident still are."""
    assert prefilter.cue_strength("Doctors have ruled out his brother as a donor.") == 0
    assert prefilter.cue_strength("The High Court ruled in favour of the hospital.") == 0
    assert prefilter.cue_strength("The militia ruled the town for three years.") == 2
    assert prefilter.cue_strength("He had a cardiac arrest on the ferry.") == 0
    assert prefilter.cue_strength("Police made an arrest after the stabbing.") == 2
    assert prefilter.cue_strength("The pope led the Easter Vigil at the basilica.") == 0
    assert prefilter.cue_strength("Students held a vigil for the slain activist.") == 2
    assert prefilter.cue_strength("She broke the record for rebounds in a season.") == 0
    assert prefilter.cue_strength("Rebels broke through the army's lines at dawn.") == 2
    assert prefilter.cue_strength("The tax bill will wait until the fall sitting.") == 0
    assert prefilter.cue_strength("Ottawa agreed to pay the pension fund in full.") == 0
    assert prefilter.cue_strength("Both sides agreed to a ceasefire in the north.") == 2
    assert prefilter.cue_strength("The seller approved artillery sales to the kingdom.") == 0
    assert prefilter.cue_strength("Artillery pounded the rebel-held suburb.") == 2
    assert prefilter.cue_strength("UFC fighters left the arena by bus.") == 0
    assert prefilter.cue_strength("Three hurricanes striking the coast made landfall.") == 0
    assert prefilter.cue_strength("Villagers staged a protest outside the mine.") == 2


def test_court_trade_and_show_senses_of_cue_words_are_no_cue():
    """Round B's senses: a verdict, a diplomatic expulsion, a ruling on the law, a
    settlement, trade figures and a concert (sentences written after news reports) hold
    no cue; the same words in an incident or an arrest still do."""
    assert prefilter.cue_strength("He was found not guilty of fraud in 2019.") == 0
    assert prefilter.cue_strength("The court found in favour of the artists.") == 0
    assert prefilter.cue_strength("Soldiers found the bodies of two men.") == 1
    remanded = "He was remanded in custody until May."
    assert "custody" not in prefilter._found(
        remanded.lower().rstrip(".").split(), remanded, prefilter.load_cues())
    assert prefilter.cue_strength("Three protesters died in police custody.") == 2
    assert prefilter.cue_strength("Moscow expelled diplomats from the embassy.") == 0
    assert prefilter.cue_strength("The judge ruled the program was lawful.") == 0
    assert prefilter.cue_strength("The city agreed to settle claims of surveillance.") == 0
    assert prefilter.cue_strength("The new tariffs hit imports of steel.") == 0
    assert prefilter.cue_strength("A rocket hit the market in Idlib.") == 2
    assert prefilter.cue_strength("Exports registered a fall of 4 percent.") == 0
    assert prefilter.cue_strength("A blast tore through the market.") == 2
    assert prefilter.cue_strength("The show is full of hits from his last concert.") == 0

def test_density_of_strong_cues_only(monkeypatch):
    """With PREFILTER_DENSITY_STRONG, weak cues beside a context word are kept but make
    no article dense, so a politics piece keeps no neighbours (sentences written after
    news reports)."""
    from frontlines import settings

    text = ("The minister said the government had lost a valuable ally in Brussels. "
            "He added that more measures could have been taken by the government. "
            "The budget passed on Tuesday. Critics said the bank remained a problem. "
            "The opposition agreed the government had to act on the bank.")
    sents = prefilter.sentences(text)
    hits, strong = prefilter._cue_hits(text, sents)
    assert len(hits) >= 2 and strong == 0
    monkeypatch.setattr(settings, "PREFILTER_DENSITY_STRONG", False)
    assert "The budget passed" in prefilter.mask(text)
    monkeypatch.setattr(settings, "PREFILTER_DENSITY_STRONG", True)
    assert "The budget passed" not in prefilter.mask(text)

def test_context_reach_of_a_weak_cue(monkeypatch):
    """A [context] word makes a weak trigger count within PREFILTER_CONTEXT_REACH
    sentences either side (1 by default; 0: the same sentence only)."""
    from frontlines import settings

    text = "The police closed the road on Monday. Divers found the car near the river."
    assert prefilter.mask(text) == text
    monkeypatch.setattr(settings, "PREFILTER_CONTEXT_REACH", 0)
    assert prefilter.mask(text).strip() == ""
    assert prefilter.mask("Divers and police found the car near the river.").strip() != ""


def test_mask_keeps_offsets_and_cue_sentences():
    text = AFP.read_text(encoding="utf-8")
    masked = prefilter.mask(text, window=0)
    assert len(masked) == len(text)
    assert masked.count("\n") == text.count("\n")
    start = text.index("Iraqi government forces on Friday retook")
    end = text.index(".", start) + 1
    assert masked[start:end] == text[start:end]
    assert 0 < len(masked.split()) < len(text.split())


def test_afp_records_same_with_and_without_prefilter():
    articles = [a for a in read_path(str(AFP)) if isinstance(a, Article)]
    full = [e.to_dict() for r in extract_records(articles, prefilter=False) for e in r.events]
    fast = [e.to_dict() for r in extract_records(articles) for e in r.events]
    assert len(full) == 8
    assert fast == full


@pytest.mark.data
@pytest.mark.skipif(not (GWN / "GWN.xml").exists(), reason="needs ../shared/data")
def test_general_news_without_cue_costs_nothing_and_loses_nothing():
    from frontlines.interfaces.evaluate.geo import load_gold

    texts = [t for t, _ in load_gold(GWN)]
    blank = [t for t in texts if not prefilter.mask(t).strip()]
    assert len(blank) >= 20  # many general-news articles hold no conflict cue at all
    articles = [Article(id=f"gwn-{n}", text=t) for n, t in enumerate(blank[:8])]
    full = [e for r in process_articles(articles, prefilter=False) for e in r.events]
    docs = [r.doc for r in process_articles(articles)]
    assert full == []
    assert all(len([t for t in d if not t.is_space]) == 0 for d in docs)


def test_sentences_do_not_end_at_initials_or_abbreviations():
    text = ("On Nov. 6, Gen. Aoun spoke. A week ago, minister D. M. Dassanayake was killed "
            "in a roadside bombing near Colombo. Rain is due.")
    sents = [text[s:e] for s, e in prefilter.sentences(text)]
    assert sents == ["On Nov. 6, Gen. Aoun spoke.",
                     "A week ago, minister D. M. Dassanayake was killed in a roadside bombing "
                     "near Colombo.", "Rain is due."]
    # the date stays next to the event it dates
    masked = prefilter.mask(text, window=0)
    assert "A week ago" in masked and "Aoun" not in masked


def test_window_depends_on_how_dense_the_article_is_with_cues():
    """General news with one passing cue keeps only that sentence; a conflict report,
    dense with cues, keeps the neighbours that hold an incident's context."""
    sport = ("The club confirmed on Tuesday that its new manager will take charge before the "
             "summer tour of Asia. The board had interviewed four candidates over the past "
             "month. Supporters had called for a younger coach after a disappointing season "
             "in which the team finished ninth. The new manager, who led a second-division "
             "side to promotion last year, said he wanted the team to play with more energy "
             "and ambition. He said two fans had been attacked by rival supporters after "
             "the cup final in April. Ticket sales for the "
             "opening home game have already passed thirty thousand. The chairman said the "
             "stadium roof would be repaired during the break. Training resumes on the "
             "first Monday of July, and the first friendly is set for the middle of the "
             "month against a local amateur team.")
    cue = "He said two fans had been attacked by rival supporters"
    assert prefilter.article_window(sport, 1) == 0
    masked = prefilter.mask(sport)
    assert cue in masked
    assert "new manager, who led" not in masked and "Ticket sales" not in masked
    report = ("Two civilians were killed on Sunday when shells hit a market in the town, "
              "a local monitor said. The group blamed government forces. Residents said the "
              "bombardment lasted an hour.")
    assert prefilter.article_window(report, 2) == 1
    assert prefilter.mask(report) == report


BASEBALL = ("The home side began the weekend with a comfortable win on Friday night. "
            "Their starting pitcher kept the visitors quiet for seven innings and walked "
            "only one batter. The crowd of almost forty thousand stayed until the final out. "
            "On Saturday the rain held off until the late innings, and the bullpen closed "
            "the game without trouble. The manager said before Sunday's game that his "
            "lineup would stay the same. It was a three-run blast in the eighth "
            "that settled the series for the hosts, and the slugger tossed his bat high "
            "into the air as he watched it land. The team now travels west for a long "
            "road trip. Their next home game is in ten days, against the division "
            "leaders. Tickets for that game are nearly sold out, the club said.")


def test_a_long_article_parsed_down_to_one_sentence_is_no_brief():
    """The sparse window keeps only the cue sentence of a long report; the pipeline
    still counts the blanked sentences, so the report is not taken for a wire brief
    (where an incident needs no actor, toll or place of its own)."""
    masked = prefilter.mask(BASEBALL)
    assert "three-run blast" in masked and "Tickets" not in masked
    article = Article(id="baseball", text=BASEBALL, published=None)
    result = next(process_articles([article]))
    assert any("blast" in s and "of its own" in s for s in result.skipped)
    assert result.events == []


# A conflict report (paraphrased from a wire story) and a city news item with passing
# cues, so that one batch holds a dense and a sparse article.
CONFLICT = ("Government troops retook the town of Rawa from Islamic State militants on "
            "Friday, the army said. The town was the group's last stronghold in Iraq. "
            "Two soldiers were killed and five wounded in the assault, a military officer "
            "told reporters. Air strikes by the US-led coalition had hit positions around "
            "the town for days before the ground attack. Residents who fled said the "
            "militants had blown up a bridge over the Euphrates.")
CITY = ("The city council approved the new budget on Tuesday after a long debate. "
        "Police said a man was arrested after a fight outside a bar in the old town. "
        "The library will open on Sundays from next month, the mayor said.")


def test_batched_parse_gives_the_records_of_one_article_at_a_time():
    """Articles are parsed in batches bounded by words (pipeline.parse_batches), the
    prefilter's blanks tokenized as single tokens: the records are those of each
    article parsed alone, with the prefilter and without."""
    from datetime import date

    from frontlines.extraction.pipeline import parse_batches

    texts = [CONFLICT, CITY, BASEBALL, CONFLICT.replace("Rawa", "Anah")]
    articles = [Article(id=f"a{k}", text=t, published=date(2017, 11, 17))
                for k, t in enumerate(texts)]
    pairs = list(zip(texts, articles, strict=True))
    assert [len(b) for b in parse_batches(pairs)] == [4]  # one batch: few words to parse
    assert [len(b) for b in parse_batches(pairs, max_words=100)] == [1, 1, 1, 1]
    for prefilter_on in (True, False):
        together = [e.to_dict() for r in process_articles(articles, prefilter=prefilter_on)
                    for e in r.events]
        alone = [e.to_dict() for a in articles
                 for r in process_articles([a], batch_size=1, prefilter=prefilter_on)
                 for e in r.events]
        assert together == alone
        # the two reports give their incidents (the retaking, the clash); the city and
        # sports news none
        assert {e["article_id"] for e in together} == {"a0", "a3"}
        # (the bridge blown up "over the Euphrates" is on the river, in the story's Iraq)
        assert {e["location"] for e in together} == {"Rawah", "'Anah", "Euphrates"}
        assert {e["country"] for e in together} == {"Iraq"}
    records = [e.to_dict() for r in extract_records(articles) for e in r.events]
    assert records == together


def test_blank_runs_tokenize_as_before():
    """The pipeline's tokenizer takes a run of blanks whole without its affix rules:
    the tokens of a prefiltered text are those of spaCy's own tokenizer."""
    from spacy.tokenizer import Tokenizer

    from frontlines.extraction.nlp import get_nlp

    tok = get_nlp().tokenizer
    plain = Tokenizer(tok.vocab, rules=tok.rules, prefix_search=tok.prefix_search,
                      suffix_search=tok.suffix_search, infix_finditer=tok.infix_finditer,
                      url_match=tok.url_match)
    masked = prefilter.mask("Mr. Smith didn't say. " + BASEBALL + " " + CITY)
    assert "   " in masked and "three-run blast" in masked
    ours = [(t.idx, t.text, t.whitespace_) for t in tok(masked)]
    assert ours == [(t.idx, t.text, t.whitespace_) for t in plain(masked)]
    assert any(t.isspace() and len(t) > 50 for _, t, _ in ours)


def test_needed_neighbours_keep_what_an_event_takes_from_beyond_its_sentence(monkeypatch):
    """With PREFILTER_NEIGHBOURS = "needed", a dense report keeps its lede, a neighbour
    naming a time or a conflict word, and the sentence a "They ..." points back to; a
    neighbour with none of these is blanked. Offsets stay those of the original."""
    from frontlines import settings

    report = ("Aleppo, Syria. The old market reopened in 2016 after repairs. "
              "Two civilians were killed on Sunday when shells hit the market, a monitor "
              "said. The stalls sell spices and soap. Residents carried the wounded to a "
              "clinic. They blamed the shelling on the army, which denied it. "
              "The clinic has six beds and a pharmacy. A second shell hit a bakery "
              "in the afternoon and killed a baker. The bakery stands near Bab Antakya. "
              "It sells bread. A mortar round then struck a school.")
    # the default: the whole window around each cue (the lede is two sentences away)
    lede_end = report.index(" The old")
    assert prefilter.mask(report)[lede_end:] == report[lede_end:]
    monkeypatch.setattr(settings, "PREFILTER_NEIGHBOURS", "needed")
    masked = prefilter.mask(report)
    assert len(masked) == len(report)
    kept = [report[s:e] for s, e in prefilter.sentences(report)
            if masked[s:e] == report[s:e]]
    assert "Aleppo, Syria." in kept  # the lede: the story's place
    assert "The old market reopened in 2016 after repairs." in kept  # a time
    assert "Residents carried the wounded to a clinic." in kept  # "They" points back
    assert "The stalls sell spices and soap." not in kept
    assert "The clinic has six beds and a pharmacy." not in kept
    assert "The bakery stands near Bab Antakya." in kept  # a place
    assert "It sells bread." not in kept
    start = report.index("Two civilians")
    assert masked[start:start + 40] == report[start:start + 40]


def test_needed_neighbours_keep_evidence_offsets_in_the_original_text(monkeypatch):
    from frontlines import settings

    monkeypatch.setattr(settings, "PREFILTER_NEIGHBOURS", "needed")
    articles = [a for a in read_path(str(AFP)) if isinstance(a, Article)]
    text = articles[0].text
    events = [e.to_dict() for r in extract_records(articles) for e in r.events]
    assert len(events) == 8
    for ev in events:
        for quote in ev["evidence"]:
            assert text[quote["start"]:quote["end"]] == quote["sentence"]


def test_attribute_ruler_and_lemmatizer_by_token_kind_set_spacy_s_attributes():
    """The pipeline's attribute ruler and lemmatizer decide once per kind of token
    (extraction/attributes.py): every token's tag, part of speech, morphology and lemma
    are those of the model's own components, the ruler's two-token rules ("gon na",
    "There are") and a blanked stretch included."""
    import spacy

    from frontlines.extraction.attributes import KindLemmas, KindMatcher
    from frontlines.extraction.nlp import MODEL, get_nlp

    texts = [
        "Gunmen attacked a checkpoint near Rawa on Friday, killing two soldiers; "
        "the attackers fled and police are gonna search the villages.",
        "There are reports that militants ain't leaving: they were seen regrouping "
        "in the hills, and residents said the bombing had destroyed three houses.",
        prefilter.mask("Mr. Smith didn't say. " + BASEBALL + " " + CITY),
    ]
    nlp = get_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler").match, KindMatcher)
    assert isinstance(nlp.get_pipe("lemmatizer").pipe, KindLemmas)
    plain = spacy.load(MODEL, exclude=["ner"])

    def attrs(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]

    ours = [attrs(d) for d in nlp.pipe(texts)]
    theirs = [attrs(d) for d in plain.pipe(texts)]
    assert ours == theirs
    lemmas = {t[0]: t[4] for doc in ours for t in doc}
    assert lemmas["attacked"] == "attack" and lemmas["gon"] == "go" and lemmas["were"] == "be"


def test_sparse_article_keeps_the_dated_sentence_a_pointing_back_cue_goes_on_from():
    """Guardian dev, paraphrased: a feature on a family's new life tells, in passing, a
    story of the war's start ("... in 2011 ... . They were arrested and tortured"); with
    only its cue sentences parsed, the arrest lost the story's year and took the
    publication day. The sentence before is kept when it names a year or a
    month and the cue sentence opens by pointing back; not otherwise."""
    filler = ("The family now runs a small bakery on the main street of the town, and the "
              "bread sells out before noon on most days of the week. ")
    story = "Her father left his village in the south in 2011 with his two brothers. "
    cue = "They were arrested and tortured by the security police. "
    text = filler * 8 + story + cue + filler * 8
    assert prefilter.article_window(text, 1) == 0
    masked = prefilter.mask(text)
    assert cue.strip() in masked and story.strip() in masked
    undated = text.replace(" in 2011", "")
    assert "left his village" not in prefilter.mask(undated)
    plain = text.replace("They were", "Two boys were")
    assert "left his village" not in prefilter.mask(plain)


def test_an_article_with_nothing_left_to_parse_skips_the_parse() -> None:
    """A general-news article with no conflict cue is blanked whole: it gets no record and
    no spaCy pass, and the articles around it keep theirs, in order (sentences written
    after local and wire news)."""
    from datetime import date

    quiet = Article(id="council", published=date(2020, 1, 1), text=(
        "The city council approved a new budget for its parks on Tuesday. Tickets for "
        "the autumn concert series sold out within an hour."))
    raid = Article(id="kirkuk", published=date(2020, 1, 1), text=(
        "Gunmen killed three soldiers at a checkpoint in Kirkuk on Monday, police said."))
    results = list(process_articles([quiet, raid, quiet]))
    assert [(r.article.id, len(r.events)) for r in results] == [
        ("council", 0), ("kirkuk", 1), ("council", 0)]
    assert not results[0].doc.has_annotation("DEP") and results[1].doc.has_annotation("DEP")
    assert [s.text.isspace() for s in results[0].doc.sents] == [True]
