"""Where a build may read files from: the project folder and the folders the editor allowed
links into, never a hidden name (SECURITY.md, "What is published and served").

Kept apart from `load.files` (the walk) so that its one rule is stated in one place: the walk,
`read_source` and the template loader all ask `Confinement` about a resolved path.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

# Dot-files that static/ publishes: the web's own (RFC 8615's .well-known/ for security.txt,
# ACME challenges, app links; Apache's .htaccess; GitHub Pages' .nojekyll). Any other dot-file
# there is left out with a warning (but the tools' own, `load.litter.is_tools_dotfile`); and none is
# read through a link either (`Confinement`).
PUBLISHED_DOTFILES = frozenset({".well-known", ".htaccess", ".nojekyll"})


@dataclass(frozen=True, slots=True)
class Confinement:
    """Where a build may read files from: the project folder, and folders outside it that the
    editor allowed symlinks to point into (`allow_symlinks_to:` in config.yaml). Real paths."""

    roots: tuple[str, ...]

    def allows(self, real: str) -> bool:
        """Whether the file or folder at `real` (a resolved path) may be read: it is inside one of
        the roots, and below that root no name starts with a dot but the web's own
        (PUBLISHED_DOTFILES). The walk never enters hidden names; this closes the way round it
        through a link (`static/robots.txt -> ../.git/config` published the clone's credentials,
        `static/env.txt -> ../.env` its secrets)."""
        return self.refusal(real) is None

    def inside(self, real: str) -> bool:
        """Whether `real` is one of the roots or below one, hidden or not."""
        return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)

    def refusal(self, real: str) -> str | None:
        """None when `real` may be read (`allows`); else why not, as the end of a diagnostic."""
        hidden = None
        for root in self.roots:
            if real == root:
                return None
            prefix = root.rstrip(os.sep) + os.sep
            if real.startswith(prefix):
                names = real[len(prefix):].split(os.sep)
                dotted = next((name for name in names if name[:1] == "." and name not in PUBLISHED_DOTFILES), None)
                if dotted is None:
                    return None
                hidden = hidden or dotted
        if hidden is not None:
            return (f"which is hidden (in or named {hidden}): briefgen never publishes names starting with a dot "
                    f"but {', '.join(sorted(PUBLISHED_DOTFILES))}, not through a link either (.git and .env "
                    "hold credentials); copy what belongs in the site to a name without a dot")
        return ("which is outside the project: briefgen never publishes files from outside the project unless "
                "you allow it (list the folder under `allow_symlinks_to:` in config.yaml), or copy the file into "
                "the project")
