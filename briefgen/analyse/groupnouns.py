"""Plural common nouns that open a sentence as its subject ("Unions said …", "Nurses called the offer “…”") and name
no person, where namecontext._PLURAL's endings (-ers, -ors, -ists, -ians …) do not show them.

    GROUP_PLURALS    # frozenset of lower-case plurals: "unions", "nurses", "banks", "neighbours" …

namecontext.plural_opening reads a capitalised word as no one's name when it has a plural's shape and the article
writes it capitalised only where a sentence opens. Issue 9 (2026-12-05): "Unions called the plan “a betrayal”" listed
a person "Unions" and gave it the quotation; "Nurses", "Banks", "Neighbours", "Councils" the same (measured on made-up
sentences: each a person before). These are the plurals of groups that speak in news copy whose endings the pattern
cannot take without taking surnames too (-ons: Parsons; -es: Hughes, Barnes; -ks: Banks): listed one by one, and like
the pattern's, read as a group only where the article never writes the word inside a sentence ("Arron Banks … Banks
said" keeps him).
"""
from __future__ import annotations

from typing import Callable

from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.namekeys import fold

GROUP_PLURALS = frozenset("""
unions nurses banks neighbours neighbors councils experts firms schools pupils airlines landlords judges groups fans
rebels businesses friends colleagues sources markets troops forces crews witnesses victims women men children people
pilots states nations allies bosses chiefs churches clubs teams athletes coaches colleges guards youths sons husbands
cousins fishermen shops stores brands charities hospitals families relatives doctors medics residents scientists
councillors MPs campaigners locals insiders investors regulators rescuers paramedics firefighters hundreds thousands
dozens millions scores
""".lower().split())

# Plural nouns of a party's members, a chamber's or a government's office holders and a force's commanders, capitalised
# as a party's name is ("Ten Republicans voted against", "Republicans said", "Two Senators said", "Senate Republicans
# said"): a group, no person, whatever the sentence (FX50: a trial's People page had "Republicans" and "Senators").
# A surname may have these forms ("Traci Lords", "Liam Peers"): after a given name or a title it is one (`plural_group`).
PARTY_PLURALS = frozenset("""
republicans democrats conservatives tories liberals socialists communists nationalists unionists loyalists
senators ministers generals governors congressmen congresswomen lawmakers legislators representatives mayors
admirals colonels lords peers
""".split())
# First words that make such a plural a party's name ("Liberal Democrats", "Sweden Democrats", "Social Democrats").
_PARTY_FIRSTS = frozenset("liberal social free christian sweden swiss national democratic progressive young united".split())


# Words before such a plural that qualify the group, none in the lexicon's lists (nameruns._NO_GIVEN): "Rebel Tories",
# "Moderate Republicans", "Veteran Senators", "Backbench Conservatives" (a reading of a plural as a surname stops at them).
_QUALIFIERS = frozenset("""
young rebel moderate senior junior leading prominent retired serving former female male black white hispanic latino
progressive centrist backbench frontbench hardline veteran freshman dissident leftist rightwing conservative liberal
gop congressional federal top key fellow other some many most several all both few
""".split())
_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ing", "ed", "ist", "ent", "ant", "ate", "ish", "ary", "ous", "ian", "an")


def plural_group(lowered: list[str] | tuple[str, ...], no_given: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset()) -> str:
    """What a run whose lower-case words are `lowered` is by a last word in `PARTY_PLURALS`: "party" when its other
    words are one of a party's (`_PARTY_FIRSTS`: "Liberal Democrats", an organisation), "group" for any other ("Senate
    Republicans", "Ten Republicans", "Republicans": no one), "" when the last word is none of them or is a surname: after
    a title (`titles`: "Mr Peers", "Dr Ana Generals") or a given name (givensex.py's lists: "Defender Liam Peers"; or,
    two words, a first word in no list — `no_given`, nameruns._NO_GIVEN — nor a group's qualifier nor an adjective's
    shape: "Traci Lords"). BR33, 2026-12-07: "said former porn star Traci Lords, 57", "Defender Liam Peers said" were
    no one after FX50."""
    if len(lowered) == 2 and lowered[0] in PARTY_PLURALS and lowered[-1] not in PARTY_PLURALS and not (
            given_sex(lowered[1]) or fold(lowered[1]) in EITHER_SEX):
        return "party"  # "Democrats Abroad", "Republicans Overseas": a body named by its members (FX60); not
        # "Representatives of the G7", a group (the eval set's, read as a body by a first draft of this rule)
    if not lowered or lowered[-1] not in PARTY_PLURALS:
        return ""
    if len(lowered) == 2 and lowered[0] in _PARTY_FIRSTS:
        return "party"
    if len(lowered) > 1 and (lowered[0].rstrip(".\u2024") in titles or given_sex(lowered[-2]) or fold(lowered[-2]) in EITHER_SEX or (
            len(lowered) == 2 and lowered[0].isalpha() and lowered[0] not in no_given and lowered[0] not in _QUALIFIERS
            and not lowered[0].endswith(_ADJECTIVE_ENDINGS) and no_given)):
        return ""  # a surname: "Liam Peers", "Mr Peers", "Traci Lords"
    return "group"


def counted_band(tokens: list[str] | tuple[str, ...]) -> bool:
    """Whether words after a capitalised count word ("Nine | Inch Nails") are a band's or a group's name: two words or more, the last a plural's shape (-s, not -ss, -us, -is) that is
    no group of people (`GROUP_PLURALS`, `PARTY_PLURALS`: "Two Labour Councillors" are people, no one), no word a given
    name (givensex.py). FX60 (2026-12-07): "Nine Inch Nails played" was a person "Inch Nails" (the count word dropped as a
    sentence word); now the whole run is an organisation (runparts.parts), as "Ten Sports" is no person (stopnames)."""
    last = tokens[-1].lower() if tokens else ""
    return len(tokens) > 1 and len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) and (
        last not in GROUP_PLURALS and last not in PARTY_PLURALS) and not any(given_sex(t) or fold(t) in EITHER_SEX for t in tokens)


def members_before(tokens: tuple[str, ...], classify: Callable[[tuple[str, ...]], tuple[str, int] | None],
                   no_given: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """("person", n) when a run of capitalised words (`tokens`, as written) is a group's or a party's plural
    (`PARTY_PLURALS`, with up to two words before it: "Democrats", "Senate Republicans", "Liberal Democrats") and a
    person's name of two words or more ("Democrats Nancy Pelosi", "Senate Republicans John Thune"): the plural is the
    name's description, as a title is, and n the index of the name's first word; else None. `classify` reads the words
    after the plural (nameruns._classify); `no_given`, `titles` as for `plural_group` (a plural that is a surname,
    "Liam Peers Smith", is no group's). FX68 (2026-12-07): BR36's '"…," Democrats Nancy Pelosi and Chuck Schumer
    said' made a person "Democrats Nancy Pelosi" and gave the quotation no speaker."""
    at = next((i for i, t in enumerate(tokens[:3]) if t.lower() in PARTY_PLURALS), None)
    if at is None or len(tokens) - at < 3 or not all(t[:1].isupper() for t in tokens[:at + 1]):
        return None
    if plural_group([t.lower() for t in tokens[:at + 1]], no_given, titles) not in ("group", "party"):
        return None
    return ("person", at + 1) if classify(tuple(tokens[at + 1:])) == ("person", 0) else None
