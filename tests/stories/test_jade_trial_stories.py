"""The T18 trial's story and credit findings, each as a kind (a container-ship fire off Vietnam: tests/stories/shipfire/,
2026-12-06).

- A dateline's agency written by its initials ("HANOI (AOP) —" of the site's Agence Orient Presse) credits it
  (wirecopy.dateline_outlet, `name_initials`), never when the initials are two outlets'.
- A re-telling's page and `check -v` name the report *it* re-tells (roles.retold), not the story's one original: the
  Economic Courier's print of Agence Orient Presse's copy said "The original, in this briefing: …" of Reuters.
- An outcome on a day ("All 22 crew … were safe on Tuesday after rescuers plucked the last 13") dates the news on that
  day (eventdays._STATE: safe and alive are states only as what stayed so): the report joins the day's live blog.
- A plain question headline answered in general ("Who pays for an oil spill at sea?" — "When a ship spills fuel, the
  first bill goes to the shipowner") is an explainer (guides.asks_in_general), not a report of the news it explains.
- A party's own statement is named apart on a story card ("A statement by a party to the news: Al Noor Maritime"),
  not "Also reported by" the company (partials/story.html).
"""
from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples
from support.sites import write_site

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.eventdays import lead_event_day
from briefgen.analyse.guides import for_readers
from briefgen.analyse.knownoutlets import AGENCY_INITIALS
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.wirecopy import name_initials
from briefgen.build import build
from briefgen.load.config import Source
from stories.storyeval import assignment, group, load_site
from stories.test_one_subject_trials import labelled

SHIPFIRE = Path(__file__).resolve().parent / "shipfire"
UTC = dt.timezone.utc
START = dt.datetime(2026, 11, 16, 1, 0, tzinfo=UTC)  # a Monday
T18_SOURCES = ("Reuters", "Agence Orient Presse", "The Hanoi Herald", "Gulf Chronicle", "The Economic Courier",
               "Shipping Gazette", "Below Deck", "OceanBrief AI", "Al Noor Maritime")
COURIER_RESCUE = ("HANOI (AOP) — All 22 crew of the Jade Horizon were safe on Tuesday after rescuers plucked the last 13 "
                  "from the burning container ship off central Vietnam.")

# Words an agency's name is made of (capitalised), and lower-case words some names hold
NAME_WORDS = ("Agence", "Orient", "Presse", "Northern", "Wire", "Pacific", "Press", "Baltic", "News", "Service",
              "Andes", "Coastal", "Meridian", "Island", "Harbour", "Union", "Kestrel", "Vale")
PLACES = ("HANOI", "CALAMA, Chile", "SEOUL, Feb. 26", "WASHINGTON", "DA NANG, Vietnam")


def test_the_reported_dateline() -> None:
    """The trial's courier-rescue opens "HANOI (AOP) —": it credits Agence Orient Presse. Failed before: nobody."""
    found = detect_credits(COURIER_RESCUE, credit_finder(T18_SOURCES))
    assert [(c.outlet, c.cue) for c in found] == [("Agence Orient Presse", "(AOP)")]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), min_size=2, max_size=4, unique=True), st.sampled_from(PLACES),
       st.booleans(), st.booleans(), st.booleans())
def test_a_datelines_initials_credit_the_one_outlet_they_are_the_initials_of(
        words: list[str], place: str, dotted: bool, lower_word: bool, rival: bool) -> None:
    """A site outlet of 2-4 capitalised words (perhaps with "of" among them, never an initial), a dateline giving its
    initials ("(ONW)", "(O.N.W.)"): the copy credits it — unless another site outlet has the same initials
    (`rival`), when it credits neither. Failed before: no credit at all."""
    name = " ".join(words[:1] + (["of"] if lower_word else []) + words[1:])
    letters = "".join(word[0] for word in words)
    agency = "".join(f"{letter}." for letter in letters) if dotted else letters
    known = credit_finder(())  # (initials a known outlet's name or alias has too: neither is credited, as two sites')
    assume(letters.lower() not in known.canonical and letters not in AGENCY_INITIALS  # (a known agency's: BR22's test)
           and not any(letters in name_initials(n) for n in known.canonical.values()))
    other = " ".join(f"{w[0]}x{w[1:].lower()}" for w in words)  # (same initials, other words)
    outlets = ("Daily Sentinel", name, *((other,) if rival else ()))
    text = f"{place} ({agency}) — Rescuers reached the burning ship on Monday, officials said."
    found = [c.outlet for c in detect_credits(text, credit_finder(outlets))]
    assert found == ([] if rival else [name]), (name, agency, found)


@pytest.mark.parametrize(("name", "initials"), [
    ("Agence France-Presse", ("AFP",)), ("The Hanoi Herald", ("THH", "HH")), ("The Times", ()), ("Reuters", ()),
    ("Bank of Asia News", ("BAN",)), ("Agence Orient Presse", ("AOP",))])
def test_name_initials(name: str, initials: tuple[str, ...]) -> None:
    assert name_initials(name) == initials


# A wire (Coast Wire) whose report two tellers credit, and an agency whose copy a paper prints under its dateline
WIRE_TEXT = ("Vietnamese rescuers raced on Monday to reach the burning container ship Jade Horizon off the central "
             "coast, where 13 sailors were still aboard after nine others escaped in a lifeboat, officials said.\n\n"
             "Flames rose from the Jade Horizon about 80 kilometres off Quang Ngai province, the border guard said.")
OTHER_TEXT = ("Thirteen sailors were still aboard the burning container ship Jade Horizon off central Vietnam on "
              "Monday after nine others escaped in a lifeboat, the border guard said.\n\nRescue boats circled the "
              "Jade Horizon off Quang Ngai province through the night as the fire spread.")
AGENCIES = (("Agence Orient Presse", "AOP"), ("Northern Wire Service", "NWS"), ("Andes Press Agency", "Andes"),
            ("Baltic News Agency", "Baltic News Agency"))


def _texts(agency: str, written: str, tellers: int, agency_first: bool = False) -> dict[str, tuple[str, str, float]]:
    """slug → (text, outlet, hours after START) of the kind's story; `agency_first`: the agency's report before the
    wire's (T18: the story then credits nobody, "first reported here by" the agency)."""
    texts = {"wire": (f"HANOI (Coast Wire) — {OTHER_TEXT}", "Coast Wire", 0.5 if agency_first else 0.0),
             "agency": (f"HANOI ({written}) — {WIRE_TEXT}", agency, 0.0 if agency_first else 0.5),
             "print": (f"HANOI ({written}) — {WIRE_TEXT}", "Daily Sentinel", 6.0)}
    for k in range(tellers):
        texts[f"teller{k}"] = (f"{OTHER_TEXT}\n\nCoast Wire reported the fire first.", f"Outlet {k}", 1.0 + k / 10)
    return texts


@settings(max_examples=examples(12), deadline=None)
@given(st.sampled_from(AGENCIES), st.integers(2, 3))
def test_a_re_telling_re_tells_the_report_it_credits_not_the_storys_original(agency: tuple[str, str],
                                                                             tellers: int) -> None:
    """The story's credited outlet is Coast Wire (`tellers` re-tellings credit it); a paper prints another agency's
    copy under its dateline (its name, head or initials). The grouping says the print re-tells the agency's report
    (Story.retells), the tellers Coast Wire's. Failed before: no such word, the page named the story's original."""
    name, written = agency
    texts = _texts(name, written, tellers)
    outlets = (name, "Coast Wire", "Daily Sentinel", *(f"Outlet {k}" for k in range(tellers)))
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=hours), source=source,
                                       title=f"Sailors trapped on burning ship ({slug})")
                     for slug, (_, source, hours) in texts.items())
    found = {a.slug: story_features(a.title, texts[a.slug][0], credit_finder(outlets)) for a in articles}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    story = grouping.story_of("print")
    assert set(story.members) == set(texts) and story.original == "Coast Wire", story
    retells = {slug: (outlet, report) for slug, outlet, report in story.retells}
    assert retells["print"] == (name, "agency"), story
    assert all(retells[f"teller{k}"] == ("Coast Wire", "wire") for k in range(tellers)), story


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8").split("<main", 1)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


@pytest.mark.parametrize("agency", [("Agence Orient Presse", "AOP"), ("Northern Wire Service", "Northern")])
def test_the_print_page_and_check_name_the_agency_it_prints(tmp_path: Path, agency: tuple[str, str]) -> None:
    """A real site of the kind, the agency's report first (T18's): the print's page says "The original, in this briefing: <the agency's headline>
    (<agency> …)" and "re-tells reporting first published by <agency>"; `check -v`'s word on the story's credit does
    not say the print credits Coast Wire. Failed before: both named Coast Wire (T18: Reuters)."""
    from briefgen.advice import story_report
    from briefgen.checking import BuildOptions, check
    name, written = agency
    texts = _texts(name, written, 2, agency_first=True)
    files = {"config.yaml": ("title: T\nbase_url: https://example.org/t/\ntimezone: UTC\ntopics:\n  - id: ship\n    title: Ship\n"
                             "    keywords: [ship]\nsources:\n") + "".join(
        f"  - name: {o}\n    url: https://{k}.example\n" for k, o in enumerate(sorted({s for _, s, _ in texts.values()})))}
    for slug, (text, source, hours) in texts.items():
        when = (START + dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: Sailors trapped on burning ship ({slug})\nsource: {source}"
                                                f"\npublished: {when}\n---\n{text}\n")
    write_site(tmp_path, files)
    build(tmp_path / "config.yaml")
    page = _visible(tmp_path / "output" / "articles" / "print" / "index.html")
    assert f"The original, in this briefing: Sailors trapped on burning ship (agency) ( {name} ," in page, page[:900]
    assert f"re-tells reporting first published by {name} ;" in page, page[:900]
    teller = _visible(tmp_path / "output" / "articles" / "teller0" / "index.html")
    assert "The original, in this briefing: Sailors trapped on burning ship (wire) ( Coast Wire ," in teller
    lines = story_report(check(tmp_path / "config.yaml", BuildOptions.from_environment(drafts=False)).plan)
    credit = [line for line in lines if line.startswith("  credit:")]
    # (since T24, 2026-12-07, the story credits the agency: its report is the earliest and the print re-tells it, the
    # dates dismissing Coast Wire; `check` then has no credit to explain)
    assert all("Daily Sentinel" not in line for line in credit), lines
    story = _visible(tmp_path / "output" / "stories" / "agency" / "index.html")
    assert f"First reported by {name} ," in story, story[:600]


# A plain question headline over an explainer's general answer, and over news (the body tells them apart)
THINGS = (("an oil spill at sea", "a ship spills fuel", "the first bill goes to the shipowner"),
          ("a flooded home", "a river bursts its banks", "the insurer pays for the damage"),
          ("a copper futures contract", "a mine shuts", "the futures price moves first"),
          ("a strike ballot", "a union calls a vote", "members have two weeks to reply"))
EXPLAINER_HEADS = ("Who pays for {thing}?", "What happens after {thing}?", "Why does {thing} cost so much?")
NEWS_LEADS = ("Negotiators met in Doha on Tuesday and agreed to extend the truce by 48 hours, officials said.",
              "DOHA (Coast Wire) — The truce held through the night as envoys prepared a second round of talks.",
              "The ceasefire was broken twice overnight, the army said, as talks resumed in Doha.",
              "When a ceasefire was agreed in Doha on Monday, few expected it to last a week.")
NEWS_HEADS = ("Will the ceasefire hold?", "Who broke the truce?", "What is the Doha ceasefire worth?",
              "Can the talks survive another night?")


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(THINGS), st.sampled_from(EXPLAINER_HEADS), st.booleans())
def test_a_plain_question_answered_in_general_is_for_readers(thing: tuple[str, str, str], head: str,
                                                             defined: bool) -> None:
    """A plain question headline over a first paragraph told of any case ("When a ship spills fuel, …") or giving the
    definition asked for ("What is a strike ballot?" — "A strike ballot is …") is an explainer (guides.for_readers).
    Failed before: a report, grouped with the news it explains (T18: 0.85)."""
    name, case, result = thing
    if defined:
        title, lead = f"What is {name}?", f"{name[0].upper()}{name[1:]} is how the market prices {case.split()[1]}s."
    else:
        title, lead = head.format(thing=name), f"When {case}, {result}. Conventions cap what anyone must pay."
    assert for_readers(f"{lead}\n\nA lawyer said the rules were old.", title), (title, lead)


@pytest.mark.parametrize("title", NEWS_HEADS)
@pytest.mark.parametrize("lead", NEWS_LEADS)
def test_a_question_headline_over_news_is_a_report(title: str, lead: str) -> None:
    """A news headline asked as a question stands over news: a day, a dateline, a reporting verb, "was"."""
    assert not for_readers(f"{lead}\n\nBoth sides blamed each other.", title)


def test_the_reported_inputs() -> None:
    """The trial as built (tests/stories/shipfire/): the explainer "Who pays for an oil spill at sea?" is a story of
    its own and the insurer's three reports one (failed before: it joined the Gazette's report, which lost its story);
    the Economic Courier's prints of Agence Orient Presse's copy re-tell AOP's reports (failed before: Reuters')."""
    truth, grouping = labelled(SHIPFIRE), group(load_site(SHIPFIRE))
    predicted = assignment(grouping)
    pairs = list(itertools.combinations(sorted(truth), 2))
    wrong = [p for p in pairs if predicted[p[0]] == predicted[p[1]] and truth[p[0]] != truth[p[1]]]
    assert wrong == [] and grouping.story_of("courier-explainer").members == ("courier-explainer",)
    assert set(grouping.story_of("gazette-insurer").members) == {"courier-insurer", "reuters-insurer", "gazette-insurer"}
    rescue = grouping.story_of("aop-rescue")
    assert {"herald-live-rescue", "aop-rescue", "courier-rescue", "reuters-rescue", "oceanbrief-rescue"} == set(
        rescue.members), rescue
    fire = grouping.story_of("courier-fire")
    assert ("courier-fire", "Agence Orient Presse", "aop-fire") in fire.retells, fire
    assert ("gulf-fire", "Reuters", "reuters-fire") in fire.retells, fire


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WHO = ("All 22 crew of the Jade Horizon", "The 13 sailors", "Both climbers", "The last four miners")
OUTCOMES = ("were safe", "were alive", "was safe", "were all safe")
AFTER = ("after rescuers plucked them from the burning ship", "after a helicopter lifted them off the bow",
         "after being pulled from the water")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(WHO), st.sampled_from(OUTCOMES), st.sampled_from(AFTER), st.integers(0, 6))
def test_an_outcome_on_a_day_dates_the_news(who: str, outcome: str, after: str, weekday: int) -> None:
    """"were safe on Tuesday after rescuers plucked …" dates its news on Tuesday; a state that lasts ("were in custody",
    "remained safe", "were still missing") dates none. Failed before: "" (a state at the time of writing)."""
    day = WEEKDAYS[weekday]
    assert lead_event_day(f"HANOI (AOP) — {who} {outcome} on {day} {after}.") == f"p{weekday}"
    for lasting in ("were in custody", "remained safe", "were still missing", "stayed alive"):
        assert lead_event_day(f"{who} {lasting} on {day} {after}.") == "", lasting


LIVE = ("06:00 Good morning from Sa Ky port. The rescue ship SAR 412 has been alongside the {ship} since 4 am. "
        "Thirteen crew are still aboard.\n\n07:15 A coast guard helicopter has lifted the first three sailors off "
        "the bow of the {ship}.\n\n09:30 Colonel Tran Van Quang of the rescue centre: \"The wind has dropped. We "
        "will have everyone off the {ship} by noon.\"\n\n12:30 The last of the 13 sailors is off the {ship}. All 22 "
        "crew are now safe, the rescue centre says.")
REPORT = ("HANOI (AOP) — All 22 crew of the {ship} {outcome} on {day} after rescuers plucked the last 13 from the "
          "burning container ship off central Vietnam.\n\nA coast guard helicopter and the rescue ship SAR 412 lifted "
          "the sailors from the bow of the {ship}, Colonel Tran Van Quang of the rescue centre said.")


@settings(max_examples=examples(10), deadline=None)
@given(st.sampled_from(("Jade Horizon", "Coral Dawn", "Silver Tern")), st.sampled_from(OUTCOMES[:2]),
       st.integers(1, 5))
def test_a_report_of_the_outcome_joins_the_days_live_blog(ship: str, outcome: str, hours: int) -> None:
    """A live blog of the rescue's day and an agency's report of it, `hours` after the blog's start, saying the crew
    "were safe on <that day>": one story. Failed before: held apart, "the other dates no news"."""
    start = dt.datetime(2026, 11, 17, 6, 0, tzinfo=UTC)  # a Tuesday
    texts = {"live": (f"Live: {ship} rescue — last sailors lifted off", LIVE.format(ship=ship), 0.0),
             "report": (f"All 22 sailors rescued from burning {ship}",
                        REPORT.format(ship=ship, outcome=outcome, day="Tuesday"), float(hours))}
    articles = tuple(factories.report(slug, start + dt.timedelta(hours=h), title=title)
                     for slug, (title, _, h) in texts.items())
    found = {slug: story_features(title, text) for slug, (title, text, _) in texts.items()}
    grouping = group_stories(articles, found, factories.config())
    assert set(grouping.story_of("live").members) == {"live", "report"}, grouping


def test_a_plain_question_explainer_is_never_suggested_as_one_story() -> None:
    """The trial's explainer, held apart from the fishermen's feature and the opinion piece as a piece for readers
    (0.45 capped), is suggested with neither: its headline names it, as "Explainer:" would (guides.question_headline,
    stories._links). Failed before: two suggestions the editor would have to refuse."""
    grouping = group(load_site(SHIPFIRE))
    explainer = grouping.story_of("courier-explainer").id
    assert [s for s in grouping.suggestions if explainer in (s.story, s.join)] == []


@pytest.mark.parametrize(("trial", "party"), [("shipfire", "Al Noor Maritime"), ("copper", "Minera Atacama Norte")])
def test_a_partys_statement_is_no_other_report_in_the_listings(tmp_path: Path, trial: str, party: str) -> None:
    """A story card in the editions and the front page names a party's own statement apart ("A statement by a party to
    the news: Al Noor Maritime"), never among "Also reported by" (docs/stories.md: a statement is no report). Failed
    before: "Also reported by Al Noor Maritime, OceanBrief AI (AI-assisted), Gulf Chronicle"."""
    import shutil
    shutil.copytree(SHIPFIRE.parent / trial, tmp_path / trial)
    build(tmp_path / trial / "config.yaml")
    pages = [tmp_path / trial / "output" / "index.html", *(tmp_path / trial / "output" / "editions").glob("*/index.html")]
    lines = [line for page in pages for line in re.split(r"(?=<p )", page.read_text(encoding="utf-8"))]
    assert not [line for line in lines if "Also reported by" in line and party in line]
    assert any("by a party to the news:" in line and party in line for line in lines)
