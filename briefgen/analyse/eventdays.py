"""The day a lead's first sentence places its news on: two reports that place theirs on different days report two
events, however many names and words they share.

The labelling convention (docs/stories.md) makes a story one news event. Two events of one dispute a day apart share
its people, its bodies and its words: a trial of a city's bus strike (2026-12-04) had commuters' relief at an
injunction ("Commuters in Lindmouth reacted with relief on Thursday after a court injunction stopped Monday's bus
strike", Radio Lindmouth, Thursday evening) and the tram drivers' walk-out the next morning ("Lindmouth's trams
stopped on Friday morning when about 300 drivers from the Rail and Tram Union walked out") in one story at 0.72 on the
union, its leader and the court; the evaluation set had Macron's Bratislava speech ("admitted on Wednesday") and the
Moldova summit ("met on Thursday, June 1") as one. What tells them apart is the day each lead gives its news.

`lead_event_day(text)` reads the lead's first sentence (`leadactors.lead_head`) for "on" and a weekday or a date
("on Thursday", "on Friday morning", "late on Tuesday", "in the early hours of Tuesday", "Thursday night", "on
Thursday, June 1", "on 4 November") or a relative day (RELATIVE_DAYS: English news style dates its news from its own
date: "yesterday", "last night"; "today", "this morning", "earlier today", "tonight", "in the early hours";
"overnight"), and gives its code: "p3" (the last Thursday on or before the article's date), "pm6d1" (the last 1 June
on or before it, within MAX_BACK_DAYS), "y" (the day before), "d0" (its own date), "n" (the night before it: either
day; 2026-12-05, the ferry trial: "broke up without agreement in Glasgow last night", 14 Nov, dated no news and
joined the interview of 12 Nov at 0.68); a live blog (`liveblog.live_blog`: its paragraphs open with clock times) places
its news on its own date, "t" (LIVE_DAY), whatever its first entry says. Not a day that dates a report rather than the news — after a reporting verb,
within one word ("officials said on Tuesday", "told Reuters on Tuesday": the wildfire set's re-tellings of one fire
are dated by their sources' statements a day apart) — nor one of the future ("will meet on Wednesday", the day an
announcement names, announcements.py), nor one in a clause with "still" ("were still stranded in Faro on Saturday":
a running event, a third trial) or a state at writing time ("were in custody last night after a series of
early-morning raids": the museum trial's Monday arrests), nor any day of a lead whose event lasts days ("went into its second day on
Wednesday", "began a 48-hour strike on Tuesday": a fifth trial's two-day strike; not an act kept up "for a second
day" beside a new one, "and widened the search": runningacts.py). A lead that announces and names no other day gives its statement's day: the news
of "will table a final offer next Friday, its chief executive said on Friday" is Friday's; so does one that states a
plan, a future form before the statement (`_PLAN`), unless its verb brings the plan to light ("…, a security blogger
revealed on Friday", the ransomware trial, 2026-12-05: the day a claim was revealed is not the day it was made): "The opposition will table an amendment …, its food spokesperson
announced on Friday" (a trial, 2026-12-05, merged it with the minister's pledge of the Wednesday at 0.63: its last
line recalled the pledge). `event_day(code, day)`
turns the code and the article's date (an ordinal, in the offset its `published` was written with) into the day.
similarity.score_pairs caps a pair whose leads place their news on different days, unless both announce (the
evaluation set's trip announced on Wednesday and confirmed on Friday is one story), and one whose lead places its
news on a day after the other report was published, a day or more before it (`news_after`): that report could not tell
it (2026-12-04: a trial's second march "on Saturday", 21 March, joined a union bulletin of the court ruling, dated 20
March, at 0.63 on the ruling the march report recalled). The forms are English.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from briefgen.analyse.announcements import (_ANNOUNCES, _DATE, _FUTURE, _MONTHS, _SENTENCE_END, _WEEKDAYS,
                                            announced, lead_announces)
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.leadactors import lead_head
from briefgen.analyse.liveblog import live_blog
from briefgen.analyse.modaldays import modal_ahead
from briefgen.analyse.outletdays import outlet_day
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.runningacts import ends_stoppage, joins_new_act
from briefgen.analyse.sentences import first_end
from briefgen.analyse.terms import term_of, words
from briefgen.analyse.textmatch import ignorecase_key

MAX_BACK_DAYS = 60  # a date further back than this is history, not this week's news
LIVE_DAY = "t"  # the code of a live blog's news day: its own date (liveblog.live_blog)
_NEWS_OUTLETS = frozenset(map(outlet_key, KNOWN_OUTLETS))  # (outlet keys: never a party a live blog follows)
_WD = "|".join(_WEEKDAYS)
# The day a lead places its news on: "on" (or "late on", "early on", US "late", "in the early hours of") a weekday or
# a date, a weekday with its part ("Thursday night", not "since/until/by/from/next/this Thursday night"), or one of
# the relative days English news style writes from its own date (RELATIVE_DAYS). Never a possessive ("Monday's
# strike", "last night's talks": background, not the news). Every form opens a word with one of the letters of its
# look-ahead, tried first at each place so that most places fail at once (~5x faster: 100 -> 19 µs a c1k lead's first
# sentence; tests/analyse/test_story_fast_paths_2.py compares it with the form without).
_DAY = re.compile(rf"(?=\b[oleimtwfsy])(?:\b(?:on|(?:late|early)(?:\s+on)?|in\s+the\s+(?:early|small|wee)\s+hours\s+of)\s+"
                  rf"(?:(?P<weekday>{_WD})(?![\'\u2019])(?:,?\s+{_DATE})?"
                  rf"|{_DATE.replace('1>', '3>').replace('2>', '4>')})\b"
                  rf"|(?<!\bsince\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\bnext\s)(?<!\bthis\s)(?<!\bthat\s)"
                  rf"(?<!\ba\s)(?<!\bone\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bany\s)"
                  rf"\b(?P<weekday5>{_WD})\s+(?:night|morning|afternoon|evening)\b(?![\'\u2019])"
                  rf"|\b(?P<yesterday>yesterday(?!\s+(?:morning|afternoon|evening)[\'\u2019])(?:\s+(?:morning|afternoon|evening))?"
                  rf"|(?:late\s+|early\s+)?last\s+night"
                  rf"|(?:late|early)\s+yesterday)\b(?![\'\u2019])"
                  rf"|\b(?P<today>(?:earlier\s+|later\s+)?today(?!\s+programme)|(?:earlier\s+|early\s+|late\s+)?this\s+"
                  rf"(?:morning|afternoon|evening)|(?:earlier\s+|late\s+)?tonight|in\s+the\s+(?:early|small|wee)\s+hours"
                  rf"(?:\s+of\s+(?:this|the)\s+morning)?(?!\s+of\b))\b(?![\'\u2019])"
                  rf"|\b(?P<overnight>overnight)\b(?!\s+(?:ferry|ferries|sailings?|services?|trains?|flights?|bus|buses"
                  rf"|crossings?|stays?|shifts?|routes?|boats?|sleeper)\b))", re.IGNORECASE)
# The relative days, each with its code (`event_day`): the day before the article's date, its own date, the night
# before it (a span of two days: "overnight" in a morning report is the night just ended, which began the evening
# before; `different_days` holds apart only reports whose spans do not meet).
RELATIVE_DAYS = {"y": ("yesterday", "yesterday morning", "yesterday afternoon", "yesterday evening", "last night",
                       "late last night", "early last night", "late yesterday", "early yesterday"),
                 "d0": ("today", "earlier today", "later today", "this morning", "earlier this morning",
                        "early this morning", "late this morning", "this afternoon", "earlier this afternoon",
                        "this evening", "earlier this evening", "tonight", "earlier tonight", "late tonight",
                        "in the early hours", "in the small hours", "in the early hours of this morning"),
                 "n": ("overnight",)}
TODAY, OVERNIGHT = "d0", "n"
# A reporting verb within one word before the day: the day dates a statement ("officials said on Tuesday").
_STATEMENT = re.compile(r"\b(?:said|says|say|told|tells|announced|reported|confirmed|added|wrote|stated|revealed|"
                        r"disclosed)(?:\s+[\w'\u2019.-]+)?\s*$", re.IGNORECASE)
# An opening clause of what the news follows, before its first comma: its day dates the cause ("Following the cyber
# incident that began on Monday, the University has decided to postpone …": the ransomware trial, 2026-12-05, whose
# statement of Wednesday was held apart from the radio's live blog of Wednesday as Monday's news).
_CAUSE = re.compile(r"\s*(?:following|after|in\s+the\s+wake\s+of|amid|since)\b[^,;:]*$", re.IGNORECASE)
# A verb of bringing to light within one word before the day: the day dates a revealing, never the news (`_first_day`).
_REVEALED = re.compile(r"\b(?:reported|revealed|disclosed|uncovered|exposed|spotted)(?:\s+[\w'\u2019.-]+)?\s*$",
                       re.IGNORECASE)
# A future form within one word before it (the day lies ahead), or "still" in its clause (an event going on: "were
# still stranded on Saturday, a day after …" — a third trial's running story).
_AHEAD = re.compile(r"\b(?:will|would|to|is|are)(?:\s+[\w'\u2019.-]+)?\s*$|\bto\s+the\s+[\w'\u2019.-]+\s*$",
                    re.IGNORECASE)  # ("to the surface": no infinitive, `_TO_NOUN`, but a future form may come before)
# "to" before a noun is no infinitive: a destination or a state a past verb brought someone to ("were lifted to safety
# on Wednesday", "rushed to hospital", "came to power", "flew to Santiago": the T17 trial, 2026-12-06, whose rescue
# reports dated no news and were held apart from the live blog of the rescue's day). A capitalised word after "to"
# is a name (no infinitive is capitalised inside a sentence), and so is "the" (BR21: "want to go to the surface on
# Sunday" was dated); these nouns follow "to" bare in news English.
_TO_NOUN = re.compile(rf"\bto\s+(?:the\s+[\w'\u2019.-]+|{CAPITAL}[\w'\u2019.-]*|safety|hospital|prison|jail|power|death|freedom|victory|shore|"
                      r"sea|court|office|school|church|bed|trial|date|hand|land|port|town|market|surface|justice)\s*$")
# A future form before such a "to" ("Ferries will not sail to Skerrin on Friday", "are to be flown to Santiago"): also a
# modal or an infinitive's own "to" ("could return to power on Monday", "may be sent back to prison on Friday",
# "wants to go to court on Tuesday": BR21, 2026-12-06, each dated a day that had not come).
_AHEAD_OF_TO = re.compile(r"\b(?:will|would|shall|going|is|are|due|expected|could|can|may|might|must|should|ought|"
                          r"to)\b(?:\s+[\w'\u2019.-]+){0,3}\s*$", re.IGNORECASE)


def _ahead(before: str) -> bool:
    """Whether the text `before` a day ends in a future form (`_AHEAD`; a modal's: modaldays.py), "to" before a noun
    being none unless a future form comes before it (`_TO_NOUN`, `_AHEAD_OF_TO`)."""
    if _AHEAD.search(before) is None:
        return False
    noun = _TO_NOUN.search(before)
    return noun is None or _AHEAD_OF_TO.search(before, 0, noun.start()) is not None
_STILL = re.compile(r"\bstill\b[^,;:]*$", re.IGNORECASE)
# A state at the time of writing, in the day's clause: a form of "be" or "remain" before a place or a condition
# ("were in custody last night after a series of early-morning raids", "was in hospital last night", "remained
# missing on Friday"): the news is what put them there, told after it (the museum trial's arrests, 12 Oct, were
# Monday's; "last night" dated the men's custody). Safe or alive is such a state only as what stayed so ("remained
# safe"): "All 22 crew … were safe on Tuesday after rescuers plucked the last 13" is the rescue's outcome, the news of
# that day (the T18 trial, 2026-12-06: the report dated no news and was held apart from the rescue's live blog).
_STATE = re.compile(r"\b(?:(?:was|were|is|are|remained|remains|remain|stayed|stays)\s+(?:still\s+)?(?:in|under|on|at|"
                    r"inside|behind|without|out\s+of|missing|stranded|trapped|unaccounted|critical|stable|unable)|"
                    r"(?:remained|remains|remain|stayed|stays)\s+(?:still\s+)?(?:safe|alive))\b[^,;:.]{0,60}$",
                    re.IGNORECASE)
# A day that dates a noun's past, not the news: in an appositive after a comma, opened by "a"/"an", a past participle
# qualifying the noun after a preposition ("… approved €240m for Tern-2, a successor to the lander lost on 10 November",
# a tester's lunar-lander briefing, T12, 2026-12-06, whose report of the approval was held apart from two others of
# that day as 10 November's news; "…, a suburb of the city flooded on Sunday"), or in a relative clause opened by
# "which was/were" ("…, which was lost on 10 November"). Not "The head of the agency resigned on Monday" nor "In
# Brennock, the head of the agency resigned on Monday": a main verb after its subject (no "a"/"an" appositive).
_QUALIFIED = re.compile(r",\s+an?\s+(?:[\w'\u2019-]+\s+){1,4}(?:to|of|for|from|with|by|than|about|over|into|on|at|in)"
                        r"\s+(?:the|a|an|its|their|his|her|our|this|that|those|these)\s+(?:[\w'\u2019-]+\s+){0,3}"
                        r"(?:\w+ed|lost|held|built|made|sold|shot|hit|seen|found|taken|given|sent|won|struck|set\s+up|set|"
                        r"put|cut|paid|told|left|brought|bought|caught|chosen|drawn|frozen|hidden|known|shown|spoken|"
                        r"stolen|thrown|written|begun|broken)\s*$|,\s+which\s+(?:was|were)\s+\w+\s*$", re.IGNORECASE)
# A verb of the main clause before the appositive's comma (BR11, 2026-12-06: "In Brennock, a majority of the councillors
# voted on Thursday …", "For the first time, a member …" — an opening phrase, then the subject — lost their day, and
# two events four days apart merged): a form of be/have/will, or a word in -ed, between the sentence's start and it.
_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|"
                          r"\w{2,}ed|said|says|told|made|gave|took|won|lost|held|set|put|cut|paid|sold|bought|found|"
                          r"gets?|got|keeps?|kept|agrees?|plans?|wants?|needs?)\b", re.IGNORECASE)


# A day of an event named by a noun in "-ing" ("the grounding of the Scottish ferry Morning Star on Nov. 2") after the
# main clause's verb, in a sentence told as a statement of a day of its own (", … investigators said on Friday"): the
# noun's past, not the news (the ferry set's report of the accident investigators' findings read as 2 November's once
# its lead's first sentence was no longer cut at "Nov.": S17, 2026-12-06). Not an occasion ("the hearing of …"), nor
# the main verb's object ("Regulators ordered the grounding of all A9 jets on Wednesday, the agency said on Thursday":
# the order's day, BR20): the noun after a preposition ("the cause of the grounding", "an inquiry into the sinking").
_EVENT_NOUN = re.compile(r"\b(?:of|in|into|for|after|before|since|over|about|behind|from|at|on|by|with|to|during)"
                         r"\s+the\s+(?!(?:meet|hear|sitt|open|clos|sign|launch|morn|even|brief)ing\b)[a-z]\w+ing\s+of\s+"
                         r"(?:[\w'\u2019.-]+\s+){0,6}$", re.IGNORECASE)


def _noun_past(first: str, found: re.Match[str]) -> bool:
    """Whether the day `found` of the lead's first sentence `first` dates an event noun's past (`_EVENT_NOUN`, after a
    preposition: "the cause of the grounding of …", not the verb's object "ordered the grounding of …"): after a main
    verb, with a statement's day later in the sentence ("…, investigators said on Friday")."""
    noun = _EVENT_NOUN.search(first, max(0, found.start() - 90), found.start())
    return noun is not None and _VERB_BEFORE.search(first, 0, noun.start()) is not None and any(
        _STATEMENT.search(first, max(0, later.start() - 40), later.start()) for later in _DAY.finditer(first, found.end()))


def _qualified(first: str, at: int) -> bool:
    """Whether the day at `at` of the lead's first sentence `first` dates a noun's past in an appositive
    (`_QUALIFIED`) that follows a main clause with its verb (`_VERB_BEFORE`), not an opening phrase."""
    found = _QUALIFIED.search(first, max(0, at - 120), at)
    return found is not None and _VERB_BEFORE.search(first, 0, found.start()) is not None


# A second sentence that opens with its day, after a first that gives none (a scene set first: "Currency traders had been
# selling the crown for most of September. On Tuesday they were squeezed" — a sixth trial's Tuesday rebound joined
# Thursday's record low at 0.68).
_FRONTED = re.compile(rf"\s*On\s+(?:{'|'.join(w.capitalize() for w in _WEEKDAYS)})\b")
# An event that lasts days: the lead of one of its later days ("went into its second and final day on Wednesday",
# "for a third straight day", "day two of") or of its start ("began a 48-hour strike on Tuesday", "a three-day
# summit") places no event on one day. A trial (2026-12-04) split a two-day bin strike into two stories, its second
# day a "related story", at 0.45 on the strike's words: the days differed.
_RUNNING = re.compile(r"\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                      r"\s+(?:and\s+(?:final|last)\s+)?(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night|week)|"
                      r"(?:final|last)\s+day\b(?!\s+of\s+(?:the\s+)?(?:month|year|term|session))|"  # ("last week": the one before)
                      r"day\s+(?:two|three|four|five|six|seven|[2-9]|1\d)\b|"
                      r"(?P<lasting>(?:3[6-9]|[4-9]\d|1\d\d)[- ]hours?|(?:[2-9]|1\d|two|three|four|five|six|seven|ten|fourteen)[- ](?:days?|weeks?)\b(?!\s+(?:ago|later|earlier|before|after))|"
                      r"week-?long|multi-?day|days-long|weeks-long))", re.IGNORECASE)
# An event of several days that does not take place is no running event: one called off, cancelled or blocked, or one
# a party asks to stop ("A 48-hour strike on the Harrowmoor Line was called off on Wednesday", "asked the High Court on
# Friday to stop a 48-hour strike", "refused … an injunction against a 48-hour strike": the T13 trial, 2026-12-06, whose
# three leads gave no day and so were held apart from the live blog of the deal's day). Read before the lasting form in
# its clause (`_STOPS_BEFORE`, within 60 characters) or, passive, after its noun (`_STOPPED_AFTER`, within 80). Not a
# failed attempt ("after the company failed to stop a 48-hour strike") nor a relative clause's verb ("The 48-hour strike,
# which had been postponed from September, began on Monday", "a week-long strike by staff, who were blocked from a pay
# rise, began": BR13, 2026-12-06, each dated a strike under way).
_STOPS_BEFORE = re.compile(r"\b(?:(?<!fail\s)(?<!fails\s)(?<!failed\s)(?<!failing\s)"
                           r"to\s+(?:stop|halt|block|prevent|ban|avert|restrain)|injunction(?:\s+\w+)?\s+against|"
                           r"call(?:s|ed|ing)?\s+off|cancel(?:s|led|ed|ling|ing)?|suspend(?:s|ed|ing)?|"
                           r"postpon(?:e|es|ed|ing)|avert(?:s|ed|ing)?|scrap(?:s|ped|ping)?|block(?:s|ed|ing)?|"
                           r"ban(?:s|ned|ning)?)\s+(?:(?:a|an|the|its|their|next\s+week's|next\s+week\u2019s)\s+)?$",
                           re.IGNORECASE)
_STOPPED_AFTER = re.compile(r"^(?:(?!\b(?:who|which|that|whose|whom)\b)[^.;:!?]){0,80}?"
                            r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been)\s+"
                            r"(?:\w+\s+)?(?:called\s+off|cancell?ed|suspended|postponed|averted|scrapped|blocked|banned|"
                            r"halted|stopped)\b", re.IGNORECASE)


# A span that ended with the news, before its lasting form: its end is the news' day, not a running event's ("Rescuers
# brought all 23 miners out … on Wednesday, ending a 56-hour ordeal", "All 23 miners trapped for more than two days …
# were lifted to safety on Wednesday": the T17 trial's rescue reports, 2026-12-06, dated no news). "ending", "after",
# "following" a span, or a past participle's state lasting it ("trapped for more than two days", "held for three
# days"): not "began a 48-hour strike", "walked out for two days".
_SPAN_ENDED = re.compile(r"\b(?:(?:end(?:s|ed|ing)?|after|following|capping|concluding|closing)\s+"
                         r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:more\s+than|over|nearly|almost|about|some|"
                         r"roughly)\s+)?|(?:\w{3,}ed|held|kept|stuck|shut|hidden)\s+for\s+(?:(?:more\s+than|over|"
                         r"nearly|almost|about|some|roughly|at\s+least)\s+)?)$", re.IGNORECASE)


def _runs_days(first: str) -> bool:
    """Whether `first` (a lead's first sentence) tells an event of several days (`_RUNNING`): a later day of one, or
    one lasting days that is not stopped or sought to be stopped (`_STOPS_BEFORE`, `_STOPPED_AFTER`) nor a span that
    ended with the news (`_SPAN_ENDED`; a stoppage's end runs: runningacts.py), nor an act's later day joined by a new
    act (runningacts.py). Pure."""
    for found in _RUNNING.finditer(first):
        if not found.group("lasting"):
            if joins_new_act(first, found.start()):  # ("kept … for a second day on Tuesday and widened the search")
                continue
            return True
        if _STOPS_BEFORE.search(first, max(0, found.start() - 60), found.start()) is None and \
                _STOPPED_AFTER.search(first[found.end():found.end() + 120]) is None and \
                (_SPAN_ENDED.search(first, max(0, found.start() - 40), found.start()) is None
                 or ends_stoppage(first, found.start(), found.end())):  # (a stoppage's end: "after a two-day outage")
            return True
    return False


def lead_event_day(text: str) -> str:
    """The code of the day the first sentence of plain `text`'s lead places its news on (module docstring), or "".
    Pure."""
    return lead_days(text)[0]


def lead_days(text: str, reported: Iterable[str] = ()) -> tuple[str, bool]:
    """`lead_event_day(text)`, and whether the lead's first sentence places its news on the article's own date by a
    relative day ("today", "this morning": TODAY) even where its event lasts days ("this morning as ferry crews
    began a two-day strike"): the day a report of one day's news gives it (similarity.py, one day's news).
    `reported`: the cues of the outlets the text credits (credits.Credit.cue: "PAI and Reuters reported"); a day on
    one of them whose verb ends it dates the news when the first sentence gives none of its own (outletdays.py).
    Pure."""
    if live_blog(text):  # (a live blog's news is its day's, whatever its first entry says)
        return LIVE_DAY, False
    head = lead_head(text, 400)
    end = first_end(_SENTENCE_END, head)  # (not at an initial, "Minister S. K. Verma on Tuesday": T16)
    first = head[:end.end()] if end is not None else head
    code = _first_day(first, reported)
    if not code and end is not None and _FRONTED.match(head, end.end()):  # "… for most of September. On Tuesday they
        second = first_end(_SENTENCE_END, head, end.end())                # were squeezed": the news is Tuesday's
        stop = second.end() if second else len(head)
        code, first = _first_day(head[end.end():stop]), head[:stop]
    running = bool(code) and _runs_days(first)  # (an event of several days: no one day is its news)
    return ("" if running else code), code == TODAY


def _first_day(first: str, reported: Iterable[str] = ()) -> str:
    """The code of the day `first` (a lead's first sentence) places its news on, or "" (`lead_event_day`); `reported`
    as `lead_days` takes it."""
    statement, ahead = None, None
    for found in _DAY.finditer(first):
        before = first[max(0, found.start() - 40):found.start()]
        if _STATEMENT.search(before) is not None:
            statement = statement or found
            continue
        if modal_ahead(first, found.start(), found.end()) or _ahead(before) or _STILL.search(first, max(0, found.start() - 80), found.start()) or (
                _STATE.search(first, max(0, found.start() - 80), found.start())) or _CAUSE.match(first[:found.start()]) \
                or _qualified(first, found.start()) or _noun_past(first, found):
            continue
        if ahead is None:  # (only asked of leads that name a day: most name none in their first sentence)
            ahead = [m.span("when") for m in _ANNOUNCES.finditer(first) if announced(m)]
        if any(lo <= found.start() < hi for lo, hi in ahead):
            continue  # the day an announcement names ("will meet in Oslo on Wednesday")
        return _code(found)
    # An announcement's news is the statement: "will table a final offer next Friday, its chief executive said on
    # Friday" is Friday's (a third trial merged it with Wednesday's bid); so is a plan's, with no day of its own ("The
    # opposition will table an amendment …, its food spokesperson announced on Friday": a trial, 2026-12-05, merged it
    # with the minister's pledge on the Wednesday at 0.63, on the pledge its last line recalled).
    # Not a day something was revealed, reported or disclosed on: the day it came to light, told by another ("A criminal
    # gang says it stole … and will release it …, a security blogger revealed on Friday": the ransomware trial,
    # 2026-12-05, held it apart from the blog's own "Late on Thursday night the gang added …" at 0.45).
    if statement is not None and outlet_day(first, statement.start(), reported, statement.end()):
        return _code(statement)
    if statement is None or _REVEALED.search(first, max(0, statement.start() - 40), statement.start()):
        return ""
    return _code(statement) if _PLAN.search(first, 0, statement.start()) or lead_announces(first) else ""


# A future form before a statement's day in the lead's first sentence: a plan announced, whose news is the statement
# ("will table an amendment …, its spokesperson announced on Friday"). In lower case, as announcements reads them.
_PLAN = re.compile(rf"\b(?:{_FUTURE})\b")


def _code(found: re.Match[str]) -> str:
    if found.group("yesterday"):
        return "y"
    if found.group("today"):
        return TODAY
    if found.group("overnight"):
        return OVERNIGHT
    for day, month in (("day1", "month1"), ("day2", "month2"), ("day3", "month3"), ("day4", "month4")):
        if found.group(day):
            return f"pm{_MONTHS[ignorecase_key(found.group(month).rstrip('.'))]}d{int(found.group(day))}"
    return f"p{_WEEKDAYS.index(ignorecase_key(found.group('weekday') or found.group('weekday5')))}"


def event_day(code: str, day: int) -> int | None:
    """The day (`date.toordinal()`) a lead's news was on, from its `lead_event_day` code and the article's date `day`
    (the same); None for "", a code of another version, or a date that does not exist or lies more than
    MAX_BACK_DAYS back (the last such date on or before the article's)."""
    if code in ("y", OVERNIGHT):  # (the night's first day: "overnight" may be either, `different_days`)
        return day - 1
    if code in (LIVE_DAY, TODAY):
        return day
    if code[:1] == "p" and code[1:].isdigit():
        return day - ((day - 1) % 7 - int(code[1:])) % 7  # (ordinal 1 was a Monday)
    dated = re.fullmatch(r"pm(\d{1,2})d(\d{1,2})", code)
    if dated is None:
        return None
    today = dt.date.fromordinal(day)
    for year in (today.year, today.year - 1):
        try:
            when = dt.date(year, int(dated.group(1)), int(dated.group(2))).toordinal()
        except ValueError:
            continue
        if when <= day:
            return when if day - when <= MAX_BACK_DAYS else None
    return None


def different_days(code: str, day: int, other_code: str, other_day: int) -> bool:
    """Whether two reports' leads (their `lead_event_day` codes and dates, as ordinals) place their news on two
    different days (an "overnight" lead on either of its night's two days)."""
    if not code or not other_code:  # (most pairs: scored for each candidate pair)
        return False
    first, second = event_day(code, day), event_day(other_code, other_day)
    if first is None or second is None:
        return False
    last, other_last = first + (code == OVERNIGHT), second + (other_code == OVERNIGHT)  # (a night: two days)
    return last < second or other_last < first


def news_after(code: str, day: int, time: float, other_day: int, other_time: float) -> bool:
    """Whether a report's lead (its `lead_event_day` code, date `day` as an ordinal, `time` in POSIX seconds) places
    its news on a day after the date another report was published on (`other_day`, `other_time`), at least a day
    before it: news that report could not tell. (A day apart at least: each date is in its report's own offset.)"""
    if not code or time - other_time < 86400.0:
        return False
    when = event_day(code, day)
    return when is not None and when > other_day


def live_day_apart(code: str, other_code: str) -> bool:
    """Whether a live blog (`code` LIVE_DAY) and a report whose lead places its news on no day (`other_code` "") are
    held apart. A live blog is its day's news, a run of entries on many matters; a report is one of its story's
    when its lead places its own news on the blog's day ("approved by the full council late on Wednesday": the vote
    a council's live blog followed; `different_days` compares those). One that dates no news — a feature, an
    explainer on one matter an entry touched — is no report of the day: a trial (2026-12-05) merged a radio
    station's "Salmonella outbreak: Thursday's updates" with a paper's explainer of the bacteria's genetics, the
    next morning, at 0.74 on the laboratory and its director one entry quoted, and, on the explainer's own date,
    Friday's updates at 0.56 on the entry that called the strain rare. stories.py caps such a pair, unless the
    report is the statement of a party the blog follows, on its day (`live_statement`)."""
    return code == LIVE_DAY and not other_code


def live_statement(blog_day: int, blog_time: float, blog_terms: frozenset[str], source: str, day: int,
                   time: float) -> bool:
    """Whether a report from outlet `source` (an outlet key), dated `day` (an ordinal) at `time` (POSIX seconds), is a
    statement that a live blog of day `blog_day`, last updated at `blog_time`, whose terms are `blog_terms`, re-tells:
    published on the blog's day, before it, by an outlet every word of whose name (`terms.term_of`) the blog holds and
    that is no known news outlet (knownoutlets.py) — the university, council or force whose news the blog follows,
    not a paper's feature. The ransomware trial
    (2026-12-05): Castle FM's "Wednesday's updates" ("09:40 The university has just announced that next week's
    assessments are postponed") and the University of Castlebridge's "Update: autumn assessments postponed" (09:30)
    were held apart as a live blog and a report dating no news (0.45), shown as related stories."""
    if day != blog_day or time > blog_time or source in _NEWS_OUTLETS:  # (a known news outlet is no party)
        return False
    named = [t for t in map(term_of, words(source)) if t]
    return bool(named) and blog_terms.issuperset(named)
