"""What the sanitiser removes from an entry's body that readers of the original saw or followed by its address.

A tester, 2026-12-05: a feed entry's `<video src="v.mp4" poster="https://…/p.png">`, a `<table background=…>`, an
`<img srcset=…>`, `<img src="data:…">` and `<a href="javascript:…">` were removed by `briefgen fetch` without a
word: the feed's warning named only the words inside elements removed with their content (read.dropped_words).
The video, the poster image, the other sizes of a picture and a link's target are no words, but the imported
article lacks them all the same.

Takes the entry's HTML as given to the sanitiser and as it came back; gives the kinds of addresses it removed, as
`<tag attribute>` with how often ('<video poster>, <video src>, <a href> (2×)'), "" when none: every URL-valued
attribute (`droppedlinks.dropped_addresses`, compared, not predicted: whatever the sanitiser removes, for any
reason) and the attributes that list addresses (`srcset`: an image's other sizes). Not named: presentation (`style`,
`class`, `width`, `target` …), which briefgen's theme replaces by design and nearly every feed carries, and the
addresses on private hosts (privatenet.py, a warning of their own).
"""
from __future__ import annotations

from collections import Counter

from briefgen.load.droppedlinks import _ATTRIBUTE, _START_TAG, dropped_addresses

# Attributes whose value is a list of addresses (WHATWG HTML: `srcset` of img and source, `imagesrcset` of link, `ping`).
ADDRESS_LISTS = frozenset({"srcset", "imagesrcset", "ping"})


def stripped_addresses(given: str, kept: str) -> str:
    """The kinds of addresses `kept` (sanitised) lacks of `given` (module docstring), in the order first written."""
    if "=" not in given:
        return ""
    kinds: Counter[str] = Counter(f"<{found.tag} {found.attribute}>" for found in dropped_addresses(given, kept))
    lists = _address_lists(given)
    lists.subtract(_address_lists(kept))
    kinds.update({kind: n for kind, n in lists.items() if n > 0})
    if not kinds:
        return ""
    order = [kind for kind in _written_order(given) if kind in kinds]
    order += [kind for kind in kinds if kind not in order]
    named = [f"{kind} ({kinds[kind]}×)" if kinds[kind] > 1 else kind for kind in order]  # (every kind: a few at most)
    total = sum(kinds.values())
    return f"{total} address{'es' if total != 1 else ''} ({', '.join(named)})"


def _address_lists(fragment: str) -> Counter[str]:
    """How often each `<tag attribute>` of ADDRESS_LISTS has a non-empty value in `fragment`'s start tags."""
    found: Counter[str] = Counter()
    for tag in _START_TAG.finditer(fragment):
        for attribute in _ATTRIBUTE.finditer(tag.group(2)):
            name = attribute.group(1).lower()
            if name in ADDRESS_LISTS and any(v and v.strip() for v in attribute.group(2, 3, 4)):
                found[f"<{tag.group(1).lower()} {name}>"] += 1
    return found


def _written_order(fragment: str) -> list[str]:
    """Every `<tag attribute>` of `fragment`'s start tags, each once, in the order written."""
    return list(dict.fromkeys(f"<{tag.group(1).lower()} {attribute.group(1).lower()}>"
                              for tag in _START_TAG.finditer(fragment) for attribute in _ATTRIBUTE.finditer(tag.group(2))))
