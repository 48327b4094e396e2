"""The kind a draft gets (db/extract/drafts.py's kinds), one sentence of each class of
happening; bench/kind_eval.py scores them on real ACLED notes and TBAQ sentences."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from dateline.db.extract.drafts import extract
from dateline.db.extract.text import Article


def _kind(text: str) -> str | None:
    drafts = extract(Article([text]), datetime(2024, 6, 30, 12, tzinfo=timezone.utc), "UTC").drafts
    return drafts[0].kind if drafts else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bomb that is no air strike: exploded, a car bomb, an IED, a suicide attack
        (
            "Suspected bombs exploded outside the U.S. embassies in Kenya and Tanzania on Friday, killing dozens.",
            "bombing",
        ),
        ("A car bomb killed nine people at a checkpoint in Mogadishu on Saturday.", "bombing"),
        ("A roadside IED hit a patrol near Gao on Tuesday, killing two soldiers.", "bombing"),
        ("The bombings on June 3 killed more than 200 people.", "bombing"),
        # bombs from the air stay an airstrike
        ("Warplanes bombed a market in Nyala on Monday, killing 12.", "airstrike"),
        ("A guided aerial bomb struck a block of flats in Kharkiv on Friday.", "airstrike"),
        ("Russian forces dropped two bombs on a village near Kupiansk on Sunday.", "airstrike"),
        ("A mortar attack on Baidoa killed two people on Sunday.", "shelling"),
        ("A sniper shot and killed a doctor in his kitchen on Friday.", "shooting"),
        ("Three soldiers were killed on Tuesday in clashes with militants near Sirte.", "battle"),
        ("Gunmen abducted 20 students from a school in Kaduna on Thursday.", "abduction"),
        ("Rioters looted shops and set cars ablaze in the city on Saturday.", "riot"),
        ("A mob lynched a suspected thief in the market on Sunday.", "riot"),
        ("Thousands of workers went on strike on Monday over unpaid wages.", "protest"),
        ("Protesters demonstrated outside parliament on Wednesday against the new tax.", "protest"),
        ("Unidentified assailants killed a man and his son in Baragoi on Tuesday.", "attack"),
        ("Police arrested a journalist in Cotonou on Friday.", "arrest"),
        ("A man was arrested on Friday in connection with the embassy bombings that killed 224 people.", "arrest"),
        ("The government condemned Friday's bomb attacks, calling them a crime.", "statement"),
        ("A federal judge sentenced him to 20 years in prison on Thursday.", "court"),
        ("The former mayor was convicted of fraud on Tuesday.", "court"),
        ("The prime minister resigned on Monday after the vote.", "resignation"),
        ("He was appointed defence minister on Tuesday.", "appointment"),
        ("The two sides signed a ceasefire agreement in Doha on Sunday.", "agreement"),
        ("Voters went to the polls on Sunday in a referendum on the constitution.", "vote"),
        ("The foreign ministers met in Geneva on Thursday.", "meeting"),
        # a figure of speech is no battle
        ("The boy has been the subject of a custody battle since he was found on Nov. 25.", "event"),
        # AP, 28 March 2000: "... harm him if they lose their battle to block the boy's return"
        ("Castro said Tuesday the exiles might harm him if they lose their battle to block his return.", "statement"),
        ("Ukrainian forces battle to hold the town, the army said on Tuesday.", "battle"),
        # people killed by no one: an accident, not an attack (NYT, 2000: "his mother and 10 others drowned")
        ("He was rescued last November after his mother and 10 others drowned when their boat sank.", "accident"),
        ("A bus crash killed 12 people on a mountain road on Sunday.", "accident"),
    ],
)
def test_a_draft_gets_the_kind_of_its_happening(text, kind):
    assert _kind(text) == kind
