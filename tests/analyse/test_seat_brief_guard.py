"""seats._after_and, the cheap test before `_BRIEF_BEFORE`'s search (2026-12-06): it never says no where the search
finds a brief, so names read the same with it. Over texts of the words the pattern reads and white space, at every
start, and the reported shapes ("The Minister for Families and Anna Berg said"). The same of seats._guards' first
answer, the test before `_TITLE_BEFORE`'s search ("the MP for Newcastle upon Tyne", "the councillor for \n")."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.seats import _BRIEF_BEFORE, _TITLE_BEFORE, _after_and, _guards

_PIECES = st.sampled_from(["Minister", "member", "for", "Health", "Families", "and", "&", "And", ",", " ", "  ",
                           "\t", "\n", "x", "Anna", "Berg", "sand", "band", "&&", "-", "'"])


_GAP = st.sampled_from([" ", "  ", "\t", " \t"])
_BRIEF = st.builds(lambda title, g1, g2, words, comma, g3, joint, g4: f"{title}{g1}for{g2}{words}{comma}{g3}{joint}{g4}",
                   st.sampled_from(["Minister", "member", "State", "Secretary", "x"]), _GAP, _GAP,
                   st.lists(st.sampled_from(["Health", "Families", "Aged", "Care", "Sport"]), min_size=1, max_size=3)
                   .map(" ".join), st.sampled_from(["", ","]), _GAP, st.sampled_from(["and", "&", "And"]), _GAP)


@given(st.lists(_PIECES | _BRIEF, max_size=12))
@settings(max_examples=examples(500), deadline=None)
def test_never_no_where_the_search_finds_a_brief(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start in range(len(text) + 1):
        if _BRIEF_BEFORE.search(text, max(0, start - 120), start) is not None:
            assert _after_and(text, start), (text, start)


def test_the_shapes_it_reads() -> None:
    text = "The Minister for Families and Anna Berg said"
    start = text.index("Anna")
    assert _after_and(text, start) and _BRIEF_BEFORE.search(text, 0, start)
    assert not _after_and("The Minister for Families said Anna", len("The Minister for Families said "))
    assert _after_and("Minister for Health &\tTom", len("Minister for Health &\t"))
    assert not _after_and("Minister for Health and", len("Minister for Health and"))  # (no space after "and")


_TITLE = st.builds(lambda title, g1, g2, seat, joint, g3: f"{title}{g1}for{g2}{seat}{joint}{g3}",
                   st.sampled_from(["MP", "member", "Councillor", "Senator", "x", "-MP", "TD"]), _GAP, _GAP,
                   st.lists(st.sampled_from(["Newcastle", "Bury", "St", "Bath"]), max_size=2).map(lambda w: " ".join(w) + " " * bool(w)),
                   st.sampled_from(["", "upon", "on", "under", "le", "Tyne"]), st.sampled_from(["", " ", "\t", " \n", "\n"]))
_TITLE_PIECES = st.sampled_from(["MP", "for", "upon", "on", "le", "under", "Bury", "St", " ", "  ", "\t", "\n", "x",
                                 "Anna", "fore", "con", "-", "'"])


@given(st.lists(_TITLE_PIECES | _TITLE, max_size=12))
@settings(max_examples=examples(500), deadline=None)
def test_never_no_where_the_search_finds_a_member_s_title(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start in range(len(text) + 1):
        if _TITLE_BEFORE.search(text, max(0, start - 60), start) is not None:
            assert _guards(text, start)[0], (text, start)


def test_the_title_shapes_it_reads() -> None:
    for before in ("The MP for ", "the councillor for\t", "The MP for Newcastle upon ", "the member for \n"):
        text = before + "Helen Mabry said"
        assert _guards(text, len(before))[0] and _TITLE_BEFORE.search(text, 0, len(before)), before
    assert not _guards("The MP said Helen", len("The MP said "))[0]
    assert not _guards("The MP for", len("The MP for"))[0]  # (no space after "for")
