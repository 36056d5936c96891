"""A link in static/ to the project's sources publishes none of them (a hostile trial, 2026-12-04): `static/raw ->
../content` published every article's Markdown, drafts included, and `static/cfg.yaml -> ../config.yaml` the
config, which may hold private feed addresses. Each is a warning at the link; an image kept in content/ is
published as before."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

DRAFT = "---\ntitle: Secret plan\nsource: Example Times\npublished: 2023-05-10\ndraft: true\n---\nNot yet.\n"


@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(["raw", "deep/er/src"]))
def test_sources_linked_into_static_are_not_published(tmp_path_factory, place: str) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("links") / "site", {
        **MINIMAL_SITE, "content/articles/secret.md": DRAFT, "content/img/chart.png": "png", "static/.keep": ""})
    link = root / "static" / place
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(Path("../" * place.count("/") + "../content"))
    (root / "static/cfg.yaml").symlink_to("../config.yaml")
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    out = root / "output"
    assert not [p for p in out.rglob("*") if p.suffix in (".md", ".yaml")], sorted(out.rglob("*"))
    assert (out / place / "img/chart.png").read_text() == "png"
    assert "static/cfg.yaml: warning: not published" in done.stderr and "the project's sources" in done.stderr
