"""An appositive that is no descriptor, or a descriptor noun, between an outlet's name and its verb keeps the credit
(creditdescriptors.ASIDE, NOUN_AFTER; credits.py; BR39, FX75, 2026-12-07).

BR39: "Andes Business Wire, a rival, reported on Monday that …" credited no one, and El Altiplano's re-telling of ABW's
report was an "Independent report", where "Andes Business Wire reported" credits ABW; so did "Bloomberg, a rival, said".
The class: an appositive (", a rival,", ", its main competitor,", ", one of its rivals,") or a descriptor noun right
after the name ("El Altiplano newspaper reported", "Reuters news agency said") before the credit verb. As with an
aside, it makes no name an outlet: "Goldman Sachs, a rival, said", "Mr Ortega, a rival, reported" credit no one. Fails
on the code before (main 43f40841).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from support.sites import write_site

from briefgen.analyse.credits import credit_finder, detect_credits
from stories.storyeval import group, load_site

SITE = ("Andes Business Wire", "La Tribuna", "El Altiplano", "The Buenos Aires Courier")
FINDER = credit_finder(SITE)
OUTLETS = SITE + ("Reuters", "Bloomberg", "The Financial Times")
APPOSITIVES = ("a rival", "its main competitor", "a rival of the Courier", "one of its rivals", "the other paper",
               "a competitor", "an outlet owned by a mining family", "the country's largest wire")
NOUNS = ("newspaper", "news agency", "daily", "broadcaster", "magazine", "website", "publication")
VERBS = ("reported", "said", "wrote", "revealed", "reported on Monday", "said on Thursday", "first reported")
LEAD = "Cecobre would hold 51% of Salar Alto from 2031."


def _credited(text: str) -> list[str]:
    return [c.outlet.removeprefix("The ") for c in detect_credits(text, FINDER)]


def test_the_reported_inputs(tmp_path: Path) -> None:
    assert _credited(f"Andes Business Wire, a rival, reported on Monday that {LEAD}") == ["Andes Business Wire"]
    assert _credited(f"Bloomberg, a rival, said that {LEAD}") == ["Bloomberg"]
    assert _credited(f"The rival outlet Andes Business Wire reported that {LEAD}") == ["Andes Business Wire"]
    body = "Chile's state copper company Cecobre will take a 51% controlling stake in Salar Alto, the lithium venture."
    config = ("title: R\nbase_url: https://example.org/r/\ntimezone: UTC\ntopics: [{id: t, title: T, keywords: [lithium]}]\n"
              "sources:\n" + "".join(f"  - name: {name}\n" for name in SITE))
    files = {"config.yaml": config,
             "content/articles/a.md": ("---\ntitle: Lithium a\nsource: Andes Business Wire\npublished: 2026-11-23T10:00:00Z\n"
                                       f"---\n{body} Three people said so.\n"),
             "content/articles/e.md": ("---\ntitle: Lithium e\nsource: El Altiplano\npublished: 2026-11-23T11:00:00Z\n---\n"
                                       "Andes Business Wire, a rival, reported on Monday that Chile's state copper company "
                                       "Cecobre will take a 51% controlling stake in Salar Alto, the lithium venture.\n")}
    (story,) = group(load_site(write_site(tmp_path / "rival", files))).stories
    assert (story.original, dict(story.roles)) == ("Andes Business Wire", {"a": "original", "e": "re-report"}), story


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(APPOSITIVES), st.sampled_from(VERBS),
       st.sampled_from(("", "Chile's lithium talks are close. ", "On Monday, ")))
@example("Andes Business Wire", "a rival", "reported on Monday", "")
@example("Bloomberg", "a rival", "said", "")
def test_an_appositive_between_the_outlet_and_its_verb_keeps_the_credit(outlet: str, appositive: str, verb: str,
                                                                        before: str) -> None:
    """Any outlet (the site's, a known one), any appositive of that kind, any credit verb: the outlet is credited."""
    text = f"{before}{outlet}, {appositive}, {verb} that {LEAD}"
    assert outlet.removeprefix("The ") in _credited(text), text


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(NOUNS), st.sampled_from(VERBS), st.sampled_from(("", "On Monday, ")))
@example("El Altiplano", "newspaper", "reported", "")
@example("Reuters", "news agency", "said", "")
def test_a_descriptor_noun_after_the_outlet_keeps_the_credit(outlet: str, noun: str, verb: str, before: str) -> None:
    """"El Altiplano newspaper reported", "Reuters news agency said": credited as "El Altiplano reported" is."""
    text = f"{before}{outlet} {noun} {verb} that {LEAD}"
    assert outlet.removeprefix("The ") in _credited(text), text


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(("Mr Ortega", "Goldman Sachs", "Salares del Norte", "Cecobre", "Santiago", "Ana María Ayavire")),
       st.sampled_from(APPOSITIVES), st.sampled_from(("said", "says", "added", "said on Monday", "reported")))
@example("Goldman Sachs", "a rival", "said")
def test_a_person_or_a_company_with_an_appositive_is_no_outlet(name: str, appositive: str, verb: str) -> None:
    """The appositive makes no name an outlet: a person, a company, a place with one credit nothing, and "Ukraine's
    state broadcaster reported" names no outlet "Ukraine"."""
    assert _credited(f"{name}, {appositive}, {verb} that the state would hold 51%.") == []
    assert _credited("Ukraine's state broadcaster reported that the state would hold 51%.") == []
