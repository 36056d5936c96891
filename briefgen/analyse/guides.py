"""A guide for readers (a how-to, a checklist, advice): a piece of its own, not a report of the event.

Service journalism follows news: after a flood, "Flooded after Storm Idris? How to make a home
insurance claim"; after a recall, "How to check if your portable charger has been recalled". It names
the event's storm, insurers, maker and product, so it shares the event's key names and words and
scores like a re-telling: in a trial (tests/stories/aftermath/) Which?'s claims guide, a day after the
Financial Times reported the insured cost, merged with the cost's three reports at 0.86-0.90 (pairwise
precision 0.893, now 1.000). The labelling convention makes it a related story, not the same one (docs/stories.md,
"Labelling stories": a story is one news event or one original report).

What tells it apart is whom it talks to. A report tells of others in the third person and quotes them;
a guide addresses the reader: "If your home was flooded …, call your insurer as soon as you safely can".
`addresses_reader(text, title)` counts the second-person words (you, your, yours, yourself, you're, you've,
you'll, you'd) in the headline and the lead (the first `terms.MAX_CHARS` characters, what grouping reads), outside
quotation marks, in any convention quotes.py reads (quotemarks.pair_marks: “…”, ‘…’, '…', «…», „…“ …:
a quoted "You cannot dry a house in a week" is someone else's words), and gives True from READER_WORDS
of them. Measured on the five labelled briefings of tests/stories/ (203 articles), the
sample briefing (17), the seeds and the 1,000-article benchmark corpus: the claims guide has 11, no
other article more than 2, quotations included.

The headline counts since 2026-12-04: a trial's "How to make your voice heard in the Calderbridge school
consultation" (Parents' Voice Online: "Be specific. … Keep a copy of what you send. … your response may become part
of the record") has two such words in its lead, one in its headline, and was one story with the Gazette's report
of the consultation's first meeting the day before, at 0.63. Counting headlines, of the 43,110 articles of the
labelled sets and the trials' sites, three more are guides, each a piece for readers ("What the incinerator vote
means for your bin and your bill", labelled a guide; "Which zone are you in? Rolling cuts start on Monday"), and no
report; a quoted headline ("Macron tells Central Europe 'we did not listen to you'") counts nothing.

An interview asks its interviewee, not the reader: "Will you pause the consultation?" then "No. The audit is
about how we record maintenance spending." A question (a block of the text ending in "?", or opening "Q:") answered
in the first person (the block after it, or the text after "A:", holds at least one of I, me, my, we, us, our … and
no fewer of them than second-person words) is asked of someone: its second-person words do not count
(`asked_of_someone`). A reader's question is asked in the first person and answered in the second ("Can I claim for
my car?" then "Yes, if your policy …"): its answer counts. Since 2026-12-04: a trial's question-and-answer interview
with a council leader, four "you"s in its questions, was held apart from its two re-tellings as a guide.

An organisation's own statement addresses its own people, and is a report (2026-12-05, the ransomware trial): the
University of Castlebridge's "Update: email and Learning Hub restored" ("Our systems have been rebuilt … Before you log
in for the first time you must reset your password … sent to your personal email address") was held apart from the
two re-tellings of the restore as a guide. It speaks for itself in the first person plural (we, our, us) outside
quotations; a guide speaks to the reader. A lead with OWN_VOICE such words outside quotations is no guide: of the
11,854 articles of the labelled sets, the sample site, the seeds and the 1k and 10k benchmark corpora, the three
guides have none, the university's statement three.

An explainer is a piece for readers too (2026-12-05, the ransomware trial): the National Herald's "Explainer: why do
hackers target universities — and should they ever pay?" ("The attack on the University of Castlebridge is the
latest in a long line … Here is what you need to know.") joined the Courier's report of the gang's leak-site claim,
the day after it, at 0.735, on the researcher and the blog both quote. Its lead says "you" once. `explains(title,
lead)` reads its kind from the headline: "Explainer:", "Explained:", "Analysis:", "Fact check:", "Q&A:" with a
question after it (not an interview's "Q&A: <name> on …"), "What we know" (over an explainer's body, below),
"What to know", "(Everything) what you need to know" opening it or after a colon or dash, ", explained" closing it,
"… questions answered" closing it or opening it before a colon or dash; or from the lead's first paragraph,
"Here is (Here's) what you need to know / what we know". Of the 11,854 articles, three explainers (the Herald's,
the ferry trial's "Explainer: who investigates a ferry grounding", the hospital set's "What to know about the nurses'
strike in Harwick") and no report.

A medicine-recall trial (T14, 2026-12-06; tests/stories/recall/): a newsroom telling how it reported, in its own
"we" and "us" (`_NEWSROOM`: "every expert we spoke to", "we asked the agency", "readers have sent us"), is neither an
interviewee's first person nor an organisation's own voice: the Courant's "Your questions answered: I take Vasolor.
What should I do?" ("**Should I stop taking them?** No. Every expert we spoke to gave the same answer.") read as an
interview and joined a report of three hours later. "… questions answered" opening a headline before a colon or a
dash names an explainer as it does closing one. And "what we know" in a headline names an explainer only over a body
told as one (`explained_in_body`: a "you" outside quotation marks, or READER_QUESTIONS blocks opening with a
question): NewsPulse's "Vasolor recall: what we know so far", a third-person summary of the news, is a report.

An explainer needs no label when its headline is one plain question answered in general (the T18 trial, 2026-12-06:
the Economic Courier's "Who pays for an oil spill at sea?" — "When a ship spills fuel, the first bill goes to the
shipowner" — joined the Gazette's report of who insures the burning ship at 0.85): `asks_in_general` reads the first
paragraph — no dateline, day, reporting verb nor "was"/"were", and any case ("When a …") or the definition asked for
("What is a copper futures contract?" — "A copper futures contract is …", or its first or last words: "A futures
contract is …"), or "here is how/why/what" — and the second, which names no day of the news. A news headline asked
as a question ("Will the ceasefire hold?") stands over a paragraph of news, and a feature lede's one-line opener
over the day's news after it (BR22: "When a fire jumps a ridge, crews can only wait." then "That is what happened
above Kestle on Sunday, …"); not under a wh-question in the present of any case ("Who pays for an oil spill at sea?")
nor a definition asked, where the second paragraph's day is the explainer tying itself to the news (BR23: "The
question arose again on Tuesday, …"). An explainer ties itself to the news later or without a day (T17's third
paragraph, "This week's El Tambo collapse …"), and quotes experts ("…," said a maritime lawyer): a reporting verb
after the first paragraph tells nothing.

similarity.score_pairs caps a pair of which exactly one is a guide or an explainer (`for_readers`; two are compared
as any two reports). English only, like followups.py: a lead in another language addresses no one here.
"""
from __future__ import annotations

import re

from briefgen.analyse.quotemarks import pair_marks, quotations
from briefgen.load.datelines import dateline_at

READER_WORDS = 3  # second-person words outside quotations that make a guide (module docstring)
OWN_VOICE = 2  # first-person plural words outside quotations that make an organisation's own statement (docstring)

_SECOND_PERSON = re.compile(r"\b(?:you(?:r|rs|rself|rselves)?|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)


def addresses_reader(lead: str, title: str = "") -> bool:
    """Whether `lead` (plain text) and its headline `title` hold READER_WORDS second-person words outside quotation
    marks (the headline read as the lead's first block)."""
    if title:
        lead = f"{title}\n{lead}"
    if lead.count("you") + lead.count("You") + lead.count("YOU") < READER_WORDS:
        return False  # (most leads: three counts in C, ~3 µs; the case-blind pattern took ~32 µs a lead)
    outside, end = [], 0
    for start, stop in quotations(pair_marks(lead)):  # (every convention of marks: quotemarks.py)
        outside.append(lead[end:start])
        end = stop
    outside.append(lead[end:])
    pieces = _pieces(" ".join(outside))
    if len(_OWN.findall(_NEWSROOM.sub(" ", " ".join(pieces)))) >= OWN_VOICE:
        return False  # (an organisation's own statement to its people: a report, module docstring)
    return sum(len(_SECOND_PERSON.findall(piece)) for k, piece in enumerate(pieces)
               if not asked_of_someone(piece, pieces[k + 1] if k + 1 < len(pieces) else "")) >= READER_WORDS


def for_readers(lead: str, title: str = "") -> bool:
    """Whether plain `lead` and its headline `title` make a piece for readers, not a report of the event: a guide
    (`addresses_reader`), an explainer (`explains`, or a plain question answered in general: `asks_in_general`) or
    readers' questions answered (`answers_readers`). Pure."""
    return (explains(title, lead) or addresses_reader(lead, title) or answers_readers(lead)
            or asks_in_general(title, lead))


READER_QUESTIONS = 2  # blocks of a lead that open with a question answered, not asked of someone (module docstring)
# A block's opening question ("Will my train run on 19 and 20 October? Almost certainly not …", "Q: Can I claim? A:
# …"): a sentence of at most 150 characters ending in "?", closing marks of bold or quotation allowed after it.
_OPENING_QUESTION = re.compile(r"\s*(?:(?:Q|Question)\s*[:.]\s*)?[^.?!\n]{3,150}\?[\s*_\"'\u2019\u201d)]*")


_READER_ASKS = re.compile(r"\bI\b|\b(?i:my|me)\b")  # a question in a reader's voice ("Will my train run …?")


def answers_readers(lead: str) -> bool:
    """Whether plain `lead` is readers' questions answered (module docstring): READER_QUESTIONS of its blocks open
    with a question answered in the block (the text after it) or the next block, none in the first person, as an
    interviewee answers (`asked_of_someone`: one such answer makes the lead an interview); and the questions are the
    piece's, not a report's: the lead opens with one, or one is asked in a reader's voice (I, my, me) or answered to
    the reader (you, your). A report that puts questions to a witness, a minister or a firm and gives the answers in
    the third person ("Were 46 members sent ballot papers? The company says they were not") opens with its news and
    asks as no reader does (BR13, 2026-12-06: such a court report was held apart from its hearing's two reports and
    joined the T13 explainer). Pure."""
    if lead.count("?") < READER_QUESTIONS:
        return False  # (most leads: one count in C)
    blocks = [block for block in lead.split("\n") if block.strip()]
    found, readers = 0, blocks and _OPENING_QUESTION.match(blocks[0]) is not None
    for k, block in enumerate(blocks):
        opening = _OPENING_QUESTION.match(block)
        if opening is None:
            continue
        question, answer = block[:opening.end()], block[opening.end():]
        if not answer.strip():
            answer = blocks[k + 1] if k + 1 < len(blocks) else ""
        if answer.strip():
            if asked_of_someone(question, answer):
                return False  # (an interview: some of its answers are the interviewee's own words)
            found += 1
            readers = readers or _READER_ASKS.search(question) is not None or _SECOND_PERSON.search(answer) is not None
    return found >= READER_QUESTIONS and bool(readers)


_ANSWERED = (r"(?:(?:your|readers['\u2019]?|the|key|some|all|\d+|five|six|seven|eight|nine|ten)\s+)?"
             r"(?:[\w'\u2019]+\s+)?questions\s+answered")
_EXPLAINER_HEAD = re.compile(
    r"\s*(?:explainer|explained|analysis|fact[- ]?check)\s*[:|\u2014\u2013-]\s"
    r"|\s*q\s*&\s*a\s*[:|\u2014\u2013-]\s*(?:(?:what|why|how|who|when|where|which|should|can|could|will|would|is|are|"
    r"does|do|did)\b|.*\?\s*$)"
    r"|(?:^|.*[:|\u2014\u2013]\s*|.*\s-\s+)(?:what\s+to\s+know|(?:everything|what)\s+you\s+need\s+to\s+know)\b"
    # (questions answered where they end the headline or open it before a colon or dash — "Your questions answered:
    # I take Vasolor. What should I do?" (T14) —, not "Ten questions answered in court as trial ends": news, BR13)
    r"|(?:^|.*[:|\u2014\u2013]\s*|.*\s-\s+)" + _ANSWERED + r"\s*[.?!]?\s*$"
    r"|\s*" + _ANSWERED + r"\s*(?::|\s[|\u2014\u2013-])\s"
    r"|.*[,:\u2014\u2013]\s*explained\s*[.?!]?\s*$", re.IGNORECASE)
_EXPLAINER_LEAD = re.compile(r"\bhere(?:\s+is|['\u2019]s)\s+what\s+(?:you\s+need\s+to\s+know|we\s+know)\b",
                             re.IGNORECASE)


# "What we know (so far)" opening a headline or after a colon or dash: an explainer's only when its body is one
_KNOWN_HEAD = re.compile(r"(?:^|.*[:|\u2014\u2013]\s*|.*\s-\s+)what\s+we\s+know\b", re.IGNORECASE)


def explains(title: str, lead: str = "") -> bool:
    """Whether the headline `title` names an explainer ("Explainer: …", "… : what to know") or the first paragraph
    of plain `lead` promises one ("Here is what you need to know"), or a "what we know" headline stands over a body
    told as an explainer (`explained_in_body`; over a news report it is a news report, T14): module docstring. Pure."""
    named = _may_name(title)
    if named and _EXPLAINER_HEAD.match(title):
        return True
    first = lead.lstrip().split("\n\n", 1)[0]
    if "here" in first.lower() and _EXPLAINER_LEAD.search(first) is not None:
        return True
    return named and _KNOWN_HEAD.match(title) is not None and explained_in_body(lead)


# A word every headline `_EXPLAINER_HEAD` or `_KNOWN_HEAD` matches holds, in lower case (most headlines hold none: the
# patterns, whose ".*" branches are tried at each place, ~8 µs a headline, are not run). Lower case reads as
# re.IGNORECASE does but for "İ" (two characters lowered), "ı" and "ſ" (matching "i", "s"): a headline holding one is
# read by the patterns.
_HEAD_WORDS = ("explain", "analysis", "fact", "&", "know", "answered")


def _may_name(title: str) -> bool:
    lower = title.lower()
    return any(word in lower for word in _HEAD_WORDS) or not title.isascii() and any(
        c in title for c in "\u0130\u0131\u017f")


def explainer_headline(title: str) -> bool:
    """Whether headline `title` names its piece an explainer ("Explainer: …", "Explained: What is load-shedding?",
    "Q&A: …", "… : what you need to know", "Your questions answered: …": `_EXPLAINER_HEAD`), as its writer labels it, not
    as a rule reads its body: such a piece is never suggested as one story with a report (stories._links; T16,
    2026-12-06: "Explained: What is load-shedding …" was suggested with the industry-losses report, 0.45). Pure."""
    return _EXPLAINER_HEAD.match(title) is not None


def question_headline(title: str) -> bool:
    """Whether headline `title` is one plain question ("Who pays for an oil spill at sea?": `_PLAIN_QUESTION`, no label
    before a colon or a dash). Over a piece read as one for readers (`asks_in_general`), it names the piece as
    `explainer_headline`'s labels do: such a piece is never suggested as one story with another (stories._links; T18:
    the explainer was suggested with a feature on fishermen and an opinion piece, 0.45). Pure."""
    return title.rstrip().endswith("?") and _PLAIN_QUESTION.match(title) is not None


def explained_in_body(lead: str) -> bool:
    """Whether plain `lead` is told as an explainer, not as a news report (module docstring, T14): it speaks to the
    reader (a second-person word outside quotation marks) or is laid out as questions (READER_QUESTIONS of its blocks
    open with one: "What happened? …", "Who is affected? …"). A third-person summary of the news is neither.
    Pure."""
    outside, end = [], 0
    for start, stop in quotations(pair_marks(lead)):
        outside.append(lead[end:start])
        end = stop
    outside.append(lead[end:])
    if _SECOND_PERSON.search(" ".join(outside)):
        return True
    return sum(_OPENING_QUESTION.match(block) is not None
               for block in lead.split("\n") if block.strip()) >= READER_QUESTIONS


# A headline that is one plain question ("Who pays for an oil spill at sea?"), no label before a colon or a dash
_PLAIN_QUESTION = re.compile(r"\s*(?:what|who|why|how|when|where|which|whose|is|are|can|could|does|do|should|will|"
                             r"would)\b[^:|\u2014\u2013\"\u201c\u201d?]*\?\s*$", re.IGNORECASE)
# A day of the news in a lead's second paragraph: a weekday, a date, "yesterday", "last night", "this morning" … (not
# "last year", "this week": an explainer's background; T17's "This week's El Tambo collapse" is in its third)
_DAYS = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|"
         r"evening)|earlier\s+today|(?:january|february|march|april|may|june|july|august|september|october|november|"
         r"december)\s+\d|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
         r"december)")
_DAY_MARKS = re.compile(r"\b(?:" + _DAYS + r")\b", re.IGNORECASE)
# What tells news in a lead's first paragraph: a day, a reporting verb, a past "was"/"were" ("today" is no mark: "a
# price agreed today" is any day's)
_NEWS_MARKS = re.compile(r"\b(?:" + _DAYS + r"|last\s+(?:week|month|year)|this\s+(?:week|month)|said|says|told|"
                         r"announced|confirmed|reported|was|were)\b", re.IGNORECASE)
# A first sentence told of any case, not of one event: "When a ship spills fuel, …", "If a tenant …"
_ANY_CASE = re.compile(r"(?:When|Whenever|If|Once|Every\s+time)\s+(?:a|an|any|someone|anyone|you|people)\b")
_WHAT_IS = re.compile(r"\s*what\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?P<thing>[^?]{3,60}?)\s*\?", re.IGNORECASE)
# A headline asking in the present of any case ("Who pays for an oil spill at sea?", "What happens after a flood?") and
# naming nothing in particular (`_NAMED`: a capitalised word after its first, "a fire like Kestle's" is one event's);
# not a yes-no question ("Is a deal in sight?") nor one asked of a past or future event ("Why did a bridge fall?")
_ANY_CASE_ASKED = re.compile(r"\s*(?i:who|what|how|why|where|which)\b(?!\s+(?i:did|was|were|will|would|has|had|have)\b)"
                             r".*\b(?i:a|an|any)\s")
_NAMED = re.compile(r"(?<=\S)\s+(?!I\b)[A-Z]")
# A paragraph turning to one event (BR25): "That is what happened above Kestle on Sunday", "It happened …", "Residents
# of Kestle found out on Sunday"; the past of the headline's own verb is read by `_turns_to_the_case`
_TURNS = re.compile(r"\b(?:(?:that|this|it)(?:\s+is|['\u2019]s|\s+was)\s+(?:exactly\s+|just\s+)?what\s+happened|"
                    r"(?:that|this|it)\s+happened|found\s+out)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:\u2014\u2013]|\s(?:when|after|as|because|since|while)\s", re.IGNORECASE)
_PASTS = {"pays": "paid", "goes": "went", "does": "did", "comes": "came", "takes": "took", "makes": "made",
          "breaks": "broke", "falls": "fell", "gets": "got", "runs": "ran", "spreads": "spread", "sinks": "sank"}
_PLAIN = frozenset("when what which where while with from into onto after before about above below their there them "
                   "they then than this that these those does have will would could should only just also your "
                   "happen happens happened".split())
_HERE_IS_HOW = re.compile(r"\bhere(?:\s+is|['\u2019]s)\s+(?:how|why|what)\b", re.IGNORECASE)


def asks_in_general(title: str, lead: str) -> bool:
    """Whether headline `title` is one plain question (`_PLAIN_QUESTION`: "Who pays for an oil spill at sea?",
    "What is a copper futures contract?") that plain `lead` answers in general, as an explainer does, not with news:
    its first paragraph has no dateline, day, reporting verb nor past "was/were" (`_NEWS_MARKS`), its second no day of
    the news (`_DAY_MARKS`; read under a question of one event only, not under a definition or a wh-question in the
    present of any case, `_ANY_CASE_ASKED`: BR23, unless it turns to the case asked, `_turns_to_the_case`:
    BR25), and the first says "here is how/why/what" or opens with any case ("When a ship spills
    fuel, the first bill goes to the shipowner") or with the definition the headline asks for ("A copper futures
    contract is …"). A news headline asked as a question ("Will the ceasefire hold?") stands over news: "Negotiators
    met in Doha on Tuesday …, officials said", and so does a feature lede's opener over the news of the day (BR22,
    2026-12-06: "Can anyone stop a fire like Kestle's?" — "When a fire jumps a ridge, crews can only wait." then
    "That is what happened above Kestle on Sunday, …" was held apart from the fire's two reports; "Here is why the
    bridge fell: the Dali lost power on Tuesday" said "here is why" over news). The T18 trial
    (2026-12-06): the Economic Courier's "Who pays for an oil spill at sea?" joined the Shipping Gazette's report of
    who insures the ship at 0.85 and took it from its own story; of the 12,338 articles of the labelled sets, the
    trials' sites and the 1k and 10k corpora, that explainer and T17's copper futures one are the only such. Pure."""
    if not question_headline(title):
        return False  # (nearly every headline)
    paragraphs = [p.strip() for p in lead.lstrip().split("\n\n") if p.strip()] or [""]
    first = paragraphs[0]
    asked = _WHAT_IS.match(title)
    if dateline_at(first) or _NEWS_MARKS.search(first) or len(paragraphs) > 1 and _DAY_MARKS.search(
            paragraphs[1]) and not (asked or _ANY_CASE_ASKED.match(title) and not _NAMED.search(title)
                                    and not _turns_to_the_case(title, first, paragraphs[1])):
        return False  # (news in the first paragraph, or a day in the second under a question of one event or turning
    if _HERE_IS_HOW.search(first):  # to the case asked: a feature lede's opener, BR22, BR25; not under a definition
        return True  # or any case asked over a day in passing, BR23)
    if _ANY_CASE.match(first):
        return True
    if asked is None:
        return False
    words = " ".join(asked.group("thing").lower().split()).split()  # the thing asked, or its first or last words:
    opening = re.sub(r"^(?:a|an|the)\s+", "", " ".join(first.lower().split()))  # "H5N1 is …", "A futures contract is …"
    return any(opening.startswith(f"{' '.join(part)} {verb} ") for n in range(len(words))
               for part in (words[:n + 1], words[n:]) for verb in ("is", "are", "means"))


def _stems(text: str) -> set[str]:
    """The words of 4 letters or more in `text`, lowered, without a plural's or a past's ending, less `_PLAIN`."""
    words = re.findall(r"[^\W\d_]{4,}", text.lower())
    return {re.sub(r"(?:es|s|ed)$", "", w) for w in words if w not in _PLAIN}


def _turns_to_the_case(title: str, first: str, second: str) -> bool:
    """Whether `second` (a lead's second paragraph, holding a day) tells the case a general headline `title` asks of,
    and its first paragraph `first` opens on, happening once, as a feature lede does (BR25 finding 7, 2026-12-06:
    "What happens when a wildfire jumps a ridge?" — "When a fire jumps a ridge, crews can only wait." — "That is what
    happened above Kestle on Sunday, when flames crossed the ridge …"): its main clause (to the first comma, colon,
    dash or "when/after/as …", `_CLAUSE`) turns to the event ("that is what happened", "it happened", "found out",
    `_TURNS`, or the past of the headline's own verb: "happens" → "happened", "does a fire jump" → "jumped", "pays" →
    "paid") and the paragraph names a thing of the headline or the opener again ("ridge"). An explainer's day in
    passing ("The question arose again on Tuesday, when the Jade Horizon's fuel reached …", BR23; "…, when a levee
    failed at Tewkesbury" under "How does a levee fail?") turns to no event in its main clause, and a turn to another
    matter ("That is what happened in Texas …, when the virus was found in dairy cows" under "What happens after a
    flood?") is no feature lede of this question. Pure; read only under a day in `second`, so rarely."""
    pasts = set()
    for word in re.findall(r"[^\W\d_]{3,}", title.lower()):  # "pays" → "paid", "happens" → "happened", "jump" → …
        base = re.sub(r"(?:(?<=[sxz])|(?<=[cs]h))es$|(?<![su])s$", "", word)
        pasts |= {_PASTS.get(word, ""), word[:-3] + "ied", base + "ed", base + "d"}
    clause = _CLAUSE.split(second, 1)[0]  # its main clause: not "The question arose again on Tuesday, when … failed"
    if not (_TURNS.search(clause) or set(re.findall(r"[^\W\d_]+", clause.lower())) & pasts):
        return False
    return bool((_stems(title) | _stems(first)) & _stems(second))


# A newsroom telling how it reported, in its own "we" and "us": "every expert we spoke to", "we asked the agency",
# "readers have sent us" (T14's readers' questions answered). Not an interviewee's voice nor an organisation's own.
# Verbs an organisation also says of its own work are the newsroom's only as a reporter's (BR18): "checked with",
# "contacted/approached/called/emailed … for comment / to ask", "asked … to comment"; "We have contacted every
# retailer", "we have checked each batch", "we have asked customers to stop using it" are a company's own voice.
_NEWSROOM = re.compile(
    r"\b(?i:we)(?:['\u2019]ve|\s+(?:have|had|also|then|have\s+also))?\s+(?:spoke|spoken|talked|consulted|interviewed|"
    r"checked\s+with|put\s+(?:this|these|that|those|it|them|the)\b|"
    r"asked(?!(?:\s+[\w'’-]+){1,4}?\s+to\s+(?!comment|respond|explain|confirm|clarify|us\b)[a-z])|"
    r"(?:contacted|approached|called|emailed)(?=(?:\s+[\w'’-]+){1,4}?\s+(?:for\s+(?:comment|a\s+(?:response|reply|"
    r"statement)|(?:its|their|his|her)\s+(?:response|view|side))|to\s+(?:ask|comment|respond|explain|confirm))))\b"
    r"|\b(?i:told|sent|gave|emailed|wrote\s+to|contacted)\s+us\b")
# We, our, us: an organisation speaking for itself ("US" is a country)
_OWN = re.compile(r"\bus\b|\b(?i:we|our|ours|ourselves|we['\u2019](?:re|ve|d|ll))\b")
# I, me, my, we, us, our … ("US" is a country, "I" only as a capital)
_FIRST_PERSON = re.compile(r"\bI(?:['’](?:m|ve|d|ll))?\b|\bus\b|\b(?i:me|my|mine|myself|we|our|ours|ourselves|"
                           r"we['’](?:re|ve|d|ll))\b")
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s|\?[\s*_\"'’”)]*$", re.IGNORECASE)
_ANSWER_MARK = re.compile(r"(?<=[?*_\"'’”)])\s*(?=(?:A|Answer)\s*[:.]\s)")  # "Q: …? A: …" in one block


def _pieces(text: str) -> list[str]:
    """The blocks of plain `text` (its lines), a block holding "…? A: …" split before its answer."""
    return [piece for block in text.split("\n") for piece in _ANSWER_MARK.split(block) if piece.strip()]


def asked_of_someone(piece: str, answer: str) -> bool:
    """Whether the block `piece` is a question answered in the first person by the block `answer` after it
    (module docstring): an interviewer's, whose "you" is the interviewee."""
    if not _QUESTION.search(piece):
        return False
    first = len(_FIRST_PERSON.findall(_NEWSROOM.sub(" ", answer)))
    return first > 0 and first >= len(_SECOND_PERSON.findall(answer))
