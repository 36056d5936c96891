"""config.yaml that gives no config at all (YAML that does not parse, not a mapping), saved while
serve's first build runs: every request's waiting page names its errors as the build prints them.
Until 2026-12-02 the page said only "Building the site …" (the base path, which comes from config.yaml
alone, was unknown, so no request was read as any page), while the build then stopped on them."""
from __future__ import annotations

import html
import re
import shutil
import signal
import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.config import load_config
from briefgen.preview.provisional import Provisional
from briefgen.preview.waiting import waiting_response
from support.htmlcheck import validate_html
from support.sites import write_site
from support.examples import examples
from test_preview import SITE, TIMEOUT, fetch, start_cli
from test_startup import held, waiting_url

BROKEN = st.sampled_from(["  bad: [unclosed\n", "- a list\n", "\t tab: x\n", ": :\n", "{\n", "'unterminated\n"])
PATHS = st.sampled_from(["/", "/briefing/", "/briefing", "/briefing/articles/first-report/",
                         "/briefing/articles/first-report", "/briefing/style.css", "/news/", "/briefing/topics/x/"])


def _errors_named(body: bytes) -> list[str]:
    return [html.unescape(m.decode()) for m in re.findall(rb"<li><code>(.*?)</code></li>", body)]


@settings(max_examples=examples(40), deadline=None)
@given(broken=BROKEN, line=st.integers(0, 8), path=PATHS)
def test_a_config_that_gives_no_config_is_named_on_every_waiting_page(broken: str, line: int, path: str) -> None:
    work = Path(tempfile.mkdtemp(prefix="config-"))
    try:
        root = write_site(work / "site", SITE)
        lines = (root / "config.yaml").read_text().splitlines(keepends=True)
        (root / "config.yaml").write_text("".join(lines[:line]) + broken + "".join(lines[line:]))
        config, problems = load_config(root / "config.yaml")  # (what the build stops on)
        answer = waiting_response(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n".encode(), str(root),
                                  "Parsing", 1.0, provisional=Provisional(root / "config.yaml"))
        if config is None:
            assert answer.startswith(b"HTTP/1.1 503 ")
            assert _errors_named(answer) == [str(d) for d in problems if d.severity == "error"][:len(_errors_named(answer))]
            assert _errors_named(answer), answer
    finally:
        shutil.rmtree(work)


def test_yaml_broken_during_the_first_build_is_named_as_the_build_then_prints_it(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", SITE)
    config = root / "config.yaml"
    with held(root):
        process = start_cli(root, tmpdir=tmp_path)
        try:
            url = waiting_url(process)
            assert fetch(url + "articles/first-report/")[0] == 200
            config.write_text(config.read_text() + "  bad: [unclosed\n")
            status, _, body = fetch(url + "articles/first-report/")
            assert status == 503 and "The site cannot be built yet" in body
            named = _errors_named(body.encode())
            assert named and all(n.startswith("config.yaml:") for n in named)
            (tmp_path / "waiting.html").write_text(body)
            assert validate_html([tmp_path / "waiting.html"]) == []
        except BaseException:
            process.kill()
            raise
    try:
        err_lines = []
        assert process.stderr is not None
        for line in process.stderr:  # the build, the lock free, stops on the same errors
            err_lines.append(line.rstrip("\n"))
            if line.startswith("Build failed"):
                break
        assert all(n in err_lines for n in named), (named, err_lines)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=TIMEOUT)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0
