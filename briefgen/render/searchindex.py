"""The search index: documents and their terms → the files of `search/`, from scratch or by update.

Takes `(SearchDocument, SearchText)` pairs; gives `Index`: every file that changed
(path → bytes, or None for a file that goes) and the `IndexState` the next update
starts from. `build_index` makes the whole index; `update_index` applies added,
changed and removed documents to the previous index (its state, and its files read
back through `read`), rewriting only the shards, prefix lists and chunks they touch.
Both take the site's language (config.yaml's; "": none, nothing folds): the title and metadata of
a document in English (its own `language:`, else the site's) fold plurals as its text's terms do
(`searchplural`; the terms come folded from `searchtext.search_analysis`).
Both are pure, and the update's files equal a fresh build's byte for byte (tested with
random edit sequences). Layout and formats: `searchlayout` and `searchcodec`.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass
from itertools import chain
from typing import Any, Callable, Iterable, Sequence, TypeVar

from briefgen.render import searchcodec as codec
from briefgen.render.searchlayout import (
    CHUNK_BITS, MANIFEST, MIN_PREFIX, SHARD_LIMIT, Partition, Record, assign_slots, bucket_of, chunk_file, chunk_path, id_bits,
    manifest, partition, prefix_file, prefix_path, read_chunk, read_prefix, read_shard, shard_file, shard_of,
    shard_path, term_size, unions_of)
from briefgen.render.searchplural import english
from briefgen.render.searchtext import SearchText, document_terms, field_terms, words
from briefgen.site.searchdocs import SearchDocument

Document = tuple[SearchDocument, SearchText]
T = TypeVar("T")
PIECES = 64  # parts the encoding of all terms is cut into (for worker processes)
Files = dict[str, "bytes | None"]


@dataclass(frozen=True, slots=True)
class IndexState:
    """What an update needs of the previous index besides its files (~10 MB at 100,000 articles)."""

    bits: int  # id bits per month (searchlayout)
    ids: dict[str, int]  # url → document id
    counts: dict[int, int]  # month → documents
    terms: list[str]  # every term, sorted
    sizes: dict[str, int]  # term → characters in its shard file
    split: frozenset[str]  # split prefixes
    shards: frozenset[str]  # shard prefixes
    limit: int = SHARD_LIMIT  # see searchlayout.partition (tests use small ones)


@dataclass(frozen=True, slots=True)
class Index:
    state: IndexState
    files: Files  # from scratch: every file; updated: the files that changed (None: remove it)


def _terms(document: Document, language: str) -> dict[str, int]:
    doc, text = document
    return document_terms(field_terms(doc.title, doc.meta, plurals=english(doc.language or language)), text)


def _record(document: Document, doc_id: int) -> Record:
    doc, text = document
    record = [doc_id, doc.kind, doc.url, doc.title, doc.date, list(doc.meta), text.excerpt]
    return record + [doc.language] if doc.language else record  # its own language: search.js marks it


def _cached(split: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    known: dict[str, list[str]] = {}

    def cached(text: str) -> list[str]:
        found = known.get(text)
        if found is None:
            found = known[text] = split(text)
        return found

    return cached


def _merge(lists: Iterable[Sequence[int]]) -> list[int]:
    """Union of ascending posting lists, keeping each document's highest weight (the last of its values)."""
    return list({p >> 2: p for p in sorted(chain.from_iterable(lists))}.values())


def _range(terms: Sequence[str], prefix: str) -> tuple[int, int]:
    lo = bisect_left(terms, prefix)
    return lo, bisect_left(terms, prefix[:-1] + chr(ord(prefix[-1]) + 1), lo)


def assign_ids(months: dict[int, list[str]], bits: int) -> dict[str, int]:
    ids = {}
    for month, keys in months.items():
        for key, slot in assign_slots(keys, bits).items():
            ids[key] = month << bits | slot
    return ids


def serial(count: int, work: Callable[[int], T]) -> list[T]:
    return [work(i) for i in range(count)]


def build_index(documents: Sequence[Document], limit: int = SHARD_LIMIT,
                parallel: Callable[[int, Callable[[int], Any]], list[Any]] = serial, language: str = "") -> Index:
    """The whole index of `documents` (URLs unique) of a site in `language`; `limit`: see `searchlayout.partition`.

    `parallel(count, work)` gives `[work(0), …, work(count - 1)]`; the caller may run them in
    worker processes (the results are the same): encoding the terms and building the prefix
    lists are split into independent pieces.
    """
    months: dict[int, list[str]] = defaultdict(list)
    for doc, _ in documents:
        months[bucket_of(doc.date)].append(doc.url)
    bits = id_bits(len(keys) for keys in months.values())
    ids = assign_ids(months, bits)
    code = "I" if max(ids.values(), default=0) < 1 << 30 else "Q"  # 4 bytes a posting when they fit: 28 M at 100,000
    postings: dict[str, array[int]] = defaultdict(lambda: array(code))
    chunks: dict[int, list[Record]] = defaultdict(list)
    split = _cached(words)
    for document in sorted(documents, key=lambda d: ids[d[0].url]):  # ascending ids: lists come out sorted
        doc, text = document
        doc_id = ids[doc.url]
        base = doc_id << 2
        terms = text.terms.split("\n") if text.terms else []
        weights = bytearray(text.weights)
        fields = field_terms(doc.title, doc.meta, split, english(doc.language or language))
        for term, weight in fields.items():  # what `document_terms` does
            i = bisect_left(terms, term)
            if i < len(terms) and terms[i] == term:
                weights[i] = max(weights[i], weight)
            else:
                postings[term].append(base | weight)
        for term, weight in zip(terms, weights):
            postings[term].append(base | weight)
        chunks[doc_id >> CHUNK_BITS].append(_record(document, doc_id))
    every = list(postings)
    groups = max(1, min(PIECES, len(every)))
    encoded = {}
    for group, texts in enumerate(parallel(groups, lambda g: [codec.encode(postings[t]) for t in every[g::groups]])):
        encoded.update(zip(every[group::groups], texts))
    terms = sorted(encoded)
    sizes = {term: term_size(term, encoded[term]) for term in terms}
    layout = partition(terms, [sizes[t] for t in terms], limit)
    files: Files = {shard_path(prefix): shard_file([(t, encoded[t]) for t in terms[lo:hi]])
                    for prefix, lo, hi in layout.shards}
    lists = unions_of(layout.split)
    roots = sorted(p for p in lists if len(p) == MIN_PREFIX)  # each with its own tree of longer prefixes

    def tree(index: int) -> dict[str, str]:
        unions: dict[str, list[int]] = {}
        made = {}
        for prefix in sorted((p for p in lists if p.startswith(roots[index])), key=lambda p: (-len(p), p)):
            lo, hi = _range(terms, prefix)  # deepest first, each reusing its children's lists
            unions[prefix] = _merge(_parts(terms, lo, hi, prefix, lambda t: postings[t], unions))
            made[prefix] = codec.encode(unions[prefix])
        return made

    for made in parallel(len(roots), tree):
        files.update((prefix_path(prefix), prefix_file(prefix, text)) for prefix, text in sorted(made.items()))
    files.update((chunk_path(chunk), chunk_file(records)) for chunk, records in chunks.items())
    files[MANIFEST] = manifest(len(ids), layout.split, (p for p, _, _ in layout.shards), terms)
    counts = {month: len(keys) for month, keys in months.items()}
    return Index(IndexState(bits, ids, counts, terms, sizes, layout.split,
                            frozenset(p for p, _, _ in layout.shards), limit), files)


def _parts(terms: Sequence[str], lo: int, hi: int, prefix: str, postings_of: Callable[[str], Sequence[int]],
           unions: dict[str, list[int]]) -> Iterable[Sequence[int]]:
    """The posting lists whose union is the prefix list of `prefix`: its children's lists where known."""
    i = lo
    while i < hi:
        child = terms[i][:len(prefix) + 1]
        if child != terms[i] and child in unions:
            yield unions.pop(child)  # each list is used by its parent only
            i = _range(terms, child)[1]
        else:
            yield postings_of(terms[i])
            i += 1


class _Previous:
    """The previous index's files, parsed once each when first needed."""

    def __init__(self, state: IndexState, read: Callable[[str], bytes | None]) -> None:
        self.state = state
        self._read = read
        self._shards: dict[str, dict[str, str]] = {}

    def postings(self, term: str) -> str:
        prefix = shard_of(term, self.state.split)
        if prefix not in self._shards:
            data = self._read(shard_path(prefix)) if prefix in self.state.shards else None
            self._shards[prefix] = read_shard(data) if data is not None else {}
        return self._shards[prefix].get(term, "")

    def prefix_list(self, prefix: str) -> str:
        data = self._read(prefix_path(prefix))
        return read_prefix(data) if data is not None else ""

    def chunk(self, chunk: int) -> dict[int, Record]:
        data = self._read(chunk_path(chunk))
        return read_chunk(data) if data is not None else {}


def update_index(state: IndexState, changes: Sequence[tuple[str, Document | None]],
                 indexed: Callable[[str], Document], read: Callable[[str], bytes | None],
                 language: str = "") -> Index | None:
    """The index after `changes` (url → its new document, or None when it is gone), of a site in `language`
    (the same as the previous index's: a change of it makes the caller build afresh).

    `indexed(url)` gives a document as the previous index holds it (raises LookupError when
    that is not known, which the caller answers with `build_index`); `read(path)` a file of
    the previous index. None when every id changes (the busiest month doubled): build afresh.
    """
    if not changes:
        return Index(state, {})
    previous = _Previous(state, read)
    new = dict(changes)
    counts = dict(state.counts)
    touched_months = set()
    for url, document in changes:
        old_month = state.ids[url] >> state.bits if url in state.ids else None
        new_month = bucket_of(document[0].date) if document is not None else None
        if old_month != new_month:
            for month, step in ((old_month, -1), (new_month, 1)):
                if month is not None:
                    counts[month] = counts.get(month, 0) + step
                    touched_months.add(month)
    counts = {month: n for month, n in counts.items() if n}
    bits = id_bits(counts.values())
    if bits != state.bits:
        return None
    ids = dict(state.ids)
    for url, document in changes:
        if document is None:
            del ids[url]
    months: dict[int, list[str]] = {month: [] for month in touched_months if month in counts}
    for url in chain(ids, (url for url in new if url not in state.ids)):
        document = new.get(url)
        month = bucket_of(document[0].date) if document is not None else ids[url] >> bits
        if month in months:
            months[month].append(url)
    ids.update(assign_ids(months, bits))
    moved = [url for keys in months.values() for url in keys
             if url not in new and ids[url] != state.ids[url]]
    # Every document that changes: (old id, old terms, new id, new terms, new record).
    edits = []
    for url, document in chain(changes, ((url, None) for url in moved)):
        old = indexed(url) if url in state.ids else None
        document = document if url in new else old
        edits.append((state.ids.get(url), _terms(old, language) if old else {}, ids.get(url),
                      _terms(document, language) if document else {},
                      _record(document, ids[url]) if document else None))
    return _apply(previous, bits, ids, counts, edits)


def _apply(previous: _Previous, bits: int, ids: dict[str, int], counts: dict[int, int],
           edits: list[tuple[int | None, dict[str, int], int | None, dict[str, int], Record | None]]) -> Index:
    state = previous.state
    term_ops: dict[str, tuple[set[int], dict[int, int]]] = defaultdict(lambda: (set(), {}))
    chunk_ops: dict[int, tuple[set[int], list[Record]]] = defaultdict(lambda: (set(), []))
    for old_id, old_terms, new_id, new_terms, record in edits:
        for term in old_terms:
            if new_id != old_id or term not in new_terms:
                term_ops[term][0].add(old_id)  # type: ignore[arg-type]
        for term, weight in new_terms.items():
            if new_id != old_id or old_terms.get(term) != weight:
                term_ops[term][1][new_id] = weight  # type: ignore[index]
        if old_id is not None:
            chunk_ops[old_id >> CHUNK_BITS][0].add(old_id)
        if record is not None:
            chunk_ops[record[0] >> CHUNK_BITS][1].append(record)
    texts = {term: codec.update(previous.postings(term), gone, put) for term, (gone, put) in term_ops.items()}
    terms, sizes = list(state.terms), dict(state.sizes)
    for term, text in texts.items():
        if text and term not in sizes:
            insort(terms, term)
        elif not text and term in sizes:
            del terms[bisect_left(terms, term)]
        if text:
            sizes[term] = term_size(term, text)
        else:
            sizes.pop(term, None)
    layout = partition(terms, [sizes[t] for t in terms], state.limit)
    files: Files = {}
    _shards(previous, layout, terms, texts, files)
    _unions(previous, layout, terms, texts, edits, files)
    for chunk, (gone, put) in chunk_ops.items():
        records = previous.chunk(chunk)
        for doc_id in gone:
            records.pop(doc_id, None)
        records.update((r[0], r) for r in put)
        files[chunk_path(chunk)] = chunk_file(records.values()) if records else None
    files[MANIFEST] = manifest(len(ids), layout.split, (p for p, _, _ in layout.shards), terms)
    return Index(IndexState(bits, ids, counts, terms, sizes, layout.split,
                            frozenset(p for p, _, _ in layout.shards), state.limit), files)


def _shards(previous: _Previous, layout: Partition, terms: list[str], texts: dict[str, str], files: Files) -> None:
    """Write the shards holding a changed term, and those whose prefix is new or changed role."""
    state = previous.state
    touched = {shard_of(term, layout.split) for term in texts}
    for prefix, lo, hi in layout.shards:
        if prefix in touched or prefix not in state.shards or (prefix in state.split) != (prefix in layout.split):
            files[shard_path(prefix)] = shard_file(
                [(t, texts[t] if t in texts else previous.postings(t)) for t in terms[lo:hi]])
    current = {p for p, _, _ in layout.shards}
    files.update((shard_path(prefix), None) for prefix in state.shards - current)


def _unions(previous: _Previous, layout: Partition, terms: list[str], texts: dict[str, str],
            edits: list[tuple[int | None, dict[str, int], int | None, dict[str, int], Record | None]],
            files: Files) -> None:
    """Prefix lists: new ones built from their terms, kept ones updated document by document."""
    before, after = unions_of(previous.state.split), unions_of(layout.split)
    files.update((prefix_path(prefix), None) for prefix in before - after)
    made: dict[str, list[int]] = {}
    for prefix in sorted(after - before, key=lambda p: (-len(p), p)):
        lo, hi = _range(terms, prefix)
        made[prefix] = _merge(_parts(terms, lo, hi, prefix,
                                     lambda t: codec.decode(texts[t] if t in texts else previous.postings(t)),
                                     {p: made[p] for p in made if p.startswith(prefix)}))
        files[prefix_path(prefix)] = prefix_file(prefix, codec.encode(made[prefix]))
    ops: dict[str, tuple[set[int], dict[int, int]]] = defaultdict(lambda: (set(), {}))
    for old_id, old_terms, new_id, new_terms, _ in edits:
        old_best, new_best = _best(old_terms, after), _best(new_terms, after)
        for prefix in old_best:
            if new_id != old_id or prefix not in new_best:
                ops[prefix][0].add(old_id)  # type: ignore[arg-type]
        for prefix, weight in new_best.items():
            if new_id != old_id or old_best.get(prefix) != weight:
                ops[prefix][1][new_id] = weight  # type: ignore[index]
    for prefix, (gone, put) in ops.items():
        if prefix in before:
            files[prefix_path(prefix)] = prefix_file(prefix, codec.update(previous.prefix_list(prefix), gone, put))


def _best(terms: dict[str, int], unions: set[str]) -> dict[str, int]:
    """prefix → the highest weight among `terms` under it, for each prefix list they fall in."""
    best: dict[str, int] = {}
    for term, weight in terms.items():
        for end in range(MIN_PREFIX, len(term) + 1):
            prefix = term[:end]
            if prefix not in unions:
                break
            if best.get(prefix, 0) < weight:
                best[prefix] = weight
    return best
