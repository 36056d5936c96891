"""A body named between an outlet's credit and "the agency" is what "the agency" stands for (FX58, BR34,
2026-12-07): "Reuters reported the approval. The European Medicines Agency (EMA) approved the drug. The agency said
more data was needed." credited Reuters with "The agency said".

    body_before(text, start, at)   # -> bool: a named body in text[start:at] that "the agency" at `at` may mean

shortnames.nearest_outlet read "the agency" as the outlet named or credited last before it, whatever was named
since. An agency in a news story is as often a public body as a news agency, and a pronoun-like "the agency" means
the agency named last (the rule credits.py already reads for outlets: the name before it). So when "the agency"
(qualified or not, but not "the news (press, wire) agency") follows, after the outlet's credit, a body's name — two
capitalised words or more, "of", "for", "and", "on" between them, ending in Agency, Organization (Organisation),
Authority, Administration, Commission, Office, Bureau, Institute, Directorate, Inspectorate, Programme or Fund
(`_HEAD`: the World Health Organization, the Environment Agency, the European Medicines Agency) — it stands for that
body and credits no one. A name of a news agency's shape ("Xinhua News Agency", "Saudi Press Agency":
agencynames) is no such body; an outlet named there is the nearest credit itself. "the newspaper", "the network"
are not read so: no body's name is so called.

A body named before the credit is that body too when "the agency" stands in the credit's own sentence (FX61, left
by FX58): "The European Medicines Agency approved the drug. According to Reuters, the agency said more data was
needed." — the sentence credits Reuters and tells what another agency said; it credited Reuters with "the agency
said" (`body_before_credit`). "the agency" in a later sentence after the credit is still the outlet. Only a body the
text may call "the agency" is so read (FX67, BR35: its name ends in Agency, Organization, Authority, Administration,
Commission, Bureau, Directorate, Inspectorate or Service, no news service's; not an Office, a Fund, an Institute or a
Programme: "The Office of the Prime Minister declined to comment. According to Reuters, the agency said …" is
Reuters' twice, as at s50).
"""
from __future__ import annotations

import re

from briefgen.analyse.sentences import first_end

_HEAD = (r"(?:Agency|Organization|Organisation|Authority|Administration|Commission|Office|Bureau|Institute"
         r"|Directorate|Inspectorate|Programme|Fund)")
_BODY = re.compile(rf"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’-]*)*\s+{_HEAD}\b")
_NEWS = re.compile(r"(?:News|Press|Presse|Telegraph|Wire)\s+Agency$")
_AGENCY = re.compile(r"(?:according to |cited by )?[Tt]he\s+(?:(?!news\b|press\b|wire\b)[\w-]+\s+){0,2}?agency\b")


def body_before(text: str, start: int, at: int) -> bool:
    """Whether "the agency" opens `text` at offset `at` and a named body (module docstring) stands in `text[start:at]`
    (`start`: where the outlet's credit ends). Offsets are character offsets into `text`."""
    if not _AGENCY.match(text, at):
        return False
    return any(not _NEWS.search(body.group(0)) for body in _BODY.finditer(text, start, at))


# the heads of a body the text may call "the agency" in the credit's own sentence (FX67, BR35): not an Office, a
# Fund, an Institute, a Programme ("The Office of the Prime Minister declined to comment. According to Reuters, the
# agency said …" lost Reuters' second credit); a Service is one ("the Federal Security Service")
_AGENCY_HEAD = r"(?:Agency|Organization|Organisation|Authority|Administration|Commission|Bureau|Directorate|Inspectorate|Service)"
_AGENCY_BODY = re.compile(rf"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’-]*)*\s+{_AGENCY_HEAD}\b")
_NEWS_SERVICE = re.compile(r"(?:News|Press|Presse|Telegraph|Wire)\s+(?:Agency|Service)$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*(?P<capital>\w)")  # (sentences.ends reads the capital)


def body_before_credit(text: str, since: int, credit: int, at: int) -> bool:
    """Whether "the agency" opens `text` at offset `at` in the sentence of the outlet's credit or name at offset
    `credit` (no sentence's end between them), and a named body (module docstring) stands in `text[since:credit]`
    (`since`: where the name or credit of an outlet before it ends). Offsets are character offsets into `text`."""
    if not _AGENCY.match(text, at) or first_end(_SENTENCE_END, text, credit, at + 1):
        return False
    return any(not _NEWS_SERVICE.search(body.group(0)) for body in _AGENCY_BODY.finditer(text, since, credit))
