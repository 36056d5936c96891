"""Question-and-answer transcripts: an answer paragraph led by its speaker's name and a colon is that person's words.

    interview_answers(title, text)   # -> [Quote("The morning after the theft. …", …, "Helena Marsh", frame="interview")]

Takes an article's headline and plain text (blocks apart by blank lines, as `quotes.quotes_in` reads them; Markdown's
bold, `**Helena Marsh:**` or `**Helena Marsh**:`, read as the plain `Helena Marsh:`); gives the answers as `Quote`s in
reading order, offsets into `text`. An interview is printed without quotation marks, so the frames of quotes.py never
saw one (a trial's Art Chronicle interview, 2026-12-05, gave none of Helena Marsh's three answers to her).

Rules (docs/people.md, "Interviews"):
- A labelled paragraph opens with a label of at most six words, a colon and its words. A question is a labelled
  paragraph whose label is a question word (`QUESTION_LABELS`: "Q", "Question", "Interviewer") or whose words end with
  "?" (an interviewer's name or outlet: "Art Chronicle: Do you regret resigning?"); a question is never a quote.
- The body has the Q&A shape when it holds a question, or two answer paragraphs: only then is an answer read, so that
  a lone "Note: …" or "Helena Marsh: …" in a report is left alone.
- An answer's label names a person (names.mentions_in finds a person there, a title such as "Dr" before it allowed)
  that the text names outside the labels too or that answers twice; a label holding a word of `LABEL_WORDS` ("Note",
  "Update", "Editor's note", "Warning", "Correction" …) never does. An organisation's label is no answer (precision).
- An answer that opens with a quotation mark is left to quotes.py's colon frame ("Marsh: “…”").
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import TITLE_WORDS
from briefgen.analyse.names import mentions_in
from briefgen.analyse.nameruns import PERSON
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
    has no Q&A shape. `language`: the article's (BCP 47), for names.mentions_in."""
    if ":" not in text:
        return []
    labelled = []  # (label start, label end, words start, paragraph end, question)
    for paragraph in _PARAGRAPH.finditer(text):
        found = _LABELLED.match(text, paragraph.start(), paragraph.end())
        if found is None or len(found.group("label").split()) > MAX_LABEL_WORDS:
            continue
        label = found.group("label").strip()
        words = text[found.start("words"):paragraph.end()].rstrip()
        question = label.lower() in QUESTION_LABELS or _QUESTION_END.search(words) is not None
        labelled.append((found.start("label"), found.start("label") + len(label), found.start("words"),
                         found.start("words") + len(words), question))
    if not labelled or not any(q for *_, q in labelled) and sum(1 for *_, q in labelled if not q) < 2:
        return []  # (cheap: most texts have no labelled paragraph; a name-led pair is checked below)
    people = {m[2]: m for m in mentions_in(title, text, language) if m[3] == PERSON and not m[6]}
    answers = []
    for start, end, words, stop, question in labelled:
        mention = people.get(end)
        if question or mention is None or text[words] in _OPENING_MARKS or not _whole_label(text, start, mention):
            continue
        answers.append((mention, start, words, stop))
    if not any(q for *_, q in labelled) and len(answers) < 2:
        return []
    labels = {(start, mention[2]) for mention, start, _, _ in answers}
    seen = {mention[4] for mention in people.values()
            if not any(s <= mention[1] and mention[2] <= e for s, e in labels)}
    counts: dict[str, int] = {}
    for mention, *_ in answers:
        counts[mention[4]] = counts.get(mention[4], 0) + 1
    return [Quote(text[words:stop], words, stop, mention[0], mention[4], PERSON, "interview",
                  text[start:stop], False)
            for mention, start, words, stop in answers if mention[4] in seen or counts[mention[4]] > 1]


def _whole_label(text: str, start: int, mention: tuple) -> bool:
    """Whether the person `mention` (a names.Found) is the whole label starting at `start`, its title before it
    allowed ("Dr Helena Marsh"), and no word of the label is a `LABEL_WORDS` word."""
    before = text[start:mention[1]].split()
    if before and " ".join(before) != mention[5] and not all(w.lower().rstrip(".") in TITLE_WORDS for w in before):
        return False
    return not any(word.lower().strip(".,") in LABEL_WORDS for word in text[start:mention[2]].split())
