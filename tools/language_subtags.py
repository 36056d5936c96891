"""Write briefgen/load/language-subtags.txt from the IANA Language Subtag Registry.

    python tools/language_subtags.py REGISTRY            # the registry file (IANA's `language-subtag-registry`)
    unzip -p .tools/node_modules/vnu-jar/build/dist/vnu.jar nu/validator/localentities/files/subtag-registry \
        > /tmp/registry && python tools/language_subtags.py /tmp/registry   # the copy the tests' checker uses

The data file holds what `briefgen/load/languageregistry.py` checks a `lang` value against: one line per
kind of subtag — `language`, `extlang` (each with the language it must follow), `script`, `region`,
`variant` (each with its prefixes) — and `tag` (the whole tags the registry lists as grandfathered or
redundant). Ranges (`qaa..qtz`) are left out: the module knows the private-use ranges itself.
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "briefgen" / "load" / "language-subtags.txt"


def records(text: str) -> list[dict[str, list[str]]]:
    """The registry's records: field name → values (a field may repeat, as Prefix does)."""
    found: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line == "%%":
            found.append(current)
            current = {}
        elif line and not line.startswith(" ") and ": " in line:
            key, _, value = line.partition(": ")
            current.setdefault(key, []).append(value)
    found.append(current)
    return found


def main(argv: list[str]) -> int:
    text = Path(argv[1]).read_text(encoding="utf-8")
    date = text.splitlines()[0].partition(": ")[2]
    kinds: dict[str, list[str]] = {k: [] for k in ("language", "extlang", "script", "region", "variant", "tag")}
    for record in records(text):
        kind = record.get("Type", [""])[0]
        if kind in ("grandfathered", "redundant"):
            kinds["tag"].append(record["Tag"][0].lower())
            continue
        if kind not in kinds or ".." in record["Subtag"][0]:
            continue
        subtag = record["Subtag"][0].lower()
        prefixes = [p.lower() for p in record.get("Prefix", [])]
        kinds[kind].append(f"{subtag}:{','.join(prefixes)}" if prefixes else subtag)
    lines = [f"# IANA Language Subtag Registry, File-Date {date}; written by tools/language_subtags.py (do not edit)"]
    for kind, values in kinds.items():
        lines.append(f"{kind} " + " ".join(sorted(values)))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {', '.join(f'{len(v)} {k}' for k, v in kinds.items())} (File-Date {date})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
