"""A Kenyan mobile-money briefing of three reports of one outage (FX42, after a tester's T21): a live blog as the
lead ("LIVE: …"), a wire's report with an editor's aside at its start and its end, a re-telling `via:` the first.
Used by tests/site/test_story_pages_fx42.py and tests/test_browser_story_asides.py."""
from __future__ import annotations

CONFIG = """\
title: Kenya Money Briefing
base_url: https://example.org/kenya/
timezone: Africa/Nairobi
topics:
  - id: mobile-money
    title: Mobile money
    keywords: [mobile money, KoboCash, outage, agents]
"""


def _article(title: str, source: str, published: str, body: str, via: str = "") -> str:
    return (f"---\ntitle: \"{title}\"\nsource: {source}\npublished: {published}\nstory: kobocash-outage\n"
            + (f"via: {via}\n" if via else "") + f"topics: [mobile-money]\n---\n{body}")


SITE = {
    "config.yaml": CONFIG,
    "content/articles/taifa-live-outage.md": _article(
        "LIVE: Mobile-money outage enters second day", "Daily Taifa", "2026-05-12T07:30:00+03:00",
        "KoboCash customers across Kenya could not send or receive money for a second day on Tuesday after a "
        "system failure at the operator's Nairobi data centre.\n\n"
        "The company said engineers were working to restore the service and that no customer balances were lost.\n\n"
        "Matatu drivers in Kisumu said they had turned to cash as passengers were unable to pay fares.\n"),
    "content/articles/paps-outage-agents.md": _article(
        "KoboCash outage leaves agents without float", "Pan-African Press Service", "2026-05-12T10:15:00+03:00",
        "[Editor: the figures below were corrected on 12 May.]\n\n"
        "KoboCash customers across Kenya could not send or receive money for a second day on Tuesday after a "
        "system failure at the operator's Nairobi data centre.\n\n"
        "About 41,000 agents in Mombasa and Nakuru said they had run out of float by mid-morning.\n\n"
        "Editor's note: An earlier version of this article misstated the number of agents affected.\n"),
    "content/articles/reuters-outage-retold.md": _article(
        "Kenya's KoboCash says service partly restored", "Reuters", "2026-05-12T15:40:00+03:00",
        "KoboCash customers across Kenya could not send or receive money for a second day on Tuesday after a "
        "system failure at the operator's Nairobi data centre, the Daily Taifa reported.\n\n"
        "The Central Bank of Kenya said it was monitoring the situation closely.\n", via="Daily Taifa"),
}
