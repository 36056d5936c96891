"""A new file's name in a German (or Danish) briefing spells its letters as the language does in ASCII:
`briefgen new article "Warum Mercosur für Bauern zählt"` in a `language: de` site writes
`warum-mercosur-fuer-bauern-zaehlt.md` (`site/urls.LANGUAGE_FOLD`).

Reported (a German trial briefing, 2026-12-02): the same title gave `warum-mercosur-fur-bauern-zahlt.md` —
"fur" and "zahlt" (pays) are other words — while "Großdemonstration" gave "grossdemonstration": ß was
spelt the German way and the umlauts were not. Names' slugs (outlets, people) keep LETTER_FOLD alone in
every language, so no published address moves.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.site.urls import title_slug
from support.sites import MINIMAL_SITE, run_cli
from support.examples import examples

GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
titles = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüÄÖÜßéÉ -:0123456789"), max_size=80)


@settings(max_examples=examples(300), deadline=None, database=None)
@given(titles, st.sampled_from(["de", "de-DE", "de-AT", "de-CH"]))
def test_a_german_briefing_spells_umlauts_with_e_and_nothing_else_changes(title: str, language: str) -> None:
    spelt = "".join(GERMAN.get(c, c) for c in title)
    assert title_slug(title, language=language) == title_slug(spelt)
    assert title_slug(unicodedata.normalize("NFD", title), language=language) == title_slug(spelt)


@settings(max_examples=examples(300), deadline=None, database=None)
@given(titles, st.sampled_from(["", "en", "fr", "sv", "tr"]))
def test_other_languages_drop_the_diaeresis_as_before(title: str, language: str) -> None:
    plain = "".join(c for c in unicodedata.normalize("NFD", title.replace("ß", "ss")) if not unicodedata.combining(c))
    assert title_slug(title, language=language) == title_slug(plain)


def test_the_trial_titles_through_briefgen_new(site_factory: Callable[..., Path]) -> None:
    root = site_factory({**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + "language: de\n"})
    for title in ("Warum Mercosur für Bauern zählt", "Großdemonstration der Bauern in Brüssel", "Ärger über Öl"):
        done = run_cli(["new", "article", title], root)
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (root / "content/articles").glob("*.md") if p.name != "first-report.md") == [
        "aerger-ueber-oel.md", "grossdemonstration-der-bauern-in-bruessel.md", "warum-mercosur-fuer-bauern-zaehlt.md"]
    french = site_factory({**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"] + "language: fr\n"})
    assert run_cli(["new", "note", "Élisabeth Borne à Berlin : « Nous avançons »"], french).returncode == 0
    assert (french / "content/notes/elisabeth-borne-a-berlin-nous-avancons.md").is_file()


def test_danish_spells_o_slash_and_a_ring_its_way() -> None:
    assert title_slug("Møde i Århus", language="da") == "moede-i-aarhus"
    assert title_slug("Møde i Århus", language="no") == "mode-i-arhus"



RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Tagesschau</title><link>https://outlet.example/</link><description>d</description>
<item><title>Bauern blockieren Brüssel: Ärger über Zölle</title><link>https://outlet.example/bauern</link>
<guid isPermaLink="false">urn:outlet:bauern</guid><pubDate>Tue, 17 Mar 2026 13:00:00 +0100</pubDate>
<description>&lt;p&gt;Tausende Landwirte protestierten.&lt;/p&gt;</description></item></channel></rss>
"""


def test_fetch_names_a_german_briefings_imports_the_same_way(site_factory: Callable[..., Path]) -> None:
    config = MINIMAL_SITE["config.yaml"] + "language: de\nfeeds:\n  - url: feeds/outlet.xml\n"
    root = site_factory({**MINIMAL_SITE, "config.yaml": config, "feeds/outlet.xml": RSS})
    done = run_cli(["fetch"], root, env={"no_proxy": "*", "NO_PROXY": "*"})
    assert done.returncode == 0, done.stderr
    assert (root / "content/articles/bauern-blockieren-bruessel-aerger-ueber-zoelle.md").is_file(), done.stdout


def test_a_german_entry_in_an_english_briefing_is_named_as_german_and_an_english_one_is_not(
        site_factory: Callable[..., Path]) -> None:
    """The entry's own language (RSS <language>, Atom xml:lang), else the briefing's, as for its quote frames."""
    german = RSS.replace("<description>d</description>", "<description>d</description><language>de-de</language>")
    english = RSS.replace("bauern", "zoll").replace("Bauern blockieren Brüssel: Ärger über Zölle",
                                                    "Müller zählt Zölle in Brüssel")
    config = MINIMAL_SITE["config.yaml"] + "feeds:\n  - url: feeds/de.xml\n  - url: feeds/en.xml\n"
    root = site_factory({**MINIMAL_SITE, "config.yaml": config, "feeds/de.xml": german, "feeds/en.xml": english})
    done = run_cli(["fetch"], root, env={"no_proxy": "*", "NO_PROXY": "*"})
    assert done.returncode == 0, done.stderr
    made = sorted(p.name for p in (root / "content/articles").glob("*.md"))
    assert "bauern-blockieren-bruessel-aerger-ueber-zoelle.md" in made, made
    assert "muller-zahlt-zolle-in-brussel.md" in made, made  # no language: the briefing's (en), accents dropped
    front = (root / "content/articles/bauern-blockieren-bruessel-aerger-ueber-zoelle.md").read_text(encoding="utf-8")
    assert "language: de-de" in front, front  # (as the feed wrote it: its quote frames are German)
