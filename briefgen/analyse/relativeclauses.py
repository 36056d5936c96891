"""Whether a name in a speech verb's subject stands inside a relative clause that describes the subject's head noun
("The boss of the company that owns Brackenford Airport says …"), for quotes.py's `_phrase`: such a name is what the
clause says of the head, never the speaker.

Pure: one function of the lower-case words before the name run in its noun phrase.
"""
from __future__ import annotations

# Words that open a relative clause after a noun. "that" after a verb or a conjunction is a complementiser ("said that",
# "so that"): only a lower-case noun-shaped word before it makes it relative (`inside_relative_clause`).
_RELATIVE = frozenset(("that", "which", "who", "whom", "whose"))
_NOT_A_HEAD = frozenset("""
said says say saying told tells tell added adds warned warns insisted insists claimed claims argued argues believes
believed thinks thought knew knows reported reports announced announces confirmed confirms so such and but or than now
fact is was are were be been being has have had do does did not also only even just given provided except
""".split())


def inside_relative_clause(before: list[str]) -> bool:
    """Whether the name run after the lower-case words `before` (its noun phrase's words in front of it) is inside a
    relative clause of a noun before it: "the boss of the company that owns" / "the man who shot" / "the firm whose
    owner" / "the group which runs". The head before "that"/"which"/"who" must be a lower-case word that is no verb
    or conjunction of `_NOT_A_HEAD` ("said that", "so that" open no relative clause), and the subject must begin
    before it (the relative word is not the phrase's first).

    Source: the tester's briefing of 2026-12-05 (issue 9): "The boss of the company that owns Brackenford Airport says
    she would consider selling it … “at a fair price”" gave the quotation to the airport."""
    for i in range(len(before) - 1, 0, -1):
        word, head = before[i].strip(",;"), before[i - 1]
        if word in _RELATIVE and head.isalpha() and head.islower() and head not in _NOT_A_HEAD:
            return True
    return False
