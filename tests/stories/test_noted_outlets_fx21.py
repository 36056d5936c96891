"""An outlet is never a party, whatever its name: a source whose `note:` says it is a news outlet never speaks for
itself on the People pages (FX21 #7; firmsources.outlet_noted, own_voices, listed_outlet_keys).

BR25's rule (docs/people.md: an outlet quotes itself too, sued over its report) held only for a source whose name holds
an outlet's word ("Warsaw Courier", "Gas Weekly") or a known outlet: '"We stand by our story," Zetland said' in
Zetland's own report gave an organisation page "Zetland" (the breakers' "Semafor" is a known outlet at be7c19ad, so
its page was gone; the kind was not). A source's note in config.yaml ("Danish members' newspaper") says what it is; a
company's own statement among the sources (T19's Fjordgass, no note) still speaks for itself.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.factories import article
from support.sites import write_site

from briefgen.analyse.firmsources import outlet_noted
from briefgen.analyse.people import find_people, people_of
from briefgen.build import build

NAMES = ["Zetland", "Puck", "Kestrel", "Tortoise", "Brisk", "Harbour Lantern", "Nordvik Holding"]  # (no list knows them)
NOTES = ["US news site", "Danish members' newspaper", "Energy trade paper", "A retired engineer's blog",
         "AI-assisted aggregator", "Regional daily", "Qatar-based broadcaster", "Weekly newsletter on energy"]
SAYS = ['"We stand by our story," {n} said.', '"We stand by our story," said {n}.', '{n} said: "We stand by our story."',
        '"We will appeal," {n} said in a statement.']


def _listed(name: str, note: str, says: str) -> dict[str, str]:
    text = f"{name} was sued on Monday over its report on the pipeline.\n\n{says.format(n=name)}"
    outlets = (name, "Reuters")
    found = {"own": find_people("", text, outlets=outlets)}
    news = tuple(n for n, d in ((name, note), ("Reuters", "News agency")) if outlet_noted(d))
    return {p.name: p.kind for p in people_of((article("own", source=name),), found, (), outlets, news).people}


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(NOTES), st.sampled_from(SAYS))
@example("Zetland", "Danish members' newspaper", SAYS[0])
def test_a_noted_outlet_quoting_itself_is_no_party(name: str, note: str, says: str) -> None:
    """Failed before (at be7c19ad: no `news`, the name alone): an organisation page of the outlet's own words."""
    assert _listed(name, note, says) == {}, (name, note, says)


@given(st.sampled_from(NAMES), st.sampled_from(SAYS))
def test_a_source_with_no_note_is_read_by_its_name_as_before(name: str, says: str) -> None:
    """Unchanged (T19's Fjordgass): a source with no note whose own article quotes it by name speaks for itself."""
    assert _listed(name, "", says) == {name: "organisation"}


def test_a_note_of_a_companys_own_words_is_no_outlets() -> None:
    assert not outlet_noted("The operator's press releases") and not outlet_noted("Company statements on its news site")
    assert outlet_noted("US news site") and not outlet_noted("")


def test_the_reported_site(tmp_path: Path) -> None:
    """Built: Zetland (note "Danish members' newspaper") and Semafor ("US news site"), sued, quoting themselves, have
    no People page; the lawyer quoted has one. Failed before (at be7c19ad): a page "Zetland"."""
    files = {"config.yaml": "title: T\nbase_url: https://example.org/\ntopics:\n  - id: news\n    title: News\n    "
                            "keywords: [the]\nsources:\n"
                            "  - {name: Zetland, url: https://zetland.example, note: Danish members' newspaper}\n"
                            "  - {name: Semafor, url: https://semafor.example, note: US news site}\n"}
    for name in ("Zetland", "Semafor"):
        files[f"content/articles/{name.lower()}-suit.md"] = (
            f"---\ntitle: {name} sued over pipeline report\nsource: {name}\npublished: 2026-11-24T10:00:00+00:00\n---\n"
            f"{name} was sued on Monday over its report that inspections of the pipeline were overdue.\n\n"
            f"\"We stand by our story,\" {name} said.\n\n\"The report was false,\" said Øystein Bjørnstad, a lawyer "
            "for the operator.\n")
    write_site(tmp_path, files)
    build(tmp_path / "config.yaml")
    people = tmp_path / "output" / "people"
    page = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", (people / "oystein-bjornstad" / "index.html").read_text())).split())
    assert "The report was false" in page
    assert not (people / "zetland").exists() and not (people / "semafor").exists()
