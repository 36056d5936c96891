"""One fact in several wordings is one row of the story page (analyse/wordings.py, 2026-12-05).

The ferry trial's steering-warning story told the company's one reply in four wordings ("rectified", "fixed",
"repaired", "signed off"): no two shared a word of the fact, and each was listed as what its report adds. Words of one
wording family are now one term; a negated one ("never put right") is another, so "the fault was never put right" is
no counterpart of "the ferry is expected to be repaired by February"."""
from __future__ import annotations

from hypothesis import assume, given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports

_REPAIRED = ("repaired", "rectified", "fixed", "mended", "put right", "remedied")
_FAULTS = ("faults", "defects", "malfunctions")
# Two forms of one family each (wordings.FAMILIES), as written
_PAIRS = (("repaired", "fixed"), ("rectified", "mended"), ("faults", "defects"), ("resigned", "quit"),
          ("arrested", "detained"), ("cancelled", "scrapped"), ("suspended", "halted"), ("bought", "acquired"),
          ("banned", "prohibited"), ("injured", "hurt"))
_FILLER = ("The harbour reopened on Tuesday after a week of storms.", "Passengers were offered refunds.")


def _paired(first: str, second: str) -> bool:
    comparison = compare_reports([("a", f"{first} {_FILLER[0]}"), ("b", f"{_FILLER[1]} {second}")])
    return bool(comparison.reports[0].counterparts[0])


@settings(max_examples=examples(120), deadline=None)
@given(word, word, st.sampled_from(_REPAIRED), st.sampled_from(_REPAIRED), st.sampled_from(_FAULTS),
       st.sampled_from(_FAULTS))
def test_one_reply_in_two_wordings_is_one_fact(company: str, part: str, first_verb: str, second_verb: str,
                                               first_noun: str, second_noun: str) -> None:
    """A company's reply that its made-up part's faults were mended, in any two wordings of the families: a pair."""
    first = f"{company} said the {part} {first_noun} had been {first_verb} at the time."
    second = f"A spokeswoman for {company} said both {part} {second_noun} were {second_verb} when they were logged."
    assert _paired(first, second), (first, second)


@settings(max_examples=examples(120), deadline=None)
@given(word, word, st.sampled_from(_REPAIRED), st.sampled_from(_REPAIRED),
       st.sampled_from(("never", "not", "never properly", "not yet been")))
def test_a_negated_wording_is_the_opposite_fact(ship: str, reef: str, first_verb: str, second_verb: str,
                                                negation: str) -> None:
    """"The fault was never put right" and "the ship is to be repaired" share the family's word and the ship: no pair;
    negated in both, or in neither, the same words are one fact."""
    never = f"The steering fault on the {ship} was {negation} {first_verb}, and it ran onto {reef} Reef."
    later = f"The {ship}, which has been in dry dock since last week, is expected to be {second_verb} by February."
    assert not _paired(never, later), (never, later)
    also_never = f"Its steering fault on the {ship} had {'never' if 'never' in negation else 'not'} been {second_verb}."
    assert _paired(never, also_never), (never, also_never)
    done = f"The steering fault on the {ship} was {first_verb} last month."
    assert _paired(done, f"The {ship}'s steering fault had been {second_verb} by then."), done


@settings(max_examples=examples(120), deadline=None)
@given(word, word, word, st.sampled_from(_PAIRS))
def test_a_family_word_alone_makes_no_pair(place: str, name: str, thing: str, words: tuple[str, ...]) -> None:
    """Two sentences of two facts that share only one family's word (in two of its forms) are no pair, as two
    sentences sharing one rare word are not (compare.MIN_SHARED); sharing one more term of the fact, they are."""
    assume(len({place, name, thing}) == 3)
    first = f"The {place} council said the {thing} was {words[0]} in 1998."
    second = f"{name} told reporters the {words[-1]} would be reviewed."
    assert not _paired(first, second), (first, second)
    same = f"{name} told reporters the {thing} had been {words[-1]}."
    assert _paired(first, same), (first, same)


def test_the_ferry_trials_company_reply() -> None:
    reuters = "In an emailed statement, Northsound said the faults had been repaired at the time."
    standard = ("Northsound Ferries said both defects had been fixed when they were reported and that the ship's "
                "certificates were in order.")
    ferryweek = "Northsound told Ferry & Port Week that the repairs had been signed off by its classification society."
    assert _paired(reuters, standard)
    assert _paired(standard, ferryweek)
    assert _paired(reuters, ferryweek)
    record = ("The steering fault that crews reported on the Morning Star in October was never properly put right, and "
              "it was the reason the ferry ran onto Craigan Reef, accident investigators concluded today.")
    dock = "The ferry, which has been in dry dock on the Clyde since last week, is expected to be repaired by February."
    assert not _paired(record, dock)
