"""Press-release and agency boilerplate: sentences that belong to no report's news (compare.py, 2026-12-05).

A trial's story pages (tests/stories/ferry, 2026-12-05) listed "Ends", "Notes to editors: Northsound Ferries operates
lifeline services …" and "This report was supplied by Reuters." as what a report adds, and a press release's notes to
editors stood in a row of "What some of the reports say" beside a fact they only repeat. Such lines are the
publisher's wrapping, not the report:
- an end mark, a paragraph of its own: "Ends", "ENDS", "- ends -", "-30-", "###", "# # #", "END";
- what follows an end mark, and a block of notes that opens "Notes to editors", "Note to editors", "Notes for
  editors", "Editor's notes", "For further information", "For more information", "Media contact(s)", "Press
  contact(s)", "Media enquiries" or "About <a name>" (a heading of at most six words, or "About X:"), with all after it;
- a supply or copyright line: "This report was supplied by Reuters.", "This article was provided by …", "This story
  first appeared in …", "Republished with permission …", "© Reuters 2026", "Copyright … All rights reserved.",
  "Distributed by …".
- a disclosure of how the text was made (2026-12-05, an airport trial's AI-assisted digest listed "This summary was
  produced with the help of AI tools and checked by an editor." as what it adds; a second trial found 8 of 9 other
  wordings missed): a short sentence, no quotation in it, that names AI (AI, artificial intelligence, a language
  model, a chatbot) and this text ("this article/post/update/…": "Parts of this article were generated with AI.",
  "We used AI to help write this story.") or opens with a participle of making ("Written with the help of
  artificial intelligence and reviewed by our health editor."). The article's `ai_assisted:` label is the site's
  way of saying so; the sentence adds no news. News of AI names no text of its own.
A sentence that says nothing of the news (`said_nothing`, T13, 2026-12-06: a blog's "Well." and "I think that is about
right." were listed as what it adds): eight words or fewer, no figure nor quotation, with a word of assent,
judgement or thanks ("well", "right", "yes", "fine", "true", "thanks" …) and no content term
(adds_frames.sentence_terms) but such words, is no addition either.
`boilerplate(sentences)` gives their indices. Staff credits ("(Reporting by …)") are bylines.py's.
An editor's aside, a paragraph that is the editor's word to the reader ("[Editor: the figures below were corrected on
12 May.]", "Editor's note: this article was updated …": load/editorasides.py), is no fact of the report either
(`editor_asides`, FX42, 2026-12-07: a tester's story page listed one among what the outlet adds); the story page shows
it as the editor's. Before, such a note was counted the report's own.
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.adds_frames import sentence_terms
from briefgen.analyse.capitals import CAPITAL
from briefgen.load.editorasides import editor_aside

_END_MARK = re.compile(r"\W*(?:ends?|end\s+of\s+(?:release|statement)|-\s*30\s*-|#\s*#\s*#)\W*", re.IGNORECASE)
_NOTES = re.compile(r"(?:notes?\s+(?:to|for)\s+editors?|editors?[\u2019']?\s*notes|for\s+(?:further|more)\s+"
                    r"information|(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)|about\s+[^\W\d_][^.!?:]{0,60}:)",  # (any letter: IGNORECASE)
                    re.IGNORECASE)
_ABOUT_HEADING = re.compile(rf"About\s+{CAPITAL}[\w\u2019'&.-]*(?:\s+[\w\u2019'&.-]+){{0,5}}")
_SUPPLY = re.compile(r"\W*(?:this\s+(?:report|article|story|piece|content)\s+(?:was|is|has\s+been)\s+(?:supplied|"
                     r"provided|syndicated|distributed|republished|reproduced|first\s+published|originally\s+"
                     r"published)|this\s+(?:report|article|story|piece)\s+(?:first|originally)\s+appeared|"
                     r"republished\s+with\s+permission|reproduced\s+with\s+permission|distributed\s+by\s|"
                     r"(?:\u00a9|copyright\b)[^.]{0,80}(?:all\s+rights\s+reserved|\d{4}))", re.IGNORECASE)
_AI_WORDS = (r"(?:AI|A\.I\.|artificial\s+intelligence|(?:large\s+)?language\s+models?|chatbots?|ChatGPT"
             r"|IA|I\.A\.|intelligence\s+artificielle|mod[èe]les?\s+de\s+langage)")  # (French: T15, 2026-12-06)
_AI = re.compile(rf"\b{_AI_WORDS}\b")
# A word every match of `_AI` holds (it is case-sensitive): a pattern of literals alone, which the engine finds by
# their letters, where `_AI`'s opening \b was tried at every position of every sentence of a story page's reports
# (~3.2 → ~1.2 µs a sentence over c1k's comparisons: 2026-12-07, SP13)
_AI_GATE = re.compile(r"AI|A\.I|IA|I\.A|artificial|language|langage|chatbot|ChatGPT|intelligence")
# This text, named as a disclosure names it ("this article", "parts of this story"), with a verb of making.
_THIS_TEXT = re.compile(r"\bthis\s+(?:is\s+an?\s+)?(?:[\w-]+\s+){0,2}(?:summary|article|story|report|piece|post|update|digest|briefing|"
                        r"newsletter|entry|page|text|content|item|round-?up|translation)\b"
                        r"|\b(?:cet|ce|cette)\s+(?:article|texte|contenu|résumé|dépêche|sujet|billet|brève)\b", re.IGNORECASE)
_MAKING = re.compile(r"\b(?:writ|wrote|produc|generat|creat|prepar|draft|compil|summari[sz]|translat|help|assist"
                     r"|rédig|génér|écrit|réalis|tradui|aide)\w*", re.IGNORECASE)
# Or a participle of making opening the sentence, AI its means: "Written with the help of artificial intelligence …".
_MADE_WITH = re.compile(r"\W*(?:written|produced|generated|created|prepared|drafted|compiled|summari[sz]ed|translated)"
                        rf"\s+(?:\w+\s+){{0,2}}?(?:with|by|using)\s+(?:the\s+(?:help|assistance|aid)\s+of\s+)?"
                        rf"(?:\w+\s+){{0,2}}?{_AI_WORDS}\b", re.IGNORECASE)
# French makes the same sentences with a participle after the noun ("Article généré avec l'aide d'une IA.", "Texte rédigé
# par une intelligence artificielle"), and credits an agency's copy on a line of its own: "Avec AFP", "(Avec l'AFP et
# Reuters)", "Avec agences" (T15, 2026-12-06: listed as what a report adds), as "This report was supplied by Reuters."
_FRENCH_MADE = re.compile(r"\W*(?:(?:article|texte|contenu|résumé)\s+)?(?:rédigée?s?|générée?s?|produite?s?|écrite?s?|"
                          r"créée?s?|réalisée?s?|traduite?s?)\s+(?:\w+\s+){0,2}?(?:avec|par|grâce\s+à)\s+"
                          rf"(?:l['\u2019]aide\s+d['\u2019]\s*|l['\u2019]assistance\s+d['\u2019]\s*)?(?:une?\s+|l['\u2019]\s*)?{_AI_WORDS}\b",
                          re.IGNORECASE)
_WITH_AGENCY = re.compile(r"\W*avec\s+(?:l['\u2019])?(?:AFP|Reuters|AP|ANSA|DPA|Belga|agences?)"
                          r"(?:\s*(?:,|et)\s*(?:l['\u2019])?(?:AFP|Reuters|AP|ANSA|DPA|Belga|agences?))*\W*", re.IGNORECASE)
_DISCLOSURE_WORDS = 35  # a disclosure is one short sentence


def boilerplate(sentences: Sequence[str]) -> frozenset[int]:
    """The indices of the press-release and agency boilerplate among a report's sentences, in order (module
    docstring): end marks and everything after the first, notes to editors and everything after them, supply,
    copyright and made-with-AI lines."""
    found: set[int] = set()
    for i, sentence in enumerate(sentences):
        text = sentence.strip()
        if _END_MARK.fullmatch(text) or _NOTES.match(text) or (i and _ABOUT_HEADING.fullmatch(text)):
            found.update(range(i, len(sentences)))
            break
        if _SUPPLY.match(text) or _WITH_AGENCY.fullmatch(text) or _made_with_ai(text):
            found.add(i)
    return frozenset(found)


def editor_asides(blocks: Sequence[Sequence[str]]) -> frozenset[int]:
    """The indices of the sentences of a report's editor's asides (module docstring), counted over all its sentences in
    order; `blocks`: the sentences of each of its paragraphs (compare.split_sentences of each)."""
    found: set[int] = set()
    at = 0
    for block in blocks:
        if block and editor_aside(" ".join(block)) is not None:
            found.update(range(at, at + len(block)))
        at += len(block)
    return frozenset(found)


_NOTHING = frozenset("""well right wrong true fine fair good yes no okay ok sure exactly indeed agreed enough thank
thanks anyway quite really absolutely course so""".split())
_WORDS = re.compile(r"[A-Za-z]+")
_MARKS = "\"\u201c\u201d\u2018"  # (a quotation is a voice: "Now they have nothing," she said; ’ is an apostrophe too)


def said_nothing(sentences: Sequence[str]) -> frozenset[int]:
    """The indices of the sentences that say nothing of the news (module docstring): of eight words or fewer, no
    figure and no quotation mark, with a word of assent, judgement or thanks and no content term but such words
    ("Well.", "I think that is about right.", "Thank you.", "Yes."); "The strike is off.", "It did not." and
    "“Now they have nothing.”" say something."""
    return frozenset(i for i, sentence in enumerate(sentences) if len(sentence.split()) <= 8
                     and not any(c.isdigit() or c in _MARKS for c in sentence)
                     and _NOTHING.intersection(w.lower() for w in _WORDS.findall(sentence))
                     and sentence_terms(sentence) <= _NOTHING)


def _made_with_ai(sentence: str) -> bool:
    """Whether `sentence` discloses how this text was made with AI (module docstring): it opens with a participle of
    making whose means is AI, or names AI, this text and a verb of making; it holds no quotation and is short
    (`_DISCLOSURE_WORDS`). News of AI ("The
    agency said it used AI tools to screen reports.") names no text of its own."""
    return (len(sentence.split()) <= _DISCLOSURE_WORDS and not any(m in sentence for m in '"\u201c\u201d')
            and (_MADE_WITH.match(sentence) is not None or _FRENCH_MADE.match(sentence) is not None or _AI_GATE.search(sentence) is not None
                 and _AI.search(sentence) is not None
                 and _THIS_TEXT.search(sentence) is not None and _MAKING.search(sentence) is not None))
