"""Who a speaker's words name, for quotes.py's frames: name runs and their kinds, "he"/"she"/"it" and their
antecedents, names with "and", full names (the name-resolution half of `quotes._Context`).

Pure: a `SpeakerNames` reads one string's text and masked text (quotes.py's `_Context` docstring) and keeps no
state between calls but memos and the sex each "he"/"she" it gave a person tells of them (`_sex`: read by the
pronouns after it, in reading order).
"""
from __future__ import annotations

import re

from briefgen.analyse.postnominals import knights_letters, titled_form, titled_name
from briefgen.analyse.companyforms import PUBLIC_BODY_HEADS, referred_to_as_person, surname_worded, utility_worded
from briefgen.analyse.wordedpersons import shown_person
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.addressedoutlets import addressed_outlet
from briefgen.analyse.seats import seat_skip
from briefgen.analyse.sheikhnames import kept_start
from briefgen.analyse.onbriefs import brief_skip
from briefgen.analyse.sentences import sentence_index
from briefgen.analyse.nonpersons import according_to_the
from briefgen.analyse.antecedents import (CARRY_BACK, SURE, acts, addressee, carried_back, in_own_sentence, main_subject, pronoun_speaker, pronoun_subject, speaks_after,
                                          writer_addressed)
from briefgen.analyse.fullnames import full_name
from briefgen.analyse.hyphentitles import titled_parts
from briefgen.analyse.namecontext import after_the, article_body, described, plural_opening, said_first
from briefgen.analyse.lexicon import GIVEN_NAME_MONTHS, HONORIFICS, MONTHS_DAYS, PLACE_LEADS, PLACES, STOPWORDS, role_alone, title_alone
from briefgen.analyse.jobtitled import job_titled
from briefgen.analyse.nameruns import ORGANISATION, PERSON, POSSESSIVE, RUN, classify, surname_title
from briefgen.analyse.nameparticles import joined_particles
from briefgen.analyse.nicknames import without_nickname
from briefgen.analyse.landformfirms import landform_firm, place_before
from briefgen.analyse.orgnames import body_named
from briefgen.analyse.industrywords import firm_noun
from briefgen.analyse.nounledpeople import noun_led_person
from briefgen.analyse.postnominals import name_words
from briefgen.analyse.principals import spoken_for_at
from briefgen.analyse.quoteframes import Frames
from briefgen.analyse.quoteresult import UNNAMED, UNSURE, Who
from briefgen.analyse.givensex import given_sex, person_sex, pronoun_sex
from briefgen.analyse.plainnouns import plain_noun
from briefgen.analyse.agentpronouns import agent_in_doubt
from briefgen.analyse.stopnames import COUNT_WORDS, begins_name, name_word, person_appositive
from briefgen.analyse.groupnouns import PARTY_PLURALS, counted_band
from briefgen.analyse.runparts import firm_after_role, firm_with_s, leading_month_kept, speaker_parts
from briefgen.analyse.titlefit import title_before
from briefgen.analyse.vesselnames import shown_vessel
from briefgen.analyse.brandleads import brand_before
from briefgen.analyse.sentenceadverbs import adverb_skip, opening_adverb, opening_words, timed_pronoun
from briefgen.analyse.placesurnames import place_surname
from briefgen.analyse.placeuses import used_as_place

PLACE = "place"
_TOKEN = re.compile(r"\S+")
_AND_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?!The\b)({CAPITAL}[\w'\u2019-]*)[ \t]+and[ \t]+$")  # one word "and" joins to a name
_APPOSITIVE_NAME = re.compile(rf"\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+)?{CAPITAL}[\w'\u2019-]*\s+{CAPITAL}[\w'\u2019-]*")
_SENTENCE_OPENS = re.compile(r"(?:[.!?:;]|\n)\s*[\u201c\"\u2018(]?$")  # (names._BEFORE_SENTENCE)
_OPENERS = " \t\n\u201c\"\u2018\u00ab("
_CAPITAL_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?!(?:The|A|An|In|On|At|By|For|And|But)[ \t]){CAPITAL}[\w'\u2019-]*[ \t]+$")  # ("Anna Berg and Acme Ltd": two names)


class SpeakerNames:
    """The names a frame's noun phrase may give, in one string (`text`) and its masked copy (`masked`)."""

    text: str
    masked: str
    sentences: tuple[tuple[int, int], ...]
    context: str
    frames: Frames

    def _runs(self, start: int, end: int) -> list[tuple[list[tuple[int, str]], tuple[str, int]]]:
        """Name runs in masked[start:end] with their classification (kind, first name token)."""
        found = []
        for run in joined_particles(self.masked, list(RUN.finditer(self.masked, start, end))):  # ("Maarten ter Horst")
            words = [(run.start() + m.start(), m.group()) for m in _TOKEN.finditer(run.group())]
            words = words[1:] if said_first(self.masked, run.start(), run.group()) else words  # "Said Ada Brenn:"
            skip = max(adverb_skip(self.masked, run.start(), run.group()), seat_skip(self.masked, run.start(), run.group()), brief_skip(self.masked, run.start(), run.group()))  # "the councillor for Westbury North Helen Mabry", "Rapporteur on the Right to Food Michael Fakhri" (onbriefs)
            words = [w for w in words if w[0] >= run.start() + skip] if skip else words  # (seats.py)
            for part in [p for whole in speaker_parts(words) for p in titled_parts(whole)]:  # (hyphentitles.py)
                if (len(part) == 1 and (part[0][1].lower() in GIVEN_NAME_MONTHS or surname_title(part[0][1]) or part[0][
                        1].lower() in PARTY_PLURALS) and self.full_name(part[0][1], PERSON, part[0][0]) != part[0][1]):
                    found.append((part, (PERSON, 0)))  # "May said", after "Theresa May"; "Brig said" after "Anna Brig";
                    continue  # "Peers said" after "Tom Peers" (groupnouns.PARTY_PLURALS, FX68)
                while part and (part[0][1].lower() in STOPWORDS or part[0][1].lower() in MONTHS_DAYS or opening_adverb([w for _, w in part])) and (
                        " ".join(w for _, w in part).lower() not in PLACES):  # "New York": not "York"
                    if leading_month_kept([w for _, w in part], (self.masked[max(0, part[0][0] - 12):part[0][0]].split()
                                                                or [""])[-1].strip(",")):
                        break  # "Jan Borkowski said", not "in May Kuleba said"
                    if len(part) > 1 and name_word(part[0][1]) and part[1][1].lower() not in STOPWORDS and begins_name(
                            self.masked, part[0][0], part[-1][0] + len(part[-1][1])):
                        break  # "“…,” To Lam said", "Colonel Do Van Thanh told AOP": a name's first word (stopnames.py)
                    if len(part) == 2 and part[0][1].lower().rstrip(".\u2024") in HONORIFICS and classify([part[1][1]]) is None or (
                            part[0][1].lower() in COUNT_WORDS and counted_band([w for _, w in part[1:]])):
                        break  # "Mr Peers", "Nine Inch Nails": a surname, a band (groupnouns.py; FX60)
                    part = part[1:]
                letters = []  # "Sir John Major KG", "Lord Butler KG": the Garter's letters, no legal form (postnominals.py);
                while len(part) > 1 and any(knights_letters(part[-1][1], self.masked, w[0]) for w in part[:2]) or len(part) > 2 and titled_form(
                        part[-1][1], self.masked, part[0][0], part[-2][0] + len(part[-2][1])):  # ("Dr Kim Ng SA", "… KG PC")
                    part, letters = part[:-1], part[-1:] + letters  # read without them, kept in the run the frame reads (FX21)
                tokens = [w for _, w in part]
                if part and (kept := name_words(tokens, (self.masked[max(0, part[0][0] - 12):part[0][0]].split() or [""])[-1])) < name_words(tokens):
                    part, letters, tokens = part[:kept], part[kept:] + letters, tokens[:kept]  # "Mr Reed VC": the title before (FX40)
                if tokens and POSSESSIVE.search(tokens[-1]) and len(tokens[-1]) > 2:
                    if firm_with_s(tokens):  # "Moody’s said" (runparts.firm_with_s)
                        found.append((part, (ORGANISATION, 0)))
                        continue
                    tokens[-1] = POSSESSIVE.sub("", tokens[-1])
                classified = classify(tokens) if tokens else None
                if classified is None and len(tokens) > 1 and tokens[0].lower() in PLACE_LEADS and person_appositive(
                        self.masked, part[-1][0] + len(part[-1][1])) and classify(tokens[1:]) == (PERSON, 0):
                    classified = (PERSON, 0)  # "“…,” said Jabal Ali, a trader" (runparts._landform_person)
                elif classified is None and landform_firm(tokens) and not place_before(self.masked, part[0][0]):
                    classified = (ORGANISATION, 0)  # "“…,” Bukit Asam said": a company (landformfirms.py, T22 #5)
                classified = firm_after_role(tokens, classified) if classified else None  # "Operator Cobre Andino"
                if tokens and tokens[0].lower() in COUNT_WORDS and counted_band(tokens[1:]):
                    classified = (ORGANISATION, 0)  # "Nine Inch Nails said": the band (groupnouns.counted_band)
                if classified == (ORGANISATION, 0) and surname_worded(tokens[:(named := name_words(tokens))]) and (named < len(tokens) or titled_name(
                        tokens, self.masked[max(0, part[0][0] - 12):part[0][0]].rstrip().rpartition(" ")[2]) or person_appositive(
                        self.masked, part[-1][0] + len(part[-1][1]), True) or utility_worded(tokens) and referred_to_as_person(
                        self.masked, part[-1][0] + len(part[-1][1])) or shown_person(self.masked, " ".join(tokens))):  # "Dr Sara Offshore", "Sara Offshore, a diver,": a
                    classified = (PERSON, 0)  # surname (companyforms, FX21); "Sara Offshore DBE": a firm has no honours (FX30); "India Power told reporters she …" (FX69); a person at another mention (wordedpersons.py, FX92)
                if classified == (ORGANISATION, 0) and tokens[-1].lower() in PUBLIC_BODY_HEADS and person_appositive(
                        self.masked, part[-1][0] + len(part[-1][1]), True):
                    continue  # "said Victoria Police, a nurse at the hospital": self-contradictory, no one's (FX109)
                if classified == (ORGANISATION, 0) and len(tokens) == 2 and described(
                        ORGANISATION, " ".join(tokens), "?"):
                    known = self.full_name(tokens[1], PERSON, part[1][0])
                    if known and known != tokens[1] and described(ORGANISATION, " ".join(tokens), known):
                        classified = (PERSON, 1)  # "the Norwegian Haaland said", Haaland named before (namecontext.py)
                if classified is not None and classified[0] == PERSON and (len(tokens) == classified[1] + 1 or not classified[
                        1] and surname_title(tokens[-1])) and after_the(self.masked, part[classified[1]][0]):
                    continue  # "the Treasury said", "the Frenchman said", "the Westbury Mayor said": no one's name
                if classified == (PERSON, 0) and len(tokens) == 1 and (role_alone(tokens[0]) or title_alone(
                        tokens[0], self.text)) and self.full_name(
                        tokens[0], PERSON, part[0][0]) == tokens[0]:
                    continue  # "Auditor tells councillors:": a role, no one's name (lexicon.role_alone)
                if classified == (PERSON, 0) and article_body(tokens) and after_the(self.masked, part[0][0]) and (speaks_after(
                        self.masked, part[-1][0] + len(part[-1][1]), len(self.masked)) or according_to_the(
                        self.masked, part[0][0], part[-1][0] + len(part[-1][1]))):  # ("According to the Morning Star,")
                    classified = (ORGANISATION, 0)  # "The Royal Mail said", "the Coast Record said": English writes no
                    # article before a person's name (a title's words do not count: "the Rev Tom Reid"; issue 9, 2026-12-05)
                if classified is not None and classified[0] == PERSON and len(part) == 1 and plural_opening(
                        self.masked, part[0][0], part[0][0] + len(part[0][1])):
                    continue  # "Farmers said: …", "Speakers included …": no one's name (namecontext.plural_opening)
                if classified == (PERSON, 0) and body_named(self.masked, part[0][0], part[-1][0] + len(tokens[-1])):
                    classified = (ORGANISATION, 0)  # "said the United Nursing Staff union" (orgnames.body_named)
                if classified == (PERSON, 0) and self.masked[part[0][0] - 1:part[0][0]] == " " and firm_noun(self.masked[max(0, part[0][0] - 24):part[0][0] - 1].rpartition(" ")[2], " ".join(tokens)) and not noun_led_person(self.masked, " ".join(tokens)) and self.full_name(" ".join(tokens), PERSON, part[0][0]) == " ".join(tokens):
                    classified = (ORGANISATION, 0)  # "the utility Iberagua, said": a company (industrywords.firm_noun, T29)
                if classified == (PERSON, 0) and job_titled(self.text, tokens, part[0][0], self.context):
                    classified = (PERSON, 1)  # "Dean Judith Amery" where the article shows a dean (deans.py)
                if classified == (PERSON, 0) and len(tokens) > 1 and self._vessel(" ".join(tokens)):
                    continue  # "the Morning Star" where the text writes "the ferry Morning Star" (vesselnames.py)
                if classified == (PERSON, 0) and len(tokens) == 1 and used_as_place(self.text, tokens[0]) and self.full_name(tokens[0], PERSON, part[0][0]) == tokens[0]:
                    continue  # "Osaka said" after "in Osaka": a place, no one by a speech verb alone (placeuses.py, FX109)
                if classified is None and place_surname(tokens, lambda surface: self.full_name(surface, PERSON, part[0][0]), self.text):
                    classified = (PERSON, 0)  # "San Martín said" after "Elena San Martín" (placesurnames.py, T29 F6)
                if classified is None and tokens and " ".join(tokens).lower() in PLACES:
                    classified = (PLACE, 0)
                if classified is not None and classified[0] in (PERSON, ORGANISATION) and part[0][0] == run.start() and (
                        brand := brand_before(self.masked, part[0][0], classified[0], classified[1], tokens)):
                    part, classified = [brand, *part], (ORGANISATION, 0)  # "easyJet Holidays said" (brandleads.py, FX50)
                if classified is not None:
                    found.append((part + letters if classified[0] == PERSON else part, classified))
        return found


    def _vessel(self, name: str) -> bool:
        """Whether this text (or its `context`) shows `name` to be a ship's (vesselnames.shown_vessel); asked once a
        name (a memo of this reader's own: the same name is read by every frame)."""
        memo = self.__dict__.setdefault("_vessels", {})
        if name not in memo:
            memo[name] = shown_vessel(self.masked, name) or bool(self.context) and shown_vessel(self.context, name)
        return memo[name]

    def _and_name(self, start: int, end: int, run_start: int, run_end: int, frame: str) -> Who | None:
        """A name with "and" inside, which name runs split there, from the run at run_start..run_end and
        the run "and" joins it to in masked[start:end]: an organisation ("the Ministry of Trade and
        Industry") or a person after a title ("Minister for Trade and Industry Ana Silva" → Ana Silva);
        None when the two are two names ("Walla and Moreau", "Procter and Gamble": unsure) or the phrase goes
        on after them (the name may go on: "… and Co-operation in Europe")."""
        left = [m for m in RUN.finditer(self.masked, start, run_start) if self.masked[m.end():run_start] == " and "]
        right = [m for m in RUN.finditer(self.masked, run_end, end) if self.masked[run_end:m.start()] == " and "]
        if not left and not right:
            return None
        lo, hi = (left[-1].start(), run_end) if left else (run_start, right[0].end())
        if self.masked[hi:end].strip():
            return None  # the name goes on: "the Organisation for Security and Co-operation in Europe said"
        named = (right[0].start(), right[0].end()) if right else (run_start, run_end)  # "Adviser on Housing and
        if skip := brief_skip(self.masked, named[0], self.masked[named[0]:named[1]]):  # Homelessness Ann Lee" (onbriefs)
            return self._who(self.text[named[0] + skip:named[1]], PERSON, named[0] + skip, frame)
        words = [m for m in _TOKEN.finditer(self.masked, lo, hi)]
        while words and words[0].group().lower() in STOPWORDS:
            words = words[1:]  # "The Ministry …" at a sentence start
        classified = classify([w.group() for w in words]) if words else None
        if classified is not None and classified[0] == ORGANISATION:
            surface = self.text[words[0].start():hi]
            return Who(surface, surface, ORGANISATION, frame)
        if classified is not None and classified[0] == PERSON and "and" in [w.group() for w in words[:classified[1]]] and not (
                _APPOSITIVE_NAME.match(self.masked, end)):
            return self._who(self.text[words[classified[1]].start():hi], PERSON, words[classified[1]].start(), frame)
        return None  # ("… Aged Care, Mark Butler, said": the appositive is the person, "Aged Care" the brief's; BR8)

    def _pronoun(self, at: int, sentence: int, previous: tuple[int, Who] | None) -> Who:
        """"he"/"she" ("il"/"elle"): a person in subject position, never one the sentence talks about (antecedents.py),
        and never one known to be of the other sex (givensex.person_sex: a given name, a title, a reflexive): then the
        nearest person before that is known to be of the pronoun's sex, no person of unknown sex between, else no one
        ("John Lee met the prefect Sophie Arnaud. “…,” she said." is Sophie Arnaud's; "Alex Morgan blamed himself …
        “…,” she said." no one's; `_agreeing`; QW17, 2026-12-06)."""
        who = self._antecedent(at, sentence, previous)
        word = (self.masked[at:at + 5].split() or [""])[0]
        sex = pronoun_sex(word)
        if who.kind == PERSON and who.name and sex:
            if self._sex(who.name) not in ("", sex):
                who = self._agreeing(at, sentence, sex, who.name)
            elif agent_in_doubt(self.masked, who.name, word.lower()):
                return UNNAMED  # (agentpronouns.py: "His assistant, Anna Berg, said … “…,” he said": his or hers)
            if who.name:
                self.__dict__.setdefault("_pronoun_sexes", {}).setdefault(who.name, set()).add(sex)
        return who

    def _sex(self, name: str) -> str:
        """"m"/"f" when the person `name` is known to be of that sex: by a given name, a title or a reflexive
        (givensex.person_sex), or by "he"/"she" this text used of them before (the pronouns `_pronoun` gave them, in
        reading order: "“…,” said Alex Morgan. “…,” she added."); "" when unknown or told both ways."""
        found = person_sex(self.masked, name, self.frames.lexicon)
        sexes = {found} - {""} | self.__dict__.get("_pronoun_sexes", {}).get(name, set())
        return next(iter(sexes)) if len(sexes) == 1 else ""

    def _agreeing(self, at: int, sentence: int, sex: str, rejected: str) -> Who:
        """The person a pronoun of `sex` at `at` stands for when its antecedent `rejected` is of the other sex: the
        nearest person named before it in its own sentence, then back to the last sentence that names one (at most
        CARRY_BACK sentences more), whose sex is known to be `sex`, past persons known to be of the other sex; no one
        when a person of unknown sex comes first (precision first: "John Lee met Sophie Arnaud and Dr Kowalczyk. “…,”
        she said." is no one's)."""
        for n in range(sentence, max(-1, sentence - 2 - CARRY_BACK), -1):
            lo, hi = self.sentences[n][0], (at if n == sentence else self.sentences[n][1])
            persons = self._persons(lo, hi)
            for run in reversed(list(persons)):
                who = self._person(run, persons[run])
                if who.kind != PERSON or not who.name:
                    return UNNAMED
                if who.name == rejected:
                    continue
                found = self._sex(who.name)
                if not found:
                    return UNNAMED
                if found == sex:
                    return UNNAMED if agent_in_doubt(self.masked, who.name, "he" if sex == "m" else "she") else who
            if persons and n < sentence:
                break
        return UNNAMED

    def _antecedent(self, at: int, sentence: int, previous: tuple[int, Who] | None) -> Who:
        """The person "he"/"she" at `at` stands for, whatever the text tells of their sex (`_pronoun`)."""
        earlier: Who | None = None  # the speaker of a quotation just before, else the last sentence's subject
        if previous is not None and previous[0] >= sentence - 1 and previous[1].kind == PERSON:
            earlier = Who(previous[1].speaker, previous[1].name, PERSON, "pronoun")
        elif sentence > 0:
            back = carried_back(self.masked, self.sentences, sentence, at, lambda s, e: bool(self._persons(s, e)))
            lo, hi = self.sentences[back]
            persons = self._persons(lo, hi)
            pronoun = (self.masked[at:at + 4].split() or [""])[0].lower()
            between = [self.masked[b_lo:b_hi].lstrip() for b_lo, b_hi in self.sentences[back + 1:sentence]]
            presented = all(w.startswith(pronoun.capitalize() + " ") for w in between)  # ("Among them is X. He has …
            # “…,” he said."; not past "Her sister spoke to reporters." nor "Police were called.", 2026-12-05)
            subject = main_subject(self.masked, lo, hi, list(persons), presented=presented, pronoun=pronoun)
            if subject is not None and presented and main_subject(self.masked, lo, hi, list(persons), presented=False) is None and [
                    run for run in [*persons, *self._persons(self.sentences[sentence][0], at)] if len(run) > 1 and run[-1][1] != subject[-1][1]]:
                subject = None  # a presented person ("Among them is X.") only when no other person named in full in that
                # sentence or the pronoun's may be "she" ("Among them is X, whom Helen Mabry hired. “…,” she said.": unsure;
                # issue 9, 2026-12-05)
            same = pronoun_speaker(self.masked, lo, hi, pronoun) if subject is None and pronoun in ("he", "she") else None
            if same is None and subject is None and pronoun in ("he", "she") and all(  # (a lead-in may name a firm by one
                    len(r) == 1 and self._a_body(r[0][0], r[0][1]) for r in persons) and len(  # word, no person; W1, 2026-12-05:
                    {self._person(r, f).name for r, f in self._persons(0, lo).items()}) == 1:  # one person named before)
                same = pronoun_subject(self.masked, lo, hi, pronoun)  # "Asked whether Halvern had …, she paused."
            if same is not None:
                chained = self._pronoun(same, back, None)  # "…, she said the turnout showed … “…,” she said": hers
                if chained.speaker is not None:
                    return self._own_or(at, sentence, chained)
            if subject is None:  # “Is it closed?” a reporter asked Salo. “Yes,” he said: the one asked answers
                persons = {tuple(r): f for r, (kind, f) in self._runs(lo, hi) if kind == PERSON}
                subject = addressee(self.masked, lo, hi, list(persons)) or writer_addressed(  # a lone word only as
                    self.masked, lo, hi, list(self._persons(lo, hi)))  # `_persons` takes it: "I have taken Vasolor" (T14)
            if subject is not None and pronoun in ("he", "she") and timed_pronoun(self.masked, self.sentences[sentence][0], at) and self.frames.speech.search(self.masked, lo, hi) is None and len({who.name for r, f in persons.items() if (who := self._person(r, f)).kind == PERSON
                    and " " in who.name and not POSSESSIVE.search(r[-1][1]) and self._sex(who.name) in ("", pronoun_sex(pronoun))}) > 1:
                subject = None  # "Ana Ruiz met Marta Gómez. Then she said: “…”": two in reach who may be "she", either's; not
                # where one speaks ("MacAskill said … Island Lass …"), nor a plain "she said" (QW17's subject; FX109)
            earlier = self._person(subject, persons[subject]) if subject is not None else None
        return self._own_or(at, sentence, earlier)

    def _a_body(self, at: int, word: str) -> bool:
        """Whether the one word `word` is elsewhere in the text the first of a firm's or body's name ("Halvern" after
        "Halvern Capital"), so no person: a lead-in's "Asked whether Berg/Hughes/Acme …" may name someone, and a
        pronoun after it is then no one's (a breaker's W1 against 44de196c, 2026-12-05: "Tom Reid was at the meeting.
        Asked whether Hughes had been told, she paused. “…,” she said." had given Tom Reid)."""
        return self.full_name(word, PERSON, at) == word and any(
            (classify([word, m.group(1)]) or ("",))[0] == ORGANISATION
            for m in re.finditer(rf"\b{re.escape(word)}[ \t]+({CAPITAL}[\w-]*)", self.masked))

    def _own_or(self, at: int, sentence: int, earlier: Who | None) -> Who:
        """The pronoun at `at`'s antecedent in its own sentence, agreeing with `earlier` when that is only maybe."""
        here = self.sentences[sentence][0]
        persons = self._persons(here, at)
        own = in_own_sentence(self.masked, here, at, list(persons))
        if own is None:
            return earlier or UNNAMED
        sure, run = own
        if run is None:
            return UNNAMED
        who = self._person(run, persons[run])
        return who if sure == SURE or earlier is None or earlier.name == who.name else UNNAMED

    def _persons(self, start: int, end: int) -> dict[tuple[tuple[int, str], ...], int]:
        """Person runs in masked[start:end], in text order, with the index of their first name word; one
        word only as a surname named in full before, the subject of a verb ("Rescue crews" is no one; nor a plain word
        opening a sentence, "Irrigation is banned": `_named_alone`) or after an
        honorific ("Mr Harrowgate wants …": a trial's "he said" after it had no speaker)."""
        return {tuple(run): first for run, (kind, first) in self._runs(start, end) if kind == PERSON and (
            len(run) > 1 or acts(self.masked, run[0][0] + len(run[0][1])) and self._named_alone(run[0][0], run[0][1])
            or title_before(self.masked, run[0][0]) in HONORIFICS
            or self.full_name(POSSESSIVE.sub("", run[0][1]), PERSON, run[0][0]) != POSSESSIVE.sub("", run[0][1]))}

    def _named_alone(self, at: int, word: str, opening: bool = False) -> bool:
        """Whether the one word `word` at `at`, the subject of a verb (`acts`) and named in full nowhere before, is a
        person's name: anywhere but at a sentence's start, where English capitalises every word, and there unless it
        is a plain word (plainnouns.plain_noun: QW17, 2026-12-06, "Irrigation is banned, said Tom Reid. “…,” he
        said." gave "Irrigation" the quotation; "Lavrov met …" stays Lavrov's); a plain word only when it speaks
        ("Turnout said" is no sentence), is a given name (givensex.given_sex), or is written capitalised alone
        elsewhere in the text not at a sentence's start ("… said Power."; `_opens_sentence`). `opening`: the word
        opens a colon lead-in, past a live blog's stamp ("7.15 pm: Update from Delhi Metro:"), read as a sentence's.
        A sentence adverb opening its sentence is never one ("Eventually came the vote: “…”" was "Eventually"'s: FX97)."""
        plain = POSSESSIVE.sub("", word)
        if (opening or self._opens_sentence(at)) and opening_words([plain]):
            return False
        if not (opening or self._opens_sentence(at)) or not plain_noun(plain, self.text):
            return True
        return speaks_after(self.masked, at + len(word), len(self.masked)) or bool(given_sex(plain, self.frames.lexicon)) or any(
            m.start() != at and not self._opens_sentence(m.start()) and not _CAPITAL_BEFORE.search(
                self.masked, max(0, m.start() - 40), m.start())
            for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(plain)}(?![\w-])(?![ \t]+{CAPITAL})", self.masked))

    def _opens_sentence(self, at: int) -> bool:
        """Whether the word at `at` is its sentence's first (opening quotation marks or a bracket before it allowed):
        read from the sentence spans where they reach, else from the characters before it (`_SENTENCE_OPENS`)."""
        if self.sentences and self.sentences[0][0] <= at < self.sentences[-1][1]:
            lo = self.sentences[sentence_index(self.sentences, at)][0]
            if lo <= at:
                return not self.masked[lo:at].strip(_OPENERS)
        return at == 0 or _SENTENCE_OPENS.search(self.masked, max(0, at - 4), at) is not None

    def _person(self, run: tuple[tuple[int, str], ...], first: int) -> Who:
        """A person run as a pronoun's antecedent: title and possessive dropped, full name."""
        last = run[-1][1]
        s, e = run[first][0], run[-1][0] + len(POSSESSIVE.sub("", last) if len(last) > 2 else last)
        return self._who(self.text[s:e], PERSON, s, "pronoun")

    def _it(self, at: int, sentence: int) -> Who:
        lo = self.sentences[sentence - 1][0] if sentence > 0 else self.sentences[sentence][0]
        organisations = [run for run, (kind, _) in self._runs(lo, at) if kind == ORGANISATION and not addressed_outlet(
            self.masked, run[0][0], " ".join(w for _, w in run))]  # ("X told Reuters …: “…,” it said": X's, addressedoutlets.py)
        if not organisations:
            return UNNAMED
        start = organisations[-1][0][0]
        joined = _AND_BEFORE.search(self.masked, max(lo, start - 80), start)  # "the Nautical and Ferry Workers' Union"
        if joined is not None and not _CAPITAL_BEFORE.search(self.masked, max(lo, joined.start(1) - 40), joined.start(1)) and classify(
                self.masked[joined.start(1):start].split() + [w for _, w in organisations[-1]]) == (ORGANISATION, 0):
            start = joined.start(1)  # (read as two runs, "Nautical" | "Ferry Workers' Union": a ferry trial, 2026-12-05)
        surface = self.text[start:organisations[-1][-1][0] + len(POSSESSIVE.sub("", organisations[-1][-1][1]))]
        return Who(surface, surface, ORGANISATION, "pronoun")

    def full_name(self, surface: str, kind: str, at: int) -> str | None:
        name = full_name(self.masked, self.context, surface, kind, at)  # a name in a quotation is no one's: masked
        return name and name.replace("\u2024", ".")  # (the periods of initials are DOT there)

    def _who(self, surface: str, kind: str, at: int, frame: str) -> Who:
        """The speaker `surface` names: its full name, or UNSURE when it may name two people ("Okafor"); no one when
        the text names the person as the one a spokesperson or aide speaks for, a title between ("A spokesperson for
        Trade and Industry Minister Tom Reid said": principals.spoken_for_at; QW12, 2026-12-06). Post-nominal letters end a person's name and are dropped here, on
        every frame's path (postnominals.name_words: a trial's "Priya Raman KC, for the operator, told … “…,” she said"
        gave a page "Priya Raman KC" beside "Priya Raman"; T13, 2026-12-06)."""
        if kind == PERSON and spoken_for_at(self.masked, at):
            return UNNAMED
        surface = without_nickname(surface) if kind == PERSON else surface  # 'Ramon "Bongbong" Dizon' (nicknames.py)
        if kind == PERSON and (words := surface.split()) and (kept := name_words(words, (
                self.masked[max(0, at - 12):at].split() or [""])[-1])) < len(words):  # ("Mr Reed VC": his title, FX40)
            surface = surface[:[m.end() for m in _TOKEN.finditer(surface)][kept - 1]]  # "Priya Raman KC" → "Priya Raman"
        if kind == PERSON and (skip := brief_skip(self.masked, at, surface)):  # "Envoy on Climate John Kerry" (onbriefs.py)
            surface, at = surface[skip:], at + skip
        if kind == PERSON and (start := kept_start(self.masked, at, surface)) != at:  # "Sheikh Hasina said" (sheikhnames.py)
            surface, at = self.masked[start:at] + surface, start
        name = self.full_name(surface, kind, at)
        return UNSURE if name is None else Who(surface, name, kind, frame)
