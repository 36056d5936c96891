"""SP17's rendering speed-ups give what the forms they replaced give (hypothesis, and the theme's pages).

- `render.fastescape.escape`, which every autoescaped `{{ … }}` of a template now calls, is markupsafe's `escape`:
  the same string of the same type for any value (a str, a Markup, an object with `__html__`, a number, None);
  and a template of a `SharedCompileEnvironment` calls it (`FastEscapeTemplate`), in its blocks and macros too.
- `site.stories.unnamed_speaker` reads the sentence's quotations only when a quote is not found quoted, and keeps
  the words it reads by their text: the same speaker, or None, as the form before (kept here as the reference),
  on sentences and quotes drawn from the words and marks of its trials.
"""
from __future__ import annotations

import re
from typing import Sequence

import jinja2
import markupsafe
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markupsafe import Markup
from support.examples import examples

from briefgen.analyse.quotemarks import has_marks, pair_marks, quotations
from briefgen.render import fastescape
from briefgen.render.environment import make_environment
from briefgen.load.files import THEME_TEMPLATES
from briefgen.site.model import Mention
from briefgen.site.stories import _part_of, _quoted, unnamed_speaker

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])


class _Html:
    def __init__(self, text: str) -> None:
        self.text = text

    def __html__(self) -> str:
        return self.text


def values() -> st.SearchStrategy[object]:
    text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("<>&\"'"), max_size=30)
    return st.one_of(text, text.map(Markup), text.map(_Html), st.integers(), st.floats(allow_nan=False), st.none(),
                     text.map(lambda t: type("Sub", (Markup,), {})(t)))


@SETTINGS
@given(values())
@example("<a href=\"x\">'&'</a>")
@example(Markup("<b>&amp;</b>"))
@example(_Html("<i>"))
def test_fast_escape_is_markupsafes(value: object) -> None:
    mine, theirs = fastescape.escape(value), markupsafe.escape(value)
    assert mine == theirs and type(mine) is type(theirs)


def test_the_theme_and_its_macros_escape_with_it() -> None:
    env = make_environment(THEME_TEMPLATES)
    template = env.from_string('{% macro m(x) %}<b>{{ x }}</b>{% endmacro %}{{ a }}|{{ m(a) }}|{{ b }}')
    assert template.render(a="<&>", b=Markup("<i>")) == "&lt;&amp;&gt;|<b>&lt;&amp;&gt;</b>|<i>"
    for name in ("article.html", "story.html", "partials/story.html"):
        module = env.get_template(name).root_render_func.__globals__
        assert module["escape"] is fastescape.escape, name
    plain = jinja2.Environment(autoescape=True).from_string("{{ a }}")  # (Jinja's own templates are left alone)
    assert plain.root_render_func.__globals__["escape"] is markupsafe.escape


def _words_before(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def _quotation_words_before(sentence: str) -> list[tuple[str, ...]]:
    paired = pair_marks(sentence)
    return [_words_before(paired[start:end]) for start, end in quotations(paired)] if has_marks(paired) else []


def unnamed_speaker_before(sentence: str, mentions: Sequence[Mention]) -> Mention | None:
    """site.stories.unnamed_speaker as it was before SP17."""
    inside = _quotation_words_before(sentence)
    for mention in mentions:
        if any(len(quote) > 1 and (_quoted(quote, sentence) or _part_of(_words_before(quote), inside))
               for quote in mention.quotes):
            return None if any(len(word) > 1 and word in sentence for word in mention.person.split()) else mention
    return None


WORDS = ["It", "is", "an", "opportunistic", "bid", "at", "a", "moment", "of", "weakness", "had", "the", "warnings",
         "and", "sat", "on", "them", "No", "she", "said", "replied", "Voskuijl", "Lena", "Okafor", "nothing", "to",
         "hide", "we", "did", "come", "into", "politics", "I", "x"]
MARKS = ["\u201c", "\u201d", "\"", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", ",", ".", "\u2014"]
NAMES = ["Lena Voskuijl", "Grace Okafor", "Owen Pryce", "A B", "x"]


def phrase(low: int = 0) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS + MARKS), min_size=low, max_size=14).map(" ".join)


def mentions() -> st.SearchStrategy[tuple[Mention, ...]]:
    quotes = st.lists(st.one_of(phrase(), st.sampled_from(["", "x", "It had the warnings", "nothing to hide"])),
                      max_size=3).map(tuple)
    return st.lists(st.builds(lambda name, q: Mention(name, "people/x/", q), st.sampled_from(NAMES), quotes),
                    max_size=3).map(tuple)


def sentences() -> st.SearchStrategy[str]:
    quoted = st.builds(lambda mark, inside, after: f"{mark[0]}{inside},{mark[1]} {after}",
                       st.sampled_from(["\u201c\u201d", '""', "\u00ab\u00bb", "\u2018\u2019"]), phrase(1), phrase())
    return st.one_of(phrase(), quoted)


@SETTINGS
@given(sentences(), mentions())
@example("\u201cIt had the warnings and it sat on them,\u201d she said.",
         (Mention("Lena Voskuijl", "people/lena-voskuijl/", ("It had the warnings and it sat on them",)),))
@example("We have nothing to hide, she said.", (Mention("Grace Okafor", "people/x/", ("nothing to hide",)),))
@example("\u201cNo,\u201d she replied.", (Mention("Owen Pryce", "people/x/", ("x", "No")),))
@example("\u201cIt had the warnings,\u201d she said.", (Mention("Grace Okafor", "people/x/", ("nothing to hide at all",)),))
def test_unnamed_speaker_is_as_before(sentence: str, found: tuple[Mention, ...]) -> None:
    assert unnamed_speaker(sentence, found) == unnamed_speaker_before(sentence, found)
    assert unnamed_speaker(sentence, found) == unnamed_speaker_before(sentence, found)  # (kept reads: the same again)
