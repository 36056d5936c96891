"""FX88: a credit with a medium's word and an interposed phrase before its verb, and outlet names that nest.

1. "The Guardian newspaper, citing sources, reported on Monday that …" credited no one: a descriptor noun after the
   name and an aside were each read (creditdescriptors.NOUN_AFTER, ASIDE), never both; nor a time between the name and
   its verb ("Le Monde daily on Tuesday reported"; creditdescriptors.WHEN).
2. With sources "BBC" and "BBC News", "BBC News reported" credited "BBC" (and with "Nikkei" and "Nikkei Asia",
   "Nikkei reported" credited "Nikkei Asia"): a known alias folded a site's name into another of its outlets
   (outletnests.py). The name written is credited, whatever the order of `sources:`.
Both fail on the code before (main f561b2ab). FX83's narrowing is kept ("Police said", "Sky said": no site outlet).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("El Altiplano", "Andes Business Wire", "Kaleva Radio News")
FINDER = credit_finder(SITE)
OUTLETS = ("The Guardian", "Reuters", "Le Monde", "Bloomberg", "Sky News", "The Financial Times", *SITE)
MEDIUMS = ("", " newspaper", " daily", " broadcaster", " news agency", " website", " magazine")
ASIDES = ("", ", citing sources,", ", citing people familiar with the matter,", ", quoting officials,",
          ", according to two officials,", ", which has a bureau in La Paz,", ", a rival,")
TIMES = ("", " on Tuesday", " on Monday evening", " late on Sunday", " earlier", " yesterday", " this week")
VERBS = ("reported", "revealed", "wrote", "reported on Monday", "first reported", "said")
LEAD = "the lithium deal was off."


def _credited(text: str, finder=FINDER) -> list[str]:
    return [c.outlet for c in detect_credits(text, finder)]


def _name(outlet: str) -> str:
    return {"The Financial Times": "Financial Times"}.get(outlet, outlet)


def test_the_reported_inputs() -> None:
    assert _credited(f"The Guardian newspaper, citing sources, reported on Monday that {LEAD}") == ["The Guardian"]
    assert _credited(f"Reuters news agency, quoting officials, reported that {LEAD}") == ["Reuters"]
    assert _credited(f"Le Monde daily on Tuesday reported that {LEAD}") == ["Le Monde"]
    assert _credited(f"El Altiplano newspaper, which first broke the story, reported that {LEAD}") == ["El Altiplano"]
    for order in (("BBC", "BBC News"), ("BBC News", "BBC")):
        assert _credited(f"BBC News reported that {LEAD}", credit_finder(order)) == ["BBC News"], order
        assert _credited(f"BBC reported that {LEAD}", credit_finder(order)) == ["BBC"], order


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(MEDIUMS), st.sampled_from(ASIDES), st.sampled_from(TIMES),
       st.sampled_from(VERBS), st.sampled_from(("", "The talks had stalled. ", "On Monday, ")))
@example("The Guardian", " newspaper", ", citing sources,", "", "reported on Monday", "")
@example("Le Monde", " daily", "", " on Tuesday", "reported", "")
@example("Reuters", " news agency", ", quoting officials,", " on Tuesday", "said", "")
def test_a_medium_word_and_an_interposed_phrase_keep_the_credit(outlet: str, medium: str, aside: str, time: str,
                                                                 verb: str, before: str) -> None:
    """Any outlet (known, the site's), medium word or none, aside or none, time or none, report verb: the outlet
    written is credited, once ("said" only where a medium word or an aside stands between — "Reuters said" is
    SAID_CUE's, a known or site outlet's name right before it — and after a time only after a day's name: "on
    Tuesday said", not "this week said", credits.py's trigger words)."""
    if verb == "said" and (not (medium or aside) or time and not time.endswith("day")):
        return
    text = f"{before}{outlet}{medium}{aside}{time} {verb} that {LEAD}"
    assert _credited(text) == [_name(outlet)], text


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(("Mr Ortega", "Goldman Sachs", "Cecobre", "Santiago", "Police", "The Kremlin", "Trump")),
       st.sampled_from(("", ", citing sources,", ", quoting officials,", ", a rival,")),
       st.sampled_from(TIMES), st.sampled_from(("reported", "said", "revealed")))
@example("Police", "", " on Tuesday", "said")
def test_a_name_that_is_no_outlet_stays_uncredited(name: str, aside: str, time: str, verb: str) -> None:
    """The interposed phrase makes no name an outlet: a person, a company, a place, a body credit nothing, with the
    site's "Police News", "Kremlin TV", "Trump Media" among its sources (FX83)."""
    finder = credit_finder((*SITE, "Police News", "Kremlin TV", "Trump Media", "Sky News"))
    assert _credited(f"{name}{aside}{time} {verb} that {LEAD}", finder) == []


NESTS = (("BBC", "BBC News"), ("Nikkei", "Nikkei Asia"), ("Reuters", "Reuters Breakingviews"), ("Sky", "Sky News"),
         ("The Times", "The Times of India"), ("Politico", "Politico Europe"), ("Bloomberg", "Bloomberg News"),
         ("Valley Radio", "Valley Radio News"), ("Xinhua", "Xinhua News Agency"), ("CBS", "CBS News"))
FRAMES = ("{} reported that " + LEAD, "The deal was off, {} reported.", "A minister told {} that " + LEAD,
          "According to {}, " + LEAD, "{}, citing sources, reported that " + LEAD, "{} newspaper on Tuesday reported "
          "that " + LEAD, "The deal, first reported by {}, was off.", "The deal was off, according to a {} report.")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(NESTS), st.data())
@example(("BBC", "BBC News"), None)
def test_the_longest_outlet_name_written_is_credited(nest: tuple[str, ...], data) -> None:
    """Sources whose names nest, listed in any order (beside others): the name the text writes is credited, never the
    shorter one it holds nor the longer one a known alias makes of it."""
    if data is None:  # (the reported input, each order)
        orders, written, frame = (nest, nest[::-1]), nest[1], FRAMES[0]
    else:
        orders = (data.draw(st.permutations((*nest, *data.draw(st.sets(st.sampled_from(SITE), max_size=2))))),)
        written, frame = data.draw(st.sampled_from(nest)), data.draw(st.sampled_from(FRAMES))
    for order in orders:
        text = frame.format(written)
        assert _credited(text, credit_finder(order)) == [written], (order, text)
