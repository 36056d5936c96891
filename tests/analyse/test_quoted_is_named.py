"""Every article a person or organisation is quoted in counts as naming them (analyse/people.py, `people_of`).

The reported input (a helper's trial of a bus strike, 2026-12-04): "according to O'Neill" is read as a quotation's
frame, not found as a name, so the People page said "named in 1 article of 1 story, quoted 2 times" over quotes
from two articles, and the article page's "People named" left out whom it quoted (a second trial: "said MacDermott,
general secretary of the RWU"). The invariant, over made-up names and every frame: a quotation's article is among
its speaker's articles and names its speaker.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from test_speaker_properties import person

from briefgen.analyse.people import find_people, people_of

FRAMES = ["\u201cThey came with speeches, not proposals,\u201d according to {s}.",
          "\u201cWe are ready,\u201d {s} said.", "\u201cWe will fight,\u201d said {s}, the union's general secretary.",
          "{s} told reporters: \u201cWe will not be bought off.\u201d",
          "The talks failed. \u201cNobody wins when the buses stop,\u201d {s} said. \u201cNobody.\u201d"]


@settings(max_examples=examples(60), deadline=None)
@given(person, st.lists(st.sampled_from(FRAMES), min_size=1, max_size=4), st.booleans())
def test_a_quoted_speaker_is_named_where_quoted(name: str, frames: list[str], surname_only: bool) -> None:
    surname = name.split()[-1]
    bodies = {"full": f"{name}, the union leader, spoke on Monday. \u201cWe are ready,\u201d {surname} said."}
    bodies |= {f"q{k}": frame.format(s=surname if surname_only else name) for k, frame in enumerate(frames)}
    articles = tuple(factories.article(slug) for slug in bodies)
    result = people_of(articles, {slug: find_people("Strike", body) for slug, body in bodies.items()}, ())
    for found in result.people:
        quoted = {slug for slug, _ in found.quotes}
        assert quoted <= set(found.articles), (found.name, found.articles, quoted)
        assert all(found.name in result.named_in[slug] for slug in quoted), (found.name, result.named_in)


def test_the_reported_page() -> None:
    bodies = {"vote": "Niamh O\u2019Neill, the union leader, said drivers were ready. \u201cWe are ready,\u201d "
                      "O\u2019Neill said.",
              "talks": "The talks failed. \u201cThey came with speeches, not proposals,\u201d according to O\u2019Neill."}
    articles = tuple(factories.article(slug) for slug in bodies)
    result = people_of(articles, {slug: find_people("Strike", body) for slug, body in bodies.items()}, ())
    (niamh,) = result.people
    assert niamh.articles == ("vote", "talks") and len(niamh.quotes) == 2
    assert result.named_in["talks"] == ("Niamh O\u2019Neill",)
