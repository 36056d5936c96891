"""An image is a tracking pixel because it shows nothing, not because its address carries a link tracker.

A tester, 2026-12-05 (T10 finding 1): The Harbour Ledger's `<figure><img src="…/img/memo.jpg?utm_source=rss"
alt="First page of the memo"><figcaption>…</figcaption></figure>` (no size) was deleted as a "tracking image" —
boilerplate.py took any `[?&]utm_` for a pixel before looking at a size — leaving a figure with only its caption, and
fetch said nothing. Now: a tracking pixel is an image that shows nothing (at most 1×1 or 0, hidden, off-screen), one
from a known tracking host, or one at a beacon path (`/pixel.gif`, `/open.gif`, `/beacon` …) that nobody framed for
readers (no size that shows, no alt text, no caption, no `<picture>` sources). A tracker parameter on a real image is
stripped from its address (links.canonical) and the image kept, and every image the boilerplate pass removes is named:
in `fetch -v`, and in the feed's warning when it was taken for a beacon by its address alone.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.importer.boilerplate import clean_body
from support.examples import examples
from support.importing import articles, config_text, fetch, rss
from support.sites import write_site

def _img(src: str, attributes: str) -> str:
    return f'<img src="{src}"{attributes}>'


TRACKERS = st.sampled_from(["utm_source=rss", "utm_medium=feed", "utm_campaign=x", "UTM_Source=RSS", "fbclid=IwAR0x",
                            "gclid=abc", "mc_cid=9f", "mc_eid=3e", "_hsenc=p2", "mtm_source=n"])
# Path words that are no beacon's: a photo's, a chart's, a scan's file name.
SEGMENT = st.from_regex(r"[a-z][a-z0-9]{2,9}", fullmatch=True).filter(
    lambda w: not any(b in w for b in ("pixel", "beacon", "open", "track", "spacer")))
IMAGE = st.tuples(st.sampled_from(["https://news.example", "https://cdn.example.org", ""]),
                  st.lists(SEGMENT, min_size=1, max_size=3), st.sampled_from([".jpg", ".png", ".webp", ""]),
                  st.lists(TRACKERS, min_size=1, max_size=3), st.booleans()).map(
    lambda t: f"{t[0]}/{'/'.join(t[1])}{t[2]}?" + ("w=640&amp;" if t[4] else "") + "&amp;".join(t[3]))
# How a photo appears in a body: alone, in a paragraph, a link, a captioned figure, a picture with sources.
FRAMES = st.sampled_from([
    "{img}", "<p>{img}</p>", '<p><a href="https://news.example/gallery">{img}</a></p>',
    "<figure>{img}<figcaption>The first page of the memo.</figcaption></figure>", "<figure>{img}</figure>",
    '<picture><source srcset="https://cdn.example.org/a.webp" type="image/webp">{img}</picture>',
    '<div class="photo"><span>{img}</span></div>'])
ALTS = st.sampled_from(['', ' alt=""', ' alt="First page of the memo"'])
SIZES = st.sampled_from(["", ' width="640"', ' width="640" height="427"', ' style="width:100%"'])


@settings(max_examples=examples(120), deadline=None)
@given(src=IMAGE, frame=FRAMES, alt=ALTS, size=SIZES)
@example(src="https://harbourledger.example/img/memo.jpg?utm_source=rss", alt=' alt="First page of the memo"',
         frame="<figure>{img}<figcaption>The first page of the memo.</figcaption></figure>", size="")
def test_an_image_with_a_link_tracker_is_kept(src: str, frame: str, alt: str, size: str) -> None:
    body = f"<p>The memo was leaked.</p>{frame.format(img=_img(src, alt + size))}<p>More.</p>"
    cleaned = clean_body(body, "https://news.example/a")
    assert f'src="{src}"' in cleaned.html, cleaned
    assert cleaned.unseen == cleaned.trackers == cleaned.guessed == ()


TINY = st.sampled_from([' width="1" height="1"', ' width="0"', ' style="display:none"', ' hidden',
                        ' style="max-height:0"', ' height="1px" width="1"', ' style="position:absolute;left:-9999px"'])


@settings(max_examples=examples(60), deadline=None)
@given(src=IMAGE, frame=FRAMES, size=TINY)
def test_an_image_that_shows_nothing_is_removed_and_named(src: str, frame: str, size: str) -> None:
    body = f"<p>The memo was leaked.</p>{frame.format(img=_img(src, size))}"
    cleaned = clean_body(body, "https://news.example/a")
    assert src not in cleaned.html and cleaned.unseen == (src.replace("&amp;", "&"),), cleaned


BEACONS = st.sampled_from(["https://news.example/pixel.gif?u=1", "https://mail.example/wf/open?upn=x",
                           "https://news.example/track/open/abc", "https://news.example/beacon?id=3",
                           "https://news.example/open.gif", "https://news.example/tracking/v.png"])


@settings(max_examples=examples(40), deadline=None)
@given(src=BEACONS, where=st.sampled_from(["{img}", "<p>{img}</p>", '<p><a href="https://x.example/">{img}</a></p>']))
def test_a_bare_beacon_path_is_removed_as_a_guess_and_named(src: str, where: str) -> None:
    cleaned = clean_body("<p>Text.</p>" + where.format(img=_img(src, ' alt=""')), "")
    assert src not in cleaned.html and cleaned.guessed == (src,), cleaned
    assert "<a " not in cleaned.html  # a link that held only the beacon shows nothing either


@settings(max_examples=examples(40), deadline=None)
@given(src=BEACONS, frame=st.sampled_from([
    "<figure>{img}<figcaption>The counter at the gate.</figcaption></figure>", '<p>{img}</p>',
    '<picture><source srcset="https://cdn.example.org/a.webp">{img}</picture>']),
       seen=st.sampled_from([' alt="The tracking station"', ' width="640" height="427"', ""]))
def test_a_beacon_path_meant_to_be_seen_is_kept(src: str, frame: str, seen: str) -> None:
    if frame == "<p>{img}</p>" and not seen:
        seen = ' alt="A chart of the pixel count"'
    cleaned = clean_body(f"<p>Text.</p>{frame.format(img=_img(src, seen))}", "")
    assert f'src="{src}"' in cleaned.html and not cleaned.guessed, cleaned


def test_the_testers_memo_image_is_imported_without_its_tracker_and_removals_are_named(tmp_path: Path) -> None:
    body = ("<p>Calderway Terminals intends to replace manual crews, according to an internal memo.</p>"
            '<figure><img src="https://harbourledger.example/img/memo.jpg?utm_source=rss" alt="First page of the '
            'memo"><figcaption>The first page of the memo.</figcaption></figure>'
            '<p>The memo estimates that 600 jobs would go.</p><img src="https://harbourledger.example/pixel.gif">'
            '<img src="https://harbourledger.example/c.gif?n=1" width="1" height="1">')
    feed = tmp_path / "feed.xml"
    feed.write_text(rss("The Harbour Ledger", [{"title": "Calderway plans to automate four berths", "guid": "m",
                                                "link": "https://harbourledger.example/news/hl-automation-memo",
                                                "date": "Tue, 10 Nov 2026 06:00:00 +0000", "html": body}]))
    root = write_site(tmp_path / "site", {"config.yaml": config_text(str(feed))})
    done = fetch(root, "-v")
    assert done.returncode == 0, done.stderr
    (imported,) = articles(root).values()
    text = imported.read_text(encoding="utf-8")
    assert '<img src="https://harbourledger.example/img/memo.jpg" alt="First page of the memo">' in text, text
    assert "utm_" not in text and "pixel.gif" not in text and "c.gif" not in text
    said = done.stdout + done.stderr
    assert "warning" in said and "https://harbourledger.example/pixel.gif" in said, said  # a guess: warned
    assert "https://harbourledger.example/c.gif?n=1" in said, said  # shows nothing: named by -v
