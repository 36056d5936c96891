"""Which requests the preview answers by their `Host` header: the defence against DNS rebinding.

A preview listening on 127.0.0.1 is "this machine only" by its socket, but not by the browser:
any web page the editor opens can point a name it owns (`rebind.attacker.example`) at 127.0.0.1
once the page has loaded, and then read every page of the preview as its own origin — drafts
(`--drafts`), the editor's advice panel, build errors with the project's paths. The request it
sends still names the attacker's host in `Host`, which is what this module checks (as Vite's
`server.allowedHosts`, webpack-dev-server's `allowedHosts` and Jupyter's `allow_remote_access`
do). Nothing else changes: `--host 0.0.0.0` (or any address not on the loopback), which the
editor chooses to reach the preview from other machines, answers every name, as before.

Also here: `listen_problem`, the usage error for a `--host`/`--port` the server cannot listen on.
"""
from __future__ import annotations

import errno
import ipaddress
import socket


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address literal, without port or brackets) always means this
    machine: `localhost` and its subdomains (RFC 6761 §6.3; browsers resolve them to the loopback
    themselves), or a loopback address (127.0.0.0/8, ::1)."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str | None:
    """The host of a `Host` header value (RFC 9110 §7.2: `host[:port]`, an IPv6 address in
    brackets), lower case, without a trailing dot; None when it is not of that form."""
    value = header.strip()
    if value.startswith("["):
        address, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest[0] == ":" and rest[1:].isdigit())):
            return None
        return address.lower()
    name, colon, port = value.partition(":")
    if colon and not port.isdigit():
        return None
    return name.lower().rstrip(".")


def answers(header: str | None, bound: str) -> bool:
    """Whether the preview listening on `bound` (the `--host` value) answers a request whose
    `Host` header is `header` (None: there is none).

    Listening on a loopback address or name, only requests naming this machine are answered:
    `localhost` (and `*.localhost`), a loopback address, or `bound` itself (`--host
    briefing.test` with that name in /etc/hosts). A request without a `Host` (HTTP/1.0 tools;
    no browser sends one) is answered. Listening elsewhere, every request is answered."""
    if not is_loopback(bound.strip("[]")):
        return True
    if header is None or not header.strip():
        return True
    name = host_name(header)
    return name is not None and (is_loopback(name) or name == bound.strip("[]").lower().rstrip("."))


def refusal_text(header: str, bound: str) -> bytes:
    """The plain-text body of the 403 answer to a request `answers` refuses."""
    return (f"briefgen serve: refused a request for the host {header!r}. This preview listens on {bound} and "
            "answers only requests addressed to this machine (localhost, 127.0.0.1, [::1]), so that no web "
            "page can read it by pointing a name of its own at this machine (DNS rebinding). Open the address "
            "`briefgen serve` printed; to use another name for this machine, start it with --host NAME.\n"
            ).encode("utf-8")


def listen_problem(host: str, port: int, exc: OSError) -> str:
    """The usage error for a `--host`/`--port` the server cannot listen on: what the system said
    and what to change. `exc`: the OSError of binding (`socket.gaierror` for a host name that does
    not resolve). A message without the fix ("Address already in use") left the editor to guess
    that another `briefgen serve` holds the port, or that `--port 0` picks a free one."""
    where = f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    if isinstance(exc, socket.gaierror):
        fix = f'no address is known for the host name "{host}"; check --host, or leave it out (127.0.0.1)'
    elif exc.errno == errno.EADDRINUSE:
        fix = ("another program (perhaps another `briefgen serve`) is using that port; stop it, or choose "
               "another with --port (--port 0 picks a free one)")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        fix = "ports below 1024 need administrator rights; choose --port 8000 or another above 1023"
    elif exc.errno == errno.EADDRNOTAVAIL:
        fix = (f"{host} is not an address of this machine; give one of its own with --host, or leave it "
               "out (127.0.0.1)")
    else:
        fix = "check --host and --port, or leave them out (127.0.0.1:8000)"
    return f"{where}: {fix}"
