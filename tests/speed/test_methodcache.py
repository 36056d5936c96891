"""The methods dataclasses write, kept between processes (speed/methodcache.py): a class made from kept code is the
class `dataclasses` makes, only installed code's classes are kept, and a build reads and writes the file without
changing a byte of the site."""
from __future__ import annotations

import dataclasses
import keyword
import os
import sys
import sysconfig
import types
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.bytecode import modules_bytecode_in
from support.examples import examples
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from test_regexcache import _cache_file, _run

from briefgen.speed import methodcache
from briefgen.speed.keptfile import PACKAGE
from briefgen.speed.methodcache import MethodCache

METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__", "__le__", "__gt__",
           "__ge__")
FIELD = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(lambda n: not keyword.iskeyword(n))


def _source(fields: list[str], frozen: bool, order: bool, slots: bool, defaults: int) -> str:
    lines = ["from dataclasses import dataclass, field", "",
             f"@dataclass(frozen={frozen}, order={order}, slots={slots})", "class Kept:"]
    for n, name in enumerate(fields):
        default = " = field(default_factory=list)" if n % 2 else f" = {n}"
        lines.append(f"    {name}: int{default if n >= len(fields) - defaults else ''}")
    return "\n".join(lines + ["    pass", ""])


def _methods(cls: type) -> dict[str, types.CodeType]:
    return {name: vars(cls)[name].__code__ for name in METHODS if hasattr(vars(cls).get(name), "__code__")}


def _made(source: str, module: str, filename: str, cache: MethodCache | None, monkeypatch: pytest.MonkeyPatch) -> type:
    scope = types.ModuleType(module)
    monkeypatch.setitem(sys.modules, module, scope)
    undo = methodcache.install(cache) if cache is not None else (lambda: None)
    try:
        exec(compile(source, filename, "exec"), scope.__dict__)
    finally:
        undo()
    return scope.__dict__["Kept"]  # type: ignore[no-any-return]


@given(fields=st.lists(FIELD, min_size=0, max_size=5, unique=True), frozen=st.booleans(), order=st.booleans(),
       slots=st.booleans(), defaults=st.integers(0, 5))
@settings(max_examples=examples(60))
def test_a_class_made_from_kept_code_is_the_class_dataclasses_makes(fields: list[str], frozen: bool, order: bool,
                                                                    slots: bool, defaults: int) -> None:
    """For any fields and options: the methods of a class made while the cache is installed, and of one made from the
    cache after a round trip through its file (marshal), have the code of a class made without it (code objects
    compare their bytecode, constants, names and flags), and behave alike."""
    with pytest.MonkeyPatch.context() as monkeypatch, __import__("tempfile").TemporaryDirectory() as folder:
        source = _source(fields, frozen, order, slots, defaults)
        filename = os.path.join(PACKAGE, "made_up.py")
        plain = _made(source, "briefgen.made_up", filename, None, monkeypatch)
        cache = MethodCache(Path(folder, "dataclass.marshal"), True)
        kept = _made(source, "briefgen.made_up", filename, cache, monkeypatch)
        assert cache.added > 0 and _methods(kept) == _methods(plain)
        cache.save()
        again = MethodCache.open(cache.path, False)
        assert again.entries.keys() == cache.entries.keys()
        reread = _made(source, "briefgen.made_up", filename, again, monkeypatch)
        assert again.added == 0 and _methods(reread) == _methods(plain)
        values = {name: n for n, name in enumerate(fields)}
        assert repr(reread(**values)).replace("reread", "") == repr(plain(**values))
        assert (reread(**values) == reread(**values)) and dataclasses.astuple(reread(**values)) == tuple(values.values())


def test_only_installed_code_s_classes_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Classes of briefgen's module code and of an installed library are kept; a site plugin's (by its module name,
    even with its file inside the package folder), a class made in a function given its fields, and a script's are
    not: their field names are a site's."""
    source = _source(["quorvel_tidings", "brannoch"], True, False, True, 0)
    cache = MethodCache(None, False)
    _made(source, "briefgen.made_up", os.path.join(PACKAGE, "made_up.py"), cache, monkeypatch)
    briefgen_s = len(cache.entries)
    assert briefgen_s >= 4  # (__init__, __repr__, __eq__, __hash__, __setattr__, __delattr__: some share a source)
    library = os.path.join(sysconfig.get_paths()["purelib"], "made_up_library.py")
    _made(source.replace("quorvel_tidings", "drennick"), "made_up_library", library, cache, monkeypatch)
    assert len(cache.entries) > briefgen_s
    kept = set(cache.entries)
    plugin = os.path.join(PACKAGE, "site", "plugins", "fields.py")
    _made(source.replace("brannoch", "ysolde"), "briefgen_plugin_0123456789abcdef", plugin, cache, monkeypatch)
    _made(source.replace("brannoch", "marrach"), "__main__", library, cache, monkeypatch)
    scope = types.ModuleType("briefgen.made_up_too")
    monkeypatch.setitem(sys.modules, "briefgen.made_up_too", scope)
    exec(compile("from dataclasses import make_dataclass\ndef make(names):\n    return make_dataclass('Kept', names)\n",
                 os.path.join(PACKAGE, "made_up_too.py"), "exec"), scope.__dict__)
    undo = methodcache.install(cache)
    try:
        scope.__dict__["make"](["vesk", "tidings"])
    finally:
        undo()
    assert set(cache.entries) == kept
    assert not any(name in text for text in kept for name in ("ysolde", "marrach", "vesk"))
    assert "exec" not in vars(dataclasses)


@pytest.mark.parametrize("damage", ["garbage", "empty", "foreign"])
def test_a_damaged_or_foreign_file_reads_as_empty(tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that is not this Python's kept methods costs only compiling: the class is made as without it."""
    path = tmp_path / "dataclass.marshal"
    cache = MethodCache(path, True)
    source = _source(["a", "b"], True, True, False, 1)
    _made(source, "briefgen.made_up", os.path.join(PACKAGE, "made_up.py"), cache, monkeypatch)
    cache.save()
    if damage == "garbage":
        path.write_bytes(b"\x00not a sealed file" * 10)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        monkeypatch.setattr(methodcache, "FORMAT", methodcache.FORMAT + 1)
    reread = MethodCache.open(path, True)
    assert reread.entries == {}
    plain = _made(source, "briefgen.made_up", os.path.join(PACKAGE, "made_up.py"), None, monkeypatch)
    made = _made(source, "briefgen.made_up", os.path.join(PACKAGE, "made_up.py"), reread, monkeypatch)
    assert _methods(made) == _methods(plain)


def test_builds_keep_the_methods_and_publish_the_same_site(tmp_path: Path, precompiled: Path) -> None:
    """The precompile (tools/test.sh) writes the file even with bytecode off (the `precompiled` run's setting), every
    entry the code of its source; a build that reads it publishes byte for byte the site of a build that keeps nothing
    (and neither writes anything)."""
    file = _cache_file(precompiled).with_name(f"dataclass.{sys.implementation.cache_tag}.marshal")
    before = tree_bytes(precompiled)
    cache = MethodCache.open(file, False)
    assert len(cache.entries) > 300  # (821 sources on 2026-12-05)
    for source, code in cache.entries.items():
        assert code == compile(source, "<string>", "exec", dont_inherit=True)
    kept, plain = (write_site(tmp_path / name, MINIMAL_SITE) for name in ("kept", "plain"))
    installed = tree_bytes(modules_bytecode_in(tmp_path / "none"))  # (as an installation: support/bytecode.py)
    with_file = _run(["-m", "briefgen", "build", "--quiet"], kept, precompiled, write=False)
    alone = _run(["-m", "briefgen", "build", "--quiet"], plain, tmp_path / "none", write=False)
    assert with_file.returncode == 0 and alone.returncode == 0, with_file.stderr + alone.stderr
    assert tree_bytes(tmp_path / "none") == installed and tree_bytes(precompiled) == before
    assert tree_bytes(kept / "output") == tree_bytes(plain / "output")
