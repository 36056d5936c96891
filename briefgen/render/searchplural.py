"""English plural folding for the search index: "ferries" and "ferry", "talks" and "talk" are one term.

Takes a folded word (`searchtext.fold`: lower case, no accents); gives the word the index
holds for it in an English text. The rule is Lucene's `EnglishMinimalStemmer`
(lucene/analysis/common/src/java/org/apache/lucene/analysis/en/EnglishMinimalStemmer.java),
Donna Harman's "S-stemmer" (How Effective Is Suffixing?, JASIS 42(1), 1991):

- a word of fewer than 3 letters, or not ending in "s", is kept;
- a word ending in "us" or "ss" is kept ("bus", "census", "press");
- "ies" after a letter other than "a" or "e" becomes "y" ("ferries" → "ferry", "countries" →
  "country", and also "series" → "sery"); the other words ending in "ies", "aes", "ees" or "oes"
  are kept ("goes", "heroes", "employees");
- any other final "s" is dropped ("talks" → "talk", "boxes" → "boxe", "Williams" → "william").

Two choices of briefgen's on top (2026-12-05):

- only words of ASCII letters fold: not a number or a word with digits ("1990s", "g7s"), and
  not a word of another script (none ends in a Latin "s" anyway);
- `KEEP`: words that end in "s" without being the plural of the word they would fold to, and
  whose fold is a word a reader of news searches for: "news" ("new": every article that says
  "news" or names an outlet "… News", 18 of the ferry trial's 34), "mrs" ("mr"). Lucene does the
  same with a keyword set (`SetKeywordMarkerFilter`) before the stemmer.

Names fold too, as in Lucene ("Williams" → "william", "Reynolds" → "reynold"): the query folds
alike, so a reader who types "Williams" still finds "Williams"; the cost is the extra matches of
a name that is also another word's plural (measured: docs/search.md).

Only texts in English fold (`english`: the site's `language:` or an article's own); `search.js`
folds every query word by the same rule (named in the index manifest: `manifest_rule`) and looks
up both the word typed and its fold, so a word is found in an English text by either form and
in a text of another language as written.
"""
from __future__ import annotations

from typing import Iterable, Mapping

KEEP = ("mrs", "news")
_KEEP = frozenset(KEEP)
RULE = "english-minimal"  # the manifest's name for the rule: search.js folds only when the manifest names it


def singular(word: str) -> str:
    """`word` (folded, lower case) as an English text is indexed: Lucene's EnglishMinimalStemmer (module
    docstring) on words of ASCII letters not in `KEEP`; any other word is itself. Idempotent."""
    n = len(word)
    if n < 3 or word[-1] != "s" or word[-2] in "us" or not _lower_ascii(word) or word in _KEEP:
        return word
    if word[-2] == "e":
        if n > 3 and word[-3] == "i" and word[-4] not in "ae":
            return word[:-3] + "y"
        if word[-3] in "iaoe":
            return word
    return word[:-1]


def _lower_ascii(word: str) -> bool:
    """Whether `word` is all a–z, as search.js's /^[a-z]+$/ (NFKD can leave a capital: "ℌ" → "H")."""
    return word.isascii() and word.isalpha() and word.islower()


def english(language: str) -> bool:
    """Whether text in `language` (a BCP 47 tag: "en", "en-GB"; "" is not known) folds plurals."""
    return language.split("-", 1)[0].lower() == "en"


def singular_counts(counts: Mapping[str, int], words: Iterable[str]) -> dict[str, int]:
    """term → occurrences of `words` (distinct, each counted in `counts`, none empty) once folded by `singular`:
    "ferry" seen twice and "ferries" twice is "ferry" seen four times. Only the words ending in "s" are
    asked (~45 of an article's ~280 distinct words in the benchmark corpus): `singular` on every word,
    each added to a Counter, cost 0.33 ms of CPU an article against 0.13 ms (measured 2026-12-05, loaded)."""
    folded = {word: counts[word] for word in words}
    for word in [word for word in folded if word[-1] == "s"]:
        one = singular(word)
        if one != word:
            folded[one] = folded.get(one, 0) + folded.pop(word)
    return folded


def manifest_rule() -> dict[str, object]:
    """What `search.js` needs to fold a query word as `singular` does: the rule's name and `KEEP`."""
    return {"rule": RULE, "keep": list(KEEP)}
