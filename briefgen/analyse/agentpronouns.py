"""Whether a "he"/"she" read as a named agent's may as well be the person the agent speaks for (issue 9, BR8's
"Wrong in both trees", 2026-12-06).

    agent_in_doubt(masked, "Anna Berg", "he")   # True for "Tom Reid's lawyer, Anna Berg, said …" then "he said"

A named agent is a person named right after a noun that says who they are to someone ("his lawyer, Anna Berg,",
"Tom Reid's lawyer Anna Berg", "His assistant, Anna Berg,") or right before one ("Anna Berg, his lawyer,", "Anna Berg
of Berg & Co, his solicitors,"). The breakers' inputs gave the owner's words to the agent:
"Tom Reid's lawyer, Anna Berg, said he would appeal. “I am innocent,” he said later." and "His assistant, Anna Berg,
said: “We're behind him.” “We're staying,” he said." → Anna Berg. briefgen knows no given name's sex, so "he" there
may be either person: the agent's only when the text tells the agent's sex as the pronoun's (the noun: "his wife";
a title: "Ms Berg"; toldsex.told_sex) or tells the owner's as the other ("her lawyer, Anna Berg," + "he"; "Mrs
Reid's lawyer" + "he"; a plural owner "their"); else no one's (precision first). An owner named by a possessive
("Tom Reid's") is a person's only when the words are a person's name (nameruns.classify: two words or more) or one
word that ends a person's name written in full in the text ("Reid's" after "Tom Reid"): "Acme's spokesman, Anna Berg"
speaks for a firm, never "he". Pure functions of the masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.agentvoices import AGENT_NOUNS
from briefgen.analyse.namefinds import name_spans, name_word_before
from briefgen.analyse.nameruns import PERSON, classify
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.toldsex import told_sex
from briefgen.analyse.unnamedvoices import FEMALE_NOUNS, MALE_NOUNS

_FEMALE = FEMALE_NOUNS | {"spokeswoman", "actress"}
_MALE = MALE_NOUNS | {"spokesman"}
_NAME_WORD = rf"{CAPITAL}[\w'\u2019-]*"
_OWNER = rf"(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?P<named>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})['\u2019]s)"
_TITLE = r"(?:(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)\.?[ \t]+)?"
# "Tom Reid's lawyer, Anna Berg" / "his new assistant Anna Berg": the owner, up to three modifiers, the noun.
_BEFORE = re.compile(rf"{_OWNER}[ \t]+(?:[\w'\u2019-]+[ \t]+){{0,3}}?(?P<noun>[a-z][\w'\u2019-]*)[ \t]*,?[ \t]*{_TITLE}$")
# "Anna Berg, his lawyer," / "Anna Berg of Berg & Co, his solicitors,": the noun after the name.
_AFTER = re.compile(rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|&))*)?[ \t]*,[ \t]*{_OWNER}"
                    r"[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?(?P<noun>[a-z][\w'\u2019-]*)[ \t]*(?:[.;]|,[ \t]*(?:said|says|added|"
                    r"told|insisted|confirmed|stated)\b)")
# The clause the agent reports, opened by a pronoun that is the owner's: ", said he would appeal".
_REPORTED = re.compile(r"[ \t]*,?[ \t]*(?:said|says|added|insisted|confirmed|stated|told[ \t]+[a-z]+)[ \t]+(?:that[ \t]+)?"
                       r"(he|she)\b")
RUN_WORDS = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})+")
_SOLE = frozenset(AGENT_NOUNS | {"solicitors", "lawyers", "attorneys", "advisers", "advisors", "representatives",
                                 "agents", "accountants", "publicists"})


def agent_in_doubt(masked: str, name: str, pronoun: str) -> bool:
    """Whether `pronoun` ("he"/"she") read as the person `name`'s (a full name) may be the person that `name` is
    named as the agent of instead (module docstring): True when some mention of `name` is a named agent's, the text
    does not tell `name`'s sex as the pronoun's, and the owner may be of the pronoun's sex."""
    if pronoun not in ("he", "she") or not name or not name[:1].isupper():
        return False
    sex = "m" if pronoun == "he" else "f"
    for start, end in name_spans(masked, name):  # (str.find: no regex compiled a name)
        head = _BEFORE.search(masked, max(0, start - 80), start)
        tail = _AFTER.match(masked, end)
        for found in (head, tail):
            if found is None or found.group("noun") not in _SOLE or not _a_persons(masked, found):
                continue
            if _agent_sex(masked, name, found) == sex:
                return False  # ("his wife, Anna Berg," + "she"; "his lawyer, Ms Berg," + "she")
            if _owner_sex(masked, found, end) in ("", sex) and _owner_named(masked, name, found, start):
                return True
    return False


def _a_persons(masked: str, found: re.Match[str]) -> bool:
    """Whether the owner of the noun in `found` is a person: a pronoun, or a possessive person's name."""
    named = found.group("named")
    if named is None:
        return True
    words = named.split()
    if words[0] in ("The", "A", "An"):
        return False
    if len(words) > 1:
        return (classify(words) or ("",))[0] == PERSON
    return name_word_before(masked, words[0]) and (
        classify(words) or ("",))[0] == PERSON


def _agent_sex(masked: str, name: str, found: re.Match[str]) -> str:
    """"m"/"f" when the noun, a title before the name, or the text tells the agent's sex, else ""."""
    noun = found.group("noun")
    if noun in _MALE or noun in _FEMALE:
        return "m" if noun in _MALE else "f"
    title = found.groupdict().get("title")
    if title:
        return "m" if title in ("Mr", "Sir", "Lord") else "f" if title in ("Mrs", "Ms", "Miss", "Dame", "Lady") else ""
    return told_sex(masked, name)


def _owner_sex(masked: str, found: re.Match[str], end: int) -> str:
    """"m"/"f" when the owner's sex is told ("his"/"her"; a possessive name the text tells, or the pronoun that opens
    the agent's reported clause: "Tom Reid's lawyer, Anna Berg, said he would appeal"), "p" for "their", else ""."""
    owner = found.group("owner").lower()
    if owner in ("his", "her", "their"):
        return {"his": "m", "her": "f", "their": "p"}[owner]
    told = told_sex(masked, found.group("named"))
    clause = _REPORTED.match(masked, max(end, found.end()))
    return told or ("" if clause is None else "m" if clause.group(1).lower() == "he" else "f")


def _owner_named(masked: str, name: str, found: re.Match[str], at: int) -> bool:
    """Whether the owner may be a person the text names: a possessive name, or for "his"/"her" some person named in
    full before `at` other than the agent `name` whom the text does not tell to be of the other sex ("The minister
    denied it, his adviser, Mark Hughes, said. “…,” he said.": the minister is named by no name, so Hughes's, as
    agentvoices.py reads it)."""
    if found.group("named") is not None or found.group("owner").lower() == "their":
        return True
    sex = "m" if found.group("owner").lower() == "his" else "f"
    for run in RUN_WORDS.finditer(masked, 0, at):
        words = run.group().split()
        if len(words) > 1 and run.group() != name and (classify(words) or ("",))[0] == PERSON and told_sex(
                masked, run.group()) in ("", sex):
            return True
    return False


_NAMED = rf"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)\.?[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_SAID = r"(?:said|says|added|confirmed|stated|insisted|explained|told)\b"
# "…, his lawyers, Anna Berg and Helen Marsh, said." / "…, Anna Berg of Berg & Co, his solicitors, said."
_OTHERS = (re.compile(rf"(?:^|[,;\u2014\u2013])[ \t]*(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)[ \t]+(?:[\w'\u2019-]+[ \t]+){{0,3}}?"
                      rf"(?P<noun>[a-z][\w'\u2019-]*s)[ \t]*,[ \t]*{_NAMED}(?:[ \t]*,[ \t]*{_NAMED})*[ \t]+(?:and|&)[ \t]+"
                      rf"{_NAMED}[ \t]*,[ \t]*{_SAID}"),
           re.compile(rf"(?:^|[,;\u2014\u2013])[ \t]*{_NAMED}[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|&))*"
                      rf"[ \t]*,[ \t]*(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w'\u2019-]+[ \t]+){{0,3}}?(?P<noun>[a-z][\w'\u2019-]*)"
                      rf"[ \t]*,[ \t]*{_SAID}"))


def others_speak(masked: str, lo: int, hi: int) -> bool:
    """Whether people named as the agents of someone speak in the sentence masked[lo:hi] in a frame agentvoices.py
    does not read (BR8, 2026-12-06): several named after a plural noun ("…, his lawyers, Anna Berg and Helen Marsh,
    said.") or one named with a firm before the noun ("…, Anna Berg of Berg & Co, his solicitors, said."). Then a
    "he"/"she" after the sentence is not its subject's ("Tom Reid denies the charges, his lawyers, … said. “…,” she
    said." gave Tom Reid): antecedents.main_subject gives no one."""
    sentence = masked[lo:hi]  # (searched alone: `^` in a pattern never matches at a `pos` past 0 — a sentence that
    return any(p.search(sentence) and (p is _OTHERS[1] or p.search(sentence).group("noun") in _SOLE)  # opens with the
               for p in _OTHERS)  # frame was missed unless it opened the text, as agentvoices.py's was: FX24, T20)
