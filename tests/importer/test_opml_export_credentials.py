"""`opml export` never writes a private feed's user name or password: an OPML file is shared (with
another reader, another editor), and the export wrote `https://editor:s3cret@host/feed` as it was
in config.yaml. The address is listed without them, with a warning at the feed's line."""
from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

from hypothesis import given, settings, strategies as st

from briefgen.importer.opml import export_opml
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

SECRET = st.text(alphabet="abcXYZ019-._~!$&'()*+,;=:@%", min_size=1, max_size=12)


def _config(url: str) -> str:
    return MINIMAL_SITE["config.yaml"] + f'feeds:\n  - url: "{url}"\n    source: Private Wire\n'


LINE = _config("x").splitlines().index("feeds:") + 2  # the feed's `- url:` line


@settings(max_examples=examples(100), deadline=None)
@given(user=SECRET, password=SECRET, scheme=st.sampled_from(["https://", "http://", "feed:https://"]),
       path=st.sampled_from(["/feed", "/a/b.xml?key=1", "/", ""]))
def test_no_user_name_or_password_is_exported(user: str, password: str, scheme: str, path: str) -> None:
    password = "s3cret" + password  # (a string no other part of the export holds)
    userinfo = f"{quote(user, safe='')}:{quote(password, safe='')}@"
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "config.yaml").write_text(_config(f"{scheme}{userinfo}wire.example{path}"), encoding="utf-8")
        text, problems = export_opml(Path(folder) / "config.yaml")
    assert text is not None
    (outline,) = [o for o in ET.fromstring(text).iter("outline") if o.get("xmlUrl")]
    assert outline.get("xmlUrl") == f"{scheme}wire.example{path}"
    assert quote(password, safe="") not in text and password not in text
    said = [p for p in problems if "left out of the export" in p.message]  # (feed: has a warning of its own)
    assert [(p.path, p.line, p.severity) for p in said] == [("config.yaml", LINE, "warning")], problems
    assert not any(quote(password, safe="") in p.message or password in p.message for p in problems)


def test_the_command_says_so_at_the_feed_line(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": _config("https://editor:s3cret@wire.example/feed")})
    done = run_cli(["opml", "export", "feeds.opml"], root)
    assert done.returncode == 0, done.stderr
    written = (root / "feeds.opml").read_text(encoding="utf-8")
    assert 'xmlUrl="https://wire.example/feed"' in written and "s3cret" not in written and "editor" not in written
    assert done.stderr.startswith(f"config.yaml:{LINE}: warning: the user name and password of "
                                  "https://editor:***@wire.example/feed are left out of the export"), done.stderr
    assert "s3cret" not in done.stderr
