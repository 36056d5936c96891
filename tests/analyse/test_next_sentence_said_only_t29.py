"""A quotation that ends its sentence keeps that sentence's speaker when the next sentence has a speech verb of its
own (T29 F1, FX99). `Julián Pérez said the pause was "the oldest trick in the book." The tribunal's spokeswoman said
only that …` gave the words to no one, and with a named subject ("Mary Jones said only that …") to the next sentence's
subject. The rules: verbends.verb_ends_clause (the words after the verb are whole words: "on" is not the start of
"only"; a reported clause after them is the verb's own) and ownframes.OwnFrames (the quotation's own sentence names
its speaker: the next sentence's frame is not its)."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_VERBS = ["said only that", "would say only that", "has so far said only that", "said merely that", "said simply that",
          "said just that", "said briefly that", "said later that", "said privately that", "said repeatedly that",
          "said instead that", "said on Monday that", "said in a statement that", "told reporters only that",
          "said only", "said.", "said later."]
_NEXT = ["{g2} {s2}", "Judge {g2} {s2}", "The tribunal's spokeswoman", "A spokeswoman", "The tribunal"]


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.name, q.text) for q in quotes_in("t", text)]


def test_reported_input() -> None:
    text = ('Julián Pérez, campaign manager for María Fernanda Ruiz de la Torre, said the pause was "the oldest trick in '
            'the book." The tribunal\'s spokeswoman said only that a review of transmissions from three provinces was '
            'under way.')
    assert _speakers(text) == [("Julián Pérez", "the oldest trick in the book.")]
    named = 'John Smith said the pause was "the oldest trick in the book." Mary Jones said only that a review was under way.'
    assert _speakers(named) == [("John Smith", "the oldest trick in the book.")]


@given(word, word, word, word, st.sampled_from(_NEXT), st.sampled_from(_VERBS))
@example("Julián", "Pérez", "Mary", "Jones", "{g2} {s2}", "would say only that")
@FAST
def test_the_next_sentence_never_takes_the_words(g1, s1, g2, s2, nxt, verb) -> None:
    if len({g1, s1, g2, s2}) < 4:
        return
    rest = "" if verb.endswith(".") else " a review was under way."
    text = f'{g1} {s1} said the pause was "the oldest trick in the book." {nxt.format(g2=g2, s2=s2)} {verb}{rest}'
    assert _speakers(text) == [(f"{g1} {s1}", "the oldest trick in the book.")], text


@given(word, word, st.sampled_from(["said.", "said later.", "said on Monday.", "told reporters.", "said later that day.",
                                    "said in a statement."]))
@FAST
def test_a_quotation_opening_its_sentence_keeps_the_frame_after(given_name, surname, verb) -> None:
    """The control: a quotation with no frame of its own is the next sentence's subject's when that verb ends its clause."""
    if given_name == surname:
        return
    text = f'The vote was delayed.\n\n"We will win." {given_name} {surname} {verb}'
    assert _speakers(text) == [(f"{given_name} {surname}", "We will win.")], text


@given(word, word, st.sampled_from(["said only that", "said later that", "said on Monday that"]))
@FAST
def test_a_next_sentence_with_its_own_clause_frames_nothing(given_name, surname, verb) -> None:
    """With no frame before it either, a terminal quotation is no one's rather than the next sentence's subject's."""
    if given_name == surname:
        return
    text = f'The vote was delayed.\n\n"We will win." {given_name} {surname} {verb} a review was under way.'
    assert [q.name for q in quotes_in("t", text)] == [None], text
