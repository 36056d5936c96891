"""The search index, kept up to date: what the previous build indexed, and only the changes applied.

Speed around the pure index stage (`render/searchindex`, handed in as `build` and
`update`): this module remembers, per output folder, the documents the last build
indexed and the files it made (an SQLite database in the cache: keyed reads, one
atomic transaction per build, so a build killed half-way leaves the previous state),
compares the current documents with them, and asks the stage to update only what
changed. A document's terms come from the memo, keyed like `run_analyses` keys its
analyses (the file's revision and the analysis settings), so an article edited since
the last build is read once, by whichever comes first; the terms of the version the
index holds are found there too, to take it out. When anything is missing (no state,
another briefgen, a damaged database, a memo without the old terms) the index is built
from scratch: deleting the cache changes speed, never output. Damage is seen, not only
failures to read: the pickled state is sealed with a checksum (`briefgen.sealed`) and
every stored file is checked against its content hash when read back; a file that fails
makes the build index from scratch.

A text's terms depend on its language (English plurals fold: `render/searchplural`): the
analysis carries the site's (`TextAnalysis.language`, in its settings too), and a document in
its own language is analysed in it (`run_in`) and memoised under a key that holds it; the index
stage is told the site's language as well, for titles and metadata.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from briefgen import sealed
from briefgen.analyse.textmatch import TextAnalysis
from briefgen.load.markup import plain_blocks
from briefgen.site.searchdocs import SearchDocument, TextSource
from briefgen.speed.memo import Key, Memo, digest, version_key
from briefgen.speed.parallel import share_work

DATABASE = "search.sqlite"
PARALLEL_MIN = 200  # documents to analyse before worker processes pay off


@dataclass(frozen=True, slots=True)
class SearchFiles:
    """The search files of this build: every path with its digest, the bytes made, and how to read any of them."""

    digests: dict[str, str]  # path → content hash (the `digest` handed to `index_search`)
    changed: dict[str, bytes]  # files this build made; any other path holds what the last build made
    read: Callable[[str], bytes]  # the bytes of any path in `digests`
    save: Callable[[], Exception | None]  # remember this index for the next build (after the commit)


def text_key(doc: SearchDocument) -> str:
    """The key of a document's text: its `TextSource` key, or a hash of the plain text (hex digits)."""
    if isinstance(doc.text, TextSource):
        return doc.text.key
    return hashlib.blake2b(b"text\0" + doc.text.encode(), digest_size=16).hexdigest()


def terms_key(key: str, language: str) -> str:
    """The memo key of a document's terms: its `text_key`, with its own `language` when it has one
    (its terms depend on it, and a note's `TextSource` key is its HTML alone: a note whose `language:`
    changed kept the terms of the other language). An article in the site's language keeps its revision,
    the key `run_analyses` memoises the terms under when they ride along there."""
    if not language:
        return key
    return hashlib.blake2b(f"{key}\0{language}".encode(), digest_size=16).hexdigest()


def signature(doc: SearchDocument, key: str) -> str:
    """Everything the index holds of a document but its URL, as one string: equal signatures, equal entries.

    One string rather than a tuple: 100,000 of them are built, stored and compared on
    every build. (A NUL character inside a title or metadata is not told apart from the
    separator; such a change might go unnoticed until the document changes again.)
    """
    return "\0".join((doc.kind, doc.date, doc.language, key, doc.title, *doc.meta))


def catalogue(digests: dict[str, str]) -> bytes:
    """A checksum (32 bytes, blake2b-256) of every stored search file's path and content hash."""
    return sealed.checksum("\0".join(f"{path}\0{digests[path]}" for path in sorted(digests)).encode())


def _unsigned(url: str, sig: str) -> tuple[SearchDocument, str]:
    """The document and text key a `signature` was made of (its text aside): the inverse of `signature`."""
    kind, date, language, key, title, *meta = sig.split("\0")
    return SearchDocument(url, kind, title, date, tuple(meta), language=language), key


class _Store:
    """The database of one output folder's index; every failure to use it makes it an empty store."""

    def __init__(self, path: Path | None, version: str, content_digest: Callable[[bytes], str]) -> None:
        self._path = path
        self._content_digest = content_digest
        self._db: sqlite3.Connection | None = None
        self.state: Any = None
        self.urls: list[str] = []
        self.signatures: list[str] = []
        self.digests: dict[str, str] = {}
        if path is None:
            return
        try:
            sealed.own_folder(path.parent)
            self._db = self._open(path)
            found = dict(self._db.execute("SELECT name, value FROM state"))
            if found.get("version") == version.encode():
                self.state = pickle.loads(sealed.unseal(found["index"]))
                self.urls, self.signatures = pickle.loads(sealed.unseal(found["documents"]))
                self.digests = dict(self._db.execute("SELECT path, digest FROM files"))
                if found.get("catalogue") != catalogue(self.digests):  # a damaged path or digest
                    raise sealed.Damaged("the search files do not match their catalogue")
        except Exception:  # damaged (also: fails its checksum), foreign or unreadable: start again without it
            self.state, self.urls, self.signatures, self.digests = None, [], [], {}
            self._reset()

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        for suffix in ("", "-wal", "-shm"):  # a link in their place (a damaged cache) goes, never written
            if os.path.islink(f"{path}{suffix}"):  # through: SQLite made an empty file it led to a database
                os.unlink(f"{path}{suffix}")
            elif os.path.lexists(f"{path}{suffix}") and not stat.S_ISREG(os.lstat(f"{path}{suffix}").st_mode):
                sealed.clear(Path(f"{path}{suffix}"))  # a pipe there made SQLite wait for a writer (sealed.open_file)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, digest TEXT NOT NULL, data BLOB NOT NULL)")
        return db

    def _reset(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        assert self._path is not None
        try:
            for suffix in ("", "-wal", "-shm"):
                sealed.clear(Path(f"{self._path}{suffix}"))
            self._db = self._open(self._path)
        except Exception:
            self._db = None

    def read(self, path: str) -> bytes | None:
        """The stored bytes of `path`; None when the last index had no such file. Raises LookupError
        when it had one but it is gone or damaged (its bytes no longer match their content hash)."""
        if path not in self.digests:
            return None
        try:
            found = self._db.execute("SELECT data FROM files WHERE path = ?", (path,)).fetchone() if self._db else None
        except sqlite3.Error:  # a damaged database page
            raise LookupError(path) from None
        if found is None or self._content_digest(found[0]) != self.digests[path]:
            raise LookupError(path)
        return found[0]

    def save(self, version: str, state: Any, documents: tuple[list[str], list[str]], files: dict[str, bytes | None],
             digests: dict[str, str], fresh: bool) -> Exception | None:
        if self._db is None:
            return None
        try:
            self._db.execute("BEGIN")
            if fresh:
                self._db.execute("DELETE FROM files")
            self._db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p, d in files.items() if d is None])
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                                 [(p, digests[p], d) for p, d in files.items() if d is not None])
            if fresh or state is not self.state or documents != (self.urls, self.signatures):
                self._db.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", [
                    ("version", version.encode()),
                    ("index", sealed.seal(pickle.dumps(state, pickle.HIGHEST_PROTOCOL))),
                    ("documents", sealed.seal(pickle.dumps(documents, pickle.HIGHEST_PROTOCOL)))])
            self._db.execute("INSERT OR REPLACE INTO state VALUES ('catalogue', ?)", (catalogue(digests),))
            self._db.execute("COMMIT")
            return None
        except Exception as exc:  # the next build starts from scratch
            try:
                self._reset()
            except OSError:
                pass
            return exc
        finally:
            if self._db is not None:
                self._db.close()
                self._db = None


def index_search(docs: Sequence[SearchDocument], analysis: TextAnalysis, build: Callable[..., Any],
                 update: Callable[..., Any], memo: Memo, folder: Path | None, jobs: int,
                 content_digest: Callable[[bytes], str]) -> SearchFiles:
    """The search files for `docs`: `update(previous state, changes, indexed, read)` when the
    previous index is known, else `build(documents)`; both give `.state` and `.files`."""
    settings = digest(analysis.name, analysis.settings)
    version = f"{version_key()} {settings}"
    store = _Store(folder / DATABASE if folder is not None else None, version, content_digest)
    urls, signatures, keys = [], [], []
    for doc in docs:
        key = text_key(doc)
        urls.append(doc.url)
        signatures.append(signature(doc, key))
        keys.append((analysis.name, terms_key(key, doc.language), settings))
    memo.keep_all(keys)  # the terms of every document the index holds stay memoised: they are how it is updated
    texts = _Texts(memo, analysis, settings, jobs)
    result = None
    if store.state is not None:
        before = dict(zip(store.urls, store.signatures))
        changed = [doc for doc, sig in zip(docs, signatures) if before.get(doc.url) != sig]
        current = set(urls)
        gone = [url for url in store.urls if url not in current]
        texts.ensure(changed)
        changes = [(doc.url, (doc, texts.of(doc))) for doc in changed] + [(url, None) for url in gone]

        def indexed(url: str) -> tuple[SearchDocument, Any]:
            doc, key = _unsigned(url, before[url])
            found = memo.get((analysis.name, terms_key(key, doc.language), settings))
            if found is None:
                raise LookupError(url)
            return doc, found

        try:
            result = update(store.state, changes, indexed, store.read, language=analysis.language)
        except LookupError:  # an old document's terms are not memoised, or a stored file is damaged
            result = None

    def afresh() -> Any:
        texts.ensure(docs)
        return build([(doc, texts.of(doc)) for doc in docs], language=analysis.language,
                     parallel=lambda count, work: share_work(count, jobs if len(docs) >= PARALLEL_MIN else 1, work))

    fresh = result is None
    if result is None:
        result = afresh()
    files = result.files
    digests = {} if fresh else dict(store.digests)
    for path, data in files.items():
        if data is None:
            digests.pop(path, None)
        else:
            digests[path] = content_digest(data)
    made = {path: data for path, data in files.items() if data is not None}
    rebuilt: list[Any] = []  # the index built afresh, once a stored file turned out damaged

    def read(path: str) -> bytes:
        data = made.get(path)
        if data is None and not rebuilt:
            try:
                data = store.read(path)
            except LookupError:  # damaged since the last build: the same bytes come from a fresh build
                rebuilt.append(afresh())
        if data is None and rebuilt:
            data = rebuilt[0].files.get(path)
        if data is None:
            raise KeyError(path)
        return data

    def save() -> Exception | None:
        if rebuilt:  # keep what was built afresh, not the damaged files
            again = rebuilt[0]
            again_digests = {path: content_digest(data) for path, data in again.files.items() if data is not None}
            return store.save(version, again.state, (urls, signatures), again.files, again_digests, True)
        return store.save(version, result.state, (urls, signatures), files, digests, fresh)

    return SearchFiles(digests, made, read, save)


class _Texts:
    """Documents' `SearchText`s from the memo, analysing (in worker processes when many) those it lacks."""

    def __init__(self, memo: Memo, analysis: TextAnalysis, settings: str, jobs: int) -> None:
        self._memo, self._analysis, self._settings, self._jobs = memo, analysis, settings, jobs
        self._found: dict[str, Any] = {}

    def _key(self, doc: SearchDocument) -> Key:
        return self._analysis.name, terms_key(text_key(doc), doc.language), self._settings

    def ensure(self, docs: Sequence[SearchDocument]) -> None:
        todo = []
        for doc in docs:
            found = self._memo.get(self._key(doc))
            if found is None:
                todo.append(doc)
            else:
                self._found[doc.url] = found

        def analyse(index: int) -> Any:
            doc = todo[index]
            # The text every analysis reads (`plain_blocks`, as `run_analyses` gives it when the search
            # terms ride along there): an article's terms made here, once the memo had lost them, had
            # their paragraphs run together, and its result snippet differed from a cold build's.
            text = plain_blocks(doc.text.html(doc.text.key)) if isinstance(doc.text, TextSource) else doc.text
            if doc.language and self._analysis.run_in is not None:  # in its own language, as `run_for` reads an article
                return self._analysis.run_in(doc.title, text, doc.language)
            return self._analysis.run(doc.title, text)

        results = share_work(len(todo), self._jobs if len(todo) >= PARALLEL_MIN else 1, analyse)
        for doc, found in zip(todo, results):
            self._memo.put(self._key(doc), found)
            self._found[doc.url] = found

    def of(self, doc: SearchDocument) -> Any:
        return self._found[doc.url]
