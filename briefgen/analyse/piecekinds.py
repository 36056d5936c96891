"""What kind of piece a headline opens: an opinion piece or a roundup of several events, neither a report of one.

    piece_kind("Opinion: The valley's gardeners are paying")      # -> "opinion"
    piece_kind("Week in review: Harrowmere mayoral dispute")       # -> "roundup"
    piece_kind("Recount ordered in West Harrowmere")               # -> ""

Issue 9 separates the news from the view (Semafor) and groups reports of one event: a column on an event shares its
names and words but is a view (a trial merged "Opinion: …" into the news it commented on at 0.71, 2026-12-04), and a
roundup of a week tells several events in a few lines each, so it shares words with any of them (a tester's election
briefing, T11, 2026-12-06: "Week in review: Harrowmere mayoral dispute", three events in three bullets, and "What
happens next in the Harrowmere dispute" were one story of "2 independent reports"). similarity.score_pairs caps a pair
of which exactly one is an opinion piece, and any pair with a roundup. Read from the title, which the story features
digest (an edit to it regroups, as one to the lead does). English forms. Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.placewords import PLACES

OPINION_PIECE, ROUNDUP = "opinion", "roundup"
LISTED = "listed"  # a roundup told by its body's list of items (bodyroundups.py), its headline no roundup's

# A headline that opens as an opinion piece's: its section's word and a colon ("Opinion: …", "Comment: …", "Our view:
# …"). Not "Leader:" or "View:", which open headlines that quote someone ("Leader: we will not resign").
OPINION = re.compile(r"\s*(?:opinion|comment|column|editorial|op-ed|our view|viewpoint|letters?|"
                     r"commentary)\s*[:|\u2014\u2013-]\s", re.IGNORECASE)
# A roundup's headline: a roundup's label as the whole headline, or opening it before a colon or a dash, or closing it
# after one ("Week in review: …", "… — the week that was", "Weekly round-up", "News in brief", "In case you missed
# it", "Five things we learned this week", "Your Wednesday briefing"). A breaker (BR10, 2026-12-06) showed a first
# pattern, reading the words anywhere, taking one event's headlines: "The week in which Kestle council collapsed",
# "This week in court: judge jails Tulley for nine years", "Recap: Budget 2026 as it happened", "Wrap-up: Reale
# raises fuel duty in first budget", "Ofcom's year in review finds complaints doubled". So no "recap", "wrap" or
# "this week in" alone, and no label inside a sentence; nor "In brief:" or "Briefing:" (one event's short report).
# A tester's trade briefing (T22, 2026-12-07) added a newsletter's labels: "Week in palm: levy, lawsuits and a joint
# front" (a sector's week, one or two words after "in": never "which", "that" or "when", nor a tenure's or a stay's
# "office", "power", "charge", "jail", "prison", "hospital", "custody" — "Year in office: what …"), "Morning briefing",
# "Daily digest", "Weekend reads", "What we're reading", "Five things to know (today)" (not "… to know about X", one
# event's explainer) and MIT Technology Review's "The Download".
_WHICH = r"(?!(?:which|that|when|where|whose|office|power|charge|jail|prison|hospital|custody)\b)"
_LABEL = (r"(?:the\s+)?(?:week|weekend|month|year)\s+in\s+(?:review|pictures)|(?:the\s+)?(?:week|weekend)\s+that\s+was"
          r"|(?:weekly|weekend)\s+(?:round-?up|recap|digest)|the\s+week(?:'|\u2019)s\s+top\s+stories|news\s+in\s+brief"
          r"|in\s+case\s+you\s+missed\s+it|what\s+you\s+missed\s+this\s+week|(?:\w+\s+)?things\s+we\s+learned\s+this"
          r"\s+week|your\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\s+briefing"
          r"|(?:morning|evening|afternoon|midday|daily|weekly|weekend|sunday)\s+(?:briefing|digest|reads|newsletter)"
          r"|(?:daily|weekly)\s+round-?up|weekend\s+reading|what\s+we(?:'|\u2019|\s+a)re\s+reading(?:\s+this\s+week)?")
# Labels that open a roundup only: closing a headline, they are one event's explainer ("Recount: five things to know").
_OPENS = (r"(?:\w+\s+)?things\s+to\s+know(?:\s+(?:today|tonight|now|this\s+(?:morning|evening|week|weekend)))?"
          r"|(?-i:The\s+Download|THE\s+DOWNLOAD)")
# A weaker label — "This week in court", "Palm oil this week", "Evening wrap", "Recap" — opens a roundup only when a
# list of three or more items follows it ("Palm oil this week: levy, lawsuits and a joint front"); one event's
# headline after it ("This week in court: judge jails Tulley for nine years") is a report (T22, 2026-12-07).
# "Week in <one or two words>" (T22's "Week in palm"; not "which/that/when …", nor a tenure's or a stay's "office",
# "jail" …) is a label of that weaker kind too: a breaker (BR32, 2026-12-07) showed one event's reports under it ("Week
# in Gaza: 400 killed as Israel expands offensive", "Week in Davos: Trump tells elites …", "Year in space: Starliner
# crew finally home", "Week in court: Reale jailed"). As the whole headline it is a roundup's (no event is told).
_IN = rf"(?:the\s+)?(?:week|weekend|month|year)\s+in\s+{_WHICH}[\w'\u2019&-]+(?:\s+{_WHICH}[\w'\u2019&-]+)?"
_WEAK = (_IN + r"|this\s+week\s+in\s+[\w'\u2019&-]+(?:\s+[\w'\u2019&-]+)?|(?:[\w'\u2019&-]+\s+){1,3}this\s+week"
         r"|(?:(?:morning|evening|daily|weekly|friday|weekend)\s+)?(?:wrap(?:-?up)?|recap|round-?up|briefing|digest)")
_SEP = r"\s*(?:$|[:|\u2014\u2013-]\s)"
ROUNDUP_HEADLINE = re.compile(rf"^\s*(?:{_LABEL}|{_OPENS}){_SEP}|[:|\u2014\u2013-]\s*(?:{_LABEL})\s*$|^\s*(?:{_IN})\s*$",
                              re.IGNORECASE)
WEAK_LABEL = re.compile(rf"^\s*(?:{_WEAK})\s*[:|\u2014\u2013-]\s", re.IGNORECASE)
# The weaker label closing a headline after a dash or colon ("Levy, lawsuits and a joint front — the week in palm")
WEAK_CLOSING = re.compile(rf"\s[:|\u2014\u2013-]\s*(?:{_IN})\s*$", re.IGNORECASE)
# A list's items: parts between commas or semicolons, the last after "and" or "&" ("levy, lawsuits and a joint front")
_ITEMS = re.compile(r"\s*[,;]\s*(?:(?i:and)\s+|&\s+)?|\s+(?:(?i:and)|&)\s+")  # ("And" of a title-case headline)


# A name: one to three capitalised words ("Reale", "Nasution", "Van der Berg", "Macron")
_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]*|van|von|de|der|da|di|bin|al)(?:\s+(?:[A-Z][\w'\u2019.-]*|van|von|de|der|da|"
                   r"di|bin|al)){0,2}")


def _lists(rest: str) -> bool:
    """Whether headline text `rest` is a list of three or more news items, at least one comma or semicolon among them.

    Not a list of names that is one clause's subject or the whole ("Reale, Tulley and Nasution charged over levy
    fraud", "Macron, Scholz and Meloni agree tariffs": one event; BR32, 2026-12-07): every item but the last a name and
    the last opening with one. A headline wholly capitalised is read as such a list too (a missed roundup is the
    lesser harm: a report kept out of its story is worse), unless an item opens with "A" or "An", which a name never
    does ("Week In Palm: Levy, Lawsuits And A Joint Front", "THE WEEK IN PALM: LEVY, LAWSUITS AND A JOINT FRONT": FX54;
    a number does not count: "Reale, Tulley And Two Aides Charged" is one event's)."""
    items = [item.strip() for item in _ITEMS.split(rest) if item.strip()]
    if not re.search(r"[,;]", rest) or len(items) < 3:
        return False
    return not (_subject_list(items) or _AS.search(rest) or _placed(_LOCATED.search(items[-1])))


def lists_items(text: str) -> bool:
    """Whether headline text `text` (a whole headline or the part after a label) is a list of three or more news items
    (`_lists`): "Palm oil, levies and lawsuits" → True; "Reale, Tulley and Nasution charged" → False
    (newslettercues.newsletter_cued reads a whole headline so)."""
    return _lists(text)


def _subject_list(items: list[str]) -> bool:
    """Whether headline list `items` are one clause's subject, names, and its predicate: every item a name, or names
    up to an item opening with a name and telling more ("Trump, Harris spar over economy and abortion in debate",
    "Recap: Trump, Harris Spar Over Economy And Abortion In Debate": BR34, 2026-12-07; BR32's rule read only the last
    item so)."""
    first = next((n for n, item in enumerate(items) if not _named(item)), len(items))
    return first >= 1 and (first == len(items) or (_NAME.match(items[first]) is not None
                                                   and not _ARTICLE.match(items[first])))


# A list that is one event's (BR34, 2026-12-07): "as" tells the event it happened as ("Rain, wind and a storm
# surge as Milton hits Florida"), or it is placed in one country or city of placewords.PLACES, by its last item or by a
# "week in" label ("A ceasefire, a hostage deal and a fragile calm in Gaza", "Week in Gaza: a truce, a hostage deal
# and an uneasy calm"). A newsletter's "… and a strike in Riau" stays a list (Riau is no listed place).
_AS = re.compile(r"\s(?i:as)\s+\S")
_LOCATED = re.compile(r"\s(?i:in|across|over)\s+(?:(?i:the)\s+)?([\w'\u2019 .-]+?)\s*$")


def _placed(match: re.Match[str] | None) -> bool:
    return match is not None and match.group(1).lower() in PLACES


def _one_places_things(label: str, rest: str) -> bool:
    """Whether a "week in" `label` names a listed place and every item of list `rest` opens with "a" or "an": one
    place's week told by its aspects ("Week In Gaza: A Truce, A Hostage Deal And An Uneasy Calm"; "Week in Gaza: levy,
    lawsuits and a joint front" stays a roundup, BR32's test)."""
    return _placed(_LOCATED.search(label.rstrip(" :|\u2014\u2013-"))) and all(
        re.match(r"(?i:an?)\s", item.strip()) for item in _ITEMS.split(rest) if item.strip())


# An article opens a thing, no name: a title-case list's "A Joint Front" (FX54, 2026-12-07)
_ARTICLE = re.compile(r"(?:A|An|AN)\s")


def _named(item: str) -> bool:
    return _NAME.fullmatch(item) is not None and not _ARTICLE.match(item)


def piece_kind(title: str) -> str:
    """OPINION_PIECE, ROUNDUP or "" (a report) for headline `title` (module docstring)."""
    if OPINION.match(title):
        return OPINION_PIECE
    if ROUNDUP_HEADLINE.search(title):
        return ROUNDUP
    weak = WEAK_LABEL.match(title)
    if weak and _lists(title[weak.end():]) and not _one_places_things(title[:weak.end()], title[weak.end():]):
        return ROUNDUP
    closing = WEAK_CLOSING.search(title)
    return ROUNDUP if closing and _lists(title[:closing.start()]) else ""
