"""An outlet's language is its articles' only where its name can be in that language (site/assemble._outlets).

A reader trial (2026-12-04) found "Al-Marsa Daily", the English name of an Arabic daily, tagged `lang="ar"` on the
sources index, the article meta line, "Read the original at" and "More from": the outlet took the one language its
articles declare. The templates were made to drop such a tag; the site model now holds none, so no page, feed or
plugin reading `outlet.language` can be told otherwise.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.scripts import fits
from support import factories
from support.examples import examples

NAMES = st.sampled_from(["Al-Marsa Daily", "الرصيف اليومي", "华夏科学周刊", "Huaxia Science Weekly", "Ελληνική Ώρα",
                         "Hellenic Hour", "Der Morgen", "2024 Wire"])
LANGUAGES = st.sampled_from(["ar", "zh", "el", "de", ""])


@settings(max_examples=examples(40), deadline=None)
@given(name=NAMES, language=LANGUAGES)
def test_an_outlet_takes_its_articles_language_only_where_its_name_fits_it(name: str, language: str) -> None:
    site = factories.site((factories.article("a", source=name, language=language),))
    (outlet,) = [o for o, _ in site.outlets if o.name == name]
    expected = language if language and language != site.config.language and fits(name, language) else ""
    assert outlet.language == expected, (name, language, outlet.language)


def test_the_reported_outlet() -> None:
    site = factories.site((factories.article("a", source="Al-Marsa Daily", language="ar"),
                           factories.article("b", source="الرصيف اليومي", language="ar")))
    languages = {o.name: o.language for o, _ in site.outlets}
    assert languages == {"Al-Marsa Daily": "", "الرصيف اليومي": "ar"}
