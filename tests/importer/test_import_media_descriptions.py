"""An entry's own text is its body, never the description of a picture in it (media:description)
nor its podcast summary (itunes:summary) — whatever order the feed writes them in; and a summary
with words is kept beside content without any.

feedparser reads both as a second description and makes the second one the entry's content,
so a Mastodon post (its text in <description>, then a picture with alt text) was imported as
the alt text alone, titled with it ("Fire trucks on a road"), and the post's words were lost.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.syndication import parse_syndication
from support.feedserver import FeedServer, Reply
from support.importing import articles, build_ok, esc, fetch, front, not_mojibake
from support.sites import run_cli
from support.examples import examples

NS = ('xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
      'xmlns:content="http://purl.org/rss/1.0/modules/content/"')

MASTODON = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" {NS}><channel><title>Fire Service Greece</title>
<link>https://mastodon.example/@fire</link><description>Public posts</description>
<item><guid isPermaLink="true">https://mastodon.example/@fire/112233</guid>
<link>https://mastodon.example/@fire/112233</link><pubDate>Wed, 22 Jul 2026 15:40:12 +0000</pubDate>
<description>&lt;p&gt;Πυρκαγιά σε εξέλιξη στη Λίμνη Ευβοίας. 68 οχήματα, 12 εναέρια μέσα.&lt;/p&gt;</description>
<media:content url="https://files.mastodon.example/a.jpg" type="image/jpeg" medium="image">
<media:description type="plain">Fire trucks on a road</media:description></media:content>
</item></channel></rss>
"""

PODCAST = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" {NS}><channel><title>The Burn Scar Podcast</title><link>https://burnscar.example</link>
<description>d</description>
<item><title>Ep. 42: The Canadair gap</title><guid isPermaLink="false">burnscar-ep42</guid>
<link>https://burnscar.example/42</link><pubDate>Fri, 24 Jul 2026 05:00:00 GMT</pubDate>
<description>&lt;p&gt;Show notes: &lt;a href="https://burnscar.example/fleet"&gt;the fleet list&lt;/a&gt;.&lt;/p&gt;</description>
<itunes:summary>Why the water bomber fleet is too small.</itunes:summary>
</item></channel></rss>
"""

YOUTUBE = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<title>EU Civil Protection</title><id>yt:channel:UC1</id>
<link rel="alternate" href="https://www.youtube.com/channel/UC1"/>
<entry><id>yt:video:abc</id><title>rescEU planes land</title>
<link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>
<published>2026-07-23T12:00:00+00:00</published>
<media:group><media:title>rescEU planes land</media:title>
<media:description>Four water bombers arrived &lt;in&gt; Elefsina.

Follow us.</media:description></media:group>
</entry></feed>
"""


def test_a_post_keeps_its_text_and_a_podcast_its_show_notes(site: Callable[..., Path],
                                                              server: FeedServer) -> None:
    mastodon = server.script("/fire.rss", Reply(200, MASTODON, {"Content-Type": "application/rss+xml"}))
    podcast = server.script("/pod.rss", Reply(200, PODCAST, {"Content-Type": "application/rss+xml"}))
    youtube = server.script("/yt.atom", Reply(200, YOUTUBE, {"Content-Type": "application/atom+xml"}))
    root = site(mastodon, podcast, youtube)
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    files = articles(root)
    post = next(p for p in files.values() if front(p)["source"] == "Fire Service Greece")
    text = post.read_text(encoding="utf-8")
    assert "Πυρκαγιά σε εξέλιξη στη Λίμνη Ευβοίας. 68 οχήματα" in text
    assert "Fire trucks" not in text and front(post)["title"].startswith("Πυρκαγιά")
    episode = files["ep-42-the-canadair-gap.md"].read_text(encoding="utf-8")
    assert 'Show notes: <a href="https://burnscar.example/fleet"' in episode
    assert "&lt;p&gt;" not in episode
    video = files["resceu-planes-land.md"]
    # a media:description is plain text (MRSS's default): its "<in>" is text, its blank line a paragraph
    assert "<p>Four water bombers arrived &lt;in&gt; Elefsina.</p><p>Follow us.</p>" in video.read_text("utf-8")
    build_ok(root)


_TEXT = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs")), min_size=1, max_size=30) \
    .map(str.strip).filter(bool).filter(not_mojibake)
_ASIDE = st.tuples(st.sampled_from(("media", "group", "itunes")), _TEXT)


def _aside(kind: str, text: str) -> str:
    if kind == "itunes":
        return f"<itunes:summary>aside {esc(text)}</itunes:summary>"
    inner = f'<media:description type="plain">aside {esc(text)}</media:description>'
    return f'<media:content url="https://x.example/a.jpg">{inner}</media:content>' if kind == "media" \
        else f"<media:group>{inner}</media:group>"


@settings(max_examples=examples(150), deadline=None)
@given(body=st.one_of(st.none(), _TEXT), asides=st.lists(_ASIDE, max_size=3), where=st.integers(0, 3))
def test_the_entry_text_wins_over_any_aside_in_any_order(body: str | None, asides: list[tuple[str, str]],
                                                         where: int) -> None:
    """With a <description>, it is the body whatever asides stand before or after it; without,
    the first aside is (a YouTube entry), as plain text."""
    parts = [_aside(kind, text) for kind, text in asides]
    if body is not None:
        parts.insert(min(where, len(parts)), f"<description>&lt;p&gt;own {esc(esc(body))}&lt;/p&gt;</description>")
    feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {NS}><channel><title>T</title>'
            f"<link>https://x.example/</link><item><title>t</title><guid>g1</guid>{''.join(parts)}</item>"
            "</channel></rss>")
    entry, = parse_syndication(feed.encode("utf-8"), "https://x.example/feed", {}).entries
    if body is not None:
        assert entry.body == f"<p>own {esc(body)}</p>" and not entry.body_is_text
    elif asides:
        assert entry.body == f"aside {asides[0][1]}" and entry.body_is_text
    else:
        assert entry.body == ""


# Content without a word — a picture, a video embed that the sanitiser removes — beside a summary with
# words: the summary was lost without a word, and a video post's body was an empty <figure>.
EMBEDS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Ministry Videos</title>
<link>https://ministry.example</link><description>d</description>
<item><title>Minister's briefing on Evia</title><link>https://ministry.example/v/1</link><guid>v1</guid>
<description>Kikilias: 4,000 hectares burned; compensation to start in September.</description>
<content:encoded><![CDATA[<figure class="wp-block-embed"><iframe src="https://www.youtube.com/embed/xyz"></iframe></figure>]]>
</content:encoded></item>
<item><title>Photo: the burned hills</title><link>https://ministry.example/p/2</link><guid>p2</guid>
<description>&lt;p&gt;Aerial view of &lt;em&gt;Rovies&lt;/em&gt;.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p><img src="https://ministry.example/p/2.jpg" alt=""></p>]]></content:encoded></item>
</channel></rss>
"""


def test_a_summary_with_words_beside_content_without_any_is_kept(site: Callable[..., Path],
                                                                  server: FeedServer) -> None:
    url = server.script("/videos.rss", Reply(200, EMBEDS, {"Content-Type": "application/rss+xml"}))
    root = site(url)
    assert fetch(root).returncode == 0
    files = articles(root)
    video = files["ministers-briefing-on-evia.md"].read_text(encoding="utf-8")
    assert "<p>Kikilias: 4,000 hectares burned; compensation to start in September.</p>" in video
    photo = files["photo-the-burned-hills.md"].read_text(encoding="utf-8")
    assert '<p>Aerial view of <em>Rovies</em>.</p><p><img src="https://ministry.example/p/2.jpg" alt=""></p>' in photo
    built = run_cli(["build"], root)
    assert built.returncode == 0 and "nothing of this body shows" not in built.stderr, built.stderr


_WORDLESS = st.lists(st.sampled_from(('<img src="https://x.example/a.jpg" alt="">', "<p></p>", "<p>&#160;</p>",
                                      '<iframe src="https://www.youtube.com/embed/x"></iframe>', "<figure></figure>",
                                      "<br>", "\u200b")), min_size=1, max_size=4).map("".join)


@settings(max_examples=examples(150), deadline=None)
@given(content=st.one_of(_WORDLESS, _TEXT.map(lambda t: f"<p>full {esc(t)}</p>")),
       summary=st.one_of(st.none(), _TEXT), tagged=st.booleans(), first=st.booleans())
def test_the_words_of_an_entry_are_in_its_body(content: str, summary: str | None, tagged: bool, first: bool) -> None:
    """Content with words is the body; content without beside a summary with words: the summary, then the content."""
    parts = [f"<content:encoded>{esc(content)}</content:encoded>"]
    if summary is not None:
        shown = f"<p>{esc(summary)}</p>" if tagged else esc(summary)
        parts.insert(0 if first else 1, f"<description>{esc(shown)}</description>")
    feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {NS}><channel><title>T</title>'
            f"<link>https://x.example/</link><item><title>t</title><guid>g1</guid>{''.join(parts)}</item>"
            "</channel></rss>")
    entry, = parse_syndication(feed.encode("utf-8"), "https://x.example/feed", {}).entries
    if content.startswith("<p>full ") or summary is None:
        assert entry.body == content
    else:
        assert entry.body == f"<p>{esc(summary)}</p>{content}" and not entry.body_is_text


# A podcast episode without a <link>: its <enclosure> (the audio) is its only address, and the
# imported article linked to nothing ("No link to the original was recorded").
EPISODE = PODCAST.replace("<link>https://burnscar.example/42</link>", "").replace(
    "</itunes:summary>", '</itunes:summary><enclosure url="https://cdn.burnscar.example/ep%2042.mp3" '
                         'length="36700000" type="audio/mpeg"/>')


def test_an_episode_without_a_link_links_its_audio(site: Callable[..., Path], server: FeedServer) -> None:
    root = site(server.script("/pod.rss", Reply(200, EPISODE, {"Content-Type": "application/rss+xml"})))
    assert fetch(root).returncode == 0
    episode = articles(root)["ep-42-the-canadair-gap.md"]
    assert "url" not in front(episode)
    assert '<p><a href="https://cdn.burnscar.example/ep%2042.mp3" rel="noopener noreferrer">ep 42.mp3</a></p>' \
        in episode.read_text(encoding="utf-8")
    build_ok(root)
    page = (root / "output/articles/ep-42-the-canadair-gap/index.html").read_text(encoding="utf-8")
    assert 'href="https://cdn.burnscar.example/ep%2042.mp3"' in page


@settings(max_examples=examples(100), deadline=None)
@given(linked=st.booleans(), kinds=st.lists(st.sampled_from(["audio/mpeg", "video/mp4", "image/jpeg"]), max_size=3),
       text=st.one_of(st.none(), _TEXT))
def test_an_entry_without_a_link_keeps_the_address_of_its_audio_and_video(linked: bool, kinds: list[str],
                                                                           text: str | None) -> None:
    enclosures = "".join(f'<enclosure url="https://cdn.x.example/{n}.bin" length="1" type="{kind}"/>'
                         for n, kind in enumerate(kinds))
    item = (("<link>https://x.example/ep</link>" if linked else "")
            + (f"<description>{esc(esc(text))}</description>" if text is not None else "") + enclosures)
    feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {NS}><channel><title>T</title>'
            f"<link>https://x.example/</link><item><title>t</title><guid>g1</guid>{item}</item></channel></rss>")
    entry, = parse_syndication(feed.encode("utf-8"), "https://x.example/feed", {}).entries
    media = [f"https://cdn.x.example/{n}.bin" for n, kind in enumerate(kinds) if not kind.startswith("image/")]
    listed = [f'<p><a href="{href}">{href.rsplit("/", 1)[1]}</a></p>' for href in media]
    if linked or not media:
        assert "cdn.x.example" not in entry.body
    else:
        assert entry.body == (f"<p>{esc(text)}</p>" if text is not None else "") + "".join(listed)
        assert not entry.body_is_text
