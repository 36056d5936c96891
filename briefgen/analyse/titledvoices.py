"""A quotation framed by a title alone ("the minister said") is the one person the text has named with that title.

A frame whose subject is "the" and a title (`lexicon.TITLE_WORDS`: "the minister said", "said the professor",
"the health minister added") names no one by itself, and quotes.py left such quotations without a speaker
(docs/people.md). A trial (2026-12-04) lost two that any reader attributes: '"An American approval is not a
Danish approval," the minister said' after "Health minister Sophie Løvgren said …", and '"…," the professor
said' after "Professor Zbigniew Wróblewski …". `TitledVoices._titled_person` gives the person when the text
names exactly one person with that title word, before the quotation or after it (since 2026-12-05: "“…,” the
headteacher said. … Elsie Drummond, the headteacher of St Wenna's, …", a school-closures trial):

- before the name, in its run or in the lower-case words just before it: "Professor Zbigniew Wróblewski",
  "Health minister Sophie Løvgren", "Chairman Sir Nigel Pembury";
- after it, as an appositive: "Sophie Løvgren, the health minister," / "Nigel Pembury, its chairman" / "Sir Rupert
  McAllister, Brannock's chairman," (an owner's possessive before the title: a third trial, 2026-12-04);
- before it, as an appositive that a comma closes after the name: "The water minister, Declan Hurst, was asked …"
  (a fourth trial, 2026-12-04).

An owner before the title is no word of it: "the union's general secretary said" after "Maheen Qureshi, the
general secretary of the Professional Footballers' Association" is hers (a second trial, 2026-12-04). A judge's
style names the judge: "Mrs Justice Smith-Jones … the judge said" (`_SAME_TITLE`; a third trial).

Two people named with the title (two ministers), or none, give no speaker, as before: precision first. The
title's other words must be among the words written with it ("the health minister" is not Sophie Løvgren when
she was named "Finance minister"). English titles; French text reads its offices instead (frenchtitled.py, "la
ministre"); German frames keep their own rules.
"""
from __future__ import annotations

import re

from briefgen.analyse.judges import CALLED, judge_tokens
from briefgen.analyse.malaytitles import HONORIFIC_WORDS
from briefgen.analyse.lexicon import CHURCH_TITLES, CLERICAL_TITLES, HONORIFICS, TITLE_WORDS
from briefgen.analyse.nameruns import PERSON, POSSESSIVE, RUN, classify
from briefgen.analyse.officebodies import office_of_body
from briefgen.analyse.occupations import OFFICE_NOUNS, SEA_TRADES
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quoteresult import UNNAMED, Who
from briefgen.analyse.ranks import spelled_out
from briefgen.analyse.antecedents import main_subject, speaks_after
from briefgen.analyse.possessorvoices import possessor_speaks
from briefgen.analyse.frenchtitled import french_titled, title_subject
from briefgen.analyse.quotemask import MASK
from briefgen.analyse.quotespeakers import SpeakerNames
from briefgen.analyse.runparts import split_run

_TITLED = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:(?:[a-z][a-z\-]*|[A-Z]{2,6})(?:['\u2019]s?)?\s+){0,3}?)([a-z][a-z\-.]*)"
                     r"(?:\s+of\s+(?P<domain>(?:the\s+)?[a-z][a-z\-]*(?:\s+(?:and\s+)?[a-z][a-z\-]*){0,3}))?")  # a domain after "of",
# which a later mention leaves out: "The chief inspector of air accidents said" is "The inspector, Dr Ama Owusu" (2026-12-05)
# An office of a body its name writes, "the Chairman of Hondaka Motor", "the chairman of Hondaka Motor" (officebodies.py;
# FX97): read as "the chairman of hondaka motor" is, but only for a holder named with every one of its words ("Kenji
# Hondaka, the chairman of Hondaka Motor,"), before or after; never the subject of the sentence before (`_named_just_before`).
_CAPITAL_OFFICE = re.compile(r"[Tt]he[ \t]+(?P<run>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){0,2}[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w&\-]*"
                             r"(?:[ \t]+[A-Z][\w&\-]*){0,3})")
# What a title is of, its own words or a name's: "the minister of finance", "the mayor of Paris" (`_another_holder`).
_OF_WHAT = (rf"(?:\s+of\s+(?P<domain>(?:the\s+)?(?:{CAPITAL}[\w\-]*(?:\s+{CAPITAL}[\w\-]*){{0,3}}|"
            r"[a-z][a-z\-]*(?:\s+(?:and\s+)?[a-z][a-z\-]*){0,3})))?")
_OWNER = re.compile(r"['\u2019]s?$")  # "the union's general secretary": the owner is no word of the title
# A title written in a name and the word the text then calls its holder by: "Mrs Justice Smith-Jones … the judge said"
# (a High Court judge's style; an airline trial lost the quotation, 2026-12-04).
_SAME_TITLE = {**CALLED, "chairwoman": "chairman", "chairperson": "chairman"}  # (judges.CALLED: "recorder")
# Words written with the name: up to three words right before the run that end in a title ("Health minister"), or
# an appositive after it in its clause ("…, the health minister,", "…, its chairman", "…, Brannock's chairman,").
_BEFORE = re.compile(r"((?:[A-Za-z][a-z\-]*[ \t]+){1,3})$")
# The title as an appositive's head before the name, which a comma closes after it: "The water minister, Declan Hurst,
# was asked …" (a trial lost '"…," the minister said', 2026-12-04).
# Also an indefinite one, and a body's name among its words: "A Cobrebras spokeswoman, Carolina Vidal, said …" before
# '"…," the spokeswoman added' (T20 #7, FX24: no speaker).
_BEFORE_COMMA = re.compile(r"(?<![\w'\u2019])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)[ \t]+((?:[A-Za-z][\w\-]*(?:['\u2019]s)?[ \t]+){0,3}"
                           r"[a-z][a-z\-.]*),[ \t]+$")
# Roles that no name holds as a title but "the <role>" frames (a trial lost "“…,” the chief investigator told reporters"
# and "“…,” the dean said", 2026-12-05), and a church style's role: "The Very Reverend Judith Amery" is a dean.
# "the EU foreign policy chief", "the security head", "the party boss": an office of several words ending in one (T27).
ROLE_TITLES = TITLE_WORDS | frozenset("investigator dean provost registrar warden curator auditor examiner head boss".split()) | OFFICE_NOUNS | (
    CLERICAL_TITLES | CHURCH_TITLES | SEA_TRADES)  # ("the bishop said" after "Mark Hale said …": a re-test, 2026-12-05)
# A sea trade's head that names a job only with its modifier: "the harbour master", "the salvage master" (a ferry trial,
# 2026-12-05), never "the master" alone, which is a ship's captain beside "Harbour master Ruth Okafor".
_MODIFIED_ONLY = frozenset(["master", "head", "boss"])  # ("the head said": a school's? "the security head": T27)
# Offices that judge between others (a court's, an inquest's): "the judge" is never the person the sentence before
# names as speaking — in a court report that is a party ("Anna Berg said she would appeal. “…,” the judge ruled":
# BR28 gave the judge's finding to the losing party, 2026-12-07); only a holder named with the title speaks.
_ADJUDICATORS = frozenset("judge justice magistrate coroner recorder registrar sheriff ombudsman".split())
_STYLES = (({"very", "reverend"}, {"dean", "provost"}), ({"right", "reverend"}, {"bishop"}), ({"venerable"}, {"archdeacon"}))
# A rank's qualifier that a later mention leaves out: "the chief investigator" is "the investigator, Dr Miriam Oakes".
_QUALIFIERS = frozenset("chief senior lead principal".split())
_FORMER = frozenset("former ex ex- onetime one-time then late previous outgoing retired".split())
# (or a role with no article, up to two words before it, then "for"/"of"/"at" or the appositive's end: "…, said John
# Smith, spokesman for the county." then "the spokesman added" lost its speaker; T19 #7, FX12)
_APPOSITIVE = re.compile(rf",[ \t]+(?:(?:the|its|his|her|their|a|an|(?:the[ \t]+)?[^\W\d_][\w&-]*(?:[ \t]+{CAPITAL}[\w&-]*){{0,3}}['\u2019]s?)"
                         r"[ \t]+|(?=(?:[a-z][a-z\-]*[ \t]+){0,2}(?:%s)(?:[ \t]+(?:for|of|at)\b|[ \t]*[,.;:!?)\n]|$)))"
                         r"([^,.;:!?()\n]{1,100}?)(?=[,.;:!?()\n]|$)" % "|".join(sorted(ROLE_TITLES, key=lambda w: (-len(w), w))))

# A sentence that addresses another party — a request, a challenge, an accusation — invites that party's reply: "Lena
# Moss asked for a pause. “There will be no pause,” said the general." is the general's refusal, and a hostile trial
# (2026-12-04) found it on Lena Moss's page. Its subject is then not the titled speaker (`_named_just_before`).
_ADDRESSING = re.compile(r"\b(?:ask(?:ed|s)?|urg(?:ed|es)|call(?:ed|s)[ \t]+(?:on|for|upon)|demand(?:ed|s)|appeal(?:ed|s)|"
                         r"press(?:ed|es)|challeng(?:ed|es)|accus(?:ed|es)|criticis(?:ed|es)|criticiz(?:ed|es)|"
                         r"question(?:ed|s)|plead(?:ed|s)|pled|begg?(?:ed|s)|request(?:ed|s)|invit(?:ed|es)|"
                         r"wrote[ \t]+to|petition(?:ed|s)|lobb(?:ied|ies)|attack(?:ed|s)|blam(?:ed|es)|"
                         r"condemn(?:ed|s)|denounc(?:ed|es)|rebuk(?:ed|es))\b", re.I)
# An address aimed at the subject, who is the one to answer (a trial's "Tomas Kerrigan announced … a day after MPs
# questioned him …" lost '“…,” the minister said', 2026-12-05): a passive ("pressed by reporters", "was questioned by
# MPs") or another party's clause after a conjunction whose object is "him"/"her" ("after reporters pressed him").
_BY_OR_PRONOUN = re.compile(r"[ \t]+(?:(?P<by>by)|him|her)\b(?![\u2019'])")
_OTHERS_CLAUSE = re.compile(r"\b(?:after|when|as|while|before|since|once|until|because)[ \t]+(?P<np>(?:[\w\u2019'-]+[ \t]+){1,4})$",
                            re.I)
# The holder's title as a sentence's subject, the sentence naming no one: "Touring the laboratory, the minister said
# the money would pay for …" between "Tomas Kerrigan announced …" and '“…,” the minister said' (a trial, 2026-12-05)
# is the same holder. At most TITLE_CHAIN such sentences are passed over.
TITLE_CHAIN = 2
_QUOTED = MASK + " \t\r\n.,;:!?\"'\u201c\u201d\u2018\u2019"  # what a masked sentence of a quotation's alone holds
_SUBJECT_TITLE = re.compile(r"(?:^[ \t]*(?:[A-Z][a-z]+ly|Later|Then|Afterwards|Meanwhile|Earlier)?|,)[ \t]*(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z][a-z\-]*[ \t]+){0,3}$")


def written_titles(masked: str, start: int, end: int, tokens: list[str], first: int) -> set[str]:
    """The title words written with the person run masked[start:end] (its `tokens`, the name from `first` on), in
    lower case: the run's own title words, up to three words right before it that end in a title ("Health
    minister"), an appositive heading it ("the water minister, Declan Hurst,") or after it ("…, the health
    minister,"), and the word a judge's style calls its holder (`_SAME_TITLE`)."""
    titled = {t.lower() for t in tokens[:first]}
    before = _BEFORE.search(masked, max(0, start - 40), start)
    written = before.group(1).lower().split() if before is not None else []
    titled |= set(written) if written and (written[-1] in TITLE_WORDS or written[-1] in SEA_TRADES) else set()  # ("The
    # minister met X": no; "Harbour master Captain Ruth Okafor": a sea trade, a ferry trial, 2026-12-05)
    headed = _BEFORE_COMMA.search(masked, max(0, start - 60), start)
    if headed is not None and masked[end:end + 1] == "," and all(t.lower() in HONORIFICS for t in tokens[:first]):
        titled |= set(headed.group(1).split())  # "the water minister, Declan Hurst, …"
    after = _APPOSITIVE.match(masked, end)
    titled |= {w.lower() for w in after.group(1).split()} if after is not None else set()
    held = next((k for k in range(first, 0, -1) if tokens[k - 1].lower() not in HONORIFIC_WORDS), 0)  # ("Justice Datuk")
    head = tokens[held - 1].lower() if held else ""  # the title's own word ("Justice Minister": Minister)
    spelled = {w for t in titled for w in spelled_out(t)}  # "DI Ruth Caldwell" is "the detective" (ranks.py)
    spelled |= {role for style, roles in _STYLES if style <= titled for role in roles}  # "The Very Reverend X": a dean
    return titled | spelled | ({_SAME_TITLE[head]} if head in _SAME_TITLE else set())


# A relative clause that says what the person runs ("Captain Ruth Okafor, who has run Port Carrick harbour since 2019"),
# its object's noun phrase up to a preposition or the clause's end: the holder of a title made of that noun and a head
# of `_RUNNER_HEADS` ("the harbour master said" before it: a ferry trial, 2026-12-05). Not "who runs a café on the pier"
# for "the pier master": the object's last word must be the title's modifier.
_RUNS = re.compile(r",?[ \t]+who[ \t]+(?:(?:has|had|now|still|also)[ \t]+)*(?:run|runs|ran|heads|headed|leads|led|manages|"
                   r"managed|commands|commanded|oversees|oversaw|overseen|captains|captained|skippers|skippered|keeps|kept)"
                   r"[ \t]+(?P<np>[^,.;:!?()\n]{1,60}?)(?=[ \t]+(?:since|for|in|at|on|from|until|and|but|with|of|near|off|"
                   r"during|through|under|after|before|when|where|while|as)\b|[,.;:!?()\n]|$)")
_RUNNER_HEADS = frozenset("""master manager head boss chief director keeper leader commander captain skipper governor
warden superintendent principal""".split())


def runs_what(masked: str, end: int, words: set[str]) -> bool:
    """Whether the person run ending at `end` is described as running what the title `words` name ("…, who has run
    Port Carrick harbour since 2019" holds "the harbour master": `_RUNS`): the clause's object ends in one of `words`
    and the others are all heads of `_RUNNER_HEADS`."""
    found = _RUNS.match(masked, end)
    if found is None:
        return False
    noun = POSSESSIVE.sub("", found.group("np").split()[-1]).lower()
    return noun in words and bool(words - {noun}) and words - {noun} <= _RUNNER_HEADS


# A sentence whose subject is a title alone, at its opening ("The chief executive defended the timetable.", "Later the
# minister visited the pier."): the title's holder is whom "he said"/"she said" right after it stands for
# (`TitledVoices._pronoun`).
_TITLE_OPENS = re.compile(r"[ \t]*(?:(?:[A-Z][a-z]+ly|Later|Then|Afterwards|Meanwhile|Earlier),?[ \t]+)?(?P<np>(?:[Tt]he|[Ii]ts|[Hh]is|"
                          r"[Hh]er|[Tt]heir)[ \t]+(?:[a-z][a-z\-]*(?:['\u2019]s)?[ \t]+){0,3}?[a-z][a-z\-]*)(?=[ \t]+(?:[a-z]+"
                          r"(?:ed|s)|was|is|has|had|will|would|did|could|said|told|went|made|gave|took|spoke|rose|met|shook|"
                          r"left|came|sat|stood|hit|put|set|began|kept|held|got)\b)")


class TitledVoices(SpeakerNames):
    """`SpeakerNames` and the one person a title alone stands for (module docstring)."""

    def _pronoun(self, at: int, sentence: int, previous: tuple[int, Who] | None) -> Who:
        """`SpeakerNames._pronoun`, but after a sentence whose subject is a title alone and that names no person ("The
        chief executive defended the timetable. “…,” she said."), the title's holder (`_titled_person`), else an
        unnamed speaker: never a person named before that sentence (a ferry trial's finding, 2026-12-05: "Fiona
        MacAskill … and Ewan MacDonald, a councillor, met. The councillor attacked the timetable. “…,” she said." gave
        MacAskill). Not when a quotation of the sentence before, or this sentence before the pronoun, names the speaker."""
        if sentence > 0 and not (previous is not None and previous[0] >= sentence - 1) and not self._persons(
                self.sentences[sentence][0], at):
            lo, hi = self.sentences[sentence - 1]
            subject = title_subject(self.masked, lo, hi) if self.frames.lexicon == "fr" else None
            if subject is not None and not self._persons(subject[0], hi):  # "Au micro de Radio Marais, le préfet a assumé sa
                # décision. « … », a-t-il dit.": no one named after the opening phrase (frenchtitled.title_subject)
                who = french_titled(self, *subject, "pronoun")
                return who if who is not None and who.name is not None else UNNAMED
            opening = _TITLE_OPENS.match(self.masked, lo, hi)
            title = _TITLED.fullmatch(opening.group("np")) if opening is not None else None
            if title is not None and title.group(2) in ROLE_TITLES and not self._persons(lo, hi):
                who = self._titled_person(opening.start("np"), opening.end("np"), "pronoun")
                return who if who is not None and who.name is not None else UNNAMED
        return super()._pronoun(at, sentence, previous)

    def _titled_person(self, start: int, end: int, frame: str) -> Who | None:
        """The person "the <title>" (masked[start:end]) stands for: the only one the article names with that title,
        before or after the frame ("“…,” the headteacher said. … Elsie Drummond, the headteacher of St Wenna's,":
        a trial lost it, 2026-12-05); None when the phrase is no title, or two people are so named, or the subject
        just before (`_named_just_before`) is another. Not one named as a former holder ("Anna Berg, the former
        minister") unless the frame says so too. A domain the frame writes after "of" ("the chief inspector of air
        accidents said") must be written with a holder named before ("Inspector Jane Reed" is a police inspector:
        no speaker, a re-test, 2026-12-05); a holder named later may leave it out ("The inspector, Dr Ama Owusu,")."""
        if self.frames.lexicon == "fr":
            return french_titled(self, start, end, frame)  # "a déclaré la ministre" (frenchtitled.py)
        phrase = _TITLED.fullmatch(written := self.masked[start:end].strip())
        capital = phrase is None and (office := _CAPITAL_OFFICE.fullmatch(written)) is not None and office_of_body(
            [w[:1].upper() + w[1:] for w in office.group("run").split()], lambda rest: classify(list(rest)))
        phrase = _TITLED.fullmatch(written.lower()) if capital else phrase
        if phrase is None or phrase.group(2) not in ROLE_TITLES:
            return None
        words = {w for w in phrase.group(1).split() if not _OWNER.search(w) and not w.isupper()} | {phrase.group(2)}
        words |= set((phrase.group("domain") or "").split()) - {"the", "and"} if capital else set()
        if phrase.group(2) in _MODIFIED_ONLY and len(words) < 2:
            return None  # "the master said": a ship's, not "Harbour master Ruth Okafor" (`_MODIFIED_ONLY`)
        domain = set((phrase.group("domain") or "").split()) - {"the", "and"}
        before = self._titled_in(0, start, words, frame)
        if before is None or len(before) > 1 or domain and self._titled_in(0, start, words | domain, frame) != before:
            return None  # ("Inspector Jane Reed … the chief inspector of air accidents said": another inspector?)
        after = self._titled_in(end, len(self.masked), words, frame)
        if after is None or len({**before, **after}) > 1:
            return None
        if before or after:
            holder = next(iter({**before, **after}.values()))
            if self._another_holder(start, end, phrase.group(2), words | domain, holder.name):
                return None  # "Health Minister Rachel Ingram met the finance minister. “…,” the minister said."
        if before or capital:
            return next(iter({**before, **after}.values())) if before or after else None
        just_before = self._named_just_before(start, words, phrase.group(2))
        if after and just_before is not None and just_before.name not in after:
            return None  # the subject before and a holder named later: whose words?
        return next(iter(after.values())) if after else just_before

    def _another_holder(self, start: int, end: int, head: str, words: set[str], holder: str | None) -> bool:
        """Whether the text mentions, outside the frame masked[start:end], a holder of the title `head` that it names
        by the title alone, the frame's `words` among its own, and with a word the holder is not named with: "Health
        Minister Rachel Ingram met the finance minister." or "Grégory Doucet, the mayor of Lyon, met the mayor of
        Paris." — then "the minister said" / "the mayor said" may be either (a re-test, BR19, 2026-12-06)."""
        held: set[str] = set()
        ends: list[int] = []  # where the holder's runs end: ", the general secretary of …" right after is theirs
        for run_start, run_end, tokens in _person_runs(self.masked, 0, len(self.masked)):
            kind = classify([POSSESSIVE.sub("", t) for t in tokens])
            if kind is not None and kind[0] == PERSON and holder and holder.split()[-1] in tokens:
                held |= {w.strip("'\u2019") for w in written_titles(self.masked, run_start, run_end, tokens, kind[1])}
                ends.append(run_end)
        mention = re.compile(r"(?<![\w'\u2019])[Tt]he\s+((?:[a-z][a-z\-]*(?:['\u2019]s?)?\s+){0,3}?)(" + re.escape(head)
                             + r")\b(?![\-'\u2019])" + _OF_WHAT)
        for found in mention.finditer(self.masked):
            if start <= found.start() < end or any(re.fullmatch(r",[ \t]*", self.masked[e:found.start()]) for e in ends):
                continue
            if not found.group("domain") and self.masked[found.end():].lstrip(" \t")[:1].isupper():
                continue  # "the finance minister Ann Lowe": named, counted among the holders
            own = {w for w in found.group(1).split() if not _OWNER.search(w)} | set(
                (found.group("domain") or "").lower().split()) - {"the", "and"}
            if own & _FORMER or not words - {head} <= own | {head}:
                continue
            if own - _QUALIFIERS - held:
                return True
        return False

    def _titled_in(self, lo: int, hi: int, words: set[str], frame: str) -> dict[str, Who] | None:
        """The people named in full in masked[lo:hi] with every one of the title's `words` (by full name); None when
        one of them may name two people."""
        found: dict[str, Who] = {}
        for run_start, run_end, tokens in _person_runs(self.masked, lo, hi):
            kind = classify([POSSESSIVE.sub("", t) for t in tokens])
            if kind is None or kind[0] != PERSON or (len(tokens) - kind[1] < 2 and not judge_tokens(tokens, kind[1])):
                continue  # a person in full: a lone surname names no one here (but a judge's: "Mrs Justice Harker")
            titled = written_titles(self.masked, run_start, run_end, tokens, kind[1])
            if (not words <= titled and not (words - _QUALIFIERS <= titled and words - _QUALIFIERS) or (
                    titled & _FORMER and not words & _FORMER)) and not runs_what(self.masked, run_end, words):
                continue  # ("Anna Berg, the former minister": not "the minister" now)
            name_start = run_start + len(" ".join(tokens[:kind[1]])) + (1 if kind[1] else 0)
            surface = POSSESSIVE.sub("", self.text[name_start:run_end])
            who = self._who(surface, PERSON, name_start, frame)
            if who.name is None:
                return None  # it may name two people: unsure
            found[who.name] = who
        return found

    def _named_just_before(self, start: int, words: set[str], head: str) -> Who | None:
        """The person "the <title>" at `start` stands for when no one was named with the title: the subject of the
        sentence before who speaks in it (a speech verb right after the name: "Selma Aho runs an advice office" is no
        one the governor's words are, a sixth trial), the only person named in it and not named with another title,
        when nothing since speaks
        of a "<head>" ("Aoife Brannigan said the report was encouraging. “…,” the union leader said": a shipyard
        trial's title-only frames were most of its missed quotes). "She met the minister. “…,” the minister said"
        is not hers: the word names someone else there. Never for an adjudicator's title (`_ADJUDICATORS`)."""
        if head in _ADJUDICATORS:
            return None  # (`_ADJUDICATORS`)
        sentence = self.sentence_of(start)
        while sentence > 0 and not self.masked[self.sentences[sentence - 1][0]:self.sentences[sentence - 1][1]].strip(
                _QUOTED):  # a quotation of two sentences: "“Nobody won the last month. The island lost it,” the chief
            sentence -= 1  # executive said" is read from the sentence it opens in (a ferry trial, 2026-12-05)
        back, mention = sentence - 1, re.compile(rf"\b{re.escape(head)}s?\b", re.I)
        while back > 0 and back >= sentence - TITLE_CHAIN and self._title_subject(back, head, mention):
            back -= 1  # "…, the minister said the money …": the same holder (`TITLE_CHAIN`)
        if back < 0 or mention.search(self.masked, self.sentences[sentence][0], start):
            return None
        lo, hi = self.sentences[back]
        persons = self._persons(lo, hi)
        subject = main_subject(self.masked, lo, hi, list(persons)) if len(persons) == 1 else None
        if subject is None or mention.search(self.masked, lo, hi) or self._addresses_another(lo, hi, subject):
            return None
        first = persons[subject]
        if not speaks_after(self.masked, end := subject[-1][0] + len(subject[-1][1]), hi) and not (first and possessor_speaks(
                self.masked, end, hi, [w for _, w in subject])):  # ("Kaja Kallas's message was blunt.": possessorvoices)
            return None  # "Selma Aho runs an advice office. “…,” the governor said": a trial gave her the governor's
        titled = {w.lower() for _, w in subject[:first]}
        if titled and not words & titled:
            return None  # "Industry Minister Helena Castellanos … the union leader said": another person
        who = self._person(subject, first)
        return Who(who.speaker, who.name, who.kind, "titled") if who.name is not None else None

    def _title_subject(self, sentence: int, head: str, mention: re.Pattern[str]) -> bool:
        """Whether the sentence names no one and its one mention of the title's `head` is its subject, "the …
        <head>" right before a speech verb and after the sentence's start or a comma ("Touring the laboratory, the
        minister said …"), and addresses no one (`TITLE_CHAIN`)."""
        lo, hi = self.sentences[sentence]
        found = list(mention.finditer(self.masked, lo, hi))
        if len(found) != 1 or self._persons(lo, hi) or _ADDRESSING.search(self.masked, lo, hi):
            return False
        return _SUBJECT_TITLE.search(self.masked[lo:found[0].start()]) is not None and speaks_after(
            self.masked, found[0].end(), hi)

    def _addresses_another(self, lo: int, hi: int, subject: tuple[tuple[int, str], ...]) -> bool:
        """Whether the sentence masked[lo:hi], whose subject is `subject`, addresses another party (`_ADDRESSING`),
        not the subject (`_BY_OR_PRONOUN`: "a day after MPs questioned him", "pressed by reporters")."""
        for verb in _ADDRESSING.finditer(self.masked, lo, hi):
            after = _BY_OR_PRONOUN.match(self.masked, verb.end(), hi)
            if after is not None and after.group("by"):
                continue  # "pressed by reporters": addressed
            clause = _OTHERS_CLAUSE.search(self.masked, lo, verb.start()) if after is not None else None
            if clause is not None and not clause.start("np") <= subject[0][0] < verb.start() and clause.group(
                    "np").split()[0].lower() not in ("he", "she"):
                continue  # "after MPs questioned him": another party's clause, the subject its object
            return True
        return False


def _person_runs(masked: str, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the name runs in masked[lo:hi], a run that holds "of" in its parts (runparts.split_run:
    "Commodore Andrew Whitlaw of the Skerrin Ferry Users' Group" → the commodore | the group). Read whole, such a run
    was no person, and "According to the commodore" had no holder (a ferry trial, 2026-12-05)."""
    found = []
    for run in RUN.finditer(masked, lo, hi):
        if " of " not in run.group():
            found.append((run.start(), run.end(), run.group().split()))
            continue
        words = [(run.start() + m.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
        found.extend((part[0][0], part[-1][0] + len(part[-1][1]), [w for _, w in part]) for part in split_run(words) if part)
    return found
