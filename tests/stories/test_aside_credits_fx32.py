"""T21's wrong credit (finding 1; FX32, 2026-12-07): one later quotation given to an interview with an outlet credits
the outlet with those words, not with the article's news (asidecredits.py, storyfeatures.story_features).

The trial (/tmp/t21) had the Daily Taifa's own report of a parliamentary committee hearing end "Mr Rotich later told
the BBC's Focus on Africa that no customer would lose money." The BBC, with no report in the briefing, became the
story's credited outlet: the Daily Taifa's page said "This article re-tells reporting first published by BBC", and the
story's first report, PAPS's, was hedged "First reported here". A re-telling names its source in its lead ("… told
the Seoul Daily Herald that …" as its second sentence): that credit stands.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.asidecredits import LEAD_SENTENCES, news_credits
from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.storyfeatures import story_features
from stories.storyeval import group, load_site

SITE_OUTLETS = ("Pan-African Press Service (PAPS)", "Reuters", "Daily Taifa", "Coast Record")
# An outlet as an interview credit names it (a programme after it is the outlet's), and the outlet's canonical name.
OUTLETS = (("the BBC's Focus on Africa", "BBC"), ("the BBC", "BBC"), ("BBC Radio 4's Today programme", "BBC"),
           ("CNN's State of the Union", "CNN"), ("NPR's Morning Edition", "NPR"), ("NPR", "NPR"),
           ("CBS's Face the Nation", "CBS News"), ("NBC's Meet the Press", "NBC News"), ("Reuters", "Reuters"),
           ("the Coast Record", "Coast Record"), ("The Guardian", "The Guardian"))
# Interview frames: {who} speaks, {outlet} is credited, the words follow.
FRAMES = ("{who} later told {outlet} that no customer would lose money.",
          "{who} told {outlet} that no customer would lose money.",
          "{who} said in an interview with {outlet} that no customer would lose money.",
          "Speaking to {outlet} on Saturday, {who} said no customer would lose money.",
          "\u201cNo customer will lose money,\u201d {who} told {outlet}.",
          "{who} also spoke to {outlet}, saying no customer would lose money.")
LEADS = ("ChapaPesa chief executive Kipchumba Rotich apologised on Friday to Parliament's finance committee for the "
         "outage, and admitted that the backup ledger was on the same network as the main one.",
         "The head of a Kenyan mobile-money platform told MPs on Friday that its backup had not been isolated.")
OWN = ("\u201cThat was our mistake, and I take responsibility for it,\u201d Mr Rotich told MPs.",
       "\u201cWe have now separated them.\u201d",
       "Committee chairperson Gladys Chepkemoi said the committee would summon the governor next week.",
       "\u201cWe want to know who was checking,\u201d she told the committee.")
WHO = ("Mr Rotich", "Kipchumba Rotich", "The company's chief executive")


def _credited(text: str) -> tuple[str, ...]:
    return story_features("ChapaPesa boss grilled by MPs", text, credit_finder(SITE_OUTLETS)).credits


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(LEADS), st.integers(LEAD_SENTENCES - 1, len(OWN)), st.sampled_from(FRAMES),
       st.sampled_from(OUTLETS), st.sampled_from(WHO), st.booleans())
def test_an_interview_credit_after_the_lead_credits_no_news(lead: str, own: int, frame: str,
                                                              outlet: tuple[str, str], who: str, paragraphs: bool) -> None:
    """Leads x the article's own sentences before it (enough to put it after the first LEAD_SENTENCES) x interview
    frames x outlets (programmes among them) x speakers x paragraphing: the outlet is read as credited (credits.py)
    but is no credit of the article's news; the same sentence right after the lead is (a re-telling's credit)."""
    written, name = outlet
    aside = frame.format(who=who, outlet=written)
    aside = aside[0].upper() + aside[1:]
    joiner = "\n\n" if paragraphs else " "
    text = joiner.join((lead, *OWN[:own], aside))
    assert name in {c.outlet for c in detect_credits(text, credit_finder(SITE_OUTLETS))}, text
    assert name not in _credited(text), text
    early = joiner.join((lead, aside, *OWN[:own]))
    assert name in _credited(early), early


@given(st.sampled_from(OUTLETS[:3] + OUTLETS[8:]))
def test_what_keeps_a_late_interview_credit(outlet: tuple[str, str]) -> None:
    """The outlet credited in the lead besides (every credit of it stands), twice late, or the remarks said to be made
    in that interview ("the news is the interview's"): credited."""
    written, name = outlet
    own = " ".join(OWN)
    for text in (f"{LEADS[1]} The hearing followed a report by {written}. {own} Mr Rotich later told {written} that "
                 "no customer would lose money.",
                 f"{LEADS[1]} {own} Mr Rotich made the remarks in an interview with {written} on Saturday."):
        assert name in _credited(text), text


def test_news_credits_keeps_order_and_others() -> None:
    """Pure: the credits of other outlets and their order stay, only the aside's outlet goes."""
    finder = credit_finder(SITE_OUTLETS)
    text = (f"Kenya's central bank fined ChapaPesa on Wednesday, PAPS reported. {' '.join(OWN)} "
            "Mr Rotich later told the BBC that no customer would lose money, according to Reuters.")
    found = detect_credits(text, finder)
    assert [c.outlet for c in found] == ["Pan-African Press Service (PAPS)", "BBC", "Reuters"]
    assert [c.outlet for c in news_credits(text, found)] == ["Pan-African Press Service (PAPS)", "Reuters"]


FRIDAY, SATURDAY = "2026-11-20", "2026-11-21"
# T21's committee story (S6): PAPS first, Reuters and the Daily Taifa independent; the Taifa's last sentence the aside.
ARTICLES = {
    "paps-mps": ("Pan-African Press Service (PAPS)", f"{FRIDAY}T15:30:00+03:00",
                 "ChapaPesa chief admits backup flaw before Kenyan MPs",
                 "NAIROBI (PAPS) — The head of Kenyan mobile-money platform ChapaPesa told a parliamentary committee on "
                 "Friday that the firm's backup ledger was on the same network as its main system, which allowed "
                 "attackers to lock both.\n\n\"That was our mistake,\" Kipchumba Rotich told the committee."),
    "reuters-mps": ("Reuters", f"{FRIDAY}T16:20:00+03:00", "ChapaPesa CEO tells Kenyan lawmakers backup was not isolated",
                    "NAIROBI, Nov 20 (Reuters) - The chief executive of ChapaPesa told Kenyan lawmakers on Friday that "
                    "the mobile-money firm's backup systems had not been isolated from its main network, allowing "
                    "hackers to lock both.\n\n\"We did not separate them. We should have,\" Kipchumba Rotich told the "
                    "committee."),
    "taifa-mps": ("Daily Taifa", f"{SATURDAY}T06:00:00+03:00", "ChapaPesa boss grilled by MPs over outage",
                  f"{LEADS[0].replace('on Friday', 'yesterday')}\n\n{OWN[0]} {OWN[1]}\n\n{OWN[2]} {OWN[3]} Mr Rotich "
                  "later told the BBC\u2019s Focus on Africa that no customer would lose money."),
}


def _site(root: Path) -> Path:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: Mobile Money Briefing\nbase_url: https://example.org/\nlanguage: en\n"
                                      "timezone: Africa/Nairobi\nsources:\n"
                                      + "".join(f"  - name: {s}\n    url: https://{i}.example\n"
                                                for i, s in enumerate(SITE_OUTLETS[:3])), encoding="utf-8")
    for slug, (source, published, title, body) in ARTICLES.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    return root


def test_the_committee_story_has_three_independent_reports(tmp_path: Path) -> None:
    """The trial's shape: one story, PAPS's report first, the Daily Taifa's independent and no outlet credited (it
    was a re-telling of the BBC, the BBC the story's original, before)."""
    grouping = group(load_site(_site(tmp_path)))
    story = grouping.story_of("taifa-mps")
    assert set(story.members) == set(ARTICLES)
    assert story.members[0] == "paps-mps" and story.original == "" and story.retells == ()
    assert dict(story.roles) == dict.fromkeys(ARTICLES, "independent")
