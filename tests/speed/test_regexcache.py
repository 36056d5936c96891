"""Compiled regular expressions kept between processes (speed/regexcache.py): a kept pattern is the very pattern `re`
compiles, no site's text is ever kept, and a missing, damaged, foreign or unwritable file changes nothing but time."""
from __future__ import annotations

import marshal
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import types
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings, strategies as st
from support.bytecode import modules_bytecode_in
from support.examples import examples
from support.sites import REPO_ROOT
from support.trees import tree_bytes

from briefgen import sealed
from briefgen.speed import regexcache
from briefgen.speed.keptfile import PACKAGE
from briefgen.speed.regexcache import RegexCache, compile_kept, made, program

LEAVES = st.sampled_from(["a", "b", "xyz", r"\d", r"\w+", r"\s", ".", "[a-c]", "[^x]", r"\b", "é", "İ", "ſ", "\u212a",
                          "^", "$", r"\.", "[İı]", r"\u00e9", r"\N{EM DASH}", r"(?i:k)", "(?P<w>q)"])


def _extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    pairs = st.tuples(children, children)
    return st.one_of(
        pairs.map("".join), pairs.map("|".join), children.map(lambda c: f"(?:{c})"), children.map(lambda c: f"({c})"),
        st.tuples(children, st.sampled_from(["*", "+", "?", "{2}", "{1,3}", "*?", "+?", "{0,}"])).map("".join),
        children.map(lambda c: f"(?={c})"), children.map(lambda c: f"(?<!{c})"), children.map(lambda c: f"(?!{c})"),
        pairs.map(lambda p: f"(?P<n>{p[0]})(?P=n){p[1]}"), children.map(lambda c: rf"({c})\1"))


PATTERNS = st.recursive(LEAVES, _extend, max_leaves=10)
FLAGS = st.sampled_from([0, re.I, re.M, re.S, re.X, re.A, re.I | re.M, re.I | re.A, re.L])


def test_pattern_equality_compares_the_program() -> None:
    """What the properties below rely on: two patterns are equal only with the same source, flags and program."""
    assert made("abc", program("abc", 0)) == re.compile("abc")
    assert made("abc", program("xyz", 0)) != re.compile("abc")  # (same source, another program)
    assert re.compile("abc") != re.compile("abc", re.I)


@settings(max_examples=examples(400), deadline=None)
@given(PATTERNS, FLAGS, st.booleans())
def test_a_kept_program_makes_the_pattern_re_compiles(pattern: str, flags: int, as_bytes: bool) -> None:
    """The property: for any pattern and flags, the program as kept (through marshal, as the file holds it) makes a
    pattern equal to `re`'s (source, flags, program) with the same group names; a pattern `re` refuses, it refuses."""
    source: str | bytes = pattern.encode("utf-8") if as_bytes else pattern
    try:
        expected = _compiler.compile(source, flags)
    except (re.error, ValueError, OverflowError) as refused:
        with pytest.raises(type(refused)):
            program(source, flags)
        return
    kept = marshal.loads(marshal.dumps(program(source, flags)))
    made_ = made(source, kept)
    assert made_ == expected and made_.groupindex == expected.groupindex and made_.groups == expected.groups


def _cache_file(prefix: Path) -> Path:
    return Path(prefix, *Path(os.path.abspath(PACKAGE)).parts[1:], f"regex.{sys.implementation.cache_tag}.marshal")


def _run(args: list[str], cwd: Path, prefix: Path, write: bool, seed: str | None = None
         ) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter (a forked one has compiled every pattern already), keeping its values under `prefix`;
    with `seed`, that PYTHONHASHSEED."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(prefix), PYTHONPATH=str(REPO_ROOT))
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_precompiled_file_holds_re_s_own_patterns(precompiled: Path) -> None:
    """`python -m briefgen.speed.regexcache` (tools/test.sh) writes even with bytecode off (the `precompiled` run's
    setting); every kept program makes the pattern `re` makes."""
    cache = RegexCache.open(_cache_file(precompiled), False)
    assert len(cache.entries) > 400  # (briefgen's module patterns and its fixed builders': 621 on 2026-12-05)
    import html.parser

    import yaml.reader
    libraries = {(html.parser.locatestarttagend_tolerant.pattern, html.parser.locatestarttagend_tolerant.flags),
                 (yaml.reader.Reader.NON_PRINTABLE.pattern, yaml.reader.Reader.NON_PRINTABLE.flags)}
    assert {(p, f & ~re.UNICODE) for p, f in libraries} <= {(p, f & ~re.UNICODE) for p, f in cache.entries}
    for (pattern, flags), entry in cache.entries.items():
        assert made(pattern, entry) == _compiler.compile(pattern, flags), pattern


def _patterns_in(value: object) -> list[re.Pattern]:  # type: ignore[type-arg]
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, (tuple, list, frozenset, set)):
        return [p for part in value for p in _patterns_in(part)]
    if isinstance(value, dict):
        return [p for part in value.values() for p in _patterns_in(part)]
    return []


def test_what_fixed_builders_return_is_kept(precompiled: Path) -> None:
    """Every pattern an `lru_cache`d function of no arguments in briefgen returns is in the precompiled file, whichever
    of its helpers compiles it: `creditcues.cues()` had a helper given the outlet name's pattern compile its ten cues
    (~55 ms of every build's start, compiled in each process: a profile of a one-edit rebuild, 2026-12-07)."""
    import functools
    import importlib
    import inspect
    import pkgutil

    import briefgen
    kept = {(pattern, flags & ~re.UNICODE) for pattern, flags in RegexCache.open(_cache_file(precompiled), False).entries}
    returned = []
    for found in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        if found.name.endswith("__main__"):
            continue
        for value in list(vars(importlib.import_module(found.name)).values()):
            if (isinstance(value, functools._lru_cache_wrapper) and value.__module__ == found.name
                    and not inspect.signature(value.__wrapped__).parameters):  # type: ignore[attr-defined]
                returned += [(value.__qualname__, p) for p in _patterns_in(value())]
    assert len(returned) >= 10  # (creditcues.cues' alone)
    assert [(name, p.pattern[:60]) for name, p in returned if (p.pattern, p.flags & ~re.UNICODE) not in kept] == []


SITE_CONFIG = """title: Kept patterns
base_url: https://example.org/
topics:
  - id: harbour
    title: Harbour
people:
  - name: Brannoch Vesk
    aliases: [B. Vesk]
"""
ARTICLE = """---
title: Quorvel Tidings reports a harbour vote
published: 2026-12-01
source: Quorvel Tidings
url: https://example.org/{n}
topics: [harbour]
---
The council of Drennick approved the harbour plan on Monday, according to Quorvel Tidings. "It is a good day,"
said Brannoch Vesk, its leader. Ysolde Marrach, who chairs the port board, told the Quorvel Tidings the vote was close.
"""


def _site(root: Path) -> Path:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text(SITE_CONFIG, encoding="utf-8")
    for n in range(3):
        (root / "content" / "articles" / f"a{n}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return root


def test_a_build_keeps_no_site_text_and_builds_the_same_site(tmp_path: Path) -> None:
    """A build that may write bytecode keeps its patterns, none holding the site's names (the outlet and people
    names compile in functions given them); the site it builds is byte for byte the site of a build that keeps
    nothing, and of a build that reads what the first kept; with bytecode off nothing is written. Both prefixes
    hold the modules' bytecode first, as an installation's folders do (support/bytecode.py): what is counted is the
    patterns' file beside it (four interpreters compiling briefgen from source were ~5 of the test's ~11 s)."""
    kept, plain = _site(tmp_path / "kept"), _site(tmp_path / "plain")
    installed = tree_bytes(modules_bytecode_in(tmp_path / "prefix"))
    shutil.copytree(tmp_path / "prefix", tmp_path / "none")
    assert not _cache_file(tmp_path / "prefix").exists()
    first = _run(["-m", "briefgen", "build", "--quiet"], kept, tmp_path / "prefix", write=True)
    assert first.returncode == 0, first.stderr
    file = _cache_file(tmp_path / "prefix")
    cache = RegexCache.open(file, False)
    assert len(cache.entries) > 400
    for pattern, _ in cache.entries:
        text = pattern if isinstance(pattern, str) else pattern.decode("latin-1")
        assert not any(name in text for name in ("Quorvel", "Brannoch", "Vesk", "Drennick", "Marrach")), text
    alone = _run(["-m", "briefgen", "build", "--quiet"], plain, tmp_path / "none", write=False)
    assert alone.returncode == 0, alone.stderr
    assert tree_bytes(tmp_path / "none") == installed  # (nothing written)
    assert tree_bytes(kept / "output") == tree_bytes(plain / "output")
    (kept / "content" / "articles" / "a1.md").write_text(ARTICLE.format(n=1) + "\nOne more line.\n", encoding="utf-8")
    (plain / "content" / "articles" / "a1.md").write_text(ARTICLE.format(n=1) + "\nOne more line.\n", encoding="utf-8")
    for root, prefix in ((kept, "prefix"), (plain, "none")):
        again = _run(["-m", "briefgen", "build", "--quiet"], root, tmp_path / prefix, write=False)
        assert again.returncode == 0, again.stderr
    assert tree_bytes(kept / "output") == tree_bytes(plain / "output")
    assert tree_bytes(tmp_path / "none") == installed


def _sealed_file(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as out:
        sealed.write(out, marshal.dumps(value))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign", "not a dict", "folder"])
def test_a_damaged_or_foreign_file_reads_as_empty(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "regex.marshal"
    entries = {("abc", 0): program("abc", 0)}
    if damage == "garbage":
        path.write_bytes(os.urandom(300))
    elif damage == "truncated":
        _sealed_file(path, (regexcache._key(), entries))
        path.write_bytes(path.read_bytes()[:-20])
    elif damage == "foreign":
        _sealed_file(path, ("another Python\0" + regexcache._key(), entries))
    elif damage == "not a dict":
        _sealed_file(path, (regexcache._key(), [1, 2, 3]))
    else:
        path.mkdir()
    assert RegexCache.open(path, True).entries == {}
    _sealed_file(tmp_path / "good.marshal", (regexcache._key(), entries))  # (the same file undamaged is read)
    assert RegexCache.open(tmp_path / "good.marshal", True).entries == entries


def test_a_program_the_checker_refuses_is_compiled_again(tmp_path: Path) -> None:
    """A kept program that is no SRE program (a hostile or damaged file sealed anew) is refused by `_sre`'s validator,
    and the pattern compiles as `re` compiles it."""
    cache = RegexCache(None, False, {("abc", 0): (0, bytes(12), 0, {}, (None,))})
    assert compile_kept(cache, "abc", 0, _compiler.compile, None) == re.compile("abc")
    assert ("abc", 0) not in cache.entries


def _module(name: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The namespace of an imported module `name` (in sys.modules for the test's length), to run code in."""
    module = types.ModuleType(name)
    monkeypatch.setitem(sys.modules, name, module)
    return module.__dict__


def test_only_briefgen_s_fixed_patterns_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Module code and functions of no arguments in briefgen's package are kept, and the module code and class bodies
    of installed libraries; a function given its text (a site's outlet names, in briefgen or a library), code outside
    the package and the libraries, a script run as __main__, and a site's plugin whose file lies inside the package
    folder (a tester, 2026-12-05: a path test alone kept its patterns) or that runs in no imported module are not."""
    from briefgen.analyse.credits import _names_pattern

    cache = RegexCache(None, False)
    re.purge()  # (re's own cache would answer a pattern compiled before in this process without compiling it)
    undo = regexcache.install(cache)
    try:
        module = compile("import re\nPATTERN = re.compile('zq+k[0-9]')\nEND = {n: re.compile(n + 'jj') for n in 'ab'}\n"
                         "def named(words):\n    return [re.compile(w + 'x') for w in words]\n",
                         os.path.join(PACKAGE, "made_up.py"), "exec")
        made_up = _module("briefgen.made_up", monkeypatch)
        exec(module, made_up)
        made_up["named"](["Quorvel", "Tidings"])  # type: ignore[operator]
        _names_pattern(["Quorvel Tidings", "Drennick Post"])
        re.compile("outside+ the package")
        fixed = compile("def fixed():\n    import re\n    return re.compile('wv+x')\n", os.path.join(PACKAGE, "m.py"), "exec")
        scope = _module("briefgen.m", monkeypatch)
        exec(fixed, scope)
        scope["fixed"]()  # type: ignore[operator]
        plugin = os.path.join(PACKAGE, "site", "plugins", "names.py")  # (a site kept inside the package folder)
        exec(compile("import re\nre.compile('Quorvel+ Tidings')\n", plugin, "exec"),
             _module("briefgen_plugin_0123456789abcdef", monkeypatch))  # (plugins.py's name for a plugin file)
        exec(compile("import re\nre.compile('Drennick+ Post')\n", plugin, "exec"), {"__name__": "briefgen.site"})
        library = os.path.join(sysconfig.get_paths()["purelib"], "made_up_library.py")  # (an installed package)
        scope = _module("made_up_library", monkeypatch)
        exec(compile("import re\nTAG = re.compile('<[a-z]+q')\nclass Reader:\n    BAD = re.compile('[0-8]k')\n"
                     "def names(words):\n    return re.compile('|'.join(words))\n", library, "exec"), scope)
        scope["names"](["Quorvel", "Tidings"])  # type: ignore[operator]
        exec(compile("import re\nre.compile('Brannoch+')\n", library, "exec"), _module("__main__", monkeypatch))
        exec(compile("import re\nre.compile('Ysolde+')\n", library, "exec"), _module("briefgen_plugin_0f", monkeypatch))
    finally:
        undo()
    assert {pattern for pattern, _ in cache.entries} == {"zq+k[0-9]", "ajj", "bjj", "wv+x", "<[a-z]+q", "[0-8]k"}
    assert re._compiler.compile is _compiler.compile and _compiler.compile.__module__ == "re._compiler"


def test_two_processes_saving_keep_both(tmp_path: Path) -> None:
    """Saving merges with what another process saved meanwhile, and replaces the file whole."""
    path = tmp_path / "regex.marshal"
    first, second = RegexCache.open(path, True), RegexCache.open(path, True)
    first.entries[("one+", 0)], first.added = program("one+", 0), 1
    second.entries[("two+", 0)], second.added = program("two+", 0), 1
    first.save()
    second.save()
    assert set(RegexCache.open(path, False).entries) == {("one+", 0), ("two+", 0)}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_a_file_grown_past_its_bound_keeps_what_this_process_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns an older briefgen kept are dropped once the file holds more than MAX_ENTRIES; those used now stay."""
    path = tmp_path / "regex.marshal"
    _sealed_file(path, (regexcache._key(), {(f"old{n}", 0): program(f"old{n}", 0) for n in range(5)}))
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 6)
    cache = RegexCache.open(path, True)
    re.purge()
    assert compile_kept(cache, "old1", 0, _compiler.compile, None) == re.compile("old1")  # (read from the file)
    for n in range(2):  # (two new patterns, kept as module code keeps them: 7 entries in all)
        code = compile(f"import re\nre.compile('new{n}')\n", os.path.join(PACKAGE, "made_up.py"), "exec")
        undo = regexcache.install(cache)
        try:
            exec(code, _module("briefgen.made_up", monkeypatch))
        finally:
            undo()
    cache.save()
    assert set(RegexCache.open(path, False).entries) == {("old1", 0), ("new0", 0), ("new1", 0)}


def test_no_pattern_s_text_depends_on_the_hash_seed(tmp_path: Path, precompiled: Path) -> None:
    """Every pattern briefgen compiles is the same text in every process: one built from a set in its iteration order
    ("|".join(sorted(words, key=len, reverse=True)) leaves ties in set order, which PYTHONHASHSEED changes) missed
    the kept file in every process and grew it by ~48 KB a run (a tester, 2026-12-05: 8 such patterns, among them the
    HTML tags, the speech adverbs and the name particles) — and an alternation's order is what it matches first."""
    done = _run(["-m", "briefgen.speed.regexcache"], tmp_path, modules_bytecode_in(tmp_path / "2"), write=False,
                seed="2")  # (as `precompiled`)
    assert done.returncode == 0, done.stderr
    kept = [set(RegexCache.open(_cache_file(prefix), False).entries) for prefix in (precompiled, tmp_path / "2")]
    assert kept[0] == kept[1], sorted(str(p)[:80] for p, _ in kept[0] ^ kept[1])
