"""T20's wrong merge (finding 1; FX23, 2026-12-06): a day-two report that keeps an act up "for a second day" and adds
a new one dates its news (runningacts.py, eventdays._runs_days).

The trial (a tailings-dam breach on a Monday, /tmp/t20) grouped Reuters' Tuesday report — "Chilean authorities kept
the town of Quebrada Honda evacuated for a second day on Tuesday and widened the search for three Peruvian contract
workers …" — with Monday's breach reports at 0.84: its lead's later-day form made it an event of several days, so it
dated no news and nothing capped it. Reuters' own Monday report and the aggregator's re-telling of it were then a
story of their own ("First reported here by Reuters"). The widened search is Tuesday's act: the day is the news'.
An act kept up and nothing new still dates none ("woke up on Tuesday to a second day without university email": the
ransomware set's students' angle is the attack's story), nor does an event's own later day ("entered its second day").
"""
from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.eventdays import lead_days, lead_event_day
from stories.storyeval import assignment, group, load_site

# A later day of an act, the act kept up, a new act of the day, the day as a lead writes it (with its code), and
# the frames a lead opens with.
LATER_DAYS = ("for a second day", "for a third straight day", "for a fourth consecutive day", "for a second day running")
KEPT = ("kept the town of Rio Seco evacuated", "kept the valley road closed", "kept the border crossing shut",
        "kept 400 people in the sports centre")
NEW_ACTS = ("widened the search for three missing workers", "ordered the mine's other dams drained",
            "sent two more rescue teams to the valley", "brought in sniffer dogs from Santiago",
            "began pumping water out of the pit", "extended the evacuation to Alto Verde")
DAYS = (("on Tuesday", "p1"), ("on Thursday", "p3"), ("late on Wednesday", "p2"), ("yesterday", "y"),
        ("on 24 November", "pm11d24"), ("on Nov. 24", "pm11d24"))
FRAMES = ("", "COPIAPO, Chile, Nov 24 (Reuters) - ", "COPIAPÓ (AIP) — ", "SANTIAGO, Nov 24 — ")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(LATER_DAYS), st.sampled_from(KEPT), st.sampled_from(NEW_ACTS), st.sampled_from(DAYS),
       st.sampled_from(FRAMES), st.booleans(), st.sampled_from(("", ", officials said", " after a dam burst")))
def test_a_new_act_beside_one_kept_up_dates_the_news(later: str, kept: str, new: str, day: tuple[str, str],
                                                     frame: str, new_first: bool, tail: str) -> None:
    """Every later-day form of a state kept x states kept x new acts x day forms x frames, the new act after the day:
    the lead's day is read, as it is without the later-day form. The same lead without the new act, or with the new
    act before the state kept (both kept up: FX27), still dates no news (the rule of 2026-12-04 kept)."""
    when, code = day
    lead = f"{frame}Authorities {kept} {later} {when} and {new}{tail}."
    assert lead_days(lead) == (code, False), lead
    assert lead_event_day(f"{frame}Authorities {new} and {kept} {later} {when}{tail}.") == "" or not new_first
    assert lead_event_day(lead.replace(f" {later}", "")) == code, lead  # (the same day with no later-day form)
    assert lead_event_day(f"{frame}Authorities {kept} {later} {when}{tail}.") == ""


@given(st.sampled_from(("Tuesday", "Wednesday", "Friday")))
def test_what_stays_an_event_of_several_days(day: str) -> None:
    """An event's own later day, a state kept up with nothing new, a new act of another subject or clause, a joined
    state: no day, as before (the T20 strike's "entered its second day", the ransomware set's students' angle)."""
    for lead in (f"The indefinite strike at the mine entered its second day on {day} and brought the port to a "
                 "standstill.",
                 f"The strike went on for a second day on {day} and showed no sign of ending.",
                 f"Pickets returned for a third straight day on {day}.",
                 f"Around 600 students woke up on {day} to a second day without university email, after hackers "
                 "attacked the servers on Monday and the university switched off its network.",
                 f"Residents stayed out of the town for a second day on {day}, and the police widened the cordon.",
                 f"Rescuers searched for a second day on {day} while officials, who ordered the dams drained, met.",
                 # (BR27, FX27: an act kept up by its own actors is the event; a statement is no new act)
                 f"Striking dockworkers at the port of Valencia returned to the picket lines for a third straight day "
                 f"on {day} and blocked the entrance to the container terminal.",
                 f"Protesters blocked roads and occupied the main square for a second day on {day}.",
                 f"Markets fell for a second day on {day} and extended the losses of Monday.",
                 f"Nurses picketed hospitals for a third straight day on {day} and urged the minister to return.",
                 f"Protesters rallied outside parliament for a second day on {day} and accused the government.",
                 f"Police kept the square sealed off for a second day on {day} and warned the public to stay away.",
                 "Protesters who first gathered on Sunday blocked roads for a second day and occupied the square.",
                 f"Police searched the lake for a second day on {day} and recovered a body."):
        assert lead_event_day(lead) == "", lead


MONDAY = "2026-11-23"
TUESDAY = "2026-11-24"
# A few of T20's articles, in other words and names: a dam's breach on Monday (the agency's report, the wire's own,
# an aggregator re-telling the wire's) and its second day (the agency's, the wire's "for a second day … and widened").
ARTICLES = {
    "agency-breach": ("Agencia Andina de Noticias (AAN)", f"{MONDAY}T06:10:00-03:00",
                      "Tailings dam wall gives way at Rio Seco copper mine",
                      "CALDERA (AAN) — A wall of the Los Pinos tailings dam at the Monte Gris copper mine gave way "
                      "before dawn on Monday, sending grey mud down the Rio Seco valley, and some 900 residents of "
                      "the town of Rio Seco were evacuated, regional authorities said.\n\n\"The mud reached the first "
                      "houses at four. Nobody goes back tonight,\" said Ximena Araya Lagos, the regional delegate.\n\n"
                      "Ms Araya said two contract workers on the night shift near the dam were missing."),
    "wire-breach": ("Reuters", f"{MONDAY}T07:20:00-03:00", "Copper mine tailings dam fails in Chile, town evacuated",
                    "SANTIAGO, Nov 23 (Reuters) - A tailings dam at a copper mine in Chile's Atacama desert collapsed "
                    "early on Monday, burying a road under mud and forcing the evacuation of a nearby town, officials "
                    "said.\n\n\"We heard a noise like thunder,\" Tomás Ibáñez, 58, who runs a bakery in Rio Seco, "
                    "told Reuters by phone.\n\nRegional emergency chief Hernan Vera said two workers were missing. "
                    "The Monte Gris mine produced about 80,000 tonnes of copper in concentrate last year."),
    "digest-breach": ("MineDigest AI", f"{MONDAY}T09:05:00", "Chilean copper mine dam collapses, town evacuated",
                      "A tailings dam at a copper mine in Chile's Atacama desert collapsed early on Monday, forcing "
                      "the evacuation of a nearby town, according to a report by Reuters.\n\nRegional emergency chief "
                      "Hernan Vera said two workers were missing.\n\nThe Monte Gris mine produced about 80,000 tonnes "
                      "of copper last year."),
    "agency-day2": ("Agencia Andina de Noticias (AAN)", f"{TUESDAY}T09:40:00-03:00",
                    "Rio Seco to stay empty for two more days as geologists check dam",
                    "CALDERA (AAN) — Residents of Rio Seco will not be able to go home for at least two more days "
                    "while geologists inspect what is left of the Los Pinos tailings dam, the regional delegate said "
                    "on Tuesday.\n\n\"When the geologists sign, people go back, not before,\" Ximena Araya Lagos told "
                    "reporters in Caldera. She said 310 people were sleeping in the sports centre."),
    "wire-day2": ("Reuters", f"{TUESDAY}T11:15:00", "Chile keeps town evacuated as search for missing workers goes on",
                  "CALDERA, Chile, Nov 24 (Reuters) - Chilean authorities kept the town of Rio Seco evacuated for a "
                  "second day on Tuesday and widened the search for two contract workers missing since a tailings "
                  "dam collapsed at the Monte Gris copper mine.\n\n\"The priority is to find them,\" Ximena Araya "
                  "Lagos, the government's delegate in the region, told Reuters.\n\nTomas Ibanez, whose bakery was "
                  "flooded, said residents wanted to know when they could go home. \"Nobody tells us anything,\" he "
                  "said."),
}
TRUTH = {"agency-breach": "S1", "wire-breach": "S1", "digest-breach": "S1", "agency-day2": "S2", "wire-day2": "S2"}
SOURCES = ("Agencia Andina de Noticias (AAN)", "Reuters", "MineDigest AI")


def _site(root: Path) -> Path:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: Copper Briefing\nbase_url: https://example.org/\nlanguage: en\n"
                                      "timezone: America/Santiago\nsources:\n"
                                      + "".join(f"  - name: {s}\n    url: https://{i}.example\n"
                                                for i, s in enumerate(SOURCES)), encoding="utf-8")
    for slug, (source, published, title, body) in ARTICLES.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    return root


def test_the_day_two_report_joins_day_two_and_monday_is_one_story(tmp_path: Path) -> None:
    """The trial's shape: Monday's three reports are one story, the agency's first, the aggregator re-telling the
    wire's; the wire's day-two report is day two's. Failed before: the wire's Tuesday report in Monday's story,
    the wire's Monday report and its re-telling a story of their own."""
    grouping = group(load_site(_site(tmp_path)))
    predicted = assignment(grouping)
    pairs = list(itertools.combinations(sorted(TRUTH), 2))
    assert [p for p in pairs if (predicted[p[0]] == predicted[p[1]]) != (TRUTH[p[0]] == TRUTH[p[1]])] == []
    monday = grouping.story_of("wire-breach")
    roles = dict(monday.roles)
    assert monday.members[0] == "agency-breach" and roles["agency-breach"] == "independent"  # (first)
    assert roles["wire-breach"] == "original" and roles["digest-breach"] == "re-report"  # (the one re-told)


def test_a_strikes_third_day_stays_with_its_first(tmp_path: Path) -> None:
    """BR27's p16 (FX27): Monday's walk-out and Wednesday's "returned to the picket lines for a third straight day on
    Wednesday and blocked the entrance …" are one strike's story (0.86; split at 0.45 by the rule's first form)."""
    monday = ("Dockworkers at the port of Valencia walked out on Monday in a dispute over pay, halting container "
              "traffic at Spain's busiest port.\n\n\"We have been patient for two years,\" said Ramon Ferrer, a "
              "spokesman for the Coordinadora union.\n\nThe port authority said 40 ships were waiting to berth.")
    wednesday = ("Striking dockworkers at the port of Valencia returned to the picket lines for a third straight day "
                 "on Wednesday and blocked the entrance to the container terminal.\n\n\"We will not go back until "
                 "the offer improves,\" said Ramon Ferrer, a spokesman for the Coordinadora union.\n\nThe port "
                 "authority said 60 ships were now waiting to berth at Valencia.")
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: Ports\nbase_url: https://example.org/\nlanguage: en\nsources:\n"
                                          "  - name: EFE\n    url: https://efe.example\n"
                                          "  - name: Reuters\n    url: https://r.example\n", encoding="utf-8")
    for slug, source, published, title, body in (
            ("mon-efe", "EFE", "2026-11-23T10:00:00Z", "Valencia dockworkers strike over pay, port halted", monday),
            ("wed-reuters", "Reuters", "2026-11-25T11:00:00Z", "Valencia port strike enters third day", wednesday)):
        (tmp_path / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    predicted = assignment(group(load_site(tmp_path)))
    assert predicted["mon-efe"] == predicted["wed-reuters"]
