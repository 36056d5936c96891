"""How serve names things (preview/named.py), from a trial (2026-12-04):

- `sed -i` on a template printed "Rebuilt … after a change to templates/partials/masthead.html and
  templates/partials/sedkBIKAf": sed's temporary file, gone by then, named as a change. Only paths that exist after
  the change or that the site was made of are named, and a folder is not named beside a file in it.
- The warning of a page gone named serve's scratch folder ("/dev/shm/briefgen-serve-2oxk4h8o/site/articles/
  cod-cut-coastline: warning: the last build published this page …"), where `build` says `output/articles/…`. No
  serve diagnostic names it: a page of its site is named by its address in the preview.
"""
from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.diagnostics import Diagnostic
from briefgen.preview.command import Preview
from briefgen.preview.named import SPARE_NAME, described, in_preview
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

SEGMENT = st.text("abcdefghij-0123456789", min_size=1, max_size=8)
RELATIVE = st.lists(SEGMENT, min_size=1, max_size=3).map("/".join)


@settings(max_examples=examples(60), deadline=None)
@given(existing=st.sets(RELATIVE, max_size=4), temporary=st.sets(RELATIVE.map(lambda p: "tmp/" + p), max_size=4),
       known=st.sets(RELATIVE.map(lambda p: "gone/" + p), max_size=2).filter(  # (files: none inside another,
           lambda paths: not any(b.startswith(a + "/") for a in paths for b in paths)))  # a CI draw gone/0, gone/0/0)
def test_only_paths_that_exist_or_were_read_are_named(tmp_path_factory, existing, temporary, known) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("named")
    files = set()
    for path in sorted(existing):
        target = root / "files" / path
        if any((root / "files" / p).is_file() for p in _prefixes(path)) or target.is_dir():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x")
        files.add("files/" + path)
    said = described(files | temporary | known, root, frozenset(known))
    named = set() if said == "the project" else set(said.split(" and ")) if " other files" not in said else None
    if named is not None:
        assert named == files | known  # (never a temporary file)
    else:
        assert not said.startswith("tmp/")
        assert len(files | known) > 2


def _prefixes(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def test_a_folder_is_not_named_beside_a_file_in_it(tmp_path: Path) -> None:
    (tmp_path / "templates" / "partials").mkdir(parents=True)
    (tmp_path / "templates" / "partials" / "masthead.html").write_text("x")
    assert described({"templates/partials", "templates/partials/masthead.html", "templates/partials/sedkBIKAf"},
                     tmp_path) == "templates/partials/masthead.html"


@settings(max_examples=examples(60), deadline=None)
@given(rest=st.lists(SEGMENT, min_size=0, max_size=3).map("/".join), where=st.sampled_from(["site", "spare"]),
       suffix=st.sampled_from(["", ".html", ".xml"]))
def test_no_diagnostic_names_the_scratch_folder(tmp_path_factory, rest: str, where: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    scratch = tmp_path_factory.mktemp("briefgen-serve-x")
    site = scratch / "site"
    inside = (site if where == "site" else scratch / ".site.briefgen-spare") / rest
    path = str(inside) + (suffix if rest else "")
    given_ = (Diagnostic(path, 0, f"cannot write {path}: No space left on device", "warning"),
              Diagnostic("content/articles/x.md", 3, "fine"))
    named = in_preview(given_, scratch, site, "http://127.0.0.1:8000/briefing/")
    assert given_[1] == named[1]
    assert str(scratch) not in str(named[0])
    if where == "site":
        expected = "http://127.0.0.1:8000/briefing" + ("/" + rest + suffix if rest else "")
        expected += "/" if not suffix or not rest else ""
        assert named[0].path == expected, named[0]
    else:
        assert named[0].path.startswith(SPARE_NAME)


def _serving(root: Path):  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    preview = Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err)
    return preview, out, err


def _until(text: io.StringIO, count: int, what: str = "Rebuilt") -> str:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if text.getvalue().count(what) >= count:
            return text.getvalue()
        time.sleep(0.05)
    raise AssertionError(text.getvalue())


def test_serve_names_the_gone_page_by_its_address_and_sed_by_the_file(tmp_path: Path) -> None:
    files = {k: v for k, v in MINIMAL_SITE.items() if "notes/" not in k}
    files["content/articles/second-report.md"] = files["content/articles/first-report.md"].replace("10T09", "11T09")
    files["templates/partials/unused.html"] = "{# a template no page includes #}\n"
    root = write_site(tmp_path / "site", files)
    assert run_cli(["build"], cwd=root).returncode == 0  # (serve warns only of what `build` published: FX114)
    preview, out, err = _serving(root)
    with preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            article = root / "content" / "articles" / "first-report.md"
            template = root / "templates" / "partials" / "unused.html"
            # sed -i: a temporary file in the same folder, renamed over the file
            temp = template.with_name("sedkBIKAf")
            temp.write_text("{# edited #}\n", encoding="utf-8")
            os.replace(temp, template)
            said = _until(out, 1)
            assert "after a change to templates/partials/unused.html (" in said and "sedkBIKAf" not in said, said
            article.unlink()  # its page leaves the site
            said = _until(out, 2)
            warnings = [line for line in err.getvalue().splitlines() if "the last `briefgen build` published" in line]
            assert warnings and warnings[0].startswith(f"{preview.url}articles/first-report/: warning:"), err.getvalue()
            assert "briefgen-serve-" not in out.getvalue() + err.getvalue()
            assert not [d for d in preview.state.snapshot.advice if "briefgen-serve-" in str(d)]
        finally:
            preview.stop()
            loop.join(10)
