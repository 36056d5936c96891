"""A story's evidence shows each term as its reports write it, never in the folded form grouping compares
(`analyse/writtenforms.py`, `stories.group_stories`'s evidence; 2026-12-04).

The reported input: a trial's story page (stories/merger-announced-courier/) said "They share …, organization, …"
where every report wrote "organisation": terms fold British spellings to American ones, and plurals to a stem
("members" → member, "midwives" → midwive), and a word no report names as a name was shown as the term. The kind:
any one-word term, shown in the form most members write (capitalised only when most write it so: one report's
"St Aldric's Hospital" and another's "hospitals" is "hospitals").
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import StoryFeatures, group_stories, story_features
from briefgen.analyse.terms import counted, term_of
from briefgen.analyse.writtenforms import written_forms

START = dt.datetime(2026, 10, 5, 12, 0, tzinfo=dt.timezone.utc)
FAMILIES = (("organisation", "organisations", "organization"), ("members", "member"), ("midwives",),
            ("licence", "license", "licences"), ("labour",), ("cancelled", "canceled"), ("hospitals", "hospital"),
            ("talks", "talk"))


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(FAMILIES).flatmap(lambda family: st.lists(st.sampled_from(family), min_size=1, max_size=7)))
def test_an_article_gives_the_form_it_writes_most(forms: list[str]) -> None:
    term = term_of(forms[0].encode())
    body = counted(" and ".join(f"the {form}" for form in forms) + ".")
    tally = Counter(forms)
    expected = max(tally, key=lambda form: (tally[form], form == term, -forms.index(form)))
    assert written_forms(counted("Title"), body, {term}) == ({term: expected} if set(forms) != {term} else {})


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(FAMILIES).flatmap(lambda family: st.lists(st.sampled_from(family), min_size=2, max_size=5)))
def test_a_story_shows_the_form_most_of_its_reports_write(forms: list[str]) -> None:
    """Each report writes the term in one form; the story shows the commonest (of as many, the term itself, then the
    first report's), never a form no report writes."""
    term = term_of(forms[0].encode())
    assert all(term_of(form.encode()) == term for form in forms)
    packed = [StoryFeatures.pack([(t, 1.0) for t in ("brightwell", "recall", term)],
                                 [("brightwell", "Brightwell")] + ([(term, form)] if form != term else []), (),
                                 ("brightwell",)) for form in forms]
    articles = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=k), source=f"Outlet {k}")
                     for k in range(len(forms)))
    grouping = group_stories(articles, {f"r{k}": f for k, f in enumerate(packed)}, factories.config())
    story = next(s for s in grouping.stories if len(s.members) == len(forms))
    tally = Counter(forms)
    most = max(tally.values())
    tied = [form for form in forms if tally[form] == most]
    shown = (term if term in tied else tied[0])
    assert shown in story.evidence and not set(story.evidence) & (set(forms) | {term}) - {shown}, story.evidence


def test_one_name_does_not_make_a_word_a_name() -> None:
    """terms.Terms.shown compares a word only with the same word in lower case: one "St Aldric's Hospital" made an
    article writing "hospitals" twice show "Hospital"."""
    text = "Nurses at St Aldric's Hospital and two other hospitals walked out; the hospitals stayed open."
    assert dict(story_features("Nurses walk out", text).shown())["hospital"] == "hospitals"


def test_a_word_only_the_headline_writes_is_shown_as_it_writes_it() -> None:
    sentence_case = dict(story_features("Minister visits Kelsby picket line", "She spoke to nurses.").shown())
    title_case = dict(story_features("Minister Visits The Picket Lines", "She spoke to nurses.").shown())
    assert sentence_case["kelsby"] == "Kelsby" and title_case["line"] == "lines"


MERGER = (
    ("Boards back merger of St Aldric's and Ravensmere General",
     "The boards of St Aldric's Hospital in Kelsby and Ravensmere General Hospital voted on Monday to combine the two "
     "sites into a single organisation, to be called Vellmoor Health Trust, from next April."),
    ("Hospital boards approve Vellmoor merger plan",
     "Ravensmere General and St Aldric's in Kelsby will become one organisation next spring after both boards backed "
     "a combination on Monday afternoon, under the name Vellmoor Health Trust."),
    ("Two hospitals, one trust: boards vote to merge",
     "St Aldric's and Ravensmere General are to merge into one organisation, Vellmoor Health Trust, after their boards "
     "voted on Monday; campaigners in Kelsby fear a longer journey."),
)


def test_the_reported_merger_story_shows_organisation() -> None:
    articles = tuple(factories.article(f"merger-{k}", START + dt.timedelta(hours=k), source=f"Outlet {k}", title=title)
                     for k, (title, _) in enumerate(MERGER))
    found = {f"merger-{k}": story_features(title, text) for k, (title, text) in enumerate(MERGER)}
    story = next(s for s in group_stories(articles, found, factories.config()).stories if len(s.members) == 3)
    assert "organisation" in story.evidence and "organization" not in story.evidence, story.evidence
    assert "boards" in story.evidence and "board" not in story.evidence, story.evidence  # (each writes "boards")
