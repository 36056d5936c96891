"""A headline's quotation framed by a role ("Minister: 'we will act'", "Ferry strike organiser says 'we had no
choice'", "Union has 'two years' of defect reports, organiser says") is the person the article's text writes with
that role, or no one's; never the speaker of the text's quotation that holds its words when that speaker holds
another role.

    headline_quotes(headline, title, body, text, frames)  # -> the headline's quotations, each with its speaker

`headline`: the quotations quotes.py read in `title` (its marks paired), each a speaker of its own or none; `body`:
the text's quotations; `text`: the article's text (marks paired). Gives the headline's quotations in order, with
`quoteresult.echoed` and `headlineroles.role_echoed` applied after this module's rule, and without a short
quotation (quotemarks.FRAGMENT) that no speaker's frame governs.

The rule (the ferry trial, 2026-12-05): a headline's role frame — a colon lead-in whose last word is a role
("Minister:", "Chief executive:"), a role and a speech verb before the quotation ("Ferry strike organiser says"),
after it (", says union leader") or closing the headline (", organiser says") — names the one person of the text
written with the role's head word (titledvoices.written_titles; `HEAD_TITLES` for a headline's "boss", "chief",
"leader"): with the text quoting the headline's words, that quotation's speaker when they are that person (each of
the role's other words written somewhere in the text: "ferry strike organiser" beside "the Nautical and Ferry
Workers' Union's organiser" and a strike); without it, the one person written with every word of the role. Two
holders, none, or an echo by another person: no speaker (frame "unnamed"). Before, "Minister: 'we will act'" took
the speaker of the text's “We will act on this,” — a chief executive — and "'two years' …, organiser says" was
dropped as a scare quote though the text names the organiser. A role frame closing the headline governs its short
quotations (headlines quote the speaker's words, not scare quotes, when a speech verb ends them).

A headline that opens with a quotation and a colon, then a person's name and a verb of the present ('"On my authority":
Ambery accepts blame for skipped test', the British headline's form of 'Ambery: "On my authority"'), gives the
quotation to that person, short or not, when the name is a person's the article names (fullnames.full_name with the
text as context: "Ambery" → "Hollis Ambery"; a surname two people of the article bear: no one) and the text quotes
those words from no one else (T12, 2026-12-06: the Times's headline quotation had no speaker). Not after a possessive
("Reid's team hits back"), a body or a lower-case subject ('"Murder": police charge …'), nor before "is", "was",
"has" or a word that is no verb of the present (a passive "Reid charged"): `_NAMED_AFTER`.

A frame that closes or opens the headline reports the whole headline, a quotation anywhere in it included (T22,
2026-12-07: 'Malaysia "ready to go to Geneva" over EU deforestation rule, says Johari' had no speaker; only ", says
X" right after the closing mark was read): ", says X", ", X says", ": X" and "– X" closing it, "X:" opening it (`_NAMED`),
and a role's ", says minister", ": union" and "– union" (`_CLOSING_SAYS`, `_CLOSING_MARK`). X is a person the
article names in full, as for `_NAMED_AFTER`. A speech verb's frame governs short quotations too, as a role's closing
frame does; a colon's or a dash's only quotations of more than a few words (a short one may be a scare quote: 'EU's
"deforestation-free" rule: Johari').
"""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.analyse.fullnames import full_name
from briefgen.analyse.headlinetails import misnamed
from briefgen.analyse.headlineroles import HEAD_TITLES, ROLE_HEADS, role_echoed
from briefgen.analyse.lexicon import SURNAME_PARTICLES, role_alone
from briefgen.analyse.nameruns import ORGANISATION, PERSON, POSSESSIVE, classify
from briefgen.analyse.occupations import SEA_TRADES
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quoteframes import Frames
from briefgen.analyse.quotemarks import FRAGMENT, quotations, quote_kind
from briefgen.analyse.quotemask import masked_text
from briefgen.analyse.quoteresult import Quote, Who, echoed
from briefgen.analyse.sentences import sentence_spans
from briefgen.analyse.orgvoices import REFERENCES, OrganisationVoices, _fits
from briefgen.analyse.titledvoices import ROLE_TITLES, TitledVoices, _person_runs, written_titles

_VERB = r"(?i:says|said|warns|warned|insists|claims|admits|tells|told|vows|pledges)"
_ROLE = r"(?P<role>(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,3}[A-Za-z][\w-]*)"
_COLON = re.compile(_ROLE + r"[ \t]*:[ \t]*$")  # "Minister: 'we will act'"
_BEFORE = re.compile(r"(?:^|[:;,\u2014\u2013-][ \t]*)" + _ROLE + r"[ \t]+" + _VERB + r"[ \t]*:?[ \t]*$")  # "… organiser says '…'"
_AFTER = re.compile(r"[ \t]*,?[ \t]+" + _VERB + r"[ \t]+(?:(?i:the|a|an)[ \t]+)?" + _ROLE + r"[ \t]*(?:$|[,:;.!?])")
_CLOSING = re.compile(r",[ \t]+(?:(?i:the|a|an)[ \t]+)?" + _ROLE + r"[ \t]+" + _VERB + r"[ \t]*[.!?]?[ \t]*$")  # ", organiser says"
# ", rail firm tells judge", ", union tells MPs": the telling verb and its hearer (a word or two) close the headline
_CLOSING_TOLD = re.compile(r",[ \t]+(?:(?i:the|a|an)[ \t]+)?" + _ROLE + r"[ \t]+(?i:tells|told|warns|assures)[ \t]+"
                           r"(?:(?i:the|a|an)[ \t]+)?[A-Za-z][\w'\u2019-]*(?:[ \t]+[A-Za-z][\w'\u2019-]*)?[ \t]*[.!?]?[ \t]*$")
_WORDS = re.compile(r"[\w\u2019'-]+")
_ARTICLES = frozenset("the a an".split())
_OWNER = re.compile(r"['\u2019]s?$")  # an owner's possessive, no word of the role ("Vidal's lawyer")
# '"…": Ambery accepts blame': a colon right after the headline's opening quotation, a name, a verb of the present
_NAMED_AFTER = re.compile(rf"[ \t]*:[ \t]+(?P<name>{CAPITAL}[\w'\u2019-]*(?:[ \t]+{CAPITAL}[\w'\u2019-]*){{0,2}})[ \t]+"
                          r"(?P<verb>[a-z]+s)\b")
_NO_PRESENT = frozenset("is was has does its this his hers ours yours theirs less plus thus".split())
# A name's frame that closes the headline after its quotation, or opens it before (module docstring): "v" marks a
# speech verb's, which governs short quotations too
_PARTICLES = r"(?:(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r")[ \t]+)*"  # "van der Linden"
_NAME = rf"{_PARTICLES}{CAPITAL}[\w'\u2019-]*(?:[ \t]+{_PARTICLES}{CAPITAL}[\w'\u2019-]*){{0,3}}"
_NAMED = (re.compile(rf",[ \t]+(?P<v>{_VERB})[ \t]+(?P<name>{_NAME})[ \t]*[.!?]?[ \t]*$"),
          re.compile(rf",[ \t]+(?P<name>{_NAME})[ \t]+(?P<v>{_VERB})[ \t]*[.!?]?[ \t]*$"),
          re.compile(rf"(?:[ \t]*:|[ \t]+[\u2014\u2013-])[ \t]+(?P<name>{_NAME})[ \t]*$"))
_OPENING_NAMED = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*:[ \t]")
# A role's frame closing the headline with words between it and the quotation: ", says minister", ": union", "– union"
_CLOSING_SAYS = re.compile(r",[ \t]+" + _VERB + r"[ \t]+(?:(?i:the|a|an)[ \t]+)?" + _ROLE + r"[ \t]*[.!?]?[ \t]*$")
_CLOSING_MARK = re.compile(r"(?:[ \t]*:|[ \t]+[\u2014\u2013-])[ \t]+(?:(?i:the|a|an)[ \t]+)?" + _ROLE + r"[ \t]*$")


def headline_quotes(headline: list[Quote], title: str, body: list[Quote], text: str, frames: Frames) -> list[Quote]:
    """The headline's quotations with their speakers (module docstring)."""
    reader: _Body | None = None
    found: list[Quote] = []
    for quote in headline:
        if quote.frame in ("dash", "said-after") and misnamed(title, quote):  # ('…, says wife of jailed Tulley': BR32)
            quote = replace(quote, speaker=None, name=None, kind=None, frame="unnamed")
        role, closing = _role(title, quote) if quote.speaker is None else (None, False)
        if role is not None:
            reader = reader or _Body(text, frames)
            who = reader.body_of(role, _echo(quote, body), text) if _body_noun(role[-1]) else reader.holder(
                role, _echo(quote, body), text)
            quote = replace(quote, speaker=who.speaker, name=who.name, kind=who.kind, frame=who.frame)
        if quote.speaker is None and role is None and (who := _named_after(title, quote, text, body)) is not None:
            quote, role, closing = replace(quote, speaker=who.speaker, name=who.name, kind=who.kind, frame=who.frame), [], True
        if quote.speaker is None and role is None and (named := _named_frame(title, quote, text, body)) is not None:
            (who, governs_short), role = named, []
            if governs_short or quote_kind(quote.text) != FRAGMENT:
                quote, closing = replace(quote, speaker=who.speaker, name=who.name, kind=who.kind, frame=who.frame), True
        if quote.speaker is None and quote_kind(quote.text) == FRAGMENT and not (role is not None and closing):
            quote = replace(quote, frame="scare")  # no speaker: dropped below, as quotes.py drops a scare quote
        found.append(quote)
    kept = role_echoed(echoed([q for q in found if q.frame != "scare"], body), title, body, text)
    return [q for q in kept if q.speaker is not None or quote_kind(q.text) != FRAGMENT]


def name_framed(title: str, end: int) -> bool:
    """Whether a colon, a capitalised word and a lower-case one ending in s follow the headline's quotation that
    closes at `end` (its closing mark's end), or a speech verb's frame with a name closes the headline after it: the
    shapes `_named_after` and `_named_frame` read, so that quotes.py keeps a short quotation there ('"On my
    authority": Ambery accepts blame', 'Malaysia "ready" for WTO fight, says Johari') for them to read;
    `headline_quotes` drops it again when no person of the article is named."""
    return _NAMED_AFTER.match(title, end) is not None or any(p.search(title, end) for p in _NAMED[:2])


def _named_frame(title: str, quote: Quote, text: str, body: list[Quote]) -> tuple[Who, bool] | None:
    """The person a frame closing the headline after `quote`, or opening it before, names (module docstring), frame
    "headline", and whether the frame has a speech verb; None when there is none or it names no one person of the
    article."""
    for pattern in _NAMED:
        if (found := pattern.search(title, quote.end + 1)) is not None:
            said = found.groupdict().get("v") is not None
            who = _person_named(title, found.group("name"), found.start("name"), quote, text, body, said)
            return (who, said) if who is not None else None
    found = _OPENING_NAMED.match(title)
    if found is None or found.end() > quote.start:
        return None
    who = _person_named(title, found.group("name"), found.start("name"), quote, text, body)
    return (who, False) if who is not None else None


def _person_named(title: str, name: str, at: int, quote: Quote, text: str, body: list[Quote], said: bool = False) -> \
        Who | None:
    """The person `name` (at `at` in the headline) names, when it is one person the article names in full (a title
    before it dropped: "Minister Johari") and the text quotes the words of `quote` from no one else. After a speech
    verb (`said`), a name of one word the text writes is enough, as for ", says X" right after the closing mark."""
    kind = classify(name.split()) if not POSSESSIVE.search(name) else None
    if kind is None or kind[0] != PERSON:
        return None
    words = name.split()
    name, at = " ".join(words[kind[1]:]), at + len(" ".join(words[:kind[1]])) + (1 if kind[1] else 0)
    full = full_name(title, text, name, PERSON, at) if name else None
    if full is None or " " not in full and not said or not re.search(rf"(?<!\w){re.escape(full)}(?!\w)", text):
        return None
    echo = _echo(quote, body)
    return Who(name, full, PERSON, "headline") if echo is None or echo.name == full else None


def _named_after(title: str, quote: Quote, text: str, body: list[Quote]) -> Who | None:
    """The person a headline names after its opening quotation and a colon (module docstring), frame "headline"; None
    when there is no such frame or the name is not one person's of the article."""
    if title[:max(0, quote.start - 1)].strip() or (found := _NAMED_AFTER.match(title, quote.end + 1)) is None:
        return None
    name, verb = found.group("name"), found.group("verb")
    if verb in _NO_PRESENT or POSSESSIVE.search(name) or classify(name.split()) != (PERSON, 0):
        return None
    full = full_name(title, text, name, PERSON, found.start("name"))
    if full is None or " " not in full or full not in text:
        return None
    echo = _echo(quote, body)
    if echo is not None and echo.name != full:
        return None  # the text quotes the words from another: theirs (quoteresult.echoed), not the headline's subject
    return Who(name, full, PERSON, "headline")


def _role(title: str, quote: Quote) -> tuple[list[str] | None, bool]:
    """The role words (lower case) of the headline frame around `quote`, and whether the frame closes the headline;
    (None, False) when no frame there ends in a role word."""
    before, after = title[:max(0, quote.start - 1)], title[quote.end + 1:]
    for pattern, text, closing in ((_COLON, before, False), (_BEFORE, before, False), (_AFTER, after, False),
                                   (_CLOSING, after, True), (_CLOSING_TOLD, after, True), (_CLOSING_SAYS, after, True),
                                   (_CLOSING_MARK, after, False)):
        found = pattern.search(text) if pattern is not _AFTER else pattern.match(text)
        if found is None:
            continue
        words = [w.lower() for w in found.group("role").split() if w.lower() not in _ARTICLES]
        if words and (_is_role(words[-1]) or _body_noun(words[-1])):
            return words, closing
    return None, False


def _body_noun(word: str) -> bool:
    """Whether a headline's role word is a noun that stands for an organisation ("union", "firm", "council",
    "operator": orgvoices.REFERENCES), which `_Body.body_of` reads before any person's role."""
    return word in REFERENCES


def _is_role(word: str) -> bool:
    """Whether a headline's word names a role, no one's name: a title (titledvoices.ROLE_TITLES), a sea trade, a head
    of `HEAD_TITLES`, or a role written alone (lexicon.role_alone: "organiser", "teacher")."""
    return word in ROLE_TITLES or word in SEA_TRADES or word in ROLE_HEADS or role_alone(word.capitalize())


def _echo(quote: Quote, body: list[Quote]) -> Quote | None:
    """The first quotation of `body` with a speaker that holds the words of `quote` (two at least, in order)."""
    words = " ".join(_WORDS.findall(quote.text.lower()))
    if " " not in words:
        return None
    return next((q for q in body if q.speaker is not None and f" {words} " in
                 f" {' '.join(_WORDS.findall(q.text.lower()))} "), None)


class _Body(OrganisationVoices, TitledVoices):
    """The article's text read for the holders of a headline's role (`titledvoices.TitledVoices._titled_in`) and the
    organisation a headline's noun stands for (`orgvoices.OrganisationVoices._referent`)."""

    def __init__(self, text: str, frames: Frames):
        self.text, self.context, self.frames, self.headline = text, "", frames, False
        self.framed, self.quoted_end = False, -1
        self.sentences = sentence_spans(text, 0, len(text))
        self.masked = masked_text(text, quotations(text), self.sentences)

    def _holders(self, head: str, modifiers: list[str]) -> dict[str, Who] | None:
        """The people of the text written with the role's `head` (as a headline's head: `HEAD_TITLES`, "boss" is a
        chief executive) and every one of its `modifiers`; None when one of them may name two people."""
        found: dict[str, Who] = {}
        for title in sorted(HEAD_TITLES.get(head, frozenset([head]))):
            holders = self._titled_in(0, len(self.masked), {*modifiers, title}, "headline")
            if holders is None:
                return None
            found.update(holders)
        return found

    def body_of(self, role: list[str], echo: Quote | None, text: str) -> Who:
        """The organisation a headline's noun frame stands for ('"a wake-up call", says union', '"flawed", rail firm tells
        judge'), frame "headline": the one of the text the noun may stand for (`orgvoices._referent`: its subject, else
        the one named) when it is the only one the text names that the noun fits (`_only_fit`; BR14: a lawyer for the
        operator beside Network Rail named last was Network Rail's), each other word of the role written in the text;
        an unnamed speaker when none or two may be,
        or when the text quotes the words from someone else (T13, 2026-12-06: both headlines' words had no speaker)."""
        *modifiers, noun = role
        unnamed = Who(None, None, None, "unnamed")
        written = set(_WORDS.findall(text.lower().replace("\u2019", "'"))) | set(_WORDS.findall(text.lower()))
        if not self.sentences or not all(w in written for w in modifiers):
            return unnamed
        who = self._referent(noun, len(self.masked), "headline", len(self.sentences) - 1)
        if who is None or who.kind != ORGANISATION or echo is not None and echo.name != who.name or \
                not self._only_fit(noun, who, len(self.text), _fits):
            return unnamed  # (BR14: '"flawed", rail firm tells judge' beside Northline Trains and Network Rail: neither)
        return Who(who.speaker, who.name, ORGANISATION, "headline")

    def _untitled(self, name: str) -> bool:
        """Whether the text names the person `name` (a full name) with no title anywhere (titledvoices.written_titles)."""
        seen = False
        for run_start, run_end, tokens in _person_runs(self.masked, 0, len(self.masked)):
            kind = classify([POSSESSIVE.sub("", t) for t in tokens])
            if kind is None or kind[0] != PERSON:
                continue
            name_start = run_start + len(" ".join(tokens[:kind[1]])) + (1 if kind[1] else 0)
            if self._who(POSSESSIVE.sub("", self.text[name_start:run_end]), PERSON, name_start, "headline").name != name:
                continue
            if written_titles(self.masked, run_start, run_end, tokens, kind[1]):
                return False
            seen = True
        return seen

    def holder(self, role: list[str], echo: Quote | None, text: str) -> Who:
        """The speaker of a headline's quotation framed by `role` (module docstring), frame "headline", or an
        unnamed speaker."""
        *modifiers, head = role
        owners = [_OWNER.sub("", w) for w in modifiers if _OWNER.search(w)]  # "Vidal's lawyer": written in the text
        modifiers = [w for w in modifiers if not _OWNER.search(w)]
        unnamed = Who(None, None, None, "unnamed")
        written = set(_WORDS.findall(text.lower().replace("\u2019", "'"))) | set(_WORDS.findall(text.lower()))
        if not all(w in written for w in owners):
            return unnamed
        if echo is not None:
            holders = self._holders(head, [])
            if (holders and echo.name in holders or echo.kind == PERSON and modifiers and not holders and self._untitled(
                    echo.name)) and all(w in written for w in modifiers):  # (the words' speaker, written with no other role: '"fair deal at
                return Who(echo.speaker, echo.name, echo.kind, "headline")  # last", says union chief' after "García
            return unnamed  # Ortega … called it “a fair deal at last”", T13, 2026-12-06)
        holders = self._holders(head, modifiers)
        if not holders or len(holders) > 1:
            return unnamed
        who = next(iter(holders.values()))
        return Who(who.speaker, who.name, who.kind, "headline")
