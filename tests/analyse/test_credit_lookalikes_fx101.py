"""FX101: BR59's finds in FX98's rules, and T29's "according to the Buenos Aires daily X" (docs/log/stories.md, "An
outlet's desk is its outlet", "Names that hold an outlet's").

1. A desk is positively known (outletlookalikes._DESKS, a closed list): any other words after a shorter outlet's name
   make another outlet, so its report crediting the shorter one is a re-telling ("Herald Sun" and "The Herald",
   "Times Free Press" and "The Times"; FX98's `desk_of` read them as one outlet). In the credits the whole name is
   credited when it ends in a title's or an outlet's word ("The Times Free Press reported"), else no one ("Guardian
   Nigeria reported" credited The Guardian).
2. "Britain's Times reported" credited an outlet "Britain's Times": a place's possessive at a known outlet's home
   before its short name credits the outlet.
3. "The Sun of London reported" with the site's The Sun (no home listed) credited no one: a site outlet "of" a place
   stays the site's.
4. "The Times Of India" (capital "Of") credited The Times; "The Times Union" no one (a body's word); "The Times of
   India on Tuesday reported" no one.
5. A place before a descriptor noun is a descriptor ("the Buenos Aires daily Diario del Plata": T29's F4).
Every item fails on main 7517e1ab (FX98).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of

LEAD = "that the lithium deal was off."
START = dt.datetime(2026, 11, 2, 8, tzinfo=dt.timezone.utc)
HOUR = dt.timedelta(hours=1)


def _credited(text: str, site: tuple[str, ...] = ()) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(site) if site else None)]


def _roles(first: str, second: str):  # type: ignore[no-untyped-def]
    members = [(factories.article("one", START, first), ()),
               (factories.article("two", START + 2 * HOUR, second), (first,))]
    reports = [report_of(a, (), b"", "", credits) for a, credits in members]
    return assign_roles([a for a, _ in members], reports, [credits for _, credits in members])


# BR59's pairs: two newspapers whose names share a first word, and the channel of its own (Sky News Arabia)
OTHERS = (("Herald Sun", "The Herald"), ("Times Free Press", "The Times"), ("Post Standard", "The Post"),
          ("The Globe and Mail", "The Globe"), ("Star Phoenix", "The Star"), ("The Sun Sentinel", "The Sun"),
          ("Nation Thailand", "The Nation"), ("New York Daily News", "New York"), ("The Times Picayune", "The Times"),
          ("Guardian Nigeria", "The Guardian"), ("Sky News Arabia", "Sky News"), ("Times Union", "The Times"))


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(OTHERS), st.booleans())
@example(("Herald Sun", "The Herald"), True)
@example(("Times Free Press", "The Times"), False)
def test_another_newspaper_sharing_a_first_word_is_re_told(pair: tuple[str, str], longer_first: bool) -> None:
    """The second report, crediting the first outlet, re-tells it: neither name is the other's desk."""
    first, second = pair if longer_first else pair[::-1]
    roles = _roles(first, second)
    assert roles.original == first and dict(roles.roles)["two"] == "re-report", roles


OUTLETS = ("BBC", "Reuters", "Bloomberg", "Al Jazeera", "Herald", "The Times", "Sky News", "Valley Radio", "Sun")
# (not "Online", "News", "TV" …: outletkeys.outlet_core's words, one outlet by an older rule; left alone)
WORDS = ("Sun", "Free Press", "Standard", "Phoenix", "Nigeria", "Arabia", "Thailand", "Picayune", "Sentinel", "Express", "Daily News", "Mail", "Courier Journal", "Weekly", "Ukraine", "Kenya", "Record", "Advertiser")
DESK_WORDS = {"world service": "World Service", "mundo": "Mundo", "breakingviews": "Breakingviews",
              "english": "English", "arabic": "Arabic", "persian": "Persian", "espanol": "Español",
              "businessweek": "Businessweek", "brasil": "Brasil"}


@settings(max_examples=examples(120), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(WORDS + tuple(DESK_WORDS.values())), st.booleans())
@example("Herald", "Sun", True)
@example("BBC", "World Service", False)
def test_only_a_listed_desk_is_its_outlet(outlet: str, word: str, longer_first: bool) -> None:
    """Oracle: "X <words>" is X's desk exactly when the words are in the closed list (then no re-telling), else
    another outlet's name, whose report crediting X, or X's crediting it, is a re-telling."""
    assume(not outlet.endswith(word))  # ("Sun Sun": its name's end is its own, stories.report_of)
    longer = f"{outlet} {word}".removeprefix("The ")
    first, second = (longer, outlet) if longer_first else (outlet, longer)
    roles = _roles(first, second)
    if word in DESK_WORDS.values():
        assert roles.original == "" and dict(roles.roles)["two"] != "re-report", roles
    else:
        assert roles.original == first and dict(roles.roles)["two"] == "re-report", roles


def test_the_reported_credits() -> None:
    assert _credited(f"The Times Free Press reported {LEAD}") == ["The Times Free Press"]
    assert _credited(f"Guardian Nigeria reported {LEAD}") == []
    assert _credited(f"The Guardian Nigeria reported {LEAD}") == []
    assert _credited(f"Sky News Arabia reported {LEAD}") == []
    assert _credited(f"The Economist Intelligence Unit reported {LEAD}") == []  # (a research arm, no desk)
    assert _credited(f"Herald Sun reported {LEAD}", ("The Herald",)) == []
    for text, outlet in ((f"Britain's Times on Tuesday reported {LEAD}", "The Times"),
                         (f"Britain's Times reported {LEAD}", "The Times"),
                         ("According to Britain's Times, the lithium deal was off.", "The Times")):
        assert _credited(text) == [outlet], text
        assert _credited(text, ("The Times", "El Altiplano")) == [outlet], text
    assert _credited(f"The Sun of London reported {LEAD}", ("The Sun",)) == ["The Sun"]
    assert _credited(f"Reuters of London reported {LEAD}") == []  # (FX98's: a known outlet with no home listed)
    assert _credited(f"The Times Of India reported {LEAD}") == ["The Times of India"]  # (its "of": FX122)
    assert _credited(f"The Times Union reported {LEAD}") == ["The Times Union"]
    assert _credited(f"The Times of India on Tuesday reported {LEAD}") == ["The Times of India"]
    assert _credited(f"The Times of London on Tuesday reported {LEAD}") == ["The Times"]
    # (as before: a desk, a day, a place's possessive after the name)
    for text, outlet in ((f"He told BBC Mundo {LEAD}", "BBC"), (f"Reuters TV reported {LEAD}", "Reuters"),
                         (f"Al Jazeera English reported {LEAD}", "Al Jazeera"),
                         (f"Guardian Australia reported {LEAD}", "The Guardian"), (f"told BBC Newsnight {LEAD}", "BBC"),
                         (f"CNN International reported {LEAD}", "CNN"), (f"Reuters Graphics reported {LEAD}", "Reuters"),
                         ("It fell, according to Reuters Ukraine's ministry said.", "Reuters"),
                         ("According to the Financial Times of Monday, the deal was off.", "Financial Times")):
        assert _credited(text) == [outlet], text


KNOWN = ("The Times", "The Guardian", "Reuters", "Bloomberg", "Financial Times", "The Telegraph")
TAILS = ("Sun", "Standard", "Phoenix", "Nigeria", "Thailand", "Picayune", "Sentinel", "Kenya", "Advertiser")
FRAMES = ("{} reported {}", "He told {} {}", "According to {}, {}", "{} revealed {}")


@settings(max_examples=examples(120), deadline=None, database=None)
@given(st.sampled_from(KNOWN), st.sampled_from(TAILS), st.sampled_from(FRAMES))
@example("The Guardian", "Nigeria", "{} reported {}")
def test_a_known_name_and_other_words_credit_no_known_outlet(outlet: str, tail: str, frame: str) -> None:
    """A known outlet's name followed by words that are no desk's, no title's and no outlet's word: no credit of the
    known outlet (the run names another outlet, which is credited by its whole name or not at all)."""
    text = frame.format(f"{outlet} {tail}", LEAD)
    assert outlet not in _credited(text), text


HOMES = (("The Times", "Britain's "), ("The Times", "England's "), ("The Times", "London's "),
         ("The Guardian", "Britain's "), ("Daily Mail", "Britain's "))


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.sampled_from(HOMES), st.sampled_from(("", " on Tuesday", " late Tuesday")), st.booleans())
@example(("The Times", "Britain's "), "", False)
def test_a_home_possessive_before_a_short_name_credits_the_outlet(home: tuple[str, str], when: str, site: bool) -> None:
    outlet, owner = home
    text = f"{owner}{outlet.removeprefix('The ')}{when} reported {LEAD}"
    assert _credited(text, (outlet,) if site else ()) == [outlet], text


PLACES = ("Buenos Aires", "Madrid", "São Paulo", "New York", "Rio de Janeiro", "Mexico City", "Lisbon", "Kyiv",
          "Hong Kong", "Tel Aviv", "Bogotá", "Caracas")
NOUNS = ("daily", "newspaper", "paper", "weekly", "broadcaster")
SITE = ("Diario del Plata", "Folha Paulista", "Agencia Sur")
PLACE_FRAMES = ("According to the {place} {noun} {name}, 41 original sheets give Ferrer fewer votes.",
                "41 original sheets give Ferrer fewer votes, according to the {place} {noun} {name}.",
                "The {place} {noun} {name} reported that 41 original sheets give Ferrer fewer votes.",
                "He told the {place} {noun} {name} that 41 original sheets give Ferrer fewer votes.")


@settings(max_examples=examples(120), deadline=None, database=None)
@given(st.sampled_from(PLACES), st.sampled_from(NOUNS), st.sampled_from(SITE), st.sampled_from(PLACE_FRAMES))
@example("Buenos Aires", "daily", "Diario del Plata", PLACE_FRAMES[0])
@example("Madrid", "daily", "Diario del Plata", PLACE_FRAMES[0])
def test_a_place_before_a_descriptor_noun_describes_the_outlet(place: str, noun: str, name: str, frame: str) -> None:
    """Oracle: as "the Argentine daily X" credits X, so does "the <place> daily X" for a place of placewords.PLACES."""
    text = frame.format(place=place, noun=noun, name=name)
    assert _credited(text, SITE) == [name], text
    assert _credited(frame.format(place="Argentine", noun=noun, name=name), SITE) == [name]


def test_t29_buenos_aires_daily_is_a_re_telling() -> None:
    """T29's fp-scoop: Agencia Sur's report "according to the Buenos Aires daily Diario del Plata" re-tells it."""
    text = "According to the Buenos Aires daily Diario del Plata, 41 original sheets give Ferrer fewer votes."
    credits = tuple(_credited(text, SITE))
    members = [(factories.article("diario", START, "Diario del Plata"), ()),
               (factories.article("sur", START + 3 * HOUR, "Agencia Sur"), credits)]
    reports = [report_of(a, (), b"", "", c) for a, c in members]
    roles = assign_roles([a for a, _ in members], reports, [c for _, c in members])
    assert roles.original == "Diario del Plata" and dict(roles.roles)["sur"] == "re-report", roles


SUBJECTS = ("Ukraine", "Biden", "Russia", "Kyiv", "Tesla", "Johnson", "Zelensky", "Macron", "Brussels", "Airbus")
TOLD = (("Reuters", "Reuters"), ("CNN", "CNN"), ("the BBC", "BBC"), ("Bloomberg", "Bloomberg"), ("AFP", "AFP"),
        ("The Guardian", "The Guardian"), ("the Financial Times", "Financial Times"))
CLAUSES = ("would win", "had lied", "was ready", "said it was over", "could not pay", "will cut prices")


@settings(max_examples=examples(120), deadline=None, database=None)
@given(st.sampled_from(TOLD), st.sampled_from(SUBJECTS), st.sampled_from(CLAUSES),
       st.sampled_from(("He told {} {} {}.", "Speaking to {} {} {}.", "An aide told {} {} {} on Monday.")))
@example(("Reuters", "Reuters"), "Ukraine", "would win", "He told {} {} {}.")
def test_told_an_outlet_then_a_clause_credits_the_outlet(outlet: tuple[str, str], subject: str, clause: str,
                                                        frame: str) -> None:
    """"told Reuters Ukraine would win": the capitalised word after the outlet opens the next clause (no "that");
    the outlet told is credited, as before FX101's closed list of desks (outletlookalikes.clause_after). Whole
    names the list does not know credit no one ("told Guardian Nigeria that …")."""
    text = frame.format(outlet[0], subject, clause)
    assert _credited(text) == [outlet[1]], text
    assert "The Guardian" not in _credited(f"He told Guardian {subject} that {clause}.")
