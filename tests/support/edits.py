"""An editor's actions on a site project, for sequence tests of incremental builds (tests/speed/test_edit_sequences.py).

An action is a plain tuple `(name, i, j)`: `name` one of `ACTIONS`, `i` and `j` small integers
that each action reads as it needs (which file, which value), taken modulo the choices there
are, so that any tuple applies to any state of the site and a shrunk sequence stays meaningful.
`Editor.apply` does the same thing to every copy of a site it is given the same sequence for,
so two copies edited alike hold the same bytes (their stats differ, which is the point).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ARTICLES = "content/articles"
NOTES = "content/notes"

SENTENCES = (
    "Officials in Kyiv said talks would resume next week.",
    "China's envoy Li Hui is to travel to Warsaw, diplomats said.",
    "\"We will not trade territory for a ceasefire,\" Kuleba said.",
    "Avril Haines told senators the war would grind on.",
    "The counteroffensive has liberated three villages near Bakhmut, the army said.",
)
TITLES = ("Talks resume in Geneva", "Beijing's envoy heads west", "Allies split over guarantees",
          "A long call between Xi and Zelensky", "Ceasefire hopes fade")
# Around an edition (ISO week) boundary in Kyiv (Monday 2023-05-01), a month boundary, and the
# ends of the archive: naive times are read in config.yaml's timezone, which an action changes too.
DATES = ("2023-04-30", "2023-05-01", "2023-04-30T23:30:00", "2023-04-30T22:30:00+00:00",
         "2023-05-31T21:30:00Z", "2023-03-01", "2023-06-20", "2023-05-15T00:10:00")
TOPIC_LINES = ("[china-role]", "[counteroffensive]", "[ceasefire-talks, china-role]", None, "[]")
SOURCES = ("Reuters", "Le Monde", "Example Wire", "The Wall Street Journal")
VIAS = ("The Wall Street Journal", "Reuters", None, "Wall Street Journal")
STORY_LINES = ("shared-story", "none", None, "counteroffensive-begins")  # and, by `story_link`, another's slug
TIMEZONES = ("Europe/Kyiv", "UTC", "America/New_York", "Asia/Tokyo")
BASE_URLS = ("https://example.org/briefing/", "https://example.org/", "https://news.example.com/desk/brief/", None)
TEMPLATES = (
    '<div class="masthead"><a href="{{ root }}">{{ site.title }}</a> (A)</div>\n',
    '<div class="masthead"><a href="{{ root }}">{{ site.title|upper }}</a></div>\n',
    '<div class="masthead">{% if %}</div>\n',  # a syntax error: the build fails
)
STATIC = ("static/extra.txt", "static/css/more.css", "static/about.html", "static/feed.xml")  # the last collides
NEW_ARTICLE = ("---\ntitle: {title}\nsource: {source}\npublished: {date}\n---\n{lead}\n\n"
               "Diplomats in Brussels said the talks on security guarantees would go on.\n\n"
               "## What comes next\n\n- A meeting in Geneva.\n- A call with Beijing.\n")
NEW_NOTE = "---\ntitle: {title}\ndate: {date}\nkind: {kind}\narticles: [{slug}]\n---\nWhy it matters: {lead}\n"
KINDS = ("context", "why-it-matters", "what-to-watch", "correction")


@dataclass
class Editor:
    """Applies actions to one copy of a site; `history` holds the inputs as each build saw them."""

    root: Path
    history: list[dict[str, bytes]] = field(default_factory=list)
    drafts: bool = False  # build with --drafts
    base_url: str | None = None  # build with --base-url

    # --- the files ------------------------------------------------------------------

    def inputs(self) -> dict[str, bytes]:
        """Every input file (config, content, templates, static) as relative path → bytes."""
        found = {"config.yaml": (self.root / "config.yaml").read_bytes()}
        for part in ("content", "templates", "static"):
            for path in sorted((self.root / part).rglob("*")):
                if path.is_file():
                    found[path.relative_to(self.root).as_posix()] = path.read_bytes()
        return found

    def remember(self) -> None:
        """Note the inputs as a build is about to read them (for `restore`)."""
        self.history.append(self.inputs())

    def _files(self, folder: str) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in (self.root / folder).glob("*.md"))

    def _pick(self, folder: str, i: int) -> str | None:
        files = self._files(folder)
        return files[i % len(files)] if files else None

    def write(self, rel: str, data: bytes, how: int = 0) -> None:
        """Write a file as editors do: 0 in place, 1 by replacing it (atomic save: a new inode),
        2 in place keeping its modification time (`touch -r`, `cp -p`, an edit within the file
        system's timestamp granularity)."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.stat() if path.exists() else None
        if how == 1:
            temp = path.with_name(f".{path.name}.tmp")
            temp.write_bytes(data)
            os.replace(temp, path)
        else:
            path.write_bytes(data)
        if how == 2 and before is not None:
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    def _edit_text(self, rel: str, change, how: int = 0) -> None:  # type: ignore[no-untyped-def]
        text = (self.root / rel).read_text(encoding="utf-8")
        self.write(rel, change(text).encode(), how)

    # --- front matter ---------------------------------------------------------------

    @staticmethod
    def set_field(text: str, key: str, value: str | None) -> str:
        """`text` with its front-matter line `key:` set to `value` (added after the opening `---`
        when absent), or removed for None."""
        head, sep, body = text[4:].partition("\n---\n")
        lines = [line for line in head.split("\n") if not line.startswith(f"{key}:")]
        if value is not None:
            lines.insert(1, f"{key}: {value}")
        return "---\n" + "\n".join(lines) + sep + body

    def _body(self, rel: str, change, how: int) -> None:  # type: ignore[no-untyped-def]
        def edit(text: str) -> str:
            head, sep, body = text[4:].partition("\n---\n")
            return "---\n" + head + sep + change(body)
        self._edit_text(rel, edit, how)

    # --- the config -----------------------------------------------------------------

    def _config(self, change) -> None:  # type: ignore[no-untyped-def]
        data = yaml.safe_load((self.root / "config.yaml").read_text(encoding="utf-8"))
        change(data)
        self.write("config.yaml", yaml.safe_dump(data, sort_keys=False, allow_unicode=True).encode())

    # --- the actions ----------------------------------------------------------------

    def apply(self, action: tuple[str, int, int]) -> None:
        name, i, j = action
        getattr(self, f"do_{name}")(i, j)

    def do_body_lead(self, i: int, j: int) -> None:
        """A sentence put first in an article's body (the lead: story features read it)."""
        rel = self._pick(ARTICLES, i)
        if rel:
            self._body(rel, lambda body: SENTENCES[j % len(SENTENCES)] + "\n\n" + body, j % 3)

    def do_body_tail(self, i: int, j: int) -> None:
        """A sentence appended (below the first 1,500 characters on most articles)."""
        rel = self._pick(ARTICLES, i)
        if rel:
            self._body(rel, lambda body: body + "\n" + SENTENCES[j % len(SENTENCES)] + "\n", j % 3)

    def do_same_size(self, i: int, j: int) -> None:
        """A letter changed in place, the size and modification time kept (a second edit within
        the timestamp granularity of the first)."""
        rel = self._pick(ARTICLES if j % 2 == 0 else NOTES, i)
        if rel:
            self._body(rel, lambda body: body.replace("a", "e", 1) if "a" in body else body.replace("e", "a", 1), 2)

    def _field(self, folder: str, key: str, values: tuple, i: int, j: int) -> None:
        rel = self._pick(folder, i)
        if rel:
            value = values[j % len(values)]
            self._edit_text(rel, lambda text: self.set_field(text, key, value))

    def do_title(self, i: int, j: int) -> None:
        self._field(ARTICLES, "title", TITLES, i, j)

    def do_published(self, i: int, j: int) -> None:
        self._field(ARTICLES, "published", DATES, i, j)

    def do_topics(self, i: int, j: int) -> None:
        self._field(ARTICLES, "topics", TOPIC_LINES, i, j)

    def do_source(self, i: int, j: int) -> None:
        self._field(ARTICLES, "source", SOURCES, i, j)

    def do_via(self, i: int, j: int) -> None:
        self._field(ARTICLES, "via", VIAS, i, j)

    def do_story(self, i: int, j: int) -> None:
        self._field(ARTICLES, "story", STORY_LINES, i, j)

    def do_story_link(self, i: int, j: int) -> None:
        """`story: <slug>` naming another article (two such actions can make a cycle)."""
        files = self._files(ARTICLES)
        if files:
            other = Path(files[j % len(files)]).stem
            self._edit_text(files[i % len(files)], lambda text: self.set_field(text, "story", other))

    def do_language(self, i: int, j: int) -> None:
        self._field(ARTICLES, "language", ("fr", "en", None, "uk"), i, j)

    def do_draft(self, i: int, j: int) -> None:
        self._field(ARTICLES if j % 3 else NOTES, "draft", ("true", "false", None), i, j // 3)

    def do_add_article(self, i: int, j: int) -> None:
        """A new article, or one that re-tells an existing one (same lead: it joins its story)."""
        rel = f"{ARTICLES}/added-{i % 4}.md"
        files = self._files(ARTICLES)
        if j % 2 and files:
            text = (self.root / files[j % len(files)]).read_text(encoding="utf-8")
            text = self.set_field(self.set_field(text, "source", SOURCES[i % len(SOURCES)]), "slug", None)
        else:
            text = NEW_ARTICLE.format(title=TITLES[i % len(TITLES)], source=SOURCES[j % len(SOURCES)],
                                      date=DATES[(i + j) % len(DATES)], lead=SENTENCES[j % len(SENTENCES)])
        self.write(rel, text.encode())

    def do_add_earlier(self, i: int, j: int) -> None:
        """A re-telling of an article dated the day before it: it joins that article's story, and when
        it is earlier than every member the story's id, its page's address, changes (the old one then
        redirects: site/pages.moved_pages)."""
        rel = self._pick(ARTICLES, i)
        if rel is None:
            return
        text = (self.root / rel).read_text(encoding="utf-8")
        day = re.search(r"^published: *['\"]?(\d{4}-\d{2}-\d{2})", text[:text.find("\n---\n", 4)], re.M)
        if day is not None:
            earlier = (dt.date.fromisoformat(day.group(1)) - dt.timedelta(days=1)).isoformat()
            text = self.set_field(self.set_field(self.set_field(text, "source", SOURCES[j % len(SOURCES)]),
                                                 "slug", None), "published", earlier)
            self.write(f"{ARTICLES}/earlier-{j % 3}.md", text.encode())

    def do_delete(self, i: int, j: int) -> None:
        rel = self._pick(ARTICLES if j % 3 else NOTES, i)
        if rel:
            (self.root / rel).unlink()

    def do_rename(self, i: int, j: int) -> None:
        folder = ARTICLES if j % 3 else NOTES
        rel = self._pick(folder, i)
        if rel:
            (self.root / rel).rename(self.root / folder / f"renamed-{j % 4}.md")

    def do_add_note(self, i: int, j: int) -> None:
        articles = self._files(ARTICLES)
        slug = Path(articles[j % len(articles)]).stem if articles else "missing-article"
        text = NEW_NOTE.format(title=TITLES[i % len(TITLES)], date=DATES[j % len(DATES)][:10],
                               kind=KINDS[j % len(KINDS)], slug=slug, lead=SENTENCES[i % len(SENTENCES)])
        self.write(f"{NOTES}/note-{i % 3}.md", text.encode())

    def do_note_field(self, i: int, j: int) -> None:
        rel = self._pick(NOTES, i)
        if rel:
            key, values = (("date", ("2023-04-30", "2023-05-01", "2023-06-20")), ("kind", KINDS),
                           ("pinned", ("true", "false", None)), ("topics", ("[china-role]", None)))[j % 4]
            value = values[(j // 4) % len(values)]
            self._edit_text(rel, lambda text: self.set_field(text, key, value))

    def do_people(self, i: int, j: int) -> None:
        """An alias added or removed, a `kind:` set or removed, a person added."""
        def change(data: dict) -> None:
            people = data.setdefault("people", [])
            if j % 4 == 3:
                people.append({"name": "Wang Yi", "aliases": ["Foreign Minister Wang"]})
                return
            if not people:
                return
            person = people[i % len(people)]
            if j % 4 == 0:
                person["aliases"] = [*person.get("aliases", []), "Kyiv"]  # an alias that is a place
            elif j % 4 == 1:
                person["aliases"] = person.get("aliases", [])[1:]
            else:
                kind = ("organisation", "other", None)[i % 3]
                if kind is None:
                    person.pop("kind", None)
                else:
                    person["kind"] = kind
        self._config(change)

    def do_settings(self, i: int, j: int) -> None:
        """One of the settings that change many pages: thresholds, listing sizes, timezone, base_url, edition,
        language."""
        def change(data: dict) -> None:
            what = j % 8
            if what == 0:
                data.setdefault("stories", {})["threshold"] = (0.5, 0.2, 0.8, 0.35)[i % 4]
            elif what == 1:
                data.setdefault("listings", {})["page_size"] = (5, 6, 7, 30)[i % 4]
            elif what == 2:
                key = ("feed_items", "digest_editions", "edition_size")[i % 3]
                data.setdefault("listings", {})[key] = (5, 6, 2)[(i // 3) % 3]  # (2: edition_size's is an error)
            elif what == 3:
                data["timezone"] = TIMEZONES[i % len(TIMEZONES)]
            elif what == 4:
                url = BASE_URLS[i % len(BASE_URLS)]
                if url is None:
                    data.pop("base_url", None)
                else:
                    data["base_url"] = url
            elif what == 5:
                data["edition"] = ("weekly", "daily", "monthly")[i % 3]
            elif what == 7:
                data["language"] = ("en", "fr", "uk")[i % 3]
            else:
                data.setdefault("stories", {})["window"] = (14, 3, 60)[i % 3]
        self._config(change)

    def do_break(self, i: int, j: int) -> None:
        """An edit that makes the build fail: a front matter without its title, YAML that does not
        parse, a config key that does not exist."""
        what = j % 3
        if what == 2:
            self._config(lambda data: data.__setitem__("titel", "typo"))
            return
        rel = self._pick(ARTICLES, i)
        if rel:
            self._edit_text(rel, lambda text: self.set_field(text, "title", None) if what == 0
                            else self.set_field(text, "tags", "[unclosed"))

    def do_template(self, i: int, j: int) -> None:
        rel = "templates/partials/masthead.html"
        if j % 4 == 3:
            (self.root / rel).unlink(missing_ok=True)
        else:
            self.write(rel, TEMPLATES[j % 4 % len(TEMPLATES)].encode(), i % 3)

    def do_static(self, i: int, j: int) -> None:
        rel = STATIC[i % len(STATIC)]
        if j % 3 == 2:
            (self.root / rel).unlink(missing_ok=True)
        else:
            data = f"<!doctype html><title>About</title><p>v{j % 3}</p>\n" if rel.endswith(".html") else f"v{j % 3}\n"
            self.write(rel, data.encode(), j % 3)

    def do_touch(self, i: int, j: int) -> None:
        """A file's times set to now, its bytes unchanged."""
        files = sorted(self.inputs())
        os.utime(self.root / files[i % len(files)])

    def do_restore(self, i: int, j: int) -> None:
        """A file put back as a build `1 + j % 3` builds ago saw it (absent then: removed)."""
        if not self.history:
            return
        then = self.history[max(0, len(self.history) - 1 - j % 3)]
        paths = sorted(set(then) | set(self.inputs()))
        rel = paths[i % len(paths)]
        if rel in then:
            self.write(rel, then[rel], i % 3)
        else:
            (self.root / rel).unlink(missing_ok=True)

    def restore_all(self, then: dict[str, bytes], how: int = 0) -> None:
        """Every input put back as in `then` (an `inputs()`): files added since removed."""
        now = self.inputs()
        for rel in sorted(set(then) | set(now)):
            if rel not in then:
                (self.root / rel).unlink()
            elif now.get(rel) != then[rel]:
                self.write(rel, then[rel], how)

    def do_options(self, i: int, j: int) -> None:
        """The next builds with --drafts or without, or with another --base-url."""
        if j % 2:
            self.base_url = (None, "https://mirror.example/brief/", "https://example.org/briefing/")[i % 3]
        else:
            self.drafts = not self.drafts

    def do_restore_all(self, i: int, j: int) -> None:
        """Every input put back as the build before last saw it (edits undone with `git checkout`)."""
        if len(self.history) >= 2:
            self.restore_all(self.history[-2], j % 3)

    def do_edit_and_undo(self, i: int, j: int) -> None:
        """An edit and its undo before the next build (same bytes, other stat)."""
        rel = self._pick(ARTICLES, i)
        if rel:
            before = (self.root / rel).read_bytes()
            self.do_body_lead(i, j)
            self.write(rel, before, j % 3)


ACTIONS = tuple(sorted(name[3:] for name in vars(Editor) if name.startswith("do_")))
