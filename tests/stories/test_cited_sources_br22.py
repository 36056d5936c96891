"""BR22 finding 1, as a kind: a firm is cited only where it supplies information about something else.

citedsources.sourced read a descriptor or a holder of information next to a newsmaker's name ("the research firm
X", ", a research firm based in Oslo,", "data from X", "analysts at X", "X reported that") as a citation whatever the
firm then did: "The Norwegian research firm Rystad Energy will cut 200 jobs" made the firm's own report "first
reported", AFP's a re-telling (BR22 s4). Now what the firm (or what it holds) does in the sentence decides: it
supplies information ("… said prices would fall", "data from X showed") — cited; it acts, undergoes something or
speaks of itself ("will cut", "was stolen", "said it would cut", "reported that its revenue fell") — in the news.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.citedsources import sourced
from briefgen.analyse.credits import credit_finder

FIRMS = ("Rystad Energy", "CRU Group", "Andes Analytics Company")
# where the firm is named: a descriptor before it, an apposition, a holder of information
FRAMES = ("The Norwegian research firm {p}", "The energy consultancy {p}", "{p}, a research firm based in Oslo,",
          "{p}, a Chilean consultancy,", "Analysts at {p}", "Data from {p}", "{p} analysts", "{p}'s latest figures")
# what it then does: in the news (acts, undergoes, speaks of itself) ...
IN_THE_NEWS = ("will cut 200 jobs", "is cutting 200 jobs", "was sold to a rival on Monday", "were fined by regulators",
               "said on Monday it would cut 200 jobs", "said that its revenue fell", "were stolen in a cyber attack",
               "has agreed to merge with a rival", "resigned on Monday", "expects to cut 200 jobs")
# ... or supplies information about something else
SUPPLIES = ("said prices would fall", "showed that output fell", "estimated that output fell 3 per cent",
            "said on Monday that copper supply was tight", "expects prices to rise")
FINDER = credit_finder(("AFP", "Rystad Energy", "CRU Group", "Andes Analytics Company"))


def _key(firm: str) -> tuple[str, ...]:
    return (firm.lower(),)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(FRAMES), st.sampled_from(IN_THE_NEWS))
def test_a_firm_in_the_news_is_not_cited(firm: str, frame: str, news: str) -> None:
    """Failed before (at 87aed255) for every frame: the firm was 'cited' and so no party."""
    text = f"{frame.format(p=firm)} {news}. Oil prices rose."
    assert sourced("", text, FINDER) == (), text


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(FRAMES), st.sampled_from(SUPPLIES))
def test_a_firm_supplying_information_is_cited(firm: str, frame: str, supplies: str) -> None:
    text = f"Copper output fell in March. {frame.format(p=firm)} {supplies}."
    assert sourced("", text, FINDER) == _key(firm), text


def test_the_reported_inputs() -> None:
    """BR22's cs.py: each was 'cited' at 87aed255; 'according to' still cites."""
    for text in ("The Norwegian research firm Rystad Energy said on Monday it would cut 200 jobs as clients cut "
                 "spending.", "Rystad Energy, a research firm based in Oslo, said on Monday it would cut 200 jobs.",
                 "Rystad Energy reported that its revenue fell 10 per cent and that it would be sold to a rival.",
                 "Data from Rystad Energy was stolen in a cyber attack on Monday, the company said.",
                 "Analysts at Rystad Energy were fined by regulators on Monday for leaking forecasts.",
                 "KKR agreed to buy the consultancy Rystad Energy for $1bn on Monday.",
                 "The Norwegian research firm Rystad Energy will cut 200 jobs."):
        assert sourced("Oil consultancy to cut 200 jobs", text, FINDER) == (), text
    for text in ("Oil demand will fall, according to Rystad Energy.", "Output fell, based on data from Rystad Energy.",
                 "Data from Rystad Energy released on Monday showed output fell.",
                 "Rystad Energy reported that the minister resigned.", "Output fell, Rystad Energy estimated."):
        assert sourced("Demand falls", text, FINDER) == ("rystad energy",), text


NEWSROOM_BRANDS = ("Star", "Post", "Press", "Herald", "Chronicle", "Daily", "Globe", "Sun", "Mirror")
TRADES = ("Entertainment", "Metal Aluminium", "Investment", "Minerals", "Harvest", "Energy", "Mining")
HEADS = ("Group", "Holdings", "Trust", "Ltd", "Inc", "Corp", "plc")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(NEWSROOM_BRANDS), st.sampled_from(TRADES), st.sampled_from(HEADS))
def test_a_newsroom_word_in_a_companys_name_is_a_brand(brand: str, trade: str, head: str) -> None:
    """BR22 finding 2: 'Star Entertainment Group' is a casino company, a newsmaker (its release a party's statement).
    Failed before (at 87aed255): any newsroom word in a company's name made it a news group."""
    from briefgen.analyse.credit_newsmakers import newsmaker
    assert newsmaker(f"{brand} {trade} {head}")


def test_news_groups_and_the_reported_names() -> None:
    from briefgen.analyse.credit_newsmakers import newsmaker
    for name in ("Star Entertainment Group", "Post Holdings", "Press Metal Aluminium Holdings",
                 "Herald Investment Trust", "Chronicle Minerals Ltd", "Daily Harvest Inc", "The Media Trust"):
        assert newsmaker(name), name
    for name in ("News Corp", "Tribune Publishing Company", "Herald Media Group", "Daily Mail and General Trust",
                 "Star Media Group", "Lee Newspapers Inc"):
        assert not newsmaker(name), name
