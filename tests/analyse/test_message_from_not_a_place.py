"""A report's noun before "from X" names X's words, not a place: "said a readout from Acme plc" lost its speaker when
FX109's place rule (placeuses.py) read "from Acme" as a place use (a landing check, 2026-12-07 night:
test_organisation_voices' statement property drew it)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.placeuses import used_as_place
from briefgen.analyse.quotes import quotes_in

QUOTE = "We will look at any proposal in the usual way"
NAMES = st.sampled_from(["Acme", "Zenith", "Brannock", "Kestrel", "Aaaa"])
NOUNS = st.sampled_from(["readout", "statement", "report", "briefing", "announcement", "filing"])  # (the frames the speaker
# reader knows: "said a release from X" has no speaker at the session's start either)
FORMS = st.sampled_from(["", " plc", " Ltd", " Inc"])


@settings(max_examples=examples(60), deadline=None)
@given(NAMES, NOUNS, FORMS)
def test_a_message_from_a_company_is_its_own(name: str, noun: str, form: str) -> None:
    text = f"“{QUOTE},” said a {noun} from {name}{form}."
    assert [q.speaker for q in quotes_in("", text)] in ([name], [name + form]), text
    assert not used_as_place(text, name)


@settings(max_examples=examples(30), deadline=None)
@given(NAMES)
def test_a_place_use_still_counts(name: str) -> None:
    assert used_as_place(f"The delegates flew in from {name} on Monday.", name)
    assert used_as_place(f"The summit was held in {name}.", name)
