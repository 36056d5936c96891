"""Host names kept for private networks are private by name, before any DNS lookup (privatenet.py).

`router.lan`, `printer.local`, `nas.internal`, `hub.home.arpa` in a feed's link or body, or as a
redirect's target, name the reader's (or the editor's) own network as surely as 192.168.1.1 does, and
`router.lan` was kept: only `localhost`, `.local`, `.internal` and `.home.arpa` were known. Now the names of
RFC 6761 (`localhost`, `.test`), RFC 6762 with its Appendix G (`.local`, `.intranet`, `.internal`, `.private`,
`.corp`, `.home`, `.lan`), RFC 8375 (`.home.arpa`), `.localdomain` and names of one label (`http://router/`)
are, in every spelling a browser reads as the same host; the public stand-ins `.example` and ordinary
names are not.
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.importer.privatenet import private_address

SUFFIXES = ["localhost", "local", "internal", "home.arpa", "lan", "intranet", "private", "corp", "home",
            "localdomain", "test", "fritz.box", "speedport.ip"]  # (routers' own names: a hostile re-test, 2026-12-04)
WIDE = str.maketrans("abcdefghijklmnopqrstuvwxyz.", "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ．")
LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12).filter(
    lambda s: s[0] != "-" and s[-1] != "-")


def _spelled(host: str, how: str) -> str:
    """`host` as a browser reads it the same: upper case, a final dot, full-width, percent-escaped."""
    return {"plain": host, "upper": host.upper(), "dot": host + ".", "wide": host.translate(WIDE),
            "percent": "".join(f"%{ord(c):02X}" if c == "." else c for c in host)}[how]


@given(labels=st.lists(LABEL, max_size=3), suffix=st.sampled_from(SUFFIXES),
       how=st.sampled_from(["plain", "upper", "dot", "wide", "percent"]),
       start=st.sampled_from(["http://", "https://", "//", "http:\\\\", "HTTP://user:pw@"]),
       port=st.sampled_from(["", ":8080"]))
@example(labels=["router"], suffix="lan", how="plain", start="http://", port="")  # the reported names
@example(labels=["printer"], suffix="local", how="plain", start="http://", port="")
@example(labels=["nas"], suffix="internal", how="plain", start="http://", port="")
@example(labels=["hub"], suffix="home.arpa", how="plain", start="http://", port="")
def test_names_kept_for_private_networks_are_private(labels: list[str], suffix: str, how: str, start: str,
                                                     port: str) -> None:
    host = ".".join([*labels, suffix])
    assert private_address(f"{start}{_spelled(host, how)}{port}/admin")


@given(label=LABEL.filter(lambda s: not s.isdigit() and not s.startswith("0x")))
def test_a_name_of_one_label_is_the_local_network(label: str) -> None:
    assert private_address(f"http://{label}/reboot")


@given(labels=st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12), min_size=1, max_size=3),
       suffix=st.sampled_from(["example", "com", "org", "ua", "news", "localhost.example.com", "lan.example.org",
                               "home.example", "test.example.net", "box", "post.box"]))
def test_public_names_stay_public(labels: list[str], suffix: str) -> None:
    host = ".".join([*labels, suffix])
    assert not private_address(f"https://{host}/news/1"), host
