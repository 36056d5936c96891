"""A press verb frames a person's quotation but is no evidence that its subject is a person (analyse/pressframes.py).

The reported input (FX84, a breaker's cases, 2026-12-07): with pressverbs.PRESS_VERBS among lexicon.SPEECH_VERBS,
"Records revealed a gap in the accounts.", "Data revealed a gap.", "Prices affirmed the trend.", "Earnings underscored
the gloom." made persons, "“Funds were missing,” Records revealed." a speaker "Records", and a built site a People
page "records". The kind: a plural or common noun opening a sentence before any press verb is never a person nor a
speaker; a made-up full name (or a title and a name) before a press verb and a quotation still frames it.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)
from support.sites import MINIMAL_SITE, write_site

from briefgen.analyse.lexicon import SPEECH_VERBS
from briefgen.analyse.people import find_people
from briefgen.analyse.pressverbs import PRESS_VERBS
from briefgen.analyse.quotes import quotes_in
from briefgen.build import BuildOptions, build

NOUNS = ("Records", "Data", "Prices", "Earnings", "Tests", "Shares", "Documents", "Figures", "Results", "Audits",
         "Reports", "Surveys", "Studies", "Files", "Accounts")
PRESS_ONLY = sorted(PRESS_VERBS - SPEECH_VERBS)
SYLLABLES = ("ba", "de", "mi", "la", "tun", "ko", "ye", "se", "gun", "wa", "do", "ri", "je")
WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(PRESS_ONLY))
def test_a_noun_before_a_press_verb_is_no_person(noun: str, verb: str) -> None:
    for text in (f"{noun} {verb} a gap in the accounts.", f"“Funds were missing,” {noun} {verb}.",
                 f"{noun} {verb} that “funds were missing”.", f"“Funds were missing,” {verb} {noun}."):
        assert [n.full for n in find_people("x", text).named] == [], text
        assert [q.speaker for q in quotes_in("x", text)] in ([], [None]), text


@settings(max_examples=examples(150), deadline=None)
@given(WORD, WORD, st.sampled_from(PRESS_ONLY))
def test_a_full_name_before_a_press_verb_frames(given_name: str, surname: str, verb: str) -> None:
    name = f"{given_name} {surname}"
    assert [q.name for q in quotes_in("x", f"“Funds were missing,” {name} {verb}.")] == [name]
    assert [q.name for q in quotes_in("x", f"“Funds were missing,” Governor {surname} {verb}.")] == [surname]


def test_the_reported_sentences(tmp_path) -> None:
    for text in ("Records revealed a gap in the accounts.", "Data revealed a gap.", "Prices affirmed the trend.",
                 "Earnings underscored the gloom.", "“Funds were missing,” Records revealed."):
        assert [n.full for n in find_people("x", text).named] == [], text
    assert [q.speaker for q in quotes_in("x", "“Funds were missing,” Records revealed.")] == [None]
    body = ('Records revealed a gap in the accounts. “Funds were missing,” Records revealed. Data revealed a second '
            'gap. Prices affirmed the trend on Monday. Earnings underscored the gloom. “It will pass,” Musa Bello said.')
    files = {"config.yaml": MINIMAL_SITE["config.yaml"], "content/articles/wire-audit.md": (
        '---\ntitle: "audit"\nsource: WIRE\npublished: 2026-05-10T10:00:00Z\nurl: https://example.invalid/a\n---\n'
        + body + "\n")}
    site = write_site(tmp_path, files)
    assert build(site / "config.yaml", BuildOptions(jobs=1)).ok
    people = sorted(p.name for p in (site / "output/people").iterdir() if (p / "index.html").is_file())
    assert "records" not in people and "data" not in people and "prices" not in people, people
