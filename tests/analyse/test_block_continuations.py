"""A quotation alone in a block quotation after a paragraph whose quotation closed is nobody's continuation; a paragraph
continues it (BBC and Guardian copy: a breaker's five shapes, 2026-12-05, late
night, which a first rule stopping at every paragraph lost), as does a quotation the press runs on over paragraphs
(AP/Reuters style), and "X said:" before a block quotation keeps X's (paragraphquotes.py). Issue 9, 2026-12-05: a tester's port-strike briefing (/tmp/t10, finding 4) gave a memo in a
`<blockquote>` to the union leader quoted just before it, who opposes the memo."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in
from briefgen.load.markup import MarkdownRenderer
from briefgen.load.plaintext import plain_blocks

_MEMO = ("<p>Ilsabet Moraneck, general secretary of the Harbour Workers' Federation, said the union had never been "
         "consulted. “We learn about our own future from a leaked document,” she said.</p><blockquote><p>“A phased "
         "transition to remote operation of berths 4–7 is recommended.”</p></blockquote><p>Read the key passages.</p>")


def _said(html: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.name) for q in quotes_in("", plain_blocks(html))]


def test_the_reported_memo_is_nobody_s():
    assert _said(_MEMO) == [("We learn about our own future from a leaked document", "Ilsabet Moraneck"),
                            ("A phased transition to remote operation of berths 4–7 is recommended.", None)]


def test_a_markdown_block_quotation_is_nobody_s():
    html = MarkdownRenderer().render("“We will not sign,” Anna Berg said.\n\n> “The berths will be automated by "
                                     "2028, and the crews retrained.”\n", "t")
    assert [name for _, name in _said(html)] == ["Anna Berg", None]


_BLOCKS = st.sampled_from(("<blockquote><p>{}</p></blockquote>", "<blockquote>{}</blockquote>",
                           "<blockquote><p>{}</p><p>Page 2 of the memo.</p></blockquote>"))
_WORDS = st.sampled_from(("A phased transition to remote operation is recommended.",
                          "The berths will close in the spring of next year.",
                          "No compulsory redundancies for any of the crews"))


@FAST
@given(word, word, st.sampled_from(("she said", "said {}", "{} said", "{} told reporters")), _BLOCKS, _WORDS)
def test_a_block_after_a_closed_quotation_is_no_continuation(first, second, frame, block, words):
    name = f"{first} {second}"
    said = frame.format(name) if "{}" in frame else frame
    lead = f"<p>{name} spoke at the gate.</p>" if "{}" not in frame else ""
    html = f"{lead}<p>“We will not sign this agreement,” {said}.</p>" + block.format(f"“{words}”")
    found = _said(html)
    assert found[-1] == (words.rstrip("."), None) or found[-1] == (words, None), (html, found)


@FAST
@given(word, word, st.sampled_from(("said", "told reporters")))
def test_a_quotation_run_on_over_paragraphs_keeps_its_speaker(first, second, verb):
    name = f"{first} {second}"
    html = (f"<p>“We will not sign,” {name} {verb}. “The port belongs to the people who work it.</p>"
            "<p>“We will be back tomorrow, and the day after that.”</p>")
    assert [n for _, n in _said(html)] == [name, name, name], html


@FAST
@given(word, word)
def test_a_colon_lead_in_before_a_block_quotation_is_the_speaker_s(first, second):
    name = f"{first} {second}"
    html = f"<p>{name} said:</p><blockquote><p>“The berths will close in the spring of next year.”</p></blockquote>"
    assert [n for _, n in _said(html)] == [name], html


def test_within_a_paragraph_the_continuation_stays():
    html = "<p>“We will not sign,” Anna Berg said. “The port belongs to the people who work it.”</p>"
    assert [n for _, n in _said(html)] == ["Anna Berg", "Anna Berg"]


@FAST
@given(word, word, st.sampled_from(("she said", "said {}", "{} said", "{} told reporters")), _WORDS,
       st.integers(1, 3))
def test_a_paragraph_after_a_closed_quotation_continues_it(first, second, frame, words, paragraphs):
    """"Mr Reid said: “It was terrifying.” ¶ “The water came in so fast …”": each paragraph that is a quotation alone
    is the same speaker's (a breaker's, 2026-12-05, late night: old right, the first rule none)."""
    name = f"{first} {second}"
    said = frame.format(name) if "{}" in frame else frame
    lead = f"<p>{name} spoke at the gate.</p>" if "{}" not in frame else ""
    html = f"{lead}<p>“We will not sign this agreement,” {said}.</p>" + f"<p>“{words}”</p>" * paragraphs
    assert [n for _, n in _said(html)][-paragraphs:] == [name] * paragraphs, html
