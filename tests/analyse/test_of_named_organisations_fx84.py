"""An "of" name that closes with an organisation's head is that organisation's, no newsroom's (credit_newsmakers).

The reported input (FX84, a breaker's cases, 2026-12-07): with T26's rule (an "of" name is headed by the words before
"of") "Star of the Sea Hospital", "Star of David Foundation", "Voice of Reason Party", "Mirror of Hope Charity", "Post
of Duty Union" were newsrooms, and "Ten were hurt, the Star of the Sea Hospital said." credited the hospital as the
outlet re-told. The kind: a newsroom word before "of" and a complement of two or more words closing with an
organisation's head, in "said" frames; T26's "News Agency of the Federation" stays a newsroom.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.credit_newsmakers import newsmaker
from briefgen.analyse.credits import credit_finder, detect_credits

FIRST = ("Star", "Voice", "Mirror", "Post", "Herald", "Times", "Sun", "Tribune", "Guardian")
MIDDLE = ("the Sea", "David", "Reason", "Hope", "Duty", "the Voiceless", "Bethlehem", "Mercy", "the Good Shepherd")
HEADS = ("Hospital", "Foundation", "Party", "Charity", "Union", "Council", "Ministry", "Bank", "Institute", "Trust",
         "Clinic", "School", "Association", "Society")
FRAMES = ("Ten were hurt, the {X} said.", "The {X} said ten were hurt.", "Ten were hurt, the {X} reported.")
# ("according to X" credits a newsmaker as before: where its information was published, credit_newsmakers)


NAME = st.builds("{} of {} {}".format, st.sampled_from(FIRST), st.sampled_from(MIDDLE), st.sampled_from(HEADS))


@settings(max_examples=examples(50), deadline=None)
@given(st.lists(NAME, min_size=3, max_size=3, unique=True))
def test_an_of_named_organisation_is_no_newsroom(names: list[str]) -> None:
    """A site naming three such organisations among its outlets: none is credited as a newsroom, in any frame. Three
    names a draw, one finder for them (~0.14 s to compile for a list holding an "of the" name, as each site compiles
    its own list once): 45 names in 15 draws, where one name a draw compiled 45 finders (10.8 s, CT5's ranking)."""
    finder = credit_finder(names)
    for name in names:
        assert newsmaker(name)
        for frame in FRAMES:
            assert not detect_credits(frame.format(X=name), finder), (name, frame)


def test_the_reported_names() -> None:
    for name in ("Star of the Sea Hospital", "Star of David Foundation", "Voice of Reason Party",
                 "Mirror of Hope Charity", "Post of Duty Union"):
        assert newsmaker(name), name
        for frame in FRAMES[:2]:
            assert not detect_credits(frame.format(X=name), credit_finder([name])), (name, frame)
    assert not newsmaker("News Agency of the Federation")
    finder = credit_finder(["News Agency of the Federation"])
    assert [c.outlet for c in detect_credits("Rain is due, the News Agency of the Federation reported.", finder)] == \
        ["News Agency of the Federation"]
