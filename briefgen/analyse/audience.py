"""A member of an audience named by the audience's noun and one given name: no person's name.

    audience_member(["listener", "dave"])    # -> True ("Listener Dave from Fenwick texts: …")
    audience_member(["listener", "dave", "smith"])  # -> False

A radio station's live page, a paper's letters column and a phone-in write their audience so: "Listener Dave from
Fenwick texts:", "Caller Sue in Marden said", "Viewer Mo emails:". The words are a role and a given name, not a
name: the speaker is unnamed, as "a listener" is, and nobody has a People page for it (a trial, T13, 2026-12-06, a
rail-strike briefing, published a person "Listener Dave", filed as "Dave, Listener", with his text message). The
nouns are a closed list (what an audience member is called before a given name by the broadcasters' and papers'
own live pages); a full name after one ("Caller Dave Smith") is that person's, the noun read as a title is.
Read by nameruns.classify (lower-case words of a run).
"""
from __future__ import annotations

AUDIENCE_NOUNS = frozenset("""
listener listeners caller callers viewer viewers reader readers texter texters emailer emailers commenter commenters
""".split())


def audience_member(lowered: list[str] | tuple[str, ...]) -> bool:
    """Whether the lower-case words of a run are an audience noun and one given name (module docstring)."""
    return len(lowered) == 2 and lowered[0] in AUDIENCE_NOUNS
