"""A report the article says was retracted in a later sentence is no credit: "CNN reported that the mayor had
resigned. CNN has since retracted the report." (FX51, 2026-12-07).

    without_retracted(text, credits)   # -> credits.Credit tuple: `credits` less those of a report retracted later

FX39 decided (docs/stories.md, credit_disowned.py): an article whose own words call a report wrong or retracted sets
its news against that report, not on it, so the report credits no one — "First reported by CNN" would show the
retracted report as the story's first. credit_disowned.py reads such words next to the credit ("a report by CNN,
since retracted", "CNN reported, wrongly, …"); FX39 left the retraction told in a sentence of its own after the credit.
It is read here: a clause opening a sentence (or after ", but", "; but") whose subject is the outlet — its name as the
credit writes it or a word of it ("The Post" of The Washington Post), "the newspaper (network, agency …)", "it" — and
whose verb retracts, withdraws, deletes, takes down or pulls its report (story, article, claim …); or whose subject
is the report itself ("The report was later retracted", "The story has since been deleted", "That report was
debunked"), or its subject is left out after "but" ("…, but later retracted the report"). A named outlet's credits
before that sentence are dropped; "the newspaper", "it", "the report" and a left-out subject stand for the outlet
credited last before it (within `LOOK_BACK` characters), whose credits before it are dropped — unless another report
(story, article, claim …) is told of after that credit ("Reuters reported that the ministry published a report. The
report was later withdrawn": the ministry's). A credit after the
retraction stands (a new report), as does a report "later corrected" or "updated" (amended, FX39's decision) and one
someone else denies ("The ministry said the report was false": not the article's word).
Only a report is so retracted (FX58, BR34): "it", a left-out subject and the passive need a report's noun (report,
story, article, piece, dispatch: `_REPORT`) — a newsmaker's tweet, post, claim or account deleted or debunked ("The
tweet was later deleted", "It later deleted the post", "The claim was later debunked") leaves the credit; the outlet
named or called "the newspaper" may retract any of its own (`_THING`). A passive's agent other than the outlet ("The
report was later retracted by the Gazette, which had first published it") leaves it too: only "by" the credited
outlet (its name, "the agency", "its editors") or no agent drops it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.analyse.outletkeys import bare, outlet_key

if TYPE_CHECKING:
    from briefgen.analyse.credits import Credit

LOOK_BACK = 600  # how far before "the newspaper retracted …" the credit it stands for may be (about three sentences)
_WORDS = ("retract", "withdr", "delet", "took down", "taken down", "pulled", "removed", "debunk", "discredit", "disprov",
          "proved", "proven", "shown to be")
_ADVERB = r"(?:(?:later|since|subsequently|quickly|swiftly|now|then|also)\s+)?"
_DID = (r"(?:retracted|withdrew|withdrawn|deleted|took\s+down|taken\s+down|pulled|removed)")
_DONE = (r"(?:retracted|withdrawn|deleted|taken\s+down|pulled|removed|debunked|discredited|disproved|disproven"
         r"|(?:proved|proven|shown)\s+(?:to\s+be\s+)?(?:false|wrong|untrue|inaccurate))")
# "The newspaper has since apologised and removed the article", "The paper later issued a retraction" (FX61, BR34's
# cred4: each credited the Daily Mail): an apology before the verb, a retraction issued (of the outlet's own report)
_APOLOGISED = r"(?:apologi[sz]ed|apologi[sz]ed\s+for\s+\w+\s+\w+|conceded\s+its\s+error)"
_ISSUED = r"(?:issued|published|printed|ran|posted)"
_THING = r"(?:report|reports|story|stories|article|articles|claim|claims|piece|account|dispatch|tweet|post)"
_REPORT = r"(?:report|reports|story|stories|article|articles|piece|pieces|dispatch)"  # a report's, never a newsmaker's
_GENERIC = r"(?:newspaper|paper|daily|network|agency|broadcaster|outlet|site|magazine|channel|station|tabloid|wire)"
_START = r"(?:^|(?<=[.!?])[\"”’)]?\s+|(?<=[.!?][\"”’)])\s+|[,;]\s+but\s+|;\s+)"
# "CNN has since retracted the report", "The newspaper later withdrew its story", "It deleted the article"
_ACTIVE = re.compile(
    rf"{_START}(?P<subject>[Ii]t|[Tt]he\s+{_GENERIC}|(?:[Tt]he\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,4}}|)"
    rf"\s*(?:(?:has|had|have)\s+)?{_ADVERB}(?:{_APOLOGISED}\s+and\s+)?(?:{_DID}\s+(?:the|its|that|this|their)\s+"
    rf"(?:\w+\s+){{0,2}}?(?P<thing>{_THING})\b|{_ISSUED}\s+an?\s+(?:\w+\s+)?(?P<retraction>retraction)\b)")
# "The report was later retracted", "That story has since been deleted", "The article was shown to be false"
_PASSIVE = re.compile(
    rf"{_START}(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]he\s+{_GENERIC}['’]s)\s+{_REPORT}\s+(?:(?:was|were|has|have|had)\s+)"
    rf"{_ADVERB}(?:been\s+)?{_ADVERB}{_DONE}\b"
    rf"(?:\s+by\s+(?P<agent>[Ii]ts\s+\w+|[Tt]he\s+{_GENERIC}\b|(?:[Tt]he\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,4}}"
    rf"|\w+))?")


def without_retracted(text: str, credits: tuple[Credit, ...]) -> tuple[Credit, ...]:
    """`credits` (credits.detect_credits's, in text order) less the credits of an outlet whose report a later
    sentence of `text` says was retracted (module docstring), before that sentence."""
    dropped: set[int] = set()
    for match in _matches(text) if credits else ():  # (most texts: no pattern run; ~3 µs a word of `_WORDS` looked
        # for in a text of the benchmark corpus, ~4,700 characters; the story features read 1,500)
        at = match.start()  # (the previous sentence's end, or the comma before "but")
        before = [c for c in credits if c.start < at]
        subject, agent = match.groupdict().get("subject") or "", (match.groupdict().get("agent") or "").rstrip(".")
        thing = match.groupdict().get("thing") or match.groupdict().get("retraction") or "report"  # (a retraction
        if subject.lower() in ("", "it") and not re.fullmatch(_REPORT, thing):  # issued: the outlet's by its name only)
            continue  # ("It later deleted the post": the newsmaker's post, tweet, claim, never the outlet's report)
        if agent and not re.match(rf"[Ii]ts\s|[Tt]he\s+{_GENERIC}$", agent):  # ("… retracted by the Gazette")
            outlets = {c.outlet for c in before if agent[:1].isupper() and _names(agent, c)}
        elif subject and subject.lower() != "it" and not re.match(rf"[Tt]he\s+{_GENERIC}$", subject):
            outlets = {c.outlet for c in before if _names(subject, c)}
        else:  # the outlet credited last, when no other report is told of since ("… published a report. The report
            near = [c for c in before if c.start >= at - LOOK_BACK]  # was withdrawn": the ministry's, not CNN's)
            outlets = {near[-1].outlet} if near and not _OTHER.search(text, near[-1].start + len(near[-1].cue), at) \
                else set()
        dropped |= {c.start for c in before if c.outlet in outlets}
    return tuple(c for c in credits if c.start not in dropped) if dropped else credits


_OTHER = re.compile(rf"\b{_THING}\b")
_NEAR = re.compile(rf"\b(?:{_THING}|retraction)\b")


def _matches(text: str) -> list[re.Match[str]]:
    """The matches of `_ACTIVE` and `_PASSIVE` in `text`, each searched only around the words they need (`_WORDS`:
    the patterns over the whole text cost ~0.3 ms an article of the benchmark corpus, where those words are common)."""
    found: dict[int, re.Match[str]] = {}
    for word in _WORDS:
        at = text.find(word)
        while at >= 0:
            for pattern in (_ACTIVE, _PASSIVE) if _NEAR.search(text, max(0, at - 60), at + 60) else ():  # (a report's
                # noun stands beside the verb in either: most "removed", "pulled", "proved" are of other things)
                for match in pattern.finditer(text, max(0, at - 140), min(len(text), at + 120)):
                    found.setdefault(match.start(), match)
            at = text.find(word, at + 1)
    return [found[at] for at in sorted(found)]


def _names(subject: str, credit: Credit) -> bool:
    """Whether `subject` (a capitalised run, perhaps after "The") names the outlet of `credit`: its name, an alias, its
    last word or words ("The Post" of The Washington Post), or the words its cue wrote it by."""
    key, outlet = outlet_key(subject), outlet_key(credit.outlet)
    return bool(key) and (key == outlet or outlet.endswith(f" {key}") or f" {key} " in f" {bare(credit.cue)} ")
