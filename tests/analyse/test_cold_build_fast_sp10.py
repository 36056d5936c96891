"""The cold build's speed-ups of 2026-12-07 (afternoon, SP10) give what the forms they replaced give (hypothesis).

A story page's comparison (compare.compare_reports) was ~16 % of a 1,000-article cold build's CPU. Its figure slips
(slips.slips, slips.headline_slips) took each sentence's words less numbers once for every pair of sentences, and the
headlines' check compared every pair of body sentences to keep the headlines' pairs alone: the words are now taken
once a sentence and the headlines' check compares the headlines only. Each new form is compared here with the form
before, kept as the reference, on reports made of real sentences' figures (figures.figures) and terms.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.adds_frames import sentence_terms
from briefgen.analyse.figures import contradict, figures, same_figure
from briefgen.analyse.slips import _ends, _words, headline_slips, slipped, slips

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words of re-tellings that slip (slips.py's trials): figures at another power of ten or with two digits swapped,
# what they count, and the words around them
WORDS = ["£4.2m", "£42m", "£2.5m", "£25m", "£1.5m", "£15m", "340", "430", "350", "305", "2027", "2072", "45", "54",
         "three", "four", "thirty-one", "13", "31", "per cent", "%", "from", "to", "homes", "museum", "grant", "Fira",
         "Nova", "gymnasium", "were", "sleeping", "in", "the", "of", "protesters", "peaceful", "Work", "starts", "cut",
         "its", "annual", "by", "funding", "about", "a", "bid", "land", "for", "men", ",", "."]


def sentence() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


def reports() -> st.SearchStrategy[list[list[str]]]:
    return st.lists(st.lists(sentence(), max_size=5), min_size=1, max_size=4)


def _about_one_thing_before(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    mine, theirs = _words(mine), _words(theirs)
    context = mine & theirs
    return len(context) >= 2 or (bool(context) and mine == theirs)


def slips_before(found, terms):  # type: ignore[no-untyped-def]
    """slips.slips as it was before SP10 (the words taken once a pair)."""
    given = [[(i, tuple(end for f in fs for end in _ends(f))) for i, fs in enumerate(report) if fs] for report in found]
    every = [tuple(f for _, fs in report for f in fs) for report in given]
    given = [[(i, ends) for i, ends in report if any(end.digits >= 2 for end in ends)] for report in given]
    out = []
    for r in range(len(given)):
        for q in range(r + 1, len(given)):
            for i, mine in given[r]:
                for j, theirs in given[q]:
                    if not _about_one_thing_before(terms[r][i], terms[q][j]):
                        continue
                    if any(slipped(a, b) and not any(same_figure(a, other) for other in every[q])
                           and not any(same_figure(b, other) for other in every[r]) for a in mine for b in theirs):
                        out.append(((r, i), (q, j)))
    return out


def headline_slips_before(found, terms, headlines, headline_terms):  # type: ignore[no-untyped-def]
    """slips.headline_slips as it was before SP10 (every pair of the bodies' sentences compared, the headlines' kept)."""
    last = [len(report) for report in found]
    pairs = {(r, q) for (r, i), (q, j) in slips_before([[*report, h] for report, h in zip(found, headlines)],
                                                       [[*report, t] for report, t in zip(terms, headline_terms)])
             if i == last[r] and j == last[q]}
    return [(r, q) for r in range(len(headlines)) for q in range(r + 1, len(headlines))
            if headlines[r] and headlines[q] and ((r, q) in pairs or contradict(headlines[r], headlines[q]))]


def read(texts: list[list[str]]) -> tuple[list[list[tuple]], list[list[frozenset[str]]]]:
    return [[figures(s) for s in report] for report in texts], [[sentence_terms(s) for s in report] for report in texts]


@SETTINGS
@given(reports())
@example([["The museum's annual grant was cut from £4.2m to £2.5m."], ["Its funding for the museum, currently £42m."]])
@example([["Of those, 340 were sleeping in the Fira Nova gymnasium."],
          ["Officials said 430 of them were sleeping in the Fira Nova gymnasium."]])
@example([["Work starts in 2072."], ["Work starts in 2027."]])
@example([["The museum grant is £4.2m."], ["The museum grant for the town is £42m."]])  # (two words: MIN_CONTEXT)
def test_slips_as_before(texts: list[list[str]]) -> None:
    found, terms = read(texts)
    assert slips(found, terms) == slips_before(found, terms)


@SETTINGS
@given(reports(), st.lists(sentence(), min_size=4, max_size=4))
@example([["The museum's grant was cut by £1.7m."], ["Harcastle museum faces a funding cut."]],
         ["Council cut Harcastle museum grant by £1.7m", "Harcastle museum faces £17m funding cut", "", ""])
def test_headline_slips_as_before(texts: list[list[str]], titles: list[str]) -> None:
    found, terms = read(texts)
    titles = titles[:len(texts)]
    headlines, headline_terms = [figures(t) for t in titles], [sentence_terms(t) for t in titles]
    assert headline_slips(found, terms, headlines, headline_terms) == headline_slips_before(
        found, terms, headlines, headline_terms)


# Figures' number-word patterns are tried only where the lower-cased sentence holds their words' letters
# (figuregates.py): wherever a pattern matches, the test lets it run.
NUMBER_PIECES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
                 "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleven", "twelve",
                 "thirteen", "twenty", "forty", "hundred", "thousand", "half", "halves", "thirds", "quarters", "of",
                 "3rd", "21st", "2nd", "4th", "\u0663rd", "a", "an", "-", " ", "  ", "\n", ",", ".", "x", "s", "i", "t",
                 "\u0131", "\u017f", "\u0130", "\u212a", "\u00e9", "\u2019", "'", "_", "9", "e", "n", "y", "h", "f"]


def number_text() -> st.SearchStrategy[str]:
    every = sorted({*NUMBER_PIECES, *(p.upper() for p in NUMBER_PIECES), *(p.capitalize() for p in NUMBER_PIECES)})
    return st.one_of(st.lists(st.sampled_from(every), max_size=30).map("".join), st.text(max_size=60))


@SETTINGS
@given(number_text())
@example("\u017fix men")  # (ſ: the pattern reads it as "s")
@example("F\u0131ve")  # (ı as "i")
@example("F\u0130ve")  # (İ: "i" to the pattern, two characters lower-cased)
@example("\u0663rd")  # (an Arabic-Indic digit is a digit)
@example("Twenty-one thirds of")
def test_number_word_gates_let_every_match_through(text: str) -> None:
    from briefgen.analyse import figuregates, figures as figures_module, smallfigures

    assert figuregates.spelled_number(text) == (figuregates.SPELLED.search(text) is not None)
    if smallfigures._SMALL_CHEAP.search(text) is not None:
        assert figuregates.may_count(text)
    if figures_module._FRACTION.search(text) is not None:
        assert figuregates.may_hold(text, figuregates.FRACTION_LETTERS)
