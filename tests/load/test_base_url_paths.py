"""A base_url whose path the preview cannot serve is a config error at its line, not a site served elsewhere.

`base_url: "https://example.org/n\"<b>x%2f/"` (an encoded slash in the path) was taken: `briefgen
serve` printed "now serving on http://127.0.0.1:8777/n%22%3Cb%3Ex%2f/", where every request got
`400 Bad Request`, and served the whole site at "/" instead (the preview's router, finding the base
path unsafe, fell back to no base at all), so no former base path was redirected either. The same for
`..`, `.`, `%2e%2e`, `%5c`, a backslash or a control character in the path. The build published pages
whose absolute links browsers and hosts read as another path. Now config refuses such a path with the
preview's own reason (load/urlpaths.py), and the router never falls back to the root.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.load.config import load_config
from briefgen.preview.server import InSite, route
from support.sites import MINIMAL_SITE, config_with_base_url, run_cli, write_site
from support.examples import examples

PIECES = ["brief", "a b", "ü", '"', "<b>", "%2f", "%2F", "%5c", "%2e", "%2e%2e", ".", "..", "\\", "%00", "%0a",
          "%41", "%ff", "50%", "x.y", ""]


@settings(max_examples=examples(60), deadline=None)
@given(segments=st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join), max_size=3))
@example(segments=['n"<b>x%2f'])  # the reported base_url
@example(segments=["a", "..", "b"])
@example(segments=["%2e%2e"])
def test_a_base_url_is_refused_at_its_line_or_served_under_its_own_path(tmp_path_factory, segments) -> None:  # type: ignore[no-untyped-def]
    base_url = "https://example.org/" + "/".join(segments) + "/"
    config, problems = load_config(config_with_base_url(tmp_path_factory.mktemp("c"), base_url))
    assert config is not None
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        assert config.base_url == "" and [str(e).split(": ", 1)[0] for e in errors] == ["config.yaml:2"], errors
        return
    base = config.base_path
    page = route(base.rstrip("/") + "/articles/x/", base)
    assert isinstance(page, InSite) and page.parts == ("articles", "x"), (base_url, base, page)
    # Never the site at the root, unless the path has no segment ("/", "//": empty segments are none)
    assert not isinstance(route("/articles/x/", base), InSite) or not base.strip("/"), (base_url, base)


def test_the_reported_base_url_stops_the_build_at_its_line(tmp_path: Path) -> None:
    root = write_site(tmp_path, {**MINIMAL_SITE, "config.yaml": config_with_base_url(tmp_path, 'https://example.org/n"<b>x%2f/')
                                 .read_text(encoding="utf-8")})
    result = run_cli(["build"], root)
    assert result.returncode == 1 and not (root / "output").exists(), result.stderr
    assert result.stderr.startswith('config.yaml:2: "base_url" has an encoded slash (%2F) in its path'), result.stderr
