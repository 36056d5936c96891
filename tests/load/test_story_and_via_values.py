"""`story:` and `via:` values an editor gets wrong, answered with the value to write.

- An invalid story id ("Kestrel Confirms", "content/articles/verge-breach.md", "Ураган")
  got only 'must match [a-z0-9][a-z0-9-]*'; now the error names the id meant
  (site/urls.written_id), or an example when nothing of the text can make one.
- `via: [The Verge, Reuters]` got 'must be text, got a list'; now it says to write one
  outlet and credit the others in the text.
"""
from __future__ import annotations

import json
import re

from hypothesis import example, given, strategies as st

from test_documents import article, front


@given(st.lists(st.sampled_from(["The Verge", "Reuters", "Financial Times", "AP", "Le Monde"]), min_size=1,
                max_size=4, unique=True))
@example(["The Verge", "Reuters"])  # a trial: 'must be text, got a list', and no way out said
def test_a_via_list_says_to_write_one_outlet_and_credit_the_others_in_the_text(names: list[str]) -> None:
    _, problems = article(front(f"via: [{', '.join(names)}]\n"))
    assert problems == [f'content/articles/a.md:5: "via" names the one outlet whose reporting this article re-tells, '
                        f'got a list ({", ".join(names)}): write `via: {names[0]}`'
                        + (f' and credit the other{"s" if len(names) > 2 else ""} in the text, as in "told {names[-1]}"'
                           if len(names) > 1 else ", without the brackets")]
    fixed, again = article(front(f"via: {names[0]}\n"))
    assert again == [] and fixed is not None and fixed.via == names[0]


@given(st.text(max_size=40))
@example("Kestrel Confirms")  # a trial: only 'must match [a-z0-9][a-z0-9-]*', no fix
@example("content/articles/verge-kestrel-breach.md")
@example("Stories/Kestrel-Breach/")
@example("Ураган")
@example("None")
@example("0\\{")
@example(".MD")  # nothing left of it to make an id: the example, and still the note on slugs (CI's draw)
def test_an_invalid_story_id_is_answered_with_one_that_loads(written: str) -> None:
    # Whatever is written (as a YAML string): either it loads, or the story error names a
    # fix that loads without a story error — or, for text with no Latin letter or digit, an example.
    value = json.dumps(written)
    _, problems = article(front(f"story: {value}\n"))
    story_problems = [p for p in problems if "story id" in p]
    if not story_problems or "characters, more than" in story_problems[0]:
        return
    fix = re.search(r"; write (one such as )?`story: ([^`]*)`", story_problems[0])
    assert fix, story_problems
    assert ("file name without .md" in story_problems[0]) == written.strip().lower().endswith(".md")
    meant = fix.group(2)
    if fix.group(1):  # an example only when nothing of the text can make an id
        # (of the last path segment, a backslash parting segments too: nothing is left after "0\\" in "0\\{")
        segment = written.strip().replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        segment = re.sub(r"\.md$", "", segment, flags=re.I)  # (a file name's extension makes no id: ".MD")
        assert not re.sub(r"[^a-z0-9]", "", segment.lower())
    _, again = article(front(f"story: {json.dumps(meant)}\n"))
    assert not [p for p in again if "story id" in p]
