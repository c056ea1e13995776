"""An archived page made inert, to show it as it looked when it was fetched.

The article page shows the portal's page from the WARC in a sandboxed frame
(datasette/plugins/ward_archive.py). A portal's HTML is a stranger's: it may
carry scripts, event handlers, `javascript:` links, forms, SVG with script, a
meta refresh or a `<base href>`, and every image or stylesheet it names would
be fetched from the portal (or anywhere) when shown. So, in two steps:

1. `ArchivedPage.linked_files` lists the images and stylesheets the page names (absolute
   http(s) URLs), so that the caller can look up which of them the archive
   holds a capture of;
2. `ArchivedPage.inert` rebuilds the page: nh3 (ammonia) keeps an allow-list of
   layout tags and attributes, drops scripts, styles, forms, frames, SVG and
   MathML with their content, and every URL left goes through one gate:
   an image's source becomes the archive's copy (`archived`) or is dropped,
   link targets are dropped (the frame navigates nowhere), and `url()` in CSS
   becomes the archive's copy or `none`. The stylesheets the caller read from
   the archive are inlined, with the same rewriting.

The frame's own Content-Security-Policy is the second wall (no script, no
load but the archive's own images).
"""
from __future__ import annotations

import re

import lxml.html
import nh3

from ward_scraper.util.page import Page
from ward_scraper.util.text import squash

# Where a lazy-loading page keeps an image's real source (the `src` is then a
# placeholder): the first of these the archive holds is shown.
IMAGE_SOURCES = ("src", "data-src", "data-original", "data-lazy-src")

LAYOUT_TAGS = frozenset(
    "a abbr address article aside b bdi bdo big blockquote br caption center cite code col colgroup dd del "
    "details dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd "
    "label li main mark nav ol p pre q s section small span strike strong sub summary sup table tbody td "
    "tfoot th thead time tr tt u ul var".split())
# Removed with everything inside them: what runs, loads, submits or embeds.
# Not <form> itself: ASP.NET WebForms and SharePoint wrap the whole page in one
# (`<form id="aspnetForm">`), so its content is kept and only the tag goes, as
# any tag outside LAYOUT_TAGS; its controls are dropped with their content.
DROPPED_WITH_CONTENT = frozenset(
    "script style noscript template iframe frame frameset object embed applet svg math select "
    "textarea button input audio video canvas title head".split())
LAYOUT_ATTRIBUTES = frozenset("class id style title lang dir align valign width height border bgcolor color "
                              "face size cellpadding cellspacing colspan rowspan alt".split())
TITLE_ANCHOR = "ward-article-title"
# 4 M characters: a ward portal's article page is a few hundred thousand at most.
MAX_RENDERED_CHARS = 4_000_000
# Where an article's title is looked for: the headings in page order, then
# the body's innermost elements (a title in a <div> or a <span>).
TITLE_PLACES = ("//body//*[self::h1 or self::h2 or self::h3 or self::h4]", "//body//*[not(*)]")
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)""", re.I)
_CSS_IMPORT = re.compile(r"@import[^;]*;?", re.I)
# image-set() names images by plain strings, without url(): made invalid, the
# declaration is ignored.
_CSS_IMAGE_SET = re.compile(r"(?:-webkit-)?image-set\(", re.I)


def inert_css(css: str, base_url: str, archived: dict[str, str]) -> str:
    """CSS whose `url()`s point at the archive's copies (or are `none`) and
    which imports nothing. A `url` spelt with CSS escapes is not read here:
    the frame's policy refuses whatever it would load."""
    def archive_copy(match: re.Match) -> str:
        target = Page(base_url, "").absolute(next(g for g in match.groups() if g is not None))
        return f'url("{archived[target]}")' if target in archived else "none"

    return _CSS_URL.sub(archive_copy, _CSS_IMAGE_SET.sub("no-image-set(", _CSS_IMPORT.sub("", css)))


class ArchivedPage:
    """One archived page, parsed once: what it links (`linked_files`), then
    the page made inert (`inert`). A page longer than MAX_RENDERED_CHARS is
    rendered from its start (`cut`): a portal's page is far smaller, and a
    hostile one must not cost the server a minute and a gigabyte."""

    def __init__(self, html: str, url: str):
        self.cut = len(html) > MAX_RENDERED_CHARS
        self.url = url
        self.page = Page(url, html[:MAX_RENDERED_CHARS])

    def linked_files(self) -> tuple[list[str], list[str]]:
        """(image URLs, stylesheet URLs) the page names, absolute http(s), in page order."""
        images: dict[str, None] = {}
        for img in self.page.tree.iter("img"):
            for name in IMAGE_SOURCES:
                url = self.page.absolute(img.get(name))
                if url:
                    images.setdefault(url, None)
        return list(images), _stylesheets(self.page)

    def inert(self, archived: dict[str, str], stylesheets: list[tuple[str, str]] = (),
              title: str | None = None) -> str:
        """The page as a document that runs, submits and loads nothing but the
        archive's copies. `archived`: absolute URL -> the archive's address of
        its capture; `stylesheets`: (URL, CSS text) of the page's stylesheets
        the archive holds, in page order; `title`: the article's, whose heading
        gets the id TITLE_ANCHOR (the frame opens at the article, not the
        page's menus). Call it once: it rewrites the parsed page."""
        page = self.page
        _pick_image_sources(page, archived)
        if title:
            _mark_heading(page, title)
        css = [inert_css(text, url, archived) for url, text in stylesheets]
        css += [inert_css(style.text or "", self.url, archived) for style in page.tree.iter("style")]
        copies = frozenset(archived.values())

        def gate(tag: str, attribute: str, value: str) -> str | None:
            if attribute == "src":
                return value if tag == "img" and value in copies else None
            if attribute == "style":
                return inert_css(value, self.url, archived)
            return value

        body = page.tree.find("body")
        fragment = "" if body is None else _inner_html(body)
        cleaned = nh3.clean(fragment, tags=set(LAYOUT_TAGS), clean_content_tags=set(DROPPED_WITH_CONTENT),
                            attributes={"*": set(LAYOUT_ATTRIBUTES), "img": {"src"}}, attribute_filter=gate,
                            url_schemes=set(), link_rel=None, strip_comments=True)
        # `<` cannot end the style element from inside CSS once escaped (\3c is CSS's own escape).
        style = "\n".join(css).replace("<", "\\3c ")
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                f"<style>{style}</style></head>\n<body>{cleaned}</body></html>")


def _stylesheets(page: Page) -> list[str]:
    urls: dict[str, None] = {}
    for element in page.tree.iter("link"):
        url = page.absolute(element.get("href"))
        if url and "stylesheet" in (element.get("rel") or "").lower().split():
            urls.setdefault(url, None)
    return list(urls)


def _mark_heading(page: Page, title: str) -> None:
    """The first heading (else any element) whose text is the title gets TITLE_ANCHOR."""
    wanted = squash(title).casefold()
    for element in (found for place in TITLE_PLACES for found in page.tree.xpath(place)):
        if squash(element.text_content()).casefold() == wanted:
            for taken in page.tree.xpath(f'//*[@id="{TITLE_ANCHOR}"]'):
                del taken.attrib["id"]
            element.set("id", TITLE_ANCHOR)
            return


def _pick_image_sources(page: Page, archived: dict[str, str]) -> None:
    """Each image's `src` becomes the archive's copy of the first source it
    names that the archive holds; an image the archive does not hold goes
    (a broken image would say nothing the page did)."""
    for img in list(page.tree.iter("img")):
        sources = [page.absolute(img.get(name)) for name in IMAGE_SOURCES]
        kept = next((archived[url] for url in sources if url in archived), None)
        for name in (*IMAGE_SOURCES, "srcset"):
            img.attrib.pop(name, None)
        if kept:
            img.set("src", kept)
        elif img.getparent() is not None:
            img.drop_tree()


def _inner_html(element) -> str:
    return (element.text or "").replace("&", "&amp;").replace("<", "&lt;") + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in element)
