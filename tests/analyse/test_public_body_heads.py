"""Public bodies named by their kind are organisations (a sixth-session editor's trial, 2026-12-04).

"A State Mining Inspectorate report from October 2025 …" made a People page "Person: Mining Inspectorate", filed
"Inspectorate, Mining": an inspectorate, a directorate, a secretariat, a regulator … is no one's surname.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in

HEADS = ["Inspectorate", "Directorate", "Secretariat", "Commissariat", "Regulator", "Registry", "Observatory",
         "Prefecture", "Treasury", "Exchange", "Watchdog", "Caucus"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(["State Mining", "Health", "Audit", "National Energy", "Harwick", "Financial"]),
       st.sampled_from(HEADS),
       st.sampled_from(["A {b} report from October warned of seepage.", "The {b} said the dam was unsafe.",
                        "Officials at the {b} declined to comment."]))
def test_a_body_named_by_its_kind_is_an_organisation(words: str, head: str, sentence: str) -> None:
    body = f"{words} {head}"
    found = {m.full: m.kind for m in names_in("", sentence.format(b=body))}
    assert found.get(body) == "organisation", found


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Kestrava", "Orlanex", "Velmora", "Brightfield"]),
       st.sampled_from(["Mining", "Minerals", "Metals", "Oil", "Petroleum", "Utilities", "Telecom", "Airlines",
                        "Airways", "Railways", "Trading", "Automotive", "Media"]))
def test_a_company_named_by_its_industry_is_its_stem_alone(stem: str, industry: str) -> None:
    """Reported (an editor's trial, 2026-12-04): "Kestrava Mining" and, in other articles, "Kestrava said it had
    complied" made two pages, a company and a person "Kestrava" with the company's quote."""
    from support import factories

    from briefgen.analyse.people import find_people, people_of
    bodies = {"a": f"{stem} {industry} owns the dam. \u201cWe complied,\u201d {stem} {industry} said.",
              "b": f"{stem} said it had complied with every rule. \u201cWe are sorry,\u201d {stem} said.",
              "c": f"{stem} {industry} shares fell."}
    articles = tuple(factories.article(slug) for slug in bodies)
    found = {slug: find_people("Dam", body) for slug, body in bodies.items()}
    listed = {(p.name, p.kind) for p in people_of(articles, found, ()).people}
    assert listed == {(f"{stem} {industry}", "organisation")}, listed
