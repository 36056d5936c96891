"""Why an extension listed under config.yaml's `markdown: extensions:` cannot be used, in the
editor's words, at that extension's line.

Takes one extension as written (its name and its options, `markdownconfig.MarkdownConfig`) and
gives the error text, or None when python-markdown loads it with those options. Each extension is
tried on its own, so that every bad one is reported in one run at its own line; before
(2026-12-03) they were tried together and only the first failure was reported, at the `markdown:`
line, in python-markdown's words: `KeyError: 'nosuch'` for an option the extension does not have,
`ModuleNotFoundError: No module named 'tabels'` for a misspelt name, with no hint of what to write.
"""
from __future__ import annotations

from typing import Any

from briefgen.diagnostics import did_you_mean
from briefgen.load.extensions import KNOWN_HTML

# python-markdown's own extensions, by the short names config.yaml may use.
OWN = tuple(sorted(KNOWN_HTML))


def _module_of(name: str) -> str:
    """The module a name loads (python-markdown's own are found by their short names, `toc`, through
    its entry points first): `markdown.extensions.toc:TocExtension` → `markdown.extensions.toc`."""
    return name.split(":", 1)[0]


def _not_installed(name: str, exc: ModuleNotFoundError) -> str | None:
    """The error for a name whose module (or a package on its dotted path) is not there; None when
    the missing module is one the extension itself imports (its own dependency)."""
    module = _module_of(name)
    missing = exc.name or ""
    if not missing or not (module == missing or module.startswith(missing + ".")):
        return None
    if "." not in module:
        hint = did_you_mean(name, OWN)
        return (f'markdown extension "{name}" is not one of python-markdown\'s own{hint}, which are '
                f"{', '.join(OWN)}; for another, install its package and write its module's name "
                "(e.g. pymdownx.tilde)")
    return (f'markdown extension "{name}" is not installed (there is no module {missing}); install the '
            "package that provides it, or check the spelling of its module's name")


def problem(name: str, options: dict[str, Any]) -> str | None:
    """Why python-markdown cannot use the extension `name` with `options`, or None when it can."""
    import markdown as python_markdown

    try:
        extension = python_markdown.Markdown().build_extension(name, {})
    except ModuleNotFoundError as exc:
        why = _not_installed(name, exc)
        if why is not None:
            return why
        return (f'markdown extension "{name}" cannot be loaded: it needs the module {exc.name}, which is not '
                "installed; install it, or remove the extension")
    except Exception as exc:  # no makeExtension(), a class that is not there, the module's own errors
        return (f'markdown extension "{name}" cannot be loaded ({type(exc).__name__}: {exc}); check that '
                "it names a python-markdown extension")
    known = sorted(extension.getConfigs())
    for option in options:
        if option not in known:
            listed = f"its options are {', '.join(known)}" if known else "it takes no options"
            return (f'markdown extension "{name}" has no option "{option}"{did_you_mean(option, known)}; '
                    f"{listed} (see its documentation)")
    try:
        python_markdown.Markdown(extensions=[name], extension_configs={name: dict(options)})
    except Exception as exc:  # a value of the wrong kind (toc's baselevel: x), the extension's own checks
        return (f'markdown extension "{name}" refuses its options ({type(exc).__name__}: {exc}); '
                "check their values in its documentation")
    return None

