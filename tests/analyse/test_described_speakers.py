"""A row of the story page is one fact, not two things said by people described alike (analyse/adds_frames.py,
2026-12-05).

The ferry trial's pages put "Captain Ruth Okafor, Port Carrick’s harbour master, called for …" beside the
investigators' finding "as the ferry turned out of Port Carrick harbour", "“Every master on this route knows where it
is,” added Captain Ruth Okafor, who has run Port Carrick harbour since 2019." beside "struck Craigan Reef", and "Fiona
MacAskill, chief executive of Northsound Ferries, said the company would co-operate fully …" beside "Northsound
Ferries said it could not comment on the crew …". The words describing a speaker are not counted as shared."""
from __future__ import annotations

from hypothesis import given, settings
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports


def _paired(first: str, second: str) -> bool:
    comparison = compare_reports([("a", first), ("b", second)])
    return bool(comparison.reports[0].counterparts[0])


@settings(max_examples=examples(120), deadline=None)
@given(word, word, word, word)
def test_a_speaker_described_by_a_place_is_no_fact_about_the_place(given_name: str, surname: str, town: str,
                                                                   reef: str) -> None:
    """Three shapes of description (an appositive, a "who" clause after the verb, a possessive employer) share their
    words with a sentence of another fact: no counterparts. Told as one fact, the same speaker's sentences still are."""
    name = f"{given_name} {surname}"
    fact = f"The ferry struck {reef} Reef after it turned out of {town} harbour on Monday night."
    other_facts = [
        f"Captain {name}, {town}’s harbour master, called for new rules to apply to every vessel using the port.",
        f"“Every master on this route knows where it is,” added Captain {name}, who has run {town} harbour since 2019.",
        f"{name}, chief executive of {town} Harbour Ferries, said the company would co-operate fully with inquiries."]
    for other in other_facts:
        assert not _paired(fact, other), (fact, other)
    same = f"Captain {name}, {town}’s harbour master, said the ferry struck {reef} Reef after it turned on Monday."
    assert _paired(fact, same), (fact, same)


def test_the_ferry_trials_rows() -> None:
    okafor = ("“Every master on this route knows where it is,” added Captain Ruth Okafor, who has run Port Carrick "
              "harbour since 2019.")
    reef = "The ship hit Craigan Reef, a rocky ledge close to the harbour of Port Carrick, in strong winds."
    assert not _paired(okafor, reef)
    finding = ("In an interim report, the Marine Accident Investigation Branch said the ship’s main steering unit "
               "stopped responding as the ferry turned out of Port Carrick harbour, and that the standby unit was "
               "engaged 52 seconds later, too late to avoid Craigan Reef.")
    call = ("Captain Ruth Okafor, Port Carrick’s harbour master, called for the report’s recommendations to apply to "
            "every vessel using the port.")
    assert not _paired(finding, call)
    cooperate = ("Fiona MacAskill, chief executive of Northsound Ferries, said the company would co-operate fully with "
                 "any investigation.")
    comment = "Northsound Ferries said it could not comment on the crew while an investigation was under way."
    assert not _paired(cooperate, comment)
    # who speaks, the verb and its time are the fact: an announcement by one man told twice is one row
    assert _paired("Russia has agreed to extend the grain deal for 60 days, Turkish President Tayyip Erdogan said on "
                   "Wednesday.", "Erdogan announced the rollover of the grain deal on Wednesday in Ankara.")
    # a "which" clause tells of a thing, not of the speaker
    assert _paired("The museum employs 64 people.",
                   "Workers at the museum, which has 64 employees, say a cut would mean closing galleries.")


def test_what_describes_a_speaker() -> None:
    from briefgen.analyse.adds_frames import described

    assert described("Fiona MacAskill, chief executive of Northsound Ferries, said the company would help.").strip() \
        == "chief executive of Northsound Ferries"
    assert described("“It was,” added Captain Ruth Okafor, who has run Port Carrick harbour since 2019.").startswith(
        "who has run")
    assert described("Russia has agreed to extend the deal, Turkish President Tayyip Erdogan said on Wednesday.") == ""
    assert described("Northsound Ferries said it could not comment on the crew.") == ""
