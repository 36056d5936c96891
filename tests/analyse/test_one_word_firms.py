"""A company named by one word that is also the surname of a person of the briefing (analyse/lonenames.py,
orgnames.firms_and_things).

The reported input (a helper's trial of a retailer's data breach, 2026-12-04): "Hugh Brannock, a grandson of
the founder" was named in full in two articles and the retailer "Brannock" alone in all 28 ("Brannock said it had
made its submissions", "Brannock's chief executive Declan O'Neill", "Shares in Brannock fell"); every plain
"Brannock" became Hugh Brannock — four of the company's quotations were his on his People page, named in ten
articles — and declaring `Brannock` with `kind: organisation` gave him all 28. The kinds:
- what shows a one-word name to be a company, also where no name is read (a sentence opening with "Brannock's
  chief executive"): "Shares in X", "X customers", "the X store", "X shares fell", besides the possessive and
  company-noun readings of test_firms_named_like_people.py;
- across the archive the company wins a one-word name from a person named in full in fewer articles; a person
  named in full in as many articles keeps it (her surname: "Brightwell said" may be her);
- a declared name is never another's, whatever the counts.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from test_speaker_properties import word

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.people import find_people, people_of
from briefgen.load.config import Person

FAST = settings(max_examples=examples(60), deadline=None)
SHOWN = ["Shares in {w} fell 9 per cent.", "{w} customers were told on Tuesday.", "Shoppers at the {w} store were angry.",
         "{w} shares fell 9 per cent.", "{w}'s chief executive is stepping down.", "Investors in {w} were angry."]
PERSONAL = ["{w} supporters gathered outside.", "{w}'s shares in the company are worth more.",
            "Talks took place at {w}'s house.", "The {w} case went to court.", "{w} shares her doubts about the deal.",
            "On Monday {w} shares the stage with the minister."]


def _kinds(text: str, name: str) -> set[str]:
    return {m.kind for m in names_in("", text) if m.full == name}


@FAST
@given(word, st.sampled_from(SHOWN))
def test_what_a_text_says_makes_a_one_word_name_a_company(firm: str, context: str) -> None:
    """Also when the showing occurrence opens a sentence and reads no name ("{w}'s chief executive …")."""
    assert _kinds(context.format(w=firm) + f" {firm} said it had made its submissions.", firm) == {"organisation"}


@FAST
@given(word, st.sampled_from(PERSONAL))
def test_a_person_stays_a_person(name: str, context: str) -> None:
    assert _kinds(context.format(w=name) + f" {name} said on Tuesday that she would resign.", name) == {"person"}


@FAST
@given(word, word, st.integers(1, 4), st.integers(1, 4), st.integers(0, 2), st.sampled_from(SHOWN))
def test_the_company_wins_a_surname_it_is_shown_by_in_more_articles(given_name: str, name: str, people: int,
                                                                     firms: int, bare: int, context: str) -> None:
    """`firms` articles show the company and quote it by its name, `bare` ones quote it by its name alone; `people`
    articles name the person in full and quote her. Her quotations stay hers; the company's are hers only when she
    is named in full in as many articles as the company is shown and some article reads the name alone as a
    person's (the surname rule; with none, each article's reading stands)."""
    if given_name == name:
        return
    person = f"{given_name} {name}"
    bodies = {f"p{k}": f"{person}, a grandson of the founder, spoke. \u201cWe acted too slowly,\u201d said {name}."
              for k in range(people)}
    bodies |= {f"f{k}": context.format(w=name) + f" \u201cWe will defend this claim,\u201d {name} said."
               for k in range(firms)}
    bodies |= {f"b{k}": f"\u201cWe will appeal,\u201d {name} said on Tuesday." for k in range(bare)}
    articles = tuple(factories.article(slug) for slug in bodies)
    found = {slug: find_people("Breach", body) for slug, body in bodies.items()}
    listed = {p.name: (p.kind, len(p.quotes)) for p in people_of(articles, found, ()).people}
    if firms > people or not bare:
        assert listed == {person: ("person", people), name: ("organisation", firms + bare)}, listed
    else:
        assert listed == {person: ("person", people + firms + bare)}, listed


@FAST
@given(word, word, st.integers(1, 4), st.integers(0, 3))
def test_a_declared_name_is_never_another_s(given_name: str, name: str, people: int, firms: int) -> None:
    if given_name == name:
        return
    person = f"{given_name} {name}"
    mentions = {f"p{k}": names_in("", f"{person} spoke. {name} said the board was slow.") for k in range(people)}
    mentions |= {f"f{k}": names_in("", f"{name} said the data was safe.") for k in range(firms)}
    index = NameIndex.build((Person(name, (), "organisation"),), mentions)
    assert index.canonical(name) == name and index.canonical(person) == person


def test_the_reported_retailer_and_its_founder_s_grandson() -> None:
    bodies = {
        "grandson": "Hugh Brannock, a grandson of the founder and a non-executive director, said the board had acted "
                    "too slowly. \u201cWe should have done this a week ago,\u201d said Mr Brannock.",
        "quits": "Brannock's chief executive Declan O'Neill is stepping down, according to the Morning Post. "
                 "Brannock later confirmed the news in a statement.",
        "fine": "The Information Protection Authority will announce on Thursday whether it will fine Brannock. "
                "Brannock said it had \u201cmade its submissions\u201d to the authority.",
        "court": "Judge Margaret Kowalczyk ruled that the class action brought by Brannock customers can proceed. "
                 "\u201cWe are disappointed and are considering an appeal,\u201d Brannock said.",
        "shares": "Shares in Brannock fell 9 per cent. \u201cWe will defend this claim,\u201d Brannock said.",
    }
    articles = tuple(factories.article(slug) for slug in bodies)
    found = {slug: find_people("Breach", body) for slug, body in bodies.items()}
    listed = {p.name: (p.kind, len(p.articles), len(p.quotes)) for p in people_of(articles, found, ()).people}
    assert listed["Hugh Brannock"] == ("person", 1, 1), listed
    # ("Brannock said it had “made its submissions”": a fragment of the reporter's sentence, not shown: fragments.py)
    assert listed["Brannock"][0] == "organisation" and listed["Brannock"][2] == 2, listed
