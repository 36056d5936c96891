"""BR29's regression of e2053ed6 (FX36 #1, 2026-12-07): "CBS"/"NBC", made aliases of CBS News and NBC News, credited
the US networks with other bodies' words and took a site's own source by its bracketed initials.

- A `sources:` outlet written with its initials in brackets ("Namibian Broadcasting Corporation (NBC)") is what the
  initials name, before a known outlet's alias of the same letters: in the credits (credits.credit_finder) and in
  `source:`/`via:` (viaoutlets.source_named). The Namibian's "…, NBC reported on Friday" re-told "NBC News".
- Bare "CBS"/"NBC" are also Statistics Netherlands ("statistics office CBS said"), Nepal's Central Bureau of
  Statistics ("CBS reported"), Tanzania's NBC Bank ("NBC said lending grew"): "X reported", "according to X", "X
  said" read alike for all, so the bare initials credit a network only as someone's interviewer ("told CBS", "in an
  interview with NBC", "told NBC's Meet the Press"; knownoutlets.bare_network). "CBS News", "NBC News" credit as
  any outlet does.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from stories.storyeval import group, load_site

SITE = ("Reuters", "Daily Taifa")
# bodies known by a network's initials, each as a text writes it before the initials
BODIES = (("statistics office", "CBS"), ("Nepal's statistics bureau", "CBS"), ("Paramount's", "CBS"),
          ("Tanzania's", "NBC"), ("lender", "NBC"), ("", "CBS"), ("", "NBC"))
# the cues that do not say someone spoke to a broadcaster
CUES = ("The economy grew 0.3% in the third quarter, {b} said on Tuesday.",
        "The economy grew 0.3% in the third quarter, according to {b}.",
        "{B} reported on Tuesday that the economy grew 0.3%.",
        "{B} said lending grew 12% in the year.",
        "Figures from {b} showed the economy grew 0.3%, {i} said.")
INTERVIEWS = ("The senator told {n} that she would vote no.", "The minister, speaking to {n}, said the deal was fair.",
              "The chair told {n}'s Meet the Press on Sunday that cuts were coming.",
              "The governor said in an interview with {n} that rates would fall.")
LONG = {"NBC": ("Namibian Broadcasting Corporation", "NBC News"), "CBS": ("Caribbean Broadcasting Service", "CBS News")}


def _outlets(text: str, site: tuple[str, ...] = SITE) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(site))}


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(BODIES), st.sampled_from(CUES))
def test_bare_initials_of_another_body_credit_no_network(body: tuple[str, str], cue: str) -> None:
    """Bodies x the cues of news that are not an interview: no credit of CBS News or NBC News (HEAD before: each the
    network's, as "statistics office CBS said" was)."""
    words, initials = body
    named = f"{words} {initials}".strip()
    text = cue.format(b=named, B=named[0].upper() + named[1:], i=initials)
    assert not _outlets(text) & {"CBS News", "NBC News"}, text


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(LONG)), st.sampled_from(INTERVIEWS), st.booleans())
def test_a_network_spoken_to_is_the_network_unless_a_source_is_so_named(initials: str, frame: str, site: bool) -> None:
    """Guard and the site's source: "told NBC" is NBC News (FX32's aside credits) — unless the site lists an outlet
    with those initials in brackets, which is what they name (before: the network won over the site's source)."""
    long, network = LONG[initials]
    source = f"{long} ({initials})"
    outlets = _outlets(frame.format(n=initials), SITE + (source,) if site else SITE)
    assert outlets == ({source} if site else {network})
    assert _outlets(frame.format(n=network)) == {network}


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(LONG)), st.sampled_from(CUES[:4] + INTERVIEWS))
def test_a_sources_bracketed_initials_credit_it_in_every_form(initials: str, cue: str) -> None:
    """A site's "Namibian Broadcasting Corporation (NBC)" is what "NBC reported", "according to NBC", "told NBC" name
    (before: "NBC News" by the known alias, found first)."""
    source = f"{LONG[initials][0]} ({initials})"
    text = cue.format(b=initials, B=initials, i=initials, n=initials)
    assert _outlets(text, SITE + (source,)) == {source}, text


NAMIBIA = ("Namibian Broadcasting Corporation (NBC)", "The Namibian", "Reuters")
ARTICLES = {
    "nbc-delay": (NAMIBIA[0], "2026-11-20T08:00:00+02:00", "", "Election delayed by two weeks",
                  "WINDHOEK \u2014 Namibia's Electoral Commission on Friday postponed the regional council elections by "
                  "two weeks, citing a shortage of ballot papers in the Kavango regions."),
    "nam-delay": ("The Namibian", "2026-11-20T13:00:00+02:00", "", "ECN postpones regional elections",
                  "The Electoral Commission of Namibia has postponed the regional council elections by two weeks "
                  "because of a shortage of ballot papers in the Kavango regions, NBC reported on Friday."),
    "rt-delay": ("Reuters", "2026-11-20T15:00:00+02:00", "via: NBC\n", "Namibia delays regional vote",
                 "WINDHOEK, Nov 20 (Reuters) - Namibia postponed regional council elections by two weeks over a "
                 "shortage of ballot papers in the Kavango regions."),
}


def test_a_site_of_the_nbcs_report_and_two_re_tellings(tmp_path: Path) -> None:
    """BR29's s9: the NBC's own report is the story's original, re-told by the Namibian ("NBC reported") and by
    Reuters (`via: NBC`). Before: the Namibian re-told "NBC News" (no report), `via: NBC` linked nothing."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: B\nbase_url: https://example.org/\nlanguage: en\ntimezone: "
                                          "Africa/Windhoek\nsources:\n" + "".join(
                                              f"  - name: {s}\n    url: https://{i}.example\n"
                                              for i, s in enumerate(NAMIBIA)), encoding="utf-8")
    for slug, (source, published, via, title, body) in ARTICLES.items():
        (tmp_path / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: '{published}'\n{via}---\n{body}\n", encoding="utf-8")
    (story,) = group(load_site(tmp_path)).stories
    assert (story.lead, story.original) == ("nbc-delay", NAMIBIA[0])
    assert dict(story.roles) == {"nbc-delay": "original", "nam-delay": "re-report", "rt-delay": "re-report"}
    assert {(slug, outlet) for slug, outlet, *_ in story.retells} == {("nam-delay", NAMIBIA[0]), ("rt-delay", NAMIBIA[0])}
