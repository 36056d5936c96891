"""A quotation in a script without spaces after a colon lead-in (T25 F9: "**11:20** Spokeswoman Shu Jueting at the
ministry's briefing: 「中方的措施符合國際慣例。」 She was asked whether the rule would apply to Taiwan" had no speaker).
Three parts of one mechanism: quotemarks.quote_kind counted the Chinese sentence as one word, a scare quote's shape,
which a colon lead-in did not govern (quoteframes.governs: now a colon's fragment that ends a sentence inside its marks
is said, as a dash's is); "。" ended no sentence for the frame after the mark, so the next sentence's "She was asked
whether …" was read as a passive frame (the words said to her). A new sentence whose passive verb has a clause of its
own is no frame of the quotation before it ("“Will you resign?” Anna Berg was asked." still is)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
TITLE = st.sampled_from(["Spokeswoman ", "Minister ", "Commerce ministry spokeswoman ", ""])
PLACE = st.sampled_from([" at the ministry's briefing", " in Beijing", " at a regular briefing", ""])
CLOCK = st.sampled_from(["**11:20** ", "11:20 ", ""])
QUOTE = st.sampled_from(["「中方的措施符合國際慣例。」", "「中方注意到有關報道。」", "“中方将采取必要措施。”",
                         "「日本政府は冷静に対応する。」", "“China has noted the reports and will respond.”", "“Never.”"])
AFTER = st.sampled_from(["", " She was asked whether the rule would apply to Taiwan; she did not answer.",
                         " She was asked about Taiwan.", " Prices rose."])


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_live_blog_entry() -> None:
    entry = ("**11:20** Spokeswoman Shu Jueting at the ministry's briefing: 「中方的措施符合國際慣例。」 She was asked whether "
             "the rule would apply to Taiwan; she did not answer.")
    assert _speakers(entry) == ["Shu Jueting"]


@FAST
@given(CLOCK, TITLE, person, PLACE, QUOTE, AFTER)
def test_a_colon_lead_in_names_the_speaker_of_a_sentence_in_any_script(clock: str, title: str, name: str, place: str,
                                                                        quote: str, after: str) -> None:
    assert _speakers(f"{clock}{title}{name}{place}: {quote}{after}") == [name]


@FAST
@given(person)
def test_a_scare_quote_and_a_question_asked_stay_what_they_were(name: str) -> None:
    assert _speakers(f"Prices rose in Seoul as the 「芯片战争」 widened, {name} and others found.") == []  # two words: a fragment
    assert _speakers(f"{name}: “critical”") == []  # no sentence inside the marks: a headline's scare quote
    assert _speakers(f"The hearing went on. “Will you resign?” {name} was asked.") == [None]
    assert _speakers(f"The hearing went on. “Will you resign?” {name} was asked by a reporter.") == [None]
