"""`briefgen serve` that cannot listen says what to change, not only what the system said.

`briefgen serve` while port 8000 was taken (another `serve`, a `python -m http.server`) printed
`briefgen serve: cannot listen on 127.0.0.1:8000: Address already in use` and nothing on what to
do; so did `--host` with a name that does not resolve or an address that is not this machine's.
Now each reason comes with its fix (another `--port`, `--port 0` for a free one; check `--host`
or leave it out). Checked on real sockets: ports held by a listening socket, addresses of the
documentation networks (RFC 5737: never this machine's) and `.invalid` names (RFC 6761: never
resolve), as a property, and the concrete taken port through the CLI. A machine may hold a
documentation address all the same (this project's CI VM has 192.0.2.2 on eth0: the draw bound, and
`serve` listened), so a drawn address this machine can bind is not a foreign one (`_held_here`).
"""
from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given, settings, strategies as st

from briefgen.diagnostics import UsageError
from briefgen.preview.command import Preview
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

TEST_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
LABELS = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12).filter(
    lambda label: label[0].isalpha())
SITUATIONS = st.one_of(
    st.just(("taken", "127.0.0.1", "--port")),
    st.tuples(st.just("foreign"), st.builds(lambda net, n: f"{net}{n}", st.sampled_from(TEST_NETS),
                                            st.integers(1, 254)), st.just("--host")),
    st.tuples(st.just("unknown"), LABELS.map(lambda label: f"{label}.invalid"), st.just("--host")))


@settings(max_examples=examples(15), deadline=None)
@given(situation=SITUATIONS)
def test_each_reason_not_to_listen_names_what_to_change(tmp_path_factory: pytest.TempPathFactory,
                                                         situation: tuple[str, str, str]) -> None:
    kind, host, option = situation
    assume(kind != "foreign" or not _held_here(host))
    root = write_site(tmp_path_factory.mktemp("site"), MINIMAL_SITE)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1] if kind == "taken" else 0
        with pytest.raises(UsageError) as raised:
            Preview(root / "config.yaml", host, port)
    message = str(raised.value)
    assert message.startswith(f"cannot listen on {host}:{port}: ")
    assert option in message.split(": ", 2)[2]  # the fix names the option to change


def _held_here(address: str) -> bool:
    """Whether this machine can bind `address` (one of its own: then it is no foreign address)."""
    with socket.socket() as probe:
        try:
            probe.bind((address, 0))
        except OSError:
            return False
    return True


def test_a_taken_port_says_to_pick_another(site_factory: Callable[..., Path], tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_cli(["serve", "--port", str(port)], cwd=site_factory(MINIMAL_SITE), timeout=60)
    assert done.returncode == 2
    assert done.stderr == (f"briefgen serve: cannot listen on 127.0.0.1:{port}: Address already in use: another "
                           "program (perhaps another `briefgen serve`) is using that port; stop it, or choose "
                           "another with --port (--port 0 picks a free one)\n")


def test_a_host_that_cannot_be_listened_on_gets_the_error_alone(site_factory: Callable[..., Path]) -> None:
    """A trial: `--host nosuchhost.invalid` printed the warning for listening beyond this machine first."""
    done = run_cli(["serve", "--host", "nosuchhost.invalid", "--port", "0"], cwd=site_factory(MINIMAL_SITE), timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("briefgen serve: cannot listen on nosuchhost.invalid:0: ") and "warning" not in done.stderr
