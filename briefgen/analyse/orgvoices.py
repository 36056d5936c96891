"""Quotations an organisation speaks: through a spokesperson, a statement, or a noun that stands for it (issue 9,
"who said what"; rules and figures in docs/people.md, "Organisations' voices").

`OrganisationVoices` extends the name half of quotes.py's frame reader (`quotespeakers.SpeakerNames`) with one
question, `_organisation_voice(start, end, frame, sentence)`: which organisation the frame's noun phrase
masked[start:end] speaks for, when no person is named there. Only an organisation the article names unambiguously:
- the frame names it: "a CMA spokesperson", "a Morgan Stanley spokesman", "a spokesperson for Fenwick Lisle",
  "a spokeswoman for Leeds City Council", "Hartley Rowe's spokesman", "a CMA statement", "a statement from Acme
  plc" (spokesperson, spokesman, spokeswoman, representative, statement, readout). A name that reads as a person's is the organisation's only when the article shows it to be a
  company (`orgnames.shown_firm`: "buyout firm Fenwick Lisle", "Hartley Rowe's board") and names no person in
  full with it: "a spokesman for Bellwether" (a senator) and "Kuleba's spokesman" stay unnamed;
- the short name of an organisation the article names in full ("Golden Valley said" beside "Golden Valley Power
  & Light");
- a noun that stands for one ("the company said", "the board", "the utility", "the trust", "a spokeswoman for
  the council", "a company spokesman"): the organisation in subject position of a sentence before, of that kind
  (`REFERENCES`), when it is the only one of the text so far; two that compete (a bidder and its target both
  subjects) give no speaker. Precision first: a wrong speaker misleads more than none.
Pure functions of the text; nothing is kept between calls.
"""
from __future__ import annotations

import re

from briefgen.analyse.addressedoutlets import NEWS_HEADS, OUTLETS, news_outlet  # (news outlets' names: addressedoutlets.py)
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.vesselnames import BODY_HEADS, BRANCH_HEADS, CARRIER_HEADS
from briefgen.analyse.companyforms import company_formed  # ("Cobrebras Mineração", a company by its trade's word: T20 #2)
from briefgen.analyse.postnominals import titled_letters
from briefgen.analyse.lexicon import COMPANY_HEADS, HONORIFICS, MEMBER_NOUNS, MONTHS_DAYS, PLACES, STOPWORDS, TITLE_WORDS
from briefgen.analyse.nearvoices import NearVoices
from briefgen.analyse.namefinds import starts_before_capital
from briefgen.analyse.nameruns import ORGANISATION, PERSON, POSSESSIVE, RUN, classify
from briefgen.analyse.orgnames import shown_firm
from briefgen.analyse.titlefit import title_before
from briefgen.analyse.quoteresult import Who
from briefgen.analyse.quotespeakers import SpeakerNames
from briefgen.analyse.rivalcompanies import rival_between
from briefgen.analyse.spokesnames import spokesperson_only
from briefgen.analyse.runparts import split_run
from briefgen.analyse.voicepronouns import voice_subject

# A noun that stands for the organisation an article is about → the organisations it may refer to: those whose
# name ends in the noun itself (a public body: "the trust" is "Harwick Health Trust"), or any that is no public
# body nor an outlet (a company: "the company", "the board", "the retailer", "the utility").
HEAD_REFERENCES = frozenset("""trust council union charity commission authority agency panel university hospital museum
gallery police constabulary library inspectorate directorate cathedral club""".split())  # (club: T18, "the Thames Mutual P&I Club … The club said"; museum, gallery, police: a trial lost "the museum said", "A police
# spokesman said" where the article names one museum and one force, 2026-12-05)
COMPANY_REFERENCES = frozenset("""
company firm group board business retailer utility lender insurer bank chain operator airline carmaker grocer
supermarket housebuilder
""".split())
# A regulator's nouns, which stand for a public body of any name ("the Office for Water Standards … the regulator
# said", "the FCA … the watchdog said": a trial lost both, 2026-12-04): one whose words hold `REGULATOR_WORDS`, or
# an acronym.
REGULATOR_REFERENCES = frozenset("regulator watchdog".split())
# A police force's names: "a police spokeswoman" speaks for "Harcastle Constabulary" as for "Dunmore Police" (a
# re-test, 2026-12-05: one named Constabulary's quote had no speaker; beside a Police it went to the Police).
POLICE_HEADS = frozenset("police constabulary".split())
REGULATOR_WORDS = frozenset("office authority commission agency regulator ombudsman inspectorate ofcom ofgem ofwat".split())
REFERENCES = HEAD_REFERENCES | COMPANY_REFERENCES | REGULATOR_REFERENCES
# The last words of unions' names: "the union said" after "the United Transit Workers called a strike" is theirs (a bus
# strike's trial lost it, 2026-12-04), as after "the Retail Workers' Union".
UNION_HEADS = frozenset("union unions workers federation congress guild syndicate".split())
# Unions of states, which no "union spokesman" speaks for (their last two words).
STATE_UNIONS = frozenset(("european union", "soviet union", "african union", "economic union", "customs union"))
# The last words of names that are no company's, so never "the company" (nor "the board").
PUBLIC_HEADS = HEAD_REFERENCES | frozenset("""
ministry department office government parliament court army navy committee institute institution foundation
service services assembly police party regulator school college brigade inspectorate directorate secretariat
registry observatory prefecture treasury watchdog cathedral church abbey
""".split()) | BODY_HEADS | BRANCH_HEADS  # (a coastguard, an investigation branch: a ferry trial, 2026-12-05)
# A place of worship's head word: its name is a place's ("St Aldwyn's Cathedral"), but one a spokesperson speaks for.
WORSHIP_HEADS = frozenset("cathedral abbey minster church chapel priory mosque synagogue temple".split())

_SPOKES = re.compile(
    r"(?:(?:a|an|the|one|another)\s+)?(?:(?:chief|senior|press)\s+(?=(?:\S+\s+){1,4}spokes))?(?P<pre>[^\s].*?\s+)??(?:(?:chief|senior|press|official)\s+)?"
    r"(?P<noun>spokes(?:person|man|woman|people|men|women)|representatives?|statement|readout)"
    r"(?:\s+(?:for|of|at|from|by)\s+(?P<post>\S.*?))?", re.IGNORECASE)
# A spokesperson introduced with the organisation they speak for ("A spokesperson for Vellmoor Health Trust said …",
# "a Brannock spokeswoman told …"), whom "the spokesperson" then stands for (`_spokesperson_before`).
_INTRODUCED = re.compile(rf"(?<![\w'\u2019])(?:[Aa]n?|[Oo]ne)\s+(?:(?:chief|senior|press)\s+)?(?:(?P<pre>{CAPITAL}[^\s,;:.]*"
                         rf"(?:\s+(?:{CAPITAL}|&)[^\s,;:.]*)*)\s+)?(?P<noun>spokes(?:person|man|woman))(?:\s+(?:for|of|at|from)\s+"
                         rf"(?P<post>(?:the\s+)?{CAPITAL}[^\s,;:.]*(?:\s+(?:(?:{CAPITAL}|&)[^\s,;:.]*|of|for|and))*))?")
_REFERENCE = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<noun>[a-z]+)")
_THE = re.compile(r"(?:[Tt]he\s+)?")
_TITLES = HONORIFICS | frozenset(t.rstrip(".") for t in TITLE_WORDS)  # a person's, or an office's: no company's (titlefit.title_before)
# What may stand before an organisation that opens a sentence: a lead-in that a function or time word opens ("On
# Friday, ", "Earlier, ", a dateline "Oct 14 (Reuters) - ": the bracket is masked), then "Shares of", "The".
# (up to five words: "According to the Financial Times," before the company, FX52)
_LEAD_IN = re.compile(r"\s*(?P<first>[A-Z][a-z]*)\.?(?:\s+[A-Za-z0-9]+\.?){0,4}\s*(?:,|\s[-\u2014\u2013]+)")
_OPENING = re.compile(r"\s*(?:(?:[Tt]he\s+)?(?:[Ss]hares|[Ss]tock|[Bb]onds)\s+(?:in|of)\s+|(?:[Tt]he\s+)?(?:" + "|".join(
    sorted(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in MEMBER_NOUNS)) + r")\s+of\s+)?(?:[Tt]he\s+)?")  # "Members of the …",
# "The directors of Fenmoor Water have rejected …" (the board's words are the company's: a water trial lost them)
LEGAL_SUFFIXES = ("plc", "ltd", "llc", "inc")
_LEGAL = rf"(?:{'|'.join(LEGAL_SUFFIXES)})\b"  # a legal suffix some houses write in lower case ("Hartley Rowe plc")
_NAME = re.compile(rf"{CAPITAL}[^\s]*(?:\s+(?:(?:{CAPITAL}|&)[^\s]*|and|of|for|de|van|der|von))*(?:\s+{_LEGAL})?")
_SUFFIX = re.compile(rf"\s+{_LEGAL}")
# A name, then the noun that says what it is: "UTW union", "Brannock board" (the noun one of `REFERENCES`).
_NAMED_KIND = re.compile(rf"(?P<name>{CAPITAL}[^\s]*(?:\s+(?:{CAPITAL}|&)[^\s]*)*)\s+(?P<noun>[a-z]+)")
_JOIN = re.compile(r"\s*|\s*(?:,|and|&)\s+(?:the\s+)?")  # what stands between an opening run and one joined to it


class OrganisationVoices(SpeakerNames, NearVoices):
    """`SpeakerNames` and the organisation a spokesperson, a short name or a noun speaks for (module docstring)."""

    def _organisation_voice(self, start: int, end: int, frame: str, sentence: int) -> Who | None:
        """The organisation the noun phrase masked[start:end] speaks for, or None (no organisation unambiguous)."""
        phrase = self.masked[start:end]
        lead = len(phrase) - len(phrase.lstrip())
        start, end = start + lead, start + len(phrase.rstrip())
        spokes = _SPOKES.fullmatch(self.masked, start, end)
        if spokes is not None:
            whose = [(spokes.start(g), spokes.end(g)) for g in ("pre", "post") if spokes.group(g)]
            if not whose and self.masked[start:start + 4].lower() == "the ":
                return self._spokesperson_before(spokes.group("noun").lower(), start, frame, sentence)
            if len(whose) != 1:  # "a spokesperson said": the organisation of the sentence before (nearvoices.py);
                return None if whose else self._voice_before("", start, frame, sentence)  # "a CMA spokesman for Harwick": unsure
            start, end = whose[0][0], whose[0][0] + len(self.masked[whose[0][0]:whose[0][1]].rstrip())
            reference = _REFERENCE.fullmatch(self.masked, start, end)  # "for the university" beside two: the nearer
            return self._organisation_named(start, end, frame, sentence) or reference and self._voice_before(
                reference.group("noun"), spokes.start(), frame, sentence, _fits)
        if self.masked[start:end][:1].isupper() and not _REFERENCE.fullmatch(self.masked, start, end):
            named = self._named_kind(self.text[_THE.match(self.masked, start, end).end():end], frame)
            return self._short_name(start, end, frame) if named is False else named
        return self._organisation_named(start, end, frame, sentence)

    def _pronoun(self, at: int, sentence: int, previous: tuple[int, Who] | None) -> Who:
        """`SpeakerNames._pronoun`, else the organisation whose voice opens this sentence or the one before
        ("A Northsound spokesman said … ‘…,’ he said": voicepronouns.py)."""
        who = super()._pronoun(at, sentence, previous)
        return who if who.speaker is not None else self._voice_pronoun(at, sentence) or who

    def _it(self, at: int, sentence: int) -> Who:
        """`SpeakerNames._it`, else the organisation a noun that opens this sentence or the one before stands for
        ("The company said … “…,” it said in a statement": voicepronouns.py)."""
        who = super()._it(at, sentence)
        return who if who.speaker is not None else self._voice_pronoun(at, sentence) or who

    def _voice_pronoun(self, at: int, sentence: int) -> Who | None:
        """The organisation of the voice that opens this sentence (before `at`) or the one before as the subject of a
        speech verb, when the pronoun at `at` may refer to it and neither sentence names a person (voicepronouns.py)."""
        pronoun = (self.masked[at:at + 8].split() or [""])[0].lower()
        for index in (sentence, sentence - 1):
            lo, hi = self.sentences[index] if index >= 0 else (0, 0)
            voice = voice_subject(self.masked, lo, min(hi, at))
            if voice is None:
                continue
            if pronoun not in voice[2] or self._persons(lo, min(hi, at)) or self._persons(self.sentences[sentence][0], at):
                return None
            who = (self._referent(voice[3], voice[0], "pronoun", index) if voice[3]
                   else self._organisation_voice(voice[0], voice[1], "pronoun", index))
            return who if who is not None and who.kind == ORGANISATION else None
        return None

    def _spokesperson_before(self, noun: str, at: int, frame: str, sentence: int) -> Who | None:
        """"the spokesperson said" at `at`: the organisation that "a spokesperson for X" (or "an X spokesperson"), with
        the same noun, introduced in this sentence or the one before, when every such introduction before names that
        organisation and no sentence of one names a person ("Helen Marchetti, a spokeswoman for …" leaves "the
        spokeswoman" hers: `titledvoices.py`). A hospital trial lost "“…,” the spokesperson said" (2026-12-04)."""
        found: list[tuple[int, Who]] = []
        for index, (lo, hi) in enumerate(self.sentences[:sentence + 1]):
            hi = min(hi, at)
            for intro in _INTRODUCED.finditer(self.masked, lo, hi):
                if intro.group("noun").lower() != noun:
                    continue
                if self._persons(lo, hi):
                    return None  # a person named beside it may be the spokesperson
                s, e = intro.span("pre") if intro.group("pre") else intro.span("post")
                who = self._organisation_named(s, e, frame, sentence) if s >= 0 else None
                if who is None or who.kind != ORGANISATION:
                    return None  # "a spokesperson said", "a spokesman for Anna Berg": no organisation's
                found.append((index, who))
        if not found or found[-1][0] < sentence - 1 or any(w.name != found[-1][1].name for _, w in found):
            return None  # none near, or two organisations' spokespeople
        return found[-1][1]

    def _who(self, surface: str, kind: str, at: int, frame: str) -> Who:
        """`SpeakerNames._who`, and a one-word speaker that names no person in full but opens an organisation's name
        the text writes in full is that organisation ("Corvid Ratings put Fenmoor on watch … “…,” Corvid said": a
        trial, 2026-12-04, once "Ratings" made "Corvid Ratings" a firm)."""
        who = super()._who(surface, kind, at, frame)  # (not after a courtesy title: "Mr Hondaka said" beside "Hondaka Motor", FX89;
        if kind == PERSON and who.name == surface and " " not in surface and title_before(self.masked, at) not in _TITLES:  # nor an office's, FX92)
            full = self._in_full(surface)
            if full is not None:
                return Who(surface, full, ORGANISATION, frame)
        return who

    def _organisation_named(self, start: int, end: int, frame: str, sentence: int) -> Who | None:
        """The organisation that masked[start:end] — a name, or a noun that stands for one — names."""
        reference = _REFERENCE.fullmatch(self.masked, start, end)
        if reference is not None:  # (beside two universities, the one whose speech opens the sentence before: nearvoices)
            return self._referent(reference.group("noun"), start, frame, sentence) or (self._voice_before(reference.group(
                "noun"), start, frame, sentence, _fits) if reference.group("noun") in HEAD_REFERENCES else None)
        start = _THE.match(self.masked, start, end).end()
        surface = self.text[start:end]
        if not surface.strip():
            return None
        surface = POSSESSIVE.sub("", surface) if len(surface.split()[-1]) > 2 else surface
        named = self._named_kind(surface, frame)
        if named is not False:
            return named
        if not _NAME.fullmatch(surface) or surface.lower() in PLACES:
            return None
        kind = classify(surface.split())
        if kind is not None and kind[0] == ORGANISATION or kind is None and len(surface.split()) > 1 and (
                surface.split()[-1].lower() in WORSHIP_HEADS):  # "a spokeswoman for St Aldwyn's Cathedral" (a place's
            return Who(surface, surface, ORGANISATION, frame)  # name, whose chapter speaks: a trial lost it, 2026-12-05)
        if kind is not None and kind[0] == PERSON:
            if self.full_name(surface, PERSON, start) == surface and (shown_firm(self.text, surface) or spokesperson_only(
                    self.text, surface)):  # "A Northsound spokesman", no other mention (spokesnames.py)
                return Who(surface, surface, ORGANISATION, frame)
            full = self._in_full(surface)  # "A Hartwell's spokeswoman" beside "Hartwell's Bakeries" (a trial, 2026-12-05)
            if full is not None and self.full_name(surface, PERSON, start) == surface:
                return Who(surface, full, ORGANISATION, frame)
            return None  # a person's spokesperson speaks for the person: whose words they are is unsure
        return self._short_name(start, start + len(surface), frame)

    def _named_kind(self, surface: str, frame: str) -> Who | None | bool:
        """"UTW union", "Brannock board": a name, then the noun of `REFERENCES` that says what it is — the
        organisation so named (a company's noun after any name but a place's; a public body's, a union's … only
        after an organisation's name: "the Lindmouth council" names none); False when `surface` is no such phrase.
        A bus strike's trial lost "The UTW union said: “…”" (2026-12-04)."""
        named = _NAMED_KIND.fullmatch(surface)
        if named is None or named.group("noun") not in REFERENCES:
            return False
        name = named.group("name")
        kind = classify(name.split())
        if kind is None or name.lower() in PLACES or (named.group("noun") in HEAD_REFERENCES and kind[0] != ORGANISATION):
            return None
        return Who(name, name, ORGANISATION, frame)

    def _short_name(self, start: int, end: int, frame: str) -> Who | None:
        """masked[start:end] as the short name of an organisation the text names in full ("Golden Valley" →
        name "Golden Valley Power & Light", which the People page lists)."""
        start = _THE.match(self.masked, start, end).end()
        surface = self.text[start:end]
        if not surface or classify(surface.split()) is not None or surface.lower() in PLACES:
            return None  # a name of its own kind, or no name
        full = self._in_full(surface)
        return Who(surface, full, ORGANISATION, frame) if full is not None else None

    def _in_full(self, surface: str) -> str | None:
        """The organisation's name in the text that `surface` and more capitalised words make, if any. Read once per
        surface and text: a scan of the whole text per quotation made 1,200 quotations of one name 7 s (BR24)."""
        known = self.__dict__.setdefault("_in_full_known", {})
        if surface not in known:
            known[surface] = None
            for start in starts_before_capital(self.masked, surface):  # (str.find: no regex compiled a name)
                run = RUN.match(self.masked, start)
                whole = classify(run.group().split()) if run is not None else None
                if whole is not None and whole[0] == ORGANISATION and not titled_letters(run.group().split(), self.masked, start):
                    known[surface] = self.text[run.start():run.end()]  # (not "Mr Smith KG": postnominals.py)
                    break
        return known[surface]

    def _referent(self, noun: str, at: int, frame: str, sentence: int) -> Who | None:
        """The organisation `noun` ("company", "board", "trust") stands for at `at`: the only one of its kind
        (`REFERENCES`) in subject position in the sentences before it; None when none is or two compete."""
        if noun not in REFERENCES:
            return None
        found: list[str] = []  # the organisations' names, nearest last
        for lo, hi in self.sentences[:sentence + 1]:
            hi = min(hi, at)
            if lo >= hi:
                break
            for subject in self._opening_organisations(lo, hi):
                name = self.text[subject[0][0]:subject[-1][0] + len(POSSESSIVE.sub("", subject[-1][1]))]
                after = self.masked[subject[-1][0] + len(subject[-1][1]):hi].split(None, 1)  # ("The UTW union …")
                if _fits(noun, name) or after and after[0] == noun:
                    found.append(name)
        if noun in HEAD_REFERENCES or not found:  # "Nurses met managers of Vellmoor Health Trust. … the trust said";
            anywhere = self._named_before(noun, len(self.masked))  # not with a second trust named anywhere in it
            if noun not in HEAD_REFERENCES:  # "the company said" where no company is a subject: the one company the
                anywhere = [n for n in anywhere if n.split()[-1].lower() not in NEWS_HEADS]  # article names (a trial
                # lost "“…,” the company said" after "custard slices bought from Hartwell's Bakeries", 2026-12-05),
                if not all((h := n.split()[-1].lower()) in COMPANY_HEADS or h in CARRIER_HEADS or company_formed(n.split()) for n in anywhere) or self._beside_person(noun):
                    return None  # a company by its name ("Red Cross" is none: "the utility" is not its, a wildfire's
                    # set), named in no sentence with a person ("said Anna Berg, an analyst at Acme plc": her firm)
            if any(not any(_same(name, other) for other in found or anywhere[-1:]) for name in anywhere):
                return None
            found = found or anywhere
        if not found:
            return None
        nearest = found[-1]
        if any(not _same(name, nearest) for name in found):
            return None  # two organisations compete
        full = max(found, key=len)  # "the company" after "Golden Valley Power & Light" and "Golden Valley"
        if noun in COMPANY_REFERENCES and self._rival_nearer(noun, nearest, at):
            return None  # "… from a family firm. The company said": either company's (rivalcompanies.py)
        return Who(nearest, self._in_full(full) or full if classify(full.split()) is None else full, ORGANISATION, frame)

    def _rival_nearer(self, noun: str, name: str, at: int) -> bool:
        """Whether another company stands between the last mention of `name` before `at` and `at`: one `noun` may
        stand for, named, or an unnamed company-like phrase (`rivalcompanies.rival_between`; a re-test, 2026-12-05)."""
        runs = [(r[0][0], r[-1][0] + len(POSSESSIVE.sub("", r[-1][1]))) for r in self._organisation_runs(0, at)]
        ends = [e for s, e in runs if _same(self.text[s:e], name)]
        if not ends:
            return False
        return rival_between(self.masked, ends[-1], at) or any(  # (a news outlet is none: "X told the Harbour Chronicle", FX52)
            s >= ends[-1] and _fits(noun, self.text[s:e]) and not _same(self.text[s:e], name) and not news_outlet(self.text[s:e]) for s, e in runs)

    def _beside_person(self, noun: str) -> bool:
        """Whether an organisation that `noun` may stand for is named in a sentence that names a person (an analyst's
        firm, a person's employer: no company the article is about)."""
        for lo, hi in self.sentences:
            if any(_fits(noun, self.text[r[0][0]:r[-1][0] + len(r[-1][1])]) for r in self._organisation_runs(lo, hi)) and any(
                    self.masked[run[0][0] - 4:run[0][0]] != "the " for run in self._persons(lo, hi)):
                return True  # (a name after a lower-case "the" is no person's: "the rudder of the Morning Star, operated
        return False  # by Northsound Ferries", a ship; a ferry trial, 2026-12-05)

    def _named_before(self, noun: str, at: int) -> list[str]:
        """The organisations named anywhere before `at` that the public body's `noun` may stand for (`_fits`: "the
        trust" — "Vellmoor Health Trust" as a verb's object, too), in text order. A public body's noun names
        the only one of its kind the article names (a trial lost "“…,” the trust said in a statement", 2026-12-04),
        before or after it (`_referent` reads the whole article: "A council spokesperson said: “…”" before the one
        mention of "Calderbridge City Council", a trial, 2026-12-05)."""
        found = []
        for run in self._organisation_runs(0, at):
            name = self.text[run[0][0]:run[-1][0] + len(POSSESSIVE.sub("", run[-1][1]))]
            if _fits(noun, name):
                found.append((run[0][0], name))
        found += [(start, name) for start, name in (self._noun_named(noun, at) if noun in HEAD_REFERENCES else ())
                  if not any(s == start for s, _ in found)]  # ("the Gard P&I club": a rival whatever its words, BR22)
        return [name for _, name in sorted(found)]

    def _opening_organisations(self, lo: int, hi: int) -> list[list[tuple[int, str]]]:
        """The organisations that open the sentence masked[lo:hi], after a short lead-in ("On Friday,"), as its
        subject or its subject's possessor ("Harbourline's shares fell"), with those "and" or "&" joins to them
        ("Acme and Bolt said": both, which compete). Not an organisation later in the sentence ("said Priya Nair,
        an analyst at Morland Hale": a trial gave Morland Hale the words of the company the article is about)."""
        lead = _LEAD_IN.match(self.masked, lo, hi)
        if lead is not None and lead.group("first").lower() in STOPWORDS | MONTHS_DAYS:  # not "Sir Nigel, …"
            lo = lead.end()
        at = _OPENING.match(self.masked, lo, hi).end()
        runs = [run for run in self._organisation_runs(at, hi)]
        found = []
        for run in runs:
            if not _JOIN.fullmatch(self.masked, at, run[0][0]):
                break
            found.append(run)
            at = run[-1][0] + len(run[-1][1])
        return found

    def _organisation_runs(self, lo: int, hi: int) -> list[list[tuple[int, str]]]:
        """Runs in masked[lo:hi] that name an organisation in this text: by their words, as a company the text
        shows ("Hartley Rowe's board"), or as the short name of one it names in full ("Golden Valley")."""
        runs = []
        for words in _parts(self.masked, lo, hi):
            while words and words[0][1].lower() in STOPWORDS:
                words = words[1:]
            if len(words) > 2 and words[0][1].lower() in MEMBER_NOUNS and words[1][1] == "of":  # "Members of the X
                words = words[3:] if words[2][1].lower() == "the" else words[2:]  # Union" name the union
            if not words:
                continue
            suffix = _SUFFIX.match(self.masked, words[-1][0] + len(words[-1][1]))  # "Acme plc": the run stops before "plc"
            if suffix is not None:
                words.append((suffix.end() - len(suffix.group().strip()), suffix.group().strip()))
            surface = self.text[words[0][0]:words[-1][0] + len(POSSESSIVE.sub("", words[-1][1]))]
            kind = classify(surface.split())
            if kind is not None and kind[0] == ORGANISATION or (
                    kind is not None and kind[0] == PERSON and self.full_name(surface, PERSON, words[0][0]) == surface
                    and shown_firm(self.text, surface)) or kind is None and self._short_name(
                        words[0][0], words[0][0] + len(surface), "") is not None:
                runs.append(words)
        return runs


def _parts(masked: str, lo: int, hi: int) -> list[list[tuple[int, str]]]:
    """The parts of the capitalised runs in masked[lo:hi] (`runparts.split_run`: "DI Rhona Vale of Harcastle
    Police" → "DI Rhona Vale" | "Harcastle Police"), each as (offset, word) pairs. Read whole, a person's run into
    "of" and her force was a police body, which "a police spokeswoman" then spoke for (a trial, 2026-12-05)."""
    return [part for run in RUN.finditer(masked, lo, hi)
            for part in split_run([(run.start() + m.start(), m.group()) for m in re.finditer(r"\S+", run.group())])]


def _fits(noun: str, name: str) -> bool:
    """Whether the organisation `name` is one that `noun` may stand for (`REFERENCES`): a public body's name ends in
    the noun ("the trust": "Harwick Health Trust") or has it before its "of" ("the museum": "Harcastle Museum of Art"), a union's in one of `UNION_HEADS` or is an acronym ending in U
    ("ALPU said … the union said": a third trial, 2026-12-04)."""
    last = name.split()[-1].lower()
    if " ".join(name.lower().split()[-2:]) in STATE_UNIONS:
        return False  # "the union said" is no European Union's
    if noun in REGULATOR_REFERENCES:
        return bool(REGULATOR_WORDS.intersection(name.lower().split())) or name.isupper() and len(name) > 1
    if noun in HEAD_REFERENCES:  # the head is the last word, or the one before "of" ("Harcastle Museum of Art")
        words = name.lower().split()
        head = words[words.index("of") - 1] if "of" in words[1:] else last
        return (noun in (last, head) or bool(POLICE_HEADS & {last, head}) and noun in POLICE_HEADS
                or noun == "union" and (last in UNION_HEADS or name.isupper() and name.endswith("U")))
    return last not in PUBLIC_HEADS and last not in UNION_HEADS and name.lower() not in OUTLETS and (  # (a union is no
        # company: "the operator" beside "the Federation of Rail Workers", T13, 2026-12-06)
        name.lower()[4:] if name.lower().startswith("the ") else name.lower()) not in OUTLETS


def _same(one: str, other: str) -> bool:
    """Whether two names are one organisation's: equal, or one the other's first words ("Golden Valley")."""
    a, b = one.lower().split(), other.lower().split()
    return a[:len(b)] == b or b[:len(a)] == a
