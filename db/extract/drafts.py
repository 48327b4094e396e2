"""An article into draft events: sentences about the same happening, date and place become
one draft, with each sentence kept as its evidence and the article's quotes attached.

Rules (each a class of phrasing, not an example):

- A sentence with a date outside quotes, or with a verb of something happening ("killed",
  "caught fire", "were evacuated", "intercepted"), or of something planned ("prepares to
  visit", "upcoming meeting"), is evidence of a happening.
- In a paragraph, the dated sentences open drafts; an undated one joins the draft of its
  paragraph, unless it reports another kind of happening (an evacuation, a claim) or names
  another town. An undated sentence in a paragraph with no draft opens one when it names
  a place of its own (it is placed in time with the last dated draft before it, marked so
  in ``attrs.date``), else it joins the last draft.
- "two days later", "the next morning": anchored on the last dated draft before it
  (``attrs.anchored_on``): the resolver reads them with that draft as its ``anchor``.
- A plan ("will", "prepares to", "upcoming", a date after publication) is ``planned`` and
  its date words are read looking forward (the resolver's ``status="planned"``); a claim
  ("claimed to have") is ``claimed``, with who claims it in ``claimed_by``.
- A quote goes to the draft of its paragraph (the nearest sentence before it), else to the
  last statement, then the last draft, of its speaker, else to the last draft before it.
- A chronology's entry ("April 15, 2023 - Fighting erupts…") is a draft dated by its head, and
  a live page's post ("10:35 BST", then what was posted) counts its words from its stamp
  (``chronology.py``).

Kinds (``_kind``; bench/kind_eval.py scores them on real ACLED notes and TBAQ sentences):

- by weapon: ``airstrike`` (planes, jets, air strikes, guided or glide bombs), ``drone strike``,
  ``missile strike`` (missiles, rockets), ``shelling`` (artillery, mortars), ``bombing`` (a bomb
  that exploded, a car bomb, an IED, a landmine, a suicide attack), ``shooting``;
- violence named outright: ``battle`` (clashes, fighting, a gunfight), ``attack`` (people killed,
  beaten, injured, no weapon named), ``abduction``, ``riot`` (a mob, looting, vandalism),
  ``interception`` (a claim of it), ``explosion`` (a blast not said to be a bomb), ``arrest``;
- what else happens: ``protest`` (demonstrations, rallies, sit-ins, a strike of workers),
  ``statement`` (a briefing, a condemnation, what was said), ``visit``, ``meeting``,
  ``agreement`` (a ceasefire, a truce, a treaty signed), ``vote`` (an election, a referendum, a
  parliament's vote), ``court`` (a verdict, a sentence, a charge, a ruling), ``resignation``,
  ``appointment``, ``evacuation``, ``storm``, ``earthquake``, ``flood``, ``accident`` (a crash, a
  sinking, people drowned), ``fire``; else ``event``.

A sentence's own verb comes first ("was arrested in connection with the bombings", "condemned
the attacks", "charged with murder in the shooting"), then the weapon it names, what it names
outright, the weapon its paragraph names, the rest; a draft whose sentence tells none takes the
kind of a sentence that joined it ("A student was shot in custody. He died on Apr. 21.").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..dates import DateError, Interval, resolve
from ..dates.sentence import done_act
from ..records import stable_id
from .casualties import arrested_and_crowd, casualties, counts_others, crowds
from .chronology import Entry, Post, entries, posts
from .dates_found import SPAN_ASIDE, DateMention, find_dates, is_calendar_phrase, read_anchored
from .people import NOT_NAMES, Registry, classify, find_entities
from .places import SMALL_TOWN, STRONG_LOCATIVE, PlaceMention, places_of_article, words_before
from .quotes import Quote, find_quotes
from .sentences import Sentence, sentences
from .text import Article, is_figure

__all__ = ["Draft", "Extraction", "extract"]

_HAPPENED = re.compile(
    r"\b(?:killed|killing|injured|injuring|wounded|wounding|struck|hit|attacked|shelled|bombed|exploded|explosions?|"
    r"caught\s+fire|broke\s+out|went\s+off|blew\s+up|destroyed|destruction|damaged|evacuated|intercepted|shot\s+down|downed|launched|fired|crashed|"
    r"collapsed|arrested|detained|seized|captured|died|erupted|burned|targeted|stormed|raided|opened\s+fire|"
    r"took\s+place|happened|occurred|blasts?|met|signed|visited|resigned|announced|protested|clashed|ambushed|"
    r"landed|sank|capsized|overturned|flooded|detonated|set\s+off|demonstrated|rallied|staged|rioted|looted|vandali[sz]ed|abducted|kidnapped|"
    r"convicted|sentenced|acquitted|voted|went\s+on\s+strike|beaten|stabbed|shot|repelled|repulsed|"
    # "Zamzam camp … has come under repeated shelling since 1 December"
    r"c[oa]me\s+under\s+(?:\w+\s+){0,2}(?:fire|attack|shelling|bombardment|assault|siege)|"
    # a court's steps: "was arrested on Saturday and charged on Monday evening with murder"
    # (not "if he is indicted", nor the news "has already been charged in the Birmingham bombing", no happening of its own)
    r"(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bbeen\s)(?:charged|remanded|indicted|jailed|extradited)|"
    r"pleaded\s+(?:not\s+)?guilty|appeared\s+(?:in|at|before)\s+"
    r"(?:[\w'’]+\s+){0,3}(?:court|magistrates?|judge))\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|would|plans?\s+to|planned|prepares?\s+to|preparing\s+to|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|"
    r"scheduled|expected\s+to|expects?\s+(?:[\w']+\s+){0,3}to|upcoming|set\s+to|intends?\s+to|deadline|forecasts?|by\s+the\s+end\s+of"
    r"|warn(?:s|ed|ing)?\s+of|warnings?\s+of"  # "has warned of more heavy rain on Sunday": to come
    # "has called for another rally on Wednesday evening": the rally is to come
    r"|call(?:s|ed|ing)?\s+for\s+(?:an?\s+|another\s+|new\s+|fresh\s+|more\s+)?(?:[\w\-]+\s+)?"
    r"(?:rall(?:y|ies)|protests?|strikes?|demonstrations?|march(?:es)?|elections?|votes?|talks))\b",
    re.IGNORECASE,
)
_CLAIMED = re.compile(
    r"\b(?:claimed\s+to\s+have|claims\s+to\s+have|claimed\s+(?:that\s+)?it\s+had|said\s+it\s+had|allegedly|"
    r"claimed\s+responsibility"
    # "claimed on Wednesday that its forces had destroyed…"
    r"|claim(?:ed|s)\s+(?:on\s+\w+\s+|\w+\s+)?(?:that\s+)?(?:it|they|its\s+[\w\-]+|their\s+[\w\-]+|the\s+[\w\-]+)\s+(?:had|have|has)"
    # "claimed on September 22 that Russian forces seized Ukrainsk": what follows "that" is the claim
    r"|claim(?:ed|s)\s+(?:(?:on\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+)?that)\b",
    re.IGNORECASE,
)
# a military's count of the enemy's losses: "Russia has lost 1,200 troops over the past day",
# "our soldiers neutralised 229 occupiers", "the combat losses of the enemy", "its forces killed 300"
_ENEMY = r"(?:the\s+)?(?:enemy|occupiers?|invaders?|aggressor|adversary)"
_ENEMY_LOSSES = re.compile(
    rf"\b{_ENEMY}\b[^.;]{{0,40}}?\b(?:lost|losses)\b"
    rf"|\b(?:losses|lost)\b[^.;]{{0,30}}?\b{_ENEMY}\b"
    r"|\b(?:neutrali[sz]ed|eliminated|liquidated|killed|destroyed)\s+(?:about\s+|some\s+|up\s+to\s+)?\d[\d,]*\s+"
    r"(?:[\w\-]+\s+)?(?:occupiers|invaders|enemy|terrorists|militants)\b"
    r"|\b(?:militants|terrorists|occupiers|invaders|insurgents|enemy\s+(?:soldiers|troops|fighters))\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:killed|neutrali[sz]ed|eliminated|liquidated)\b"
    r"|\b(?:its|their|our)\s+(?:forces|troops|soldiers|units|defenders|fighters)\s+(?:had\s+|have\s+)?"
    r"(?:killed|neutrali[sz]ed|eliminated|destroyed)\b"
    r"|\b(?P<loser>[A-Z][\w'’\-]*)(?:\s+(?:forces|troops|army))?\s+(?:has\s+|have\s+|had\s+)?lost\s+"
    r"(?:about\s+|some\s+|up\s+to\s+|more\s+than\s+|nearly\s+|almost\s+)?\d[\d,]*\s+"
    r"(?:troops|soldiers|servicemen|personnel|men|fighters|tanks)\b",
)
# who counts them: a military body ("the General Staff said", "according to the Ukrainian military")
_MILITARY_BODY = re.compile(
    r"\b(?:general\s+staff|defen[cs]e\s+(?:ministry|forces)|ministry\s+of\s+defen[cs]e|armed\s+forces|army|military|"
    r"IDF|command)\b",
    re.I,
)


def _loss_claimant(outside: str, heading: str) -> str | None:
    """Who claims the enemy's losses counted in ``outside``: the military body named in it
    (not the loser's own: "Ukraine lost 12 soldiers, Ukraine's General Staff said" is a report),
    else the one whose report it is, named in the ``heading``; None when it counts none."""
    m = _ENEMY_LOSSES.search(outside)
    if m is None:
        return None
    loser = m.group("loser")
    bodies = [(e, outside) for e in find_entities(outside) if e.kind == "org" and _MILITARY_BODY.search(e.name)]
    if not bodies and not re.search(r"[.!?]\W*$", heading):  # a heading (no full stop): whose report it is
        bodies = [(e, heading) for e in find_entities(heading) if e.kind == "org" and _MILITARY_BODY.search(e.name)]
    for e, text in bodies:
        if loser and loser[:4] in e.name:
            return None  # "General Staff of the Armed Forces of Ukraine" counting Ukraine's own
        if not (
            loser and re.search(rf"\b(?:{re.escape(loser[:4])}\w*['’]s|its)\s+$", text[max(0, e.start - 20) : e.start])
        ):
            return e.name  # (not "Ukraine lost 12 soldiers, Ukraine's General Staff said": a report)
        return None
    return None


# the word "claim" itself: a party's claim of what it did, not a report that it did it
_CLAIM_WORD = re.compile(r"\bclaim(?:ed|s)\b(?!\s+responsibility)", re.IGNORECASE)
# a party saying what its own forces did ("Russia's Ministry of Defence said its forces had
# captured the village of…"): a claim too
_SAYS_IT_DID = re.compile(
    r"\bsaid\s+(?:that\s+)?(?:its|their)\s+(?:[\w\-]+\s+){1,2}(?:had|have|has)\s+"
    r"(?:captured|seized|taken|liberated|destroyed|shot\s+down|downed|repelled|struck|hit)\b",
    re.IGNORECASE,
)
_DROPPED_BOMBS = r"dropp(?:ed|ing)\s+(?:\w+\s+){0,2}bombs?"  # from the air: an attack, and an airstrike
# what makes a weapon named in the sentence the kind of its happening ("rockets" in an aid
# package is no missile strike)
_ATTACK = re.compile(
    r"\b(?:struck|strikes?|hit|attack(?:ed|s)?|shelled|shelling|bombed|bombing|fired|launched|intercepted|"
    r"shot\s+down|downed|destroyed|destruction|exploded|explosions?|caught\s+fire|raid(?:ed)?|killed|injured|"
    r"wounded|targeted|targeting|opened\s+fire|shooting|shot|shots|burst|flood(?:ed|ing)?|burned|detonated|air\s*strikes?|"
    r"occurred|took\s+place|went\s+off|carried\s+out|conducted|" + _DROPPED_BOMBS + r")\b",
    re.IGNORECASE,
)
_BRIEFING = r"(?:press\s+(?:briefing|conference)|briefing|news\s+conference|speech|address(?:ed)?\s+the)"
_KINDS_STRONG = [  # the kind of a sentence's own happening, by its verb
    (
        "evacuation",
        re.compile(
            r"\b(?:were|was|been)\s+evacuated\b|\bevacuated\s+(?:the|residents|people)"
            # orders to leave as the subject: "Evacuation orders for the Evans Canyon Fire grew again Tuesday afternoon",
            # "Level 3 (go now) evacuation orders were extended at about 3:40 p.m."
            r"|^\s*(?:[\w()\-]+\s+){0,4}?(?:mandatory\s+)?evacuation\s+(?:orders?|notices?|warnings?)\b",
            re.I,
        ),
    ),
    ("interception", re.compile(r"\bclaimed\s+to\s+have\s+(?:intercepted|shot\s+down|downed)\b", re.I)),
    ("visit", re.compile(r"\b(?:visit|visits|visited|visiting|trip\s+to|meeting\s+with|will\s+meet)\b", re.I)),
    (
        "statement",
        re.compile(
            # (not where a sentence's news was said, at its end: "…was shot three times in Holladay, Sheriff Jim Winder
            # said at a news conference"; "Castro said at a news conference on Thursday that…" is a statement)
            r"(?:(?<!\bsaid\sat\sa\s)(?<!\bsaid\sduring\sa\s)(?<!\btold\sa\s)\b"
            + _BRIEFING
            + r"|\b"
            + _BRIEFING
            + r"(?![\s.;\"”’]*$))\b",
            re.I,
        ),
    ),
]
# drones or missiles brought down, not a plane ("shot down a Russian strike drone", "20 missiles
# were intercepted"; "the plane carrying the president was shot down" is an attack)
_PROJECTILES = r"(?:drones?|missiles?|rockets?|UAVs?|Shaheds?|projectiles?|(?:aerial\s+)?targets)"
_SHOT_DOWN = (
    r"(?:\b(?:shot\s+down|intercepted|downed)\s+(?:[\w\-]+\s+){0,4}?" + _PROJECTILES + r"\b"
    r"|\b"
    + _PROJECTILES
    + r"\s+(?:[\w\-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+(?:shot\s+down|intercepted|downed)\b)"
)
# a sentence that ranks the happening told before it ("It was the ninth large-scale attack on
# the power grid this year", "This was the deadliest strike since March"): its date is the
# ranking's, not a happening's
# a sentence that introduces what follows ("Here is the situation on Sunday, September 22")
# a list's introduction: "Key developments on Nov. 6:" (Kyiv Independent's daily digest)
_LIST_INTRO = re.compile(
    r"\s*(?:Key|Main|Latest)\s+(?:developments|events|moments|updates|takeaways|points|findings)\b.*:\s*$", re.I
)
_FRAMING = re.compile(
    r"\s*(?:(?:Here\s+(?:is|are)|Here['’]s|These\s+are)\b"
    # "This is a timeline of events during the 2024 Haiti crisis": what follows, told
    r"|(?:This|Below)\s+is\s+(?:a|an|the)\s+(?:timeline|list|chronology|summary)\s+of\b"
    # "The following is the statement of the IDF Spokesperson, issued at 23:40 on Monday:"
    r"|The\s+following\s+(?:is|are)\s+(?:the|a)\s+(?:statement|text|transcript)\b"
    # a live page's greeting: "Good morning and welcome to our live coverage of today's protests"
    r"|(?:(?:Good\s+(?:morning|afternoon|evening)|Hello)\s*(?:,|and)\s*)?welcome\s+(?:back\s+)?to\s+(?:our|the|this)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:live|rolling|continuing)\b"
    # and its close: "That's where we'll wrap up our live coverage for today", "This blog is now closed"
    r"|(?:That['’]s|That\s+is)\s+(?:where|all|it)\b[^.]{0,40}\b(?:coverage|blog|live)\b"
    r"|(?:We['’]re|We\s+are|We['’]ll|We\s+will)\s+(?:now\s+)?(?:wrap(?:ping)?|clos(?:e|ing)|end(?:ing)?|paus(?:e|ing))\s+"
    r"(?:up\s+)?(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog)|This\s+(?:live\s+)?blog\s+is\s+(?:now\s+)?closed)",
    re.I,
)
# a photo's caption as the wires write it into the text: "FILE PHOTO: …", "REUTERS/Name",
# "(AP Photo/Name)", "AFP PHOTO", "Photograph: …/Getty Images"
_CAPTION = re.compile(
    r"^\s*(?:FILE\s+PHOTO\b|FILE\s+[-–—]\s|PHOTO:|Photograph:)|\bREUTERS/[A-Z]|\((?:AP|AFP)\s+Photo\b|\bAFP\s+PHOTO\b"
    r"|\bPhotograph:\s.*\b(?:Getty\s+Images|Reuters|AP|AFP|EPA)\b"
)
# a note about the report, not the news: "Correction: An earlier version of this report misstated…",
# "Editor's note: …", "This story has been updated to…", "Note from the author: …"
_NOTE = re.compile(
    r"^\s*(?:Correction|Clarification|Editor['’]?s\s+note|Note\s+from\s+the\s+(?:author|editors?))\s*[:.\-–—]"
    r"|^\s*Note\s*:"  # "Note: The data cut-off for this product was 1:30pm ET on December 2."
    r"|^\s*(?:This|An\s+earlier\s+version\s+of\s+this)\s+(?:story|article|report)\s+(?:has\s+been|was)\s+"
    r"(?:updated|corrected|amended)\b",
    re.I,
)
# a release's stamp, not news: "FOR IMMEDIATE RELEASE Tuesday, November 26, 2024", "PRESS RELEASE |
# Médecins Sans Frontières | 29 November 2024", "Updated November 26, 2024"; and a heading that
# asks what the paragraphs under it answer ("What happened this week?")
_STAMP_LINE = re.compile(
    r"^\s*(?:FOR\s+IMMEDIATE\s+RELEASE|(?:PRESS|NEWS|MEDIA)\s+RELEASE|(?:Last\s+)?(?:Updated|Published|Issued)\b[^.!?]*$)"
    r"|^[^.!?|]{0,80}(?:\s\|\s[^.!?|]{0,80})+$"
    r"|^\s*(?:What|Why|How|When|Where|Who|Which|Is|Are|Was|Were|Can|Could|Will|Does|Do|Did)\b[^.!?\"“”]{0,100}\?\s*$"
    # a release's stamp, a date and a time alone on their line: "Sunday, 17 October 2021, 7:57 pm"
    r"|^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?"
    r"(?:\s+(?i:press|news|media)\s+(?i:release)\b[^.!?]*)?\s*$"
)
# how things stand at a time ("As of 22:00 on March 4, no other suspects had been identified"):
# news of the happening before, no happening of its own
_AS_OF = re.compile(r"\s*As\s+of\b", re.I)
_AS_OF_BEFORE = re.compile(r"\bas\s+of\s*$", re.I)  # "operational update as of 08:00 on 3 December"
# how far a count had gone by a time, no happening's date: "The bodies of 12 people were recovered by Tuesday afternoon"
_BY_BEFORE = re.compile(r"\bby\s*$", re.I)
# a state that holds since a date, no happening: "MSF has worked in Sudan since 1979", "The group
# has operated in the region since 2012", "has been present in Mali since 2013" (not "has been shelled since Monday")
_HELD_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:worked|operated|lived|existed|supported|run|been\s+(?:present|active|based|"
    r"working|operating|living|supporting|running|in(?=\s+(?-i:[A-Z])))|had\s+(?:a\s+)?(?:presence|offices?|teams?|staff))\b(?:\s+(?!(?:and|but|when|after|before)\b)[\w'’.\-]+){0,8}?"
    r"\s+(?:since|from)?\s*$",
    re.I,
)
# a state that lasts since a date: "detained since March", "which the RSF have besieged since May", "has been under
# siege since", "remain missing since" (not "has been shelled since Monday": repeated happenings). Its draft spans
# from then to the publication with the kind of the state (a detention is an arrest; a siege no shelling, a
# displacement no battle), and says so
_STATE = (
    r"(?:displaced|detained|held|besieged|blockaded|encircled|surrounded|occupied|jailed|imprisoned|interned|missing"
    r"|trapped|stranded|sheltering|confined|closed|shut|cut\s+off|under\s+(?:[A-Z][\w\-]*\s+)?(?:siege|blockade|house\s+arrest|curfew"
    r"|occupation|lockdown)|in\s+(?:custody|detention|prison|jail|hiding|exile)|behind\s+bars)"
)
_STATE_SINCE = re.compile(
    r"(?:\b(?:has|have|had)\s+(?:been\s+|remained\s+|stayed\s+)?|\b(?:remains?|remained|stays?|stayed)\s+|"
    r"\b(?:people|persons|civilians|residents|children|families|others|men|women|journalists|prisoners|hostages|"
    r"million|thousand|\d[\d,]*)\s+(?:\w+\s+)?|^\s*|,\s*)"
    + _STATE
    # (what follows it up to "since" says where or by whom, with no verb of its own: not "displaced people, has
    # come under repeated shelling since 1 December")
    + r"\b(?:\s+(?!(?:and|but|when|after|before|on|has|have|had|is|are|was|were|come|came)\b)[\w'’.\-()]+){0,10}?"
    r"\s+since\s*$",
    re.I,
)
_STATE_NOTE = "a state held since then"
_DETAINED = re.compile(
    r"^(?:detained|held|jailed|imprisoned|interned|in\s+(?:custody|detention|prison|jail)|behind\s+bars|under\s+"
    r"(?:[A-Z][\w\-]*\s+)?house\s+arrest)",
    re.I,
)


def _state_since(outside: str, mention: DateMention | None) -> str | None:
    """The state held since ``mention`` ("besieged", "in custody") when it dates one, else None."""
    if mention is None:
        return None
    before = outside[: mention.start] + ("since " if re.match(r"since\b", mention.text, re.I) else "")
    m = _STATE_SINCE.search(before)
    if m is None:
        return None
    state = re.search(_STATE, m.group(0), re.I)
    return state.group(0) if state else None


_DEADLINE = re.compile(r"\b(?:must|should|ought|has\s+to|have\s+to|to\s+[a-z]+)\b", re.I)
# the year a figure is compared with: "Turnout was 52.5%, up from 33.3% in 2020"
_COMPARED = re.compile(
    r"\b(?:up|down|rising|falling)\s+from\s+[^,;]{1,30}$|\bcompared\s+(?:with|to)\s+[^,;]{0,30}$", re.I
)
# news of a happening, none of its own: an earlier toll ("The earlier toll, given on Tuesday
# morning, was seven dead"); a life told around it ("was born on March 12, 1933")
_NEWS_OF = re.compile(
    r"\b(?:earlier|previous|initial|first)\s+(?:death\s+)?toll\b|\bis\s+survived\s+by\b"
    r"|^(?:(?!\bwho\b)[^,;]){0,50}\b(?:was|were)\s+born\b"  # the subject's birth, not a "who was born" aside
    r"|^\s*Born\s+(?:in|on|at|to|into)\b",  # "Born in Derry in 1940, the son of a shipyard worker, Keane left…"
    re.I,
)
_BACKGROUND = re.compile(
    r"\s*(?:It|This|That|The\s+\w+)\s+(?:was|is|has\s+been|marked|marks)\s+(?:also\s+)?the\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|largest|biggest|"
    r"deadliest|worst|heaviest|most|longest)\b"
)
# a superlative the date after "since" measures: "their biggest one-day drop since March 2020",
# "the highest level since 2008"
_SUPERLATIVE = re.compile(
    r"\b(?:biggest|largest|worst|deadliest|highest|lowest|steepest|sharpest|strongest|weakest|best|fastest|"
    r"slowest|most|least|first)\b(?:\s+[\w\-'’]+){0,4}\s+(?:since\s+)?$",
    re.I,
)


# "…, a day after Russian shelling knocked out power": the clause after "after" is a happening
# of its own, told with its verb, that many days before the sentence's (taken at the anchor's)
_TRAILING_AFTER = re.compile(r"^(?:(\w+)\s+(day|week|month)s?|the\s+(day))\s+after$", re.I)


def _told_after(text: str, mention: DateMention) -> str | None:
    """The words that read ``mention`` when it ends its sentence's main clause after a comma and
    opens a clause with its own past verb ("…, a day after Russian shelling knocked out power"):
    "a day earlier" (the happening told is that long before the main clause's, the anchor's)."""
    m = _TRAILING_AFTER.match(mention.text.strip())
    if m is None or not re.search(r",\s*$", text[: mention.start]):
        return None
    rest = re.split(r"[,;.]", text[mention.end :])[0]
    if not re.search(r"\b[a-z]+ed\b|\b(?:hit|struck|shot|broke|began|fell|took|made|came|went|ran|blew|tore)\b", rest):
        return None
    count, unit = (m.group(1), m.group(2)) if m.group(2) else ("a", m.group(3))
    return f"{count} {unit}{'' if count.lower() in ('a', 'an', 'one') else 's'} earlier"


def _ranked_since(text: str, d: DateMention) -> bool:
    """Whether date ``d`` only says since when a superlative holds ("the biggest drop since March 2020")."""
    since = d.text.lower().startswith("since") or text[: d.start].rstrip().lower().endswith("since")
    # (not "…deadliest flood since 1973, when at least 150 people died": that year tells its own)
    return since and bool(_SUPERLATIVE.search(text[: d.start])) and not re.match(r"\s*,?\s*when\b", text[d.end :])


# a toll of a whole war or season, not of a happening ("More than 39,700 people have been
# killed in Gaza since then", "the war has killed tens of thousands")
_CUMULATIVE = re.compile(
    r"\b(?:have|has)\s+been\s+(?:killed|wounded|injured|displaced)\b[^.;]*\bsince\b"
    r"|\bsince\b[^.;]*\b(?:have|has)\s+been\s+(?:killed|wounded|injured|displaced)\b"
    # "Heavy monsoon rains … have led to at least 34 deaths since Monday night": a running count
    r"|\b(?:have|has)\s+(?:led\s+to|caused|left|claimed)\b[^.;]*\bsince\b"
    # "Fighting … has displaced more than 11 million people since April 2023": a running count, no battle then
    r"|\b(?:have|has)\s+(?:\w+ly\s+)?(?:displaced|uprooted|forced\s+out)\b[^.;]*\bsince\b"
    r"|\b(?:war|conflict|fighting|violence|insurgency|offensive)\s+(?:has|have)\s+(?:so\s+far\s+)?(?:killed|left)\b"
    # "…has grown, with more than 30,000 Palestinians killed in Israel's Gaza offensive": the war's toll, told aside
    r"|\bwith\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+|some\s+)?[\d,.]+\s+(?:million\s+|thousand\s+)?"
    r"(?:[\w\-]+\s+){0,2}(?:killed|dead)\s+(?:in|during|since)\s+[^.;]{0,40}\b(?:war|offensive|conflict|campaign|bombardment)\b"
    # over years: "almost 70,000 people were killed or disappeared in the conflict between 1980 and 2000"
    r"|\b(?:killed|died|dead|disappeared)\b[^.;]*\b(?:in|during)\s+the\s+(?:war|conflict|civil\s+war|insurgency|violence)\s+"
    r"(?:between|from)\s+(?:19|20)\d\d\b"
    # a data set's count over a span: "ACLED records over 1,500 fatalities in Lebanon in September"
    r"|\b(?:records|recorded|registered)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?[\d,]+\s+"
    r"(?:fatalities|deaths|political\s+violence\s+events|events|incidents)\b",
    re.I,
)
# a toll given on a day: "The death toll from the floods … rose to 217 on Sunday"
_TOLL_ROSE = re.compile(
    r"\b(?:death\s+)?toll\b[^.;]{0,100}\b(?:rose|climbed|jumped|reached|stood|increased)\b[^.;]*$", re.I
)
# a toll told before, told again by where its dead were
_BREAKDOWN = re.compile(
    r"^\s*(?:Most|All|Many|Half|Some|Nearly\s+all|Almost\s+all)\s+of\s+the\s+(?:dead|victims|deaths|casualties|wounded|injured)"
    r"\s+(?:were|was|are|is|came)\s+(?:in|from)\b"
    # "Of the eight victims, three were stabbed, two were strangled…": how those counted before died
    r"|^\s*Of\s+the\s+(?:[\w\-]+\s+){0,2}(?:dead|victims|killed|deaths|casualties|wounded|injured)\s*,"
    r"|\b(?:died|were\s+killed|were\s+injured)\s+in\s+[A-Z][\w\-]*(?:[\s\-][A-Z][\w\-]*)*,?\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?in\s+[A-Z]",
    re.I,
)
# a count kept since a day, by those who count it: no toll of the happening that day
_RUNNING_COUNT = re.compile(
    r"\bsince\b[^.;]*\b(?:has|have)\s+(?:received|treated|admitted|recorded|registered|counted|documented|taken\s+in)\b"
    r"|\b(?:has|have)\s+(?:received|treated|admitted|recorded|registered|counted|documented|taken\s+in)\b[^.;]*\bsince\b",
    re.I,
)
_CONDITION = re.compile(
    r"\b(?:were|was|are|is|remain(?:s|ed)?)\s+(?:listed\s+|still\s+)?in\s+(?:a\s+)?(?:critical|serious|stable|fair|good|grave)"
    r"(?:\s+but\s+stable)?\s+condition\b",
    re.I,
)
_AIRCRAFT = r"(?:(?:air)?planes?|aircraft|airliners?|jets?|helicopters?|choppers?|Antonovs?|Boeings?|Airbus|Cessnas?|turboprops?)"
_AIR_CRASH = re.compile(
    r"^(?!.*\b(?:shot\s+down|downed|missiles?|drones?|air\s*strikes?)\b)(?:.*\b"
    + _AIRCRAFT
    + r"\b[^.;]{0,80}?\b(?:crash(?:ed|es)?|crash-landed|went\s+down|came\s+down|ditched)\b"
    r"|.*\b(?:plane|air|helicopter|aircraft)\s+crash(?:es)?\b"
    r"|.*\b(?:stampede[sd]?|stampeding|crush(?:ed)?\s+to\s+death|trampled)\b)",
    re.I,
)
_ABDUCTION = re.compile(r"\b(?:abduct(?:ed|s|ion)|kidnap(?:ped|ping|pers?|s)?|(?:took|taken|held)\s+hostage)\b", re.I)
# a happening told by its own verb, whatever weapon the sentence names besides ("was arrested
# in connection with the bombings", "condemned the bomb attacks", "charged with murder in the
# shooting"); first match wins
# armed men arriving make no visit: "soldiers arrived in several pickup trucks in the village of Sokolo"
_ARMED = r"(?:soldiers|troops|gunmen|militants|fighters|militiamen|attackers|assailants)\s"
# a statement dated in the sentence's lead-in: "But in a new account of the shooting in a police statement Tuesday
# night, | police did not say officers tried to stop the vehicle" (the shooting is what it tells of, the date the
# statement's); a statement when what follows tells no happening ("In a statement on Friday, the ministry said 12
# people were killed…" stays the killing)
_DATED_STATEMENT_LEAD = re.compile(
    r"^\s*(?:But\s+|And\s+)?In\s+(?:a|an|its|their|his|her)\s+[^,;]{0,60}?\b(?:statement|press\s+release|news\s+release)"
    r"\s+(?:(?:late|early)\s+|on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+night|this\s+morning|"
    r"yesterday|today)\b[^,;]{0,20},",
    re.I,
)


def _dated_statement(text: str) -> bool:
    """Whether ``text`` opens with a dated statement and tells no happening after it."""
    m = _DATED_STATEMENT_LEAD.match(text)
    return m is not None and not _HAPPENED.search(text, m.end())


_KINDS_OWN = [
    (
        "statement",
        re.compile(
            r"\b(?:condemn(?:s|ed)|deplor(?:es|ed)|denounc(?:es|ed)|vow(?:s|ed)|pledg(?:es|ed)|warn(?:s|ed)\s+that)\b",
            re.I,
        ),
    ),
    (
        "resignation",  # leaving office, of one's own will or not ("was dismissed by Netanyahu")
        re.compile(
            r"\b(?:resign(?:s|ed)|stepp(?:ed|ing)\s+down|quit\s+as|(?:was|were|been)\s+(?:dismissed|sacked|ousted)|"
            r"fired\s+as|removed\s+from\s+(?:office|his\s+post|her\s+post))\b",
            re.I,
        ),
    ),
    ("appointment", re.compile(r"\b(?:appointed|was\s+named|sworn\s+in|nominated|made\s+an?\s+\w+\s+general)\b", re.I)),
    (
        "court",
        re.compile(
            r"\b(?:convicted|sentenced|acquitted|verdict|(?:was|were|been|being)\s+jailed|indicted"
            # "Police charged Alex Luszczkiewicz … with attempted murder" (not "charged the inspectors with verifying")
            r"|charged\s+(?:[\w'’\-]+\s+){0,6}?with(?!\s+(?:verifying|overseeing|monitoring|ensuring|investigating|"
            r"protecting|managing|running|leading|implementing|supervising|drafting|developing|coordinating|finding|"
            r"reviewing|enforcing|the\s+task)\b)|(?:found|pleaded)\s+(?:not\s+)?guilty"
            # a warrant issued, unless the sentence tells of a killing too ("…, whom Israel says it killed in July")
            r"|issued\s+(?:an?\s+)?(?:international\s+)?(?:arrest\s+)?warrants?(?![^.;]*\b(?:killed|killing|strike)\b)"
            # "a grand jury returned an indictment", "the indictment was unsealed"
            r"|returned\s+(?:an?\s+)?(?:[\w\-]+\s+)?indictment|indictment\s+(?:was|were)\s+unsealed|unsealed\s+(?:an?|the)\s+indictment"
            r"|(?:court|judge|tribunal)s?\b[^.;]{0,40}\b(?:ruled|ruling|ordered|refused|rejected|upheld|overturned|blocked))\b",
            re.I,
        ),
    ),
    (
        "arrest",
        re.compile(
            r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:arrested|detained)\b|\b(?:taken|took\s+\w+)\s+into\s+custody\b"
            # "Police have detained at least 12 people near the parliament building after protesters threw flares"
            r"|^\s*(?:the\s+)?(?:police|officers|security\s+forces)\s+(?:have\s+|had\s+)?(?:arrested|detained)\s+"
            r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?\d",
            re.I,
        ),
    ),
    ("abduction", _ABDUCTION),
    (
        "visit",
        re.compile(
            r"\b(?:headed|flew|travell?ed|(?:will|is\s+due\s+to|are\s+due\s+to|plans?\s+to)\s+(?:then\s+)?travel)\s+(?:\w+\s+)?to\b|^(?!.*\b"
            + _ARMED
            + r"arrived\b).*\barrived\s+in\b",
            re.I,
        ),
    ),
    # "forces shot down a Russian strike drone over Pavlohrad", "air defences intercepted 20 missiles"
    ("interception", re.compile(r"^(?:(?!\b(?:hit|struck|killed|damaged)\b).)*" + _SHOT_DOWN, re.I)),
    # an aircraft that crashed, a crowd that stampeded: people killed by no one, whatever plane or tear gas the sentence
    # names ("a cargo plane … crashed into the sea", "fans … stampeded in panic when police fired tear gas"; not a plane
    # shot down, nor a drone that crashed into a building: a strike)
    ("accident", _AIR_CRASH),
]
# gunfire named by who fired it or how: "killed by Israeli fire", "came under fire", "returned fire", "live fire",
# "sniper fire" (not "a fire broke out", "the fire spread": a blaze)
_GUNS_FIRE = (
    r"|\b(?:under|returned|return|exchanged|live|sniper|tank|machine-?gun|automatic|small-?arms)\s+fire\b"
    r"|\bby\s+(?:(?-i:[A-Z])[\w\-]*\s+){1,2}(?:forces[’']?\s+|troops[’']?\s+|army\s+|police\s+)?fire\b"
)
_KINDS_WEAPON = [  # the weapon a happening of violence was done with; first match wins
    (
        "shooting",
        re.compile(
            r"\bopened\s+fire\b|\bshooting\b|\bgunm[ae]n\b|\bshot\b(?!\s+down)|\bshots\b|\bsnipers?\b|\bgunfire\b"
            # the fire of guns, not a blaze: "killed by Israeli fire", "came under fire", "returned fire", "live fire"
            + _GUNS_FIRE,
            re.I,
        ),
    ),
    ("drone strike", re.compile(r"\bdrones?\b", re.I)),
    (
        "airstrike",
        re.compile(
            r"\bair\s*(?:strikes?|raids?|forces?|campaigns?)\b|\b(?:war)?planes?\b|\bjets?\b|\bbombers\b|\baircraft\b|\baerial\b"
            r"|\b(?:guided|glide|barrel)\s+(?:aerial\s+)?bombs?\b|\b" + _DROPPED_BOMBS + r"\b",
            re.I,
        ),
    ),
    ("missile strike", re.compile(r"\bmissiles?\b(?!\s+depots?)|\brockets?\b", re.I)),
    (  # "was struck by shells", not "shell casings", "shell accounts"
        "shelling",
        re.compile(
            r"\bshell(?:s|ed|ing)\b(?!\s+(?:casings?|compan(?:y|ies)|accounts?|firms?|corporations?))|\bartillery\b|\bmortars?\b|\bbombardment\b",
            re.I,
        ),
    ),
    (
        "bombing",
        re.compile(
            r"\bbomb(?:s|ed|ing|ings|er|ers)?\b|\bIEDs?\b|\bexplosive\s+devices?\b|\blandmines?\b|\bsuicide\s+(?:attack|vest)",
            re.I,
        ),
    ),
]
# a happening the sentence names outright: its kind before a weapon the paragraph names ("a
# gunfight" in a paragraph that also tells of bombs found); first match wins
_KINDS_NAMED = [
    ("abduction", _ABDUCTION),
    (
        "riot",
        re.compile(
            r"\briot(?:s|ers|ing|ed)?\b(?!\s+police)|\bmobs?\b|\bloot(?:ed|ing)\b|\bvandali[sz](?:ed|ing)\b|\blynch(?:ed|ing)?\b"
            r"|\bmolotov\b|\bset\s+(?:\w+\s+)?ablaze\b|\btorched\b",
            re.I,
        ),
    ),
    (
        "protest",
        re.compile(
            r"\bprotest(?:s|ed|ers|ing)?\b|\bdemonstrat(?:ed|ion|ions|ors)\b|\brall(?:y|ies|ied)\b|\bsit-ins?\b"
            r"|\b(?:went|go|goes|going|are|were|on)\s+(?:on\s+)?strike\b|\b(?:general|hunger|\w+-day)\s+strike\b",
            re.I,
        ),
    ),
    (
        "battle",
        re.compile(
            r"\bclash(?:es|ed)?\b|\bfighting\b|(?<!custody\s)(?<!legal\s)(?<!court\s)(?<!political\s)(?<!uphill\s)"
            r"(?<!their\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!our\s)(?<!my\s)\bbattles?\b"
            r"|\bbattled\b|\bgun\s*fights?\b|\bfirefights?\b|\bcombat\s+engagements?\b|\brepel(?:led|s)?\b|\brepulsed\b"
            r"|\bexchanged?\s+(?:of\s+)?fire\b|\bfought\b|\boffensive\b",
            re.I,
        ),
    ),
]
# violence done to people with no weapon named ("beaten", "was killed by assailants"): an attack
_VIOLENCE = re.compile(
    r"\b(?:killed|killing|murdered|beaten|beat|assaulted|stabbed|stab\s+wounds?|stabbing|hacked|tortured|lynched|"
    r"attacked|wounded|injured)\b",
    re.I,
)
_KINDS_GENERIC = [  # what else a happening is, by the words that tell it; first match wins
    (
        "storm",
        re.compile(
            r"\b(?:hurricane|typhoon|cyclone|tropical\s+storm|tornado(?:es)?|storm|made\s+landfall|lightning)\b", re.I
        ),
    ),
    ("earthquake", re.compile(r"\b(?:earthquake|quake|tremor)s?\b", re.I)),
    (
        "flood",
        re.compile(
            # the ground the rain brings down is the flood's ("flash floods and landslides caused by torrential rain")
            r"\bflood(?:s|ed|ing|waters?)?\b|\bdam\s+(?:breach(?:ed|es)?|burst)\b|\bburst\s+its\s+banks\b"
            r"|\b(?:land|mud)slides?\b",
            re.I,
        ),
    ),
    (  # people killed by no one: "his mother and 10 others drowned", "a bus crash killed 12"
        "accident",
        re.compile(
            r"\b(?:crash(?:es|ed)?|collision|collided|derail(?:ed|ment)|capsiz(?:ed|es)|overturned|sank|drown(?:ed|ing)|"
            r"shipwreck|plunged\s+(?:into|off|from))\b"
            # a structure that fell: "The concrete canopy at Novi Sad railway station collapsed" (not "talks collapsed")
            r"|\b(?:buildings?|bridges?|canop(?:y|ies)|roofs?|walls?|houses?|mines?|tunnels?|stands?|structures?|towers?|"
            r"ceilings?|stages?|balcon(?:y|ies)|scaffolding|stadiums?|hotels?|dams?)\b[^.;]{0,60}\bcollapsed\b",
            re.I,
        ),
    ),
    ("fire", re.compile(r"(?<!\bopened\s)(?<!\bopen\s)\bfire\b|\bblaze\b", re.I)),
    ("explosion", re.compile(r"\bexplosions?\b|\bblasts?\b", re.I)),
    ("arrest", re.compile(r"\barrest(?:ed|s)?\b|\bdetained\b", re.I)),
    (  # talks about a ceasefire are a meeting until one is agreed: "Gaza ceasefire negotiations are due to resume in
        # Cairo on Sunday"
        "meeting",
        re.compile(
            r"^(?!.*\b(?:agreed|agree|signed|sign|reached|struck|sealed|brokered|accepted|approved)\b)"
            r".*(?<!\bno\s)(?<!\bno\snew\s)(?<!\bno\sfurther\s)\b(?:talks|negotiations)\s+(?:(?:are|were|is|was)\s+"
            r"(?:held|due|set|scheduled|expected|under\s*way)|will|would|resumed|resume|began|begin|opened|open|ended|"
            r"continued|continue|due|set|to\s+resume)\b",
            re.I,
        ),
    ),
    ("agreement", re.compile(r"\b(?:cease-?fire|truce|agreement|accord|treaty|accession)\b|\bsigned\b", re.I)),
    (
        "vote",
        re.compile(
            r"\b(?:elections?|referendum|voted|vote|polls?\s+(?:opened|closed)|ballots?|run-?offs?|"
            # "The second round will be held on December 22" (not "a second round of talks", "of DNA tests")
            r"(?:first|second)\s+round(?!\s+of\b))\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(r"(?-i:\bmet\b)|\b(?:held|hold|holding)\s+talks\b|\bsummit\b", re.I),
    ),  # not "the Met Office"
    (  # a court or a body that only speaks: "a statement from the Kingdom's Supreme Court, which had urged residents
        # to sight the moon" is no court case
        "statement",
        re.compile(
            r"\bstatement\s+(?:from|by|issued\s+by)\b|\b(?:court|ministry|council|government|authorit(?:y|ies))\b"
            r"(?:,?\s+(?:which|that|who))?\s+(?:had\s+|has\s+)?(?:urged|called\s+on|appealed\s+to|asked)\b",
            re.I,
        ),
    ),
    ("court", re.compile(r"\b(?:court|trial|ruling|judge)\b", re.I)),
]
_LEAD_IN = re.compile(
    r"^(?:[-*•·▪–]\s+)?"  # a list's bullet in plain text: "- Russian strike on Zaporizhzhia kills 7"
    r"(?:(?:In|On|At(?!\s+least\b)|As|After|Before|Between|During|Throughout|Amid|Although|While|When|Meanwhile|Earlier|Later|In\s+response|Separately|Also)\b[^,]{0,80},\s+)?"
)


# a country's name before a noun it qualifies ("outside the U.S. embassies in Kenya", "the UK
# government"): not where; a word of place, time or a verb after it leaves it one ("in the U.S.
# on Friday", "in Ukraine since 2014", "in Russia was")
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:on|in|at|and|or|to|for|from|by|with|since|after|before|during|over|under|as|but|last|this|next|"
    r"was|is|were|are|said|says|has|had|have|will|would|where|which|that|who|when|while|until|amid|overnight|"
    r"yesterday|today|tonight|tomorrow|early|late|earlier|later|again|too|also|itself|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"\w*\b)[A-Za-z]",
    re.IGNORECASE,
)


# a town is where something happened when it follows words like these ("in Kharkiv", "near
# the town of Toropets", "to visit Washington"), not "talks with Moscow", "northwest of Moscow"
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|at|outside|over|across|on|into|from|inside|around|visit|visiting|visited|according\s+to|"
    r"(?:travel(?:s|ed|led)?|trip|flew|fly|flying|went|go|going|arrived|returned|moved|heading|headed)\s+(?:back\s+|home\s+)?to|"
    r"hit|struck|shelled|bombed|attacked|pounded|targeted|"
    r"(?:town|city|village|port|suburbs?|outskirts|(?-i:region|province|oblast|district|governorate|state|county))\s+of|capital)\s+(?:the\s+)?(?:(?!(?:to|for|with|by|and|or|than|that|which|as|weapons|aid)\b)[\w'’\-]+\s+){0,2}|^|\b(?:in|near|at|outside)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*,\s+)$",
    re.IGNORECASE,
)


_AGENCIES = r"AP|AFP|Reuters|dpa|UPI|ANSA|EFE|Xinhua|CNN|AAP|PTI|IANS|Bloomberg"
_WIRE_DATELINE = re.compile(
    # a press release's towns may be two: "NAIROBI/AMSTERDAM – " (the first is taken)
    r"^(?:([A-Z][A-Z .'’\-]{2,40})(?:/[A-Z][A-Z .'’\-]{2,40})*(?:,\s*[A-Z][\w .']{1,40})?"
    # its date, month first or day first as AFP writes it: "Dec 2", "3 Dec 2024"
    r"(?:,\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?\s*"
    # the agency, or whoever issued it: "(IDF Spokesperson's Unit)"
    r"(?:\((?:" + _AGENCIES + r"|[A-Z][\w'’. ]{1,40})\))?"
    r"|\((?:" + _AGENCIES + r")\)"  # "(Reuters) - ", "(CNN) — ": the agency without a town
    r"|\(([A-Z][a-z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})\))"  # "(Nairobi) - ": a rights group's report
    r"(?:\s*(?:[-—–]{1,2}|_)(?:\s+|$)"  # AP's archive: "_"
    # an agency's tag with no dash, as reposts print it: "TEGUCIGALPA, Honduras (AP) Thousands of fans…"
    r"|(?:" + "|".join(rf"(?<=\({a}\))" for a in _AGENCIES.split("|")) + r")\s+(?=[A-Z][a-z]))"
)


def _wire_dateline(paragraphs: list[str]) -> tuple[int, re.Match | None]:
    """The paragraph that opens with the wire dateline, and its match: the first, or the second
    under a subheading (a line with no full stop: "Witnesses Describe Killings in Central Region")."""
    for at, p in enumerate(paragraphs[:5]):  # under a release's headings: "FOR IMMEDIATE RELEASE", its day…
        if (m := _WIRE_DATELINE.match(p)) is not None:
            return at, m
        if re.search(r"[.!?]\s*$", p) or len(p) > 120:
            break
    return 0, None


@dataclass
class Draft:
    n: int
    sentences: list[Sentence]
    date: DateMention | None
    interval: Interval | None
    kind: str | None
    status: str = "happened"
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    quotes: list[Quote] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)
    title: str = ""
    id: str = ""
    title_text: str | None = None
    claimed_by: str | None = None  # for a claim: who claims it (the subject of "claimed")
    dateline_country: str | None = None  # the wire dateline's country (else most of the article's)
    clause_outside: str | None = None  # told in a "which" clause: its sentence with only that clause kept
    entry: Entry | None = None  # a chronology's entry, dated by its head
    aside: bool = False  # from a clause dating a noun ("the ceasefire that took effect on …"): no anchor
    post: Post | None = None  # a live page's post whose day dates it (it says no date of its own)

    @property
    def paragraph(self) -> int:
        return self.sentences[0].paragraph

    def city(self) -> str | None:
        for p in self.places:
            if p.kind == "city":
                return p.text
        return None

    def place_fields(self) -> dict:
        cities = [p for p in self.places if p.kind == "city" and p.place]
        regions = list(dict.fromkeys(p.region for p in self.places if p.kind == "region" and p.region))
        countries = [p for p in self.places if p.kind == "country" and p.place]
        out: dict = {}
        states = [p for p in self.places if p.kind == "state" and p.place]
        towns = [p for p in self.places if p.kind == "town"]
        if not cities and states:
            st = states[0]
            out.update(place=st.text, region=st.place.region if st.place else None, country="United States")
        if cities:
            c = cities[0]
            out.update(place=c.text, country=c.place.country if c.place else None)
            if c.place and c.place.lat is not None:
                out.update(lat=round(c.place.lat, 4), lon=round(c.place.lon, 4))  # type: ignore[arg-type]
            if c.place and c.place.region:
                out["region"] = c.place.region
        elif towns and "place" not in out:
            out["place"] = towns[0].text  # "the village of Myropillia": named, with no coordinates
        elif regions and "place" not in out:
            out["place"] = " and ".join(regions) if len(regions) < 3 else "; ".join(regions)
        elif countries and "place" not in out:
            out["place"] = countries[0].text
        if self.attrs.get("near") and out.get("place"):
            out["place"] = f"near {out['place']}"
        if regions and "region" not in out:
            out["region"] = ", ".join(regions)
        region_towns = [p for p in self.places if p.kind == "region" and p.place and p.place.country]
        if not out.get("country") and region_towns:
            out["country"] = region_towns[0].place.country  # type: ignore[union-attr]
        if "country" not in out or not out.get("country"):
            if countries:
                out["country"] = countries[0].place.country if countries[0].place else None
            elif out.get("place") and not any(p.place for p in self.places):
                out["country"] = self.dateline_country  # "the city's Saltivskyi district" in a KHARKIV story
        return {k: v for k, v in out.items() if v is not None}

    def record(self, source: str | None, published: str, tz: str | None) -> dict:
        iv = self.interval
        rec: dict = {
            "id": self.id,
            "title": self.title,
            "summary": " ".join(s.text for s in self.sentences),
            "kind": self.kind,
            "status": self.status,
            "date_text": self.date.text if self.date else None,
        }
        if iv is not None:
            rec["start"], rec["end"] = iv.iso()
            rec["precision"] = iv.precision
        rec.update(self.place_fields())
        if self.status == "claimed" and self.claimed_by:
            rec["claimed_by"] = self.claimed_by
        rec.update(
            actors=self.actors,
            killed=self.killed,
            injured=self.injured,
            source=source,
            published=published,
            paragraph=self.paragraph,
            excerpt=self.sentences[0].text,
            attrs=dict(self.attrs),
            quotes=[q.record() for q in self.quotes],
            evidence=[{"paragraph": s.paragraph, "sentence": s.index, "text": s.text} for s in self.sentences],
        )
        return rec


@dataclass
class Extraction:
    article: Article
    sentences: list[Sentence]
    drafts: list[Draft]
    quotes: list[Quote]
    unattached: list[Quote]
    published: datetime
    tz: str | None
    source: str | None

    def records(self) -> list[dict]:
        pub = self.published.isoformat(timespec="seconds")
        return [d.record(self.source, pub, self.tz) for d in self.drafts]

    def as_json(self) -> dict:
        a = self.article
        return {
            "source": {
                "title": a.title,
                "name": self.source,
                "byline": a.byline,
                "site": a.site,
                "url": a.url,
                "published": self.published.isoformat(timespec="seconds"),
                "tz": self.tz,
                "path": a.path,
                "paragraphs": len(a.paragraphs),
            },
            "drafts": self.records(),
            "quotes_without_event": [q.record() for q in self.unattached],
        }


def _masked(sentence: Sentence, quotes: list[Quote], paragraphs: list[str]) -> list[tuple[int, int]]:
    """The quoted spans of a sentence, in the sentence's offsets."""
    out = []
    for q in quotes:
        if q.pieces and q.paragraph == sentence.paragraph:  # a sentence split by its attribution
            for a, b in q.pieces:
                lo, hi = max(a - 1, sentence.start), min(b + 1, sentence.end)
                if lo < hi:
                    out.append((lo - sentence.start, hi - sentence.start))
            continue
        if q.paragraph == sentence.paragraph and q.last_paragraph == sentence.paragraph:
            a, b = q.start - 1, q.end + 1
        elif q.paragraph == sentence.paragraph:
            a, b = q.start - 1, len(paragraphs[sentence.paragraph - 1])
        elif q.last_paragraph == sentence.paragraph:
            a, b = 0, q.end + 1
        elif q.paragraph < sentence.paragraph < q.last_paragraph:
            a, b = 0, len(paragraphs[sentence.paragraph - 1])
        else:
            continue
        lo, hi = max(a, sentence.start), min(b, sentence.end)
        if lo < hi:
            out.append((lo - sentence.start, hi - sentence.start))
    # a sentence split inside a quote (its marks in another sentence): an odd mark count
    return out


def _outside(text: str, masked: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in masked:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    return "".join(chars)


_FINITE = re.compile(r"\b(?:said|says|will|is|are|was|were|has|have|had|took|hit|struck|caught|set|shot|\w+ed)\b")
# the past of verbs news tells happenings with that does not end in -ed ("The landslide swept through…")
_IRREGULAR_PAST = re.compile(
    r"\b(?:swept|won|fell|ran|led|fled|fought|brought|broke|began|came|went|drew|rose|sank|spread|stole|threw|tore|"
    r"blew|burnt|dug|sent|lost|left|held|met|told|made|gave)\b"
)


# what a "since" clause names is the start of a span, told as background ("key events since
# fighting broke out in Sudan"), not a happening of the report
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’\-]+\s+){0,3}$", re.I)


def _tells_happening(words: str) -> bool:
    """Whether ``words`` hold a verb of something happening outside a "since" clause."""
    return any(not _SINCE_BEFORE.search(words[max(0, m.start() - 60) : m.start()]) for m in _HAPPENED.finditer(words))


def _verbs(words: str) -> list[re.Match]:
    """The verbs of happening and the finite verbs of ``words``, in lower case ("Mohammed",
    "Ahmed", "United" are no past tense)."""
    return [m for m in (*_HAPPENED.finditer(words), *_FINITE.finditer(words)) if m.group(0)[0].islower()]


def _has_verb(words: str) -> bool:
    """Whether ``words`` hold a verb, a modal one too ("would be ready")."""
    return bool(re.search(r"\b(?:would|could|should|can|may|might|must)\b", words) or _verbs(words))


# a verb in the historical present, as chronologies write ("Fighting erupts in Khartoum",
# "The RSF takes control of…"): a word in -s before what a verb takes
_PRESENT = re.compile(
    r"\b[a-z]{3,}s\s+(?:the|a|an|in|on|at|to|with|into|from|of|over|up|down|out|off|back|its|his|her|their|"
    r"control|power|office|place|part|more|new|record|\d)"
)


def _title(sentence: str, present: bool = False) -> str:
    """The title of a happening told in ``sentence``: its clause with a verb, at most 14
    words. ``present``: its verbs may be in the historical present (a chronology's entry)."""
    s = _LEAD_IN.sub("", sentence.strip())
    aside = _ASIDE_LEAD_IN.match(s)
    if aside is not None and not is_calendar_phrase(aside.group(0)):  # (not "With the finding of a rifle 11 days ago")
        s = s[aside.end() :]
    if len(s.split()) < 2:  # "At a summit in Madrid, Spain": the lead-in is all there is
        s = sentence.strip()
    s = re.split(r"\s+according\s+to\b|;\s+|\s+—\s+|\s+--\s+", s, maxsplit=1)[0]
    s = _PARENTHETICAL.sub(r" \1 ", s)  # "Russian air strikes hit, in particular, the areas of…": no cut
    kept = _list_commas_kept(s)  # (the commas of "food, water and hygiene items" cut nothing)
    cuts = [m.span() for m in re.finditer(r",\s+(?!and\b)", kept)]
    chunks = [
        c for c in (s[a:b] for a, b in zip([0] + [e for _, e in cuts], [b for b, _ in cuts] + [len(s)])) if c.strip()
    ]
    verb_at = next(
        (
            i
            for i, c in enumerate(chunks)
            if (_has_verb(c) or (present and _PRESENT.search(c)))
            # "President Salome Zourabichvili, | whose powers are largely ceremonial, | said…": an aside
            and not (re.match(r"whose\b", c) and i + 1 < len(chunks) and _has_verb(chunks[i + 1]))
            # "Zamzam camp, | which shelters 500,000 people, | has come under shelling": the aside, then the verb
            and not (
                re.match(r"(?:which|who)\b", c)
                and i + 1 < len(chunks)
                and re.match(r"(?:has|have|had|is|are|was|were|will|would)\s", chunks[i + 1])
            )
        ),
        0,
    )
    chunk = chunks[verb_at] if chunks else s
    listed = all(re.fullmatch(_NAME_IN_LIST, c.strip()) for c in chunks[:verb_at])
    if verb_at > 0 and listed and re.match(_NAME_IN_LIST + r"\s+and\s+", chunk):
        chunk = ", ".join([*chunks[:verb_at], chunk])  # "Poland, | the Czech Republic and Hungary will join…"
    elif verb_at > 0 and chunk[:1].islower() and not re.match(r"(?:and|but)\b", chunk):
        glue = ", " if re.match(r"(?:which|whom|who)\b", chunk) or _TIME_LEAD_IN.match(chunks[0]) else " "
        chunk = chunks[0] + glue + chunk
    elif verb_at > 0 and listed:
        chunk = ", ".join([*chunks[:verb_at], chunk])  # "Egypt, Qatar and the US are due to…"
    s = chunk.rstrip(" .,;:")
    words = s.split()
    if len(words) > 14:
        s = " ".join(words[:14]) + "…"
    return s[:1].upper() + s[1:] if s else sentence[:80]


_WHERE_LEAD_IN = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s*")
_PRONOUN_SAID_THAT = re.compile(
    r"(?:They|He|She|It|We)\s+(?:said|say|says|added|told\s+\w+)\s+that\s+(?=(?:an?|the)\s)"
)
_PARENTHETICAL = re.compile(
    r",\s+(in\s+particular|for\s+example|for\s+instance|notably|among\s+others|in\s+turn|however|reportedly|in\s+all),\s+",
    re.I,
)
# a lead-in that says when, kept with its comma before the clause it leads: "Two days after the
# killings, residents buried…" (not "…the killings residents buried")
_TIME_LEAD_IN = re.compile(r"(?i)^\s*(?:[\w\-]+\s+){0,3}?(?:after|before|later|earlier|ago)\b")
_TITLE_CUT = re.compile(r",\s+where\s+|,\s+|;\s+|\s+(?:as|while|after|when|because|since|although|though)\s+")
_LEAD_PRONOUN = re.compile(r"^(he|she|they)\b", re.IGNORECASE)
# a cut that is a preposition when a noun and no verb follows it ("after clashes near…")
_PREPOSITION_CUT = re.compile(r"\s+(?:after|since)\s+$")
_GERUND = re.compile(r"[a-z]+ing\b")  # "after ordering a recount": a clause with its verb
_AS_PLANNED = re.compile(r"(?:scheduled|planned|expected|agreed|promised|announced|usual)\b")
_RELATIVE = re.compile(r"(?:,\s+)?(which|whom|who)\s+", re.IGNORECASE)
# "which" as the object of what follows ("…, which Google launched", "which the two sides signed")
_OBJECT_NEXT = re.compile(r"(?i:the|a|an|his|her|its|their|he|she|it|they|we|i|you)\b|[A-Z]")
# an adverb that makes the participle after it qualify a noun: "the FBI's most wanted list"
_QUALIFIER = re.compile(r"\b(?:most|more|less|least|well|long|much|best|worst|hard|newly)[\s-]+$", re.I)
_NOUN_START = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+", re.I)
_VERB_AFTER = re.compile(r"\b(?:would|could|should|can|may|might|must|will|did|do|does|to)\s+[a-z]+\b")
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|on|from|outside|inside|across|into)\s+(?:the\s+)?$", re.I)


def _antecedent(before: str, who: bool = False) -> tuple[int, str] | None:
    """Where, in ``before``, the words start that "which" or "who" after it stands for, and
    those words. "who": the last person named, with only an aside between ("Dr Lewis-Jones,
    the former curator at the University of Cambridge, who…"). Else a name just before it
    ("a vision for | NATO, which…"; for "which", not a place after "in"), else, for "which",
    the noun phrase after the last verb ("deplored | the bombing of the U.S. embassy in
    Nairobi, which killed 247"; "placed on | the FBI's most wanted list, which began")."""
    end = len(before.rstrip(" ,"))
    if who:
        person = next((e for e in reversed(find_entities(before)) if e.kind == "person"), None)
        if person is not None and not _FINITE.search(before, person.end, end):  # only an aside between
            return person.start, person.name
    name = _TRAILING_NAME.search(before, 0, end)
    if name is not None and (
        classify(name.group(0))[0] != "org" if who else not _WHERE_BEFORE.search(before, 0, name.start())
    ):
        return name.start(), name.group(0)
    if who:
        return None
    verbs = [
        m.end()
        for m in (*_FINITE.finditer(before, 0, end), *_VERB_AFTER.finditer(before, 0, end))
        if m.group(0)[0].islower() and not _QUALIFIER.search(before, 0, m.start())
    ]
    m = _NOUN_START.search(before, max(verbs, default=0), end)
    if m is None or not 2 <= len(before[m.start() : end].split()) <= 12:
        return None
    return m.start(), before[m.start() : end]


# a name at the end of what comes before ("a vision for NATO", "rule for Northern Ireland"),
# unless it only says where ("the embassy in Nairobi")
_TRAILING_NAME = re.compile(r"(?<![\w'’.\-])[A-Z][\w'’.\-]*(?:\s+(?:(?:of|the)\s+)?[A-Z][\w'’.\-]*)*$")


def _stands_for(clause: str, before: str) -> tuple[int, str] | None:
    """For a clause that opens with "which", "who" or "whom": where what the word stands for
    starts in ``before``, and the clause said with it: "The bombing of the U.S. embassy in
    Nairobi killed 247…" for "which killed 247…"; when the word is the object of what
    follows, the name then the clause ("Mohammed Deif, whom Israel says it killed…", "Keep,
    which Google launched this week"). None for another clause."""
    m = _RELATIVE.match(clause)
    if m is None:
        return None
    what = _antecedent(before, who=m.group(1).lower() in ("who", "whom"))
    if what is None:
        return None
    return what[0], _said_with(what[1], clause, m)


def _said_with(what: str, clause: str, m: re.Match) -> str:
    """The relative clause ``clause`` (its "which", "who" or "whom" matched by ``m``) said with
    ``what`` the word stands for: "Elian was rescued Nov. 25"; "Keep, which Google launched
    this week" when the word is the object of what follows."""
    if m.group(1).lower() == "whom" or _OBJECT_NEXT.match(clause, m.end()):
        return f"{what}, {clause[m.start(1) :]}"
    return f"{what} {clause[m.end() :]}"


# words between a subject and its verb: "Iran Saturday condemned", "South Africa on Friday
# deplored", "Hungary formally joined", "Russia has also said"
_BETWEEN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s+(?:on|early|late|this|last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|overnight|"
    r"also|again|now|then|\w+ly))*\s+",
    re.IGNORECASE,
)
# a past verb right after a date, whose subject came before it: "the strikes on Monday evening killed"
_VERB_AFTER_DATE = re.compile(r"\s+(?:killed|wounded|injured|hit|struck|destroyed|damaged|left|forced|targeted)\b")
_VERB_NEXT = re.compile(r"(?:will|would|may|might|could|should|must|can|has|have|had|is|was|were|are|says)\b")


def _country_acts(before: str, after: str) -> bool:
    """Whether a country named in a sentence is who acts: its subject, alone or in a list
    ("Russia launched…", "South Africa on Friday condemned…", "Egypt, Qatar and the US are
    due to host…") or who says it ("…, New Zealand said Friday")."""
    if _LIST_BEFORE.fullmatch(before):  # "Egypt, Qatar and the US are due to host…": each acts
        return _acts(after[_LIST_AFTER.match(after).end() :])  # type: ignore[union-attr]
    return bool(re.search(r",\s*(?:the\s+)?$", before) and re.match(r"\s+(?:" + _SAYS + r")\b", after))


_NAME_IN_LIST = r"(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*"
_LIST_BEFORE = re.compile(
    r"\s*(?:(?:[Tt]he\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*(?:,\s+|,?\s+and\s+))*(?:[Tt]he\s+)?"
)
_LIST_AFTER = re.compile(r"(?:(?:,\s+|,?\s+and\s+)" + _NAME_IN_LIST + r")*")
_SAYS = r"said|says|announced|told|stated|warned|added|declared|insisted|confirmed|denied"


def _acts(after: str) -> bool:
    """Whether a name at the start of a sentence is its subject, the words after it its verb
    ("Russia launched…", "South Africa on Friday condemned…"), not a word it qualifies ("U.S.
    Secretary of State…", "the U.S. team includes…", "China's leaders")."""
    m = _BETWEEN_SUBJECT_AND_VERB.match(after)
    if m is None:
        return False
    rest = after[m.end() :]
    return bool(_VERB_NEXT.match(rest) or _FINITE.match(rest) or _HAPPENED.match(rest)) and rest[:1].islower()


# the start of a subject: a name or a noun with its article, not a preposition or a participle
_SUBJECT_START = re.compile(
    r"(?!(?:On|In|At|By|For|Of|From|To|With|Including|According|As|Since|Until|During|After|Before|Following|"
    r"Through|Late|Early|Mid|Just|Only|Also|Then|Finally|Earlier|Later)\b)"
    r"(?![A-Z][a-z]+(?:ed|ing)\b)(?:[A-Z]|(?:the|a|an)\b)"
)


def _subject_only(words: str) -> bool:
    """Whether the words before a date are a subject with its verb still to come ("South Africa
    | on Friday condemned…", "The FAA | on Friday announced…")."""
    words = re.sub(r"^(?:So|But|And|Yet|Meanwhile|Additionally|However|Still)\b,?\s*", "", words.strip(" ,;"))
    return bool(_SUBJECT_START.match(words)) and not _verbs(words)


def _within(town: PlaceMention, area: PlaceMention) -> bool:
    """Whether ``area`` is the country, state or region a town is in ("Mogadishu, Somalia")."""
    if town.kind != "city" or area.kind not in ("country", "state", "region"):
        return False
    return area.kind != "country" or (
        town.place is not None and area.place is not None and town.place.country == area.place.name
    )


def _place_commas_kept(outside: str, places: list[PlaceMention]) -> str:
    """``outside`` with the commas of "in Mogadishu, Somalia, on Monday" blanked (the ones
    between a town and its country or region, and after them), which end no clause; not those of
    "Kharkiv, Ukraine's second largest city," (an aside)."""
    chars = list(outside)
    ordered = sorted(places, key=lambda p: p.start)
    for p1, p2 in zip(ordered, ordered[1:]):
        if (
            p1.start >= 0
            and outside[p1.end : p2.start] == ", "
            and _within(p1, p2)
            # "on Kharkiv, Ukraine's second largest city, killed": the country's own noun, an aside
            and not re.match(r"['’]s?\b", outside[p2.end :])
        ):
            chars[p1.end] = " "
            if re.match(r",\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]", outside[p2.end :]):
                chars[p2.end] = " "  # "…, Somalia, on Monday", not "…, Spain, the alliance announced"
    return "".join(chars)


# a list of things: "delivered food, water and hygiene items" (its commas end no clause)
_LIST_COMMA = re.compile(
    r"\b[a-z][\w\-]*(,)\s+((?:[a-z][\w\-]*\s+){1,2}?)(?:and|or)\s+[a-z]"
    # and of names: "admit Poland, Hungary and the Czech Republic"
    r"|\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w\-]*(,)\s+((?:[A-Z][\w\-]*,\s+){0,4}[A-Z][\w\-]*\s+)(?:and|or)\s+"
    r"(?:the\s+)?[A-Z]"  # (not "On Wednesday, Bushnell and Kimotho met": a lead-in's comma)
)


def _list_commas_kept(outside: str) -> str:
    """``outside`` with the commas of a list of things in lower case blanked ("food, water
    and hygiene items"), not those before a verb ("a house, killing two and injuring five")."""
    chars = list(outside)
    for m in _LIST_COMMA.finditer(outside):
        comma, items = (1, m.group(2)) if m.group(1) else (3, m.group(4))
        if not _has_verb(items) and not re.search(r"ing\b", items):
            chars[m.start(comma)] = " "
            for inner in re.finditer(",", items):  # "near Myrolyubivka, Promin, Lysivka and Dachenske"
                chars[m.start(comma + 1) + inner.start()] = " "
    return "".join(chars)


# a clause that only says who told it, and when ("the regional military administration
# reported on Sept. 22", "police said Monday")
# a saying and its day, what was said cut off: "Ukrainian Commander-in-Chief Oleksandr Syrskyi stated on December 1"
_SAYING_ONLY = re.compile(
    r"(?:[\w'’.\-]+\s+){1,8}?(?:said|says|stated|states|announced|told\s+\w+|added|confirmed|reported)"
    r"(?:\s+(?:on|late|early)?\s*[\w.]+){1,4}",
    re.I,
)
_ATTRIBUTION_ONLY = re.compile(
    r"(?:the\s+|an?\s+)?(?:[\w'’.\-]+\s+){0,6}?(?:said|says|reported|reports|announced|told\s+\w+|added|confirmed|"
    r"wrote|posted)(?:\s+(?:on|late|early)?\s*[\w.]+){0,4}",
    re.I,
)


# an opening that says under what circumstance, or whose account it is: "With 99.9% of ballots
# counted, the PSD had…", "According to the indictment, between March 2019…"
_ASIDE_LEAD_IN = re.compile(r"(?:With|According\s+to|Despite|Under|In\s+addition)\b[^,]{0,80},\s+")
# the words that open a sentence by saying whose account it is: no subject of its clause
_ATTRIBUTION_HEAD = re.compile(r"(?:According\s+to|In\s+the\s+words\s+of)\b", re.I)


# the noun a possessive date owns: "Wednesday's quake", "Thursday's deadly ruling"
_POSSESSED = re.compile(
    r"['’]s?(?:\s+(?!(?:and|or|but|in|on|at|of|to|by|where|which|that|when|as|was|were|is)\b)[a-z][\w\-]*){1,2}"
)
# a span that measures the "after"/"before" that follows it: "faded on Friday | three days | after a quake hit"
_SPAN_BEFORE_CUT = re.compile(
    r"\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)$",
    re.I,
)


def _possessed_noun_length(after: str) -> int:
    m = _POSSESSED.match(after)
    return m.end() if m else 0


def _without_trailing_span(clause: str, after: str) -> str:
    """``clause`` without the span that ends it when the cut after it is "after" or "before"."""
    if re.match(r"\s*(?:after|before)\b", after):
        return _SPAN_BEFORE_CUT.sub("", clause)
    return clause


_SUBORDINATE = re.compile(r"(?:after|before|as|when|while|following|amid|because)\b", re.I)
# who says it, then the subject of what is said: "Prosecutors said | Hammond"
_SAID_SUBJECT = re.compile(
    r"(?:[\w'’.\-]+\s+){1,6}?(?:said|says|told\s+\w+|added|alleged|allege)\s+(?:that\s+)?(?P<subject>[A-Z].{0,60})"
)


def _title_around(
    sentence: Sentence,
    outside: str,
    mention: DateMention,
    registry: Registry,
    quoted: bool = False,
    places: list[PlaceMention] | None = None,
) -> str:
    """The title of a dated happening: the clause that holds its date, with its subject
    (the sentence's first words when the clause starts with its verb; the person a
    pronoun stands for). A sentence that opens with a quote is titled by its attribution."""
    text = outside if quoted else sentence.text
    outside = _list_commas_kept(_place_commas_kept(outside, places or []))  # where the clauses are cut only
    cuts = [0] + [m.end() for m in _TITLE_CUT.finditer(outside)] + [len(text) + 1]
    starts = [c for c in cuts if c <= mention.start]
    a = starts[-1] if starts else 0
    rest = next((m.start() for m in _TITLE_CUT.finditer(outside) if m.start() >= mention.end), len(text))
    if (
        len(starts) > 1
        and (
            # (not "after Thursday's ruling": the date is the noun's)
            (
                _PREPOSITION_CUT.search(outside[:a])
                and text[a : mention.start].strip()
                and not _GERUND.match(text, a)
                and not _has_verb(text[a:rest])
                and _FINITE.search(text[starts[-2] : a])  # the clause before tells something ("to cement…" does not)
            )
            # "would go before parliament as | scheduled on Dec. 12": "as planned" is no clause
            or (outside[:a].endswith(" as ") and _AS_PLANNED.match(text[a:]))
        )
    ):
        # "17 people were arrested after | clashes near the Interior Ministry in the afternoon": a
        # noun after "after" is no clause of its own; the clause is the one before it
        a = starts[-2]
    b = next((c for c in cuts if c > mention.end), len(text) + 1)
    # the separator that ends the clause is not part of it
    end_cut = next((m.start() for m in _TITLE_CUT.finditer(outside) if m.start() >= mention.end), len(text))
    stop = min(b, end_cut)
    if not _subject_only(text[a : mention.start]):
        if (
            len(text[mention.end : stop].split()) > 4
            and not re.match(r"\s+that\b", text[mention.end :])
            # "an incident on Thursday | in which more than 100 Palestinians … were killed": what the noun was
            and not re.match(r"\s+(?:in|during|at)\s+which\b", text[mention.end :])
            # "said the strikes on Monday evening | killed nine people": the verb is still to come
            and not _VERB_AFTER_DATE.match(text[mention.end :])
        ):
            # ("claimed on Wednesday that its forces had destroyed…": what was said follows)
            # what follows the date is detail: "… next week with a "victory plan" that …" (but in
            # "South Africa on Friday condemned the strike", the verb is still to come)
            stop = mention.end
    elif _subject_only(text[a:stop]) and stop < len(text):
        # the subject alone up to a comma ("The Friday explosions at U.S. embassies in Nairobi,
        # Kenya, and Dar es Salaam, Tanzania, | killed…"): the verb is in the next part
        stop = next((m.start() for m in _TITLE_CUT.finditer(outside) if m.start() > stop), len(text))
    if stop == mention.end:
        # "leveled by Wednesday's quake and where…": the date is the noun's, which ends the clause
        stop += _possessed_noun_length(text[stop:])
    clause = _without_trailing_span(text[a:stop].strip(" ,;"), text[stop:])
    clause = re.sub(r"^(?:Although|Though|While|As|After|When|Because|Since|If|But|And)\s+", "", clause)
    if (
        a > 0
        and not quoted
        and _ATTRIBUTION_ONLY.fullmatch(clause)
        and _ends_sentence(text, mention.end)  # the attribution ends the sentence
        and not _subject_only(text[:a].strip(" ,;"))  # and what it reports is a clause with its verb
    ):
        # "Russian forces attacked 11 communities…, | the regional administration reported on
        # Sept. 22": the happening is what was reported, the date the report's
        clause = text[:a].strip(" ,;")
    follows = text[mention.end :].lstrip(" ,;")
    where_lead = False
    if (
        a > 0
        and not mention.anchored
        and len(clause.split()) - len(mention.text.split()) < 2
        and not _has_verb(clause)
        and (_has_verb(text[:a]) or _IRREGULAR_PAST.search(text[:a]) is not None)
        and (
            not follows.strip(" .")
            or _SUBORDINATE.match(follows)
            # "…crashed into the sea near … Abidjan, | on Saturday, | Ivorian and French officials said": who
            # told it follows, not the happening
            or _ATTRIBUTION_ONLY.fullmatch(follows.strip(" ."))
        )
    ):
        # "The landslide swept through Lang Nu, …, | early on Tuesday morning | after days of rain",
        # "He served in the Seanad, | from 2002 to 2007.": the date ends the clause before it
        clause = text[:a].strip(" ,;")
    elif (
        (
            len(clause.split()) - len(mention.text.split()) < 2
            # "In July last year in Phnom Penh, | Cambodia's capital, | Hun Sen staged a coup": a lead-in of when and where
            or (
                where_lead := mention.start - a < 3
                and _WHERE_LEAD_IN.fullmatch(text[mention.end : end_cut]) is not None
            )
        )
        and end_cut < len(text)
    ):
        # "Two days later, a second strike hit …": the date leads in, the happening follows
        nxt = next((m.start() for m in _TITLE_CUT.finditer(outside) if m.start() > end_cut + 1), len(text))
        while where_lead and nxt < len(text) and not _has_verb(text[end_cut:nxt]):  # (past "Cambodia's capital,")
            end_cut = nxt
            nxt = next((m.start() for m in _TITLE_CUT.finditer(outside) if m.start() > end_cut + 1), len(text))
        clause = text[end_cut:nxt].strip(" ,;")
        clause = clause[:1].upper() + clause[1:]
    elif (
        len(clause.split()) - len(mention.text.split()) < 2
        and _has_verb(text[mention.end :])
        and len(text[a : mention.start].split()) <= 1
        and not re.match(
            r"\s*(?:of|as|for|to|from|until|since|by|its|his|her|their|the|an?)\b", text[a : mention.start], re.I
        )
    ):
        # "According to the indictment, between March 2019 and June 2023 the men operated…": no comma after the date
        clause = text[a:].strip(" ,;.")
    relative = _stands_for(clause, text[:a])
    if relative is not None:
        clause = relative[1]
    clause = " ".join(clause.split())
    if (said := _PRONOUN_SAID_THAT.match(clause)) is not None:
        # "They said that an incident on Thursday in which…": what they said is the happening
        clause = clause[said.end() :][:1].upper() + clause[said.end() + 1 :]
    if (
        a > 0
        and relative is None
        and clause[:1].islower()
        and not _LEAD_PRONOUN.match(clause)
        and not (
            # "…, where the blasts killed 257": a subject and a verb of its own
            _NOUN_START.match(clause) and not _subject_only(clause)
        )
    ):
        head = text[: cuts[1]].strip(" ,;") if len(cuts) > 2 else ""
        head = _LEAD_IN.sub("", head + ", ").strip(" ,") if head else ""
        said = _SAID_SUBJECT.fullmatch(head)
        if said and not _FINITE.search(said.group("subject")):
            head = said.group("subject")  # "Prosecutors said Hammond, | who…, | returned…": Hammond returned
        if head and not _FINITE.search(head) and not _ATTRIBUTION_HEAD.match(head):
            clause = f"{head} {clause}"
    elif (
        a > 0
        and relative is None
        and re.fullmatch(r"\s*(?:" + _NAME_IN_LIST + r",\s+)+", text[:a])
        and re.match(_NAME_IN_LIST + r"\s+and\s+", clause)
    ):
        clause = f"{text[:a].strip()} {clause}"  # "Egypt, | Qatar and the US are due to host…": a list's first names
    m = _LEAD_PRONOUN.match(clause)
    if m and m.group(1).lower() == "they":
        # "…are expected to discuss Georgia when | they meet in Brussels": many, never the one
        # person named last; the sentence says who
        if a > 0 and text[:1].isupper() and _has_verb(text[:a]):
            clause = f"{text[:a].strip()} {clause}"
    elif m:
        at = text.find(m.group(0) + " ")  # where the pronoun stands: one named before it in the sentence counts too
        clause = _pronoun_named(clause, sentence, at, registry)
    if not clause or len(clause.split()) < 3:
        return _title(text)
    return _title(clause)


def _pronoun_named(clause: str, sentence: Sentence, at: int, registry: Registry) -> str:
    """``clause`` with the "he" or "she" it opens with said as the person named last before
    ``at`` in ``sentence`` (or before the sentence): "Salvatierra would be buried…"."""
    m = _LEAD_PRONOUN.match(clause)
    if m is None or m.group(1).lower() == "they":
        return clause
    who = registry.last("person", sentence.paragraph, sentence.start + max(at, 0))
    return who.name.split()[-1] + clause[m.end() :] if who is not None else clause


# an aside about the subject between commas: "Jorge Salvatierra, the retired general who … and
# was later convicted of covering up a massacre, | died on Tuesday"
_WHO_ASIDE = re.compile(r",\s+(?:[\w'’.\-]+\s+){0,6}?(?:who|whose|which)\s+[^,;]+,(?=\s+[a-z])")


def _without_aside(text: str, at: int | None) -> str:
    """``text`` less an aside about its subject, when what is left still has its verb and the
    date (at ``at``) is not in the aside: the aside's verbs ("was convicted") are not the
    sentence's happening ("died on Tuesday")."""
    m = _WHO_ASIDE.search(text)
    if m is not None and _FINITE.match(text[m.end() :].lstrip()):  # its verb right after: "…, died on Tuesday"
        a, b = m.span()
    elif (held := _subject_aside(text)) is not None:  # "A man | who stabbed two people in 2021 | has been jailed"
        a, b = held.span("aside")
    else:
        return text
    if at is not None and a <= at < b:
        return text
    return text[:a] + " " * (b - a) + text[b:]


# a rule in force, named with its date, then what it says: "Under a 2020 court ruling, | a candidate must
# win more than half of the votes cast", "Under the 2015 agreement, inspectors are allowed…"
_RULE_IN_FORCE = re.compile(
    r"\s*(?P<lead>(?:Under|In\s+line\s+with|As\s+(?:required|provided)\s+(?:by|for\s+in))\s+[^,;]{3,80}),\s+"
    r"(?:[\w'’\-]+\s+){1,10}?(?:must|may|can(?:not)?|shall|should|(?:has|have)\s+to|(?:is|are)\s+(?:not\s+)?"
    r"(?:required|allowed|barred|banned|entitled|obliged|permitted|forbidden|prohibited|eligible))\b"
)


# a saying and what was said: "European Union observers said on Friday | that the vote had been…"
_SAID_THAT = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’]+\s+){1,3}?|stated|declared|noted|concluded|added|insisted)\b[^.;\"“]{0,40}?\bthat\s+",
    re.I,
)


def _only_says(text: str, at: int) -> bool:
    """Whether the happening of a sentence whose date (at ``at``) is its saying's is the saying:
    what was said tells no happening of its own ("European Union observers said on Friday that the
    vote had been "generally well run"" is a statement, not a vote; "…said on Monday that its
    forces had captured the village" tells a capture)."""
    m = _SAID_THAT.search(text)
    if m is None or at >= m.end() or _PLANNED.search(text, m.end()):
        return False
    what = text[m.end() :]  # ("…said Friday that team no. 225 made surprise visits to a number of sites": a visit)
    told = _tells_happening(what) or _ATTACK.search(what) or _first_kind(_KINDS_STRONG, what)
    return not told and casualties(what) == (None, None)


def _first_kind(table: list[tuple[str, re.Pattern]], text: str) -> str | None:
    """The kind of the first pattern of ``table`` that ``text`` holds."""
    return next((kind for kind, rx in table if rx.search(text)), None)


# who told it, at the end of a sentence that tells a happening ("…rounded up men in the market,
# witnesses said"): the happening's source, no statement of its own
_TOLD_BY = re.compile(
    r",\s+(?:(?:several|many|two|three|local|other)\s+)?(?:witnesses|residents|survivors|villagers|relatives|"
    r"activists|medics|sources)\s+(?:said|told\s+[\w ]{2,30}?)\.?\s*$",
    re.I,
)


def _kind(text: str, paragraph: str, strong: str | None, killed: int | None, injured: int | None) -> str | None:
    """The kind of the happening ``text`` (a sentence, outside its quotes) tells, in
    ``paragraph``, or None: its own verb's ("was arrested", "condemned", "resigned"), then
    the weapon it names, what it names outright (a riot, a protest, a battle), the weapon its
    paragraph names, what else it tells (a storm, a fire, an agreement, a vote), an attack on
    people, a statement."""
    attack = bool(_ATTACK.search(text)) or killed is not None or injured is not None
    return (
        strong
        or ("statement" if _dated_statement(text) else None)
        or _first_kind(_KINDS_OWN, text)
        or (_first_kind(_KINDS_WEAPON, text) if attack else None)
        or _first_kind(_KINDS_NAMED, text)
        or (_first_kind(_KINDS_WEAPON, paragraph) if attack else None)
        or _first_kind(_KINDS_GENERIC, _CAUSE.sub(" ", text))
        or _first_kind(_KINDS_GENERIC, text)
        or ("attack" if (killed or injured or _VIOLENCE.search(text)) else None)
        # "Keane died aged 84 on Sunday, his publisher said": a death, not what was said of it
        or ("event" if _DIED.search(text) else None)
        or ("statement" if re.search(r"\b(?:said|told|stated)\b", _TOLD_BY.sub("", text)) else None)
    )


# what brought a happening about, to the end of its sentence: "The landslide swept through Lang Nu …
# after days of torrential rain | brought by Typhoon Yagi, the strongest storm to hit the country in
# decades": the landslide is the happening, the typhoon its cause
_CAUSE = re.compile(
    r"\b(?:brought|caused|triggered|spawned|unleashed|fuell?ed|driven|whipped\s+up|dumped)\s+by\b[^.;]*"
    r"|\bin\s+the\s+(?:wake|aftermath)\s+of\b[^.;]*",
    re.I,
)


# a death no one caused: an obituary's ("died aged 84", "died Sunday at her home", "passed away")
_DIED = re.compile(r"\b(?:died|dies|passed\s+away)\b", re.I)
_DISASTERS = ("earthquake", "flood", "storm", "fire")


def _disaster_toll(kind: str, text: str, before: list[str | None]) -> str:
    """A count with no word of violence ("nearly 400 people were being treated for injuries",
    "At least 13 bodies were dug up") after drafts of a disaster is the disaster's, not an attack
    (what the drafts between were said, or what drowned, says no other kind)."""
    last = next((k for k in reversed(before) if k not in ("statement", "event", "accident", "evacuation")), None)
    if kind == "attack" and last in _DISASTERS and not _ATTACK.search(text) and not _VIOLENCE.search(text):
        return last
    return kind


def _introduces(sentence: str) -> bool:
    """A sentence that introduces what follows ("Here is the situation on Sunday, September 22",
    "Key developments on Nov. 6:"): no happening."""
    return bool(_FRAMING.match(sentence) or _LIST_INTRO.match(sentence))


def _introduced_by(
    introduced: list[tuple[int, DateMention]], at: int, anchor: Draft | None
) -> tuple[int, DateMention] | None:
    """The last sentence before sentence ``at`` that introduced what follows with a date, when
    no dated draft (``anchor``) comes between: what a list after "Key developments on Nov. 6:"
    tells with no date of its own is of that day."""
    before = [x for x in introduced if x[0] < at]
    if not before or (anchor is not None and anchor.date is not None and anchor.sentences[0].index > before[-1][0]):
        return None
    return before[-1]


def _clause_kind(title: str, sentence: str, kind: str | None) -> str | None:
    """The kind of a draft titled by a clause of its sentence is its clause's verb's, when that
    says one: "Mbala, who was arrested in Kinshasa in August 2021, pleaded not guilty" is
    titled "Mbala was arrested in Kinshasa in August 2021", an arrest, not a court."""
    if len(title.rstrip("…")) >= len(" ".join(sentence.split())) - 2:
        return kind
    clause = title.rstrip("…")
    if (
        kind == "event"
        and _DIED.search(sentence)
        and not _DIED.search(clause)
        and re.search(r"\b(?:said|told)\b", clause)
    ):
        return "statement"  # "Faber & Faber said in a statement on Monday" (that Keane died): its own day, a statement
    return _first_kind(_KINDS_STRONG, clause) or _first_kind(_KINDS_OWN, clause) or kind


def _weapon_context(own: Sentence, dated: list[Sentence], paragraph: str) -> str:
    """The words of ``own``'s paragraph that may name its weapon: the paragraph less its other
    sentences that date a happening of their own (``dated``: a CrisisWatch month or an ACLED
    overview tells several in one paragraph: "On 5 Sept, militants ambushed an army convoy…
    Mid-Sept, army drone strikes hit a market…": the ambush is no drone strike)."""
    for other in dated:
        if other.index != own.index and other.paragraph == own.paragraph:
            paragraph = paragraph.replace(other.text, " ")
    return paragraph


# the heading of a report's summary: "Key Takeaways:", "HIGHLIGHTS", "KEY HIGHLIGHTS", "Summary"
_SUMMARY_HEAD = re.compile(
    r"\s*(?:Key\s+(?:takeaways|points|findings|messages|highlights)|Highlights|Summary|In\s+brief|At\s+a\s+glance)\s*:?\s*$",
    re.I,
)
_ITEM = re.compile(r"\s*[-*•·▪–]\s+\S")


def _summary_paragraphs(paragraphs: list[str]) -> set[int]:
    """The paragraphs (numbered from 1) of a report's summary: after its heading, the list's items
    ("Key Takeaways:" then "- …" lines), else the paragraphs up to the next heading (a line with no
    full stop: "SITUATION OVERVIEW")."""
    out: set[int] = set()
    for i, text in enumerate(paragraphs):
        if not _SUMMARY_HEAD.match(text):
            continue
        bullets = i + 1 < len(paragraphs) and _ITEM.match(paragraphs[i + 1]) is not None
        for j in range(i + 1, len(paragraphs)):
            item = paragraphs[j]
            if (bullets and not _ITEM.match(item)) or (not bullets and not re.search(r"[.!?]\W*$", item)):
                break
            out.add(j + 1)
    return out


_CONTENT_WORD = re.compile(r"[A-Za-z][\w\-]{3,}|\d[\d,.]*")


def _told_again_after_summary(drafts: list[Draft], summary: set[int]) -> list[Draft]:
    """A report's summary ("Key Takeaways", "HIGHLIGHTS") tells again what its body tells: a
    summary's draft that a draft of the body tells with the same date, kind and most of its words
    ("Russian forces launched 78 Shahed drones and three Iskander-M missiles at Ukraine on the night
    of December 1 to 2", in both) is that one, which keeps the larger toll."""
    if not summary:
        return drafts
    kept = []
    for d in drafts:
        words = (
            {w.lower() for s in d.sentences for w in _CONTENT_WORD.findall(s.text)} if d.paragraph in summary else set()
        )
        body = next(
            (
                b
                for b in drafts
                if words
                and b.paragraph not in summary
                and b.paragraph > d.paragraph
                and (b.interval, b.kind, b.status) == (d.interval, d.kind, d.status)
                and len(words & {w.lower() for s in b.sentences for w in _CONTENT_WORD.findall(s.text)})
                >= 0.6 * len(words)
            ),
            None,
        )
        if body is None:
            kept.append(d)
            continue
        body.killed, body.injured = _most(body.killed, d.killed), _most(body.injured, d.injured)
    return kept


def _own_words(d: Draft, s: Sentence, infos: list[_Info]) -> str:
    """The words of ``s`` that tell ``d``: its clause when ``d`` is told in an aside ("Yuri Slyusar,
    who took office in May 2024, claimed that air defenses destroyed 12 drones": the aside's draft
    is no claim), else the sentence outside its quotes."""
    return d.clause_outside if d.aside and d.clause_outside and s is d.sentences[0] else infos[s.index].outside


def _kinds_from_evidence(
    drafts: list[Draft], paragraphs: list[str], dated: list[Sentence], outside: dict[int, str] | None = None
) -> None:
    """A draft its own sentence gives no kind ("He later died on Apr. 21.") takes the kind
    of the first sentence that joined it and tells one ("A student was shot in custody")."""
    for d in drafts:
        if d.kind != "event" or str(d.attrs.get("date", "")).startswith(_STATE_NOTE):
            continue  # (a state held since a date is no happening of the kind its sentence's words say)
        for x in d.sentences:
            found = _kind(
                d.clause_outside
                if d.aside and d.clause_outside and x is d.sentences[0]  # (an aside's: its words, not the sentence's)
                # (outside its quotes: "…150 injuries…," the Saba news agency reported, is no attack)
                else _without_aside(
                    (outside or {}).get(x.index, x.text), d.date.start if d.date and x is d.sentences[0] else None
                ),
                _weapon_context(x, dated, paragraphs[x.paragraph - 1]),
                None,
                *casualties((outside or {}).get(x.index, x.text)),
            )
            if found not in (None, "statement"):
                d.kind = found
                break


def _ends_sentence(text: str, at: int) -> bool:
    """Whether nothing but closing punctuation follows ``at``."""
    return not text[at:].strip(" .;:\"'”’")


def _added(a: int | None, b: int | None) -> int | None:
    """A count of others ("Two more died in hospital") added to the one told before."""
    return b if a is None else a if b is None else a + b


def _most(a: int | None, b: int | None) -> int | None:
    """The larger of two tolls, None when neither is said."""
    return None if a is None and b is None else max(a or 0, b or 0)


def _reported_on(sentence: str, mention: DateMention) -> str | None:
    """The attribution the date stands in when it only says when a happening was reported
    ("…, his party said on Friday"), or None."""
    comma = sentence.rfind(",", 0, mention.start)
    if comma < 0:
        return None
    tail = sentence[comma + 1 :].strip(" .;:\"'”’")
    # (or a comment on it follows: "…, an official and a doctor told AFP on Saturday, underscoring the threat of…")
    comment = _COMMENT_AFTER.match(sentence, mention.end)
    if comment is not None:
        tail = sentence[comma + 1 : mention.end].strip()
    if not _ATTRIBUTION_ONLY.fullmatch(tail) or not (comment or _ends_sentence(sentence, mention.end)):
        return None
    return tail


_COMMENT_AFTER = re.compile(r",\s+(?:underscoring|highlighting|underlining|adding\s+to|amid|as)\b", re.I)


# footage or imagery dated by when it was published that shows a happening ("Geolocated
# footage published on September 21 indicates that Russian forces advanced west of…")
_EVIDENCE = re.compile(
    r"(?:\b[\w\-]+\s+){0,2}?\b(?:footage|imagery|images?|videos?|photos?|photographs?|pictures?)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:published|posted|released|shared|taken|filmed|captured|collected)\s*$",
    re.I,
)
_SHOWS_THAT = re.compile(r"\s*(?:indicates?|shows?|suggests?|confirms?|depicts?|reveals?)\s+(?:that\s+)?", re.I)


def _shown_by(sentence: str, mention: DateMention) -> tuple[str, str] | None:
    """(the evidence and its date, what it shows) when the date says when footage or imagery
    was published ("Geolocated footage published on September 21 indicates that Russian forces
    advanced…"): the happening is what it shows, on or before that day; else None."""
    words = re.sub(r"\s*\bon\s*$", "", sentence[: mention.start])
    evidence = _EVIDENCE.search(words)
    shows = _SHOWS_THAT.match(sentence, mention.end)
    if evidence is None or shows is None or len(sentence[shows.end() :].split()) < 3:
        return None
    return sentence[evidence.start() : mention.end], sentence[shows.end() :]


def _scope_ahead(mention: DateMention, text: str, published: datetime) -> bool:
    """Whether a date says how long something lasts, ahead of a report of what was done ("the
    decision to suspend talks on joining the EU until 2028"), not when a happening was."""
    return bool(
        re.match(r"(?:until|till|through)\b", mention.text, re.I)
        and mention.interval is not None
        and mention.interval.end > published + timedelta(days=1)
        and not _planned_near(text, mention)
    )


def _planned_near(text: str, mention: DateMention | None) -> bool:
    if mention is None:
        return bool(_PLANNED.search(text))
    if done_act(mention.text, text):  # "would look for ways to get around Wednesday's ruling": the ruling is done
        return False
    window = text[max(0, mention.start - 70) : mention.start]
    clause = re.split(r"[,;]\s+(?=[A-Za-z])", window)[-1] if "," in window else window
    if _FOR_DAY.search(clause):  # "issued a red alert for the province of Barcelona for Monday"
        return True
    return bool(_PLANNED.search(clause)) or _modal_governs(text[: mention.start], mention.text)


# "will" or "would" and the words it governs up to a date, none of them another verb's: "said it
# would send 10,000 more soldiers and police officers to the Valencia region | on Monday"
_MODAL_REACH = re.compile(r"\b(?:will|would)\s+(?:not\s+)?[a-z]+\s+(?P<rest>(?:[^,;:\"“”]|(?<=\d),(?=\d)){0,110})$")
_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|past)\b|\b(?:19|20)\d\d\b", re.I)


def _modal_governs(before: str, date_words: str) -> bool:
    """Whether a "will"/"would" before the date governs it across more words than the usual
    window, with no verb of its own, "that", "which" or "who" between (and no past date)."""
    m = _MODAL_REACH.search(before)
    if m is None or _PAST_WORDS.search(date_words):
        return False
    return not re.search(
        r"\b(?:that|which|who|whom|when|after|before|because|since)\b|\b[a-z]+ed\b|\b(?:is|was|are|were|has|had)\b",
        m.group("rest"),
    )


# a warning for a day to come: "a red alert for the province of Barcelona for Monday"
_FOR_DAY = re.compile(r"\b(?:alerts?|warnings?|watch(?:es)?|forecasts?)\b[^.;]*\bfor\s*$", re.I)


_CLOCK = re.compile(
    r"\b(?:at\s+)?(?P<approx>around|about|approximately|shortly\s+after|just\s+after)?\s*"
    r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    # the 24-hour clock of AFP, an army's statement, a European paper ("at approximately 21:05",
    # "08:30", "14h30"): an hour no 12-hour clock has, or written with its leading zero
    r"|(?P<hour24>0\d|1[3-9]|2[0-3])[:h](?P<minute24>[0-5]\d)(?![\d:])(?!\s*(?:GMT|UTC)\b))"
    r"(?:\s+local\s+time)?",
    re.IGNORECASE,
)


# a paragraph that tells what was done in answer to the happening before: another happening
_REACTION = re.compile(r"\s*(?:In\s+(?:response|retaliation|return)|Separately|In\s+a\s+separate\s+\w+)\b", re.I)


def _how_things_stood(sentence: str, mention: DateMention, heading: bool) -> bool:
    """Whether ``mention`` dates how things stood, not a happening: a figure's comparison ("up
    from 33.3% in 2020"), how far a count had gone ("recovered by Tuesday afternoon", unless the
    sentence plans), a heading's "as of 08:00 on 3 December", a state held since then ("has worked in
    Sudan since 1979")."""
    before = sentence[: mention.start]
    return bool(
        _COMPARED.search(before)
        or _HELD_SINCE.search(before + ("since " if re.match(r"since\b", mention.text, re.I) else ""))
        or (heading and _AS_OF_BEFORE.search(before))
        or (
            re.fullmatch(r"\s*(?:by\s+)?", before, re.I) is not None
            and re.match(r"by\s", before.lstrip() + mention.text, re.I) is not None
            and re.match(r",?\s+[^,;]{0,60}\b(?:had|have)\s+been\b", sentence[mention.end :]) is not None
            and not _PLANNED.search(sentence)
        )  # "By Wednesday evening, 30 bodies had been pulled from the mud": how far the count had gone
        or (
            _BY_BEFORE.search(before)
            and re.search(r"\b(?:had|were|was)\b", before) is not None
            and not _PLANNED.search(sentence)
            and not _DEADLINE.search(sentence)  # "He must be returned to his father in Cuba by Jan. 14"
        )
    )


def _rest_of_day(span: Interval) -> Interval:
    """Where a clock time told after a happening of a minute or an hour may fall: the rest of
    its day ("at approximately 19:20, two projectiles…", then "at approximately 21:05, jets
    struck…"); a longer span (a night, a day) is itself."""
    if span.precision not in ("minute", "hour"):
        return span
    midnight = span.start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    return Interval(span.start, midnight, "day")


def _time_within(text: str, span: Interval) -> tuple[Interval, str] | None:
    """A clock time with no day ("at around 3 a.m.") inside the interval it is placed in
    (the night of the event before it): the minute, or the hour when it is approximate."""
    m = _CLOCK.search(text)
    if not m:
        return None
    if m.group("hour24") is not None:
        hour, minute = int(m.group("hour24")), int(m.group("minute24"))
    else:
        hour = int(m.group("hour")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        minute = int(m.group("minute") or 0)
    day = span.start.replace(hour=0, minute=0, second=0, microsecond=0)
    while day < span.end:
        t = day.replace(hour=hour, minute=minute)
        if span.start <= t < span.end:
            approx = bool(m.group("approx"))
            end = t + (timedelta(hours=1) if approx else timedelta(minutes=1))
            return Interval(t, end, "hour" if approx else "minute"), m.group(0).strip()
        day += timedelta(days=1)
    return None


_AT_CLOCK = re.compile(r"\b(?:at|shortly\s+(?:before|after)|just\s+(?:before|after))\s*$", re.I)


def _timed_in_post(d: Draft, text: str) -> None:
    """A clock time with no day in what a live page's post tells ("was driving on the A59 … at about
    11.20am when the tree came down", posted at 16.42): that time of the post's day, before the post."""
    if d.post is None or d.interval is None or d.interval.precision != "day":
        return
    m = _CLOCK.search(text)
    if m is None or not (
        m.group(0).lower().startswith("at") or m.group("approx") or _AT_CLOCK.search(text[: m.start()])
    ):
        return  # (not "a warning in place from 3am until 11am": a span of something else)
    posted = d.post.interval.start
    span = Interval(d.interval.start, max(posted, d.interval.start + timedelta(minutes=1)), "day")
    timed = _time_within(text[m.start() :], span)
    if timed is not None:
        d.interval = timed[0]
        d.attrs["date"] = f"'{timed[1]}' on the day of the live page's post of '{d.post.text}' that reports it"


def _entry_date(entry: Entry, text: str, found: list[DateMention]) -> DateMention:
    """The date of a chronology's entry; under a day heading, at the clock time its item gives
    ("Monday, Nov. 25" above "DUI: Officers stopped a vehicle … at 1:47 a.m."), unless the item
    names days of its own ("between 10 p.m. Sunday and 6 a.m. Monday")."""
    alone = entry.heading and entry.interval.precision == "day" and all(_ONLY_TIME.fullmatch(d.text) for d in found)
    timed = _time_within(text[entry.body :], entry.interval) if alone else None
    if timed is None:
        return DateMention(entry.text, entry.start, entry.end, entry.interval)
    return DateMention(f"{timed[1]} {entry.text}", entry.start, entry.end, timed[0])


def _with_times(dates: list[DateMention], text: str, published: datetime, tz: str | None) -> list[DateMention]:
    """A bare time ("at 10:45 p.m.") joins the day named in the same sentence ("on Friday")."""
    days = [d for d in dates if d.interval and not _ONLY_TIME.fullmatch(d.text)]
    times = [d for d in dates if d.interval and _ONLY_TIME.fullmatch(d.text)]
    if not times or len(days) != 1:
        return dates
    day = days[0]
    words = f"{times[0].text} {day.text}"
    try:
        iv = resolve(words, published, tz)
    except Exception:
        return dates
    joined = DateMention(words, min(day.start, times[0].start), max(day.end, times[0].end), iv)
    return sorted([d for d in dates if d is not day and d is not times[0]] + [joined], key=lambda d: d.start)


_ONLY_TIME = re.compile(
    r"(?i)(?:(?:at|by|around|about|shortly\s+(?:after|before)|just\s+(?:after|before)|after|before)\s+)?"
    r"(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2}|noon|midnight)"
    r"(?:\s+(?:local\s+time|GMT|UTC|[A-Z]{2,4}T))?"
)
_CLAUSE_CUT = re.compile(r",\s+|;\s+|\s+(?:after|before|following|when|while|but|and|as|that|which)\s+", re.I)
_JOINED = re.compile(r",?\s+(?:and|but)\s+(?!(?:has|have|had|is|are|was|were|will|would)\s)|;\s+", re.I)
_VERB_FIRST = re.compile(r"(?:,|;)\s+(?:has|have|had|is|are|was|were|will|would)\s", re.I)


# a subject, an aside about it that opens with "who" or "which", then its verb: "Ciolacu, who
# came third in the first round on Nov. 24, resigned as party leader on Monday"
_APPOSITIVE = re.compile(r"^(?P<subject>[^,;]{2,60}?),\s+(?P<aside>(?:who|which)\s[^;]+?),\s+(?P<rest>[a-z][^;]*)$")
# inside an aside between commas that opens with "who" or "which", up to here
_IN_WHO_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;]*$", re.I)
# the same with no commas, as a court story's lead writes it: "A former warehouse worker | who shot
# and killed three co-workers … in 2022 | was sentenced Tuesday to life in prison"
_RESTRICTIVE = re.compile(
    r"^(?P<subject>[^,;]{2,60}?)\s+(?P<aside>(?:who|which)\s[^;]+?)\s+"
    r"(?P<rest>(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?[a-z]+ed"
    # "The last surviving member of the team | which first conquered Everest in 1953 | has died"
    r"|(?:has|have)\s+died"
    # one of a group: "A nurse | who was critically injured in the 1998 … bombing in Birmingham, Ala., | was
    # among those who attended"
    r"|(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of))\b[^;]*)$"
)


# a clause that dates the noun before it, not the sentence: "…of the ceasefire understandings
# that took effect on Wednesday, November 27", "…more than a year of fighting that began on October 8"
_DATED_RELATIVE = re.compile(
    r"(?<=[a-z])\s(?:(?P<word>that)\s+(?:[\w'’\-]+\s+){0,3}?(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|"
    r"began|started|ended|erupted|broke\s+out|(?:was|were)\s+(?:signed|agreed|brokered|declared|launched))\b[^,;]*"
    # said of the noun with no "that": "a presidential runoff | due next week", "a hearing | set for
    # Dec. 2", "the line of villages | it published last week"
    r"|(?P<kept>(?:due|scheduled|set|slated)\s+(?:for\s+)?|(?:it|they|he|she|we)\s+[a-z]+ed\s+))$",
)


# an aside about the subject between its commas, up to its verb: "Jorge Salvatierra, | the retired
# Peruvian army general who commanded the campaign … in the 1990s and was later convicted…, | died on
# Tuesday"; "Georgian Dream, | founded by the billionaire Bidzina Ivanishvili, who made his fortune in
# Russia in the 1990s, | has governed since 2012"; "Ruth Adeyemi, | who won Olympic gold … in 1964…, | has died"
_SUBJECT_ASIDE = re.compile(
    r"^(?P<subject>"
    + _NAME_IN_LIST
    + r"(?:,\s+"
    + _NAME_IN_LIST
    + r")*,?\s+and\s+"
    + _NAME_IN_LIST
    + r"|[^,;]{2,60}?),\s+(?P<aside>(?:[^,;]{1,100}?,\s+)?(?:[\w'’.\-]+\s+){0,8}?"
    r"(?P<word>who|whom|whose|which)\s[^;]+?),\s+"
    # (not a clause inside the aside: "Jan Kavan, who lived in London from 1968, | when the Soviets invaded
    # Czechoslovakia, | until 1989, said…")
    r"(?P<rest>(?!(?:when|where|while|as|after|before|until|since|because|although|though)\b)[a-z][^;]*)$"
)
# the verb the subject's aside leads to: "died", "has died", "later became", "won"
_VERB_OPENS = re.compile(
    r"(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:(?:would|could|should|can|may|might|must|will|did|does|do)\b"
    r"|" + _FINITE.pattern + r"|" + _IRREGULAR_PAST.pattern + r")"
)
# a decade, written as one: "the 1990s", "the late 1980s and early 1990s", "the '90s"
_DECADE_WORDS = re.compile(r"\d0['’]?s\b")
# a clause that describes a noun, from its relative word up to the date: "…, who made his fortune in
# Russia in | the 1990s", "the vitriol that the issue aroused in | the late 1980s"
_DESCRIBING = re.compile(
    r"\b(?:who|whom|whose|which)\s[^;]*$"
    r"|\b(?:the|a|an|its|his|her|their)\s+(?:[\w'’\-]+\s+){1,3}that\s+(?:[\w'’\-]+\s+){1,8}$",
    re.I,
)


def _subject_aside(text: str) -> re.Match | None:
    """The aside about the subject of ``text`` (groups "subject", "aside" and "rest", its verb
    and what follows), when the subject holds no verb and the rest opens with one; or, with no
    commas, a "who" clause before a passive ("A man | who stabbed two people in 2021 | has been jailed")."""
    m = _SUBJECT_ASIDE.match(text.rstrip(". "))
    if (
        m is None
        or _verbs(m.group("subject"))
        or re.search(r"\b(?:that|do|does|did|not)\b", m.group("subject"))  # "The ruling does not mean that Mr. X"
        or not _VERB_OPENS.match(m.group("rest"))
    ):
        return _RESTRICTIVE.match(text.rstrip(". "))
    return m


def _decade_tells_nothing(text: str, d: DateMention, now: datetime) -> bool:
    """Whether ``d`` is a decade (or more) that dates no happening of the sentence: one in a
    clause that describes a person or a thing ("…, who made his fortune in Russia in the 1990s,
    has governed since 2012"; "a toy maker whose stock peaked … in the early 1980s": what the noun
    was then), or one still to come ("foresees the need for … throughout the 1990s", written in
    1989: a forecast, no plan a timeline can place)."""
    if d.anchored or d.interval is None:
        return False
    if not (_DECADE_WORDS.search(d.text) or d.interval.precision in ("decade", "century")):
        return False
    if d.interval.start > now or re.match(r"since\b", d.text, re.I):
        return True  # (or how long a state has held: "has sought to portray the war as … since the early 2000s")
    before = text[: d.start]
    aside = _subject_aside(text)
    return bool(_DESCRIBING.search(before)) or (
        aside is not None and aside.start("aside") <= d.start < aside.end("aside")
    )


def _dated_aside(text: str, dates: list[DateMention]) -> tuple[str, int, int, str] | None:
    """(the subject, where its aside starts and ends, the aside said of the subject) of a sentence
    whose one date is in an aside about its subject while its verb has none: "Ruth Adeyemi, who won
    Olympic gold in the 100 meters in 1964 and later became…, has died". The aside's date is the
    subject's past ("Ruth Adeyemi won Olympic gold in the 100 meters in 1964"), not the death's."""
    (date,) = dates
    m = _subject_aside(text)
    if m is None or not m.start("aside") <= date.start < m.end("aside"):
        return None
    if not (_TELLS_OR_PLANS.search(m.group("aside")) or _PLANNED.search(m.group("aside"))):
        return None  # a state ("who is not working for anyone in this year's campaign"): no happening of its own
    subject = m.group("subject").strip()
    return subject, m.start("aside"), m.end("aside"), _aside_said(subject, m.group("aside"), date)


# a verb that tells something done, in the past: "who won Olympic gold", "who was arrested", "who fled"
_TELLS_OR_PLANS = re.compile(
    _HAPPENED.pattern + r"|\b(?:was|were|had|took|became|grew|built|bought|sold|paid|wrote|spoke|chose|quit)\b"
    r"|\b[a-z]{3,}ed\b|" + _IRREGULAR_PAST.pattern,
    re.I,
)


_RELATIVE_WORD = re.compile(r"\b(who|whom|whose|which)\s+", re.I)


def _aside_antecedent(subject: str, lead: str, word: str) -> str:
    """What the relative word of an aside about ``subject`` stands for, ``lead`` the aside's words
    before it: "who", the person named last ("Mr. Sarkozy" in "The ruling does not mean that Mr.
    Sarkozy, who…", "Volodymyr Zelenskiy" in "President Volodymyr Zelenskiy, who…"); "which" and
    "whose", the noun phrase just before ("the notes" in "The gross proceeds from the sale of the
    notes, which…"); else the subject."""
    before = f"{subject}, {lead}".rstrip(" ,")
    if word in ("who", "whom"):
        found = _antecedent(before, who=True) if not re.search(r"\band\b", subject) else None
        return found[1] if found is not None else subject  # (a list: "Poland, the Czech Republic and Hungary")
    nouns = list(_NOUN_START.finditer(before, before.rfind(",") + 1))
    return before[nouns[-1].start() :] if nouns else subject


def _aside_said(subject: str, aside: str, date: DateMention) -> str:
    """The clause of an aside about ``subject`` that holds ``date``, said of the subject: "the
    retired general who commanded the campaign in 1992" is "Salvatierra commanded the campaign in
    1992", "a toy maker whose stock peaked in 1983" "Coleco's stock peaked in 1983"; it ends with
    its date's clause ("… in 1964", not "… and later became one of the most outspoken…")."""
    word = _RELATIVE_WORD.search(aside)
    if word is None:
        return f"{subject}, {aside}"
    clause, what = aside[word.start() :], _aside_antecedent(subject, aside[: word.start()], word.group(1).lower())
    if word.group(1).lower() == "whose":
        said = f"{what}{'’' if what.endswith('s') else '’s'} {clause[word.end() - word.start() :]}"
    else:
        said = _said_with(what, clause, _RELATIVE.match(clause))  # type: ignore[arg-type]
    at = said.find(date.text)
    tail = re.search(r",\s|;\s|\s+and\s+", said[at + len(date.text) :]) if at >= 0 else None
    said = said[: at + len(date.text) + tail.start()] if tail is not None else said
    # (a span told with an aside about its start is said without it: "from 1968 until 1989")
    return said.replace(date.text, SPAN_ASIDE.sub("", date.text)) if at >= 0 else said


def _dated_relative(text: str, dates: list[DateMention]) -> tuple[int, str] | None:
    """(where it starts, the clause said with what it stands for) of a clause that opens with
    "that" (", which" is ``_stands_for``'s) and holds the sentence's one date, when the words before it tell
    something with a verb of their own: the date is the clause's."""
    (date,) = dates
    m = _DATED_RELATIVE.search(text, 0, date.start)
    if m is None or not _has_verb(text[: m.start()]):
        return None
    word_end = m.end("word") if m.group("word") else m.start("kept")  # "that" goes; "due", "it published" stay
    noun = list(_NOUN_START.finditer(text, 0, m.start()))  # the noun phrase just before: "the ceasefire understandings"
    if not noun or not 1 <= len(text[noun[-1].start() : m.start()].split()) <= 8:
        return None
    what = noun[-1].start(), text[noun[-1].start() : m.start()].strip()
    end = re.search(r"[,;]|$", text[date.end :]) if m.group("word") else None  # "…due next week": ends with its date
    clause = text[word_end : date.end + (end.start() if end else 0)].strip()
    return what[0], f"{what[1][:1].upper()}{what[1][1:]} {clause}"


# a happening named by its noun after "following" or "after", with its date: "following a stabbing incident early
# yesterday morning", "following the stabbing incident in People's Park on Sunday (August 4)"
_AFTER_HAPPENING = re.compile(
    r"\b(?:following|after)\s+(?P<noun>(?:a|an|the)\s+(?:[\w\-’']+\s+){0,2}?(?:stabbing|shooting|attack|assault|"
    r"bombing|explosion|blast|crash|collision|fire|blaze|raid|killing|murder|robbery|carjacking|incident|clash|"
    r"earthquake|quake|flood|landslide|storm)(?:s|es)?)\b",
    re.I,
)


_NOUN_KINDS = {
    "stabbing": "attack", "attack": "attack", "assault": "attack", "killing": "attack", "murder": "attack",
    "raid": "attack", "shooting": "shooting", "bombing": "bombing", "explosion": "explosion", "blast": "explosion",
    "crash": "accident", "collision": "accident", "fire": "fire", "blaze": "fire", "clash": "battle",
    "earthquake": "earthquake", "quake": "earthquake", "flood": "flood", "landslide": "flood", "storm": "storm",
}  # fmt: skip


def _noun_kind(title: str) -> str | None:
    """The kind a happening's noun names ("The attack on a synagogue…": an attack), or None ("the incident")."""
    m = _AFTER_HAPPENING.search("after " + title)
    word = re.sub(r"(?:es|s)$", "", m.group("noun").split()[-1].lower()) if m else ""
    return _NOUN_KINDS.get(word) or _NOUN_KINDS.get(word + "e")


def _dated_after_noun(text: str, dates: list[DateMention]) -> tuple[int, str] | None:
    """(where it starts, its title) of a happening named by its noun after "following" or "after" when the
    sentence's one date is in that noun's phrase (no verb between them) and the words before tell something of
    their own with a verb: "…has been charged with attempted murder following the stabbing incident in People's
    Park on Sunday (August 4)" is the stabbing's Sunday, not the charge's."""
    (date,) = dates
    m = next(reversed(list(_AFTER_HAPPENING.finditer(text, 0, date.start))), None)  # the nearest before the date
    if m is None or not _has_verb(text[: m.start()]):
        return None
    between = text[m.end() : date.start]
    if "," in between or ";" in between or _has_verb(between) or len(between.split()) > 10:
        return None
    noun = text[m.start("noun") : date.end].strip()
    return m.start("noun"), noun[:1].upper() + noun[1:]


def _reports_what_follows(words: str, text: str, clauses: list[tuple[int, int]]) -> bool:
    """Whether the first clause of a sentence with several dates only says who reported, and
    when, what the next clause (opening with "that") tells with its own date."""
    return bool(_ATTRIBUTION_ONLY.fullmatch(words.strip(" ,")) and re.match(r"[\s,]*that\b", text[clauses[1][0] :]))


def _appositive(text: str, dates: list[DateMention]) -> tuple[str, list[tuple[int, int]]] | None:
    """(the subject, the clauses) of a sentence whose first date is in an aside between its
    subject and its verb and whose second is the verb's: the aside is said of the subject (its
    date is not the verb's), and the verb, with its subject, is a happening of its own."""
    m = _APPOSITIVE.match(text.rstrip(". ")) or _subject_aside(text) or _RESTRICTIVE.match(text.rstrip(". "))
    if len(dates) != 2:
        return None
    first, second = dates
    if m is None:
        return _restrictive_between(text, first, second)
    if not (m.start("aside") <= first.start < m.end("aside") <= m.start("rest") <= second.start):
        return None
    if not _has_verb(m.group("rest").split(",")[0]):
        return None
    subject = m.group("subject").strip()
    return subject, [(m.start("aside"), m.end("aside")), (m.start("rest"), len(text))]


_RESTRICTIVE_OPEN = re.compile(r"(?P<subject>[^,;]{2,60}?)\s+(?P<word>who|which)\s")
_MAIN_VERB = re.compile(r"\s(?:[a-z]{3,}ed|has|have|had|was|were|is|are|will)\b")


def _restrictive_between(
    text: str, first: DateMention, second: DateMention
) -> tuple[str, list[tuple[int, int]]] | None:
    """(the subject, the clauses) of a sentence whose subject a "who" clause with no commas
    describes, with its date, before the verb's own: "A New York man | who was accused of faking
    his death last summer | pleaded guilty to a conspiracy charge Thursday" (the verb after the
    clause's date is the sentence's)."""
    m = _RESTRICTIVE_OPEN.match(text)
    if m is None or _verbs(m.group("subject")) or not m.end() <= first.start:
        return None
    verb = _MAIN_VERB.search(text, first.end, second.start)
    if verb is None or re.search(r"[,;]", text[first.end : verb.start()]):
        return None
    return m.group("subject").strip(), [(m.start("word"), verb.start()), (verb.start() + 1, len(text))]


def _no_clause_cut(m: re.Match, text: str, end: int) -> bool:
    """Whether a joining word opens no clause: "as scheduled", "as planned"; "before parliament",
    "after clashes" (a noun, and no verb up to the next date)."""
    word = m.group().strip().lower()
    if word == "as":
        return bool(_AS_PLANNED.match(text, m.end()))
    if word in ("after", "before", "following"):
        rest = _AS_PLANNED.sub("", re.sub(r"\bas\s+", "", text[m.end() : end]))
        return not _NOUN_START.match(text, m.end()) and not _GERUND.match(text, m.end()) and not _has_verb(rest)
    return False


def _clauses(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """(start, end) of the clause of each date: cut between two dates at the last comma or
    joining word between them."""
    bounds = [0]
    for prev, nxt in zip(dates, dates[1:]):
        cuts = [
            m.start() for m in _CLAUSE_CUT.finditer(text, prev.end, nxt.start) if not _no_clause_cut(m, text, nxt.start)
        ]
        if not cuts:
            return []
        # a cut before a verb with no subject ("…, which shelters 500,000 people, | has come under shelling"): the
        # clause's subject is further back, at a joining word ("…since April, | and Zamzam camp, …, has come…")
        whole = [c for c in cuts if _JOINED.match(text, c)]
        bounds.append(whole[-1] if whole and _VERB_FIRST.match(text, cuts[-1]) else cuts[-1])
    bounds.append(len(text))
    return list(zip(bounds, bounds[1:]))


def _note_crowds(d: Draft, text: str) -> None:
    """ "Dozens of people were killed": no number, so the words go where the reviewer reads them
    (attrs "killed"/"injured": "dozens, no number given"); so do the arrested ("17 people were
    arrested": attrs "arrested": "17") and a crowd ("some 40,000 people marched": attrs "crowd")."""
    for count, words in zip(("killed", "injured"), crowds(text)):
        if words and count not in d.attrs and getattr(d, count) is None:
            d.attrs[count] = f"{words}, no number given"
    # the arrested and a crowd's size: no field holds them, and they are no casualties
    for count, words in zip(("arrested", "crowd"), arrested_and_crowd(text)):
        if words and count not in d.attrs:
            d.attrs[count] = words
        elif words and words not in d.attrs[count] and d.attrs[count].count(";") < 2:
            # "Tens of thousands of people marched…. Organisers said 200,000 people took part.": both counts
            d.attrs[count] = f"{d.attrs[count]}; {words}"


def _info(s: Sentence, outside: str, dates: list[DateMention], places: list, published: datetime) -> _Info:
    killed, injured = casualties(outside)
    happened = _tells_happening(outside) or killed is not None or injured is not None
    d0 = dates[0] if dates else None
    planned = _planned_near(outside, d0) if d0 else False
    if d0 and d0.interval and d0.interval.start > published:
        planned = True
    kind, note = _first_kind(_KINDS_STRONG, outside), None
    if (held := _state_since(outside, d0)) is not None:
        # "El Fasher, which the RSF have besieged since May": a state since then, not a shelling in May
        kind = "arrest" if _DETAINED.match(held) else "event"
        note = f"{_STATE_NOTE} ('{held}'), not a happening of that day"
    info = _Info(
        s,
        outside,
        dates,
        places,
        bool(dates) or happened,
        kind,
        planned,
        bool(_CLAIMED.search(outside)),
        killed,
        injured,
    )
    info.note = note
    return info


@dataclass
class _Info:
    s: Sentence
    outside: str
    dates: list[DateMention]
    places: list[PlaceMention]
    candidate: bool
    kind: str | None
    planned: bool
    claimed: bool
    killed: int | None
    injured: int | None
    clause: str | None = None  # the part of the sentence that is its own, when it has several dates
    relative: bool = False  # that part is a "which"/"who" clause: its actors are its own, not the sentence's
    entry: Entry | None = None  # the sentence opens a chronology's entry
    aside: bool = False  # a clause dating the noun before it ("the ceasefire that took effect on …"): background
    note: str | None = None  # what the reviewer reads about its date (attrs "date")


_CLAIM_VERB = re.compile(r"\b(?:claim(?:s|ed)?|reported|said\s+(?:it|they)\b(?:\s+had)?)", re.I)


# a rolling update's stamp that opens its paragraph: "Updated 10:45 a.m.: Evacuation orders … were expanded",
# "UPDATE, 3:15 p.m.: …"
_INLINE_STAMP = re.compile(
    r"^\s*((?:Updated|Update|UPDATE|UPDATED)\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)\s*:\s+(?=\S)"
)


def _inline_stamps_apart(paragraphs: list[str]) -> list[str]:
    """Paragraphs with each rolling update's opening stamp ("Updated 10:45 a.m.: …") a paragraph
    of its own, above what was posted, as a live page writes it; unchanged with fewer than two."""
    if sum(1 for p in paragraphs if _INLINE_STAMP.match(p)) < 2:
        return paragraphs
    out: list[str] = []
    for p in paragraphs:
        m = _INLINE_STAMP.match(p)
        out.extend([m.group(1), p[m.end() :]] if m else [p])
    return out


def extract(
    article: Article, published: datetime, tz: str | None = None, source: str | None = None, country: str | None = None
) -> Extraction:
    """The drafts of ``article`` published at ``published`` (aware, or read in ``tz``)."""
    from ..gazetteer import country_of_zone, lookup

    home = country or country_of_zone(tz or getattr(published.tzinfo, "key", None))
    paragraphs = list(article.paragraphs)
    filed_at: PlaceMention | None = None  # the town of the wire dateline
    filed, m = _wire_dateline(paragraphs)
    if m:
        # "KYIV, Sept 21 (Reuters) - ": where the report was filed, not a happening
        article.meta["dateline"] = m.group(0).strip(" -—–_")
        paragraphs[filed] = paragraphs[filed][m.end() :]
        if not paragraphs[filed].strip():  # "HAVANA (AP) --" on a line of its own
            del paragraphs[filed]
        article.paragraphs = paragraphs
        if town := (m.group(1) or m.group(2) or "").strip():
            head = lookup(" ".join(w.capitalize() for w in town.split()), areas=True)
            if head is not None and head.kind == "city":
                filed_at = PlaceMention(head.name, -1, -1, head, None, "city")
            if country is None:
                home = (head.country if head else None) or home
    paragraphs = _inline_stamps_apart(paragraphs)
    article.paragraphs = paragraphs
    sents = sentences(paragraphs)
    heads = entries(paragraphs, published, tz)  # a chronology's entries: "April 15, 2023 - Fighting erupts…"
    post_of = posts(paragraphs, published, tz)  # a live page's posts: "10:35 BST", then what was posted
    headings = {e.heading for e in heads.values() if e.heading}  # "April 15, 2023" alone, above its entry
    all_places = dict(zip((s.index for s in sents), places_of_article([s.text for s in sents], home), strict=True))
    place_names = {p.text for ps in all_places.values() for p in ps}
    registry = Registry()
    quotes = find_quotes(paragraphs, registry, place_names)

    infos: list[_Info] = []  # one a sentence, in order
    unquoted: dict[int, str] = {}  # each sentence outside its quotes
    introduced: list[tuple[int, DateMention]] = []  # the date of a sentence that introduces what follows
    extra: list[_Info] = []  # the second and later happenings of a sentence with several dates
    for s in sents:
        post = post_of.get(s.paragraph)
        if (
            (post is not None and post.paragraph == s.paragraph)
            or s.paragraph in headings
            or _CAPTION.search(paragraphs[s.paragraph - 1])
            or is_figure(paragraphs[s.paragraph - 1])
            or _NOTE.match(paragraphs[s.paragraph - 1])
            or _STAMP_LINE.match(paragraphs[s.paragraph - 1])
            or (m is not None and s.paragraph - 1 < filed)  # a release's headings above its dateline
        ):
            # a live page's stamp, a photo's caption ("FILE PHOTO: Smoke rises over…"), a table's
            # figure ("Killed since 8 October 2023: 2,790"), a correction: no happening
            infos.append(_Info(s, s.text, [], [], False, None, False, False, None, None))
            continue
        now = post.interval.start if post is not None else published  # a post's words count from when it was posted
        masked = _masked(s, quotes, paragraphs)
        outside = unquoted[s.index] = _outside(s.text, masked)
        dates = [d for d in find_dates(s.text, now, tz, masked) if d.interval or d.anchored]
        dates = [d for d in dates if not _scope_ahead(d, outside, now)]
        if len(dates) > 1 and not dates[-1].anchored and _reported_on(s.text, dates[-1]):
            # "… over the past day, the regional military administration reported on Sept. 22":
            # the report's day, not a second happening
            dates = dates[:-1]
        entry = heads.get(s.paragraph) if s.start == 0 else None
        if entry is not None:  # the date that heads a chronology's entry is its date, whatever else it says
            dates = [_entry_date(entry, s.text, dates)]
        if any(not d.anchored for d in dates):
            # "The strike came two days after a missile attack on Sunday damaged…": the phrase
            # relates the happening told before to this one, which has a date of its own
            dates = [d for d in dates if not (d.anchored and re.search(r"\b(?:after|before)$", d.text, re.I))]
            # "Hammond, who had been fired two weeks earlier, returned … on the morning of March 14,
            # 2022": the aside's "earlier" tells of the subject, the sentence's date is the day's
            dates = [d for d in dates if not (d.anchored and _IN_WHO_ASIDE.search(s.text[: d.start]))]
        if entry is None and (as_of := _AS_OF.match(s.text)) is not None:
            dates = [
                d for d in dates if d.start > as_of.end() + 1
            ]  # how things stood then: that date is no happening's
        if entry is None:
            # a heading (no full stop): "…: operational update as of 08:00 on 3 December 2024"
            heading_line = not re.search(r"[.!?:]\W*$", paragraphs[s.paragraph - 1])
            stood = [d for d in dates if _how_things_stood(s.text, d, heading_line)]
            dates = [d for d in dates if d not in stood]
        else:
            stood = []
        # "By Wednesday evening, 30 bodies had been pulled from the mud": how far a count had gone, no toll
        counted_by = any(re.search(r"\bby\s*$", s.text[: d.start], re.I) for d in stood)
        # "…fell 8.4 percent, their biggest one-day drop since March 2020": the date ranks, it is no happening's
        dates = [d for d in dates if not _ranked_since(s.text, d)]
        # "Under a 2020 court ruling, a candidate must win more than half of the votes": a rule in force, the
        # date the rule's; the sentence tells no happening of that date
        rule = _RULE_IN_FORCE.match(s.text) if entry is None else None
        if rule is not None:
            dates = [d for d in dates if d.start >= rule.end("lead")]
        # "…, who made his fortune in Russia in the 1990s, has governed…": what a person or thing was then
        dates = [d for d in dates if not _decade_tells_nothing(s.text, d, now)]
        if entry is None and _introduces(s.text) and dates and dates[0].interval is not None:
            introduced.append((s.index, dates[0]))  # "Key developments on Nov. 6:": the day of the list after it
        if entry is None and (
            _BACKGROUND.match(s.text) or _CONDITION.search(s.text) or _introduces(s.text) or _NEWS_OF.search(s.text)
        ):
            # "It was the ninth attack on the grid this year", "Five of the wounded were in
            # critical condition on Sunday": about the happening before, none of their own
            dates = []
        places = [
            p
            for p in all_places[s.index]
            if not any(a <= p.start < b for a, b in masked)
            and (p.kind not in ("city", "country") or _LOCATIVE.search(words_before(s.text, p.start)))
            and not (p.kind == "country" and not s.text[: p.start].strip())  # "Russia launched…": the actor
            and not (p.kind == "country" and _ATTRIBUTIVE.match(s.text[p.end :]))  # "outside the U.S. embassies"
            # "Gaza ceasefire negotiations are due to resume in Cairo": a town that qualifies the subject's noun is
            # not where, when the sentence says where with "in"
            and not (
                p.kind == "city"
                and not s.text[: p.start].strip()
                and _ATTRIBUTIVE.match(s.text[p.end :])
                and any(
                    q.kind == "city" and q.start > p.end and _LOCATIVE.search(words_before(s.text, q.start))
                    for q in all_places[s.index]
                )
            )
            # "…, said Moulaye Guindo, the mayor of the nearby town of Bankass": who said it, not where
            and not _in_attribution(words_before(s.text, p.start))
            and not (
                p.kind == "city"
                and p.place is not None
                and p.place.population < SMALL_TOWN
                and not STRONG_LOCATIVE.search(words_before(s.text, p.start))
            )
        ]
        held = _subject_aside(outside) if entry is None else None
        if held is not None and not any(held.start("aside") <= d.start < held.end("aside") for d in dates):
            # "Georgian Dream, founded by…, who made his fortune in Russia in the 1990s, has governed…":
            # the places of an aside about the subject are its past, not where the sentence's verb happened
            places = [p for p in places if not held.start("aside") <= p.start < held.end("aside")]
        killed, injured = casualties(outside)
        happened = (
            _tells_happening(outside)
            or killed is not None
            or injured is not None
            # "Police put the crowd at 12,000": the crowd of the happening told, its note
            or any(arrested_and_crowd(outside))
        )
        if counted_by:  # evidence of the happening, not its toll
            killed, injured = None, None
        if entry is None and _CUMULATIVE.search(
            outside
        ):  # "More than 39,700 people have been killed in Gaza since then"
            dates, killed, injured, happened = [], None, None, False
        elif entry is None and _BREAKDOWN.search(outside):
            # "Most of the dead were in the Valencia region, where 213 people died", "Three people
            # died in Castilla-La Mancha and one in Andalusia": the toll told before, by region
            dates, killed, injured, happened = [], None, None, False
        elif entry is None and _RUNNING_COUNT.search(outside):
            # "Since fighting broke out in El Fasher on 10 May, the hospital has received more than
            # 3,100 wounded people": the fighting broke out then; the count is no toll of it
            killed, injured = None, None
        planned_cue = bool(
            re.search(
                r"\b(?:prepares?\s+to|plans?\s+to|upcoming|scheduled\s+to|is\s+due\s+to|will\s+(?:visit|meet|travel|hold|attend))\b",
                outside,
                re.I,
            )
        )
        dates = _with_times(dates, s.text, published, tz)
        own = [d for d in dates if not d.anchored]  # "two days after …" relates, it does not split
        clauses = _clauses(outside, own) if len({d.interval for d in own}) > 1 and entry is None else []
        aside = _appositive(outside, own) if clauses or (len(own) == 2 and entry is None) else None
        if aside is not None:  # "Ciolacu, who came third … on Nov. 24, resigned … on Monday": each its own
            clauses = aside[1]
        if clauses:
            dates = own
            # two happenings on two dates in one sentence ("… on Monday, after a strike on
            # Saturday killed five"): a draft for each clause with a date and a verb
            for k, (a, b) in enumerate(clauses):
                part = outside[:a].replace(outside[:a], " " * a) + outside[a:b] + " " * (len(outside) - b)
                words = s.text[a:b].strip(" ,;")
                relative = _stands_for(words, s.text[:a])
                if aside is not None and k == 0 and _RELATIVE_WORD.search(words):
                    # the aside, said of the subject: "A former warehouse worker | who shot…", "Jorge
                    # Salvatierra, | the retired general who commanded the campaign in 1992, | died…",
                    # "Poland, the Czech Republic and Hungary, | who were invited … in July 1997, | will…"
                    words = _aside_said(aside[0], words, dates[k])
                    a = relative[0] if relative is not None else a
                elif relative is not None:  # "…, which killed 247": its places are in what "which" stands for
                    words, a = relative[1], relative[0]
                elif aside is not None and k > 0:  # "resigned as party leader on Monday": the subject's
                    words = f"{aside[0]} {words}"
                aside_k = _dated_relative(part, [dates[k]]) if k > 0 and relative is None else None
                if (
                    aside_k is not None
                ):  # "…, while three parties won seats in a vote overshadowed by a runoff due next week"
                    a, words = aside_k
                    part = " " * a + part[a:]
                info = _info(s, part, [dates[k]], [p for p in places if a <= p.start < b], now)
                info.relative = relative is not None or aside_k is not None
                info.aside = aside_k is not None
                # (the end of a quote the clause before opened: '"served the nation…" and that he would be buried…')
                words = re.sub(r"^[\"“][^\"“”]*[\"”]\s+(?:and\s+)?", "", words)
                info.clause = re.sub(
                    r"^(?:,|;|after|before|following|when|while|but|and|as|that|which)\s+", "", words, flags=re.I
                )
                if k == 0 and _reports_what_follows(words, outside, clauses):
                    # "The interior ministry said on Sunday | that 107 people had been detained
                    # over the weekend": the report's day; the happening is what it reports
                    info.candidate = False
                if k == 0:
                    infos.append(info)
                    first = info
                elif info.candidate and (
                    _HAPPENED.search(part) or _AFTER_HAPPENING.search(part) or info.planned or aside is not None
                ):
                    # (after an aside about the subject, the sentence's own verb, whatever it tells: "The
                    # Humanitarian Coordinator, who visited Port Sudan in October, | said on 27 November…")
                    extra.append(info)
                    first = None
            if first is not None and first.clause and _SAYING_ONLY.fullmatch(first.clause):
                # "Syrskyi stated on December 1 | that Russian forces conducted 45 assaults … over the past
                # week": what was said makes no draft of its own, so it is the saying's title
                first.clause = s.text.strip()
            continue
        of_subject = _dated_aside(outside, own) if len(own) == 1 and entry is None and not clauses else None
        if of_subject is not None:
            # "Ruth Adeyemi, who won Olympic gold … in 1964 …, has died": the death has no date here,
            # the aside's is the subject's past, a draft of its own in the background
            subject, a, b, said = of_subject
            main = outside[:a] + " " * (b - a) + outside[b:]
            info = _info(s, main, [], [p for p in places if not a <= p.start < b], now)
            info.clause = main_clause = f"{subject} {outside[b:].lstrip(' ,')}"
            info.candidate = info.candidate or bool(_PERFECT_LEAD.search(main))  # "… has been jailed for life"
            infos.append(info)
            part = " " * a + outside[a:b] + " " * (len(outside) - b)
            # (its places and its subject's: "El Fasher, which the RSF have besieged since May, …")
            info = _info(s, part, own, [p for p in places if p.start < b], now)
            info.clause, info.relative, info.aside = said, True, True
            state = (
                f"; {info.note}" if info.note else ""
            )  # (a state told in the aside: "which the RSF have besieged since May")
            info.note = (
                f"told in an aside, not the sentence's news ('{_title(main_clause)}'), which has no date here{state}"
            )
            extra.append(info)
            continue
        after_noun = _dated_after_noun(outside, own) if len(own) == 1 and entry is None else None
        if after_noun is not None:
            # "A man … has been arrested on suspicion of attempted murder following a stabbing at a yard in the
            # district last month": the date is the stabbing's, a draft of its own; the arrest has none here
            a, title = after_noun
            main = outside[:a] + " " * (len(outside) - a)
            infos.append(_info(s, main, [], [p for p in places if p.start < a], now))
            info = _info(s, " " * a + outside[a:], own, [p for p in places if p.start >= a], now)
            info.clause, info.relative = title, True
            info.kind = info.kind or _noun_kind(title)
            extra.append(info)
            continue
        aside_at = _dated_relative(outside, own) if len(own) == 1 and entry is None else None
        if aside_at is not None:
            # "…in violation of the ceasefire that took effect on Wednesday, November 27": the
            # date is the ceasefire's; what the sentence tells besides has none of its own
            a, title = aside_at
            main = outside[:a] + " " * (len(outside) - a)
            infos.append(_info(s, main, [], [p for p in places if p.start < a], now))
            info = _info(s, " " * a + outside[a:], own, [p for p in places if p.start >= a], now)
            info.clause, info.relative, info.aside = title, True, True
            extra.append(info)
            continue
        # "The shooting … began at about 3:30 p.m.": the happening told before, at its time
        told_at = bool(not dates and _TOLD_AGAIN.match(s.text) and _CLOCK.search(outside))
        # "The man … was driving on the A59 near Preston at about 11.20am when the tree came down": on a
        # live page, the time of the post's happening
        clock = _CLOCK.search(outside) if post is not None and not dates else None
        told_at = told_at or bool(
            clock and (clock.group(0).lower().startswith("at") or _AT_CLOCK.search(outside[: clock.start()]))
        )
        candidate = bool(dates) or happened or planned_cue or told_at
        d0 = dates[0] if dates else None
        planned = _planned_near(outside, d0) if d0 else planned_cue
        if d0 and d0.interval and d0.interval.start > now:
            planned = True
        strong, note = _first_kind(_KINDS_STRONG, outside), None
        if entry is None and (state_held := _state_since(outside, d0)) is not None:
            # "The city has been besieged by the RSF since April": a state since then, not a shelling in April
            strong = "arrest" if _DETAINED.match(state_held) else "event"
            note = f"{_STATE_NOTE} ('{state_held}'), not a happening of that day"
        infos.append(
            _Info(
                s,
                outside,
                dates,
                places,
                candidate,
                strong,
                planned,
                bool(_CLAIMED.search(outside)),
                killed,
                injured,
                # an entry is titled by what follows its date
                clause=s.text[entry.body :] if entry is not None else None,
                entry=entry,
                note=note,
            )
        )

    drafts: list[Draft] = []
    headline = article.title or (paragraphs[0] if paragraphs and not re.search(r"[.!?]\W*$", paragraphs[0]) else "")
    headline_kind = _first_kind(_KINDS_GENERIC, headline)

    def last_dated(before: int) -> Draft | None:
        for d in reversed(drafts):
            if (
                d.interval is not None
                and d.date is not None
                and d.sentences[0].index < before
                and d.status != "planned"
                and d.kind not in ("statement", "visit")
                and not d.aside
            ):
                return d
        for d in reversed(drafts):
            if d.interval is not None and d.sentences[0].index < before:
                return d
        return None

    def open_draft(info: _Info, mention: DateMention | None) -> Draft:
        para_text = _weapon_context(info.s, [i.s for i in infos if i.dates], paragraphs[info.s.paragraph - 1])
        kind = (
            _kind(
                _without_aside(info.outside, mention.start if mention else None),
                para_text,
                info.kind,
                info.killed,
                info.injured,
            )
            or "event"
        )
        # (a live page told newest first names its disaster in its headline: "Storm Darragh live: two dead…")
        kind = _disaster_toll(kind, info.outside, [headline_kind, *(d.kind for d in drafts)])
        if mention is not None and not info.entry and _only_says(info.outside, mention.start):
            kind = "statement"  # "EU observers said on Friday that the vote had been well run": no vote that day
        d = Draft(len(drafts) + 1, [info.s], mention, None, kind)
        d.title_text = info.clause
        d.entry = info.entry
        d.aside = info.aside
        _note_crowds(d, info.outside)
        if info.entry is not None and info.entry.carried:
            d.attrs["date"] = f"a chronology's entry with {info.entry.carried}"
        if info.note:
            d.attrs["date"] = info.note
        d.clause_outside = info.outside if info.relative else None
        reported = _reported_on(info.s.text, mention) if mention is not None and kind != "statement" else None
        if reported:  # "Nika Melia was among those detained, his party said on Friday"
            d.attrs["date"] = f"the day it was reported ('{reported}'): it may have happened before"
        elif mention is not None and _TOLL_ROSE.search(info.s.text[: mention.start]):
            # "The death toll from the floods … rose to 217 on Sunday": the toll's day, not the floods'
            d.attrs["date"] = f"the day of the toll ('{mention.text}'): what it counts happened then or before"
        shown = _shown_by(info.s.text, mention) if mention is not None and not info.clause else None
        if shown is not None:  # "Geolocated footage published on September 21 indicates that…"
            d.title_text = shown[1]
            d.attrs["date"] = f"the day of what shows it ('{shown[0]}'): it happened then or before"
        claimed = (info.claimed and (kind == "interception" or bool(_CLAIM_WORD.search(info.outside)))) or bool(
            _SAYS_IT_DID.search(info.outside)
        )
        d.status = "planned" if info.planned else ("claimed" if claimed else "happened")
        if mention is not None and mention.anchored:
            # "about two hours after the shooting": the shooting's draft, not the last one
            anchor = _named_after(info.s.text[mention.end :], drafts) or last_dated(info.s.index)
            if anchor is not None and anchor.interval is not None:
                try:  # the resolver reads "two days later" after the event it follows
                    said = _told_after(info.s.text, mention)
                    d.interval = read_anchored(said or mention.text, published, tz, anchor.interval)
                    d.attrs["anchored_on"] = anchor.title or f"draft {anchor.n}"
                    if said:
                        told = anchor.date.text if anchor.date is not None else f"draft {anchor.n}"
                        d.attrs["date"] = (
                            f"'{mention.text}' opens a happening of its own: read as '{said}' than '{told}'"
                        )
                except DateError:
                    pass
        elif mention is not None:
            iv = mention.interval
            if d.status == "planned":
                try:  # "will … on Tuesday": the resolver looks forward, to the coming Tuesday
                    iv = resolve(mention.text, published, tz, status="planned")
                except DateError:
                    pass
            d.interval = iv
        drafts.append(d)
        _absorb(d, info)
        return d

    def inherit_place(d: Draft, here: list[Draft]) -> None:
        """A happening with no place of its own ("Residents of nearby villages were
        evacuated") is near the one before it in its paragraph."""
        if d.places or not here:
            return
        prev = here[-1]
        d.places = list(prev.places)
        if prev.city():
            d.attrs["near"] = True
            d.attrs["place"] = f"near {prev.city()}: the place of the event before it in the paragraph"

    def join(d: Draft, info: _Info) -> None:
        d.sentences.append(info.s)
        _absorb(d, info)
        _timed_in_post(d, info.outside)
        clock = _CLOCK.search(info.outside) if not info.dates and d.date is not None else None
        if clock is not None and re.search(
            r"\b(?:as\s+of|by)\s+(?:about\s+|around\s+)?$", info.outside[: clock.start()] + " ", re.I
        ):
            # "As of 8 a.m. Tuesday, the fire had burned 5,000 acres": how things stood then, not when the
            # happening told before took place
            clock = None
        if clock is not None and d.interval is not None and d.interval.precision not in ("minute", "hour"):
            # "… on Saturday afternoon" then "The shooting began at about 3:30 p.m.": the time
            # of the day told before, read by the resolver as the words together
            words = f"{clock.group(0).strip()} {d.date.text}"  # type: ignore[union-attr]
            try:
                iv = resolve(words, published, tz)
            except DateError:
                return
            if d.interval.start <= iv.start and iv.end <= d.interval.end:
                d.interval, d.date = iv, DateMention(words, d.date.start, d.date.end, iv)  # type: ignore[union-attr]

    def _absorb(d: Draft, info: _Info) -> None:
        for p in info.places:
            if not any(q.text == p.text for q in d.places):
                d.places.append(p)
        others = counts_others(info.outside) if d.sentences[0] is not info.s else (False, False)
        d.killed, d.injured = (
            _added(was, now) if more else _most(was, now)
            for was, now, more in zip((d.killed, d.injured), (info.killed, info.injured), others)
        )
        _note_crowds(d, info.outside)

    def find_same(info: _Info, mention: DateMention | None, status: str) -> Draft | None:
        city = next((p.text for p in info.places if p.kind == "city"), None)
        for d in reversed(drafts):
            if status == "planned" and d.status == "planned":
                if city and d.city() == city:
                    return d
                if mention is None and d.city() and city == d.city():
                    return d
        return None

    for pn in range(1, len(paragraphs) + 1):
        para = sorted(
            (i for i in infos + extra if i.s.paragraph == pn and i.candidate),
            key=lambda i: (i.s.index, i.dates[0].start if i.dates else 0),
        )
        post = post_of.get(pn)
        if pn == 1 or post is None or post is not post_of.get(pn - 1):
            here: list[Draft] = []  # the drafts of this paragraph (of this post, on a live page)
        # dated sentences open drafts (or join the same happening told before)
        for info in para:
            if not info.dates:
                continue
            mention = info.dates[0]
            status = "planned" if info.planned else "happened"
            same = find_same(info, mention, status) if info.entry is None else None  # an entry is one happening
            if same is None and info.entry is None:
                for d in here:
                    if d.interval == mention.interval and not info.places and d.kind == (info.kind or d.kind):
                        same = d
            if same is not None:
                join(same, info)
                if same not in here:
                    here.append(same)
                continue
            here.append(open_draft(info, mention))
        # undated sentences join one
        for info in para:
            if info.dates:
                continue
            told = None
            if _TOLD_AGAIN.match(info.s.text) and not info.planned:  # the one of this paragraph, else the last
                told = next((d for d in reversed(here) if d.sentences[0].index < info.s.index), None)
                told = told or last_dated(info.s.index)
                if told is not None and told.kind in _NOT_TOLD_AGAIN:
                    told = None  # "The blast …" is not the meeting or the statement told before
            if told is not None:  # "The quake hit at 4:17 a.m. near the city of Gaziantep": the one told before
                join(told, info)
                if told not in here:
                    here.append(told)
                continue
            city = next((p.text for p in info.places if p.kind in ("city", "region")), None)
            status = "planned" if info.planned else "happened"
            same = find_same(info, None, status) if status == "planned" else None
            if same is not None:
                join(same, info)
                continue
            # (not the draft of an aside of its own sentence: "Ruth Adeyemi, who won … in 1964, has died")
            mine = [d for d in here if not (d.aside and d.sentences[0] is info.s)]
            before = [d for d in mine if d.sentences[0].index < info.s.index] or mine
            target = before[-1] if before else None
            if target is not None:
                other_kind = info.kind in ("evacuation", "interception") and info.kind != target.kind
                other_city = (
                    city
                    and target.city()
                    and city != target.city()
                    and city not in target.place_fields().get("region", "")
                )
                if not other_kind and not other_city:
                    join(target, info)
                    continue
            if not here and city is not None and (near := _named_outside(info, drafts)) is not None:
                # "…after a car crash outside of Salt Lake City" | "…was shot three times in Holladay": the
                # town the lead placed it near, told in the next paragraph with no date of its own
                lead_city = near.city()
                join(near, info)
                near.places.sort(key=lambda p: p.text != city)  # the town named, before the city it is outside of
                near.attrs["place"] = f"{city}: named in the next paragraph, outside the lead's '{lead_city}'"
                here.append(near)
                continue
            if (
                not here
                and city is None
                and drafts
                and not info.kind
                and status != "planned"
                and post is None
                and not _REACTION.match(info.s.text)  # "In response, at approximately 21:05, jets struck…": its own
            ):
                # "…burned alive, trapped in their house as the fire raged": the draft of the fire
                # told before, not the last one (four injured in another town by drones)
                told = _named_again(info.outside, drafts) or _counted_before(info, drafts) or drafts[-1]
                join(told, info)
                here.append(told)
                continue
            if status == "planned" and not city:
                continue  # a plan with neither date nor place: not enough to go on
            d = open_draft(info, None)
            inherit_place(d, mine)
            anchor = last_dated(info.s.index)
            if post is not None and d.status != "planned":
                # on a live page, what a post tells with no date of its own was reported that day
                at = post.interval.start
                d.interval = Interval(
                    at.replace(hour=0, minute=0), at.replace(hour=0, minute=0) + timedelta(days=1), "day"
                )
                d.attrs["date"] = f"no date words; the day of the live page's post of '{post.text}' that reports it"
                d.post = post
                _timed_in_post(d, info.outside)
            elif (intro := _introduced_by(introduced, info.s.index, anchor)) is not None and d.status != "planned":
                d.interval = intro[1].interval
                d.attrs["date"] = f"no date words; '{intro[1].text}' of the sentence that introduces it"
                d.attrs["date_from"] = intro[1].text
            elif anchor is not None and d.status != "planned":
                d.interval = anchor.interval
                d.date = None
                d.attrs["date"] = (
                    f"no date words; placed with '{anchor.date.text if anchor.date else anchor.title}' "
                    f"(draft {anchor.n}), the last dated event before it"
                )
                d.attrs["date_from"] = anchor.date.text if anchor.date else None
                span = _rest_of_day(anchor.interval) if anchor.interval else None
                timed = _time_within(info.outside, span) if span else None
                if timed is not None and span is not None:
                    d.interval, words = timed
                    # the time in the sentence's opening words ("In response, at approximately 21:05,
                    # jets struck…") is no title: the date stands where it is written
                    where = info.s.text.find(words)
                    where = where if where > 0 and not _has_verb(info.s.text[:where]) else 0
                    d.date = DateMention(words, where, where + len(words) if where else 0, d.interval)
                    d.attrs["date"] = (
                        f"'{words}' in the {span.precision} of draft {anchor.n} "
                        f"('{anchor.date.text if anchor.date else anchor.title}')"
                    )
            here.append(d)

    drafts = _told_again_after_summary(drafts, _summary_paragraphs(paragraphs))
    drafts = [d for d in drafts if d.interval is not None] + [d for d in drafts if d.interval is None]
    # (an aside's draft after its sentence's own: "Ruth Adeyemi, who won … in 1964, has died")
    drafts.sort(key=lambda d: (d.sentences[0].index, d.aside))
    drafts = sorted(_lead_told_again(drafts), key=lambda d: (d.sentences[0].index, d.aside))
    src = source or article.title or (article.path and article.path.rsplit("/", 1)[-1])
    seen_ids: set[str] = set()
    # words the article writes capitalised inside a sentence, not only at its start: names
    # ("fighting with Hezbollah"), so that "Hezbollah said…" at a sentence's start is one too
    proper_words = {
        m.group(1)
        for s in sents
        for m in re.finditer(r"(?<=[a-z,;:]\s)([A-Z][\w\-]+)\b", s.text)
        if m.group(1).lower() not in NOT_NAMES
    } | {m.group(0) for s in sents for m in re.finditer(r"\b[A-Z]{2,6}\b", s.text)}
    given_names = {p.name.split()[0] for p in registry.people if len(p.name.split()) > 1}  # "Saddam said"
    for i, d in enumerate(drafts, 1):
        d.n = i
        dated_first = d.sentences[0]
        d.sentences.sort(key=lambda s: s.index)
        dated = next((s for s in d.sentences if any(m.s is s and m.dates for m in infos)), d.sentences[0])
        lead = dated.text.lstrip()
        if d.title_text:
            # a clause of its own that opens with "he": the one named before it ("…and that he would be buried…")
            clause_at = dated.text.find(d.title_text)
            said = _pronoun_named(d.title_text, dated, clause_at, registry) if clause_at >= 0 else d.title_text
            d.title = _title(said, present=d.entry is not None)
        elif d.date is not None:
            d.title = _title_around(
                dated,
                infos[dated.index].outside,
                d.date,
                registry,
                quoted=lead[:1] in '"\u201c\u2014',
                places=all_places[dated.index],
            )
        elif lead[:1] in '"\u201c\u2014':  # a sentence that opens with a quote: titled by who said it, when
            d.title = _title(" ".join(infos[dated.index].outside.split()).lstrip(" ,"))
        else:
            d.title = _title(dated.text)
        if lead[:1] == "\u2014" and d.title[:1] in "\u2014\u2013":  # (the dash that closed a quotation, European style)
            d.title = d.title.lstrip("\u2014\u2013 ,")
            d.title = d.title[:1].upper() + d.title[1:]
        said_before = (
            d.date is not None and d.date.anchored and "opens a happening of its own" in d.attrs.get("date", "")
        )
        if said_before and d.title.lower().startswith(d.date.text.lower() + " "):  # type: ignore[union-attr]
            # "…, a month after | a jury convicted him": the happening is the jury's, a month before
            rest = d.title[len(d.date.text) + 1 :]  # type: ignore[union-attr]
            d.title = rest[:1].upper() + rest[1:]
        if re.match(r"(?:And|But)\s", d.title) and not re.match(r"\s*(?:And|But)\b", dated.text):
            # "…left at the scene, | and a vigil … was held on Sunday evening": the clause, not its "and"
            d.title = d.title[4:].lstrip()
            d.title = d.title[:1].upper() + d.title[1:]
        d.kind = _clause_kind(d.title, infos[dated.index].outside, d.kind)
        d.id = stable_id(src, dated_first.text)
        if d.id in seen_ids:  # a second happening told in the same sentence
            d.id = stable_id(src, dated_first.text, d.date.text if d.date else d.n)
        seen_ids.add(d.id)
        if d.status == "claimed" or d.kind == "interception":
            d.status = "claimed"
        if d.status == "happened":
            claimant = next(
                filter(None, (_loss_claimant(_own_words(d, s, infos), paragraphs[0]) for s in d.sentences)), None
            )
            if claimant is not None:  # a military's count of the enemy's losses: its claim
                d.status, d.claimed_by = "claimed", claimant
        names: list[str] = []
        for s in d.sentences:
            # a happening told in a "which" clause has the actors of its clause, not of the sentence
            outside = d.clause_outside if d.clause_outside and s is d.sentences[0] else infos[s.index].outside
            found = [
                (e.start, registry.full(e.name) if e.kind == "person" else e.name)
                for e in find_entities(outside, place_names)
            ]
            found += [  # "Russia launched…", "…, New Zealand said Friday": the country acts
                (p.start, p.place.name if p.place else p.text)
                for p in all_places[s.index]
                if p.kind == "country"
                and outside[p.start : p.end] == p.text  # not in a part of the sentence left out
                and _country_acts(outside[: p.start], outside[p.end :])
            ]
            for m in re.finditer(r"\b([A-Z][\w\-]+)(?:['’]s)?\b", outside):
                full = registry.known_surname(m.group(1))
                if full:
                    found.append((m.start(), full))
            found += [
                (m.start(), m.group(1))
                for m in _ONE_WORD_ACTOR.finditer(outside)
                if m.group(1) in proper_words
                and m.group(1) not in place_names
                and not registry.known_surname(m.group(1))
                and m.group(1) not in given_names
                and m.group(1) not in ("TV", "GMT", "UTC", "AM", "PM")
                # the last word of a longer name: "New | Zealand", "Bureau of | Investigation", "Smith & | Associates"
                and not re.search(r"(?:[A-Z][\w.'’\-]*|of|&|and)\s+$", outside[max(0, m.start() - 40) : m.start()])
            ]
            cue = _CLAIM_VERB.search(outside) if d.status == "claimed" and d.claimed_by is None else None
            if cue is not None:  # "the Russian Defense Ministry claimed…": the last name before the verb
                held = _subject_aside(outside)  # (not a name in an aside about the subject: "Apti Alaudinov,
                # the commander of the Chechen Akhmat Spetsnaz forces who…, claimed")
                claimants = [
                    name
                    for start, name in sorted(found)
                    if start < cue.start()
                    and not (held is not None and held.start("aside") <= start < held.end("aside"))
                ]
                d.claimed_by = claimants[-1] if claimants else None
            for _, name in sorted(found):
                if name not in names:
                    names.append(name)
        d.actors = names
        if d.interval is None:
            d.attrs["date"] = "no date found: give one before accepting"
    _kinds_from_evidence(drafts, paragraphs, [i.s for i in infos if i.dates], unquoted)
    if filed_at is not None:
        for d in drafts:
            if (
                d.kind == "statement"
                and not d.places
                and any(
                    re.search(
                        r"\b(?:briefing|press|news)\s+conference\b|\bbriefing\b|\btold\s+reporters\b", x.text, re.I
                    )
                    for x in d.sentences
                )
            ):
                # said at a briefing with no place named: where the report was filed
                d.places.append(filed_at)
                d.attrs["place"] = f"{filed_at.text}: the dateline of the report (no place named)"
    # a district or village the gazetteer does not know is in the dateline's country, else in the
    # country most of the article's placed drafts are in
    known = Counter(c for d in drafts if (c := d.place_fields().get("country")))
    home_country = filed_at.place.country if filed_at is not None and filed_at.place is not None else None
    if home_country is None and known and known.most_common(1)[0][1] > sum(known.values()) / 2:
        home_country = known.most_common(1)[0][0]
    for d in drafts:
        d.dateline_country = home_country
    unattached = _attach(quotes, drafts, sents)
    for d in drafts:
        for q in d.quotes:
            if q.speaker and q.speaker not in d.actors:
                d.actors.append(q.speaker)
    return Extraction(article, sents, drafts, quotes, unattached, published, tz, src)


# the next paragraph names the lead's happening again, and dates it ("At least 20 people have
# been killed in an Israeli strike on a school…" | "The strike hit the school … on Saturday")
_TOLD_AGAIN = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w\-'’.]+\s+){0,2}?(?:strike|attack|air\s*strike|raid|blast|explosion|bombing|"
    r"shelling|shooting|assault|crash|quake|earthquake|fire|storm|collapse|incident|ambush|stampede|"
    # the vessel or vehicle of an accident told before: "The boat, a traditional fishing vessel…, overturned around 23:00"
    r"accident|sinking|boat|ship|vessel|ferry|bus|train)s?\b"
)


# kinds "the strike", "the blast", "the quake" cannot name again
# a one-word name doing or saying something ("Hezbollah said it fired…", "Hamas fired",
# "NATO announced"): an actor, when the article writes the word as a name elsewhere too
_ONE_WORD_ACTOR = re.compile(
    r"(?<![\w'’.\-])([A-Z][\w\-]+)(?!['’]s)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|claimed|claims|fired|launched|"
    r"announced|denied|warned|accused|attacked|struck|shelled|seized|captured|vowed|threatened|confirmed|rejected)\b"
)
# a place after the attribution that ends a sentence names who spoke, not where
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[\w'’.\-]+\s+){0,6}?(?:said|says|told|added|according\s+to)\b([^.;]*)$")


def _in_attribution(before: str) -> bool:
    """Whether a place written after ``before`` is in the words saying who spoke: "…, said
    Moulaye Guindo, the mayor of the nearby town of | Bankass" (a name, then who the speaker
    is), not "…, police said Monday that a suspect returned from | Pakistan" (what was said)
    nor "…, she said from her home in | Irving" (where it was said)."""
    m = _ATTRIBUTION_BEFORE.search(before)
    if m is None:
        return False
    tail = m.group(1)
    return "," in tail and not re.search(r"\bthat\b", tail) and not _has_verb(tail)


_NOT_TOLD_AGAIN = {
    "statement", "visit", "meeting", "agreement", "vote", "court", "resignation", "appointment", "arrest", "event",
    "protest", "evacuation",
}  # fmt: skip


# the words that name one happening again: "the blaze" is the fire told before
_HAPPENING_NOUNS = {
    "fire": r"fires?|blazes?|flames|infernos?|wildfires?",
    "blast": r"blasts?|explosions?|bombings?|bombs?|detonations?",
    "quake": r"quakes?|earthquakes?|tremors?|temblors?|aftershocks?",
    "flood": r"floods?|flooding|floodwaters?|deluge",
    "storm": r"storms?|typhoons?|hurricanes?|cyclones?|tornado(?:es)?",
    "slide": r"landslides?|mudslides?|avalanches?",
    "crash": r"crash(?:es)?|collisions?|derailments?|pile-?ups?",
    "shooting": r"shootings?|gunfire|rampage",
}
_NAMED_AGAIN = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _HAPPENING_NOUNS.items())
    + r")\b",
    re.IGNORECASE,
)


# the kinds of the drafts each family of words names again ("the shooting" is a shooting's draft)
_FAMILY_KINDS = {
    "fire": ("fire",), "blast": ("bombing", "explosion"), "quake": ("earthquake",), "flood": ("flood",),
    "storm": ("storm",), "slide": ("flood",), "crash": ("accident",), "shooting": ("shooting",),
}  # fmt: skip


def _tells(d: Draft, family: str) -> bool:
    words = re.compile(r"\b(?:" + _HAPPENING_NOUNS[family] + r")\b", re.IGNORECASE)
    return d.kind in _FAMILY_KINDS[family] or any(words.search(s.text) for s in d.sentences)


def _named_after(after: str, drafts: list[Draft]) -> Draft | None:
    """The dated draft of the happening named right after an anchored phrase ("about two hours
    after | the shooting"), the latest one, else None."""
    m = _NAMED_AGAIN.match(after.lstrip())
    if m is None:
        return None
    return next(
        (d for d in reversed(drafts) if d.interval is not None and d.date is not None and _tells(d, m.lastgroup or "")),
        None,
    )


def _named_again(text: str, drafts: list[Draft]) -> Draft | None:
    """The draft of the happening ``text`` names again ("as the fire raged", "killed by the
    blaze") when the last draft tells no such thing and one before it does, else None."""
    m = _NAMED_AGAIN.search(text)
    if m is None or not drafts:
        return None
    family = m.lastgroup or ""
    if _tells(drafts[-1], family):
        return None
    return next((d for d in reversed(drafts[:-1]) if d.kind not in _NOT_TOLD_AGAIN and _tells(d, family)), None)


_OUTSIDE_OF = r"\b(?:outside(?:\s+of)?|near|just\s+(?:outside|north|south|east|west)\s+of|(?:in\s+)?(?:a|the)\s+suburbs?\s+of|on\s+the\s+outskirts\s+of)\s+"
_NEAR_KM = 30.0


def _named_outside(info: _Info, drafts: list[Draft]) -> Draft | None:
    """The last draft, when ``info`` (no date, a town of its own, the next paragraph) tells its happening where the
    draft placed it only near a city: same kind, and the town within 30 km of that city ("A police officer was shot
    dead … outside of Salt Lake City" | "Officer Doug Barney died after he was shot … in Holladay"); else None."""
    last = drafts[-1] if drafts else None
    if last is None or last.date is None or info.planned:
        return None
    if re.match(
        r"\s*(?:Another|A\s+(?:second|third|separate)|Separately|Elsewhere|In\s+(?:another|a\s+separate))\b",
        info.s.text,
        re.I,
    ):
        return None  # "Another man was shot in Aurora": another happening
    if (info.kind or _kind(info.outside, info.outside, None, info.killed, info.injured)) != last.kind:
        return None
    if info.s.paragraph != last.sentences[-1].paragraph + 1:
        return None
    town = next((p.place for p in info.places if p.kind == "city" and p.place is not None), None)
    lead = next((p for p in last.places if p.kind == "city" and p.place is not None), None)
    if town is None or lead is None or lead.place is None or town.name == lead.place.name:
        return None
    if None in (town.lat, town.lon, lead.place.lat, lead.place.lon):
        return None
    if not any(re.search(_OUTSIDE_OF + re.escape(lead.text) + r"\b", x.text) for x in last.sentences):
        return None
    dy = (float(town.lat or 0) - float(lead.place.lat or 0)) * 111.0
    dx = (
        (float(town.lon or 0) - float(lead.place.lon or 0)) * 111.0 * math.cos(math.radians(float(lead.place.lat or 0)))
    )
    return last if math.hypot(dx, dy) <= _NEAR_KM else None


def _counted_before(info: _Info, drafts: list[Draft]) -> Draft | None:
    """The draft a toll with no date, place or happening of its own counts for ("In Turkey, at
    least 1,498 people were killed and 7,600 injured"), when the last draft has no toll and one
    before it has: the happening whose toll the story gave, not a later one told without one (a
    second quake "in the afternoon", an arrest); else None."""
    last = drafts[-1] if drafts else None
    if (
        (info.killed is None and info.injured is None)
        or last is None
        or last.killed is not None
        or last.injured is not None
    ):
        return None
    return next((d for d in reversed(drafts[:-1]) if d.killed is not None or d.injured is not None), None)


# an undated lead that tells its news in the present perfect: "A 24-year-old man has been charged…"
_COURT_STEPS = ("charged", "arrested", "detained", "jailed", "sentenced", "convicted", "indicted", "remanded")
_PERFECT_LEAD = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?P<verb>" + "|".join(_COURT_STEPS) + r"|died|resigned|elected|released|freed)\b",
    re.I,
)


# the noun of a lead's happening: "A tropical cyclone has killed at least two people…"
_LEAD_NOUN = re.compile(
    r"\s*(?:An?|The)\s+(?:[\w\-'’]+\s+){0,2}?(?P<noun>cyclone|storm|typhoon|hurricane|tornado|earthquake|quake|"
    r"wildfire|fire|blaze|blast|explosion|flood|landslide|avalanche|eruption|strike|airstrike|attack|bombing|"
    r"shooting|stabbing|crash|collision|derailment|"
    # what crashed or sank: "A small plane crashed … killing all nine people aboard" | "The King Air twin-engine plane
    # went down Friday evening"
    r"plane|aircraft|airliner|helicopter|jet|bus|train|ferry|boat|ship)\b",
    re.I,
)


def _opens_with_its_noun(lead: str, told: str) -> bool:
    """Whether ``told`` opens with the lead's happening named again, with a name or not: "A tropical cyclone has
    killed…" | "Tropical cyclone TEJ made a landfall … late on Monday"."""
    m = _LEAD_NOUN.match(lead)
    if m is None:
        return False
    return re.match(r"\s*(?:The\s+)?(?:[\w\-'’.]+\s+){0,3}?" + m.group("noun") + r"\b", told, re.I) is not None


def _lead_told_again(drafts: list[Draft]) -> list[Draft]:
    """An undated lead whose happening the next paragraph names again and dates is one draft
    with it: the lead's title, places, toll and kind, the next paragraph's date."""
    if len(drafts) < 2:
        return drafts
    lead, told = drafts[0], drafts[1]
    if lead.interval is not None:
        return drafts
    perfect = _PERFECT_LEAD.search(lead.sentences[0].text)
    again = _TOLD_AGAIN.match(told.sentences[0].text) or _opens_with_its_noun(
        lead.sentences[0].text, told.sentences[0].text
    )
    if told.paragraph != lead.paragraph + 1 or not again:
        if perfect is None:
            return drafts
        # "A 24-year-old man has been charged with murder after…" | … | "…was arrested on Saturday and
        # charged on Monday evening": the lead's news is the later paragraph's dated "charged"
        verb = re.compile(r"\b" + perfect.group("verb") + r"\b", re.I)
        found = next(
            (
                d
                for d in drafts[1:5]
                if d.interval is not None
                and d.date is not None
                and d.status == "happened"
                and verb.search(d.title_text or d.sentences[0].text)
            ),
            None,
        )
        if found is None:
            return drafts
        told = found
        told.title_text = lead.title_text or lead.sentences[0].text
        verb_word = perfect.group("verb").lower()
        if verb_word in _COURT_STEPS:
            lead.killed = lead.injured = None  # the charge is no toll of the killing it is for
            told.kind = lead.kind = "arrest" if verb_word in ("arrested", "detained") else "court"
    elif told.interval is None or told.date is None:
        return drafts
    told.sentences = lead.sentences + told.sentences
    told.places = lead.places + [p for p in told.places if all(p.text != q.text for q in lead.places)]
    told.killed, told.injured = _most(lead.killed, told.killed), _most(lead.injured, told.injured)
    vague = ("statement", "event")
    if (told.kind in vague and lead.kind not in vague) or (
        told.kind == "attack" and lead.kind not in (*vague, "attack")
    ):
        told.kind = lead.kind  # the lead's kind, and its weapon ("Israeli air strikes…") over "The strikes … hit"
    told.title_text = told.title_text or lead.title_text or lead.sentences[0].text
    told.attrs.pop("date", None)
    return [d for d in drafts if d is not lead]


def _attach(quotes: list[Quote], drafts: list[Draft], sents: list[Sentence]) -> list[Quote]:
    left = []
    for q in quotes:
        target = None
        in_para = [d for d in drafts for s in d.sentences if s.paragraph == q.paragraph]
        if in_para:
            before = [
                (s.start, d) for d in drafts for s in d.sentences if s.paragraph == q.paragraph and s.start <= q.start
            ]
            target = max(before, key=lambda t: t[0])[1] if before else in_para[0]
        elif q.speaker:
            earlier = [d for d in drafts if d.paragraph <= q.paragraph]
            for want in ("statement", None):
                for d in reversed(earlier):
                    if q.speaker in d.actors and (want is None or d.kind == want):
                        target = d
                        break
                if target:
                    break
        if target is None:
            earlier = [d for d in drafts if d.paragraph <= q.paragraph]
            target = earlier[-1] if earlier else None
        if target is None:
            left.append(q)
        else:
            target.quotes.append(q)
    return left
