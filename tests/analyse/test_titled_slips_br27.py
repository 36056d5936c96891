"""A titled surname that is a name or word in its own right is no slip of a listed surname one letter away (FX28).

BR27 (2026-12-06, #5): "Fans of Mrs Brown's Boys queued…" beside five "Des Browne" articles made `briefgen check` warn
that "Brown" may misspell "Browne"; titled_slips flagged Mr Johnston→Johnson, Ms Harries→Harris, Mr Carey→Carney,
Mr Salmon→Salman, Mr Porter (a retailer)→Potter too. A titled word in one article is rare in a small archive however
common it is in the language: a common surname (commonsurnames.py) or a word the archive writes in lower case is none.
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st

from briefgen.analyse.commonsurnames import COMMON_SURNAMES, common_surname
from briefgen.analyse.spelling import MIN_LETTERS, word_pair_flagged
from briefgen.analyse.titledslips import titled_slips
from support.sites import MINIMAL_SITE, run_cli, write_site

TITLES = st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Mr."])
FRAMES = st.sampled_from([" said so.", ", the candidate, conceded.", "'s office shut.", "'s Boys returns.",
                          " was not there."])
COMMON = sorted(w.capitalize() for w in COMMON_SURNAMES if len(w) >= MIN_LETTERS)


def _edits(word: str) -> st.SearchStrategy[str]:
    """`word` with one letter changed, added, dropped, or swapped with the next (not its first letter)."""
    at = st.integers(1, len(word) - 1)
    letter = st.sampled_from("aeiouyszlnrtphe")
    return st.one_of(
        st.tuples(at, letter).map(lambda p: word[:p[0]] + p[1] + word[p[0] + 1:]),
        st.tuples(at, letter).map(lambda p: word[:p[0]] + p[1] + word[p[0]:]),
        at.map(lambda i: word[:i] + word[i + 1:]),
        at.map(lambda i: word[:i] + word[i + 1:i + 2] + word[i] + word[i + 2:]))


def _archive(bearer: str, titled: str) -> dict[str, str]:
    return {f"a{n}": f"{bearer} spoke on Monday. Mr {bearer.split()[-1]} said more." for n in range(5)} | {
        "odd": f"The council met. {titled}"}


@st.composite
def common_and_near(draw: st.DrawFn) -> tuple[str, str]:
    """(a common surname, a surname one slip from it that the misspelling rule would take it for a slip of)."""
    common = draw(st.sampled_from(COMMON))
    near = draw(_edits(common))
    assume(word_pair_flagged(common, near, False))
    return common, near


@given(common_and_near(), TITLES, FRAMES, st.booleans())
@example(("Brown", "Browne"), "Mrs", "'s Boys returns.", False)
@example(("Johnston", "Johnson"), "Mr", ", the candidate, conceded.", False)
@example(("Harries", "Harris"), "Ms", " said so.", True)
@example(("Carey", "Carney"), "Mr", " said so.", False)
@example(("Porter", "Potter"), "Mr", " said so.", False)
@example(("Salmon", "Salman"), "Mr", " said so.", True)
def test_a_common_surname_after_a_title_is_no_slip_of_a_listed_one(pair: tuple[str, str], title: str, frame: str,
                                                                  declared: bool) -> None:
    common, near = pair
    bearer = f"Des {near}"
    texts = _archive(bearer, f"{title} {common}{frame}")
    assert titled_slips(texts, [(bearer, 5, declared)], {bearer}) == ()


@given(st.text("abcdefghiklmnoprstuvw", min_size=MIN_LETTERS, max_size=9).flatmap(
    lambda w: st.tuples(st.just(w), _edits(w.capitalize()))), TITLES, st.booleans())
@example(("salmon", "Salman"), "Mr", True)
@example(("macro", "Macron"), "Mr", True)
def test_a_word_the_archive_writes_in_lower_case_is_no_slip(pair: tuple[str, str], title: str,
                                                            written: bool) -> None:
    word, near = pair
    assume(word_pair_flagged(word, near, False) and not common_surname(word) and not common_surname(near))
    bearer = f"Ana {near}"
    texts = _archive(bearer, f"{title} {word.capitalize()} said so.")
    if written:
        texts["other"] = f"Prices of {word} rose."
    found = [(s.article, s.surface, s.suggestion) for s in titled_slips(texts, [(bearer, 5, False)], {bearer})]
    assert found == ([] if written else [("odd", word.capitalize(), near)])


def test_real_slips_stay_flagged_the_breakers_and_t20s() -> None:
    people = [("Boris Johnson", 30, False), ("Dick Cheney", 10, False), ("Donald Trump", 40, False),
              ("María Fernanda González Rojas", 11, False)]
    texts = {"i": "Mr Cheeney said", "l": "Mr Trumpp said", "m": "Mr Jonhson said so.",
             "t20": "Ms Gonzales, the regional delegate, welcomed the decision."}
    found = {(s.article, s.surface, s.suggestion) for s in titled_slips(texts, people, {p for p, _, _ in people})}
    assert found == {("i", "Cheeney", "Cheney"), ("l", "Trumpp", "Trump"), ("m", "Jonhson", "Johnson"),
                     ("t20", "Gonzales", "González")}


def _article(title: str, source: str, day: int, body: str) -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: 2026-11-{day:02d}\n---\n{body}\n"


SITE = dict(MINIMAL_SITE) | {  # BR27's site9.py, and one real slip
    f"content/articles/pm-{n}.md": _article(f"Prime minister speaks {n}", "Herald", 20 + n,
                                            "\"We will get it done,\" said Boris Johnson, the prime minister.\n\n"
                                            "\"It is a great day,\" Mr Johnson said.") for n in range(5)
} | {f"content/articles/vp-{n}.md": _article(f"Vice-president visits {n}", "Courier", 20 + n,
                                             "\"We are here to listen,\" said Kamala Harris, the vice-president.\n\n"
                                             "\"Thank you,\" Ms Harris said.") for n in range(5)
     } | {f"content/articles/gb-{n}.md": _article(f"Minister {n}", "Herald", 20 + n,
                                                  "\"We stand firm,\" said Des Browne, the defence secretary.\n\n"
                                                  "\"Thank you,\" Mr Browne said.") for n in range(5)
          } | {
    "content/articles/tv.md": _article("Sitcom returns", "Screen", 30, "Fans of Mrs Brown's Boys queued outside the "
                                       "studio on Monday.\n\nThe show returns at Christmas."),
    "content/articles/live.md": _article("Election night live", "Courier", 30,
                                         "01:20 Mr Johnston, the Liberal Democrat winner, has arrived at the count.\n\n"
                                         "01:35 Ms Harries tells reporters the turnout was 41%.\n\n"
                                         "01:50 Mr Carey, the returning officer, read the result."),
    "content/articles/slip.md": _article("Minister visits", "Courier", 30,
                                         "Mr Jonhson, the prime minister, visited the port on Monday."),
}


def test_check_warns_of_the_slip_and_of_no_common_surname(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = write_site(tmp_path / "site", SITE)
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    warned = [line for line in (result.stdout + result.stderr).splitlines() if "misspelling" in line]
    assert len(warned) == 1 and warned[0].startswith("content/articles/slip.md:6: warning: \"Jonhson\" may be a "
                                                     "misspelling of \"Johnson\""), warned
