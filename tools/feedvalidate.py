"""Run the W3C Feed Validation Service's code over a built site's feeds, offline (docs/feeds.md).

    python tools/feedvalidate.py VALIDATOR_SRC OUTPUT_DIR BASE_URL

VALIDATOR_SRC is the `src/` folder of a checkout of github.com/w3c/feedvalidator (not on any
package registry, so neither CI nor tools/test.sh can install it); run this with a Python that has
its requirements (html5lib, rdflib, lxml: `python -m venv /tmp/fv && /tmp/fv/bin/pip install
html5lib rdflib lxml`). Every feed.xml under OUTPUT_DIR is validated as if fetched from
BASE_URL + its path (the validator compares that with the feed's atom:link rel="self"), and each
error, warning and "may" note is printed with its class name (the validator's docs/ explain each:
docs/warning/<Name>.html). Exit 1 when any is printed.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source, output, base = Path(argv[0]), Path(argv[1]), argv[2]
    sys.path.insert(0, str(source))
    import feedvalidator  # type: ignore[import-not-found]
    from feedvalidator import compatibility  # type: ignore[import-not-found]
    from feedvalidator.formatter.text_plain import Formatter  # type: ignore[import-not-found]

    found = 0
    for path in sorted(output.rglob("feed.xml")):
        relative = path.relative_to(output).as_posix()
        try:
            events = feedvalidator.validateString(path.read_bytes(), firstOccurrenceOnly=1,
                                                  base=base + relative)["loggedEvents"]
        except feedvalidator.logging.ValidationFailure as failure:
            events = [failure.event]
        events = compatibility.AAA(events)  # errors, warnings and notes; not the "valid element" records
        print(f"{relative}: {len(events)}")
        for event, line in zip(events, Formatter(events)):
            print(f"    {type(event).__name__}: {line}")
        found += len(events)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
