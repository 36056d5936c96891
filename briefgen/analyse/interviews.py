"""Question-and-answer transcripts: an answer paragraph led by its speaker's name and a colon is that person's words.

    interview_answers(title, text)   # -> [Quote("The morning after the theft. …", …, "Helena Marsh", frame="interview")]

Takes an article's headline and plain text (blocks apart by blank lines, as `quotes.quotes_in` reads them; Markdown's
bold, `**Helena Marsh:**` or `**Helena Marsh**:`, read as the plain `Helena Marsh:`); gives the answers as `Quote`s in
reading order, offsets into `text`. An interview is printed without quotation marks, so the frames of quotes.py never
saw one (a trial's Art Chronicle interview, 2026-12-05, gave none of Helena Marsh's three answers to her).

Rules (docs/people.md, "Interviews"):
- A labelled paragraph opens with a label of at most six words, a colon and its words. A question is a labelled
  paragraph whose label is a question word (`QUESTION_LABELS`: "Q", "Question", "Interviewer") or a name (`_asker`:
  capitalised words, no label word, day, month or digit) whose words end with "?" (an interviewer's name or outlet:
  "Art Chronicle: Do you regret resigning?"); every paragraph of a label that asked is a question, never a quote.
- Answers are read only after the body's first question: a who's-who ("Helena Marsh: curator of the museum since
  2019."), a timeline or a recipe's steps has none (a hostile re-test, 2026-12-05; "Background: What is this case
  about?" asks nothing). A description (`description`) is never an answer, save a capitalised one right after a
  question ("The morning after.").
- An answer's label names a person (names.mentions_in finds a person there, a title such as "Dr" before it allowed)
  that the text names outside the labels too or that answers twice; a label holding a word of `LABEL_WORDS` ("Note",
  "Update", "Editor's note", "Warning", "Correction" …) never does. An organisation's label is no answer (precision).
- An answer that opens with a quotation mark is left to quotes.py's colon frame ("Marsh: “…”").
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import MONTHS_DAYS, PAST_VERBS, SURNAME_PARTICLES, TITLE_WORDS
from briefgen.analyse.names import mentions_in
from briefgen.analyse.nameruns import PERSON
from briefgen.analyse.quotemarks import VERB_HINTS
from briefgen.analyse.quoteresult import Quote

MAX_LABEL_WORDS = 6
QUESTION_LABELS = frozenset("q q. question questions interviewer interviewers".split())
# Words that label a paragraph and are no one's name: a note, an update, a section of a live page. (A person whose
# name holds one, "Anna Note", loses an answer: precision first.)
LABEL_WORDS = frozenset("""
note notes update updates updated editor editor's editors' editor\u2019s warning warnings correction corrections
clarification disclaimer background context summary key points takeaways source sources photo photos picture image
video audio watch read listen related live breaking analysis timeline transcript answer answers a a. ps p.s. nb n.b.
caption credit credits disclosure advertisement sponsored update: latest what why how when where who pictured
quote quotes fact facts bottom line tl;dr tldr
""".split())
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
# A label: optional bold marks around the label or the label and its colon, then the words.
_LABELLED = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*(?P<label>[^\W\d_][^:\n*_]{0,80}?)[ \t]*(?:\*\*|__)?[ \t]*:"
                       r"[ \t]*(?:\*\*|__)?[ \t]*(?P<words>\S)")
_OPENING_MARKS = "\"'\u201c\u2018\u201e\u201a\u00ab\u00bb\u2039\u300c\u300e\u201d"
_QUESTION_END = re.compile(r"\?[\s*_\"'\u201d\u2019)]*$")


def interview_answers(title: str, text: str, language: str = "") -> list[Quote]:
    """The answers of a Q&A transcript in `text` (module docstring), each a `Quote` with frame "interview" whose
    `speaker` is the label's name as written, `name` the article-local full name, `kind` "person"; [] when the body
    has no real question. `language`: the article's (BCP 47), for names.mentions_in."""
    if ":" not in text or "?" not in text and not any(w in text for w in ("Q", "Interviewer")):
        return []
    labelled = []  # (paragraph number, label start, label end, words start, paragraph end, label, asks)
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text)):
        found = _LABELLED.match(text, paragraph.start(), paragraph.end())
        if found is None or len(found.group("label").split()) > MAX_LABEL_WORDS:
            continue
        label = found.group("label").strip()
        words = text[found.start("words"):paragraph.end()].rstrip()
        asks = label.lower() in QUESTION_LABELS or (_QUESTION_END.search(words) is not None and _asker(label))
        labelled.append((number, found.start("label"), found.start("label") + len(label), found.start("words"),
                         found.start("words") + len(words), label, asks))
    askers = {entry[5].lower() for entry in labelled if entry[6]}
    if not askers:
        return []  # no real question: a who's-who, a timeline, a recipe's steps (2026-12-05)
    questions = {number for number, *_, label, _ in labelled if label.lower() in askers}
    people = {m[2]: m for m in mentions_in(title, text, language) if m[3] == PERSON and not m[6]}
    answers = []
    for number, start, end, words, stop, label, _ in labelled:
        mention = people.get(end)
        if (number in questions or number < min(questions) or mention is None or text[words] in _OPENING_MARKS
                or not _whole_label(text, start, mention)):
            continue
        if description(text[words:stop]) and not (number - 1 in questions and text[words].isupper()):
            continue  # "Helena Marsh: curator of the museum since 2019." (a cast list), save a reply's fragment
        answers.append((mention, start, words, stop))
    labels = {(start, mention[2]) for mention, start, _, _ in answers}
    seen = {mention[4] for mention in people.values()
            if not any(s <= mention[1] and mention[2] <= e for s, e in labels)}
    counts: dict[str, int] = {}
    for mention, *_ in answers:
        counts[mention[4]] = counts.get(mention[4], 0) + 1
    return [Quote(text[words:stop], words, stop, mention[0], mention[4], PERSON, "interview",
                  text[start:stop], False)
            for mention, start, words, stop in answers if mention[4] in seen or counts[mention[4]] > 1]


def _asker(label: str) -> bool:
    """Whether `label`, before words that end with "?", may be an interviewer's or an outlet's name ("Art Chronicle",
    "Sam Okoro", "The Times"): capitalised words (NAME_PARTICLES aside), none a `LABEL_WORDS` word, a day or a month,
    no digit ("Background: What is this case about?", "Wednesday: … Who took them?", "Step 3: …?" ask nothing)."""
    words = label.split()
    return not any(any(c.isdigit() for c in w) or w.lower().strip(".,") in LABEL_WORDS | MONTHS_DAYS
                   or not (w[:1].isupper() or w.lower() in NAME_PARTICLES) for w in words)


def description(words: str) -> bool:
    """Whether an answer's `words` describe rather than say: they open with a lower-case letter ("curator of the
    museum since 2019"), or no sentence holds a finite verb (`quotemarks.VERB_HINTS`, `lexicon.PAST_VERBS`, a word
    ending "n't", or in "-ed" after a word that is no determiner) before its first subordinate clause ("Night guard on
    duty when the paintings vanished.", "The museum's insurer."). A who's-who's lines are descriptions."""
    if words[:1].islower():
        return True
    for sentence in _SENTENCE.split(words):
        main = _SUBORDINATE.split(sentence, 1)[0]
        tokens = [w.lower().strip("'’") for w in _WORD.findall(main.replace("’", "'"))]
        for k, w in enumerate(tokens):
            if (w in VERB_HINTS or w in PAST_VERBS or w.endswith("n't")
                    or (k and len(w) > 4 and w.endswith("ed") and tokens[k - 1] not in _DETERMINERS)):
                return False
    return True


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|that|when|where|while|because|until|since|after|before|if|"
                          r"although|though|as)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+")
NAME_PARTICLES = SURNAME_PARTICLES | frozenset("of the and &".split())
_DETERMINERS = frozenset("a an the his her their its our my your this that newly recently long well".split())


def _whole_label(text: str, start: int, mention: tuple) -> bool:
    """Whether the person `mention` (a names.Found) is the whole label starting at `start`, its title before it
    allowed ("Dr Helena Marsh"), and no word of the label is a `LABEL_WORDS` word."""
    before = text[start:mention[1]].split()
    if before and " ".join(before) != mention[5] and not all(w.lower().rstrip(".") in TITLE_WORDS for w in before):
        return False
    return not any(word.lower().strip(".,") in LABEL_WORDS for word in text[start:mention[2]].split())
