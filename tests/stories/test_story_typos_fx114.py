"""FX114 (UX1 2.1): a likely typo in a `story:` id is warned about by `build`, `check` and `serve` (terminal and
advice panel), with a true "did you mean"; no suggestion spreads the typo, and the advice for a page that left the
site never says to write the typo back (briefgen/storytypos.py, gone.py)."""
from __future__ import annotations

import io
import threading
import time
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.preview.command import Preview
from briefgen.storytypos import story_typos
from support.factories import article, site as made_site
from support.sites import run_cli

TYPO, MEANT = "example-ceasefire-framwork", "example-ceasefire-framework"
SECOND = ("---\ntitle: \"Mediators float ceasefire framework\"\nsource: Example Outlet\npublished: 2026-12-07\n"
          f"story: {TYPO}\nurl: https://example.org/news/second\n---\n"
          "Envoys discussed a ceasefire framework; negotiations go on.\n")


def _new_site(tmp_path: Path) -> Path:
    done = run_cli(["init", "site"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    root = tmp_path / "site"
    (root / "content/articles/second.md").write_text(SECOND, encoding="utf-8")
    return root


def test_build_check_and_serve_say_a_likely_story_id_typo_once_and_truly(tmp_path: Path) -> None:
    root = _new_site(tmp_path)
    said = (f'content/articles/second.md:5: warning: story id "{TYPO}" may be a typo: it is 1 letter from '
            f'"{MEANT}"; no other article\'s `story:` line gives it and no article is named so, so this line joins '
            f'no article by it (as written, it names no story but this article\'s own); did you mean "{MEANT}"?')
    built = run_cli(["build"], cwd=root)
    assert built.returncode == 0 and said in built.stderr, built.stderr
    checked = run_cli(["check"], cwd=root)
    assert checked.returncode == 0 and checked.stderr.count(said) == 1, checked.stderr
    assert f"story: {TYPO}` to" not in checked.stderr  # (it said: add `story: <typo>` to the other article)
    assert "joins no other article" not in checked.stderr
    out, err = io.StringIO(), io.StringIO()
    preview = Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=out, err=err)
    with preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            deadline = time.monotonic() + 60
            while "may be a typo" not in err.getvalue() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert said in err.getvalue(), err.getvalue()  # serve's terminal
            assert [d for d in preview.state.snapshot.advice if str(d) == said]  # and its advice panel
        finally:
            preview.stop()
            loop.join(10)


def test_a_typo_grouped_with_other_reports_is_said_to_be_their_story_id(tmp_path: Path) -> None:
    # "so it joins no other article" was false when the automatic grouping joined one (UX1's flood briefing)
    texts = {s: "Maribor shelters opened for evacuees; the Red Cross depot in Maribor is overwhelmed by donations "
                "from volunteers, said Saša Vidmar." for s in ("shelters", "donations-overwhelm-depots")}
    found = story_typos(made_site((article("shelters", story="donations-overwhelm-depot", source="Radio"),
                                   article("donations-overwhelm-depots", source="Courier")), texts=texts))
    assert [(t.story, t.meant, t.others) for t in found] == [("donations-overwhelm-depot", "donations-overwhelm-depots",
                                                              1)]


def _edited(word: str, kind: int, at: int, letter: str) -> str:
    at %= len(word)
    if kind == 0:
        return word[:at] + letter + word[at:]
    if kind == 1:
        return word[:at] + word[at + 1:]
    if kind == 2:
        return word[:at] + letter + word[at + 1:]
    return word[:at] + word[at + 1:at + 2] + word[at] + word[at + 2:] if at + 1 < len(word) else word


@settings(max_examples=60, deadline=None)
@given(kind=st.integers(0, 3), at=st.integers(0, 40), letter=st.sampled_from("aeiorstn-"))
def test_every_one_letter_slip_of_an_existing_slug_is_a_likely_typo(kind: int, at: int, letter: str) -> None:
    slip = _edited("ceasefire-framework", kind, at, letter)
    found = story_typos(made_site((article("ceasefire-framework"), article("second", story=slip),
                                   article("unrelated-floods"))))
    if slip == "ceasefire-framework":  # (an edit that changed nothing joins the article's story: no typo)
        assert found == []
    else:
        assert [(t.path, t.story, t.meant, t.edits) for t in found] == [
            ("content/articles/second.md", slip, "ceasefire-framework", 1)]


def test_a_lone_id_of_its_own_far_from_every_other_is_no_typo() -> None:
    assert story_typos(made_site((article("ceasefire-framework"), article("second", story="kept-apart-on-purpose"))
                                 )) == []


def test_the_advice_for_a_gone_story_page_never_brings_a_typo_back(tmp_path: Path) -> None:
    root = _new_site(tmp_path)
    first = (root / "content/articles/example-ceasefire-framework.md")
    first.write_text(first.read_text(encoding="utf-8").replace("published:", f"story: {TYPO}\npublished:"),
                     encoding="utf-8")
    assert run_cli(["build"], cwd=root).returncode == 0  # stories/<typo>/ published: two lines give the id
    assert (root / f"output/stories/{TYPO}/index.html").is_file()
    for path in (first, root / "content/articles/second.md"):
        path.write_text(path.read_text(encoding="utf-8").replace(TYPO, MEANT), encoding="utf-8")
    built = run_cli(["build"], cwd=root)
    assert built.returncode == 0, built.stderr
    assert f"output/stories/{TYPO}: warning: the last build published this page" in built.stderr, built.stderr
    assert f"`story: {TYPO}`" not in built.stderr.replace(f"writing `story: {TYPO}` back would bring the typo", "")
    assert (f'under the id "{TYPO}", which is a letter or two from "{MEANT}" (likely a typo in a `story:` line, now '
            f"corrected); ") in built.stderr, built.stderr
