"""A given name or a name's leading words written alone after a title, in an article that does not name the person in
full ("Prime Minister Abiy", "President Hassan Sheikh"), is the site's one person whose leading words they are, on a
built site as in the index (FX55, T23, 2026-12-07: "Abiy" and "Hassan Sheikh" had People pages beside the declared
Abiy Ahmed and Hassan Sheikh Mohamud: the title was lost between an article's reading and the index, and one untitled
mention anywhere kept the short form apart; alonenames.py, titledgiven._given_called). A vox pop described as a private
person ("said Mohammed, a shopkeeper") stays apart, as BR32 asked; two fuller names of the same leading words: no one.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON
from stories.storyeval import load_site, people_page
from support.examples import examples
from support.madeup import word
from support.sites import write_site

SITE = settings(max_examples=examples(15), deadline=None)


def _people(root: Path, articles: dict[str, str], declared: str = "") -> list[tuple[str, tuple[str, ...]]]:
    files = {"config.yaml": "title: T\ntopics:\n  - id: h\n    title: H\n" + declared}
    for i, (slug, body) in enumerate(sorted(articles.items())):
        files[f"content/articles/{slug}.md"] = f"---\ntitle: 'Article {slug}'\nsource: Outlet {i}\npublished: 2026-11-2{i}\n---\n{body}\n"
    site = load_site(write_site(root, files))
    return sorted((p.name, p.articles) for p in people_page(site) if p.kind == PERSON)


@SITE
@given(word, word, word, st.sampled_from(("Prime Minister", "President", "Minister")), st.booleans(),
       st.sampled_from(("", ", a shopkeeper in the market,", ", 34,")))
def test_a_titled_short_form_is_the_one_person_it_opens(given_name: str, middle: str, last: str, title: str,
                                                        two_words: bool, vox_pop: str) -> None:
    assume(len({given_name, middle, last}) == 3)
    full = f"{given_name} {middle} {last}"
    short = f"{given_name} {middle}" if two_words else given_name
    articles = {"a": f'{title} {full} spoke on Monday. "We will build it," Mr {given_name} said.',
                "b": f'The envoy said he had met {title} {short} on Saturday. Talks went on.'}
    if vox_pop:
        articles["c"] = f'"Prices are too high," said {short}{vox_pop} who sells grain.'
    with tempfile.TemporaryDirectory() as root:
        people = dict(_people(Path(root), articles))
    assert ("b" in people[full]) == (not vox_pop), people
    assert (short in people) == bool(vox_pop), people


def test_the_reported_site(tmp_path: Path) -> None:
    articles = {"a": 'Prime Minister Abiy Ahmed signed the memorandum on Monday. "It ends an injustice," Mr Abiy said.'
                     '\n\nPresident Hassan Sheikh Mohamud rejected it. "This is an annexation," Mr Mohamud said.',
                "b": 'President William Ruto said he had spoken to Prime Minister Abiy and President Hassan Sheikh on '
                     'Saturday.\n\nHassan Sheikh told parliament the deal was "null and void".'}
    for declared in ("", "people:\n  - name: Abiy Ahmed\n  - name: Hassan Sheikh Mohamud\n"):
        people = _people(tmp_path / str(len(declared)), articles, declared)
        assert ("Abiy Ahmed", ("a", "b")) in people and ("Hassan Sheikh Mohamud", ("a", "b")) in people, people
        assert not {"Abiy", "Hassan Sheikh", "Mohamud"} & {name for name, _ in people}, people


def test_two_fuller_names_of_the_leading_words_leave_it_as_written(tmp_path: Path) -> None:
    people = _people(tmp_path, {
        "a": 'President Hassan Sheikh Mohamud spoke. "We are one," Mr Mohamud said.',
        "b": 'Minister Hassan Sheikh Ali spoke. "We are two," Mr Ali said.',
        "c": 'The envoy met President Hassan Sheikh on Saturday. "Good talks," President Hassan Sheikh said.'})
    assert ("Hassan Sheikh", ("c",)) in people, people
