"""`stories:` in config.yaml: threshold, window and suggest, with errors that name the line."""
from __future__ import annotations

from briefgen.load.config import STORY_SUGGEST, STORY_THRESHOLD, STORY_WINDOW_DAYS, Config, parse_config
from briefgen.load.yamltext import load_mapping

BASE = "title: Briefing\ntopics:\n  - id: china-role\n    title: China's role\n"


def parse(stories: str) -> tuple[Config, list[str]]:
    data, problems = load_mapping(BASE + stories, "config.yaml")
    assert data is not None, problems
    config = parse_config(data, "config.yaml", problems)
    return config, [str(p) for p in problems]


def test_defaults() -> None:
    config, problems = parse("")
    assert problems == []
    assert (config.story_threshold, config.story_window, config.story_suggest) == (
        STORY_THRESHOLD, STORY_WINDOW_DAYS, STORY_SUGGEST) == (0.5, 14.0, 0.1)


def test_every_knob_is_read() -> None:
    config, problems = parse("stories:\n  threshold: 0.6\n  window: 7\n  suggest: 0.2\n")
    assert problems == [] and (config.story_threshold, config.story_window, config.story_suggest) == (0.6, 7.0, 0.2)


def test_errors_name_the_line_and_suggest_the_key() -> None:
    config, problems = parse("stories:\n  treshold: 0.6\n  window: 90\n  suggest: lots\n")
    assert any(p.startswith("config.yaml:6:") and "treshold" in p and "threshold" in p for p in problems), problems
    assert any(p.startswith("config.yaml:7:") and "window" in p for p in problems), problems
    assert any(p.startswith("config.yaml:8:") and "suggest" in p for p in problems), problems
    assert (config.story_window, config.story_suggest) == (STORY_WINDOW_DAYS, STORY_SUGGEST)


def test_stories_must_be_a_mapping() -> None:
    _, problems = parse("stories: 0.5\n")
    assert any(p.startswith("config.yaml:5:") and "mapping" in p for p in problems), problems

