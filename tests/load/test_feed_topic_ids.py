"""A feed's `topics:` naming no topic of config.yaml is an error that names the topics there are, as
an article's does (load/feedconfig.py).

Found in a contract audit (2026-12-03): `feeds: [{url: …, topics: [nope]}]` gave
`config.yaml:20: unknown topic "nope"` and nothing more when no id was close, while an article's
unknown topic lists the ids to choose from.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.config import parse_config
from briefgen.load.yamltext import load_mapping

IDS = st.lists(st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6})?", fullmatch=True), min_size=1, max_size=5,
               unique=True)


def feed_topic_errors(ids: list[str], forced: str) -> list[str]:
    topics = "".join(f'  - id: "{i}"\n    title: T {i}\n' for i in ids)
    text = f"title: T\ntopics:\n{topics}feeds:\n  - url: https://example.org/rss.xml\n    topics: ['{forced}']\n"
    data, problems = load_mapping(text, "config.yaml")
    assert data is not None
    parse_config(data, "config.yaml", problems)
    return [str(p) for p in problems if "unknown topic" in p.message]


@settings(max_examples=examples(100), deadline=None)
@given(IDS, st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True))
@example(["ceasefire-talks", "china-role"], "nope")
def test_an_unknown_feed_topic_names_the_topics_there_are(ids: list[str], forced: str) -> None:
    errors = feed_topic_errors(ids, forced)
    assert len(errors) == (forced not in ids)
    for message in errors:
        assert message.startswith(f'config.yaml:{5 + 2 * len(ids)}: unknown topic "{forced}"'), message
        assert message.endswith(f"; a feed's topics are ids under `topics:` ({', '.join(sorted(ids))})"), message


def test_the_reported_feed() -> None:
    assert feed_topic_errors(["ceasefire-talks", "china-role"], "nope") == [
        "config.yaml:9: unknown topic \"nope\"; a feed's topics are ids under `topics:` (ceasefire-talks, china-role)"]
