"""A titled surname that misspells a listed person's surname is flagged by `check` (titledslips.py).

T20 trial (2026-12-06, finding 11): metalsbrief-fine's "Ms Gonzales, the regional delegate, welcomed the decision"
(for María Fernanda González Rojas, "Ms González" elsewhere) was neither flagged nor paged: the name reader reads a
lone titled word only as a speaker, and the misspelling rule compared it with nothing.
"""
from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.analyse.commonsurnames import common_surname
from briefgen.analyse.namekeys import fold
from briefgen.analyse.titledslips import titled_slips
from support.sites import MINIMAL_SITE, run_cli, write_site

DELEGATE = "María Fernanda González Rojas"
TEXTS = {
    f"a{n}": f"{DELEGATE}, the presidential delegate, said the town stays empty. Ms González said dogs would search."
    for n in range(4)
} | {"fine": "Superintendent Jose Ignacio Fuentes-Araya said the company had switched off the monitoring. "
                 "Ms Gonzales, the regional delegate, welcomed the decision."}
PEOPLE = [(DELEGATE, 4, False), ("Pedro González", 2, False), ("Jose Ignacio Fuentes-Araya", 1, False)]


def test_the_reported_input_is_flagged_once_as_the_surname_two_people_bear() -> None:
    (slip,) = titled_slips(TEXTS, PEOPLE, {name for name, _, _ in PEOPLE})
    assert (slip.article, slip.surface, slip.suggestion) == ("fine", "Gonzales", "González")
    assert slip.bearers == (DELEGATE, "Pedro González")


SURNAMES = ["González", "Quispe", "Mamani", "Oliveira", "Huamán", "Pereira", "Fuentes", "Hartley", "Brannock", "Okafor"]
TITLES = st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Mr."])


def _edits(word: str) -> st.SearchStrategy[str]:
    """`word` with one letter changed, dropped, doubled or swapped with the next (not its first letter)."""
    at = st.integers(1, len(word) - 2)
    letter = st.sampled_from("aeiouszlnrt")
    return st.one_of(
        st.tuples(at, letter).map(lambda p: word[:p[0]] + p[1] + word[p[0] + 1:]),
        at.map(lambda i: word[:i] + word[i + 1:]),
        at.map(lambda i: word[:i] + word[i] + word[i:]),
        at.map(lambda i: word[:i] + word[i + 1] + word[i] + word[i + 2:]))


@st.composite
def slips(draw: st.DrawFn) -> tuple[str, str, str]:
    surname = draw(st.sampled_from(SURNAMES))
    return surname, draw(_edits(surname)), draw(TITLES)


@given(slips(), st.sampled_from([", the regional delegate, welcomed it.", " said so.", " was not there.", "'s office shut."]))
@example(("González", "Gonzales", "Ms"), ", the regional delegate, welcomed the decision.")
@example(("Quispe", "Quispi", "Mr"), " said so.")
@example(("Hartley", "Harley", "Mr"), " said so.")
def test_a_titled_surname_one_slip_from_a_listed_surname_is_flagged(slip: tuple[str, str, str], frame: str) -> None:
    surname, written, title = slip
    full = f"Ana Luisa {surname}"
    texts = {f"a{n}": f"{full} spoke. {title} {surname} said more." for n in range(3)}
    texts["odd"] = f"The council met. {title} {written}{frame}"
    found = titled_slips(texts, [(full, 3, False)], {full})
    if fold(written) == fold(surname) or common_surname(written):  # (an edit that gives the same word back, or only
        assert found == ()  # an accent; or a common surname, a name in its own right: "Hartley" → "Harley", FX28)
        return
    from briefgen.analyse.spelling import word_pair_flagged
    assert [(s.article, s.surface, s.suggestion) for s in found] == (
        [("odd", written, surname)] if word_pair_flagged(written, surname, False) else [])


@given(st.sampled_from(SURNAMES), TITLES)
def test_the_right_spelling_with_or_without_its_accents_is_never_flagged(surname: str, title: str) -> None:
    plain = "".join(c for c in unicodedata.normalize("NFKD", surname) if not unicodedata.combining(c))
    full = f"Ana Luisa {surname}"
    texts = {f"a{n}": f"{full} spoke." for n in range(3)} | {"b": f"{title} {plain} said so. {title} {surname.upper()} too."}
    assert titled_slips(texts, [(full, 3, False)], {full}) == ()


def test_a_word_of_another_name_read_in_full_is_that_persons_and_a_rare_target_is_none() -> None:
    texts = {"a": "Carlos Gonzales met the mayor. Mr Gonzales said so.", "b": "Ms Gonzales spoke."}
    assert titled_slips(texts, PEOPLE, {name for name, _, _ in PEOPLE} | {"Carlos Gonzales"}) == ()
    texts = {"a": "Ms Gonzales spoke.", "b": "Mr Gonzales spoke.", "c": "Dr Gonzales spoke."}
    assert titled_slips(texts, [(DELEGATE, 4, False)], {DELEGATE}) == ()  # 4 < 2 x 3 articles
    assert len(titled_slips(texts, [(DELEGATE, 1, True)], {DELEGATE})) == 3  # declared: a target whatever its count


SITE = dict(MINIMAL_SITE) | {
    f"content/articles/delegate-{n}.md": (
        f"---\ntitle: Town stays empty {n}\nsource: Atacama Herald\npublished: 2026-11-2{n}\n---\n"
        f"\"We stay out until the wall is checked,\" said {DELEGATE}, the presidential delegate.\n\n"
        "\"Nobody goes back tonight,\" Ms González said.\n") for n in range(4)
} | {"content/articles/fine.md": (
    "---\ntitle: Regulator fines the miner\nsource: MetalsBrief\npublished: 2026-12-01\n---\n"
    "The superintendency fined the company on Monday.\n\nMs Gonzales, the regional delegate, welcomed the decision.\n")}


def test_check_warns_of_the_titled_slip_at_its_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = write_site(tmp_path / "site", SITE)
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    warned = [line for line in (result.stdout + result.stderr).splitlines() if "Gonzales" in line]
    assert len(warned) == 1 and warned[0].startswith("content/articles/fine.md:8: warning: \"Gonzales\" may be a "
                                                     "misspelling of \"González\""), warned
