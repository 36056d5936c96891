"""Identity, duplicates, links and updates (issue 11 §2, issue 8 §7), over the real CLI and a loopback server."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from support.feedserver import FeedServer, Reply
from support.htmlcheck import validate_html
from support.importing import articles, build_ok, fetch, front, rfc822, rss
from support.sites import run_cli


def test_two_guids_with_one_link_are_two_items(site: Callable[..., Path]) -> None:
    landing = "https://agency.example/advisories"
    feed = rss("Agency", [{"title": "Advisory one", "link": landing, "guid": "urn:adv:1"},
                          {"title": "Advisory two", "link": landing, "guid": "urn:adv:2"}])
    root = site("feeds/a.xml", files={"feeds/a.xml": feed})
    result = fetch(root)
    assert "new=2" in result.stdout, result.stdout
    assert sorted(articles(root)) == ["advisory-one.md", "advisory-two.md"]
    assert {front(p)["guid"] for p in articles(root).values()} == {"urn:adv:1", "urn:adv:2"}
    assert "same=2" in fetch(root, "--force").stdout
    build_ok(root)


def test_a_feed_whose_guids_all_repeat_falls_back_to_links(site: Callable[..., Path]) -> None:
    items = [{"title": f"Story {n}", "link": f"https://cms.example/story-{n}", "guid": "1"} for n in range(5)]
    root = site("feeds/cms.xml", files={"feeds/cms.xml": rss("CMS", items)})
    assert "new=5" in fetch(root).stdout
    assert {front(p)["guid"] for p in articles(root).values()} == {f"https://cms.example/story-{n}"
                                                                  for n in range(5)}
    assert "same=5" in fetch(root, "--force").stdout
    # pinned to guid, the repeated guid is one item
    pinned = site({"url": "feeds/cms.xml", "identity": "guid"}, files={"feeds/cms.xml": rss("CMS", items)})
    assert "new=1" in fetch(pinned).stdout


def test_links_and_dates_both_repeat_falls_back_to_link_and_date(site: Callable[..., Path]) -> None:
    items = [{"title": f"Update {n}", "link": "https://live.example/blog", "guid": "",
              "date": f"Wed, 10 May 2023 0{n}:00:00 +0000"} for n in range(4)]
    root = site("feeds/live.xml", files={"feeds/live.xml": rss("Live", items)})
    assert "new=4" in fetch(root).stdout
    assert sorted(front(p)["guid"] for p in articles(root).values())[0] == "https://live.example/blog#2023-05-10T00:00:00Z"


def test_a_feed_that_re_dates_its_items_changes_nothing(site: Callable[..., Path]) -> None:
    item = {"title": "Talks resume", "link": "https://o.example/talks", "guid": "urn:talks",
            "date": "Wed, 10 May 2023 09:00:00 +0000"}
    root = site("feeds/o.xml", files={"feeds/o.xml": rss("O", [item])})
    fetch(root)
    before = articles(root)["talks-resume.md"].read_bytes()
    (root / "feeds/o.xml").write_text(rss("O", [dict(item, date="Fri, 12 May 2023 18:00:00 +0000")]))
    again = fetch(root)
    assert "new=0 updated=0 same=1" in again.stdout
    assert articles(root)["talks-resume.md"].read_bytes() == before
    assert "changed upstream" not in again.stdout


def test_future_dates_become_the_time_first_seen(site: Callable[..., Path]) -> None:
    soon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=2)
    far = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=30)
    items = [{"title": "Soon", "link": "https://o.example/soon", "guid": "s", "date": rfc822(soon)},
             {"title": "Far", "link": "https://o.example/far", "guid": "f", "date": rfc822(far)}]
    root = site("feeds/o.xml", files={"feeds/o.xml": rss("O", items)})
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    result = fetch(root, "-v")
    assert "dated in the future" in result.stdout
    far_front = front(articles(root)["far.md"])
    assert far_front["date_inferred"] is True and before <= far_front["published"] <= before + dt.timedelta(minutes=1)
    assert front(articles(root)["soon.md"])["published"] == soon.replace(microsecond=0)  # a few minutes is fine


def test_tracking_parameters_are_stripped_from_url_and_body_links(site: Callable[..., Path]) -> None:
    body = ('<p><a href="https://other.example/report?id=7&amp;utm_source=rss&amp;fbclid=abc">report</a> '
            '<a href="https://other.example/plain?b=2&amp;a=1&amp;q=%7Ex">plain</a> '
            '<img src="https://cdn.example/i.jpg?mc_cid=1&amp;w=300" alt="i"></p>')
    items = [{"title": "Tracked", "guid": "t1", "html": body,
              "link": "https://www.outlet.example/news/1?utm_medium=feed&x=1&gclid=9&ref=outlet.example"},
             {"title": "Outbound ref", "guid": "t2", "link": "https://outlet.example/2?ref=partner.example"}]
    root = site("feeds/t.xml", files={"feeds/t.xml": rss("T", items, link="https://www.outlet.example/")})
    fetch(root)
    tracked = articles(root)["tracked.md"]
    assert front(tracked)["url"] == "https://www.outlet.example/news/1?x=1"
    text = tracked.read_text(encoding="utf-8")
    assert 'href="https://other.example/report?id=7"' in text
    assert 'href="https://other.example/plain?b=2&amp;a=1&amp;q=%7Ex"' in text  # byte-identical
    assert 'src="https://cdn.example/i.jpg?w=300"' in text
    assert "utm_" not in text and "fbclid" not in text and "gclid" not in text
    assert front(articles(root)["outbound-ref.md"])["url"] == "https://outlet.example/2?ref=partner.example"


def test_feedburner_origlink_is_preferred(site: Callable[..., Path]) -> None:
    items = [{"title": "Burned", "guid": "b1", "link": "http://feeds.feedburner.example/~r/x/~3/abc/",
              "origlink": "https://outlet.example/real-story?utm_source=feedburner"}]
    root = site("feeds/fb.xml", files={"feeds/fb.xml": rss("FB", items)})
    fetch(root)
    assert front(articles(root)["burned.md"])["url"] == "https://outlet.example/real-story"


def test_the_same_article_in_two_feeds_creates_one_file_and_records_also_in(site: Callable[..., Path]) -> None:
    story = {"title": "WSJ: China weighs role", "date": "Wed, 10 May 2023 09:00:00 +0000"}
    first = rss("Wire One", [dict(story, guid="urn:one:1", link="https://wsj.example/china-role?utm_source=one")])
    second = rss("Wire Two", [dict(story, guid="urn:two:9", link="http://www.wsj.example/china-role/")])
    root = site("feeds/one.xml", "feeds/two.xml", files={"feeds/one.xml": first, "feeds/two.xml": second})
    result = fetch(root, "-v")
    assert "[file] Wire One: new=1" in result.stdout
    assert "[file] Wire Two: new=0 updated=0 same=0 filtered=0 duplicate=1" in result.stdout
    assert "is already in content/articles/wsj-china-weighs-role.md" in result.stdout
    only, = articles(root).values()
    data = front(only)
    assert data["url"] == "https://wsj.example/china-role" and data["also_in"] == ["Wire Two"]
    again = fetch(root, "--force")
    assert "duplicate=1" in again.stdout and front(only)["also_in"] == ["Wire Two"]
    assert run_cli(["check"], root).returncode == 0
    build_ok(root)


def test_relative_links_resolve_against_the_entry_then_the_site_never_the_cdn(
        site: Callable[..., Path], server: FeedServer) -> None:
    body = ('<p>Monitors <img src="/media/x.jpg" alt="x"> and '
            '<a href="2023/05/background">background</a>.</p>')
    items = [{"title": "Monitors deployed", "guid": "m1", "link": "/news/2023/05/monitors", "html": body},
             {"title": "No link here", "guid": "m2", "html": '<p><a href="/about">about</a></p>'}]
    feed = rss("Desk", items, link="https://desk.example.net/news/")
    cdn = server.script("/cdn/desk.xml", Reply(200, feed))
    local = site("feeds/desk.xml", files={"feeds/desk.xml": feed})
    remote = site(cdn)
    for root in (local, remote):
        fetch(root)
        monitors = articles(root)["monitors-deployed.md"]
        assert front(monitors)["url"] == "https://desk.example.net/news/2023/05/monitors"
        text = monitors.read_text(encoding="utf-8")
        assert 'src="https://desk.example.net/media/x.jpg"' in text
        assert 'href="https://desk.example.net/news/2023/05/2023/05/background"' in text
        other = articles(root)["no-link-here.md"]
        assert "url" not in front(other)
        assert 'href="https://desk.example.net/about"' in other.read_text(encoding="utf-8")
        assert "127.0.0.1" not in monitors.read_text(encoding="utf-8")
        build_ok(root)
    pages = [remote / "output/articles/monitors-deployed/index.html"]
    assert validate_html(pages) == []


def test_updated_entries_are_reported_and_applied_only_to_untouched_files(site: Callable[..., Path]) -> None:
    items = [{"title": "Ceasefire talk", "link": "https://o.example/a", "guid": "a", "html": "<p>First.</p>",
              "date": "Wed, 10 May 2023 09:00:00 +0000"},
             {"title": "Edited here", "link": "https://o.example/b", "guid": "b", "html": "<p>First.</p>",
              "date": "Wed, 10 May 2023 09:00:00 +0000"}]
    root = site("feeds/o.xml", files={"feeds/o.xml": rss("O", items)})
    fetch(root)
    untouched, edited = articles(root)["ceasefire-talk.md"], articles(root)["edited-here.md"]
    mine = edited.read_text(encoding="utf-8").replace("First.", "Mine.")
    edited.write_text(mine, encoding="utf-8")
    changed = [dict(i, html="<p>Corrected.</p>", date="Sat, 13 May 2023 09:00:00 +0000") for i in items]
    (root / "feeds/o.xml").write_text(rss("O", changed), encoding="utf-8")

    quiet = fetch(root)
    assert "2 items changed upstream; `briefgen fetch --update`" in quiet.stdout
    assert 'changed upstream: "Ceasefire talk"' not in quiet.stdout
    hint = quiet.stdout.split("(`", 1)[1].split("`", 1)[0].split()  # the command the hint names (a trial: the
    assert hint[:2] == ["briefgen", "fetch"]  # "-v lists them" it gave found the feed unchanged, listed nothing)
    report = fetch(root, *hint[2:])
    assert "updated=2 same=0" in report.stdout  # (each entry counted once)
    assert "2 items changed upstream; `briefgen fetch --update`" in report.stdout and "(listed above)" in report.stdout
    assert 'changed upstream: "Ceasefire talk"' in report.stdout
    assert "First." in untouched.read_text(encoding="utf-8")

    applied = fetch(root, "--update")
    assert applied.returncode == 0, applied.stderr
    assert "1 file rewritten with the new version; 1 edited file got it beside it" in applied.stdout
    data = front(untouched)
    assert "Corrected." in untouched.read_text(encoding="utf-8")
    assert data["published"] == dt.datetime(2023, 5, 10, 9, 0, tzinfo=dt.timezone.utc)  # never changes
    assert edited.read_text(encoding="utf-8") == mine
    beside = edited.with_name("edited-here.md.upstream")
    assert "Corrected." in beside.read_text(encoding="utf-8")
    assert "new version is in content/articles/edited-here.md.upstream" in applied.stderr
    assert "updated=0" in fetch(root, "--force", "--update").stdout  # applied once, not again
    build_ok(root)
