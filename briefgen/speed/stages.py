"""Speed around the per-file and per-article stages: memoised by content hash, parallel when many.

The stages themselves are pure functions in `load/` and `analyse/`; this module only
decides what to compute: results the memo holds are reused, the rest are computed (in
forked workers too when there are many) and remembered. Deleting the memo changes
speed, never results.

- `load_documents`: file → `ParsedFile` (YAML + Markdown; keyed by the file's revision
  and the Markdown settings) → `Article`/`Note` (keyed also by the config it is checked
  against), so a config change re-validates without re-rendering Markdown.
- `BodyStore`: an article's body HTML by revision, fetched only for pages being rendered.
- `run_analyses`: per-article text analyses, keyed by revision and analysis settings.
"""
from __future__ import annotations

import hashlib
import itertools
import operator
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, Mapping, Sequence

from briefgen.diagnostics import Diagnostic, raced
from briefgen.analyse.textmatch import TextAnalysis
from briefgen.load.config import Config
from briefgen.load.documents import Article, Note, ParsedFile, document_settings, make_document, parse_file
from briefgen.load.files import Confinement, SourceFile, cannot_read, read_source
from briefgen.load.markup import MarkdownRenderer, plain_blocks
from briefgen.load.plaintext import sentence_blocks
from briefgen.speed.memo import Key, Memo, digest
from briefgen.speed.parallel import share_work

PARALLEL_MIN_FILES = 200  # below this, starting worker processes costs more than it saves
PARALLEL_MIN_ARTICLES = 200
Loaded = tuple[Article | Note | None, tuple[Diagnostic, ...]]


def cached(memo: Memo, key: Key, compute: Callable[[], Any]) -> Any:
    """The memo's value for `key`, computing and remembering it when missing."""
    value = memo.get(key)
    if value is None:
        value = compute()
        memo.put(key, value)
    return value


def of_pairs(memo: Memo, name: str, stage: Callable[[list[tuple[str, str]]], list[Any]],
             pairs: list[tuple[str, str]]) -> list[Any]:
    """`stage(pairs)` memoised by one digest of every pair (a stage of nothing but them, e.g. the collision check of
    every (output path, origin) claim: 0.15 s of CPU at 10,000 articles against ~5 ms for the digest, SP15)."""
    joined = "\0".join(itertools.chain.from_iterable(pairs))
    if joined.count("\0") != 2 * len(pairs) - 1:  # a NUL inside a path or origin: `repr`, slower but unambiguous
        joined = repr(pairs)
    whole = joined.encode("utf-8", "surrogateescape")
    return list(cached(memo, (name, hashlib.blake2b(whole, digest_size=16).hexdigest()), lambda: stage(pairs)))


def _parse_key(file: SourceFile, markdown: str) -> Key:
    return ("parse", file.revision, markdown)


def parsed_from(memo: Memo, file: SourceFile, raw: bytes, renderer: MarkdownRenderer) -> ParsedFile:
    """`parse_file` of bytes already read, remembered under `file.revision`, which the caller
    made from these very bytes (`digest(path, raw)`): `load_documents` then finds it."""
    return cached(memo, _parse_key(file, renderer.settings_key),
                  lambda: parse_file(raw, file.path, file.id_prefix, renderer))


def changed_while_building(path: str) -> Diagnostic:
    """The error for a content file whose bytes changed between being hashed and being parsed."""
    return raced(path, "changed while this build was reading it")


class BodyStore:
    """Sanitised body HTML of a file revision, from the memo or parsed again if the memo lost it.

    A file re-parsed here is remembered only if its bytes still have the revision this
    build hashed (it may have been edited since).
    """

    def __init__(self, root: Path, files: Sequence[SourceFile], memo: Memo, renderer: MarkdownRenderer,
                 confine: Confinement) -> None:
        self._root = root
        self._confine = confine  # where content may be read from (load.files.read_source)
        self._files = {f.revision: f for f in files}
        self._memo = memo
        self._renderer = renderer

    def read(self, file: SourceFile) -> bytes:
        """The file's bytes as they are now (`read_source`: confined, regular files only); raises OSError."""
        return read_source(self._root, file.path, self._confine)

    def parsed(self, revision: str) -> ParsedFile:
        file = self._files[revision]
        key = _parse_key(file, self._renderer.settings_key)
        found = self._memo.get(key)
        if found is None:
            raw = self.read(file)
            found = parse_file(raw, file.path, file.id_prefix, self._renderer)
            if digest(file.path, raw) == revision:  # not edited since this build hashed it
                self._memo.put(key, found)
        return found

    def html(self, revision: str) -> str:
        return self.parsed(revision).body_html


def load_documents(root: Path, files: Sequence[SourceFile], config: Config, memo: Memo, bodies: BodyStore,
                   renderer: MarkdownRenderer, jobs: int, progress: Callable[[str], None] | None = None,
                   identities: dict[int, str] | None = None) -> list[Loaded]:
    """`make_document(parse_file(file), file, config)` for every file, in order.

    `identities`, when given, receives for each document value `id(value) → its fingerprint
    digest`, computed once when the document is validated and kept in the memo with it, so
    page fingerprints need not hash unchanged documents field by field (speed/fingerprint.py).
    """
    # Everything make_document reads of the config (load.documents.document_settings), and the
    # Markdown settings, as the summary is made from the rendered body.
    markdown = renderer.settings_key
    config_key = digest(*document_settings(config), markdown)
    loaded: list[tuple[Any, ...] | None] = []
    for f in files:
        memo.keep(_parse_key(f, markdown))
        loaded.append(memo.get(("valid", f.revision, config_key)))  # (value, problems, fingerprint digest)
    todo = [f for f, hit in zip(files, loaded) if hit is None and memo.get(_parse_key(f, markdown)) is None]
    jobs = jobs if len(todo) >= PARALLEL_MIN_FILES else 1
    if progress and len(todo) >= PARALLEL_MIN_FILES:
        progress(f"Parsing {len(todo)} new or changed files ({jobs} process{'es' if jobs > 1 else ''}) ...")

    def parse(i: int) -> tuple[ParsedFile, tuple[Any, ...]] | Diagnostic:
        file = todo[i]
        try:
            raw = bodies.read(file)
        except OSError as exc:
            return cannot_read(file.path, exc)
        if digest(file.path, raw) != file.revision:  # edited since the build hashed it: see below
            return changed_while_building(file.path)
        parsed = parse_file(raw, file.path, file.id_prefix, renderer)
        # The document made here too (every file to parse lacks it): in the build's process, after the workers,
        # making 10,000 of them was ~2.2 s with the second core idle (py-spy of a cold build, 2026-12-06).
        return parsed, _with_digest(make_document(parsed, file, config))

    # A file is hashed (its revision) and read again to be parsed. A parse of other bytes than
    # the revision's, remembered under it, would be published whenever that revision came back
    # (an edit undone): such a file is an error of this build instead, which leaves the output
    # as it was (`serve` builds again on the change that caused it).
    unreadable: dict[str, Diagnostic] = {}
    made: dict[str, tuple[Any, ...]] = {}  # revision → (value, problems, fingerprint digest), made with the parse
    for f, outcome in zip(todo, share_work(len(todo), jobs, parse)):
        if isinstance(outcome, Diagnostic):
            unreadable[f.path] = outcome
        else:
            memo.put(_parse_key(f, markdown), outcome[0])
            made[f.revision] = outcome[1]
    result: list[Loaded] = []
    for f, hit in zip(files, loaded):
        if f.path in unreadable:
            result.append((None, (unreadable[f.path],)))
            continue
        if hit is None and f.revision in made:
            hit = made[f.revision]
            memo.put(("valid", f.revision, config_key), hit)
        if hit is None:
            hit = cached(memo, ("valid", f.revision, config_key),
                         lambda: _with_digest(make_document(bodies.parsed(f.revision), f, config)))
        value, found, fingerprint = hit
        result.append((value, found))
        if identities is not None and value is not None:
            identities[id(value)] = fingerprint
    return result


def _with_digest(loaded: Loaded) -> tuple[Article | Note | None, tuple[Diagnostic, ...], str]:
    from briefgen.speed.fingerprint import Fingerprinter

    value, problems = loaded
    return value, problems, Fingerprinter.once(value) if value is not None else ""


def run_analyses(articles: Sequence[Article], analyses: Sequence[TextAnalysis], memo: Memo,
                 body_html: Callable[[str], str], jobs: int,
                 riders: Sequence[TextAnalysis] = (), on_demand: Collection[str] = ()) -> dict[str, Mapping[str, Any]]:
    """name → slug → `analysis.run_for(article, text)` for every article the analysis applies to.

    All analyses an article lacks run in one pass over its plain text, which is derived
    from its body on demand and dropped right after (it is not needed for rendering).
    `riders` run in that same pass and are only memoised, never looked up or returned:
    a later stage that wants them for a few articles (the search index) finds the text
    already read, without this stage loading every article's result of them.

    Analyses named in `on_demand` are returned as `Results`: their values are read from
    the memo only when asked for, and each result's digest is kept beside it, so a
    whole-site stage keyed by those digests (`whole_site(..., results=)`) can find its
    memoised result without reading 10,000 values it does not need.
    """
    keys = {a.name: digest(a.name, a.settings) for a in analyses}
    found: dict[str, dict[str, Any]] = {a.name: {} for a in analyses}
    lazy = {a.name: Results(a, keys[a.name], memo, body_html) for a in analyses if a.name in on_demand}
    todo: list[tuple[Article, tuple[TextAnalysis, ...]]] = []
    for article in articles:
        missing = []
        for analysis in analyses:
            if not analysis.applies(article):
                continue
            results = lazy.get(analysis.name)
            if results is not None:
                hit = results.known(article)
            else:
                hit = memo.get((analysis.name, article.revision, keys[analysis.name]))
                if hit is not None:
                    found[analysis.name][article.slug] = hit
            if hit is None:
                missing.append(analysis)
        if missing:
            todo.append((article, tuple(missing)))

    keys.update((a.name, digest(a.name, a.settings)) for a in riders)

    def run(index: int) -> tuple[Any, ...]:
        article, missing = todo[index]
        text = plain_blocks(body_html(article.revision))
        values = tuple(a.run_for(article, text) for a in missing + tuple(riders))
        # Digests of on-demand results are made here, in the worker that made the value.
        return tuple((v, result_digest(v) if a.name in lazy else "") for a, v in zip(missing + tuple(riders), values))

    results = share_work(len(todo), jobs if len(todo) >= PARALLEL_MIN_ARTICLES else 1, run)
    for (article, missing), values in zip(todo, results):
        for analysis, (value, digested) in zip(missing + tuple(riders), values):
            if analysis.name in lazy:
                lazy[analysis.name].put(article, value, digested)
                continue
            memo.put((analysis.name, article.revision, keys[analysis.name]), value)
            if analysis in missing:
                found[analysis.name][article.slug] = value
    return {**found, **lazy}


def reading(analysis: TextAnalysis, text_settings: str) -> TextAnalysis:
    """`analysis` with the settings its text is made with (the Markdown extensions and plugins)
    counted in its own: an article's plain text, and so every result, changes with them."""
    return replace(analysis, settings=f"{analysis.settings}\0text: {text_settings}")


def result_digest(value: Any) -> str:
    """The digest of an analysis result by its value (speed/fingerprint: no pickle back-references)."""
    from briefgen.speed.fingerprint import Fingerprinter

    return Fingerprinter.once(value)


class Results(Mapping[str, Any]):
    """One analysis's results by article slug, each read from the memo when first asked for.

    `digests` (slug → digest of the result) is complete from the start: digests are small
    memo entries of their own (namespace `<analysis>.digests`). A value the memo lost since its
    digest was kept is computed again from the article's body on access.
    """

    def __init__(self, analysis: TextAnalysis, settings: str, memo: Memo, body_html: Callable[[str], str]) -> None:
        self._analysis = analysis
        self._settings = settings
        self._memo = memo
        self._body_html = body_html
        self._articles: dict[str, Article] = {}
        self._values: dict[str, Any] = {}
        self.digests: dict[str, str] = {}

    def known(self, article: Article) -> str | None:
        """The result's digest when the memo has it (the value is then kept for later), else None."""
        found = self._memo.get((self._analysis.name + ".digests", article.revision, self._settings))
        if found is not None:
            self._articles[article.slug] = article
            self.digests[article.slug] = found
            self._memo.keep((self._analysis.name, article.revision, self._settings))
        return found

    def put(self, article: Article, value: Any, digested: str) -> None:
        self._memo.put((self._analysis.name, article.revision, self._settings), value)
        self._memo.put((self._analysis.name + ".digests", article.revision, self._settings), digested)
        self._articles[article.slug] = article
        self._values[article.slug] = value
        self.digests[article.slug] = digested

    def __getitem__(self, slug: str) -> Any:
        value = self._values.get(slug)
        if value is None:
            article = self._articles[slug]  # KeyError: an article the analysis does not apply to
            key = (self._analysis.name, article.revision, self._settings)
            value = self._memo.get(key)
            if value is None:  # its shard was lost: computed again, for this build only (the file may
                # have been edited since this build hashed it, so the value is not remembered under the
                # old revision; the next build that needs it computes it again)
                value = self._analysis.run_for(article, plain_blocks(self._body_html(article.revision)))
            self._values[slug] = value
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)


def whole_site(memo: Memo, name: str, articles: Sequence[Article], fields: tuple[str, ...], settings: str,
               compute: Callable[[], Any], results: Results | None = None) -> Any:
    """A whole-site stage (people, story grouping) memoised by the fields of every article it reads.

    The key (`site_key`) covers each article's slug and the named `fields` (its revision covers
    its text and so every per-article analysis of it) plus `settings`; an unchanged archive
    skips the stage. With `results` (the one per-article analysis the stage reads), the key
    covers each result's digest instead of needing the revision: an edit that leaves the
    result as it was (a typo fixed, a sentence added that names no one new) skips the stage too.
    """
    return cached(memo, (name, site_key(name, articles, fields, settings, results)), compute)


def site_key(name: str, articles: Sequence[Article], fields: tuple[str, ...], settings: str,
             results: Results | None = None) -> str:
    """The digest `whole_site` keys a stage by; also for values made from the same inputs (advice)."""
    h = hashlib.blake2b(digest(name, settings, *fields).encode(), digest_size=16)  # one stream: 10,000 digests cost 0.1 s
    read = operator.attrgetter("slug", *fields)
    digests = {} if results is None else results.digests
    for article in articles:
        h.update(repr((read(article), digests.get(article.slug, ""))).encode())
    return h.hexdigest()


class Comparer:
    """`compare(reports)` of a story's reports, memoised by their revisions.

    Called with `((slug, revision), ...)`, lead first; `compare` gets `[(slug, plain text), ...]`
    (the texts come from the bodies: their sentences, `load.plaintext.sentence_blocks`). Called only when a story page is rendered (site.model.Deferred).
    A revision is the digest of the article's whole file, front matter too: `compare` may read the headlines (build.py
    passes them, for figures miswritten there), and an edited headline is a new key.
    """

    def __init__(self, memo: Memo, body_html: Callable[[str], str],
                 compare: Callable[[list[tuple[str, str]]], Any], text_settings: str = "") -> None:
        self._memo = memo
        self._body_html = body_html
        self._compare = compare
        self._text_settings = text_settings  # the Markdown settings the plain texts are made with

    def __call__(self, key: tuple[tuple[str, str], ...]) -> Any:
        return cached(self._memo, ("compare", digest(self._text_settings, *(part for pair in key for part in pair))),
                      lambda: self._compare([(slug, sentence_blocks(self._body_html(rev))) for slug, rev in key]))
