"""Quotations in an article and who said them: the speaker of the attribution frame, never every person the sentence names.

    from briefgen.analyse.quotes import quotes_in

    for q in quotes_in(title, text):     # text: the article's plain text (HTML → text)
        q.text, q.speaker, q.name, q.kind, q.frame  # "We will not trade land", "Kuleba", "Dmytro Kuleba", "person", "said-after"
    # q.name is the article-local full name: pass it to NameIndex.canonical() (names.py).

A pure function of the two strings (no memo, no I/O); offsets are into `text`, or into `title` when `in_title`. Every quotation-mark convention is read (“…”, ‘…’, "…", '…', „…“, «…», »…«, 「…」 …: quotemarks.pair_marks); a quotation inside
another is part of it. A headline's quotation that the text quotes is its speaker's there. A Q&A's answers, printed
without marks ("Helena Marsh: The morning after …"), are their speakers' (interviews.py).

Frames, tried in this order (see docs/people.md for the reasons and the measured precision):
1. after the closing mark: `“…,” Kuleba said` / `“…,” said Kuleba, the minister` / `“…,” he said` /
   `“…,” according to X, Kuleba said` / `“…” — Kuleba` (dash lead-out);
2. before the opening mark: `Kuleba said: “…”`, `Kuleba: “…”`, `Kuleba — “…”`, and the last speech verb of the
   clause, `Kuleba said the plan was “dead on arrival”`;
3. `according to X` (after the closing mark, else anywhere outside quotation marks): a source, and the speaker only
   when 1 and 2 find no speech frame (`Lopez said “…,” according to X` is Lopez's);
4. a quotation that opens its sentence with no frame of its own continues the quotation of the previous sentence and keeps its speaker,
   in its paragraph or one the quotation runs on into, never a block after it (paragraphquotes.py); `“…,” said X, “…”` is X's too.
A subject is a person ("Kuleba", "Foreign Minister Dmytro Kuleba" → "Dmytro Kuleba"), an organisation ("the Kremlin", "China's foreign ministry"), a
place used for its government ("Moscow said", kind "place"), a pronoun, or an unnamed speaker ("one official") → no speaker; but a spokesperson of an
organisation the frame names, a company's short name and "the company"/"the board" standing for the one company the article is about are the
organisation's (orgvoices.py). "he"/"she" is the speaker of a quotation in the same or previous sentence, else the person in subject position there,
never one the sentence talks about ("Vladimir Putin, she said, …" is not Putin's; antecedents.py). "it" is the last organisation named in those two
sentences; "they" a handle's holder ("@k3rnelpanic", quotehandles.py); "we", "I" unnamed. A parenthetical "…, he said, that “…”" after another's speech verb: no one.
Not a quote (quotemarks.quote_kind): a name or a title ("The Art of War"); a scare quote of at most 3 words ("critical") unless a named speaker's frame is right beside it (`quoteframes.governs`).
"""
from __future__ import annotations

import re

from briefgen.analyse.antecedents import main_subject, not_words, possessed_lead_in  # (not_words: callverbs.py)
from briefgen.analyse.quotehandles import HandleVoices
from briefgen.analyse.documents import DocumentVoices
from briefgen.analyse.hearings import HearingVoices
from briefgen.analyse.lexicon import INSTITUTION_NOUNS, ORG_HEADS, PAST_VERBS, ROLE_NOUNS, role_alone
from briefgen.analyse.languages import in_language, lexicon_of; from briefgen.analyse.pressframes import press_speaker  # noqa: E702 (FX84)
from briefgen.analyse.nameruns import ORGANISATION, PERSON, POSSESSIVE
from briefgen.analyse.onbriefs import brief_skip, holder_before  # ("Special Envoy on Climate John Kerry": FX60)
from briefgen.analyse.quoteframes import (
    AFTER_DASH, AFTER_LEAD, BEFORE_COLON_NAME, COMMON_LEAD, DASH_WORDS, NAMED, NOUN_BEFORE, OTHERS_WORDS,
    PART_END, PART_OR_DASH, QUOTED_AS, RELATIVE, RULING_VERBS, WORDS_NOUN, Frames, aside_before, frames_for, governs, joined,
    leads_into_quotation, named_term, not_ruling, object_head, opens_clause, paragraph_end, paragraph_lead_in, relays)
from briefgen.analyse.quotemarks import FRAGMENT, NOT_QUOTE, has_marks, pair_marks, quotations, quote_kind, said_opening
from briefgen.analyse.quotemask import masked_text, uncut_end; from briefgen.analyse.generations import suffix_stop_end  # noqa: E702 (FX115)
from briefgen.analyse.quotesplits import interrupted, long_frame; from briefgen.analyse.quoteglosses import glossed_end; from briefgen.analyse.ownframes import OwnFrames; from briefgen.analyse.verbends import verb_ends_clause; from briefgen.analyse.sentenceadverbs import adverbed_pronoun; from briefgen.analyse.dialoguedashes import dialogue_marked  # noqa: E702
from briefgen.analyse.acronyms import described_acronym
from briefgen.analyse.quoteresult import NOBODY, UNNAMED, UNNAMED_SOURCE, Quote, Who
from briefgen.analyse.headlineroles import ROLE_HEADS, role_after_name
from briefgen.analyse.quoteheadlines import headline_quotes, name_framed
from briefgen.analyse.interviews import interview_answers
from briefgen.analyse.colonleads import colon_subjects, named_first
from briefgen.analyse.frenchroles import clitics_cut, french_role, role_object
from briefgen.analyse.orgvoices import LEGAL_SUFFIXES, OrganisationVoices
from briefgen.analyse.titledvoices import TitledVoices
from briefgen.analyse.passedon import passed_on
from briefgen.analyse.reportedclaims import ClaimVoices, bare_subject, participle_clause
from briefgen.analyse.secondpredicates import clause_start, shared_subject
from briefgen.analyse.paragraphquotes import runs_on
from briefgen.analyse.leadsentences import LeadSentences
from briefgen.analyse.askedleads import after_clock, asked_end, asked_subject
from briefgen.analyse.quotespeakers import PLACE
from briefgen.analyse.relativeclauses import inside_relative_clause, relative_part, who_antecedent
from briefgen.analyse.runparts import firm_with_s, name_words
from briefgen.analyse.sentences import sentence_index, sentence_spans
from briefgen.analyse.wrappedlines import unwrapped
WINDOW_BEFORE, WINDOW_AFTER, _TOKEN = 1000, 600, re.compile(r"\S+")  # characters around the quotations split into sentences


def quotes_in(title: str, text: str, language: str = "", unwrap: bool = True) -> tuple[Quote, ...]:
    """Quotations in a headline and its article text, in reading order, each with its speaker (`language`: the
    article's, a BCP 47 tag that chooses the frames: languages.lexicon_of; "": English; `unwrap=False`: the texts
    are wrappedlines.unwrapped already, as people.find_people's are)."""
    title, text = (unwrapped(title), unwrapped(text)) if unwrap else (title, text)  # "said Mark\nBishop" (wrappedlines.py)
    paired_title, paired_text, answers = pair_marks(title), pair_marks(dialogue_marked(text, lexicon_of(language))), interview_answers(title, text, language)  # (dialoguedashes.py)
    if not has_marks(paired_title) and not has_marks(paired_text) and not answers:
        return ()
    body = sorted(_quotes(paired_text, False, "", text, frames := frames_for(lexicon_of(language))) + answers, key=lambda q: q.start)
    headline = headline_quotes(_quotes(paired_title, True, paired_text, title, frames), paired_title, body, paired_text, frames)
    return (*headline, *body)


def _quotes(text: str, in_title: bool, context: str, written: str, frames: Frames) -> list[Quote]:
    """Quotations of one string (`written`, with its marks paired: `text`); `context` is more text that may give a surname in full. The quotes' words are as written."""
    if not (spans := quotations(text)):
        return []
    sentences = sentence_spans(text, max(0, spans[0][0] - WINDOW_BEFORE), min(len(text), spans[-1][1] + WINDOW_AFTER))
    ctx = _Context(text, in_language(masked_text(text, spans, sentences), frames.lexicon, True, text), sentences, context, frames, in_title)
    result: list[Quote] = []
    previous: tuple[int, Who] | None = None  # (sentence index, who) of the last attributed quotation
    last_close, last_who = -1, NOBODY  # the end and speaker of the last quotation returned
    for n, (s, e) in enumerate(spans):
        content = written[s:e].strip().rstrip(",\uff0c\u3001\u060c").rstrip()  # a comma of any script
        kind = quote_kind(content)
        if kind == NOT_QUOTE and (n + 1 < len(spans) and interrupted(text, ctx.masked, e + 1, spans[n + 1][0] - 1, frames)
                                  or said_opening(written[s:e], text[ctx.sentences[ctx.sentence_of(s - 1)][0]:s - 1])):
            kind = FRAGMENT  # “No,” said Rhys, “but …”: a word its frame interrupts is words said (a trial lost both)
        if kind == NOT_QUOTE or named_term(text, s - 1):  # "a rule known as “put up or shut up”": a term's name
            continue
        first, last = ctx.sentence_of(s - 1), ctx.sentence_of(e)
        who = ctx.attribute(s - 1, after := glossed_end(text, e + 1, spans, n), first, last, previous)  # (「…」 ("…"), X said: quoteglosses.py)
        if interrupted(text, ctx.masked, last_close, s - 1, frames) and (last_who.speaker is not None or who.speaker is None):  # “…,” said Varga, “…”: Varga's (or its own frame's)
            who = Who(last_who.speaker, last_who.name, last_who.kind, "interrupted")
        if kind == FRAGMENT and who.frame not in ("interrupted", "unnamed" if in_title else "") and not (in_title and name_framed(text, e + 1)) and not (who.speaker is not None and governs(
                ctx.text, ctx.masked, who.frame, ctx.verb_end, s - 1, after)):  # (a headline's role: quoteheadlines.py)
            continue
        last_close, last_who = e + 1, who
        if who.speaker is not None:
            # “Why wait?” Kallas asked. “…”: the frame is the next sentence, which the next quotation continues
            next_frame = who.frame == "said-after" and not ctx.masked[e + 1:ctx.sentences[last][1]].strip()
            previous, ctx.quoted_end, ctx.quoted_first = (last + 1 if next_frame else last, who), e, first
        begin = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        result.append(Quote(content, begin, begin + len(content), who.speaker, who.name, who.kind,
                            who.frame, written[ctx.sentences[first][0]:ctx.sentences[last][1]], in_title))
    return result


_ALONE = re.compile(r"[\s.!?]*$")  # a quotation alone in its sentence ("protesters shouted" is a frame the frames may not know)
_NESTED_PRONOUN = re.compile(r"\bthat\s+(?:it|he|she|they|we)\s+(?:(?:had|has|have|would|will)\s+)?$", re.I)  # "X said that it had told …“…”": X's (2026-12-05)
# A colon lead-in's verb, where its predicate starts: the words after it are no part of the subject's noun phrase (a
# role noun there, "Lena Marsk praised the minister: “…”", made the speaker unnamed: a fifth trial, 2026-12-04).
_PREDICATE = re.compile(r"[a-z]+ed|was|were|is|are|has|have|had|will|would|did|does|can|could|" + "|".join(
    sorted(PAST_VERBS)))
# A passive frame: the one named was spoken to ("“Will you resign?” Anna Berg was asked.", "“Sign here,” Sofia Lind was told."), and what
# follows the verb that says so ("Karin Ek says she was told by officials", "recalled being told"): a hostile re-test (2026-12-04) found each.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|get|gets|got)(?:\s+\w+ly)?\s*$", re.IGNORECASE)
_TOLD_AFTER = re.compile(r"\s+(?:that\s+)?(?:(?:she|he|they|I|we|it)\s+(?:was|were|had\s+been|has\s+been|is|are|got)|being"
                         r"|having\s+been)\s+(?:told|informed|asked|warned|ordered|instructed)\b", re.IGNORECASE)
# What opens a clause after "said X," that is no appositive naming X again: a participle or a preposition ("said the minister, contradicting
# Anna Berg", "said a diplomat, echoing Lena Moss", "said the general, in reply to X"). Such a clause names whom the speaker answers, and a hostile trial (2026-12-04) found their words on that person's page.
_NOT_APPOSITIVE = re.compile(r"[ \t]*(?:[a-z]+(?:ing|ed)|about|after|against|at|before|by|during|for|from|in|on|to|"
                             r"toward|towards|when|where|while|with|who|whom|whose|which|as|than|but|and|unlike|like|"
                             r"despite|over|amid|among|although|though|because|since|until|unless|whereas|if|once|upon|"
                             r"via|per|into|through|under|without|within|across|not|nor|so|yet|instead|rather|alongside|"
                             r"beside|near|including|qui|dont|lequel|laquelle|lesquels|lesquelles|avec|aux|au|à|après|avant|"
                             r"pendant|lors|devant|derrière|contre|sans|pour|chez|dans|sur|sous|parmi|entre|depuis|selon|"
                             r"accompagnée?|entourée?)\b")  # (French and "alongside X": BR19, 2026-12-06)
# A participle clause that frames the quotation after a comma: its subject is the main clause's ("Ilse Varga declined to
# say whether rates would rise again, telling reporters only that the board would “look at every number”": a sixth
# trial's quotation had no speaker). Only the one person named before it, as that clause's subject.
_PARTICIPLE_FRAME = re.compile(r",[ \t]+(?:telling|saying|adding|insisting|arguing|warning|noting|explaining|writing|speaking|addressing|posting|tweeting|replying|responding|answering)"
                               r"\b[^,;:.!?\u2014\u2013]{0,80}(?::[ \t]*)?$")  # (", saying: “…”": no speaker before, 2026-12-05)
# A word that makes the words between a name and an institution noun a clause, no organisation's name: a verb, a
# pronoun, a determiner or a preposition ("Priya Ranganathan handed it to the mayor's office: “…”" made an organisation
# page of the whole lead-in, a school-closures trial, 2026-12-04); "China's foreign ministry" has none.
_CLAUSE_WORD = re.compile(r"(?<![\w'\u2019-])(?:" + _PREDICATE.pattern + r"|it|him|her|them|us|me|you|the|a|an|this|that|"
                          r"these|those|to|in|on|at|by|with|from|into|onto|for|of)(?![\w'\u2019-])")


class _Context(OwnFrames, OrganisationVoices, TitledVoices, DocumentVoices, HearingVoices, HandleVoices, LeadSentences, ClaimVoices):
    """One string's sentences, masked text and name mentions; attributes its quotations. `masked` is the text with every quotation (marks
    included) replaced by MASK and the periods of abbreviations by DOT, so that frames (`frames`: the text's language's) never read words inside
    quotation marks and "Mr. Blinken said" is one clause; in German and French, their words that are no names' in lower case (languages.py)."""

    def __init__(self, text: str, masked: str, sentences: tuple[tuple[int, int], ...], context: str, frames: Frames, headline: bool = False):
        self.text, self.masked, self.sentences, self.context, self.frames, self.headline = text, masked, sentences, context, frames, headline
        self.verb_end = -1  # end of the speech verb found by the last frame, for `quoteframes.governs`
        self.framed, self.quoted_end, self.quoted_first = False, -1, 0  # a frame after the last quotation naming no one (`_framed`); where `previous`'s words end, the sentence they start in

    def sentence_of(self, offset: int) -> int:
        return sentence_index(self.sentences, offset)

    def attribute(self, open_mark: int, close_end: int, first: int, last: int, previous: tuple[int, Who] | None) -> Who:
        left_start, lead_in = self.sentences[first][0], paragraph_lead_in(self.masked, self.sentences, first, open_mark)
        right_end = self.sentences[last][1]
        if close_end >= right_end and last + 1 < len(self.sentences):
            right_end = self.sentences[last + 1][1]  # “Why wait?” Kuleba asked. (split after ?”)
        terminal = self.text[max(0, close_end - 6):close_end - 1].rstrip()[-1:] in (".", "!", "?", "\u3002", "\uff01", "\uff1f")  # « … . », 「…。」
        self.verb_end, self.framed = -1, False
        source: Who | None = None  # "according to X" names a source: the speaker only with no speech frame
        for n, step in enumerate((lambda: self._after(close_end, right_end, terminal, first, previous),
                     lambda: self._before(self.sentences[lead_in][0], open_mark, lead_in, previous),
                     lambda: self._according(left_start, self.sentences[last][1], first, previous))):
            n, who = self._own_frame(n, step(), terminal, left_start, open_mark, lead_in, previous)  # ("X said “….” Y said.": X's, ownframes.py)
            if who is not None and who.speaker is not None and relays(self.masked, left_start, right_end):
                return UNNAMED  # "“…,” said Varga, quoting Weber", "according to Ortiz, who cited Weber"
            if who is not None and who.frame != "according-to":  # (“…,” according to an official: Lopez said “…” is still Lopez's)
                return self._claimed(n, who, open_mark, close_end, lead_in, previous)  # "X held that “…”, his lawyer/judgment said" (reportedclaims.py)
            source = source or who
        if source is not None:
            return source if source.speaker is not None else UNNAMED  # "according to an official"
        if self.framed:
            return UNNAMED  # a frame of its own, whose speaker no one can name (`_framed`)
        if not self.masked[left_start:open_mark].strip() and previous is not None and previous[0] >= first - 1 and runs_on(self.text, self.quoted_end, open_mark):
            if any(kind == PERSON for _, (kind, _) in self._runs(close_end, self.sentences[last][1])):
                return UNNAMED  # "“Go home,” Petra Nyberg heard the guard shout.": another's sentence, no continuation
            return Who(previous[1].speaker, previous[1].name, previous[1].kind, "continued")
        if not self.masked[left_start:open_mark].strip() and first > 0 and _ALONE.match(
                self.masked, close_end, self.sentences[last][1]):
            return self._reported_alone(first - 1, close_end, self.sentences[min(last + 1, len(self.sentences) - 1)][1], previous) or NOBODY
        return NOBODY

    def _after(self, pos: int, end: int, terminal: bool, sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        pos = AFTER_LEAD.match(self.masked, pos, end).end()
        dash = AFTER_DASH.match(self.masked, pos, end)
        if dash is not None:
            stop = PART_END.search(self.masked, dash.end(), end)
            stop_at = stop.start() if stop else end
            words = list(_TOKEN.finditer(self.masked, dash.end(), stop_at))
            if len(words) > DASH_WORDS:  # a pull quote's byline, not the paragraph run on after it
                stop_at = words[DASH_WORDS - 1].end()
            return self._phrase(dash.end(), stop_at, "dash", sentence, previous, True)
        end = paragraph_end(self.masked, pos, end)  # only a dash's byline stands in a paragraph of its own
        speech = self.frames.after_source.match(self.masked, pos, end)  # “…,” according to X, Kuleba said: Kuleba's
        if speech is not None and len(speech.group("np").split()) <= 12 and not RELATIVE.intersection(
                speech.group("np").lower().split()):  # not X's own clause: "according to X, who said"
            who = self._subject(speech.start("np"), speech.end("np"), "said-after", sentence, previous)
            if who is not None:
                return who
        inverted = self.frames.after_inverted.match(self.masked, pos, end)
        if inverted is not None and self.frames.is_according(inverted.group("verb")):
            return self._according(pos, end, sentence, previous)  # a source (`attribute`)
        if inverted is not None:  # "said X", up to an "according to" ("said an official, according to Y")
            np_start = inverted.start("np")
            np_end = uncut_end(self.masked, np_start, inverted.end("np"), end)
            source = self.frames.according.search(self.masked, np_start, np_end)
            return self._framed(press_speaker(self._subject(np_start, source.start() if source else np_end, "said-after", sentence,
                                                            previous, True), inverted.group("verb"), inverted.group("np")))
        subject = self.frames.after_subject.match(self.masked, pos, end)
        if subject is None or len(subject.group("np").split()) > 12 and not long_frame(subject.group("np")) or not_ruling(*subject.group("np", "verb")):
            return None  # (a subject and its appositives may run to 20 words: "X, the chair of … and a mother of two,")
        ends = verb_ends_clause(self.masked, subject.end(), end)  # (a new sentence's own clause is no passive frame: "“…。” She was asked whether …", T25)
        if (_PASSIVE_BEFORE.search(self.masked, subject.start("np"), subject.start("verb")) or _TOLD_AFTER.match(self.masked, subject.end(), end)) and (
                not terminal or ends or self.masked[subject.end():end].split()[:1] == ["by"]):
            return self._hearing(subject.start("np"), end, "said-after", sentence, previous) or UNNAMED  # "“…?” Anna Berg was asked.", "“…,” Karin Ek says she was told": the words were said to X
        if opens_clause(subject.group("np"), ends):
            return None  # “…” but X said …: X's own clause, not this quotation's frame
        if terminal and (not ends or leads_into_quotation(self.masked, subject.end(), end)):
            return None  # a new sentence: only a frame of its own ("X said later: “…”" is the next quotation's)
        np_start, brk = subject.start("np"), PART_OR_DASH.search(subject.group("np"))
        if terminal and brk is not None:  # a new sentence: its subject first, then only an appositive ("Kallas, the
            if NAMED.search(subject.group("np"), brk.end()):  # minister, asked"), not the next sentence's own frame
                return None  # ("The plan, X said, …", "Putin, she said, …")
            who = self._phrase(np_start, np_start + brk.start(), "said-after", sentence, previous, False)
            return who if who is not None and who.speaker is not None else None
        return self._framed(press_speaker(self._subject(np_start, subject.end("np"), "said-after", sentence, previous), subject.group("verb"), subject.group("np")))

    def _framed(self, who: Who | None) -> Who | None:
        """`who`, the speaker of a frame that follows its quotation ("“…,” X said", "“…,” said X"). When X names no
        one the analyses read (an organisation no list holds, "the Treasury"), the quotation still has a speaker
        of its own: a frame before it may name them ("Varga called it “a failure”, a line aides repeated"), but
        it never continues the last speaker's words (`attribute`; a trial gave "“…,” the Treasury said" to the
        minister quoted before it)."""
        self.framed = self.framed or who is None
        return who

    def _before(self, start: int, end: int, sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        if OTHERS_WORDS.search(self.masked, start, end):
            return UNNAMED  # "Berg recalled Varga's words: “…”": not the frame's subject's own words
        if (called := self._what_called(start, end, sentence, previous)) is not None:
            return called  # "what it called the company's “dismissive” response" (calledwords.py)
        start = after_clock(self.masked, start, end)  # ("10:48 Van der Berg, asked …:" askedleads.py)
        if (agent := self._hearing(start, end, "said-before", sentence, previous)) is not None:
            return agent  # "The court was told by X that “…”", "The committee heard from X, who said:" (hearings.py)
        clause_text = self.masked[start:end]  # the clause alone: `^` never matches at a `pos`
        lead = BEFORE_COLON_NAME.search(clause_text) if clause_text.rstrip().endswith((":", "\u2014", "\u2013")) else None
        np_start, np_end = (start + lead.start("np"), start + lead.end("np")) if lead is not None else (0, 0)
        if lead is not None and not any(not NOUN_BEFORE.search(self.masked, max(start, m.start() - 12), m.start())
                                        for m in self.frames.speech.finditer(self.masked, asked_end(self.masked, np_start, np_end), np_end)):
            # (a speech verb's form as a noun is none: "Marsk welcomed the comments: “…”", a fifth trial)
            frame = "dash" if self.masked[np_end:end].strip() in ("\u2014", "\u2013") else "colon"
            for s, e in asked_subject(self.masked, np_start, np_end) or colon_subjects(np_start, np_end, lead.group("np"), self.frames.lexicon, lambda w, at: self.full_name(w, PERSON, at)):  # "The minister, Agnes Moreau, was blunt:"
                who = self._phrase(s, e, frame, sentence, previous, True, clause=True)
                if who is not None and who.speaker is not None and not (who.kind == PLACE and e < np_end):
                    return who  # (a place before its appositive is described: "New York, the city that …:")
        participle = _PARTICIPLE_FRAME.search(self.masked, max(start, end - 100), end)  # (its ≤ 80 characters)
        if participle is not None:  # "Varga declined to say …, telling reporters only that the board would “…”"
            persons = self._persons(clause := participle_clause(self.masked, start, participle.start()), participle.start())  # (after a quotation: its frame's)
            subject = (main_subject(self.masked, clause, participle.start(), list(persons)) or bare_subject(self.masked, clause, participle.start(), persons)) if len(persons) == 1 else None  # (a name alone: its participle's subject)
            if subject is not None:
                who = self._person(subject, persons[subject])
                return Who(who.speaker, who.name, who.kind, "said-before") if who.name is not None else None
        verbs = [m for m in self.frames.speech.finditer(self.masked, start, end)
                 if not self.frames.is_according(m.group("verb")) and not NOUN_BEFORE.search(self.masked, max(start, m.start() - 12), m.start()) and not not_words(self.masked, m.start("verb"), m.end("verb"), self.text)
                 and not (_PASSIVE_BEFORE.search(self.masked, max(start, m.start("verb") - 20), m.start("verb")) and self.masked[m.end():m.end() + 4].split()[:1] != ["by"])]  # ("had been told to": no frame's verb; "told by X": X's, 2026-12-05)
        if not (verbs := [m for m in verbs if m.group("verb") not in RULING_VERBS] or verbs):  # "X said the court ruled that “…”": X's
            return None
        verb = verbs[-2] if len(verbs) > 1 and _NESTED_PRONOUN.search(self.masked, max(start, verbs[-1].start() - 30), verbs[-1].start()) else verbs[-1]
        if verb is verbs[-1] and passed_on(self.masked, start, [(v.start("verb"), v.end("verb")) for v in verbs]):
            return UNNAMED  # "She had assured him, he said, that “…”": hers, passed on (passedon.py)
        self.verb_end = verb.end()
        subject_end = aside_before(self.masked, start, verb.start())  # "X — himself a resident — said"
        clause = clause_start(self.masked, start, subject_end)  # (the subject of "X called it “…” and said": secondpredicates.py)
        quoted = QUOTED_AS.match(self.masked, clause, verb.start()) if "quoted" in self.masked[clause:verb.start()] else None
        if quoted is not None:  # "Walla quoted Moreau as saying “…”": Moreau's
            np = "object" if quoted.group("object") else "subject"
            return self._subject(quoted.start(np), quoted.end(np), "said-before", sentence, previous, np == "object")
        return press_speaker(self._subject(*((clause, subject_end) if self.headline else shared_subject(self.masked, clause, subject_end)), "said-before", sentence, previous), verb.group("verb"), self.masked[clause:subject_end])  # (a headline's: echoed)

    def _according(self, start: int, end: int, sentence: int, previous: tuple[int, Who] | None) -> Who | None:
        found = self.frames.according.search(self.masked, start, end)
        if found is None:
            return None
        np_end = uncut_end(self.masked, found.start("np"), found.end("np"), end)
        who = self._subject(found.start("np"), np_end, "according-to", sentence, previous, True)
        return UNNAMED_SOURCE if who is not None and who.speaker is None else who

    def _subject(self, start: int, end: int, frame: str, sentence: int, previous: tuple[int, Who] | None, inverted: bool = False) -> Who | None:
        """Who the noun phrase masked[start:end] names.

        Comma-separated parts are a subject and its appositive: "said the minister, Dmytro
        Kuleba" and "Dmytro Kuleba, the minister, said" both give Kuleba; "In Kyiv, Kuleba
        said" uses the part next to the verb.
        """
        if (document := self._document(start, end, frame, sentence, previous)) is not None:
            return document  # "The note, written for minister X, says": the note's (documents.py)
        end = clitics_cut(self.frames.lexicon, self.masked, start, end)  # "X l'a annoncé : « … »" (frenchroles.py)
        parts: list[tuple[int, int]] = []
        at = start
        for part in self.masked[start:end].split(","):
            parts.append((at, at + len(part)))
            at += len(part) + 1
        if inverted:  # "said the minister, Dmytro Kuleba"; not "said the minister, contradicting Anna Berg"
            candidates = parts[:1] if len(parts) > 1 and _NOT_APPOSITIVE.match(self.masked, parts[1][0]) else parts[:2]
        elif len(parts) >= 3 and not self.masked[parts[-1][0]:parts[-1][1]].strip():
            candidates = [p for p in (parts[-3], parts[-2], *parts[-4:-3], *(reversed(parts[:-4]) if long_frame(self.masked[start:end]) else ())) if not relative_part(self.masked[p[0]:p[1]])]  # "X, a fund manager at Y, its largest shareholder, said"; "X, 41, the chair, a mother of two, said"; not ", who represents Y," (relativeclauses.py)
        else:
            candidates = who_antecedent(self.masked, parts) or parts[-1:]  # "X, who told the crowd:" (relativeclauses.py)
        first: Who | None = None
        for s, e in candidates:
            who = self._phrase(s, e, frame, sentence, previous, inverted)
            if who is not None and who.speaker is not None:
                return who
            first = first or who
        if first is None or first.frame == UNNAMED.frame:  # "a CMA spokesperson", "the company": an organisation's?
            for s, e in candidates:
                who = self._organisation_voice(s, e, frame, sentence) or self._titled_person(s, e, frame) or ((body := described_acronym(self.text, s, e)) and Who(body, body, ORGANISATION, frame)) or None  # ("the UK watchdog (CMA)": acronyms.py)
                if who is not None:
                    return who
        return first

    def _phrase(self, start: int, end: int, frame: str, sentence: int, previous: tuple[int, Who] | None,
                first_run: bool, clause: bool = False) -> Who | None:
        """Who one noun phrase names: the run next to the verb (`first_run`: the first run, for
        "said X" and "— X"). Role words around it make it unnamed ("a senior EU official")."""
        words = self.masked[start:end].split()
        if not words:
            return None
        lowered = [w.lower() for w in words]
        if (pronoun := adverbed_pronoun(self.masked, start, end, self.frames.pronouns)) is not None or (lowered[0] in self.frames.pronouns or clause and possessed_lead_in(lowered)) and (len(words) == 1 or clause and not any(w[:1].isupper() for w in words[1:])):
            return self._pronoun(start if pronoun is None else pronoun, sentence, previous)  # "she"; a colon lead-in: "She set out her case:"; "Later he wrote" (sentenceadverbs.py)
        if len(words) == 1 and lowered[0] in ("it", "they"):  # ("they": a handle's holder, else unnamed: quotehandles.py)
            return self._it(start, sentence) if lowered[0] == "it" else self._they(start, sentence)
        runs = self._runs(start, end)
        for run, (kind, first) in (runs if first_run else reversed(runs)):
            run_start, run_end = run[0][0], suffix_stop_end(self.masked, run[-1][0] + len(run[-1][1]))  # ("Jr.": generations.py)
            before = [w.lower() for w in self.masked[start:run_start].split()]
            after = [w.lower() for w in self.masked[run_end:end].split()]
            if first_run and (self.frames.title_before_name.match(self.masked, run_end, end) or holder_before(self.masked, run_end)):
                continue  # "said Harbour master Olga Brandt": a title's words before the name; "said UN Special Rapporteur on …" (onbriefs)
            if joined(self.masked[start:run_start].split(), self.masked[run_end:end].split(), clause):
                # "Walla and Moreau said": one of several; "the Ministry of Trade and Industry said": one name
                return self._and_name(start, end, run_start, run_end, frame) or UNNAMED
            head = object_head(before, self.frames.prepositions)  # "Hill of the Brookings Institution", "Sandhu at broker Tarrant Wood"
            if head and head[-1] in self.frames.prepositions and not self.masked[start:run_start].split()[len(head) - 1][:1].isupper() and not brief_skip(self.masked, run_start, self.masked[run_start:run_end]) or inside_relative_clause(
                    before, self.masked[start:run_start].split(), after) or role_object(self.frames.lexicon, before):  # ("la préfète de la Charente, X": frenchroles.py)
                continue  # "a diplomat in Brussels", "the boss of the firm that owns X": a preposition's object, a relative clause's (relativeclauses.py)
            if clause and not before and kind == PERSON and len(run) == 1 and not self._named_alone(run_start, run[0][1], True):
                continue  # a plain word opening the lead-in: "Update from Delhi Metro:", "Statement:" (BR19, 2026-12-06)
            if clause and not named_first(self.masked[start:run_start].split()):  # ("Then X was blunt:", "My colleague X:")
                return None  # a colon lead-in names its speaker first: "Kuleba was blunt:" (or "Union organiser X:")
            possessive = POSSESSIVE.search(run[-1][1]) is not None and len(run[-1][1]) > 2 and not firm_with_s(
                [w for _, w in run])  # ("Moody’s said" is the firm's)
            lead = [w for w in after if not w[:1].isupper()]
            # a colon lead-in's predicate is no part of its subject: "Marsk praised the minister:" (no role of hers)
            own = lead[:next((i for i, w in enumerate(lead) if _PREDICATE.fullmatch(w)), len(lead))] if clause else lead
            if kind != PLACE and [w for w in lead if w not in LEGAL_SUFFIXES] in (["statement"], ["readout"]):
                return UNNAMED  # "a CMA statement said": the organisation's, if the text names one (orgvoices.py);
                # a place's ("China's readout") is its government's, as below
            if lead and lead[-1] in INSTITUTION_NOUNS and not (lead[0] in self.frames.prepositions if not possessive else kind == PERSON) and (
                    not _CLAUSE_WORD.search(" ".join(lead[:-1]))):  # "X handed it to the mayor's office:" is a clause
                surface = self.text[start:end].strip()
                surface = surface[4:] if surface.lower().startswith("the ") else surface
                return Who(surface, surface, ORGANISATION, frame)
            if possessive and not (clause and after and WORDS_NOUN.fullmatch(after[0])):
                return UNNAMED  # "Kuleba's spokesman", "Moreau's deputy was blunt:", "Kuleba's office" ("Moreau's verdict:")
            if (any(w in ROLE_NOUNS for w in own) or role_after_name(own) or clause and lead[:1] and lead[0] in ORG_HEADS) and not (lead and lead[0] in self.frames.prepositions):  # "Green-Labour congress votes:"
                if first_run:
                    continue  # "the Kremlin spokesman, Dmitry Peskov": try the appositive
                return UNNAMED
            if not first_run and lead and lead[0] not in self.frames.prepositions:
                return UNNAMED  # words between the name and the verb that are not its own
            if kind == PLACE:
                if [w for w in before if w != "the"] or lead:
                    return None
                surface = " ".join(w for _, w in run)
                return Who(surface, surface, PLACE, frame)
            tokens = [w for _, w in run][:len(run) if possessive or kind != PERSON else name_words(
                [w for _, w in run], self.masked[max(0, run_start - 12):run_start].rpartition(" ")[0].rpartition(" ")[2])]  # "Ed Ash MP", "Sir X Y KG"
            run, s = run[:len(tokens)], run[first][0]
            e = run[-1][0] + len(POSSESSIVE.sub("", tokens[-1]) if possessive else tokens[-1])
            return self._who(self.text[s:e], kind, s, frame)
        if any(w in ROLE_NOUNS or w in ("they", "we", "i", "you") for w in lowered) or french_role(self.frames.lexicon, lowered) or lowered[-1] in ROLE_HEADS or any(
                w[:1].isupper() and role_alone(w) for w in words) or (
                lowered[0] in COMMON_LEAD and all(w.isalpha() and w.islower() for w in words)):
            return UNNAMED  # "a senior official", "a reporter asked": a speaker, not named
        return None
