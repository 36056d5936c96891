"""The collision check memoised by one digest of every claim (SP15, `speed.stages.of_pairs`): for any sequence of claim
lists, each build's problems are exactly `check_collisions`'s of its own claims, whatever the last builds remembered —
two claim lists never share a key, NUL characters (where the joined form is ambiguous) and colliding paths included."""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.output.guards import check_collisions
from briefgen.speed.memo import Memo
from briefgen.speed.stages import of_pairs

PARTS = st.sampled_from(["a", "A", "b", "a\0", "\0b", "", "x/", "caf\u00e9", "cafe\u0301", "nul", "\0"])
PATH = st.lists(PARTS, min_size=1, max_size=3).map("/".join)
ORIGIN = st.sampled_from(["content/articles/a.md", "static/a", "config.yaml", "\0", "a\0b", ""])
CLAIMS = st.lists(st.tuples(PATH, ORIGIN), max_size=6)


@settings(max_examples=300, deadline=None)
@given(builds=st.lists(CLAIMS, min_size=1, max_size=6), reopen=st.booleans())
@example(builds=[[("x", "a\0"), ("x", "b")], [("x", "a"), ("\0x", "b")]], reopen=False)  # one joined form: `repr`
@example(builds=[[("a", "x"), ("A", "y")], [("a", "x"), ("b", "y")]], reopen=True)
def test_memoised_check_is_the_check(builds: list[list[tuple[str, str]]], reopen: bool, tmp_path_factory) -> None:
    folder: Path = tmp_path_factory.mktemp("memo")
    memo = Memo(folder)
    for claims in builds:
        if reopen:  # the next build in another process: what the last one saved, read from disk
            memo = Memo(folder)
        memo.begin()
        assert of_pairs(memo, "collisions", check_collisions, claims) == check_collisions(claims)
        memo.save()


def test_a_repeated_check_is_not_run_again(tmp_path: Path) -> None:
    """The point of it: the same claims in the next build are the memo's, the check is not called."""
    calls: list[int] = []

    def counted(claims: list[tuple[str, str]]) -> list[object]:
        calls.append(len(claims))
        return check_collisions(claims)

    claims = [("articles/a/index.html", "content/articles/a.md"), ("Articles/A/index.html", "static/Articles/A/index.html")]
    memo = Memo(tmp_path)
    first = of_pairs(memo, "collisions", counted, claims)
    memo.save()
    again = Memo(tmp_path)
    again.begin()
    assert of_pairs(again, "collisions", counted, list(claims)) == first and len(first) == 1
    assert calls == [2]
    assert of_pairs(again, "collisions", counted, claims[:1]) == [] and calls == [2, 1]
