"""A wire dateline opening a text ("LISFORD (Northern Wire) -", "SEOUL, Feb. 26 (Yonhap) --"): its pattern, shared by
the summary of an article (documents.summarise drops it) and the story analysis (analyse/wirecopy.py reads the agency
it credits). Defined here because the load stage may not import the analysis (tests/test_architecture.py).

A dateline is the place in capitals, perhaps a state or date, the agency in brackets, then a dash (an em or en dash, a
hyphen or two) and a space or tab. It never spans two lines.
"""
from __future__ import annotations

import re

DATELINE = re.compile(r"[ \t]*[A-Z][A-Z'\u2019.\-]+(?:[ \t]+[A-Z][A-Z'\u2019.\-]+)*"
                      r"(?:,[ \t]+[^\n(\u2014\u2013]{1,40}?)?[ \t]*\((?P<outlet>[^)\n]{1,40})\)[ \t]*"
                      r"(?:[\u2014\u2013]|--?)[ \t]")


def without_dateline(text: str) -> str:
    """`text` without the wire dateline it opens with, if any, nor the white space after it ("LISFORD (Northern
    Wire) - Westmarch Rail asked …" → "Westmarch Rail asked …"); as it is when it opens with none, or is only one.
    A trial's listings and feeds (T13, 2026-12-06) opened every agency report's summary with its dateline."""
    match = DATELINE.match(text) if "(" in text[:120] else None
    rest = text[match.end():].lstrip() if match is not None else text
    return rest or text
