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

# Keys meaning the same in an article and a note.
_SHARED: dict[str, str] = {
    **dict.fromkeys(("lastmod", "modified", "updated", "updated_at", "last_modified", "last_modified_at",
                     "date_modified", "datemodified"), _NO_UPDATE_DATE),
    **dict.fromkeys(("expirydate", "expiry_date", "expires", "expiration"), _NO_EXPIRY),
    **dict.fromkeys(("aliases", "redirect_from", "redirect_to"), _NO_REDIRECTS),
    **dict.fromkeys(("permalink", "permalinks", "url_path"), _NO_PERMALINK),
    **dict.fromkeys(("image", "images", "cover", "featured_image", "featuredimage", "feature_image", "thumbnail",
                     "banner", "header", "og_image"), _NO_IMAGE),
    **dict.fromkeys(("weight", "layout", "template", "toc", "comments", "menu", "sitemap",
                     "eleventynavigation", "pagination"), _THEME),
    **dict.fromkeys(("unlisted", "hidden", "private", "headless"), _HIDE),
    **dict.fromkeys(("authors", "byline", "creator", "writer"), _AUTHORS),
    "status": f"{_HIDE} (Pelican's `status: draft`); a published file needs no status: remove this key",
}

ARTICLE_MEANT: dict[str, str] = {
    **_SHARED,
    "type": _THEME,
    **dict.fromkeys(("summary", "description", "excerpt", "abstract", "lead", "teaser", "dek"), _SUMMARY),
    **dict.fromkeys(("date", "pubdate", "publishdate", "publish_date", "published_at", "created", "created_at",
                     "datetime"), _ARTICLE_DATE),
    **dict.fromkeys(("categories", "category", "keywords", "section", "series", "subject", "subjects"),
                    _ARTICLE_SUBJECTS),
    **dict.fromkeys(("link", "links", "external_url", "externallink", "source_url", "original_url", "original",
                     "canonical", "canonical_url", "canonicalurl"), _ARTICLE_ORIGINAL),
    **dict.fromkeys(("publisher", "outlet", "site", "source_name", "newspaper"), "the outlet is `source:`"),
    **dict.fromkeys(("lang", "locale"), "the language it is written in is `language:` (a tag like ja or pt-BR)"),
}

_NOTE_DATE = "a note's date is `date:` (date: 2023-04-28, or 2023-04-28T10:00:00+02:00)"
_NOTE_SUBJECTS = ("a note is attached with `topics:` (topic ids defined in config.yaml) and/or `articles:` "
                  "(article slugs); notes have no tags or categories")

NOTE_MEANT: dict[str, str] = {
    **_SHARED,
    **dict.fromkeys(("published", "pubdate", "publishdate", "publish_date", "published_at", "created",
                     "created_at", "datetime"), _NOTE_DATE),
    **dict.fromkeys(("summary", "description", "excerpt", "abstract", "lead", "teaser"),
                    "a note shows its whole body: move this text into the body"),
    **dict.fromkeys(("tags", "categories", "category", "keywords", "section", "series", "subject", "subjects"),
                    _NOTE_SUBJECTS),
    **dict.fromkeys(("link", "links", "url", "source", "original"),
                    "a note names the articles it is about with `articles:` (their slugs); other addresses "
                    "are links in the body"),
    "type": "a note's kind is `kind:` (context, why-it-matters, what-to-watch or correction)",
    **dict.fromkeys(("sticky", "pin", "featured"), "to keep a note on the front page, write `pinned: true`"),
}
