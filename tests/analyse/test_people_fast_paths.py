"""Fast paths of the people analysis (find_people, names_in; 2026-12-06, OP1): each gives what the plain form gave.

- orgnames.DO_PARTICLE opens with "(?=do)", so that nameruns.RUN tries its look-behinds only before a "do": RUN finds
  the runs it found without it;
- datelineplaces.dateline_places scans from newline to newline (`_AFTER_NEWLINE`) for what DATELINE (^, re.M) finds;
- nameparticles.joined_particles asks particle_gap only of gaps `_GAP` matches whole: the runs are joined as before;
- orgnames.firms_and_things reads each mention's context once (_shown_elsewhere skips the mentions already read);
- speakergender.frame_gender reads a sentence's titles with one pattern, not one compiled for each speaker's name;
- sentences.sentence_spans trims each span by reading its characters (quotes_in's sentences), copying no piece.
Over texts of the words these rules read, and the reported inputs of the rules' own tests.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse import datelineplaces, nameparticles, nameruns, orgnames, sentences
from briefgen.analyse.andnames import name_runs
from briefgen.analyse.lexicon import ORG_NAMES
from briefgen.analyse.names import names_in
from briefgen.analyse.nameparticles import joined_particles, particle_gap
from briefgen.analyse.quoteresult import Quote
from briefgen.analyse.runspans import RunSpan
from briefgen.analyse.speakergender import frame_gender

SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = ["Banco", "do", "Brasil", "Why", "How", "Americans", "the British", "They", "Maria", "Carmo", "Let Labour",
          "Maarten", "ter", "ten", "te", "op", "het", "in", "'t", "af", "von", "der", "de", "Horst", "Veld", "Cate",
          "Prof.", "Mr", "HARWICK", "ST. BRENN", "NATO", "BBC", ",", " England", "(AP)", "(Reuters)", "Dec 1", "—", "--",
          "-", ":", "said", "firm", "Fenwick Lisle", "shares in", "'s board", "customers", "x", " ", " ", "  ", "\t",
          "\n", "\n\n", "\n\n\n", ".", "“", "”"]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
                  st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.text(max_size=80))
_UNGUARDED_RUN = re.compile(nameruns.RUN.pattern.replace("(?=do)(?<!Why )", "(?<!Why )"))


def _spans(runs: list) -> list[tuple[int, int]]:
    return [(run.start(), run.end()) for run in runs]


def _joined_plainly(text: str, runs: list) -> list:
    """joined_particles as it was: particle_gap asked of every two runs."""
    out: list = []
    for run in runs:
        last = out[-1] if out else None
        if last is not None and particle_gap(text, last.group(), run.group(), text[last.end():run.start()]):
            out[-1] = RunSpan(text, last.start(), run.end())
        else:
            out.append(run)
    return out


def _dateline_places_plainly(text: str) -> set[int]:
    starts: set[int] = set()
    for m in datelineplaces.DATELINE.finditer(text):
        if m.group("more") or m.group("agency") or m.group("place").lower() not in ORG_NAMES:
            starts.update(word.start() + m.start("place") for word in re.finditer(r"\S+", m.group("place")))
    return starts


@SETTINGS
@given(texts)
def test_the_guarded_do_finds_the_same_runs(text: str) -> None:
    assert orgnames.DO_PARTICLE.startswith("(?=do)") and orgnames.DO_PARTICLE.endswith("do")
    assert _spans(list(nameruns.RUN.finditer(text))) == _spans(list(_UNGUARDED_RUN.finditer(text)))


_DATELINE = st.builds("{}{}{}{}{}{}{}".format, st.sampled_from(["", " ", "\t", "  "]),
                      st.sampled_from(["HARWICK", "ST. BRENN", "NEW DELHI", "NATO", "BBC", "Harwick", "X"]),
                      st.sampled_from(["", ", England", ", Dec 1", ", England, Oct 2"]), st.sampled_from(["", " (AP)", " (Reuters) "]),
                      st.sampled_from([" —", " --", " -", ":", "—", " –"]), st.sampled_from([" ", "\t", "", "\n"]),
                      st.sampled_from(["x", "The council said", ""]))
_LINES = st.lists(_DATELINE | st.sampled_from(["", " ", "x y", "NATO — the alliance"]) | st.text(max_size=20), max_size=6)


@SETTINGS
@given(st.tuples(_LINES, st.sampled_from(["\n", "\n\n", "\n\n\n", " \n"])).map(lambda p: p[1].join(p[0])))
def test_datelines_from_newline_to_newline(text: str) -> None:
    assert datelineplaces.dateline_places(text) == _dateline_places_plainly(text)


@SETTINGS
@given(texts)
def test_particles_join_runs_as_before(text: str) -> None:
    runs = name_runs(text)
    assert _spans(joined_particles(text, runs)) == _spans(_joined_plainly(text, runs))


def test_the_reported_shapes() -> None:
    for text in ("Prof. Maarten ter Horst said", "Gerrit ten Cate and Ole af Geijerstam", "Sophie in 't Veld said",
                 "Meanwhile ten Britons died", "HARWICK, England (AP) — x", "Banco do Brasil said", "Why do Americans"):
        runs = name_runs(text)
        assert _spans(joined_particles(text, runs)) == _spans(_joined_plainly(text, runs))
        assert datelineplaces.dateline_places(text) == _dateline_places_plainly(text)
    assert [m.full for m in names_in("", "Prof. Maarten ter Horst said the dyke would hold.")] == ["Maarten ter Horst"]
    assert datelineplaces.dateline_places("x\nST. BRENN — y") == {2, 6}
    assert datelineplaces.dateline_places("x\n\t HARWICK, England (AP) — y\n\nNATO — z") == {4}
    assert nameparticles.joined_particles("", []) == []


FIRM_TEXTS = ["Fenwick Lisle", "Fenwick Lisle said", "buyout firm Fenwick Lisle", "Shares in Fenwick Lisle fell",
              "Fenwick Lisle's board", "Fenwick Lisle customers", "Anna Berg", "Anna Berg said", "Brannock", "Brannock's chief executive",
              ".", ",", " ", "\n\n", "the", "The operator, Fenwick Lisle, wants", "an analyst at Fenwick Lisle"]


@SETTINGS
@given(st.lists(st.sampled_from(FIRM_TEXTS), max_size=12).map(" ".join))
def test_firms_read_once_read_the_same(text: str) -> None:
    """firms_and_things with `_shown_elsewhere` told the mentions already read equals it reading them again."""
    mentions = [tuple(m.__getattribute__(f) for f in ("surface", "start", "end", "kind", "full", "title", "in_title"))
                for m in names_in("", text)]
    again = orgnames._shown_elsewhere
    try:
        orgnames._shown_elsewhere = lambda text, surface, read: again(text, surface, set())
        plain = orgnames.firms_and_things(text, list(mentions))
    finally:
        orgnames._shown_elsewhere = again
    assert orgnames.firms_and_things(text, list(mentions)) == plain


_GENDER_PIECES = ["Mr", "Mrs", "Ms", "Miss", "Sir", "Lady", "Dame", "Lord", ".", " ", "  ", "\n", "Smith", "Smiths",
                  "Jo Smith", "Jo", "x", "-", "é", "’", "said", "Mr.", "MrSmith", "Mrs.\u00a0"]


@SETTINGS
@given(st.lists(st.sampled_from(_GENDER_PIECES), max_size=14).map("".join),
       st.sampled_from(["Smith", "Jo Smith", "Smith.", " Smith", "Jo", "é", "Smith-", ".", "Mr Smith"]))
def test_a_frame_s_title_read_once_a_sentence(sentence: str, speaker: str) -> None:
    """speakergender.frame_gender reads the titles of a sentence with one pattern and compares the speaker's name as
    written: what the pattern made for each speaker found."""
    plain = re.search(rf"\b(Mr|Sir|Lord|Ms|Mrs|Miss|Dame|Lady)\.?\s+{re.escape(speaker)}\b", sentence)
    quote = Quote(text="x", start=0, end=1, speaker=speaker, name=speaker, kind="person", frame="said-after",
                  sentence=sentence, in_title=False)
    assert frame_gender(quote) == ("" if plain is None else "m" if plain.group(1) in ("Mr", "Sir", "Lord") else "f")


def _sentence_spans_plainly(text: str, start: int, end: int | None) -> tuple[tuple[int, int], ...]:
    """sentences.sentence_spans as it was: each span's piece copied and stripped."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in sentences._CANDIDATE.finditer(text, start, end):
        if sentences._is_boundary(text, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, end))
    result = []
    for s, e in spans:
        piece = text[s:e]
        lead, trail = len(piece) - len(piece.lstrip()), len(piece.rstrip())
        if trail > lead:
            result.append((s + lead, s + trail))
    return tuple(result)


_SENTENCE_PIECES = ["Mr.", " ", "\n", "\n\n", "\u00a0", "\u2003", "\u2029", "\x1c", "A", "b", ".", "!", "?", "“", "”",
                    "He said.", "U.S.", "\t", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=20).map("".join), st.integers(0, 30),
       st.none() | st.integers(0, 30))
def test_sentences_trimmed_without_copies(text: str, start: int, end: int | None) -> None:
    """sentences.sentence_spans leaves out each span's white space by reading characters, as strip did."""
    assert sentences.sentence_spans(text, start, end) == _sentence_spans_plainly(text, start, end)
