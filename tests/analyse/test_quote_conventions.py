"""Every quotation-mark convention in use is read as a quotation, and one inside another as part of it.

A trial: 'The minister said 「we will not sign」.' (a Japanese-style English article) gave no quote:
quotemarks.pair_marks read „…“, „…”, «…» and »…« only, and single marks (‘…’, ‚…‘, ‹…›, '…') only
inside a double-quoted quotation. The conventions are CLDR's delimiters by language, with the German
and Swedish guillemets (quotemarks._CLOSERS); an apostrophe in or before a word (don’t, Kyiv’s, the
’90s) or a plural possessive inside a quotation (the farmers’ plan) never opens or ends one.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotemarks import pair_marks, quotations
from briefgen.analyse.quotes import quotes_in
from test_quote_frames import MARK_STYLES
from test_speaker_properties import person

FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])

CONVENTIONS = [("“", "”"), *MARK_STYLES]
NESTINGS = [  # (outer, inner) as CLDR pairs them, and a few mixed ones
    (("“", "”"), ("‘", "’")), (("‘", "’"), ("“", "”")), (('"', '"'), ("'", "'")), (("'", "'"), ('"', '"')),
    (("„", "“"), ("‚", "‘")), (("„", "”"), ("«", "»")), (("«", "»"), ("„", "“")), (("«", "»"), ("‹", "›")),
    (("«", "»"), ("“", "”")), (("« ", " »"), ("« ", " »")), (("»", "«"), ("›", "‹")), (("「", "」"), ("『", "』")),
    (("”", "”"), ("’", "’")), (("“", "”"), ("「", "」")), (("«", "»"), ('"', '"')),
    (("”", "“"), ("«", "»")), (("〝", "〟"), ("「", "」")), (("〝", "〞"), ("『", "』")),
]
VERBS = ["said", "told reporters", "added", "warned"]
WORDS = ["we", "will", "not", "sign", "this", "deal", "today", "the", "plan", "is", "dead", "don’t", "won’t",
         "Kyiv’s", "Zelensky’s", "it's", "can't", "the farmers’ union", "the officials' view", "in the ’90s",
         "rock 'n' roll", "rock ‘n’ roll", "rock ’n’ roll", "rock 'n roll", "'til dawn", "give 'em", "’til",
         "'cause", "at two o'clock"]  # elisions: a trial cut 'We played rock 'n' roll,' to "n' roll"
LEADS = ["{name}’s aide said the officials’ plan won’t work. ", "{name}'s aide said the officials' plan won't work "
         "as it did in the '90s and ’00s. ", "It’s the farmers’ call, rock ’n’ roll, ‘90s style. "]
quoted = st.lists(st.sampled_from(WORDS), min_size=2, max_size=10).map(lambda words: " ".join(["We", "will", *words]))


def attributed(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip().rstrip(",").rstrip(), q.name) for q in quotes_in("", text)]


@FAST
@given(st.sampled_from(CONVENTIONS), person, st.sampled_from(VERBS), quoted, st.sampled_from(["", *LEADS]))
def test_every_convention_gives_the_quote_its_speaker(marks: tuple[str, str], name: str, verb: str, words: str,
                                                      lead: str) -> None:
    """The quote and its speaker, in either order; apostrophes before it (`LEADS`) open nothing."""
    opening, closing = marks
    lead = lead.format(name=name)
    assert pair_marks(lead) == lead
    for text in (f"{name} {verb} {opening}{words}{closing}.",
                 f"{opening}{words}{closing}, {name} {verb}.",
                 f"{opening}{words},{closing} {name} {verb}."):
        assert attributed(f"{lead}{text}") == [(words, name)], f"{lead}{text}"


@FAST
@given(st.sampled_from(NESTINGS), person, st.sampled_from(VERBS), quoted, quoted)
def test_a_quotation_inside_another_is_part_of_it(nesting: tuple[tuple[str, str], tuple[str, str]], name: str,
                                                   verb: str, words: str, inner: str) -> None:
    (opening, closing), (inner_opening, inner_closing) = nesting
    whole = f"{words} {inner_opening}{inner.lower()}{inner_closing} today"
    for text in (f"{name} {verb} {opening}{whole}{closing}.", f"{opening}{whole}{closing}, {name} {verb}."):
        assert attributed(text) == [(whole, name)], text


@pytest.mark.parametrize(("text", "speaker"), [
    ("The minister said 「we will not sign」.", None),  # the reported case: a title alone names no one
    ("Foreign Minister Dmytro Kuleba said 「we will not sign」.", "Dmytro Kuleba"),
    ("「We will not sign」, the minister, Dmytro Kuleba, said.", "Dmytro Kuleba"),
])
def test_the_trial_case(text: str, speaker: str | None) -> None:
    """Read as its “…” form is: the quote found, with the speaker its frame names."""
    english = text.replace("「", "“").replace("」", "”")
    found = [(q.text, q.name, q.frame) for q in quotes_in("", text)]
    assert found == [(q.text, q.name, q.frame) for q in quotes_in("", english)]
    assert [(words.lower(), name) for words, name, _ in found] == [("we will not sign", speaker)]


@pytest.mark.parametrize(("text", "quote"), [
    ("”نحن لن نتراجع عن هذا القرار“، قال وزير الخارجية.", "نحن لن نتراجع عن هذا القرار"),  # Arabic, logical order
    ("Foreign Minister Sami Haddad said ”we will not retreat from this decision“ on Monday.",
     "we will not retreat from this decision"),
    ("〝We will not retreat from this decision,〟 said Kenji Sato.", "We will not retreat from this decision"),
    ("佐藤大臣は〝我々はこの決定から退かない〞と述べた。", "我々はこの決定から退かない"),
])
def test_arabic_and_double_prime_marks_are_read(text: str, quote: str) -> None:
    """A trial: ”…“ (CLDR ar, ur) and 〝…〟 / 〝…〞 gave no quotation (quotemarks._CLOSERS lacked them)."""
    paired = pair_marks(text)
    assert [paired[s:e].rstrip(",") for s, e in quotations(paired)] == [quote]


@pytest.mark.parametrize(("text", "quote"), [
    ("'We played rock 'n' roll until two o'clock,' said Marek Dunn.", "We played rock 'n' roll until two o'clock"),
    ("‘We’ll wait ‘til Monday,’ said Marek Dunn.", "We’ll wait ‘til Monday"),
    ("Dunn said: 'Give 'em hell, and play rock 'n' roll.'", "Give 'em hell, and play rock 'n' roll."),
    ("„Wir spielen Rock ‚n‘ Roll bis zwei Uhr“, sagte Marek Dunn.", "Wir spielen Rock ‚n‘ Roll bis zwei Uhr"),
])
def test_an_elision_inside_a_single_quoted_quotation_neither_opens_nor_ends_one(text: str, quote: str) -> None:
    """A trial: 'We played rock 'n' roll until two o'clock,' said Marek Dunn. gave the quote "n' roll until two
    o'clock": the 'n' pair read as a nested quotation whose end was taken for a plural possessive."""
    assert [q.text for q in quotes_in("", text)] == [quote]
