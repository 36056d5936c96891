"""The T19 trial's credit and story findings, each as a kind (a gas-pipeline blast in Poland: tests/stories/gaspipe/,
2026-12-06).

- An outlet whose `sources:` name carries its initials in brackets ("Polska Agencja Informacyjna (PAI)") is known by
  the name before them and by the initials, wherever outlets are matched (outletkeys.name_forms): credits in body text
  ("PAI reported", "PAI and Reuters reported", "Polska Agencja Informacyjna (PAI) said") and the people pages (no
  organisation "PAI").
- A descriptor beside an outlet's name is one grammar (creditdescriptors.py): "(the) (nationality) (trade …)
  publication|paper|agency …" before it, or as an appositive after it ("X, a trade publication, reported").
- A lead whose only day is on an outlet's reporting verb ("…, PAI and Reuters reported on Tuesday") dates its news
  on that day (outletdays.py): it joins the day's live blog.
- A source quoted by name in its own article ('"…," Fjordgass said.' in Fjordgass's statement) speaks for itself: its
  words are on its organisation's page (firmsources.own_voices).
"""
from __future__ import annotations

import html
import itertools
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.eventdays import lead_days
from briefgen.analyse.outletkeys import _bodies, name_forms
from briefgen.analyse.people import find_people
from briefgen.build import build
from stories.storyeval import assignment, group, load_site
from stories.test_one_subject_trials import labelled

GASPIPE = Path(__file__).resolve().parent / "gaspipe"
PAI = "Polska Agencja Informacyjna (PAI)"
T19_SOURCES = (PAI, "Reuters", "Warsaw Courier", "Vilniaus Žinios", "Bergens Næringsblad", "Midstream Week")
NAME_WORDS = ("Polska", "Agencja", "Informacyjna", "Baltic", "Nordic", "Kestrel", "Meridian", "Andes", "Harbour",
              "Vale", "Orient", "Coastal")
NEWS = "The fire at the pipeline near the village has burned out"


def _credited(text: str, outlets: tuple[str, ...] = T19_SOURCES) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(outlets))]


def test_the_reported_credits() -> None:
    """The trial's forms (finding 2): each credits PAI (and Reuters). Failed before: [], [Reuters], [], []."""
    assert _credited(f"{NEWS}, PAI reported.") == [PAI]
    assert _credited(f"{NEWS}, PAI and Reuters reported on Tuesday.") == [PAI, "Reuters"]
    assert _credited(f"{NEWS}, Polska Agencja Informacyjna (PAI) said.") == [PAI]
    assert _credited(f"{NEWS}, Polska Agencja Informacyjna reported.") == [PAI]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), min_size=2, max_size=4, unique=True), st.integers(0, 7))
def test_a_name_with_its_initials_in_brackets_is_known_by_both(words: list[str], form: int) -> None:
    """A site outlet "Long Name (LN)" is credited by the long name, the initials, both, alone or with another outlet,
    before or after the verb, with a descriptor ("the Polish agency LN"). Failed before: all but the whole name."""
    long, letters = " ".join(words), "".join(w[0] for w in words)
    name = f"{long} ({letters})"
    assume(letters.lower() not in credit_finder(()).canonical)  # (initials of a known outlet: "AP", "FT")
    assume(letters not in _bodies())  # (a well-known body's or a common acronym's, "KPH", is no outlet's form: BR25 #1)
    # (initials that spell a company head or a word — "CO", "INC", "BIO" — credit too since FX20: the newsmaker rule
    # no longer reads the bracket as the name's head; test_credit_kinds_fx20.py)
    assert name_forms(name) == (name, long, letters)
    text = (f"{NEWS}, {letters} reported.", f"{NEWS}, {letters} and Reuters reported on Tuesday.",
            f"{NEWS}, {long} ({letters}) said.", f"{NEWS}, {long} reported.", f"{NEWS}, according to {letters}.",
            f"{NEWS}, according to {long} ({letters}).", f"{NEWS}, the Polish agency {letters} reported.",
            f"{NEWS}, {letters} said.")[form]
    found = _credited(text, (name, "Reuters"))
    assert found[:1] == [name] and set(found) <= {name, "Reuters"}, (text, found)


ARTICLES = ("", "the ", "The ")
QUALIFIED = ("trade", "energy trade", "Polish", "Norwegian business", "local", "state-run", "financial", "industry")
NOUNS = ("publication", "paper", "newspaper", "news agency", "magazine", "journal", "daily", "website")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(ARTICLES), st.sampled_from(QUALIFIED + ("",)), st.sampled_from(NOUNS), st.integers(0, 3),
       st.sampled_from(("Midstream Week", "Gas Ledger Weekly", "Pipeline Digest")))
def test_a_descriptor_before_or_after_the_name_is_read(article: str, qualifier: str, noun: str, form: int,
                                                        outlet: str) -> None:
    """(the) (qualifier …) noun before an outlet's name, or ", a … noun," after it: the outlet is credited, a site's or
    any name ("Pipeline Digest"). Failed before: "trade"/"energy trade" and the appositive credited nothing."""
    described = " ".join(filter(None, (qualifier, noun)))
    text = (f"It was overdue, as first reported by {article.lower()}{described} {outlet}.",
            f"It was overdue, {article.lower()}{described} {outlet} reported.",
            f"{outlet}, {'an' if described[0] in 'aeiou' else 'a'} {described}, reported that it was overdue.",
            f"It was overdue, according to {article.lower()}{described} {outlet}.")[form]
    assert _credited(text) == [outlet], text


@pytest.mark.parametrize("text", [
    "Crossings rose, the EU border agency Frontex said.", "Cases rose, according to the agency Public Health England.",
    "Prices rose, the energy agency said.", "Crossings rose, Frontex, a state agency, reported.",
    "Anna Smith, a trade unionist, reported the leak.", "Sales rose, according to the Polish agency Statistics Poland."])
def test_an_agency_or_a_site_before_an_unknown_name_makes_no_outlet(text: str) -> None:
    """"agency" and "site" describe only a known or site outlet: a body so described is credited nothing."""
    assert _credited(text) == [], text


def test_an_outlets_initials_and_long_name_are_no_organisation() -> None:
    """The people read from an article that writes the agency by its initials and its long name list neither (the
    trial's organisation page "PAI", 9 articles). Failed before: PAI, an organisation."""
    text = ("Polish prosecutors opened an inquiry on Monday, PAI reported. Polska Agencja Informacyjna said the "
            "prosecutor, Dorota Ślęzak, would question the contractor. PAI later quoted Ms Ślęzak again.")
    named = {n.full for n in find_people("Inquiry opened", text, outlets=T19_SOURCES).named}
    assert named == {"Dorota Ślęzak"}, named


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(("PAI", "Reuters", "PAI and Reuters", "Polska Agencja Informacyjna", "the Warsaw Courier")),
       st.sampled_from(("reported", "said", "wrote")), st.integers(0, 6))
def test_a_day_on_an_outlets_reporting_verb_dates_the_news(outlet: str, verb: str, day: int) -> None:
    """A lead's only day on an outlet's verb ("…, PAI and Reuters reported on Tuesday") dates its news; a person's or
    officials' statement day ("officials said on Tuesday") does not. Failed before: ""."""
    lead = f"{NEWS}, {outlet} {verb} on {WEEKDAYS[day]}. Residents will wait for days."
    cues = [c.cue for c in detect_credits(lead, credit_finder(T19_SOURCES))]
    assert lead_days(lead, cues)[0] == f"p{day}", (lead, cues)
    for other in ("officials", "the voivode's office", "a security blogger", "Ms Wiśniewska"):
        plain = lead.replace(outlet, other, 1)
        assert lead_days(plain, [c.cue for c in detect_credits(plain, credit_finder(T19_SOURCES))])[0] == "", plain


def test_the_trials_grouping() -> None:
    """The trial's 40 articles: day two (the live blog, PAI's report, the aggregator's "PAI and Reuters reported on
    Tuesday") is one story with the live blog first, and no wrong pair. The scoop's Reuters copy ("as first reported by
    trade publication Midstream Week") and the aggregator's inquiry brief ("PAI reported") re-tell their originals.
    Failed before: the aggregator was held apart with Reuters ("First reported by Reuters"), both re-tellings
    independent."""
    site = load_site(GASPIPE)
    grouping = group(site)
    truth, found = labelled(GASPIPE), assignment(grouping)
    wrong = [(a, b) for a, b in itertools.combinations(sorted(found), 2)
             if found[a] == found[b] and truth.get(a, a) != truth.get(b, b)]
    assert wrong == []
    assert found["courier-live"] == found["pai-day2"] == found["energypulse-day2"]
    day_two = grouping.story_of("courier-live")
    assert day_two.members[0] == "courier-live", day_two
    retold = {slug: outlet for story in grouping.stories for slug, outlet, _ in story.retells}
    assert retold["energypulse-day2"] == PAI and retold["energypulse-inquiry"] == PAI, retold
    assert retold["reuters-scoop"] == "Midstream Week", retold


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8").split("<main", 1)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_trials_people_pages(tmp_path: Path) -> None:
    """Built: no organisation page "PAI" (the agency's initials) and Fjordgass's own words on its organisation's page.
    Failed before: people/pai/ (9 articles) and the statement's quotation on no page."""
    shutil.copytree(GASPIPE, tmp_path / "site")
    build(tmp_path / "site" / "config.yaml")
    people = tmp_path / "site" / "output" / "people"
    assert not (people / "pai").exists() and not (people / "polska-agencja-informacyjna").exists()
    assert not (people / "fjordgass-as").exists()  # (the statement's "Fjordgass AS" is the source's page too)
    page = _visible(people / "fjordgass" / "index.html")
    assert "Safety is at the heart of everything we do" in page, page[:600]
    assert page.startswith('id="main" tabindex="-1"> Organisation Fjordgass '), page[:600]
    assert "rescheduled because of the 2025 repair work" in page, page[:600]  # (the aggregator's "Fjordgass said")
