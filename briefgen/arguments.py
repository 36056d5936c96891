"""Argument types of the command line: what argparse accepts for each kind of option value.

An option given a value that means nothing is a usage error (exit 2) naming the option, before
any work: never a silent default in disguise. The usual source is an unset shell variable
(`briefgen serve --host "$HOST"`, `briefgen build --base-url "$DEPLOY_URL"`), which arrives as
an empty string. Taken as written, `--host ""` made the preview server listen on every network
interface (the socket API's "" is INADDR_ANY) and print http://:8000/, and `--base-url ""` was
taken for "not given", publishing the feeds under config.yaml's address without a word.
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path


def path(text: str) -> Path:
    """A path argument; an empty one (`briefgen init ""`, often an unset shell variable) is a usage
    error rather than the current folder, which `Path("")` would silently be."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the path is empty: name a file or folder (. is the current folder)")
    return Path(text)


def host(text: str) -> str:
    """`serve --host`: an address or host name to listen on, stripped. Empty (or only white space) is
    refused: to the socket API "" means every interface, the opposite of the local-only default."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the address is empty, which would listen on every network interface: "
                                         "give one such as 127.0.0.1 (the default) or leave --host out")
    return text.strip()


def base_url(text: str) -> str:
    """`build --base-url`: the text as given (load.config checks the address itself). Empty is refused
    rather than read as "not given", which kept config.yaml's base_url in every feed and sitemap link."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the address is empty: give the site's address, like "
                                         "https://example.org/briefing/, or leave --base-url out to use "
                                         "config.yaml's base_url")
    return text


def seconds(text: str) -> float:
    """A wait in seconds (`--wait`): a finite number, 0 or more. `nan` compared false with every
    deadline and so waited for ever; `inf` (or 1e999) was a wait for ever spelt as a number."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds, like 600 (0: do not wait)") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 up, like 600 "
                                         "(0: do not wait)")
    return value
