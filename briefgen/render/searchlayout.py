"""Where the search index puts things: document ids, term shards, prefix lists, display chunks, file formats.

Every rule here is a pure function of the documents and terms of the current build, so
an index updated edit by edit is byte-identical to one built from scratch; each is also
*local*: adding a document moves nothing but what it touches.

- **Document ids** are stable: a document's month ("YYYY-MM" of its date; 0 when it has
  none) times 2^bits, plus a slot picked by hashing its URL, with linear probing in
  (hash, URL) order. `bits` leaves each month at most half full; it grows (and every id
  changes) only when the busiest month doubles. Ids sort newest month last, so results
  of equal rank show the newest month first. A new article changes no other document's
  id, except rarely a neighbour in its month whose probe it now takes.
- **Term shards** split the sorted term list like a trie: a prefix whose terms' postings
  add up to more than `SHARD_LIMIT` characters is split by its next character (its own
  term, if any, gets a shard of its own); otherwise it is one shard ("leaf"). A word's
  shard is found from the manifest's list of split prefixes, and a word typed so far
  (a prefix) lies in one leaf, or is itself a split prefix.
- **Prefix lists**: a split prefix of at least `MIN_PREFIX` characters also gets the
  union of its terms' postings (the best weight per document), so a word typed as far
  as "macr" downloads one file however many words start with it.
- **Display chunks** hold what results show (title, URL, date, outlet, excerpt) for the
  2^`CHUNK_BITS` consecutive ids of a chunk: a page of results needs a few small files.

Files: `search/index.json` (the manifest), `search/t/<prefix>.json` (terms and their
postings), `search/p/<prefix>.json` (prefix lists), `search/d/<chunk, hex>.json`.
Prefixes are written into file names with every character other than a–z and 0–9 as
`-<hex code point>-` (a hyphen never occurs in a term).
"""
from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable, Sequence

from briefgen.render.searchhebrew import IN_WORD
from briefgen.render.searchplural import manifest_rule
from briefgen.render import searchvariants
from briefgen.render.searchtext import (APOSTROPHE_LIKE, APOSTROPHES, ELISIONS, FOLD, INVISIBLE, MARKS, MAX_TERM,
                                       MIN_TERM, STOP, UNSPACED, VOICING)

FORMAT = 2  # 2 (2026-12-05): English plurals fold (searchplural); the manifest names the rule
FOLDER = "search/"
MANIFEST = "search/index.json"
SHARD_LIMIT = 32_000  # characters of postings (+ terms) a leaf shard holds at most, unless it is one term
MIN_PREFIX = 3  # a shorter word typed so far matches whole words only (a 2-letter prefix matches half the index)
CHUNK_BITS = 6  # ids per display chunk: 64 slots, 16–32 documents in the busiest month
MIN_ID_BITS = 4
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def bucket_of(date: str) -> int:
    """The month of a "YYYY-MM-DD" date as a count from January 1970 (≥ 1); 0 for no date."""
    if len(date) >= 7 and date[:4].isdigit() and date[5:7].isdigit():
        return max(1, (int(date[:4]) - 1970) * 12 + int(date[5:7]))
    return 0


def id_bits(counts: Iterable[int]) -> int:
    """Slots per month as a power of two: at least twice the busiest month's documents."""
    return max(MIN_ID_BITS, (max(counts, default=1) - 1).bit_length() + 1)


def _home(key: str, bits: int) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little") & ((1 << bits) - 1)


def assign_slots(keys: Iterable[str], bits: int) -> dict[str, int]:
    """The slot of each key of one month: its hash, or the next free slot after it (wrapping)."""
    size = 1 << bits
    taken = bytearray(size)
    slots = {}
    for home, key in sorted((_home(key, bits), key) for key in keys):
        slot = home
        while taken[slot]:
            slot = (slot + 1) & (size - 1)
        taken[slot] = 1
        slots[key] = slot
    return slots


def name(prefix: str) -> str:
    """A prefix as a file name (see the module docstring)."""
    return "".join(c if c in _PLAIN else f"-{ord(c):x}-" for c in prefix)


def shard_path(prefix: str) -> str:
    return f"{FOLDER}t/{name(prefix)}.json"


def prefix_path(prefix: str) -> str:
    return f"{FOLDER}p/{name(prefix)}.json"


def chunk_path(chunk: int) -> str:
    return f"{FOLDER}d/{chunk:x}.json"


def term_size(term: str, postings: str) -> int:
    """Characters a term adds to its shard file (two quoted strings and two commas)."""
    return len(term) + len(postings) + 6


@dataclass(frozen=True, slots=True)
class Partition:
    """The split prefixes, and every shard as (prefix, first, end) over the sorted term list."""

    split: frozenset[str]
    shards: tuple[tuple[str, int, int], ...]


def partition(terms: Sequence[str], sizes: Sequence[int], limit: int = SHARD_LIMIT) -> Partition:
    """Shards of the sorted `terms` whose file sizes are `sizes` (see the module docstring)."""
    sums = [0, *accumulate(sizes)]
    split: set[str] = set()
    shards: list[tuple[str, int, int]] = []

    def visit(prefix: str, lo: int, hi: int) -> None:
        depth = len(prefix)
        i = lo
        if i < hi and terms[i] == prefix:
            shards.append((prefix, i, i + 1))
            i += 1
        while i < hi:
            child = terms[i][:depth + 1]
            j = bisect_left(terms, child[:-1] + chr(ord(child[-1]) + 1), i, hi)
            if sums[j] - sums[i] <= limit or j - i == 1:
                shards.append((child, i, j))
            else:
                split.add(child)
                visit(child, i, j)
            i = j

    visit("", 0, len(terms))
    return Partition(frozenset(split), tuple(shards))


def shard_of(term: str, split: frozenset[str] | set[str]) -> str:
    """The prefix naming the shard that holds `term`."""
    for i in range(1, len(term)):
        if term[:i] not in split:
            return term[:i]
    return term


def unions_of(split: Iterable[str]) -> set[str]:
    """The split prefixes that get a prefix list."""
    return {p for p in split if len(p) >= MIN_PREFIX}


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def shard_file(entries: Iterable[tuple[str, str]]) -> bytes:
    terms, postings = zip(*entries) if entries else ((), ())
    return _json({"terms": list(terms), "postings": list(postings)})


def read_shard(data: bytes) -> dict[str, str]:
    found = json.loads(data)
    return dict(zip(found["terms"], found["postings"]))


def prefix_file(prefix: str, postings: str) -> bytes:
    return _json({"prefix": prefix, "postings": postings})


def read_prefix(data: bytes) -> str:
    return str(json.loads(data)["postings"])


Record = list  # [id, kind, url, title, date, [meta, ...], excerpt] and, for an article in its own language, that language


def chunk_file(records: Iterable[Record]) -> bytes:
    return _json({"docs": sorted(records, key=lambda r: r[0])})


def read_chunk(data: bytes) -> dict[int, Record]:
    return {r[0]: r for r in json.loads(data)["docs"]}


def manifest(documents: int, split: Iterable[str], shards: Iterable[str], terms: Sequence[str] = ()) -> bytes:
    """search/index.json: the rules `search.js` shares with `searchtext`, and where each word is (`terms`: the
    index's, sorted, for searchvariants.manifest_rule)."""
    return _json({"format": FORMAT, "documents": documents, "minPrefix": MIN_PREFIX, "chunkBits": CHUNK_BITS,
                  "minTerm": MIN_TERM, "maxTerm": MAX_TERM, "marks": MARKS, "apostrophes": APOSTROPHES,
                  "apostropheLike": APOSTROPHE_LIKE, "invisible": INVISIBLE, "inWord": IN_WORD,
                  "elisions": list(ELISIONS), "unspaced": UNSPACED, "voicing": VOICING,
                  "fold": FOLD, "stop": sorted(STOP), "plural": manifest_rule(), "variants": searchvariants.manifest_rule(terms), "split": sorted(split),
                  "shards": sorted(shards)})
