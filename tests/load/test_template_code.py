"""Template code of Hugo, Jekyll and Eleventy in a body is a warning at its line, not silent text.

A trial moving a briefing from other generators: `{{< figure src="map.png" >}}`, `{% include chart.html %}`,
`{{ page.title }}` and `{: .lead}` were published as their code, with curly quotes, and the figure's image
was lost without a word (load/templatetags.py). The page is still published as written.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

RENDERER = MarkdownRenderer()
PIECES = {
    "a Hugo shortcode": ['{{< figure src="map.png" caption="Front lines" >}}', "{{< youtube dQw4w9WgXcQ >}}",
                         "{{% note %}}", "{{< /details >}}", '{{< tweet user="x" id="1" >}}'],
    "a Liquid or Nunjucks tag": ["{% include chart.html %}", "{% raw %}", "{%- if page.map -%}",
                                 "{% post_url 2023-04-28-talks %}", "{% endif %}"],
    "a template variable": ["{{ page.title }}", "{{ site.base_url }}", "{{ .Title }}",
                            "{{ page.date | date: '%b %d' }}", "{{- site.data.outlets.bbc -}}"],
    "a kramdown attribute list": ["{: .lead}", '{: target="_blank"}', "{:#map}"],
    "an Obsidian wikilink": ["[[envoys-meet-geneva]]", "[[Kyiv responds|Kyiv's answer]]",
                             "[[2023-04-28-kyiv-responds#Reaction]]", "[[Geneva talks.md|the talks]]"],
    "an Obsidian embed": ["![[map.png]]", "![[Front line map.png|400]]", "![[Briefing notes#Summary]]"],
}
ALL = [(kind, piece) for kind, pieces in PIECES.items() for piece in pieces]
WORDS = st.sampled_from(["Envoys", "met", "in", "Geneva", "on", "Thursday,", "officials", "said."])
PROSE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


def warnings(source: str) -> list[tuple[int, str]]:
    return [(line, message) for line, message, severity in RENDERER.convert(source, "a").problems
            if severity == "warning" and " is shown as text; " in message]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.tuples(PROSE, st.sampled_from(ALL), PROSE, st.sampled_from(["text", "code", "fence"])),
                min_size=1, max_size=5, unique_by=lambda paragraph: paragraph[1][1]))
@example([("Before", ("a Hugo shortcode", '{{< figure src="map.png" caption="Front lines" >}}'), "", "text")])
@example([("Map:", ("a template variable", "{{ site.base_url }}"), "and {{ page.my_map }}", "text")])
def test_each_line_with_template_code_shown_as_text_is_warned_and_code_is_not(paragraphs) -> None:  # type: ignore[no-untyped-def]
    """Pieces of every kind, as text, in backticks or in a fenced block, among prose: a warning naming the
    kind at exactly the lines that show one as text."""
    lines: list[str] = []
    expected: list[tuple[int, str]] = []
    for before, (kind, piece), after, where in paragraphs:
        if where == "fence":
            lines += ["```", f"{before} {piece} {after}", "```", ""]
            continue
        if where == "text":
            expected.append((len(lines), kind))
        lines += [f"{before} {f'`{piece}`' if where == 'code' else piece} {after}".strip(), ""]
    found = warnings("\n".join(lines))
    assert [line for line, _ in found] == [line for line, _ in expected]
    for (_, message), (_, kind) in zip(found, expected):
        assert f" is {kind}" in message, message


def test_braces_in_prose_are_quiet() -> None:
    assert warnings("The set {1, 2} and {x} and {\"a\": 1} and a { brace } stay text.\n\nA {{ lone\n") == []


def test_a_hugo_article_builds_with_a_warning_at_each_shortcode(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/hugo.md": "---\ntitle: Envoys meet again\nsource: Example Times\npublished: 2023-05-12\n"
                                    "---\nEnvoys met again.\n\n{{< figure src=\"map.png\" caption=\"Front lines\" >}}"
                                    "\n\nSee `{{< figure >}}` in the docs.\n\n{% include chart.html %}\n"})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert ('content/articles/hugo.md:8: warning: `{{< figure src="map.png" caption="Front lines" >}}` is a Hugo '
            "shortcode, which briefgen does not run: it is shown as text; write what it stands for") in result.stderr
    assert "content/articles/hugo.md:12: warning: `{% include chart.html %}` is a Liquid or Nunjucks tag" \
        in result.stderr
    assert "hugo.md:10:" not in result.stderr  # in backticks: the code is meant to be shown
    page = (site / "output/articles/hugo/index.html").read_text()
    assert "{% include chart.html %}" in page  # published as written


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(["Kyiv", "responds", "Geneva", "talks", "2023", "04", "28"]), min_size=1, max_size=4),
       st.sampled_from(["", "#Reaction", "#^block"]), st.one_of(st.none(), PROSE), st.sampled_from(["", "!"]))
@example(["Kyiv", "responds"], "", "Kyiv's answer", "")  # the trial's Obsidian note
@example(["map.png"], "", None, "!")
def test_a_wikilink_or_embed_names_the_markdown_to_write(words, heading, text, bang) -> None:  # type: ignore[no-untyped-def]
    """The warning's fix is the link (to the article whose file is the target's slug) or image to write."""
    target = " ".join(words)
    piece = f"{bang}[[{target}{heading}{'|' + text if text else ''}]]"
    found = warnings(f"Officials said so, see {piece} today.\n")
    assert [line for line, _ in found] == [0]
    message = found[0][1]
    if bang:
        address = target.replace(" ", "%20")
        assert f"write ![what it shows](../../{address}) with {target} in static/" in message, message
    else:
        slug = "-".join(word.lower() for word in words)
        assert f"write a Markdown link, [{text or target}](../{slug}/) to the article {slug}.md" in message, message


def test_a_link_written_in_brackets_is_quiet() -> None:
    """A Markdown link whose text is in brackets, and brackets in prose, are not wikilinks."""
    assert warnings("See [[1]](https://example.org/) and [the [draft] text](https://example.org/x).\n\n"
                    "A list [[a], [b]] stays.\n") == []


def test_an_obsidian_note_builds_with_a_warning_at_each_wikilink(tmp_path: Path) -> None:
    """The trial's input: an Obsidian article (BOM, CRLF) with wikilinks and an embed is published, each line
    warned of."""
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/kremlin.md": "\ufeff---\r\ntitle: Kremlin rejects the plan\r\nsource: Example Times\r\n"
                                       "published: 2023-05-09\r\n---\r\nThe Kremlin rejected it, see "
                                       "[[Kyiv responds|Kyiv's answer]].\r\n\r\n![[map.png]]\r\n"})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert ("content/articles/kremlin.md:6: warning: `[[Kyiv responds|Kyiv's answer]]` is an Obsidian wikilink, "
            "which briefgen does not make a link: it is shown as text; write a Markdown link, "
            "[Kyiv's answer](../kyiv-responds/)") in result.stderr
    assert "content/articles/kremlin.md:8: warning: `![[map.png]]` is an Obsidian embed" in result.stderr
    page = (site / "output/articles/kremlin/index.html").read_text()
    assert "![[map.png]]" in page  # published as written


INSERTIONS = st.sampled_from(["sic", "emphasis added", "t", "...", "the defendant", "2023", "citation omitted"])
QUOTES = st.sampled_from([('"', '"'), ("\u201c", "\u201d")])


@settings(max_examples=examples(60), deadline=None)
@given(PROSE, INSERTIONS, PROSE, QUOTES, st.sampled_from(["quoted", "escaped", "bare", "quoted alias"]))
@example("The filing reads:", "sic", "was aware", ('"', '"'), "quoted")  # the reported court quote
@example("It says", "emphasis added", "", ("\u201c", "\u201d"), "escaped")
def test_double_brackets_an_editor_writes_in_a_quotation_are_quiet(before, inserted, after, quotes, form) -> None:  # type: ignore[no-untyped-def]
    """A court document's `"the defendant [[sic]] was aware"` is quoted as written: a bare `[[x]]` inside a
    quotation opened on its line (straight or curly marks), or written `\\[[x]]`, is no wikilink and stays
    quiet; the same brackets outside a quotation, and `[[x|y]]` (Obsidian's alone) even inside one, are
    warned of, and the warning says how to keep the brackets."""
    opening, closing = quotes
    piece = f"[[{inserted}|text]]" if form == "quoted alias" else f"[[{inserted}]]"
    written = {"quoted": f"{before} {opening}the words {piece} {after}{closing} said.",
               "quoted alias": f"{before} {opening}the words {piece} {after}{closing} said.",
               "escaped": f"{before} \\{piece} {after}", "bare": f"{before} {piece} {after}"}[form]
    found = warnings(written + "\n")
    html = RENDERER.convert(written + "\n", "a").html
    assert "[[" in html  # published as written, brackets and all
    if form in ("quoted", "escaped"):
        assert found == [], found
    else:
        assert [line for line, _ in found] == [0], found
        assert f"if the brackets are meant as written, write \\{piece}" in found[0][1], found[0][1]


def test_a_court_quote_with_double_brackets_builds_quietly(tmp_path: Path) -> None:
    """The reported input: a briefing quoting a court filing's "[[sic]]" was told to make it the link
    [sic](../sic/), to an article the site does not have; it builds without a word, the brackets shown."""
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/ruling.md": "---\ntitle: Court rules on the sanctions case\nsource: Example Times\n"
                                      "published: 2023-05-12\n---\nThe filing reads: \"the defendant [[sic]] was "
                                      "aware of the sanctions\", the court said.\n\n"
                                      "A later brief quotes it as \u201cwas [[emphasis added]] aware\u201d.\n"})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert "ruling.md" not in result.stderr, result.stderr
    page = (site / "output/articles/ruling/index.html").read_text()
    assert "the defendant [[sic]] was" in page and "[[emphasis added]]" in page


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(ALL), st.lists(st.sampled_from(["text", "code", "double code", "fence", "tilde fence",
                                                       "indented"]),
                                      min_size=2, max_size=5), PROSE)
@example(("a Hugo shortcode", '{{< figure src="map.png" >}}'), ["code", "text"], "Hugo writes")  # the reported input
@example(("an Obsidian wikilink", "[[envoys-meet-geneva]]"), ["code", "fence", "text"], "Obsidian writes")
@example(("a Liquid or Nunjucks tag", "{% include chart.html %}"), ["text", "indented"], "Jekyll writes")
def test_the_same_piece_as_code_and_as_text_is_warned_only_where_it_is_text(piece, forms, prose) -> None:  # type: ignore[no-untyped-def]
    """A briefing about software shows `{{< figure >}}` in backticks and, elsewhere, a migrated page still
    holds it as text: a warning at each line showing it as text, none at the lines holding it in code (the
    code lines were warned of too, as the piece was looked for in the whole body's text)."""
    kind, code = piece
    lines: list[str] = []
    expected: list[int] = []
    for form in forms:
        if form in ("fence", "tilde fence"):
            mark = "```" if form == "fence" else "~~~~"
            lines += [mark, f"{prose} {code}", mark, ""]
            continue
        if form == "indented":
            lines += [f"    {prose} {code}", f"    {code}", ""]
            continue
        if form == "text":
            expected.append(len(lines))
        shown = {"text": code, "code": f"`{code}`", "double code": f"`` {code} ``"}[form]
        lines += [f"{prose} {shown} here.", ""]
    found = warnings("\n".join(lines))
    assert [line for line, _ in found] == expected, (lines, found)
    assert all(f" is {kind}" in message for _, message in found)
