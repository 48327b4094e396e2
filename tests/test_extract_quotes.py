"""Extraction, eighth pass: quotes and their speakers in news that is not war (a verdict, a
protest, a budget fight, a strike, a tower block evacuated, an interview). One test a class of
misreading, each asserting what the reviewer gets."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dateline.db.extract.drafts import extract
from dateline.db.extract.run import extract_file
from dateline.db.extract.text import Article

ARTICLES = Path(__file__).parent / "data" / "articles"
PUBLISHED = datetime(2024, 12, 3, 12, tzinfo=ZoneInfo("UTC"))


def drafts(name: str, published: str, tz: str) -> list[dict]:
    return extract_file(ARTICLES / name, published, tz).records()


def of(*paragraphs: str) -> list[dict]:
    return extract(Article(paragraphs=list(paragraphs)), PUBLISHED, "UTC").records()


def quotes(ds: list[dict]) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's text: (speaker, role), or (None, the note) when no one is named."""
    return {q["text"]: (q["speaker"], q["role"] if q["speaker"] else q.get("note")) for d in ds for q in d["quotes"]}


def court() -> list[dict]:
    return drafts("court-verdict-fraud.txt", "2024-12-03T17:00:00+01:00", "Europe/Paris")


def test_british_single_quotes_are_quotes_and_their_dates_the_speakers():
    """An article that quotes in single marks ('We had 20 minutes to pack,' said…) had no quote
    at all, and "'But I would rather move people tonight" was a planned draft. Each is a quote
    with its speaker; an apostrophe ("the kids' school bags", "tenants' association") ends none."""
    ds = drafts("guardian-single-quotes.txt", "2024-12-06T08:00:00+00:00", "Europe/London")
    said = quotes(ds)
    assert said["We had 20 minutes to pack"] == ("Amira Hassan", None)
    assert said["I took the kids' school bags and my medication. Everything else is still up there."][0] == (
        "Amira Hassan"
    )
    assert said["Nobody knocked on a door, nobody sent a letter"] == (
        "Peter Doyle",
        "chair of the Carlton House tenants' association",
    )
    assert said["This is the third block in the city in two years"] == ("Lucy Powell", "local MP")
    assert len(said) == 11
    assert not any("tonight" in d["title"] for d in ds)
    assert [d["date_text"] for d in ds] == ["on Thursday night", "in 1968", "in May", "Monday"]


def test_a_pronoun_is_who_was_named_before_the_pronoun_not_before_the_quote():
    """ "She added that Delorme had repaid part of the money… and that the sentence was "out of
    all proportion"" was Delorme's: "she" was read at the quote, after Delorme's name."""
    assert quotes(court())["out of all proportion."] == ("Sophie Maret", "Defence lawyer")
    ds = of(
        'Judge Ann Cole read the verdict on Monday. She said that Tom Reed had shown "no remorse at all".',
    )
    assert quotes(ds)["no remorse at all"] == ("Ann Cole", "Judge")


def test_a_title_in_small_letters_before_a_name_is_the_role():
    """ "Prosecutor Henri Castel" was a person of that name with no role; "Defence lawyer Sophie
    Maret" and "Conservative finance critic Paul Serre" lost their roles, and "Union president
    Cecily Myart-Cruz" made an actor "Union"."""
    said = quotes(court())
    assert said["a clear message"] == ("Henri Castel", "Prosecutor")
    assert said["The court finds that the defendant acted knowingly, repeatedly and for his own enrichment"] == (
        "Claire Vasseur",
        "Judge",
    )
    politics = drafts("politics-split-quotes.txt", "2024-11-27T18:00:00-05:00", "America/Toronto")
    assert quotes(politics)["a gimmick dressed up as a policy"] == ("Paul Serre", "Conservative finance critic")
    strike = drafts("ap-teachers-strike.txt", "2024-12-02T16:00:00-08:00", "America/Los_Angeles")
    (union,) = [d for d in strike if "Myart-Cruz" in d["title"]]
    assert union["actors"] == ["Cecily Myart-Cruz"]
    assert union["quotes"][0]["role"] == "Union president"


def test_a_role_between_commas_beside_a_name_is_kept_for_the_quotes_after():
    """ "The government's spokesman, Pablo Lorente, said…" then "…," Lorente said; "Antonio Ruiz,
    67, a retired bus driver from Getafe." then "…," said Ruiz: the role was lost. After an age
    the role was cut at 40 letters ("a third-grade teacher at Hoover Street Elem") and kept what
    the person did ("hospital auditor who first raised the")."""
    protest = quotes(drafts("protest-pensions.txt", "2024-11-30T20:00:00+01:00", "Europe/Madrid"))
    assert protest["We have listened, and we will keep listening"] == ("Pablo Lorente", "government's spokesman")
    assert protest["My grandchildren will not have a pension at all at this rate."] == (
        "Antonio Ruiz",
        "a retired bus driver from Getafe",
    )
    assert quotes(court())["At first I thought it was a clerical error."] == ("Julien Roche", "hospital auditor")
    strike = quotes(drafts("ap-teachers-strike.txt", "2024-12-02T16:00:00-08:00", "America/Los_Angeles"))
    assert strike["But we have 38 kids in a room and no nurse three days a week."] == (
        "Maria Lopez",
        "a third-grade teacher at Hoover Street Elementary",
    )
    assert strike["My son asked me this morning if he was on vacation"] == ("Derek Holloway", "a warehouse worker")


def test_a_sentence_split_around_its_attribution_is_one_quote():
    """ "We will not," Dunn said, "back down because…" was two quotes, "We will not" and "back
    down because…"; the comma the attribution needs is kept only before a conjunction."""
    said = quotes(drafts("politics-split-quotes.txt", "2024-11-27T18:00:00-05:00", "America/Toronto"))
    (dunn,) = [t for t in said if t.startswith("We will not")]
    assert dunn.startswith("We will not back down because five companies")
    assert said[dunn] == ("Rachel Dunn", "Canadian Finance Minister")
    assert any(t.startswith("The minister has found a villain") for t in said)
    assert (
        quotes(court())[
            "We respect the court, but we believe the evidence was misread from the first day of this trial."
        ][0]
        == "Sophie Maret"
    )
    # two partial quotes with no attribution between them stay two
    assert {"always open", "as long as they come with proposals and not threats."} <= set(said)
    # a date in the second part is still the speaker's, not the report's
    ds = of('"We will not," the mayor said on Monday, "vote on Friday."')
    assert [d["date_text"] for d in ds] == ["on Monday"]


def test_an_unnamed_speakers_next_quote_and_her_pronoun_stay_unnamed():
    """ "…," a police spokesperson said. "The vast majority…" : the second had "speaker not found";
    "A spokesperson for Greater Manchester fire and rescue service said… '…,' she said" went to the
    last person named (the council's Gavin White); "A Department for Levelling Up spokesperson
    said: '…'" had no speaker and no role."""
    protest = quotes(drafts("protest-pensions.txt", "2024-11-30T20:00:00+01:00", "Europe/Madrid"))
    assert protest["The vast majority of the marchers were peaceful."] == (
        None,
        "speaker not named: police spokesperson",
    )
    manchester = quotes(drafts("guardian-single-quotes.txt", "2024-12-06T08:00:00+00:00", "Europe/London"))
    assert manchester["Everyone was out of the building by 11.40pm"] == (
        None,
        "speaker not named: spokesperson for Greater Manchester fire and rescue service",
    )
    assert manchester["We are in close contact with Manchester city council and stand ready to support residents."] == (
        None,
        "speaker not named: Department for Levelling Up spokesperson",
    )
    politics = quotes(drafts("politics-split-quotes.txt", "2024-11-27T18:00:00-05:00", "America/Toronto"))
    assert politics["We are always counting."] == (None, "speaker not named: official")


def test_a_surname_that_is_also_a_word_is_the_person():
    """ "…," White said after "the council's executive member for housing, Gavin White" gave the
    speaker "White": the word was an organisation's (the White House)."""
    said = quotes(drafts("guardian-single-quotes.txt", "2024-12-06T08:00:00+00:00", "Europe/London"))
    assert said["I know how distressing this is for families, and I am sorry"] == (
        "Gavin White",
        "council's executive member for housing",
    )
    (house,) = of("The White House said on Monday that talks would resume.")
    assert "White House" in house["actors"]


def test_a_speech_verb_in_a_participle_gives_the_sentences_subject():
    """ "Prime Minister Anita Kaur backed her minister…, saying the government had "the votes and
    the will"" had no speaker."""
    said = quotes(drafts("politics-split-quotes.txt", "2024-11-27T18:00:00-05:00", "America/Toronto"))
    assert said["the votes and the will"] == ("Anita Kaur", "Prime Minister")


def test_an_interviews_answers_are_the_interviewees():
    """A Q&A's answers ("A: In Pokrovsk district alone…") were no quotes, and their dates ("I was
    in Brussels on Tuesday") could be the report's. Each is a quote of whom the lead names;
    turns labelled with a name ("CARVALHO: …") are that person's."""
    ds = drafts("interview-qa.txt", "2024-11-29T15:00:00+02:00", "Europe/Kyiv")
    said = quotes(ds)
    answers = [t for t, who in said.items() if who == ("Iryna Vereshchuk", "Deputy Prime Minister")]
    assert len(answers) == 5 and answers[0].startswith("In Pokrovsk district alone, we think about 60,000.")
    assert not any("Q:" in t or t.startswith("How many") for t in said)
    assert not any("Brussels" in d["title"] or d["date_text"] == "on Tuesday" for d in ds)
    labelled = of(
        "Superintendent Alberto Carvalho spoke to the Times on Monday about the strike in Los Angeles.",
        "TIMES: When will schools reopen?",
        "CARVALHO: When the union signs. Not before.",
        "TIMES: Is there a new offer?",
        "CARVALHO: There is the offer we made on Friday.",
    )
    assert quotes(labelled) == {
        "When the union signs. Not before.": ("Alberto Carvalho", "Superintendent"),
        "There is the offer we made on Friday.": ("Alberto Carvalho", "Superintendent"),
    }


def test_a_quote_over_several_paragraphs_keeps_no_mark_of_its_own():
    """AP's quote that runs over three paragraphs (each opens with a mark, only the last closes)
    kept the marks that open the second and third in its text."""
    said = quotes(drafts("ap-teachers-strike.txt", "2024-12-02T16:00:00-08:00", "America/Los_Angeles"))
    (long,) = [t for t in said if t.startswith("I have said to the union")]
    assert long.endswith("made.\n\nBut I cannot sign a contract that bankrupts us by 2027. " + long.split("2027. ")[1])
    assert '"' not in long and long.endswith("for as long as it takes.")
    assert said[long] == ("Alberto Carvalho", "Superintendent")


def test_a_partial_quote_inside_a_sentence_is_not_joined_to_the_next():
    """A split sentence is joined only when its first part opens the sentence: "While earnings
    were a "moderate disappointment," he said, "the real bad news is…"" stays two quotes (WSJ,
    TimeBank wsj_1014)."""
    ds = of(
        'Analyst Joe Doyle spoke on Monday. While the third-quarter earnings were a "moderate disappointment," '
        'he said, "the real bad news is the intensity of price competition."'
    )
    assert set(quotes(ds)) == {"moderate disappointment", "the real bad news is the intensity of price competition."}


def test_a_role_after_the_name_is_no_person_of_its_own():
    """ "…," said Jeffery Logsdon, an analyst with Crowell, Weedon & Co. gave the speaker
    "Crowell" with the role "Jeffery Logsdon" once "analyst" was a title (TimeBank wsj_0938)."""
    ds = of('"The price is fair," said Jeffery Logsdon, an analyst with Crowell, Weedon & Co., on Monday.')
    assert quotes(ds)["The price is fair"] == ("Jeffery Logsdon", "an analyst with Crowell")


def test_a_body_whose_name_holds_for_is_one_organisation():
    """ "the Platform for Decent Pensions" was a person "Decent Pensions"; "Minister for Foreign
    Affairs Penny Wong" is Penny Wong with her title."""
    from dateline.db.extract.people import find_entities

    (platform,) = find_entities("According to the Platform for Decent Pensions, several were bystanders.")
    assert (platform.name, platform.kind) == ("Platform for Decent Pensions", "org")
    (wong,) = find_entities("Minister for Foreign Affairs Penny Wong said on Monday that talks would resume.")
    assert (wong.name, wong.role) == ("Penny Wong", "Minister for Foreign Affairs")
    protest = drafts("protest-pensions.txt", "2024-11-30T20:00:00+01:00", "Europe/Madrid")
    assert "Platform for Decent Pensions" in protest[1]["actors"] and "Decent Pensions" not in protest[1]["actors"]


def test_a_noun_after_after_and_as_scheduled_open_no_clause_of_their_own():
    """ "Police said 17 people were arrested after clashes near the Interior Ministry in the
    afternoon, and four officers were slightly injured" was titled "Clashes near the Interior
    Ministry in the afternoon, and four officers…" with the date words "in the afternoon, and
    four"; "…would go before parliament as scheduled on Dec. 12" was titled "Scheduled on Dec. 12"."""
    ds = drafts("protest-pensions.txt", "2024-11-30T20:00:00+01:00", "Europe/Madrid")
    (arrests,) = [d for d in ds if d["paragraph"] == 5]
    assert arrests["title"].startswith("Police said 17 people were arrested after clashes near the Interior Ministry")
    assert arrests["date_text"] == "in the afternoon" and arrests["injured"] == 4
    (vote,) = [d for d in ds if d["date_text"] == "on Dec. 12"]
    assert vote["title"] == "The plan would go before parliament as scheduled on Dec. 12"
    assert vote["status"] == "planned"
    # a clause that only says why ("to cement the gains made … after the collapse of communism
    # 10 years ago") and a date right after "after" ("after Thursday's ruling") keep their titles
    (ruling,) = of("Elian's father asked his relatives to end their court battle after Thursday's ruling by the court.")
    assert ruling["title"].startswith("Elian's father asked his relatives to end their court battle after Thursday's")


def recall() -> list[dict]:
    return drafts("reuters-recall-health.txt", "2024-12-05T17:00:00+01:00", "Europe/Berlin")


def test_what_the_speaker_was_doing_is_no_role():
    """ "…," said Health Minister Karl Brandt, speaking at a news conference in Berlin: the role
    was "speaking at a news conference in Berlin" (TimeBank's "…," Albright said, echoing the
    president: "echoing the president"); "Halvex chief executive Ulrike Sommer" had none."""
    said = quotes(recall())
    assert said["The risk to any single child is low, but we are not willing to take it"] == (
        "Karl Brandt",
        "Health Minister",
    )
    assert said["deeply sorry"] == ("Ulrike Sommer", "Halvex chief executive")
    assert said["A month is a very long time when the product is given to babies"] == (
        "Petra Lange",
        "head of the Federal Association of Consumer Organisations",
    )
    assert said["within the normal time frame"] == (None, "speaker not named: BfArM spokesman")


def test_a_date_a_superlative_runs_since_is_no_happening():
    """ "The company's shares fell 8.4 percent in Frankfurt, their biggest one-day drop since
    March 2020" was a draft "Their biggest one-day drop since March 2020" from March 2020 to the
    publication."""
    ds = recall()
    assert not any("2020" in (d["date_text"] or "") for d in ds)
    (drop,) = of("Shares rose on Monday. They fell 4 percent on Tuesday, the steepest fall since 2008.")[1:]
    assert drop["date_text"] == "on Tuesday"


def test_a_happening_told_after_a_day_after_is_that_day_before():
    """ "Vereshchuk spoke to Reuters in her office in Kyiv, a day after Russian shelling knocked out
    power to most of Pokrovsk district" was dated the day after the interview (Saturday): the
    shelling, told with its verb after "a day after", was the day before (Thursday). "The vote
    came a week after…" (no comma: the main clause's date) is still read after its anchor."""
    ds = drafts("interview-qa.txt", "2024-11-29T15:00:00+02:00", "Europe/Kyiv")
    (shelling,) = [d for d in ds if d["paragraph"] == 2]
    assert shelling["start"].startswith("2024-11-28") and "a day earlier" in shelling["attrs"]["date"]
    (arrest,) = of("A blast hit the market on Monday.", "Police arrested three men two days after the blast.")[1:]
    assert arrest["start"].startswith("2024-12-04")


def test_the_day_a_described_speaker_spoke_is_no_part_of_the_description():
    """ "…," one senior official Monday said (San Jose Mercury News, TimeBank SJMN91-06338157)
    was "speaker not named: senior official Monday"."""
    ds = of('Talks resumed on Monday. "We are close," one senior official Monday said.')
    assert quotes(ds) == {"We are close": (None, "speaker not named: senior official")}
