"""Parties to the news: a story's members published by an organisation the story is about (its own statement).

A briefing's `sources:` may list a company, a ministry or a union beside the newsrooms (credit_newsmakers.py). Its
press release is the party's word, not reporting: issue 9's "first reported by" measures original reporting, as
Google News labels it, and a statement is what reporters report. The T17 trial (2026-12-06) showed why it matters:
the mine operator Minera Atacama Norte's "Statement on the incident at El Tambo" (11:00) came before AFP's report
(14:10), so the biggest story was headlined by the press release — "First reported here by Minera Atacama Norte;
others re-tell a later report by AFP" — and the edition and the feed led with it; Pacifica's "the operator Minera
Atacama Norte said" made Pacifica's own report a credit of the company's.

Which outlets are parties (`parties`), per story: an outlet of a member is a party to the story when its name reads as
an organisation's, not a newsroom's (`credit_newsmakers.newsmaker`: "Northsound Ferries", "Skerrin Islands Council",
"University of Castlebridge", "Minera Atacama Norte" — a Spanish company's head word since T17), and another outlet's
member names it — every word of its name among that report's terms (`terms.term_of`), as `eventdays.live_statement`
reads the party a live blog follows: the organisation is in the news that report tells. Named by no other report, it
publishes news of its own (a union's bulletin alone in its story). A name that does not read as an organisation's (a
brand: "Tesco"), or a newsroom named like one, cannot be told so; a `kind:` of `sources:` would say it (not in the
spec). A report that names it only as the source of its information ("according to Rystad Energy", "data from CRU
Group showed", "Grupo Clarín reported that …": `Report.sourced`, citedsources.py) is no such evidence: a research firm
or a news group cited is where the news comes from, not what it is about (BR21, 2026-12-06: Rystad Energy's analysis,
published first, was a "statement" and AFP's report citing it "first reported"). Tried and not adopted: any outlet that another report names without crediting it — a newsroom recalled as
background ("au lendemain de révélations de La Voix du Poitou", T15) read as a party.

What follows (roles.assign_roles): a party's member is a "statement" — never the lead while a report is in the
story, never the report the story's first report is counted from (an outlet is still credited with it when the
statement came earlier) — and a credit of a party read from another member's text makes no re-telling: "the
operator Minera Atacama Norte said" is the company's word reported, not the company's reporting re-told. A `via:`
naming a party is the editor's word and stays.
"""
from __future__ import annotations

from typing import Sequence

from briefgen.analyse.credit_newsmakers import newsmaker
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.similarity import Report
from briefgen.analyse.terms import term_of, words
from briefgen.load.documents import Article


def parties(articles: Sequence[Article], reports: Sequence[Report]) -> frozenset[str]:
    """The `outlet_key`s of the outlets of a story's members (`articles` and their scoring `reports`, in one order)
    that are parties to its news (module docstring); frozenset() when none."""
    found = set()
    for name in dict.fromkeys(article.source for article in articles):
        if not newsmaker(name):  # (most outlets: newsrooms)
            continue
        key, named = outlet_key(name), [t for t in map(term_of, words(name)) if t]
        if named and any(report.source != key and set(named).issubset(report.terms)
                         and key not in report.sourced.split("\n") for report in reports):
            found.add(key)
    return frozenset(found)
