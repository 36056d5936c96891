"""Whether a name in a speech verb's subject stands inside a relative clause that describes the subject's head noun
("The boss of the company that owns Brackenford Airport says …"), for quotes.py's `_phrase`: such a name is what the
clause says of the head, never the speaker.

Pure: one function of the lower-case words before the name run in its noun phrase.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL

# Words that open a relative clause after a noun. "that" after a verb or a conjunction is a complementiser ("said that",
# "so that"): only a lower-case noun-shaped word before it makes it relative (`inside_relative_clause`).
_RELATIVE = frozenset(("that", "which", "who", "whom", "whose"))
_NOT_A_HEAD = frozenset("""
said says say saying told tells tell added adds warned warns insisted insists claimed claims argued argues believes
believed thinks thought knew knows reported reports announced announces confirmed confirms so such and but or than now
fact is was are were be been being has have had do does did not also only even just given provided except
""".split())


def inside_relative_clause(before: list[str], written: list[str] | None = None, after: list[str] | None = None) -> bool:
    """Whether the name run after the lower-case words `before` (its noun phrase's words in front of it) is inside a
    relative clause of a noun before it: "the boss of the company that owns" / "the man who shot" / "the firm whose
    owner" / "the group which runs". The head before "that"/"which"/"who" must be a lower-case word that is no verb
    or conjunction of `_NOT_A_HEAD` ("said that", "so that" open no relative clause), and the subject must begin
    before it (the relative word is not the phrase's first).

    Source: the tester's briefing of 2026-12-05 (issue 9): "The boss of the company that owns Brackenford Airport says
    she would consider selling it … “at a fair price”" gave the quotation to the airport.

    But a name that is the clause's own subject with the speech verb right after it (`written`: the same words as
    written; `after`: the words between the name and the verb, none) says the words in that clause: "a move that Tom
    Reid described as “reckless”", "a budget that Labour MP Anna Berg said was “a betrayal”", "so bad that Tom Reid
    said:" are theirs (a breaker's L1 against 25e5ee06, 2026-12-05: 24 such quotations lost); "the firm that Tom Reid
    founded said" (a word after the name) and "the company that owns X says" (a word before it) are not."""
    for i in range(len(before) - 1, 0, -1):
        word, head = before[i].strip(",;"), before[i - 1]
        if word in _RELATIVE and head.isalpha() and head.islower() and head not in _NOT_A_HEAD:
            own_subject = written is not None and after is not None and not after and all(
                w[:1].isupper() for w in written[i + 1:])  # (a title may come between: "that Supt Anna Berg said")
            return not own_subject
    return False


# A comma part that opens with a relative word (a preposition and a quantifier may lead it: "most of whom", "for which"):
# a non-restrictive clause about the part before it. ("that is," is a gloss, not a clause.)
_CLOSED_RELATIVE = re.compile(
    r"[ \t]*(?:(?:(?:some|many|most|all|one|none|each|both|several|few)[ \t]+)?(?:of|for|in|with|to|by|from|on|at|under|"
    r"among|through|against|behind|alongside)[ \t]+)?(?:who|whom|whose|which|that)\b(?![ \t]+is\b|[’']s\b)"
    # French (BR19, 2026-12-06: "« … », a déclaré le maire, qui a rencontré Marie Bonnet." gave her the mayor's words)
    r"|[ \t]*(?:(?:avec|pour|par|chez|contre|sans|sur|sous|parmi|auprès[ \t]+de|de)[ \t]+)?(?:qui|dont|lequel|laquelle|"
    r"lesquels|lesquelles|auquel|auxquels|auxquelles)\b")


def relative_part(part: str) -> bool:
    """Whether one comma-separated part of a speech verb's subject, closed by a comma before the verb, is a
    non-restrictive relative clause: "Her lawyer, who represents Tom Reid, said" / "The club, whose owner is Tom Reid,
    said" / "The firm, which Tom Reid founded, said". Its names are what the clause says of the part before it (its
    object, or its own subject), never the outer verb's subject, so quotes._subject passes the part over; the part
    left open before the verb (", which Anna Berg said was “…”") is not asked (that verb is the clause's own).

    Source: the breakers' br5/br6 inputs (issue 9, 2026-12-05): ", who represents Tom Reid, said" gave Tom Reid the
    lawyer's words (the restrictive form was fixed by `inside_relative_clause`)."""
    return _CLOSED_RELATIVE.match(part) is not None


# The name that ends the part before ", who <speech verb>", and the words that may not stand before it: after them "who"
# may be the noun's before ("the lawyer for Tom Reid, who said:" is the lawyer's or his).
_ENDING_RUN = re.compile(rf"(?<![\w\u2019'-])(?P<run>{CAPITAL}[\w\u2019'-]*(?:[ \t]+(?:{CAPITAL}[\w\u2019'-]*|ap|ab|de|van|von|der|den|la|le|da"
                         r"|di|du|dos|das|do|del))*)[ \t]*$")  # ("José dos Santos, who said": T29 F7 gave "Santos")
# "who" and the words that may stand between it and the verb: an auxiliary, "so far", an adverb ("who has so far said
# only that “…”", T29 F7); and an appositive between the name and "who" ("José dos Santos, a former foreign minister,
# who said"), a noun phrase of a determiner and lower-case words.
_WHO = re.compile(r"[ \t]*who(?:[ \t]+(?:has|have|had|would|will|so|far|thus|yet|still|never|already|also|later|since|"
                  r"then|again|once|[a-z]+ly))*[ \t]*$")
_APPOSITIVE = re.compile(r"[ \t]*(?:a|an|the|his|her|its|their)[ \t]+[a-z][a-z \t'\u2019-]*$")
_NOUN_PREPOSITIONS = frozenset("of for to with from at on in about against like than and or".split())


def who_antecedent(masked: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[the span of the name run] that ends the comma part before a speech verb's subject (or before an appositive
    before it: `_APPOSITIVE`) when that subject is "who" alone or with an auxiliary or adverb (`_WHO`) ("The rally was organised by Cllr Rhodri ap Gwilym, who told the crowd: “…”"; "He met Tom Reid, who said"):
    the non-restrictive relative's antecedent is the speaker. [] when the subject is anything else, or the name follows
    a preposition other than "by" or a conjunction (`_NOUN_PREPOSITIONS`). Source: a tester's election briefing (T11,
    2026-12-06), whose quotation had no speaker; for quotes._subject."""
    if len(parts) < 2 or not _WHO.fullmatch(masked, parts[-1][0], parts[-1][1]):
        return []
    lo, hi = parts[-3] if len(parts) > 2 and _APPOSITIVE.fullmatch(masked, *parts[-2]) else parts[-2]
    found = _ENDING_RUN.search(masked, lo, hi)
    if found is None or masked[lo:found.start("run")].split()[-1:] and masked[
            lo:found.start("run")].split()[-1].lower() in _NOUN_PREPOSITIONS:
        return []
    return [(found.start("run"), found.end("run"))]
