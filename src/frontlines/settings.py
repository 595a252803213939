"""Thresholds and weights: every tunable number of the event path in one place.

Each value says why it is what it is. Knowledge (word lists, actors, places) is
in the data files under ``data/``; this module holds only numbers. The CASE and
GeoWebNews figures in docs/evaluation.md were measured with these values: change
one, re-measure.
"""

from __future__ import annotations

from datetime import timedelta

# ------------------------------------------------------------- event mentions
# Score of a lexicon entry that gives none: between a generic verb ("attacked",
# 0.5-0.6) and an unambiguous event noun ("airstrike", 1.0).
TRIGGER_DEFAULT_SCORE = 0.8
# "drove the ISIL terrorists out" (verb and particle apart) is as sure as the
# lexicon's own "drove out" entry.
EXPEL_SPLIT_SCORE = 0.85
# A generic trigger ("killed", "attacked") typed by a weapon word in its sentence
# is as sure as an explicit event noun of the same lexicon band.
WEAPON_TYPED_SCORE = 0.85
# Weapons seized or found are as sure a disrupted weapons use as "weapons cache".
WEAPONS_SEIZED_SCORE = 1.0
# "destroyed four army vehicles": part of a battle the report names in its own
# words, if any; weaker than the battle's own trigger.
DESTROYED_IN_BATTLE_SCORE = 0.5
# A place taken after the other side withdrew: as sure as "without a fight".
TAKEN_AFTER_WITHDRAWAL_SCORE = 0.95
# A context override (car bomb + "suicide" -> Suicide bomb) is a second cue
# agreeing with the first: a little more sure.
OVERRIDE_BONUS = 0.15
# Negated and hypothetical mentions are not coded; their lower score only ranks
# them below real ones where drafts compete (merging, the document classifier).
NEGATED_PENALTY = 0.4
HYPOTHETICAL_PENALTY = 0.25
# Score a framed mention loses (events/frames.py): a circumstance ("after a dawn
# offensive") is often the very event a short report is about, so nothing; a
# purpose ("an operation to retake") or a situation ("is under attack") is less
# often an incident; a participial description of an actor ("the coalition
# fighting IS said") almost never.
FRAME_PENALTY = {"circumstance": 0.0, "purpose": 0.1, "situation": 0.2, "description": 0.35,
                 "comment": 0.0, "modifier": 0.0, "campaign": 0.0,
                 "kinds": 0.0, "motive": 0.0, "scene": 0.0, "history": 0.0,
                 "epithet": 0.0}
# A circumstance beside a main incident ("people fled because of Boko Haram
# attacks"): the clause's own event leads the sentence.
CIRCUMSTANCE_PENALTY = 0.3
# Lexicon score from which an earlier trigger counts as an antecedent (generic
# "operation", 0.5, does not).
ANTECEDENT_MIN_SCORE = 0.6
# A generic word ("terrorists", "the rebels") points back to a group named in its own
# sentence or the two before it; further back only to a group the report names twice or
# more (a round-up of incidents in several towns moves on from the group of one item).
ANTECEDENT_SENTENCES = 3
# Words after a bomb noun that may say it was dropped from the air ("bombs dropped from a
# helicopter"; the parse often hangs "dropped" on another clause).
BOMB_DROPPED_WINDOW = 5
# How many previous sentences an anaphoric event noun's antecedent may be in.
ANAPHORA_SENTS = 3

# ------------------------------------------------------- casualties and actors
# No single incident in news has a toll above this: "up to half a million Syrians
# have died" is the war's toll (the largest of 1,000 random UCDP GED events has 3,000).
MAX_INCIDENT_TOLL = 10_000
# Text in capitals (a headline, a shouted quote) when more than this share of its
# words of three letters or more is upper-case: acronyms cannot be trusted there.
SHOUTING_SHARE = 0.6

# ---------------------------------------------------------- per-article events
# An explicitly dated event older than this before publication is background
# ("had retaken it last month"): news reports the last day or two, and "on
# Tuesday" in a Friday story is still news of the week.
BACKGROUND_WINDOW = timedelta(days=3)
# A time expression in the trigger's own clause (or one above it) wins over a nearer one
# in a sibling clause about another incident (extraction/time.py, in tokens).
OWN_CLAUSE_DATE_BONUS = 50
# How many sentences after a retold story's dated sentence an undated one going on with
# the same people keeps its date (extraction/pipeline.py _story_when).
STORY_DATE_SENTENCES = 2
# A timeline box: sentences headed by a date more than this many days before
# publication, each at most TIMELINE_GAP sentences from the next (an entry runs to a
# few sentences), with at least TIMELINE_DATES different dates ("March 15 2011 ...,
# July 2011 ..., March 1 2012 ..."); the last entry runs TIMELINE_TAIL sentences on.
TIMELINE_AGE_DAYS = 7
# A sentence's reporting clause dated this many days or more before publication ("on
# March 22 media reported that ...") dates the incident it reports that has no date of
# its own; a "said on Tuesday" of the last days is the report's, not the incident's.
REPORTED_DATE_AGE_DAYS = 4
# "recently" gives neither the day nor the week: the month of a day this many days
# before publication, at ACLED's month precision 3 (extraction/time.py)
RECENTLY_DAYS = 10
TIMELINE_GAP = 5
TIMELINE_DATES = 3
TIMELINE_TAIL = 2
# Two mentions of one article are one incident when their places are within this
# distance: the width of a town and its outskirts, as in ACLED's "near" places.
SAME_PLACE_KM = 25.0
# Two towns closer than this may be one town's districts (a neighbourhood read as a
# place of its own); farther apart they are two of ACLED's locations, even within
# SAME_PLACE_KM (one_incident._elsewhere: a part told at a town of its own).
TOWN_APART_KM = 5.0
# A named region (a valley, "Eastern Ghouta", a desert) holds a town only within this
# distance of its point: an incident in Eastern Ghouta is not one near al-Bab, 300 km off.
REGION_KM = 100.0
# Two mentions' dates may differ this much when either is not exact (a weekday
# read two ways, "this week"); exact dates must agree.
MENTION_DATE_SLACK_DAYS = 2
# a record dated to the week (time precision 2) holds the days this far from its date
WEEK_DAYS = 6
# Confidence of a per-article event: the trigger's score weighs most; a place, a
# named actor1, an explicit date and a second mention each add what their
# absence would cost a reader; capped below 1 because rules err.
CONFIDENCE_WEIGHTS = {"score": 0.4, "place": 0.2, "actor1": 0.15, "date": 0.1,
                      "several_mentions": 0.1, "base": 0.05}
CONFIDENCE_CAP = 0.95

# --------------------------------------------------------------- consolidation
# Date tolerance in days by time_precision (1 day, 2 a few days / a known week,
# 3 month); a week-precision date sits mid-week, so +-4 days spans the week.
DATE_TOLERANCE_DAYS = {1: 1, 2: 4, 3: 31}
# Distance tolerance in km by geo_precision (3 = same admin1, no distance): a
# place itself within a town's reach, "near" it within the outskirts' reach.
DISTANCE_KM = {1: 10.0, 2: 25.0}
# A named actor in common is evidence of one incident only within this many days:
# the sides of a war meet in the same town every week ("Isis in Raqqa"), so beyond
# a day the shared actor says little that place and type did not already say.
SHARED_ACTOR_MAX_DAYS = 1

# ------------------------------------------------------------- places (issue 14)
# The story's geography (extraction/places/resolve.py) and relative locations.
# "X, north of Y", "X near Y", "X, 15 km from Y": X lies within this of Y (wire
# reports say "north of Baghdad" for places up to a province away).
RELATIVE_KM = 150.0
INSIDE_KM = 60.0  # "X in Y" with Y a town: X is a part or a suburb of it
# The story's geography: a country with at least this share of the strongest
# country's clues is one the story is about; spelling variants and consonant-skeleton
# matches are admitted only there ("Moshahda" is not Mashhad in a story about Iraq).
STORY_SHARE = 0.5
# A town abroad (in a country the story never names) smaller than this needs its
# country or province named next to it: al-Maleh near Aleppo is not Malé (Maldives).
FOREIGN_TOWN_POP = 1_000_000
FRONT_TOWN_POP = 10_000  # "the Palmyra Front": a front line is named after a town this big
# ... except a country's capital this big: a story abroad names it for its government
# ("the Trinidad and Tobago mission in Washington"); small capitals stay out (Malé,
# 100 k, is not "al-Maleh" north of Aleppo).
CAPITAL_POP = 300_000
# A province abroad needs the same only when it is this small (Malé, Maldives, for
# al-Maleh): a canton or state named alone is mostly meant ("Geneva").
FOREIGN_PROVINCE_POP = 100_000
# ... but only in a story whose geography is clear: its main country has clues
# worth this much (a country named twice; a country and two of its towns).
STORY_MIN_CLUES = 2.0
HAMLET_POP = 5_000  # ... and a hamlet abroad needs it wherever it lies
# A city this big whose main name is the text's, every such reading in one country, votes
# for that country although alternate names of towns abroad match too ("Islamabad").
MAIN_NAME_CITY_POP = 100_000
FAR_KM = 800.0  # a small town this far from all the story's clear names is elsewhere
# A short text (a one-sentence report, a brief: at most this many tokens) has no
# story geography beyond its own clues (a country, a demonym, an armed group's home):
# there any clue counts, and a reading abroad (in a country none of them points to)
# is admitted only when it is a well-known town (at least SHORT_FOREIGN_POP, its main
# name) and the name has no reading in a country the text points to ("NATO-led and
# Afghan troops ... Bakwa" is Bakwa, Afghanistan, not the Congolese town).
SHORT_TEXT_TOKENS = 90
SHORT_FOREIGN_POP = 20_000
# ... and where the text names a place in, or an armed group from, another country
# (the story's country comes from its actors and places), a town or province abroad
# needs this many people or its country named next to it: "ISIS stormed the Syrian Arab
# Army's defences at Al-Rashidiyah" is no suburb of Dubai (38 k), "near the town of
# Ma'an" in the Hama countryside no town of Jordan (50 k).
SHORT_NAMED_ABROAD_POP = 300_000
# A firm clue: a country or province named, or an armed group's home (a town's own
# name, 0.3, is none: "a Black Hawk shot down in Tikrit" keeps Tikrit).
FIRM_CLUE = 0.5
# What a named armed group adds to its home country's clues ("the SDF liberated the Teba
# neighbourhood": Syria); a country that has only this is a group's home, not a place named.
GROUP_CLUE = 0.5
# A name a short text with clues elsewhere calls a village is no town abroad this big.
VILLAGE_MAX_POP = 100_000
# A province its sentence names as the area of the fighting ("in the northern Hama
# countryside", "the Aleppo Governorate") rules out a village's namesake in another
# province of that country this far (km) from the province's point: the village is one
# the gazetteer lacks, held at the province (resolve._outside_named_province).
PROVINCE_NAMESAKE_KM = 100.0
# An armed group fights at home or across a border, not a continent away: in a short
# text naming one, a town abroad this far from every such group's home country (its
# middle point, so twice FAR_KM) is a namesake ("Abu Sayyaf militants raided Santos").
GROUP_REACH_KM = 1_600.0
# The story's province (extraction/places/locate.story_region): the province at least
# this many of the story's places below its country lie in, and this share of them;
# where a record nothing in its sentence places is put ("ISIL kills 700 from Syrian
# tribe" in a story whose places are all in Deir ez-Zor).
STORY_PROVINCE_MIN = 2
STORY_PROVINCE_SHARE = 2 / 3
# A town smaller than this, alone in its country while another country holds several of the
# story's places, is a namesake unless its province or country is named by it (drop_strays)
STRAY_POP = 5_000
# A record its sentence does not place follows the article's placed incidents when at
# least this many sentences' incidents agree on one other country (pipeline._incident_country).
INCIDENT_COUNTRY_MIN = 1
# A country named as an owner ("a US military base near the al-Omar oilfield") pulls
# the reading of a name at most this many characters after it.
OWNER_REACH = 40
# A part of a country its sentence names ("in eastern Syria") stays the scene in a report
# about other countries when the report names that country at least this share as often
# as the country it names most (an aside on a man's past "operations in eastern Ukraine"
# in a report on Syria: 2 against 22; Syria in a report told from London: 7 against 21).
COUNTRY_PART_SHARE = 0.25
# A country the story's other names never point to loses against a state of the
# story's countries or a town in a province it names ("Georgia" among Hall County
# towns, "Lebanon" with Boone County, Indiana).
OUTSIDE_STORY = 0.8
# A name whose biggest reading is this many times bigger than any reading in
# another country is clear enough to vote for its country ("Baghdad").
CLEAR_RATIO = 20
# Federal countries whose towns need their state named, not only the country, to win
# over a namesake abroad (extraction/places/resolve._unstated_states).
STATE_COUNTRIES = frozenset({"US", "CA", "AU"})
STATE_CITY_POP = 1_000_000  # a city this big acting in a sentence is its government
# A one-word place name quoted this often as a speaker ("said Saratova") is a person.
SPEAKER_QUOTES = 2

# A report of at most this many sentences is a brief (a wire lede): it is about its
# event, so the enough-to-code check for the commentary of long articles is skipped.
BRIEF_SENTENCES = 3
# The incident check (extraction/incident_model.py) sets a record aside below this
# probability. Chosen on the cross-validation (`frontlines eval incidents`, which prints
# 0.1-0.3): at 0.15 a third of the Guardian records judged commentary, statements or
# plans go while 5% of the real ones do (FA-KES wire reports: 4 of 362 real records);
# from 0.15 to 0.2 each real record lost buys only about three non-incidents.
INCIDENT_MIN_PROBABILITY = 0.15

# Commentary by genre (extraction/genre.py). A letter cites the article it answers
# within its first this many characters.
LETTER_OPENING_CHARS = 600
# An opinion column: at least this many pronouns of the writer's own voice per 1,000
# words outside quotations, fewer than this many words of attribution ("said") per
# 1,000 words, in an article of at least this many words. Dev (Guardian 91-93,
# FA-KES 71/72/81/82/91/92): every column and editorial read so far is above the first
# and below the second; no wire report is.
OPINION_VOICE_PER_1000 = 3.0
OPINION_TOLD_PER_1000 = 2.0
OPINION_MIN_WORDS = 150
# A column states the news it hangs on in its lede: this many sentences.
OPINION_LEDE_SENTENCES = 3

# ------------------------------------------------- bounds on input and work
# (docs/reliability.md: any input of N characters costs time and memory linear in N)
# A .txt/.html/.csv file or standard input: at most this many bytes are read, counted
# on what is read (devices, FIFOs and pipes report size 0).
MAX_FILE_BYTES = 20_000_000
# One JSONL line (one article, HTML included): a longer line is skipped, not the file.
MAX_LINE_BYTES = 20_000_000
# One article's text: spaCy refuses more than 1,000,000 characters (E088) and its
# parsing memory grows with the text, so a longer article is skipped with an error.
MAX_ARTICLE_CHARS = 1_000_000
# Skipping an over-long line stops, and the file with it, after this much: an
# endless stream without a newline (/dev/zero behind a .jsonl name) is no input.
MAX_SKIP_BYTES = 200_000_000
# A run of tokens with no sentence-final mark is cut into sentences of this length
# before the parser; real news sentences stay far below (Guardian sample: ~150).
MAX_SENTENCE_TOKENS = 250
# A number is read from at most this many tokens on each side of a digit
# ("two hundred and forty-five thousand") and at most this many digits (no toll
# has more, and int() of thousands of digits is refused by Python).
MAX_NUMBER_TOKENS = 12
MAX_NUMBER_DIGITS = 15
# A bracketed aside between a figure and its casualty verb ("15 people [police say only
# 10] were killed") is skipped when it closes within this many tokens.
MAX_ASIDE_TOKENS = 12
# Place-like names (names recognition missed, in a place frame) per sentence.
MAX_PLACE_LIKE = 50
# A second writer waits this long for the first one's short transaction, then fails.
STORE_BUSY_TIMEOUT_S = 60.0
# An article longer than this is parsed in pieces cut at a line break (else a space)
# and the pieces joined into one Doc: spaCy's memory grows by ~10 KB per token of a
# single Doc, so a 1,000,000-character article parsed whole needs gigabytes. News
# articles are far shorter (Guardian sample: at most ~40,000 characters) and are
# parsed whole, as before.
PARSE_PIECE_CHARS = 100_000
# Articles are parsed in batches of up to this many words to parse (the prefilter's
# blanks do not count), and at most PARSE_BATCH_ARTICLES articles. spaCy pays a set-up
# per batch and component: general news, mostly blanked, then parses 10-30 articles a
# batch (GeoWebNews: the parse a quarter faster than 4 a batch, same parses), while long
# conflict reports stay about 4 a batch, as before (the memory of a batch grows with
# its words).
PARSE_BATCH_WORDS = 3_000
PARSE_BATCH_ARTICLES = 32
# The attribute ruler decides its one-token rules once per kind of token (lower form,
# tag, dependency, space; extraction/attributes.py) and remembers up to this many kinds
# (a few MB), then starts again: the 852 GeoWebNews, Guardian and FA-KES dev articles
# hold about 58,000 kinds in 500,000 tokens.
ATTRIBUTE_KINDS_CACHED = 200_000

# ------------------------------------------------------------ relevance prefilter
# Sentences kept on each side of a sentence with a conflict cue (extraction/prefilter.py):
# the event stage reads context cues ("suicide", "tear gas") and the reporting source
# in the neighbouring sentences, and a withdrawal looks at the next one for who took
# over. With 0, GeoWebNews keeps about a quarter of its words instead of 43 % but
# real incidents of the Guardian set are lost (docs/benchmarks.md).
PREFILTER_WINDOW = 1
# ... but only in articles with at least this many cue sentences per 1,000 words. In
# general news a cue is mostly a passing word ("an attacking midfielder"), scattered
# thinly; conflict reports are dense with them (Guardian: 10th percentile 6.8 per 1,000
# words, GeoWebNews: median 5). Sparser articles keep only their cue sentences
# (PREFILTER_SPARSE_WINDOW): GeoWebNews then keeps about a third of its words instead of
# 43 %, the Guardian set 74 % instead of 76 % (docs/benchmarks.md).
PREFILTER_DENSE_CUES_PER_1000 = 10.0
# Whether that density counts only the sentences with a cue on their own (a weak
# trigger beside a [context] word is kept, but makes no article dense: a politics
# column full of "agreed", "lost", "taken" beside "government" is no conflict report).
# On, GeoWebNews keeps 8 % fewer words, but the place or actor of eight records of
# CASE and the Guardian set changes (two real ones made worse), so it is an option
# (docs/benchmarks.md, "Round 12 (session 8)").
PREFILTER_DENSITY_STRONG = False
PREFILTER_SPARSE_WINDOW = 0
# Which neighbours of a cue sentence a dense article keeps: "all" within the window, or
# "needed", only those naming a time or a conflict word, the sentence before one that
# opens by pointing back ("They"), and the lede (prefilter.needed_neighbour). "needed"
# parses fewer words but changes records (docs/benchmarks.md), so it is an option
# (`extract --prefilter-neighbours needed`), not the default.
PREFILTER_NEIGHBOURS = "all"
# Sentences either side in which a [context] word ("police", "army") makes a weak
# trigger ("found", "took") count; another (strong) cue counts within one sentence
# either side whatever this is. 0 (the same sentence only) parses 8 % fewer words of
# general news but changes four Guardian records (a place made coarser, evidence
# lists), so it stays 1 (docs/benchmarks.md, "Round 11 (session 7)").
PREFILTER_CONTEXT_REACH = 1
# Whether the [other_senses] of data/prefilter_cues.txt apply ("struck a deal" is no
# strike). Off: on main at 5c8ad36 they lost three event_location records the full
# pipeline emits, in sentences held out from reading (docs/benchmarks.md).
PREFILTER_OTHER_SENSES = True
