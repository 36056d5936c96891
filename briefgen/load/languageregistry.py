"""Whether a well-formed language tag is one the IANA Language Subtag Registry knows (BCP 47, RFC 5646).

HTML's `lang` takes a BCP 47 tag, and the Nu Html Checker (the checker SPEC names) looks each subtag up
in the registry: `lang="rtl"`, `lang="xxx"`, `lang="en-abcdefgh"` (a variant no one registered) and
`lang="fr-FR-1996"` (a variant registered for German) are invalid HTML. Before 2026-12-06 a tag of the
right shape was taken as it was: a feed's `<p lang="rtl">` was published on every import, and
`language: zzz` in config.yaml or an article made every page invalid, with no word said (BR12).

`registered(tag)` follows the checker's rules (nu.validator.datatype.Language): a whole tag the registry
lists as grandfathered or redundant (`i-klingon`, `zh-min-nan`); else a language subtag it lists (or one
for private use, qaa-qtz), then at most one extlang whose prefix is that language (`zh-yue`), a script
(or qaaa-qabx), a region (or AA, QM-QZ, XA-XZ, ZZ), variants each with one of its prefixes before it
(`sl-rozaj-biske`, `de-CH-1996`), the extensions `u` and `t`, and private use (`x-…`). The data is
`language-subtags.txt` beside this file, written from the registry by tools/language_subtags.py.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).with_name("language-subtags.txt")
_ALPHANUM = re.compile(r"[a-z0-9]{1,8}")


class Registry(NamedTuple):
    languages: frozenset[str]
    extlangs: dict[str, str]  # extlang → the language it must follow
    scripts: frozenset[str]
    regions: frozenset[str]
    variants: dict[str, tuple[tuple[str, ...], ...]]  # variant → its prefixes, each as its subtags
    tags: frozenset[str]  # grandfathered and redundant tags, whole


@functools.cache
def registry() -> Registry:
    """The registry's subtags, read once from `DATA`."""
    kinds: dict[str, list[str]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, _, values = line.partition(" ")
            kinds[kind] = values.split()

    def prefixed(kind: str) -> dict[str, list[str]]:
        return {subtag: prefixes.split(",") if prefixes else []
                for subtag, _, prefixes in (value.partition(":") for value in kinds.get(kind, []))}

    return Registry(frozenset(kinds.get("language", [])), {k: v[0] for k, v in prefixed("extlang").items()},
                    frozenset(kinds.get("script", [])), frozenset(kinds.get("region", [])),
                    {k: tuple(tuple(p.split("-")) for p in v) for k, v in prefixed("variant").items()},
                    frozenset(kinds.get("tag", [])))


def registered(tag: str) -> bool:
    """Whether `tag` (any case) is a valid BCP 47 tag by the registry, as the Nu Html Checker reads one."""
    data = registry()
    lower = tag.lower()
    if lower in data.tags:
        return True
    subtags = lower.split("-")
    if not all(_ALPHANUM.fullmatch(subtag) for subtag in subtags):
        return False
    if subtags[0] == "x":
        return len(subtags) > 1
    language = subtags[0]
    if not (language.isalpha() and (language in data.languages or "qaa" <= language <= "qtz" and len(language) == 3)):
        return False
    i = 1
    if i < len(subtags) and len(subtags[i]) == 3 and subtags[i].isalpha():  # extlang
        if data.extlangs.get(subtags[i]) != language:
            return False
        i += 1
    if i < len(subtags) and len(subtags[i]) == 4 and subtags[i].isalpha():  # script
        if not (subtags[i] in data.scripts or "qaaa" <= subtags[i] <= "qabx"):
            return False
        i += 1
    if i < len(subtags) and (len(subtags[i]) == 2 and subtags[i].isalpha() or
                             len(subtags[i]) == 3 and subtags[i].isdigit()):  # region
        region = subtags[i]
        if not (region in data.regions or region in ("aa", "zz") or "qm" <= region <= "qz" or "xa" <= region <= "xz"):
            return False
        i += 1
    while i < len(subtags):
        subtag = subtags[i]
        if subtag == "x":
            return i + 1 < len(subtags)
        if subtag in ("u", "t"):  # extensions: their subtags (2-8 characters) run to the next singleton
            i += 1
            start = i
            while i < len(subtags) and len(subtags[i]) > 1:
                i += 1
            if i == start:
                return False
            continue
        if not (len(subtag) >= 5 or len(subtag) == 4 and subtag[0].isdigit()) or subtag not in data.variants:
            return False
        prefixes = data.variants[subtag]
        if prefixes and not any(all(part in subtags[:i] for part in prefix) for prefix in prefixes):
            return False
        i += 1
    return True
