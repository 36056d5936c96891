"""Function words of other languages are not story terms (`terms.language_of`, `stopwords.STOPWORDS`).

A trial of a French briefing (`language: fr`): a report on Brussels opening accession talks, one on
the Élysée sounding out Ankara about a cease-fire and one on Dominique de Villepin were one story
of three reports, "shared: les, négociation, un, Ukraine, la, cessez, feu, le" — the English
stopword list left every French article, the, a and of as rare event words.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.stopwords import STOPWORDS
from briefgen.analyse.terms import _STOPWORDS as ENGLISH, article_terms, fold, language_of
from support.sites import run_cli, write_site
from support.examples import examples

# Words that are function words in no list: event words of any language.
CONTENT = st.text(st.sampled_from("bcdfgkmprtvz"), min_size=4, max_size=9).map(lambda w: "q" + w + "o")


def function_words(language: str) -> list[str]:
    """`language`'s function words that are not English ones (sorted, so hypothesis can shrink)."""
    return sorted(w for w in STOPWORDS[language] if w not in ENGLISH and len(w) > 1)


@st.composite
def article(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """(language, its content words, a text of them interleaved with its function words)."""
    language = draw(st.sampled_from(sorted(STOPWORDS)))
    function = draw(st.lists(st.sampled_from(function_words(language)), min_size=3, max_size=12))
    content = draw(st.lists(CONTENT, min_size=1, max_size=6))
    words = draw(st.permutations(function + content))
    return language, content, " ".join(words)


@settings(max_examples=examples(150), deadline=None)
@given(article())
@example(("fr", ["qbrdo"], "les qbrdo la un"))
def test_an_articles_function_words_are_no_terms_and_its_content_words_are(case: tuple[str, list[str], str]) -> None:
    language, content, text = case
    terms = dict(article_terms("", text).weights)
    assert language_of(text) is not None
    assert {fold(w) for w in content} <= terms.keys(), (terms, content)
    assert not terms.keys() - {fold(w) for w in content}, terms  # nothing of the function words is left


@settings(max_examples=examples(50), deadline=None)
@given(st.lists(st.sampled_from(sorted(w for w in ENGLISH if len(w) > 1)), min_size=1, max_size=10),
       st.lists(CONTENT, max_size=5))
def test_english_articles_are_read_as_before(function: list[str], content: list[str]) -> None:
    """English, or too short to tell: no other list applies, so English terms are unchanged."""
    assert language_of(" ".join(function + content)) is None


FRENCH_SITE = {
    "config.yaml": """\
title: Revue de presse
language: fr
topics:
  - id: europe
    title: Europe
    keywords: [Ukraine, Bruxelles]
""",
    "content/articles/elargissement.md": """\
---
title: Bruxelles ouvre les négociations d'adhésion
source: Le Monde
published: 2023-05-14
---
La Commission à Bruxelles a recommandé d'ouvrir les négociations d'adhésion avec l'Ukraine et la
Moldavie. Ursula von der Leyen a parlé d'un « jour historique ».
""",
    "content/articles/elysee.md": """\
---
title: "Cessez-le-feu : l'Élysée sonde Ankara"
source: Le Figaro
published: 2023-05-15
---
L'Élysée a sondé Ankara sur un cessez-le-feu en Ukraine. Recep Tayyip Erdoğan pourrait accueillir
les négociations à İstanbul, a dit un diplomate.
""",
    "content/articles/villepin.md": """\
---
title: Dominique de Villepin critique la stratégie européenne
source: Libération
published: 2023-05-12
---
Dominique de Villepin a estimé que « l'Europe doit parler d'une seule voix ». Selon Villepin, les
négociations sur l'Ukraine exigent un cessez-le-feu.
""",
}


def test_three_french_reports_of_three_events_are_three_stories(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = write_site(tmp_path / "site", FRENCH_SITE)
    result = run_cli(["check", "-v"], cwd=site)
    assert result.returncode == 0, result.stderr
    told = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("story ")]
    assert told == [], told
    assert "3 articles in 3 stories" in result.stdout + result.stderr


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(STOPWORDS)).flatmap(lambda language: st.tuples(
    st.just(language), st.lists(st.sampled_from(function_words(language)), min_size=6, max_size=10),
    st.lists(CONTENT.map("x".__add__), min_size=3, max_size=3, unique=True),  # the two reports' own words
    st.lists(CONTENT.map("w".__add__), min_size=3, max_size=3, unique=True))))
@example(("fr", ["que", "est", "encore", "pour", "les", "a"], ["qministreo", "qpaixo", "qloino"],
          ["qcommissiono", "qprixo", "qchero"]))
def test_sentences_sharing_only_function_words_are_each_reports_own(case: tuple[str, list[str], list[str], list[str]]
                                                                   ) -> None:
    """"What each report adds" (compare.compare_reports): a trial's French sentences on a minister and
    on gas prices were one passage, sharing "que, est, encore, pour, les", and neither report added anything."""
    _, function, one, other = case
    shared = "Qbalticpipeo qgazoduco qouvreo."
    first = " ".join(w for pair in zip(function, one + one) for w in pair).capitalize() + ". " + shared
    second = " ".join(w for pair in zip(function, other + other) for w in pair).capitalize() + ". " + shared
    compared = compare_reports([("a", first), ("b", second)])
    assert compared.shared == ((("a", 1), ("b", 1)),), compared
    assert [r.adds for r in compared.reports] == [(0,), (0,)], compared
