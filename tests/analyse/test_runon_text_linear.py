"""Run-on text costs the analyses work in proportion to its length (BR24, 2026-12-06).

A sentence without an end ("Foo Bar Baz Qux" × 8,000), one paragraph of quotations joined by commas, one list of
names: the analyses read each name, quotation and verb against its sentence, run or list, and several rescanned it
from its start for each one, so the work grew with the square of the length (24 s at 8,000 words, minutes past that).
The work is counted here (Python lines run inside briefgen, not seconds): doubling the input must about double it.
A one-word reference ("Berg said") was read against every person run before it, once per quotation: now the text's
runs are read once and each reference reads only the runs after the last one of its words.
The fast forms are compared with the forms they replaced (kept here) on generated texts (hypothesis).
"""
from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import andnames, sentences
from briefgen.analyse.andnames import MAX_JOINED, MAX_RUN_WORDS, name_runs
from briefgen.analyse.names import names_in
from briefgen.analyse.nameruns import RUN
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentences import MAX_SENTENCE, sentence_spans

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRST = ["Anna", "Jan", "Maria", "Peter", "Olga", "Tom", "Lena", "Karl"]
LAST = ["Berg", "Smith", "Novak", "Kowalski", "Reid", "Ortiz"]


def _lines_run(work, *args) -> int:
    """Python lines run in briefgen's own code by work(*args)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if "/briefgen/" in frame.f_code.co_filename else None

    sys.settrace(tracer)
    try:
        work(*args)
    finally:
        sys.settrace(None)
    return count


SHAPES = {  # the breaker's inputs (/tmp/br24/caps8000, names1200) and others of the kind
    "capitals without an end": lambda n: "Foo Bar Baz Qux " * (n // 4),
    "quotations joined by commas": lambda n: "".join(f'AnnaAx BergAy said "yes {i}", ' for i in range(n // 5)),
    "a list of names": lambda n: ", ".join(f"{FIRST[i % 8]} {LAST[i // 8 % 6]}" for i in range(n // 2)) + ".",
    "a list of names and a body": lambda n: ", ".join(f"{FIRST[i % 8]} {LAST[i // 8 % 6]}" for i in range(n // 2))
    + " and Anna Berg Union.",
    "titles of and for": lambda n: "Minister of State for Foo of Bar " * (n // 7),
    "references after a full name": lambda n: "Anna Berg spoke. " + "".join(f'"No {i}," Berg said. ' for i in range(n // 5)),
    "frames told with colons": lambda n: "".join(f'{FIRST[i % 3]} Berg{i} told reporters: "yes {i}", ' for i in range(n // 6)),
}


def test_work_grows_linearly_with_run_on_text():
    for shape, make in SHAPES.items():
        for analysis in (names_in, quotes_in):
            small = _lines_run(analysis, "Title", make(600))
            large = _lines_run(analysis, "Title", make(2400))
            # (linear: ×4; the square of the length made it ×16 and more; a little fixed work on each side)
            assert large <= 5 * small + 20_000, (shape, analysis.__name__, small, large)


def _old_spans(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """sentence_spans before MAX_SENTENCE."""
    end = len(text) if end is None else end
    spans = []
    for match in sentences._CANDIDATE.finditer(text, start, end):
        if sentences._is_boundary(text, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, end))
    return tuple((s, e) for s, e in ((s, min(e, len(text))) for s, e in spans)
                 for s, e in [(s + len(text[s:e]) - len(text[s:e].lstrip()), len(text[:e].rstrip()) if text[s:e].strip() else s)]
                 if e > s)


WORDS = ["Anna", "said", "the", ".", ",", "!", "?", " ", " ", "  ", "\n", "\n\n", "Mr.", "“", "”", "x" * 50, "y" * 700]
texts = st.lists(st.sampled_from(WORDS), max_size=80).map("".join)


@SETTINGS
@given(texts, st.integers(0, 40))
def test_sentences_are_cut_only_past_the_limit(text, start):
    start = min(start, len(text))
    old, new = _old_spans(text, start), sentence_spans(text, start)
    assert [s for s in new if s[1] - s[0] > MAX_SENTENCE] == []
    if all(e - s <= MAX_SENTENCE for s, e in old):
        assert new == old  # every sentence of ordinary text is as it was
    for (s, e), piece in ((o, [p for p in new if o[0] <= p[0] and p[1] <= o[1]]) for o in old):
        assert piece and piece[0][0] == s and piece[-1][1] == e  # a long one is cut into pieces that cover it
        assert "".join(text[a:b] for a, b in piece).replace(" ", "").replace("\n", "") == \
            text[s:e].replace(" ", "").replace("\n", "")


def _old_name_runs(text: str) -> list:
    """andnames.name_runs before the chain of commas was read once (andnames.py)."""
    runs = list(RUN.finditer(text))
    out: list = []
    k, count, starts = 0, len(runs), text.startswith
    while k < count:
        run = runs[k]
        end = run.end()
        if not (starts(" and ", end) or starts(", ", end)) or k + 1 == count:
            out.append(run)
            k += 1
            continue
        last = k
        while last + 1 < count and runs[last + 1].start() == runs[last].end() + 2 and starts(", ", runs[last].end()):
            last += 1
        after_the = text[max(0, run.start() - 4):run.start()] in ("the ", "The ")
        if (last + 1 < count and runs[last + 1].start() == runs[last].end() + 5 and starts(" and ", runs[last].end())
                and andnames.and_organisation(tuple(r.group() for r in runs[k:last + 2]), after_the)):
            out.append(andnames.Joined(text, run.start(), runs[last + 1].end()))
            k = last + 2
            continue
        if ((after_the or run.group()[:4] == "The ") and last + 2 < count and runs[last + 1].start() == runs[last].end() + 5
                and starts(" and ", runs[last].end()) and andnames._BRIDGE.fullmatch(text, runs[last + 1].end(), runs[last + 2].start())
                and andnames.and_organisation((*(r.group() for r in runs[k:last + 1]),
                                               text[runs[last + 1].start():runs[last + 2].end()]), True)):
            out.append(andnames.Joined(text, run.start(), runs[last + 2].end()))
            k = last + 3
            continue
        out.append(run)
        k += 1
    return out


NAME_PIECES = ["Anna", "Berg", "Food", "Allied", "Workers", "Union", "Fire", "Rescue", "Service", "Medicines",
               "Healthcare", "products", "Regulatory", "Agency", "the", "The", "and", ", ", " ", " and ", ".", "of"]


@SETTINGS
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=60).map(lambda w: " ".join(w)))
def test_name_runs_as_before(text):
    spans = [(r.start(), r.end()) for r in name_runs(text)]
    runs = list(RUN.finditer(text))
    longest = max((len(r.group().split()) for r in runs), default=0)
    if longest <= MAX_RUN_WORDS and text.count(", ") < MAX_JOINED - 1:
        assert spans == [(r.start(), r.end()) for r in _old_name_runs(text)]


def test_long_runs_and_lists_are_read_in_pieces():
    text = "Foo Bar Baz Qux " * 30  # 120 capitalised words, one run
    pieces = name_runs(text)
    assert [len(p.group().split()) for p in pieces] == [MAX_RUN_WORDS] * 3
    assert " ".join(p.group() for p in pieces) == text.strip()
    names = ", ".join(f"{FIRST[i % 8]} {LAST[i // 8 % 6]}" for i in range(MAX_JOINED + 5)) + " and Trade Union"
    assert all(" and " not in run.group() for run in name_runs(names))  # no body's name of so many runs
    assert re.search(r"and", names)


NAME_TEXT = ["Anna Berg", "Jan Berg", "Berg", "Mr Berg", "Ms Berg", "Lord Berg", "Park Soo-min", "Park", "Maarten ter Horst",
             "Horst", "said", "told", "the", ".", ",", ". ", " ", "“No,”", "Mrs Justice Harker", "Harker", "Peter Chan Young",
             "Young", "Anna Berg's", "Berg of Finsbury", "The", "Then"]


@SETTINGS
@given(st.lists(st.sampled_from(NAME_TEXT), min_size=1, max_size=40).map(" ".join), st.sampled_from(["", "Anna Berg said."]))
def test_references_read_incrementally_as_from_the_start(text, context):
    """fullnames.full_name keeps, per text and reference, what the runs before its last reference gave, and reads the
    text's runs once: each result is what reading the runs before it from the start gives (the form it replaced)."""
    from briefgen.analyse import fullnames
    from briefgen.analyse.nameparticles import joined_particles
    from briefgen.analyse.nameruns import PERSON
    places = [(m.start(), m.group()) for m in re.finditer(r"\b(?:Berg|Park|Horst|Harker|Young)\b", text)]
    fullnames._RUNS.clear()
    fullnames._FOLDS.clear()
    new = [fullnames.full_name(text, context, surface, PERSON, at) for at, surface in places]
    plain = fullnames._runs_of
    try:
        old = []
        for at, surface in places:
            def truncated(source, at=at):  # the runs of the text before the reference, scanned to it, as before
                runs = joined_particles(source, list(RUN.finditer(source, 0, at if source is text else len(source))))
                return runs, [r.end() for r in runs]
            fullnames._runs_of = truncated
            fullnames._FOLDS.clear()
            old.append(fullnames.full_name(text, context, surface, PERSON, at))
    finally:
        fullnames._runs_of = plain
        fullnames._FOLDS.clear()
    assert new == old
