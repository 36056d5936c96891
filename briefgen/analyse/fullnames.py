"""The full name a one-word speaker in a quotation's frame stands for, from the text before it.

    full_name(text, "", "Haines", PERSON, at)       # -> "Avril Haines" after "Avril Haines testified."
    full_name(title, article_text, "Kuleba", PERSON, at)   # a headline's speaker, named in the text

Takes a text, more text that may give the name in full (the article, for a headline), the
speaker as written, its kind and offset; gives the full name, or the speaker itself: the last
person run before it that ends with it ("Haines" → "Avril Haines"), else the first that starts
with it (a family name first: "Xi" → "Xi Jinping"). Used by quotes.py; names.py finds the same
while it reads the text.
"""
from __future__ import annotations

from briefgen.analyse.nameruns import PERSON, POSSESSIVE, RUN, classify


def full_name(text: str, context: str, surface: str, kind: str, at: int) -> str:
    """The full name `surface` (at `at` in `text`) refers to (module docstring), else `surface`."""
    if kind != PERSON or " " in surface:
        return surface
    for source, end in ((text, at), (context, len(context))):
        last = first = None  # a surname ("Avril Haines"), or a family name first ("Xi Jinping")
        for run in RUN.finditer(source, 0, end):
            tokens = [POSSESSIVE.sub("", t) if len(t) > 2 else t for t in run.group().split()]
            if len(tokens) < 2 or surface not in tokens:
                continue
            classified = classify(tokens)
            if classified is None or classified[0] != PERSON or len(tokens) - classified[1] < 2:
                continue
            if tokens[-1] == surface:
                last = " ".join(tokens[classified[1]:])
            elif tokens[classified[1]] == surface and first is None:
                first = " ".join(tokens[classified[1]:])
        if last or first:
            return last or first
    return surface
