"""FX98: the credit lines left from T28's breakers (docs/log/stories.md, "Names that hold an outlet's").

1. Without a time, a person's name ending in an outlet word ("Emily Post reported", "told John Times") and a company's
   or body's name holding a known outlet's ("Guardian Media Group reported" → The Guardian, "Reuters Foundation",
   "Bloomberg LP", "BBC Trust") credited an outlet; FX93 had stopped only the timed forms (outletlookalikes.py).
2. "The Times of India reported" credited The Times, "The Sun Herald reported" the site's "The Sun": a known outlet's
   name followed by "of" and a place not its home, or by a press title's word, is another newspaper's, credited by its
   whole name ("the Financial Times of London" stays the FT's).
3. A timed form with a country's possessive or a day after "late", "early", "last" gave no credit: "Britain's
   Guardian on Tuesday reported", "The New York Times late Tuesday reported", "Japan's Nikkei late on Friday reported"
   (credit_timed._placed_known, creditdescriptors.WHEN).
4. An outlet's desk is its outlet: "BBC News" (a known alias), "BBC World Service", "told BBC Mundo" credit the BBC
   when the site does not list the desk; a site listing both names credits each as written (FX88) and the roles, which
   compare `outlet_key`s, take them as one outlet, as the credits' keys do.
Items 1-3 fail on main ab1e6e44 (/dev/shm/s63).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of

SITE = ("El Altiplano", "Andes Business Wire")
FINDER = credit_finder(SITE)
LEAD = "that the lithium deal was off."


def _credited(text: str, finder=FINDER) -> list[str]:
    return [c.outlet for c in detect_credits(text, finder)]


def test_the_reported_untimed_names() -> None:
    for text in (f"Emily Post reported {LEAD}", f"John Times reported {LEAD}", f"told Emily Post {LEAD}",
                 "According to Emily Post, the deal was off.", f"Guardian Media Group reported {LEAD}",
                 f"Telegraph Media Group reported {LEAD}", f"Bloomberg LP reported {LEAD}",
                 f"Reuters Foundation reported {LEAD}", f"BBC Trust reported {LEAD}",
                 "According to Guardian Media Group, the deal was off.", f"The Times Holdings reported {LEAD}"):
        assert _credited(text) == [], text
    # (an outlet's own name, a city's paper after "the", a name ending in an outlet word: credited as before)
    assert _credited(f"The Guardian reported {LEAD}") == ["The Guardian"]
    assert _credited(f"The Charlotte Observer reported {LEAD}") == ["The Charlotte Observer"]
    assert _credited(f"He told the Charlotte Observer {LEAD}") == ["Charlotte Observer"]
    assert _credited(f"The Jerusalem Post reported {LEAD}") == ["The Jerusalem Post"]
    assert _credited(f"Lindmouth Herald reported {LEAD}") == ["Lindmouth Herald"]


def test_the_reported_longer_names() -> None:
    assert _credited(f"The Times of India reported {LEAD}") == ["The Times of India"]
    assert _credited(f"The Guardian of Nigeria reported {LEAD}") == ["The Guardian of Nigeria"]
    assert _credited(f"The Times of London reported {LEAD}") == ["The Times"]
    assert _credited("According to the Financial Times of London, the deal was off.") == ["Financial Times"]
    assert _credited(f"Reuters of London reported {LEAD}") == []  # (no home listed: the place tells nothing)
    assert _credited("According to the Financial Times of Monday, the deal was off.") == ["Financial Times"]
    sun = credit_finder(("The Sun", "El Altiplano"))
    assert _credited(f"The Sun Herald reported {LEAD}", sun) == ["The Sun Herald"]
    assert _credited(f"The Sun reported {LEAD}", sun) == ["The Sun"]
    times = credit_finder(("The Times", "The Times of India"))
    assert _credited(f"The Times of India reported {LEAD}", times) == ["The Times of India"]
    # (a desk's or a medium's word, a day: the outlet's, as before)
    for text, outlet in ((f"He told BBC Mundo {LEAD}", "BBC"), (f"BBC World Service reported {LEAD}", "BBC"),
                         (f"Reuters TV reported {LEAD}", "Reuters"), (f"Reuters Tuesday reported {LEAD}", "Reuters")):
        assert _credited(text) == [outlet], text


def test_the_reported_timed_forms() -> None:
    for text, outlet in (("Britain's Guardian on Tuesday reported", "The Guardian"),
                         ("The New York Times late Tuesday reported", "The New York Times"),
                         ("Germany's Der Spiegel on Monday reported", "Der Spiegel"),
                         ("Japan's Nikkei late on Friday reported", "Nikkei Asia")):
        assert _credited(f"{text} {LEAD}") == [outlet], text
    for text in ("Emily Post late Tuesday reported", "Guardian Media Group early Tuesday reported",
                 "Jamaica's Press Association on Friday reported", "Police last Tuesday reported"):
        assert _credited(f"{text} {LEAD}") == [], text


GIVEN = ("Emily", "Sarah", "John", "Tom", "Maria", "Lucy", "Peter", "Anna", "David", "Sophie", "Kenji", "Akiko")
WORDS = ("Post", "Times", "Herald", "Journal", "Telegraph", "Tribune", "Chronicle", "Observer", "Courier", "Gazette",
         "Monitor", "Ledger", "Dispatch")
FRAMES = ("{} reported {}", "{} revealed {}", "{} first reported {}", "He told {} {}", "She spoke to {} {}",
          "According to {}, {}", "The plan was first reported by {}, {}", "On Monday {} reported {}")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2), st.sampled_from(WORDS), st.sampled_from(FRAMES))
@example(["Emily"], "Post", "{} reported {}")
def test_a_persons_name_ending_in_an_outlet_word_is_no_outlet(given_names: list[str], word: str, frame: str) -> None:
    """Given names before an outlet word, without "the": a person, in every frame; after "the" the name is an
    outlet's, as any name ending in an outlet word is."""
    name = " ".join((*given_names, word))
    assert _credited(frame.format(name, LEAD)) == [], frame.format(name, LEAD)
    assert _credited(f"The {name} reported {LEAD}") == [f"The {name}"]


KNOWN = ("Guardian", "The Guardian", "Reuters", "Bloomberg", "BBC", "The Telegraph", "The Times", "Financial Times",
         "The New York Times", "Sky News", "Der Spiegel", "Nikkei")
BODY = ("Group", "Media Group", "Holdings", "Foundation", "Trust", "LP", "Inc", "PLC", "Ltd", "Philanthropies",
        "Institute", "Corporation", "Limited", "Charitable Trust", "Media Holdings")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(KNOWN), st.sampled_from(BODY), st.sampled_from(FRAMES))
@example("Guardian", "Media Group", "{} reported {}")
def test_a_company_holding_an_outlets_name_is_no_outlet(outlet: str, body: str, frame: str) -> None:
    """A known outlet's name followed by a company's or a body's word: no outlet, in every frame."""
    text = frame.format(f"{outlet} {body}", LEAD)
    assert _credited(text) == [], text


PLACED = (("The Times", "The Times"), ("Financial Times", "Financial Times"), ("The Guardian", "The Guardian"),
          ("The Telegraph", "The Telegraph"), ("Le Monde", "Le Monde"))
ELSEWHERE = ("India", "Israel", "Malta", "Nigeria", "Zambia", "Oman", "Karachi", "Trinidad", "South Africa")


@settings(max_examples=examples(150), deadline=None, database=None)
@given(st.sampled_from(PLACED), st.sampled_from(ELSEWHERE), st.sampled_from(FRAMES[:3] + FRAMES[-1:]),
       st.sampled_from(("", "The Sun")))
@example(("The Times", "The Times"), "India", "{} reported {}", "")
def test_a_known_name_of_another_place_is_another_newspaper(known: tuple[str, str], place: str, frame: str,
                                                            site: str) -> None:
    """A known outlet's name and "of" a place not its home: that newspaper, by its whole name, never the known one."""
    finder = credit_finder((site,)) if site else FINDER
    name = f"{known[0]} of {place}"
    assert _credited(frame.format(name, LEAD), finder) == [name], frame.format(name, LEAD)


OUTLETS = (("The Guardian", "The Guardian", "Britain's "), ("The New York Times", "The New York Times", ""),
           ("Der Spiegel", "Der Spiegel", "Germany's "), ("Nikkei", "Nikkei Asia", "Japan's "),
           ("Le Monde", "Le Monde", "France's "), ("Guardian", "The Guardian", "Britain's "),
           ("Reuters", "Reuters", ""), ("El Altiplano", "El Altiplano", "Bolivia's "))
TIMES = (" late Tuesday", " early Tuesday", " last Friday", " late on Friday", " on Monday", " early on Sunday",
         " late Tuesday night", " earlier on Wednesday", " later Thursday")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.booleans(), st.sampled_from(TIMES), st.sampled_from(("reported", "revealed")))
@example(("The Guardian", "The Guardian", "Britain's "), False, " on Tuesday", "reported")
@example(("The New York Times", "The New York Times", ""), False, " late Tuesday", "reported")
def test_a_placed_outlet_with_a_time_keeps_its_credit(outlet: tuple[str, str, str], placed: bool, time: str,
                                                      verb: str) -> None:
    """An outlet's name, after its country's possessive or not, a time of this week and a report verb: credited."""
    name = (outlet[2] if placed else "") + outlet[0]
    assert _credited(f"{name}{time} {verb} {LEAD}") == [outlet[1]], f"{name}{time} {verb}"


START = dt.datetime(2026, 11, 2, 8, tzinfo=dt.timezone.utc)
HOUR = dt.timedelta(hours=1)


def test_a_desk_is_its_outlet_in_credits_and_roles() -> None:
    """With sources "BBC" and "BBC News", each name is credited as written (FX88) and both are one outlet in the
    roles: a report crediting "BBC News" re-tells the BBC's report, and the BBC News report crediting the BBC credits
    its own outlet (no re-telling). A desk the site does not list credits its outlet ("BBC World Service")."""
    bbc = credit_finder(("BBC", "BBC News", "Reuters"))
    assert _credited(f"BBC News reported {LEAD}", bbc) == ["BBC News"]
    assert _credited(f"The BBC reported {LEAD}", bbc) == ["BBC"]
    assert _credited(f"BBC World Service reported {LEAD}", bbc) == ["BBC"]
    assert outlet_key("BBC News") == outlet_key("BBC")
    members = [(factories.article("bbc", START, "BBC"), ()),
               (factories.article("reuters", START + 2 * HOUR, "Reuters"),
                tuple(_credited(f"BBC News reported {LEAD}", bbc))),
               (factories.article("bbcnews", START + 3 * HOUR, "BBC News"),
                tuple(_credited(f"The BBC reported {LEAD}", bbc)))]
    reports = [report_of(a, (), b"", "", credits) for a, credits in members]
    roles = assign_roles([a for a, _ in members], reports, [credits for _, credits in members])
    role = dict(roles.roles)
    assert outlet_key(roles.original) == outlet_key("BBC") and roles.members[0] == "bbc", roles
    assert role["bbc"] == "original" and role["reuters"] == "re-report", roles
    assert role["bbcnews"] != "re-report", roles


def _roles_of(members):  # type: ignore[no-untyped-def]
    reports = [report_of(a, (), b"", "", credits) for a, credits in members]
    return assign_roles([a for a, _ in members], reports, [credits for _, credits in members])


DESKS = (("BBC World Service", "BBC"), ("BBC Mundo", "BBC"), ("Reuters Breakingviews", "Reuters"),
         ("Bloomberg Businessweek", "Bloomberg"), ("Al Jazeera English", "Al Jazeera"))
# (FX101: "Sky News Arabia" moved here from DESKS: a desk is a closed list of words, and a place after an outlet's name
# names another outlet, a joint venture with its own newsroom in Abu Dhabi: outletlookalikes._DESKS)
OTHERS = (("The Times of India", "The Times"), ("The Sun Herald", "The Sun"), ("Times Herald", "The Times"),
          ("The Guardian of Nigeria", "The Guardian"), ("Sky News Arabia", "Sky News"))


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.sampled_from(DESKS + OTHERS), st.booleans(), st.integers(1, 30))
@example(("BBC World Service", "BBC"), False, 2)
def test_a_desk_crediting_its_outlet_credits_its_own(pair: tuple[str, str], desk_first: bool, hours: int) -> None:
    """A desk's report crediting its outlet, or the outlet's crediting its desk, re-tells no other outlet's: the story
    credits no one ("BBC World Service" crediting "the BBC" was a re-telling of the BBC). Another newspaper whose name
    holds the outlet's ("The Times of India" crediting The Times) still re-tells it."""
    desk, outlet = pair
    first, second = (desk, outlet) if desk_first else (outlet, desk)
    members = [(factories.article("one", START, first), ()),
               (factories.article("two", START + hours * HOUR, second), (first,))]
    roles = _roles_of(members)
    if pair in DESKS:
        assert roles.original == "" and dict(roles.roles)["two"] != "re-report", roles
    else:
        assert outlet_key(roles.original) == outlet_key(first) and dict(roles.roles)["two"] == "re-report", roles
