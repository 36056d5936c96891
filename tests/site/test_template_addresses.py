"""A link whose address is another generator's template code is named as such, with the address to write.

A migration trial's Hugo and Jekyll bodies linked other posts with `[the talks]({{< ref "posts/talks.md" >}})`
and `[…]({% post_url 2023-04-28-talks %})`: the link checker named them as percent-encoded addresses
("%7B%7B%3C%20ref…") of pages the site does not have. Now the warning says it is template code and, when
the site has the article it names, gives its address (site/sitelinks.py).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.site.sitelinks import SiteFiles, broken_links
from tests.support.factories import article, note
from tests.support.sites import MINIMAL_SITE, run_cli, write_site

SLUG = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)
FORMS = ['{{{{< ref "posts/{slug}.md" >}}}}', '{{{{< relref "{slug}" >}}}}', "{{{{< ref {slug}.md >}}}}",
         "{{% post_url 2023-04-28-{slug} %}}", "{{% link _posts/{slug}.md %}}", '{{{{ "/posts/{slug}/" | url }}}}']


@settings(max_examples=examples(60), deadline=None)
@given(SLUG, st.sampled_from(FORMS), st.booleans(), st.booleans(), st.booleans())
@example("talks", FORMS[0], True, True, False)  # the trial's Hugo link
def test_template_code_as_an_address_is_named_with_the_page_it_names(slug, form, exists, from_article,
                                                                      encoded) -> None:  # type: ignore[no-untyped-def]
    written = form.format(slug=slug)
    named = f"2023-04-28-{slug}" if "post_url" in form else slug
    assume(named != "a")  # the linking article's own page
    address = quote(written, safe="/") if encoded else written  # as python-markdown may give it
    doc = article("a", links=((7, address),)) if from_article else note("n", links=((7, address),))
    files = ["articles/a/index.html"] + ([f"articles/{named}/index.html"] if exists else [])
    problems = broken_links([doc], SiteFiles(files), "/")
    assert len(problems) == 1 and problems[0].line == 7
    message = problems[0].message
    assert message.startswith(f"the address `{written}` is template code of another generator, which briefgen "
                              "does not run, so the link leads nowhere; "), message
    if exists and "url }}" not in form:
        assert message.endswith(f'write "../{named}/"' if from_article else f'write "articles/{named}/"'), message
    else:
        assert message.endswith("write the address itself: another article's page is "
                                + ("../<slug>/" if from_article else "articles/<slug>/")), message
    assert "%7B" not in message


def test_braces_in_a_real_address_are_not_template_code() -> None:
    problems = broken_links([article("a", links=((3, "../c/%7Bx%7D"),))], SiteFiles(["articles/a/index.html"]), "/")
    assert len(problems) == 1 and "template code" not in problems[0].message


def test_a_hugo_article_with_a_ref_link_builds_with_the_address_to_write(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/talks.md": "---\ntitle: Talks\nsource: Example Times\npublished: 2023-05-01\n---\nTalks.\n",
        "content/articles/envoys.md": "---\ntitle: Envoys\nsource: Example Times\npublished: 2023-05-02\n---\n"
                                      'Envoys met; see [the talks]({{< ref "posts/talks.md" >}}).\n'})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert ('content/articles/envoys.md:6: warning: the address `{{< ref "posts/talks.md" >}}` is template code of '
            'another generator, which briefgen does not run, so the link leads nowhere; write "../talks/"'
            in result.stderr.splitlines()), result.stderr
