"""Whether a person named after a noun that says who they are to someone speaks in a sentence: "Tom Reid was
arrested on Monday, his lawyer, Anna Berg, said." — then Anna Berg is the sentence's speaker, and a "she said" after
it hers, not the subject's (issue 9, 2026-12-05: the quotation went to Tom Reid).

    agent_speakers(masked, lo, hi, persons, "she")   # the runs of `persons` that speak as a named agent

A named agent is a person run between commas right after a determined singular person noun (`AGENT_NOUNS`: kin,
lawyers, coaches, spokespeople and the lexicon's roles; "his lawyer, Anna Berg,"), in one of three frames:
- the noun phrase opens its clause (the sentence's start, a comma, a semicolon, a dash, then perhaps "and"/"but";
  not a bare "and": "Tom Reid and his lawyer, Anna Berg, said" is both) and a speech
  verb follows the run's closing comma: "…, his lawyer, Anna Berg, said.";
- a speech verb after a comma opens the noun phrase and the run ends the sentence: "…, said his solicitor, Anna Berg."
  (not "Tom Reid, the owner, said the manager, Anna Berg, had resigned": reported, a breaker's case, 2026-12-05);
- "according to" opens it and the run closes the clause: "…, according to his lawyer, Anna Berg.".
The verb is a plain verb of saying in the active voice (`_AGENT_VERBS`, no "was"/"will" before it): "…, and her
sister, Sarah Lund, was told to pay costs", "posted bail", "claimed it in 1998" are no speech (a breaker, 2026-12-05).
The unnamed agent alone ("…, his lawyer said.") is unnamedvoices.py's. A later "he"/"she" is the agent's only when it
cannot be the person the agent speaks for (`_only_theirs`): "…, his wife, Anna Berg, said. “…,” he said." is not
hers, nor is "Mr Reid was arrested, his lawyer, Anna Berg, said. “I will clear my name,” he said." (then
antecedents.main_subject reads the sentence as before: the subject). A phone call is no speech (callverbs.not_words).
Pure functions of the masked text and the runs.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.callverbs import not_words
from briefgen.analyse.lexicon import ROLE_NOUNS, SPEECH_ADVERBS, SPEECH_VERBS
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.toldsex import run_sex
from briefgen.analyse.unnamedvoices import FEMALE_NOUNS, GROUP_NOUNS, MALE_NOUNS, PERSON_NOUNS

Run = Sequence[tuple[int, str]]  # a person's words with their offsets, title included (antecedents.Run)

# Singular nouns of a person who speaks for, or of, another: unnamedvoices' kin and agents, the lexicon's roles.
AGENT_NOUNS = frozenset(n for n in PERSON_NOUNS | ROLE_NOUNS if n not in GROUP_NOUNS and not n.endswith("s")) | {
    "spokesman", "spokeswoman", "spokesperson", "representative", "boss", "witness", "actress"}
_FEMALE = FEMALE_NOUNS | {"spokeswoman", "actress"}
_MALE = MALE_NOUNS | {"spokesman"}
_DETERMINER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Oo]ne)"
# A title the run leaves out ("his solicitor, Ms Berg, said"; "Dr Anna Berg"): the person's, before the run.
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Cllr|Rev)\.?\s+)?"
# The noun's modifiers may be capitalised ("the White House spokesman, Andrew Bates, said": a breaker, 2026-12-05).
_MODIFIED = rf"(?P<det>{_DETERMINER})\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?P<noun>[a-z][\w'\u2019-]*)"
_NOUN_PHRASE = rf"{_MODIFIED}\s*,\s*{_TITLE}"
# Only plain verbs of saying in the active voice (a breaker's 601 inputs, 2026-12-05): "was told to pay costs", "was
# accused of", "was asked to leave", "posted bail", "claimed it in 1998" are no words of the agent's, so no auxiliary
# of a passive or future ("was", "is", "will" …) may come before the verb, and the verbs that name other acts too
# (posted, claimed, accused, dismissed, warned, asked, informed …) are not read here.
_AGENT_VERBS = frozenset("""said says added adds confirmed confirms explained explains insisted insists stated states
told tells argued argues stressed stresses""".split()) & SPEECH_VERBS
_ADVERBS = SPEECH_ADVERBS - frozenset("was is were will would".split())
_VERB = rf"(?:(?:{'|'.join(sorted(_ADVERBS))})\s+){{0,2}}(?P<verb>{'|'.join(sorted(_AGENT_VERBS))})\b"
_OPENS = r"(?:^|[,;\u2014\u2013])\s*(?:(?:and|but)\s+)?"  # ("Tom Reid and his lawyer, Anna Berg, said": both speak)
_BEFORE = (re.compile(rf"{_OPENS}{_NOUN_PHRASE}$"),                       # "…, his lawyer, " + run + ", said"
           re.compile(rf",\s*{_VERB}\s+{_NOUN_PHRASE}$"),                 # "…, said his solicitor, " + run
           re.compile(rf"\b[Aa]ccording\s+to\s+{_NOUN_PHRASE}$"))         # "according to his lawyer, " + run
# The first frame where the noun phrase opens the sentence: `^` matches only at the text's start, never at the `lo` a
# search starts from, so "A Cobrebras spokeswoman, Carolina Vidal, said …" named no agent but in a text's first
# sentence, and the "she said" after it went to "Cobrebras" (T20 #2, FX24): matched from `lo` instead.
_SENTENCE_OPENS = re.compile(rf"\s*(?:(?:and|but)\s+)?{_NOUN_PHRASE}$")
# What may stand between the run and the comma before the verb: an age, a firm, a "who" clause ("Anna Berg, 52, said";
# "Anna Berg of Berg & Co, said"; "Anna Berg, who is representing him, said").
_EXTRA = rf"(?:\s*,\s*(?:\d{{1,3}}|who\s[^,.;\u201c\u201d]*)(?=\s*,)|\s+of\s+(?:the\s+)?{CAPITAL}[\w'\u2019.-]*(?:\s+(?:{CAPITAL}[\w'\u2019.-]*|&))*)?"
_VERB_AFTER = re.compile(rf"{_EXTRA}\s*,\s*{_VERB}")
# The name first, the noun after it: "Tom Reid will plead not guilty, Anna Berg, his lawyer, said." (a breaker, 2026-12-05)
_NAME_FIRST = (re.compile(rf"{_OPENS}{_TITLE}$"), re.compile(rf"\s*,\s*{_MODIFIED}\s*,\s*{_VERB}"))
_CLOSES = (re.compile(r"\s*(?:[.;!?]|$)"),  # (", said the manager, Anna Berg, had resigned": her words are reported)
           re.compile(r"\s*(?:[.,;!?]|$)"))


def agent_speakers(masked: str, lo: int, hi: int, persons: Sequence[Run], pronoun: str = "") -> list[Run]:
    """The runs of `persons` (antecedents.Run: (offset, word) pairs in masked[lo:hi]) that speak in the sentence as a
    named agent (module docstring), in text order; with `pronoun` "he"/"she", only those whose noun's sex, if the
    noun tells one, agrees."""
    found = []
    for run in persons:
        start, end = run[0][0], run[-1][0] + len(run[-1][1])
        if _NAME_FIRST[0].search(masked, lo, start) and (after := _NAME_FIRST[1].match(masked, end, hi)) and (
                after.group("noun") in AGENT_NOUNS and not not_words(masked, after.start("verb"), after.end("verb"))
                and not (pronoun in ("he", "she") and not _only_theirs(masked, persons, run, after, pronoun))):
            found.append(run)  # "…, Anna Berg, his lawyer, said."
            continue
        for frame, before in enumerate(_BEFORE):
            head = before.search(masked, lo, start) or (_SENTENCE_OPENS.match(masked, lo, start) if frame == 0 else None)
            if head is None or head.group("noun") not in AGENT_NOUNS:
                continue
            if pronoun in ("he", "she") and not _only_theirs(masked, persons, run, head, pronoun):
                continue
            if frame == 0:
                verb = _VERB_AFTER.match(masked, end, hi)
                spoken = verb is not None and not not_words(masked, verb.start("verb"), verb.end("verb"))
            else:
                spoken = _CLOSES[frame - 1].match(masked, end, hi) is not None and (frame == 2 or not not_words(
                    masked, head.start("verb"), head.end("verb")))
            if spoken:
                found.append(run)
                break
    return found


def _only_theirs(masked: str, persons: Sequence[Run], run: Run, head: re.Match[str], pronoun: str) -> bool:
    """Whether `pronoun` ("he"/"she") after the sentence can only be the named agent `run`'s, not the person the
    agent speaks for (a breaker's case, 2026-12-05: "Mr Reid was arrested, his lawyer, Anna Berg, said. “I will clear
    my name,” he said." gave Reid's words to Anna Berg; briefgen knows no given name's sex). Theirs when the noun tells
    the pronoun's sex ("his wife"+"she"), or the other person is told the other sex: by the noun's "his"/"her" ("his
    lawyer"+"she"), else by every other person of the sentence (a title, toldsex.py; or no other person). A noun of
    the other sex, or a pronoun that fits both ("his lawyer"+"he"): not theirs (the subject, as before)."""
    sex = "m" if pronoun == "he" else "f"
    noun = head.group("noun")
    if noun in _MALE or noun in _FEMALE:
        return (noun in _MALE) == (sex == "m")
    owner = head.group("det").lower()
    if owner in ("his", "her"):
        return ("m" if owner == "his" else "f") != sex
    others = [other for other in persons if other[0][0] < run[0][0]]
    return all(run_sex(masked, other) not in ("", sex) for other in others)
