"""The T17 trial's story findings, each as a kind (tests/stories/copper/: a copper-mine collapse, 2026-12-06).

- A dateline's agency by its name's head ("SANTIAGO, Chile (Pacifica) —" of the site's Pacifica Newswire) credits it
  (wirecopy.dateline_outlet), and a member crediting any outlet with a report in the story not after it re-tells that
  report, whichever outlet the story credits (roles._retells): the Seoul Herald's print of Pacifica's copy was an
  "Independent report" beside a comparison that counted it a reprint.
- A party's own statement (parties.py: the mine operator's press release, 11:00, before AFP's report, 14:10) leads no
  story and is no first report; "the operator … said" in another report is no re-telling of it.
- Two outlets credited by as many members: the one whose report came first is the original, not the alphabet's first.
- eventdays: "lifted to safety on Wednesday" is no future infinitive; "ending a 56-hour ordeal", "trapped for more
  than two days" are spans that ended with the news, which keeps its day: the rescue reports join the live blog.
- The "held apart" reason names the one form of the day rule that applied (heldapart.OTHER_DAYS).
"""
from __future__ import annotations

import datetime as dt
import itertools
import shutil
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder
from briefgen.analyse.eventdays import lead_event_day
from briefgen.analyse.similarity import PairScore
from briefgen.analyse.stories import HELD_APART, OTHER_DAYS, group_stories, held_apart, story_features
from briefgen.build import build
from briefgen.load.config import Source
from stories.storyeval import assignment, group, load_site
from stories.test_one_subject_trials import labelled

COPPER = Path(__file__).resolve().parent / "copper"
UTC = dt.timezone.utc
START = dt.datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _page(site: Path, story: str) -> str:
    import html
    import re
    text = (site / "output" / "stories" / story / "index.html").read_text(encoding="utf-8")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text.split("<main", 1)[1])).split())


def test_the_reported_inputs(tmp_path: Path) -> None:
    """The trial as built: the roles, the lead and the credit lines."""
    grouping = group(load_site(COPPER))
    collapse = grouping.story_of("seoul-collapse")
    assert collapse.lead == "afp-collapse" and collapse.original == "AFP"
    assert dict(collapse.roles) == {"afp-collapse": "original", "man-statement-collapse": "statement",
                                    "pacifica-collapse": "independent", "courier-collapse": "independent",
                                    "minewire-collapse": "re-report", "harbour-collapse": "re-report",
                                    "seoul-collapse": "re-report"}
    inquiry = grouping.story_of("minewire-inquiry")
    assert inquiry.original == "The Santiago Courier" and dict(inquiry.roles)["courier-inquiry"] == "original"
    shutil.copytree(COPPER, tmp_path / "copper")
    build(tmp_path / "copper" / "config.yaml")
    page = _page(tmp_path / "copper", collapse.id)
    # (the Seoul Daily Herald prints Pacifica's later, independent report: the credited line counts it since FX75)
    assert "First reported by AFP , 2 November 2026 ; two reports re-tell it, and one re-tells a later report by " \
           "Pacifica Newswire . Minera Atacama Norte , a party to the news, gave a statement earlier: its own word, not " \
           "reporting." in page, page[:600]
    assert "1 statement by a party to the news" in page and "Statement by a party Minera Atacama Norte" in page
    assert "Independent report Seoul Daily Herald" not in page
    assert "First reported by The Santiago Courier" in _page(tmp_path / "copper", inquiry.id)


def test_the_trials_pairs_are_all_found() -> None:
    """Every labelled pair found, none wrong: the rescue reports, dated Wednesday, and the live blog of Wednesday are
    one story. Failed before: 4 pairs missed (the reports dated no news, held apart from the live blog)."""
    truth, grouping = labelled(COPPER), group(load_site(COPPER))
    predicted = assignment(grouping)
    pairs = list(itertools.combinations(sorted(truth), 2))
    assert [p for p in pairs if (predicted[p[0]] == predicted[p[1]]) != (truth[p[0]] == truth[p[1]])] == []
    assert "courier-live-rescue" in grouping.story_of("afp-rescue").members


# (agency's full name, the head its datelines give) — a site outlet named by its head in brackets
AGENCIES = (("Pacifica Newswire", "Pacifica"), ("Andes Wire Service", "Andes"), ("Meridian Press Agency", "Meridian"),
            ("Northline News Agency", "Northline"))
WIRE_TEXT = ("A tunnel at the Corvo underground copper mine collapsed early on Monday, trapping 23 workers about 480 "
             "metres below the surface, said Tomas Ibarra, the regional rescue chief.\n\nRescuers began drilling a "
             "probe hole towards the refuge chamber at Corvo where the Corvo miners are sheltering, Ibarra said.")
OTHER_TEXT = ("Twenty-three miners were trapped underground at the Corvo copper mine on Monday after a tunnel "
              "collapsed, Tomas Ibarra, the regional rescue chief, said.\n\nRelatives of the Corvo miners gathered at "
              "the Corvo mine gate through the afternoon as rescuers drilled towards the refuge chamber.")


@settings(max_examples=examples(12), deadline=None)
@given(st.sampled_from(AGENCIES), st.integers(1, 3), st.floats(1.0, 10.0))
def test_a_dateline_of_a_name_head_credits_the_outlet_and_its_print_re_tells_it(agency: tuple[str, str],
                                                                                 crediting: int, hours: float) -> None:
    """A paper prints an agency's copy under the dateline "CALAMA, Chile (<head>) —"; another wire's report is the
    story's credited one (`crediting` re-tellings credit it). The print re-tells the agency's report. Failed before:
    an independent report (no credit read from the head, and only the credited outlet's re-tellings counted)."""
    name, head = agency
    outlets = (name, "Coast Wire", "Daily Sentinel", *(f"Outlet {k}" for k in range(crediting)))
    texts = {"agency": (f"CALAMA, Chile ({name.split()[0]}) — {WIRE_TEXT}", name),
             "wire": (f"CALAMA, Chile (Coast Wire) — {OTHER_TEXT}", "Coast Wire"),
             "print": (f"CALAMA, Chile ({head}) — {WIRE_TEXT}", "Daily Sentinel")}
    for k in range(crediting):
        texts[f"teller{k}"] = (f"{OTHER_TEXT}\n\nCoast Wire reported the collapse first.", f"Outlet {k}")
    times = {"wire": 0.0, "agency": 0.5, "print": hours, **{f"teller{k}": 0.7 + k / 10 for k in range(crediting)}}
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=times[slug]), source=source,
                                       title=f"Corvo mine collapse traps 23 ({slug})") for slug, (_, source) in texts.items())
    found = {a.slug: story_features(a.title, texts[a.slug][0], credit_finder(outlets)) for a in articles}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    story = grouping.story_of("print")
    assert set(story.members) == set(texts) and story.original == "Coast Wire", story
    assert dict(story.roles)["print"] == "re-report" and dict(story.roles)["agency"] == "independent"


# (a party's name, how a report names it in the news, a frame in which another report says it said something)
PARTIES = ("Minera Atacama Norte", "Corvo Mining Company", "Grupo Cobre Andino", "Ministry of Mines", "Compañía Minera Corvo")
NAMED = ("The mine is operated by {p}, which produces copper cathode.", "The chief executive of {p} went to the mine.",
         "{p} owns the mine.")
SAID = ("the operator {p} said", "{p} said in a statement")


@settings(max_examples=examples(12), deadline=None)
@given(st.sampled_from(PARTIES), st.sampled_from(NAMED), st.sampled_from(SAID), st.floats(0.5, 6.0))
def test_a_partys_own_statement_leads_no_story(party: str, named: str, said: str, hours: float) -> None:
    """The party's statement comes `hours` before a wire's report naming it in the news; a third outlet's report
    says "<party> said". The wire's report leads, no re-telling of the statement. Failed before: the statement led,
    "First reported here by" the party, and the report quoting it was a re-telling of the party's "reporting"."""
    outlets = (party, "Coast Wire", "Daily Sentinel")
    texts = {"statement": (f"At 05:40 today a fall of ground occurred at the Corvo mine. {WIRE_TEXT}", party),
             "wire": (f"{OTHER_TEXT}\n\n{named.format(p=party)}", "Coast Wire"),
             "paper": (f"{WIRE_TEXT.replace('said Tomas Ibarra', said.format(p=party) + ' and Tomas Ibarra')}",
                       "Daily Sentinel")}
    times = {"statement": 0.0, "wire": hours, "paper": hours + 1.0}
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=times[slug]), source=source,
                                       title=f"Corvo mine collapse traps 23 ({slug})") for slug, (_, source) in texts.items())
    found = {a.slug: story_features(a.title, texts[a.slug][0], credit_finder(outlets)) for a in articles}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    story = grouping.story_of("statement")
    assert set(story.members) == set(texts), story
    assert story.lead == "wire" and dict(story.roles) == {"statement": "statement", "wire": "independent",
                                                         "paper": "independent"}, story


@settings(max_examples=examples(16), deadline=None)
@given(st.lists(st.integers(0, 300), min_size=2, max_size=2, unique=True), st.booleans())
def test_a_tie_between_credited_outlets_goes_to_the_earlier_report(minutes: list[int], swap: bool) -> None:
    """A re-telling credits "<A> and <B> reported"; A's and B's reports are in the story. The original is the outlet
    whose report was published first, whatever the names' order. Failed before: the alphabet's first (Andes Wire)."""
    outlets = ("Andes Wire", "Zenith Courier", "Daily Sentinel")
    named = " and ".join(reversed(outlets[:2]) if swap else outlets[:2])
    texts = {"andes": (WIRE_TEXT, "Andes Wire"), "zenith": (OTHER_TEXT, "Zenith Courier"),
             "teller": (f"{OTHER_TEXT.split(chr(10))[0]} {named} reported.", "Daily Sentinel")}
    # (whole minutes apart: floats a 1e-241 hour apart were one published time, and the tie went to the alphabet)
    times = {"andes": minutes[0] / 60, "zenith": minutes[1] / 60, "teller": 6.0}
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=times[slug]), source=source,
                                       title=f"Corvo mine collapse traps 23 ({slug})") for slug, (_, source) in texts.items())
    found = {a.slug: story_features(a.title, texts[a.slug][0], credit_finder(outlets)) for a in articles}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    story = grouping.story_of("teller")
    assert set(story.members) == set(texts), story
    assert story.original == ("Andes Wire" if times["andes"] < times["zenith"] else "Zenith Courier"), story


PARTICIPLES = ("lifted", "brought", "rushed", "taken", "flown", "airlifted", "returned", "moved")
NOUNS = ("safety", "hospital", "shore", "Santiago", "Calama", "the surface")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PARTICIPLES), st.sampled_from(NOUNS), st.integers(0, 6))
def test_to_before_a_noun_is_no_future(verb: str, noun: str, weekday: int) -> None:
    """"were lifted to safety on Wednesday" dates its news (Wednesday); "agreed to meet on Wednesday" does not.
    Failed before: "to safety" read as a future infinitive, the lead dated nothing."""
    assert lead_event_day(f"All 23 miners were {verb} to {noun} on {WEEKDAYS[weekday]} in a steel capsule.") == \
        f"p{weekday}"
    for future in ("agreed to meet", "are to strike", "plan to vote", "will meet", f"will not be {verb} to {noun}",
                   f"are to be {verb} to {noun}", f"could be {verb} to {noun}", f"may be {verb} back to {noun}",
                   f"must be {verb} to {noun}", f"want to go to {noun}", f"hope to return to {noun}",
                   f"could be {verb}", "could be rescued"):  # (BR21; a modal's whole verb phrase since FX3)
        assert lead_event_day(f"The miners {future} on {WEEKDAYS[weekday]} in Calama.") == "", future


SPANS = ("ending a {n}-hour ordeal", "after a {n}-hour ordeal", "ending {m} days underground")
STATES = ("trapped for more than {m} days", "held for {m} days", "stranded for nearly {m} days")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(SPANS), st.sampled_from(STATES), st.integers(40, 90), st.sampled_from(("two", "three", "4")),
       st.integers(0, 6))
def test_a_span_that_ended_with_the_news_keeps_its_day(span: str, state: str, hours: int, days: str,
                                                       weekday: int) -> None:
    """A span that ended ("ending a 56-hour ordeal") or a state lasting up to the news ("trapped for more than two
    days") dates the news on its day; an event that begins or goes on for days still dates none. Failed before: ""."""
    day = WEEKDAYS[weekday]
    assert lead_event_day(f"Rescuers brought all 23 miners out on {day}, {span.format(n=hours, m=days)}.") == \
        f"p{weekday}"
    assert lead_event_day(f"All 23 miners {state.format(m=days)} in a mine were lifted out on {day}.") == f"p{weekday}"
    assert lead_event_day(f"Miners began a {hours}-hour strike on {day} at the Corvo mine.") == ""
    assert lead_event_day(f"The strike at the Corvo mine went into its second day on {day}.") == ""


@given(st.lists(st.sampled_from(("days", "after", "live")), min_size=1, max_size=4))
def test_held_apart_names_the_day_rules_form_that_applied(forms: list[str]) -> None:
    """Each pair capped by the day rule says which of its forms held (in the pairs' order), nothing of the others.
    Failed before: the three alternatives in one sentence, whichever held."""
    pairs = [PairScore(0, 1, 0.45, 0.9, 1.0, False, capped=True, other_day=form) for form in forms]
    assert held_apart(pairs) == tuple(dict.fromkeys(OTHER_DAYS[form] for form in forms))
    assert held_apart([PairScore(0, 1, 0.45, 0.9, 1.0, False, capped=True, other_day=True)]) == (HELD_APART[4][1],)


def test_a_live_blog_and_a_report_dating_no_news_say_so() -> None:
    """The trial's live blog and its re-telling that dates no news ("have been rescued"), alone: the suggestion's
    reason is the live blog's rule alone."""
    site = load_site(COPPER)
    keep = {"courier-live-rescue", "minewire-rescue"}
    small = type(site)(site.config, tuple(a for a in site.articles if a.slug in keep),
                       {k: v for k, v in site.texts.items() if k in keep})
    grouping = group(small)
    reasons = [s.held_apart for s in grouping.suggestions]
    assert reasons == [(OTHER_DAYS["live"],)], reasons
