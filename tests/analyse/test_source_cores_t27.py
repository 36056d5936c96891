"""A site outlet written without the generic last word of its name ("Kaleva Radio reported" for the site's Kaleva Radio
News), or with one ("Yle News said" for the site's Yle), is that outlet (sourcecores.core_forms, read by credits.py;
T27, 2026-12-07: both re-tellings of Kaleva Radio News's scoop were independent reports crediting a "Kaleva Radio"
that no member was). Not when the other form is another site outlet's or a known outlet's. Properties over made-up
names × generic words × credit frames, the reported input, and a built site's roles. Fail on the code before.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits
from stories.storyeval import group, load_site
from support.examples import examples
from support.madeup import FAST, word
from support.sites import write_site

TAILS = st.sampled_from(("News", "Online", "TV", "Network", "Media"))
MIDDLES = st.sampled_from(("", " Radio", " Broadcasting", " Daily"))
FRAMES = st.sampled_from(("Officers boarded the ship on Monday, {o} reported on Tuesday.",
                          "Jukka Mäkinen told {o} the ship had left.",
                          "Finnish broadcaster {o}, citing unnamed officials, reported on Tuesday that it had left.",
                          "{o} said the ship had left the port.", "According to {o}, the ship had left."))


def _credited(text: str, sources: tuple[str, ...]) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder((*sources, "Reuters")))]


def test_the_reported_input() -> None:
    sources = ("Kaleva Radio News", "Stockholms Dagblad", "Tallinn Daily")
    assert _credited("Officers boarded the Eagle S after the damage, Kaleva Radio reported on Tuesday.",
                     sources) == ["Kaleva Radio News"]
    assert _credited("Finnish broadcaster Kaleva Radio, citing unnamed officials, reported on Tuesday that the ship "
                     "was boarded.", sources) == ["Kaleva Radio News"]
    assert _credited("Jukka Mäkinen told Kaleva Radio the ship had left.", sources) == ["Kaleva Radio News"]
    assert _credited("Yle News said the ship was boarded.", ("Yle",)) == ["Yle"]
    assert _credited("Sky said the ship was boarded.", ("Sky News",)) == []  # (FX83: a one-word core, and "said")


@FAST
@given(word, MIDDLES, TAILS, FRAMES)
def test_a_site_outlet_without_its_generic_last_word_is_it(first: str, middle: str, tail: str, frame: str) -> None:
    name = f"{first}{middle} {tail}"
    text = frame.format(o=f"{first}{middle}")
    # FX83: only a core ending in a medium's word, and never "X said" (test_credit_core_frames_fx83.py)
    short = middle and not frame.startswith("{o} said")
    assert _credited(text, (name,)) == [name] if short else name not in _credited(text, (name,)), text
    assert _credited(frame.format(o=name), (name,)) == [name], text  # (the whole name, as before)


@FAST
@given(word, MIDDLES, TAILS, FRAMES)
def test_a_site_outlet_with_a_generic_last_word_is_it(first: str, middle: str, tail: str, frame: str) -> None:
    name = f"{first}{middle}"
    text = frame.format(o=f"{name} {tail}")
    assert _credited(text, (name,)) == [name], text


@FAST
@given(word, MIDDLES, st.lists(TAILS, min_size=2, max_size=2, unique=True), FRAMES)
def test_never_when_the_other_form_is_another_outlets(first: str, middle: str, tails: list[str], frame: str) -> None:
    short = f"{first}{middle}"
    # the short form is a site outlet of its own: it is that outlet
    assert _credited(frame.format(o=short), (f"{short} {tails[0]}", short)) == [short]
    # two site outlets of one core: the core names neither ("Nord Radio" of Nord Radio News and Nord Radio TV)
    assert (f"{short} {tails[0]}" not in _credited(frame.format(o=short), (f"{short} {tails[0]}", f"{short} {tails[1]}"))
            and f"{short} {tails[1]}" not in _credited(frame.format(o=short), (f"{short} {tails[0]}", f"{short} {tails[1]}")))
    # a known outlet's core stays the known outlet's: "Sky" is no short form of a site's "Sky News Arabia"
    assert "Sky News Arabia" not in _credited(frame.format(o="Sky"), ("Sky News Arabia",))


@settings(max_examples=examples(6), deadline=None)
@given(word, st.sampled_from((" Radio",)), TAILS)  # (FX83: no one-word core)
def test_on_a_site_the_short_form_makes_a_retelling(first: str, middle: str, tail: str) -> None:
    name = f"{first}{middle} {tail}"
    files = {"config.yaml": f"title: T\ntopics:\n  - id: h\n    title: H\nsources:\n  - name: {name}\n"
                            "  - name: Stockholms Dagblad\n"}
    bodies = {"scoop": (name, "2026-11-24T08:00:00+02:00", "Finnish coast guard officers boarded the cargo ship Eagle S "
                        "in the Gulf of Finland on Tuesday over the damage to the Balticlink pipeline, officials said."),
              "retold": ("Stockholms Dagblad", "2026-11-24T12:00:00+01:00",
                         "Finnish coast guard officers have boarded the cargo ship Eagle S over the damage to the "
                         f"Balticlink pipeline, {first}{middle} reported on Tuesday.")}
    for slug, (source, when, body) in bodies.items():
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: 'Eagle S boarded over Balticlink pipeline'\n"
                                                f"source: {source}\npublished: {when}\n---\n{body}\n")
    with tempfile.TemporaryDirectory() as root:
        stories = group(load_site(write_site(Path(root), files))).stories
    assert [(s.original, dict(s.roles)) for s in stories] == [
        (name, {"scoop": "original", "retold": "re-report"})], stories
