"""A base_url's scheme and host are taken in lower case and a default port is left out, with a warning at
its line naming the address used (load/baseurl.canonical_origin).

A trial wrote `https://Example.ORG:443/briefing/`, and it was kept as written: every feed guid, sitemap and
canonical address carried `Example.ORG:443`, and fixing the case by hand later changed every guid (feed
readers showed every item again). The path is kept as written (paths are case-sensitive).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.load.config import load_config
from support.examples import examples
from support.sites import config_with_base_url

SCHEMES = st.sampled_from(["http", "https", "HTTPS", "Http"])
HOSTS = st.sampled_from(["example.org", "Example.ORG", "EXAMPLE.org", "[2001:DB8::1]", "[2001:db8::1]"])
PORTS = st.sampled_from(["", ":", ":80", ":443", ":8443", ":0443"])
PATHS = st.sampled_from(["/", "/briefing/", "/Briefing/", "/a/B"])


def _expected(scheme: str, host: str, port: str, path: str) -> str:
    scheme = scheme.lower()
    number = int(port[1:]) if port[1:] else None
    keep = f":{number}" if number is not None and number != {"http": 80, "https": 443}[scheme] else ""
    return f"{scheme}://{host.lower()}{keep}{path}" + ("" if path.endswith("/") else "/")


@settings(max_examples=examples(60), deadline=None)
@given(scheme=SCHEMES, host=HOSTS, port=PORTS, path=PATHS)
@example(scheme="https", host="Example.ORG", port=":443", path="/briefing/")  # the trial's
def test_scheme_host_and_default_port_are_spelled_one_way_with_a_warning(
        tmp_path_factory, scheme: str, host: str, port: str, path: str) -> None:  # type: ignore[no-untyped-def]
    written = f"{scheme}://{host}{port}{path}"
    config, problems = load_config(config_with_base_url(tmp_path_factory.mktemp("c"), written))
    assert config is not None and not [p for p in problems if p.severity == "error"], problems
    assert config.base_url == _expected(scheme, host, port, path)
    warned = [str(p) for p in problems if "is read as" in str(p)]
    origin_changed = config.base_url.rstrip("/") != written.rstrip("/")
    assert bool(warned) == origin_changed, (written, warned)
    if warned:
        assert warned[0].startswith(f'config.yaml:2: warning: "base_url" is read as {config.base_url.rstrip("/")}')


def test_the_reported_address(tmp_path: Path) -> None:
    config, problems = load_config(config_with_base_url(tmp_path, "https://Example.ORG:443/briefing/"))
    assert config is not None and config.base_url == "https://example.org/briefing/"
    assert [str(p) for p in problems] == [
        'config.yaml:2: warning: "base_url" is read as https://example.org/briefing/ (the scheme and host name are '
        "the same in any case; 443 is https's default port): every feed guid, sitemap and canonical address starts "
        "with it; write it so to silence this warning"]
