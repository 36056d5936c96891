"""Hypothesis strategies of addresses on a private host, in the spellings browsers read as one
(briefgen/importer/privatenet.py): the feed-import tests of links and redirects draw from them."""
from __future__ import annotations

import ipaddress

from hypothesis import strategies as st

PRIVATE_V4 = ["127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
              "100.64.0.7", "0.0.0.0"]
FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


@st.composite
def private_hosts(draw: st.DrawFn) -> str:
    """A host a browser reads as a private machine, in one of the spellings browsers accept."""
    kind = draw(st.sampled_from(["v4", "v6", "name", "carried", "written"]))
    if kind == "carried":  # an IPv6 address carrying a private IPv4 one (NAT64, 6to4, Teredo)
        v4 = ipaddress.IPv4Address(draw(st.sampled_from(PRIVATE_V4)))
        way = draw(st.sampled_from(["nat64", "nat64-local", "6to4", "teredo"]))
        base = {"nat64": 0x64FF9B << 96, "nat64-local": 0x64FF9B0001 << 80, "6to4": 0x2002 << 112,
                "teredo": 0x20010000 << 96}[way]
        value = base | (int(v4) << 80 if way == "6to4" else int(v4) if way != "teredo" else int(v4) << 64)
        return f"[{ipaddress.IPv6Address(value)}]"
    if kind == "written":  # a name that writes a private IPv4 address (wildcard DNS) or is kept at 127.0.0.1
        v4 = draw(st.sampled_from(PRIVATE_V4))
        return draw(st.sampled_from([f"{v4}.nip.io", f"{v4.replace('.', '-')}.sslip.io", f"app.{v4}.xip.io",
                                     f"ip-{v4.replace('.', '-')}.example.com", "lvh.me", "api.localtest.me",
                                     "LVH.ME"]))
    if kind == "name":
        label = draw(st.sampled_from(["", "intranet.", "a.b.", "router.", "printer."]))
        name = label + draw(st.sampled_from(["localhost", "local", "internal", "home.arpa", "lan", "intranet",
                                             "private", "corp", "home", "localdomain", "test"]))
        if draw(st.booleans()):
            name = label.split(".")[0] or "router"  # one label: completed with the network's own search domain
        return draw(st.sampled_from([name, name.upper(), name + "."])).lstrip(".") or "localhost"
    if kind == "v6":
        return "[" + draw(st.sampled_from(["::1", "fe80::1", "fc00::5", "fd12:3456::1", "::ffff:127.0.0.1",
                                           "::ffff:a9fe:a9fe", "::"])) + "]"
    address = ipaddress.IPv4Address(draw(st.sampled_from(PRIVATE_V4)))
    value, octets = int(address), address.packed
    spelling = draw(st.sampled_from(["dotted", "decimal", "hex", "octal", "short", "wide", "percent", "dot"]))
    if spelling == "decimal":
        return str(value)
    if spelling == "hex":
        return hex(value)
    if spelling == "octal":
        return ".".join(f"0{n:o}" for n in octets)
    if spelling == "short":  # a.b: the last part fills three bytes
        return f"{octets[0]}.{value & 0xFFFFFF}"
    if spelling == "wide":
        return str(address).translate(FULL_WIDTH)
    if spelling == "percent":
        return "".join(f"%{ord(c):02X}" if c.isdigit() else c for c in str(address))
    return str(address) + ("." if spelling == "dot" else "")


@st.composite
def private_urls(draw: st.DrawFn, path: str) -> str:
    start = draw(st.sampled_from(["http://", "https://", "HTTP://", "//", "http:\\\\", "http:///"]))
    user = draw(st.sampled_from(["", "user:pw@"]))
    port = draw(st.sampled_from(["", ":8080"]))
    return f"{start}{user}{draw(private_hosts())}{port}{path}"
