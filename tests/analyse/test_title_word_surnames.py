"""A title word is a title only before a name, never as the last word of a full name (nameruns._title_end, 2026-12-05).

A re-test wrote "Anna Brig said": "Brig" (Brigadier's abbreviation) ended the run as a title, the run was all title
and no name, and the person and her quotations were lost; "Tom King", "John Judge", "Peter Lord", "Anna Major" were
lost the same way (only lexicon.SURNAME_TITLES — Bishop, Prior … — were surnames). A holder's title word at the end
of a run after name words is now the surname, and alone it names the person the article named in full ("Brig
said"). A compound title stays one ("Culture Secretary", "Police Chief", "Crown Prince", "Shadow Chancellor"), as do a
modifier or a brief ("Affairs", "Health"), an honorific's abbreviation ("Mr") and an acronym ("CEO"), and a run after
"the" ("the Westbury Mayor said" names no one).
"""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.foreignranks import FOREIGN_RANKS
from briefgen.analyse.lexicon import TITLE_WORDS
from briefgen.analyse.names import names_in
from briefgen.analyse.nameruns import classify, surname_title
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.titlewords import ABBREVIATED_TITLES, NO_SURNAMES

# (not the foreign forces' compound ranks, foreignranks.py: "Kontra-amiraali", "Vice-amiral", "Lieutenant-colonel" are
# no one's surname, and a run ending in one names no one; a CI-like draw, 2026-12-07, after FX77 added them)
SURNAMES = sorted(w.capitalize() for w in TITLE_WORDS | ABBREVIATED_TITLES
                  if w.replace("-", "").isalpha() and w not in NO_SURNAMES and not ("-" in w and w in FOREIGN_RANKS))
COMPOUNDS = ["Culture Secretary", "Police Chief", "Crown Prince", "Shadow Chancellor", "Labour Leader", "Town Mayor",
             "Health Minister", "Brightwell CEO", "Home Affairs", "Prime Minister", "Deputy Mayor", "Fisheries Commissioner"]


@FAST
@given(word, st.sampled_from(SURNAMES), st.booleans())
@example("Anna", "Brig", False)
@example("Tom", "King", True)
def test_a_title_word_ending_a_name_is_its_surname(given_name: str, surname: str, titled: bool) -> None:
    name = f"{given_name} {surname}"
    written = f"Dr {name}" if titled else name
    text = (f"\u201cWe will keep the school open,\u201d said {written}, the head of the parents\u2019 group. "
            f"{surname} said the vote was close. \u201cIt was close,\u201d {surname} said.")
    assert surname_title(surname)
    assert [q.name for q in quotes_in("Vote", text)] == [name, name]
    assert name in [m.full for m in names_in("Vote", text)]


@FAST
@given(st.sampled_from(COMPOUNDS))
def test_a_compound_title_names_no_one(title: str) -> None:
    assert classify(title.split()) is None
    text = f"\u201cWe will keep the school open,\u201d the {title} said. The {title} said the vote was close."
    assert [q.name for q in quotes_in("Vote", text)] == [None]
    assert [m.full for m in names_in("Vote", text)] == []


def test_a_run_after_the_is_no_name() -> None:
    text = "\u201cThe roads are clear,\u201d said the Westbury Mayor. The Westbury Mayor said they would stay so."
    assert [q.name for q in quotes_in("Roads", text)] == [None]
    assert [m.full for m in names_in("Roads", text)] == []
