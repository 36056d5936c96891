"""Every slug and URL rule of a briefgen site, in one place.

URLs are promises (SPEC.md): a slug that does not follow the rule is an error, never
silently renamed. Site-relative URLs ("articles/x/") are what the model carries;
templates prefix them with the page's relative root so a site works under any path.
Imports nothing else from briefgen, so that loading (config, front matter) and the
importer can check slugs with the same rules the site uses.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from briefgen.load.text import LETTER_FOLD  # (the table slugs, the search and names fold letters by)

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # article, note and story slugs (SPEC.md: content files)
TOPIC_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # config.yaml topics[].id (SPEC.md)
_NOT_IN_URI = re.compile(r'[\x00-\x20\x7f"<>\\^`{|}]')  # ASCII that RFC 3986 allows nowhere in a URI
MAX_IMPORTED_SLUG = 72  # characters; an imported title's slug is cut at a hyphen before this
MAX_NAME_SLUG = 200  # characters of a name's slug: one folder name (file systems stop at 255 bytes)
MAX_SLUG = 255  # characters (ASCII: bytes) of an article's slug or a story id: one folder name, as file systems allow


def is_slug(text: str) -> bool:
    return bool(SLUG.match(text))


def too_long(what: str, slug: str) -> str:
    """The message for a slug, story id or topic id longer than MAX_SLUG: it names a folder of the
    site (articles/<slug>/, stories/<id>/, topics/<id>/) and file systems refuse a name over 255
    bytes. A trial: `story:` with 300 letters failed the build with "cannot write the site (File
    name too long)" and a path in the cache, naming no content file. (A content file's name
    cannot be longer, so only the values written in front matter and config.yaml can.)"""
    return (f'{what} "{slug[:40]}…" is {len(slug)} characters, more than the {MAX_SLUG} a page\'s folder '
            "name may have")


_LETTER_TABLE = str.maketrans(LETTER_FOLD)
# How a language spells its own letters in ASCII, where that is not the letter without its accent (the
# convention German and Danish sites follow, and WordPress's remove_accents for de_* and da_DK): "Brüssel" →
# "bruessel", "für" → "fuer", "zählt" → "zaehlt" (without: "brussel", "fur", "zahlt", another word), "Århus" →
# "aarhus". Only for a new file's name (`title_slug`): the slugs of names (outlets, people) and the search
# fold by LETTER_FOLD alone, in every language, so that no published address moves.
LANGUAGE_FOLD = {"de": {"ä": "ae", "ö": "oe", "ü": "ue"}, "da": {"ø": "oe", "å": "aa"}}


def slugify(name: str, fallback: str = "source") -> str:
    """URL-safe ASCII from a name: lower case, accents dropped, LETTER_FOLD letters spelt in ASCII
    ("Kringvarp Føroya" → "kringvarp-foroya", "Straße" → "strasse"), anything else a hyphen; names
    with no Latin letters get `<fallback>-<hash>` so they stay distinct, and a slug longer than
    MAX_NAME_SLUG is cut and ends in that hash."""
    slug = latin_slug(name)
    if slug and len(slug) <= MAX_NAME_SLUG:
        return slug
    # The same 8 hex digits as the memo's digest(name): blake2b-128 of the UTF-8 name and a NUL.
    tag = hashlib.blake2b(name.encode() + bytes(1), digest_size=16).hexdigest()[:8]
    if slug:  # a 300-letter source name made a folder name the file system refused: the build failed
        return f"{slug[:MAX_NAME_SLUG - 9].rstrip('-')}-{tag}"
    return f"{fallback}-{tag}"


def latin_slug(name: str) -> str:
    """`slugify`'s slug before any hash: lower case, accents dropped, LETTER_FOLD letters spelt in
    ASCII, anything else a hyphen, not cut; "" when no Latin letter or digit is left."""
    folded = name.lower().translate(_LETTER_TABLE)
    ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def written_id(written: str) -> str:
    """The id meant by text written where a slug or story id belongs (`story: Big Story`,
    `story: content/articles/big-story.md`, `story: stories/big-story/`): the last path segment
    without `.md`, lower case, accents dropped, anything else a hyphen, cut to MAX_SLUG; "" when
    no Latin letter or digit is left. Unlike `slugify`, never a hash: it is shown as the fix."""
    stem = written.strip().replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    if stem.lower().endswith(".md"):
        stem = stem[:-3]
    ascii_name = unicodedata.normalize("NFKD", stem.lower().translate(_LETTER_TABLE)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:MAX_SLUG].rstrip("-")


# A possessive or contraction: the apostrophe goes, the word stays whole ("Kestrel's" → "kestrels", "what's"
# → "whats", "don't" → "dont", "auto's" → "autos", as Hugo, WordPress and most news sites write them). A
# straight ' made a hyphen ("kestrel-s-2nd-launch-what-s-next", a new editor's trial) where a typographic ’
# vanished ("kestrels"): one title, two addresses by the key pressed. Now both are read alike: dropped before
# these endings; elsewhere an elision ("l'accord", "dell'Italia", "O'Brien") keeps its hyphen, two words.
_CONTRACTION = re.compile(r"(?<=\w)'(?=(?:s|t|re|ve|ll|d|m)\b)", re.I)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def title_slug(title: str, fallback: str = "article", limit: int = MAX_IMPORTED_SLUG, language: str = "") -> str:
    """A file slug for a new article or note: `slugify(title)`, cut at a hyphen to at most `limit` characters;
    `language` (config.yaml's, a BCP 47 tag) spells its own letters its way first (LANGUAGE_FOLD: `de`). The
    apostrophe of a possessive or contraction is dropped, any other is a hyphen (`_CONTRACTION`)."""
    if "'" in title or "\u2019" in title or "\u02bc" in title:
        title = _CONTRACTION.sub("", title.translate(_APOSTROPHES))
    fold = LANGUAGE_FOLD.get(language.split("-")[0].lower())
    if fold:  # (decomposed first: "u" and a combining diaeresis, as macOS may paste it, is "ü")
        title = unicodedata.normalize("NFC", title).lower().translate(str.maketrans(fold))
    slug = slugify(title, fallback=fallback)
    if len(slug) > limit:
        cut = slug[:limit + 1].rsplit("-", 1)[0]
        slug = (cut if len(cut) >= limit // 2 else slug[:limit]).strip("-")
    return slug if is_slug(slug) else fallback


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def topic_url(topic_id: str) -> str:
    return f"topics/{topic_id}/"


def outlet_url(outlet_slug: str) -> str:
    return f"sources/{outlet_slug}/"


def story_url(story_id: str) -> str:
    """A story's page, also a redirect's at a former id (docs/log/stories.md, "Story ids")."""
    return f"stories/{story_id}/"


def edition_url(edition_id: str) -> str:
    return f"editions/{edition_id}/"


def person_anchor(person_url: str) -> str:
    """The person's id on the people index, from their page's URL ("people/jose-ruiz-2/" →
    "person-jose-ruiz-2"): unique as the URL is (from the name, "José Ruiz" and "Jose Ruiz" shared one)."""
    return "person-" + person_url.rstrip("/").rsplit("/", 1)[-1]


def page_file(url: str) -> str:
    """The output file of a site-relative URL: "articles/x/" → "articles/x/index.html"."""
    return f"{url}index.html" if url.endswith("/") or not url else url


def ascii_url(url: str) -> str:
    """`url` as a URI of ASCII only: the host in IDNA ("exämple.org" → "xn--exmple-cua.org"), the
    path percent-encoded in UTF-8 ("/новини/" → "/%D0%BD…/", a space → "%20"; "%41" kept). The
    sitemaps protocol requires URL-escaped <loc>s; RSS <link>, <guid>, robots.txt, JSON-LD `url` and
    <link rel=canonical> want URIs, and base_url may be written as an IRI ("https://приклад.укр/")."""
    if url.isascii() and not _NOT_IN_URI.search(url):
        return url  # already a URI: kept byte for byte (a host's case too)
    parts = urlsplit(url)
    host_port = parts.netloc.rpartition("@")[2]  # user info has no place in a site's address
    if host_port.startswith("["):  # an IPv6 literal: ASCII already
        host, port = host_port.partition("]")[0] + "]", host_port.partition("]")[2]
    else:
        host, colon, port = host_port.rpartition(":") if ":" in host_port else (host_port, "", "")
        port = colon + port
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:  # not a name IDNA can spell (an empty or too long label): percent-encoded (RFC 3986)
            host = quote(host, safe="")
    netloc = host + quote(port, safe=":")
    safe = "/%:@!$&'()*+,;=~-._"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe), quote(parts.query, safe=safe + "?"),
                       quote(parts.fragment, safe=safe + "?")))


_DOT_NAMES = frozenset({".well-known", ".htaccess", ".nojekyll"})  # the web's own, as static/ publishes (load/files.py)


def page_path_problem(path: object) -> str | None:
    """Why `path` cannot be a page's output path, or None. A page's path names a file relative
    to the site root, in POSIX form: "timeline/index.html". Found by a trial of a plugin's page
    family (docs/extending.md): Page("/timeline/x.html") was written at /timeline/x.html, outside the
    project (an absolute path joined to the output folder replaces it), and "../x.html" or
    "a/../../x.html" went into the build's cache folder and were lost; ".briefgen" would replace the
    marker by which a build knows its output folder, and a name over 255 bytes fails the write."""
    if not isinstance(path, str):
        return f"must be text like \"timeline/index.html\", got {type(path).__name__}"
    if not path:
        return 'is empty; name a file like "timeline/index.html"'
    if re.search(r"[\x00-\x1f\x7f\\\\]", path):
        return "holds a backslash or a control character; separate folders with /"
    parts = path.split("/")
    if ".." in parts:
        return 'holds "..", which leads out of the site; name the file from the site root, like "timeline/index.html"'
    if path.startswith("/"):
        return f'must be relative to the site root, not start with "/": write "{path.lstrip("/")}"'
    if path.endswith("/"):
        return f'names a folder; name the file, like "{path}index.html"'
    if "" in parts or "." in parts:
        return f'has an empty or "." folder; write "{"/".join(p for p in parts if p not in ("", "."))}"'
    dotted = next((p for p in parts if p.startswith(".") and p not in _DOT_NAMES), None)
    if dotted is not None:
        return (f'has a name starting with a dot ("{dotted}"), which the site keeps out (the build\'s own '
                f"marker is output/.briefgen); only {', '.join(sorted(_DOT_NAMES))} are published")
    long = next((p for p in parts if len(p.encode()) > MAX_SLUG), None)
    if long is not None:
        return f'has a name of {len(long.encode())} bytes ("{long[:40]}…"), more than the {MAX_SLUG} a file system allows'
    return None


def join_url(base: str, reference: str) -> str:
    """`reference` resolved against the absolute `base` (RFC 3986, 5.2). `urllib.parse.urljoin`, with
    one repair: it reads a last segment's ";…" as RFC 1808 parameters and drops an empty one
    ("0/;" → "…/0/", a hypothesis example of tests/render/test_feed_links.py); RFC 3986 has no
    parameters, so ";" is hidden from it as a private-use character neither address holds. (Not a
    control character: urlsplit strips leading and trailing C0 controls and spaces, WHATWG URL, so a
    reference ";" hidden as NUL vanished — another hypothesis example of that file.)"""
    if ";" not in base and ";" not in reference:
        return urljoin(base, reference)
    hidden = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in base and chr(c) not in reference)
    joined = urljoin(base.replace(";", hidden), reference.replace(";", hidden))
    return joined.replace(hidden, ";")
