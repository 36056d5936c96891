"""What attribution frames look like: the patterns and word lists that `quotes.py` matches in the
masked text (quotemask.py: other quotations replaced by MASK, which is no white space and no word:
a pattern never reads across another quotation, and a masked quotation breaks a clause) around a
quotation.

`SPEECH` finds a speech verb (with up to two adverbs: "later said") or "according to";
`AFTER_*` read the frame after a closing mark ("…,” Kuleba said", "…,” said Kuleba",
"…” — Kuleba"), `BEFORE_COLON_NAME` a lead-in before an opening mark ("Kuleba: “…”"),
`ACCORDING` an "according to X" anywhere in the sentence. docs/people.md gives the frames'
order and reasons.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.analyse import languages
from briefgen.analyse.lexicon import COMPANY_NOUNS, PRESS_VERBS, SPEECH_ADVERBS, SPEECH_VERBS, TELL_VERBS
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quotemask import MASK
from briefgen.analyse.principals import spoken_for
from briefgen.analyse.clauseends import ends_reported_clause

_VERB = "|".join(sorted(SPEECH_VERBS | PRESS_VERBS))  # (press verbs frame; no evidence of a person: FX84)
_ADV = "|".join(sorted(SPEECH_ADVERBS))
# A court's verbs: a ruling is its judge's words (T21: "“The order is drastic …,” Justice Wanjiku Ngugi ruled." had no
# speaker, nor the sentence quoted after it). At the clause's end after a quotation, as CLOSING_VERBS; before one only
# with the "that" of a reported ruling ("the judge held that “…”", "found that the failure was “small and accidental”").
# Never "ruled out", "held talks", "found guilty", "ordered an inquiry" (an object follows); not "sentenced" (a person).
RULING_VERBS = frozenset("ruled rules held holds found finds ordered orders directed directs".split())
_RULING = rf"(?:{'|'.join(sorted(RULING_VERBS))})(?=(?:\s+(?:on\s+[A-Z][a-z]+|yesterday|today))?\s+that\b)"
SPEECH = re.compile(rf"(?<![\w\-])(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB}|{_RULING}|according\s+to)(?![\w\-])")
# A frame after the closing mark never reads past another quotation (“….” “…,” said X: the first was
# X's; MASK is not white space) or a blank line (a paragraph ending with a quotation).
_SPACE = r"[^\S\n]"
AFTER_LEAD = re.compile(rf"(?:[,;]|{_SPACE}|\n(?!{_SPACE}*\n))*")
# Verbs of speech that have other senses before an object ("Crane advised the board", "answered questions", "pleaded
# guilty"; lexicon.SPEECH_VERBS leaves them out): a frame's verb only right after its quotation and at its clause's end
# ("“If you need emergency care, go,” she advised." had no speaker, a hospital trial, 2026-12-04).
CLOSING_VERBS = frozenset("advised advises answered answers pleaded pleads agreed agrees shouted shouts begged begs".split()) | RULING_VERBS
_CLOSING = "|".join(sorted(CLOSING_VERBS)) + r"|put\s+it"  # (T24: "“…,” as X put it.")
# A time the verb may carry at its clause's end ("“…,” Justice Ngugi ruled on Monday.", "Ada Brenn, the chair, said on
# Monday, “…”": a trial's split quotation; BR31).
_WHEN = r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|later|earlier|again" \
        r"|afterwards|last\s+(?:night|week)|this\s+(?:morning|afternoon|evening|week))"
AFTER_SUBJECT = re.compile(rf"(?P<np>[^.;:!?{MASK}]{{1,120}}?)\s+(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB}|"
                           rf"(?:{_CLOSING})(?=(?:\s+{_WHEN})?[^\S\n]*(?:[.,;!?]|$)))(?![\w\-])")
# "said X", "according to X"; a closing verb before its subject too, a name or a determiner's noun phrase ("“…,” ruled
# Justice Ngugi", "“…,” answered the minister": BR31), never before an object ("ruled out", "held talks").
_INVERTED_CLOSING = rf"(?:{_CLOSING})(?=\s+(?:{CAPITAL}|(?:the|a|an|his|her|its|their)\s))"
AFTER_INVERTED = re.compile(rf"(?P<verb>{_VERB}|according\s+to|{_INVERTED_CLOSING})\s+(?P<np>[^.;:!?{MASK}]{{1,80}})")
_SUBJECT_OPENERS = frozenset("the a an one he she they it his her its their".split())


def not_ruling(np: str, verb: str) -> bool:
    """Whether a RULING_VERBS `verb` after a quotation is no frame of it: the words `np` between the quotation and the
    verb open with another verb's word in lower case ("“Stop the war,” read a banner Anna Berg held."), not with a
    subject ("“…,” the judge held", "“…,” Justice Ngugi ruled")."""
    first = np.split()[:1]
    return verb in RULING_VERBS and bool(first) and first[0].islower() and first[0] not in _SUBJECT_OPENERS


# “…,” according to X, Kuleba said: X's phrase up to its first comma, then a subject and its verb
AFTER_SOURCE = re.compile(rf"according\s+to\s+[^,.;:!?{MASK}]{{1,80}},(?P<np>[^.;:!?{MASK}]{{1,120}}?)\s+"
                          rf"(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB})(?![\w\-])")
AFTER_DASH = re.compile(rf"(?:{_SPACE}|\n)*[\u2014\u2013]\s*")  # a pull quote's byline, also in a paragraph of its own
# The clause before the mark starts the sentence, or follows a period, a semicolon or another quotation; `colon_subjects` reads its comma-separated parts.
BEFORE_COLON_NAME = re.compile(rf"(?:^|[.;{MASK}]\s*)(?P<np>[^.;:!?{MASK}]{{1,120}}?)\s*[:\u2014\u2013]\s*$")
CLAUSE_BREAK = re.compile(rf"[;:(\[\u2014\u2013{MASK}]")
# A dashed aside between a subject and its speech verb, as commas set one off: "Grant Laidlaw — himself a
# Comrie resident — said", "Geert Bosman — who turned a protest movement into a party — has said" (a trial's two
# quotations had no speaker: the dash broke the clause before the verb). Up to the verb, an auxiliary allowed.
_ASIDE = re.compile(rf"\s[\u2014\u2013]\s[^\u2014\u2013;:.!?{MASK}]{{1,100}}?\s[\u2014\u2013]\s+(?:(?:has|have|had)\s+)?$")


def aside_before(masked: str, start: int, verb_start: int) -> int:
    """Where the subject before a speech verb at `verb_start` ends: at the first dash of a dashed aside that ends
    right before the verb (`_ASIDE`), else at the verb."""
    aside = _ASIDE.search(masked, start, verb_start)
    return aside.start() if aside is not None else verb_start
# A subject two predicates share: "Tom Baxter, of broker Quill Laing, raised his target price and said the results
# “…”", "Fenwick Lisle promised to keep the stores and said it had “no plans”" — a name (and an appositive between
# commas) opening the clause, a predicate of its own, then "and"/"but" right before the speech verb. The fifth trial
# (the British business press) gave neither a speaker: the run next to the verb was read, and the words between
# ("raised his target price to 260p and") are not a name's.
# A spokesperson as that subject ("A university spokesman would not discuss … but said": from "A", no one; 2026-12-05)
_SPOKES_NP = rf"(?:[Aa]n?|[Oo]ne)[ \t]+(?:[\w'\u2019&-]+[ \t]+){{0,3}}?spokes(?:person|man|woman)(?:[ \t]+(?:for|of|at|from)[ \t]+(?:the[ \t]+)?[^\W\d_][\w'\u2019&-]*(?:[ \t]+(?:{CAPITAL}|&)[\w'\u2019&-]*)*)?"
_SHARED_SUBJECT = re.compile(rf"\s*(?P<np>{_SPOKES_NP}|{CAPITAL}[^\s,{MASK}]*(?:[ \t]+{CAPITAL}[^\s,{MASK}]*)*(?:,[^,{MASK}]{{1,80}},)?)"
                             rf"[ \t]+[a-z][\s\S]*?[ \t,](?:and|but)(?:[ \t]+(?:{_ADV}))?[ \t]*")


def shared_subject(masked: str, start: int, end: int) -> tuple[int, int]:
    """The part of the subject clause masked[start:end] (before a speech verb) that names the speaker: the
    leading noun phrase when the verb is the second of two predicates it shares (`_SHARED_SUBJECT`), else all."""
    tail = masked[max(start, end - 24):end]  # (the pattern only where its "and"/"but" may be: most clauses have none)
    shared = _SHARED_SUBJECT.fullmatch(masked, start, end) if "and" in tail or "but" in tail else None
    return (shared.start("np"), shared.end("np")) if shared is not None else (start, end)


# A quotation that names a term rather than quoting words: after "so-called", "known as", "dubbed", "termed",
# "nicknamed" ("a rule known as “put up or shut up”"; the fifth trial returned its "put up or shut up" as
# quotations). Not a quotation between a determiner and a noun, which is as often the speaker's words: "the “put up
# or shut up” deadline" names a term, "a “long and meaningful” phone call" quotes Zelensky (the evaluation set).
_TERM_BEFORE = re.compile(r"\b(?:so-called|known[ \t]+as|dubbed|termed|nicknamed)[ \t]+$")


def named_term(text: str, open_mark: int) -> bool:
    """Whether the quotation opening at `open_mark` names a term (`_TERM_BEFORE`): "the so-called “…”"."""
    return _TERM_BEFORE.search(text, max(0, open_mark - 16), open_mark) is not None


def object_head(before: list[str], prepositions: frozenset[str]) -> list[str]:
    """The lower-case words before a name run, up to the preposition that may govern it: "of the" and a company
    noun with a modifier or a determiner between are passed over, so that the run is read as the preposition's
    object ("Hill of the Brookings Institution", "Howells of the charity Flood Action", "Priya Sandhu at broker
    Tarrant Wood said", "an analyst at the investment bank Harcourt Bell": a trial gave Sandhu's words to the broker)."""
    before = spoken_for(before)  # ("a spokesperson for Mr Reid": principals.py)
    head = before[:-1] if before[-2:] == ["of", "the"] else before[:-2] if before[-3:-1] == ["of", "the"] else before
    if head and head[-1] in COMPANY_NOUNS:
        for i in range(len(head) - 2, max(-1, len(head) - 5), -1):
            if head[i] in prepositions:
                return head[:i + 1]
    return head


PART_END = re.compile(rf"[,;:({MASK}]")
PART_OR_DASH = re.compile(r"[,\u2014\u2013]")
NAMED = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|{CAPITAL}")
ACCORDING = re.compile(rf"according\s+to\s+(?P<np>[^.;:!?{MASK}]{{1,80}})", re.I)
# "his call", "separate calls": a speech verb's word used as a noun.
NOUN_BEFORE = re.compile(r"(?<!\w)(?:a|an|the|his|her|their|its|our|my|your|separate|phone|several|two|"
                         r"many|these|those|such|whose|recent|repeated)\s+$", re.I)
PREPOSITIONS = frozenset("in of from at with for on to near by after before about against between over under "
                         "without like than into across outside inside during since".split())
# Words that open a noun phrase of lower-case words naming a speaker who is not named: "“…?” a reporter
# asked Salo" has a frame (an unnamed speaker), so the quotation does not continue Salo's before it.
COMMON_LEAD = frozenset("a an one another some several two three many the his her their its our my your".split())  # (FX41: "his lawyer said")
FRAGMENT_REACH = 8  # words between a speech verb and a short quotation it governs
# A "that" among the first THAT_AT words after the verb opens the reported speech the verb governs, which reaches
# twice as far: "Sir Nigel … said in a statement that the latest proposal, worth 210p a share, “very significantly
# undervalues” …" and "Mark Devlin added that net cash stood at £31mln and that the dividend was “under review”"
# (11 words each) had no quote in the fifth trial; a scare quote far from a verb with no "that" still has none.
THAT_AT = 5
# Since 2026-12-05 the reach counts from the "that", which may follow the verb's object and its adjuncts within
# 2 * THAT_AT words ("told the court in Harcastle on Tuesday that …"), and a verb that tells someone opens reported
# speech after its object without one ("The prosecutor, Anjali Rowe, told the court the prosecution would rely on phone
# records and “a substantial quantity” of forensic material": a trial's court report lost her words at 11 words).
DASH_WORDS = 10  # words after "— " read for a speaker
OWN_CLAUSE = frozenset("what which who whom whose so-called dubbed nicknamed".split())
RELATIVE = frozenset("who whom whose which that".split())  # "according to X, who said": X's own clause
ASKING = re.compile(r"\b(?:asked|asks|ask|questioned|pressed|quizzed)$")  # leadsentences._reported: the answer is another's
RELATIVE_BEFORE = re.compile(r"\b(?:that|who|whom|which|whose|when|whether|if|because|after|before|but|and)\b")
# Words that open a clause of its own: after a closing mark, "“…” but X said …", "“…,” while X said …",
# "“…” in a letter that X said …" are X's words about something else, not the quotation's frame.
COORDINATORS = frozenset("and but or nor yet whereas".split())
SUBORDINATORS = frozenset("while when whenever although though because unless if whether that which who whom "
                          "whose where".split())
# Another's words before the opening mark: "Berg recalled Varga's words: “…”", "Berg dismissed Varga's claim
# that “…”", "Walla read out a letter from Moreau: “…”". The quotation is not the frame's subject's.
_WORDS_NOUNS = ("words|remarks?|comments?|statements?|letters?|messages?|promises?|claims?|warnings?|pledges?|"
                "assertions?|arguments?|vows?|answers?|replies|reply|responses?|notes?|posts?|tweets?|speech|testimony")
# "Moreau's verdict: “…”", "Moreau's answer was blunt: “…”": a possessor's own words; any other noun after a
# possessive in a lead-in is someone else ("Moreau's deputy was blunt: “…”" is not Moreau's).
WORDS_NOUN = re.compile(rf"(?:{_WORDS_NOUNS}|verdicts?|views?|reactions?|positions?|advice|conclusions?|"
                        r"assessments?|summary|account|explanation|version|retort|plea|appeal)[,.]?")
OTHERS_WORDS = re.compile(rf"(?:{CAPITAL}[\w\-]*[\u2019']s\s+(?:[a-z\-]+\s+){{0,2}}(?:{_WORDS_NOUNS})"
                          rf"|(?:{_WORDS_NOUNS})\s+(?:from|by)\s+(?:the\s+)?{CAPITAL}[^{MASK}:]{{0,60}}?)\s*(?:that|:)\s*$")
# "Walla quoted Moreau as saying “…”", "Moreau was quoted (by Walla) as saying “…”": the one quoted said the words,
# not the one who quotes (matched from the clause's start to the speech verb before the opening mark).
QUOTED_AS = re.compile(rf"(?:(?P<subject>[^.;:!?{MASK}]{{1,120}}?)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+quoted"
                       rf"(?:\s+by\s+[^,.;:!?{MASK}]{{1,60}}?)?|[^.;:!?{MASK}]*?\bquoted\s+(?P<object>[^,.;:!?{MASK}]{{1,60}}?))"
                       rf"\s+as\s+(?:(?:{_ADV})\s+){{0,2}}$")
# Words the frame's speaker relays from someone named: "“…,” said Varga, quoting Jan Weber", "“…,” according
# to Lena Ortiz, who cited Jan Weber" — the words are not the frame's speaker's, and whose they are is unsure.
RELAYED = re.compile(r"(?:,\s*|\bwho\s+(?:(?:had|has)\s+)?)(?:quoting|citing|quoted|cited|relaying|paraphrasing)\s+"
                     rf"(?:the\s+)?{CAPITAL}")


def relays(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] has a RELAYED phrase (the verbs' letters looked for first: ~20x faster)."""
    part = masked[start:end]
    return ("quot" in part or "cit" in part or "relay" in part or "paraphras" in part) and RELAYED.search(part) is not None
# After a capitalised run in "said X …", lower-case words that are no function word, adverb or verb form and
# then a capital: the run and the words are a title before the name ("said Harbour master Olga Brandt", "said
# EU fisheries chief Ana Silva", "said Varga's lawyer Anna Berg"), whatever the title's words.
_FUNCTION_WORDS = "|".join(sorted(PREPOSITIONS | COORDINATORS | SUBORDINATORS | SPEECH_ADVERBS | frozenset(
    "the a an his her their its our my your this these those as so then now also yesterday today tomorrow tonight "
    "here there last next ago not never".split()), key=lambda w: (-len(w), w)))
TITLE_BEFORE_NAME = re.compile(rf"(?:[ \t]+(?!(?:{_FUNCTION_WORDS})\b)[a-z][a-z\-]*(?<!ly)(?<!ed)(?<!ing)){{1,3}}[ \t]+(?={CAPITAL})")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_INTO_QUOTATION = re.compile(rf"[^.!?\n{MASK}]*{MASK}")


def paragraph_end(masked: str, pos: int, end: int) -> int:
    """Where a frame read after a closing mark at `pos` must stop: `end`, or the blank line before it.
    A quotation that ends its paragraph has no frame in the next one ("“…agencies.”" then a paragraph
    "Ó Súilleabháin said later: “…”": a trial gave the first quotation to her); only a dash's byline
    may stand in a paragraph of its own (AFTER_DASH)."""
    found = _PARAGRAPH_BREAK.search(masked, pos, end)
    return found.start() if found is not None else end


def paragraph_lead_in(masked: str, sentences: Sequence[tuple[int, int]], first: int, open_mark: int) -> int:
    """The sentence whose clause is the frame before a quotation: its own (`first`), or the one before
    it when the quotation opens its sentence right after a sentence ending in a colon — a lead-in that
    ends its paragraph ("Halvorsen set out her case:" then a
    paragraph-long quotation: a trial gave it no speaker, the sentences being split at the blank line).
    Only a colon reaches across: a frame after a closing mark never does (`paragraph_end`)."""
    if first == 0 or masked[sentences[first][0]:open_mark].strip():
        return first
    start, end = sentences[first - 1]
    if masked[end:open_mark].strip() or not masked[start:end].rstrip().endswith(":"):
        return first
    return first - 1


def leads_into_quotation(masked: str, verb_end: int, end: int) -> bool:
    """Whether the clause after a speech verb ending at `verb_end` runs into another quotation before
    its sentence ends (before `end`): "Varga said later: “…”", "Varga added, “…”", "Berg said the
    comparison was « … »". After a quotation that ends its sentence, such a sentence is the frame
    of the quotation it runs into, not of the one before it."""
    return _INTO_QUOTATION.match(masked, verb_end, end) is not None




# An appositive of the quotation itself, before a relative clause: "“sustainable,” a word X says she has
# learned to hate", "“historic”, a term X would never use" (a trial gave the scare quote to X).
# The nouns in lower case only: "“…,” a Name & Moor statement said" is the firm's (a property drew "Name").
_ABOUT_THE_WORDS = re.compile(r"\s*(?:a|an|the|one|that|this)\s+(?:[a-z\-]+\s+)?(?-i:word|phrase|term|label|expression|"
                              r"slogan|description|name|nickname|epithet|catchphrase|mantra|refrain)s?\b", re.I)


def opens_clause(np: str, verb_ends_clause: bool) -> bool:
    """Whether `np`, the words between a closing mark and the speech verb after it (masked text), open a
    clause of their own, so that the verb's subject did not say the quotation.

    True when `np` starts with a coordinator ("“…” and X said", "“…,” but X said") or is an appositive
    of the quotation's words ("“sustainable,” a word X says she has learned to hate"), or when the
    part of `np` that holds the subject (the last comma-separated part, or the one before an
    appositive: "and the minister, X, said") has a coordinator or subordinator (`SUBORDINATORS`:
    "while X said", "a letter that X said") as its first word or after a lower-case word ("Trade
    and Industry" is a name's "and"); "as" counts unless the verb ends the clause ("“…,” as X
    said." is X's; "“…” as X said it would work" is not). "“…,” when X was asked, he said": the
    subordinate clause ends at its comma, and "he" is the subject. `verb_ends_clause`: whether
    the verb is followed by the end of a clause (verbends.verb_ends_clause).
    """
    words = np.split()
    if words and words[0].lower() in COORDINATORS or _ABOUT_THE_WORDS.match(np):
        return True  # "“…” and X said"; "“sustainable,” a word X says she has learned to hate": about the words
    parts = np.split(",")
    part = (parts[-3] if len(parts) >= 3 and not parts[-1].strip() else parts[-1]).split()
    openers = COORDINATORS | SUBORDINATORS | (frozenset() if verb_ends_clause else frozenset({"as"}))
    return any(w.lower() in openers and (k == 0 or not part[k - 1][:1].isupper()) for k, w in enumerate(part))


def joined(before: list[str], after: list[str], clause: bool = False) -> bool:
    """Whether a name run, with the words `before` and `after` it in its noun phrase (as written),
    is joined by "and", "or" or "&" to a capitalised word: one of several speakers ("Walla and
    Moreau said": neither said it alone) or a part of a longer name that the runs split at "and"
    ("the Ministry of Trade and Industry said" is no person "Industry"; "Minister for Trade and
    Industry Ana Silva" no "Industry Ana Silva"; quotes.py reads such a name whole), also across a
    determiner ("the Ministry of Trade and the Ministry of Finance said" is neither's alone), or "et al." (FX52). In a
    colon lead-in (`clause`) the words after the name are its predicate, so any "and" right after it
    joins another subject ("The minister met Walla, Berg and the crews: “…”"). quotes.py then names
    no speaker."""
    def capitalised(word: str) -> bool:
        return word.strip("(\"“‘")[:1].isupper()
    if before and before[-1].lower() in _DETERMINERS:  # "the Ministry of Trade and the Ministry of Finance"
        before = before[:-1]
    if len(after) >= 2 and after[1].lower() in _DETERMINERS:
        after = after[:1] + after[2:]
    return ((len(before) >= 2 and before[-1].lower() in _JOINERS and capitalised(before[-2]))
            or (len(after) >= 2 and (after[0].lower() in _JOINERS and (clause or capitalised(after[1])) or after[0] == "et" and after[1][:2] == "al")))


_JOINERS, _DETERMINERS = frozenset(("and", "or", "&")), frozenset(("the", "a", "an"))


# The words between the two parts of an interrupted quotation: its frame alone (with appositives), then a comma
# ("“The harbour,” said Varga, “is finished”", "“…,” Varga, the mayor, said, “…”", "“…,” according to Varga, “…”"),
# up to 120 characters (quotesplits.LONG_FRAME; quotesplits.interrupted says which are one quotation's frame).
# A time the verb may carry before the comma (`_WHEN`). A closing verb before its subject as after it ("“…,” ruled Justice
# Ngugi, “…”", "“…,” Justice Ngugi ruled on Monday, “…”": BR31).
_INTERRUPTION = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:{_VERB}|according\s+to|(?P<inverted>{_INVERTED_CLOSING}))\s+(?P<after>[^.;:!?\n{MASK}]{{1,120}})"
                           rf"|(?P<before>[^.;:!?\n{MASK}]{{1,120}}?)\s+(?:(?:{_ADV})\s+){{0,2}}(?:{_VERB}|(?P<closing>{'|'.join(sorted(CLOSING_VERBS))}))"
                           rf"(?:\s+{_WHEN})?),[^\S\n]*")  # (a ruling or a closing verb: "“…,” Justice Ngugi ruled, “…”", FX41)


# The comma, "!" and "?" inside a closing mark that part a short quotation from the frame after it, in the
# scripts a quotation may be written in beside an English frame: fullwidth (Chinese, Japanese), the ideographic
# comma, Arabic's. A trial: "“中方将采取必要措施，” Wang said" was not returned.
INNER_PUNCTUATION = ",!?\uff0c\uff01\uff1f\u3001\u060c\u061f"


def governs(text: str, masked: str, frame: str, verb_end: int, open_mark: int, close_end: int) -> bool:
    """Whether a short quotation (quotemarks.FRAGMENT) between `open_mark` and `close_end` (after its
    closing mark) is a quote: when its speaker's frame (`frame`, as quotes.Quote.frame) is right beside it.
    After the mark, a comma, "?" or "!" inside or a comma outside it parts the words from the frame
    (“critical,” X said / “critical”, X said / “Nobody asked us,” she added; not “peace formula” has ten
    points, X said); before it, the verb ending at `verb_end` (-1: the frame came after the mark) is at
    most FRAGMENT_REACH words before it, with no relative clause between ("insists on what officials
    call “…”": a clause of its own governs the words). A dash lead-out or a colon lead-in (T25) governs words that end
    a sentence inside the marks (“Never again.” — X: a signed pull quote, load/plaintext; X: “Never.”)."""
    before = verb_end >= 0
    if frame in ("dash", "colon"):  # “Never again.” — Kyriakos Mitsotakis; Mitsotakis: “Never.” (T25): a sentence, no scare quote
        return text[close_end - 2] in ".!?\u2026\u3002\uff01\uff1f"
    if frame == "said-after" or (frame == "pronoun" and not before):
        return text[close_end - 2] in INNER_PUNCTUATION or not masked[close_end:close_end + 2].strip(" ,")
    if frame in ("said-before", "pronoun") and before:
        between = masked[verb_end:open_mark].lower().split()
        that = between.index("that") if "that" in between[:THAT_AT * 2] else -1
        verb = masked[max(0, verb_end - 12):verb_end].split()[-1:]
        if that < 0 and verb and verb[0].lower() in TELL_VERBS:
            that = 0  # "told the court the Crown would rely on … “…”": a clause after the verb's object (THAT_AT)
        reach = FRAGMENT_REACH * 2 if that >= 0 else FRAGMENT_REACH  # reported speech: from its "that" (THAT_AT)
        return (len(between) - that - 1 <= reach or ends_reported_clause(text, masked, verb_end, open_mark, close_end)) and (
            not OWN_CLAUSE.intersection(between) and not _others_naming(between))  # (ending the clause: any reach, clauseends.py)
    return False


# A participle that names something, right after a noun: another's words inside the reported clause ("reminded jurors
# to ignore reports describing it as “an inside job”": the reports', not the judge's; 2026-12-05). After a comma it is
# the speaker's own ("said, describing it as “…”").
NAMING = frozenset("describing described calling labelling labeling branding terming".split())


def _others_naming(between: list[str]) -> bool:
    """Whether lower-case words `between` a verb and its quotation hold a NAMING word right after a word that does
    not end in a comma: a clause whose subject is another's."""
    return any(w in NAMING and k and not between[k - 1].endswith(",") for k, w in enumerate(between))


@dataclass(frozen=True, slots=True)
class Frames:
    """The patterns and word lists of one lexicon's frames (`frames_for`): the English ones above, or those
    with a language's speech verbs, sources, prepositions and pronouns added (languages.py)."""

    lexicon: str  # "" (English), "de", "fr"
    speech: re.Pattern[str]  # SPEECH
    after_inverted: re.Pattern[str]  # AFTER_INVERTED
    after_subject: re.Pattern[str]  # AFTER_SUBJECT
    after_source: re.Pattern[str]  # AFTER_SOURCE
    according: re.Pattern[str]  # ACCORDING
    interruption: re.Pattern[str]  # for `interrupted`
    title_before_name: re.Pattern[str]  # TITLE_BEFORE_NAME
    prepositions: frozenset[str]  # PREPOSITIONS
    pronouns: tuple[str, ...]  # "he", "she" and the language's
    sources: tuple[str, ...] = ()  # the language's "according to": "laut", "selon"

    def is_according(self, verb: str) -> bool:
        """Whether a frame's `verb` group is "according to" or the language's form of it (a source, not a verb)."""
        return verb.startswith("according") or (bool(self.sources) and verb.split()[0].lower() in self.sources)


ENGLISH = Frames("", SPEECH, AFTER_INVERTED, AFTER_SUBJECT, AFTER_SOURCE, ACCORDING, _INTERRUPTION, TITLE_BEFORE_NAME,
                 PREPOSITIONS, ("he", "she"))


@lru_cache(maxsize=4)
def frames_for(lexicon: str) -> Frames:
    """The frames of text in `lexicon` (languages.lexicon_of): ENGLISH for "", else the English frames with
    the language's words added (a German article may quote an English source "said X"; English text is never
    read with German or French words)."""
    if not lexicon:
        return ENGLISH
    verb = "|".join(sorted(SPEECH_VERBS | PRESS_VERBS | languages.SPEECH_VERBS[lexicon]))
    if languages.PARTICIPLES[lexicon]:  # "a déclaré"
        verb += rf"|a\s+(?:{'|'.join(sorted(languages.PARTICIPLES[lexicon]))})"
    if lexicon == "fr":  # "se souvient X", "s'amuse X", "X s'est dite « … »", "s'est indignée X" (T15)
        verb += (rf"|(?:s['\u2019]|se\s+)(?:{'|'.join(sorted(languages.FRENCH_REFLEXIVE_VERBS))})"
                 rf"|s['\u2019]est\s+(?:{'|'.join(sorted(languages.FRENCH_REFLEXIVE_PARTICIPLES))})(?:es|e|s)?")
    sources = languages.ACCORDING[lexicon]
    according = r"according\s+to|" + "|".join(sources)
    # German "„…“, so Borne": "so" is a speech verb only right after a closing mark, before a capital, a particle
    # or a title (in lower case in the text frames read: languages.in_language)
    so = rf"|so(?=\s+(?:[^\W\d_a-z]|von\s|de\s|(?:{'|'.join(sorted(languages.GERMAN_TITLES))})\s))" if lexicon == "de" else ""
    prepositions = PREPOSITIONS | languages.PREPOSITIONS[lexicon]
    function_words = "|".join(sorted(prepositions | COORDINATORS | SUBORDINATORS | SPEECH_ADVERBS | frozenset(
        "the a an his her their its our my your this these those as so then now also yesterday today tomorrow tonight "
        "here there last next ago not never".split()), key=lambda w: (-len(w), w)))
    np80, np120 = rf"[^.;:!?{MASK}]{{1,80}}", rf"[^.;:!?{MASK}]{{1,120}}?"
    return Frames(
        lexicon,
        re.compile(rf"(?<![\w\-])(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{verb}|{according})(?![\w\-])"),
        re.compile(rf"(?P<verb>{verb}|{according}{so})(?![\w\-])\s+(?P<np>{np80})"),
        re.compile(rf"(?P<np>{np120})\s+(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{verb})(?![\w\-])"),
        re.compile(rf"according\s+to\s+[^,.;:!?{MASK}]{{1,80}},(?P<np>{np120})\s+(?:(?:{_ADV})\s+){{0,2}}"
                   rf"(?P<verb>{verb})(?![\w\-])"),
        # (case matters but in "according to": a capitalised "Selon" or "Laut" mid-sentence is a name's; one that
        # opens a sentence is in lower case in the text frames read, languages.in_language)
        re.compile(rf"(?<![\w\-])(?:(?i:according\s+to)|{'|'.join(sources)})\s+(?P<np>{np80})"),
        re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:{verb}|{according})\s+(?P<after>[^.;:!?\n{MASK}]{{1,120}})"
                   rf"|(?P<before>[^.;:!?\n{MASK}]{{1,120}}?)\s+(?:(?:{_ADV})\s+){{0,2}}(?:{verb})),[^\S\n]*"),
        re.compile(rf"(?:[ \t]+(?!(?:{function_words})\b)[a-z][a-z\-]*(?<!ly)(?<!ed)(?<!ing)){{1,3}}[ \t]+(?={CAPITAL})"),
        prepositions, ("he", "she") + languages.PRONOUNS[lexicon], sources)
