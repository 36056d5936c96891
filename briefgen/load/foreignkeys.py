"""Front-matter keys of other static-site generators, and what to write in briefgen instead.

An editor moving a briefing from Hugo, Jekyll, Eleventy or Pelican brings their keys along:
`date:` for an article's date, `categories:` for its subjects, `aliases:`, `lastmod:`, `image:`…
Every unknown key is an error (SPEC.md: unknown keys are reported), but "did you mean" guesses by
spelling alone, and for these it guessed wrong or nothing: `date:` in an article was answered
'(did you mean "draft"?)', `categories:` and `link:` with no hint at all. Here each such key (compared
in lower case, as Pelican writes `Date:`) says what it is called in briefgen, or that briefgen has no
such thing and what to do instead. Sources of the keys: Hugo's front-matter variables (gohugo.io
/content-management/front-matter), Jekyll's (jekyllrb.com/docs/front-matter), Eleventy's data keys
and Pelican's file metadata (docs.getpelican.com, "File metadata").
"""
from __future__ import annotations

import datetime as dt
import re

_SUMMARY = ("an article's summary (front page, listings, feeds, the meta description) is its body's first "
            "paragraph: move this text to the start of the body")
_NO_REDIRECTS = ("briefgen makes no redirects: a page's address is made from its file name (or `slug:`); "
                 "to keep an old address working, set up a redirect on your web server, and remove this key")
_NO_UPDATE_DATE = ("briefgen keeps one date per file and shows no update date: say what changed in the text "
                   "(or in an editor note with `kind: correction`), and remove this key")
_NO_EXPIRY = ("briefgen never unpublishes on a date: delete the file, or set `draft: true`, when it should go")
_NO_IMAGE = ("briefgen shows no image from the front matter: put the image in static/ and show it in the "
             "body (![what it shows](../../photo.jpg) in an article), and remove this key")
_THEME = ("a layout setting of another generator; briefgen orders by date and has one theme "
          "(override its templates in templates/, docs/extending.md): remove this key")
_HIDE = "to leave a file out of the build, write `draft: true`"
_NO_PERMALINK = ("a page's address is made from its file name (or `slug:`), as articles/<slug>/: rename the "
                 "file or set `slug:`, and remove this key")

_ARTICLE_DATE = "an article's date is `published:` (published: 2023-04-28, or 2023-04-28T10:00:00+02:00)"
_ARTICLE_SUBJECTS = ("an article's subjects are `topics:` (topic ids defined in config.yaml) and free words "
                     "are `tags:`")
_ARTICLE_ORIGINAL = "the address of the original report is `url:`"

_AUTHORS = "the writers are `author:` (a name, or a list [Jane Doe, John Roe])"
_NOT_LISTED = ("briefgen lists every published file in its listings, feeds and search (Hugo's `build:`, Zola's "
               "`render:`, Eleventy's `eleventyExcludeFromCollections`); to leave one out entirely, write "
               "`draft: true`, and remove this key")
_CUSTOM = ("custom values (Hugo's `params:`, Zola's `[extra]`, Eleventy's computed data) are not read: move a "
           "key briefgen knows (such as `source:` or `author:`) up to the top level, and remove this key")
_NO_TEMPLATING = ("briefgen reads every body as Markdown and runs no template language in it: remove this key "
                  "(and write what any template code stood for as text)")
_NO_TRANSLATIONS = ("briefgen links no translations: publish each language's version as a file of its own, with "
                    "`language:` when it is not the briefing's, and remove this key")

# Keys meaning the same in an article and a note.
_SHARED: dict[str, str] = {
    **dict.fromkeys(("lastmod", "modified", "updated", "updated_at", "last_modified", "last_modified_at",
                     "date_modified", "datemodified"), _NO_UPDATE_DATE),
    **dict.fromkeys(("expirydate", "expiry_date", "expires", "expiration"), _NO_EXPIRY),
    **dict.fromkeys(("aliases", "redirect_from", "redirect_to"), _NO_REDIRECTS),
    **dict.fromkeys(("permalink", "permalinks", "url_path", "save_as", "path"), _NO_PERMALINK),
    **dict.fromkeys(("build", "_build", "render", "in_search_index", "eleventyexcludefromcollections",
                     "outputs"), _NOT_LISTED),
    **dict.fromkeys(("params", "extra", "eleventycomputed"), _CUSTOM),
    **dict.fromkeys(("templateengineoverride", "markup"), _NO_TEMPLATING),
    **dict.fromkeys(("translationkey", "translation", "translations", "translation_of"), _NO_TRANSLATIONS),
    "linktitle": "briefgen shows the one `title:` everywhere (Hugo's `linkTitle` is for menus): remove this key",
    **dict.fromkeys(("image", "images", "cover", "featured_image", "featuredimage", "feature_image", "thumbnail",
                     "banner", "header", "og_image", "resources"), _NO_IMAGE),
    **dict.fromkeys(("weight", "layout", "template", "toc", "comments", "menu", "sitemap", "cascade",
                     "eleventynavigation", "pagination"), _THEME),
    **dict.fromkeys(("unlisted", "hidden", "private", "headless"), _HIDE),
    **dict.fromkeys(("authors", "byline", "creator", "writer"), _AUTHORS),
    "status": f"{_HIDE} (Pelican's `status: draft`); a published file needs no status: remove this key",
}

ARTICLE_MEANT: dict[str, str] = {
    **_SHARED,
    "type": _THEME,
    **dict.fromkeys(("summary", "description", "excerpt", "excerpt_separator", "abstract", "lead", "teaser",
                     "dek"), _SUMMARY),
    "taxonomies": ("Zola's `[taxonomies]` are two keys here: its tags are `tags:` and its categories are "
                   "`topics:` (topic ids defined in config.yaml), each at the top level"),
    **dict.fromkeys(("date", "pubdate", "publishdate", "publish_date", "published_at", "created", "created_at",
                     "datetime"), _ARTICLE_DATE),
    **dict.fromkeys(("categories", "category", "keywords", "section", "series", "subject", "subjects"),
                    _ARTICLE_SUBJECTS),
    **dict.fromkeys(("link", "links", "external_url", "externallink", "source_url", "original_url", "original",
                     "canonical", "canonical_url", "canonicalurl"), _ARTICLE_ORIGINAL),
    **dict.fromkeys(("publisher", "outlet", "site", "source_name", "newspaper", "sources", "outlets"),
                    "the outlet is `source:`, one name (source: Baltic Wire)"),
    **dict.fromkeys(("kind", "articles", "pinned"),
                    "an editor note's key (notes are read in content/notes/): if this file is a note, move it there; "
                    "otherwise remove this key"),
    **dict.fromkeys(("lang", "locale"), "the language it is written in is `language:` (a tag like ja or pt-BR)"),
}

_NOTE_DATE = "a note's date is `date:` (date: 2023-04-28, or 2023-04-28T10:00:00+02:00)"
_NOTE_SUBJECTS = ("a note is attached with `topics:` (topic ids defined in config.yaml) and/or `articles:` "
                  "(article slugs); notes have no tags or categories")

NOTE_MEANT: dict[str, str] = {
    **_SHARED,
    **dict.fromkeys(("published", "pubdate", "publishdate", "publish_date", "published_at", "created",
                     "created_at", "datetime"), _NOTE_DATE),
    **dict.fromkeys(("summary", "description", "excerpt", "excerpt_separator", "abstract", "lead", "teaser"),
                    "a note shows its whole body: move this text into the body"),
    **dict.fromkeys(("tags", "categories", "category", "keywords", "section", "series", "subject", "subjects",
                     "taxonomies"),
                    _NOTE_SUBJECTS),
    **dict.fromkeys(("link", "links", "url", "original"),
                    "a note names the articles it is about with `articles:` (their slugs); other addresses "
                    "are links in the body"),
    # An article's keys, written in a note (`source: Example Wire` was told about addresses and slugs).
    **dict.fromkeys(("source", "via"),
                    "a note is the editors' own writing and credits no outlet: name the outlet in the body, or "
                    "attach the note to that outlet's article with `articles:` (its slug), and remove this key"),
    "type": "a note's kind is `kind:` (context, why-it-matters, what-to-watch or correction)",
    **dict.fromkeys(("lang", "locale"), "the language it is written in is `language:` (a tag like ja or pt-BR)"),
    **dict.fromkeys(("sticky", "pin", "featured"), "to keep a note on the front page, write `pinned: true`"),
}

_DATED = re.compile(r"(\d{4}-\d{2}-\d{2})-([a-z0-9][a-z0-9-]*)")


def dated_name(stem: str, key: str, folder: str, has_slug: bool) -> str:
    """The end of the "missing required key" error of `key` (`published`, a note's `date`) in a file
    whose name starts with a real date, as Jekyll names posts (`_posts/2023-04-28-kyiv-responds.md`,
    the date read from the name): "; the date in the file name is not read: write `published: 2023-04-28`
    …", and how to take the date out of the address; "" for any other `stem` (the file name without .md).
    A trial's Jekyll posts got only 'missing required key "published"', which did not say that the date
    they carried was not read. briefgen does not read it (one place for a date, which `slug:` or a rename
    would otherwise lose); it says what to write."""
    found = _DATED.fullmatch(stem)
    if found is None:
        return ""
    try:
        dt.date.fromisoformat(found[1])
    except ValueError:  # 2023-13-01-x: not a date; the missing key's error is enough
        return ""
    address = "" if has_slug else (
        f" (its address is still articles/{stem}/ from the whole name: for {folder}/{found[2]}/, rename the file "
        f"{found[2]}.md or set `slug: {found[2]}`)" if folder == "articles" else "")
    return f"; the date in the file name (as Jekyll names posts) is not read: write `{key}: {found[1]}`{address}"


def jekyll_draft(path: str, has_draft_key: bool) -> str | None:
    """The error for a content file at `path` in a folder named `_drafts` (Jekyll keeps unpublished posts
    there) that does not say `draft:`, else None. A trial copying a Jekyll site's `_drafts/` into
    content/articles/ published its drafts without a word; briefgen decides by `draft:` alone (SPEC.md),
    so the file is to say which it is."""
    if has_draft_key or "/_drafts/" not in path:
        return None
    return ("this file is in a `_drafts/` folder, where Jekyll keeps drafts, but briefgen publishes a file unless "
            "it says `draft: true`: write `draft: true` to keep it a draft, or `draft: false` to publish it")


# Keys above that are a required key written under another tool's name: its error names the key, and
# no second error says that the key is missing (load.fields.Fields.missing).
_DATES = ("date", "pubdate", "publishdate", "publish_date", "published_at", "created", "created_at", "datetime")
ARTICLE_STANDS_FOR: dict[str, str] = {
    **dict.fromkeys(_DATES, "published"),
    **dict.fromkeys(("publisher", "outlet", "site", "source_name", "newspaper", "sources", "outlets"), "source"),
}
NOTE_STANDS_FOR: dict[str, str] = dict.fromkeys(("published", *_DATES[1:]), "date")
assert all(ARTICLE_MEANT[key] == _ARTICLE_DATE for key in _DATES)
assert all(NOTE_MEANT[key] == _NOTE_DATE for key in NOTE_STANDS_FOR)

# config.yaml: the settings of hugo.toml/config.yaml, Jekyll's _config.yml, Pelican's pelicanconf.py
# and MkDocs' mkdocs.yml that a migrating editor copies over (`description:` was answered
# '(did you mean "edition"?)', `baseURL:` and `theme:` with nothing).
_NO_TEMPLATE_SETTING = ("briefgen's theme has no such setting: copy the theme's template into templates/ and "
                        "change it there (docs/extending.md), and remove this key")
CONFIG_MEANT: dict[str, str] = {
    **dict.fromkeys(("baseurl", "url", "site_url", "siteurl", "base", "root_url"),
                    "the address the site is published at is `base_url:` (https://example.org/briefing/)"),
    **dict.fromkeys(("languagecode", "lang", "locale", "default_lang", "defaultcontentlanguage"),
                    "the language of the content is `language:` (a tag like en or pt-BR)"),
    **dict.fromkeys(("time_zone", "tz", "timezone_name"), "the time zone is `timezone:` (an IANA name like "
                                                          "Europe/Kyiv)"),
    **dict.fromkeys(("theme", "themes", "themesdir", "theme_dir", "layouts", "layoutdir"),
                    "briefgen has one built-in theme: to change part of it, copy its file into templates/ "
                    "(docs/extending.md), and remove this key"),
    **dict.fromkeys(("paginate", "pagination", "paginator", "pagesize", "per_page", "default_pagination",
                     "summarylength"), "the number of items on a listing page is `listings:` → `page_size:`"),
    **dict.fromkeys(("permalinks", "permalink", "article_url", "article_save_as", "uglyurls"),
                    "briefgen's addresses are fixed (articles/<slug>/, topics/<id>/ …): remove this key"),
    **dict.fromkeys(("taxonomies", "categories", "category", "tags", "sections"),
                    "the briefing's subjects are `topics:` (a list of id, title and keywords)"),
    **dict.fromkeys(("author", "authors", "params", "description", "tagline", "subtitle", "copyright",
                     "social", "menu", "menus", "logo", "googleanalytics", "disqusshortname", "analytics"),
                    _NO_TEMPLATE_SETTING),
    **dict.fromkeys(("exclude", "include", "ignorefiles", "contentdir", "destination", "publishdir",
                     "output_path", "path"),
                    "briefgen reads content/ and writes output/ (`briefgen build --output DIR` for another "
                    "folder); to keep a file out of the build, start its name with a dot: remove this key"),
    **dict.fromkeys(("markup", "markdown_extensions", "markdown_ext", "kramdown"),
                    "more Markdown extensions are `markdown:` → `extensions:` (docs/extending.md)"),
    **dict.fromkeys(("rss", "outputs", "feed_all_atom", "feed_rss"),
                    "briefgen always writes feed.xml and a feed per topic; the feeds it imports are `feeds:`"),
}
