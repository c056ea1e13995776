"""F6: WordPress ward sites (phuong1tanbinh.gov.vn, thanhkhetay.danang.gov.vn,
mttqquan5.vn, tuyentruyenphapluat.tphcm.gov.vn ...).

What WordPress does that matters here (portals.md, F6):
  * URLs are `/<slug>/`, `/<slug>-<id>`, `/<slug>.html`, or the PATHINFO
    permalinks `/index.php/blog/<id>/<slug>/`. Slugs may keep their
    Vietnamese letters, and the same IRI is linked raw or percent-encoded in
    WordPress's lower case (`urls.canonicalize` gives them one spelling).
  * listings paginate as `/page/<n>/` and `/category/<cat>/page/<n>/`.
  * the article is `article.post` > `h1.entry-title` + `.entry-meta`
    (`time.entry-date[datetime]`, shown in the vi locale as "Tháng Ba 1, 2024")
    + `div.entry-content`; the shared date logic reads both the printed date
    and `time[datetime]`; plugins add view counters, share bars
    ("Share this post"), related posts, and comment forms ("GÓP Ý KIẾN").
  * the AMP plugin's reader mode (`/amp/` views) writes its own template:
    `h1.amp-wp-title`, `.amp-wp-posted-on time`, `div.amp-wp-article-content`,
    and a footer of categories and a comments link.
  * there is no summary field: editors bold the first paragraph instead.
    (The MTTQ Quận 5 banner, the title again between "✨✨" with a dotted line
    under it, is dropped by `scraper.body` as a title repeat and a separator.)
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ward_scraper.util import urls
from ward_scraper.util.page import Page
from ward_scraper.util.text import squash
from ward_scraper.extract.platforms import register
from ward_scraper.extract.platforms.base import Parser, ParseContext, field
from ward_scraper.extract.platforms.generic import drop_seo_spam

# Views of one post that are not the post: AMP, its comment feed, its embed,
# comment pages, and the "reply to" / "share" links of its comments and share bar.
_VIEW_SUFFIX = re.compile(r"(?<=/)(?:amp|feed|embed|trackback|comment-page-\d+)/?$")
_VIEW_PARAMS = frozenset(("amp", "replytocom", "share", "nb", "unapproved", "moderation-hash"))


@register
class WordPressParser(Parser):
    name = "wordpress"
    family = "F6"
    label = "WordPress"

    title_css = ("article h1.entry-title", "h1.entry-title", ".entry-header h1", "h1.post-title",
                 "h1.single-title", "h1.amp-wp-title", "article h1", ".entry-title", "h1")
    body_css = ("div.entry-content", "div.post-content", "div.td-post-content", "div.single-content",
                "div.the-content", "div.amp-wp-article-content",
                # Elementor Pro's theme builder: its "post content" widget (before `article.post`,
                # which its "posts" widget gives every related post under the text).
                "div.elementor-widget-theme-post-content", "article.post", "article")
    date_css = ("time.entry-date", "time.published", ".entry-meta .posted-on", ".entry-date", ".post-date",
                ".entry-meta", ".amp-wp-posted-on")
    lead_css = (".entry-summary", ".td-post-sub-title", ".jeg_post_subtitle", ".post-excerpt")
    category_css = (".cat-links a", "a[rel~=category]", ".entry-categories a", ".post-categories a",
                    ".amp-wp-tax-category a")
    # Post Views Counter's box ("Lượt xem: 1954") is left to `scraper.body`'s
    # counter lines: it opens the content, so on a page whose </div>s are lost
    # it would swallow the whole article if it were dropped as a container.
    noise_css = (
        # share bars: Jetpack, AddToAny, Heateor, Flatsome, themes
        ".sharedaddy", ".sd-sharing", ".addtoany_share_save_container", ".a2a_kit",
        ".heateor_sss_sharing_container", ".blog-share", ".share-icons", ".social-share", ".share-post",
        ".printfriendly", ".pf-button",
        # related posts: Jetpack, YARPP, Contextual Related Posts, themes
        ".jp-relatedposts", "#jp-relatedposts", ".yarpp-related", ".crp_related", ".related-posts",
        # the file block's second link ("Tải xuống") repeats the first
        ".wp-block-file__button",
        # what themes print after the content, when it sits inside the article element
        ".entry-footer", ".post-navigation", ".navigation", ".comments-area", "#comments", ".amp-wp-article-footer",
    )
    listing_css = ("main .entry-title a, #main .entry-title a, .site-main .entry-title a, "
                   "#primary .entry-title a, .content-area .entry-title a, article .entry-title a, "
                   "article .post-title a, .post-list .title a")
    pager_css = ("nav.pagination a, .nav-links a, a.page-numbers, .nav-previous a, .nav-next a, "
                 ".wp-pagenavi a, .pagination a, link[rel=next]")
    article_url_re = re.compile(
        r"^/index\.php/blog/\d+/[^/?]+/?$"                                     # PATHINFO permalinks
        r"|^/\?p=\d+$"                                                        # shortlinks
        r"|^/(?:\d{4}/\d{2}/(?:\d{2}/)?)?[^/?]*-[^/?]*-[^/?]+?(?:\.html?)?/?$"  # /<slug>/, /<slug>-<id>, .html
    )

    layout_css = ("div.entry-content", "article.post", "article.hentry", ".hentry .entry-title",
                  "div.amp-wp-article-content")

    # ---- detection --------------------------------------------------------
    @classmethod
    def detect(cls, page: Page) -> list[str]:
        """Generator meta, wp-content assets or the REST API link decide;
        theme markup and body classes only add weight."""
        evidence = []
        generator = page.meta("generator") or ""
        if generator.lower().startswith("wordpress"):
            evidence.append(f'meta generator "{generator}"')
        if "/wp-content/" in page.html or "/wp-includes/" in page.html:
            evidence.append("assets under /wp-content/ or /wp-includes/")
        if page.css('link[rel="https://api.w.org/"]'):
            evidence.append("WordPress REST API link (api.w.org)")
        if not evidence:
            return []
        body = page.tree.find("body")
        body_class = body.get("class", "") if body is not None else ""
        if re.search(r"\b(?:single-post|postid-\d+|home blog|archive category)\b", body_class):
            evidence.append(f'WordPress body classes "{squash(body_class)[:60]}"')
        if page.first("h1.entry-title", ".entry-title a", "div.entry-content") is not None:   # (the index answers)
            evidence.append("WordPress theme markup (.entry-title / .entry-content)")
        return evidence

    # ---- URLs -------------------------------------------------------------
    def is_article_url(self, url: str) -> bool:
        return super().is_article_url(self.canonical_url(url))

    def canonical_url(self, url: str) -> str:
        url = urls.canonicalize(url)   # also gives IRIs one percent-encoded spelling
        parts = urlsplit(url)
        path = parts.path
        stem = _VIEW_SUFFIX.sub("", path)
        if stem != path and self.article_url_re.search(stem):
            path = stem
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                           if k not in _VIEW_PARAMS])
        return urlunsplit(parts._replace(path=path, query=query))

    def page_canonical_url(self, page: Page) -> str:
        """WordPress's own `<link rel=canonical>` names the post's permalink
        (Yoast and core both print it); trust it when it stays on the site."""
        href = page.canonical_link()
        if href and urls.same_site(href, page.url) and self.is_article_url(href):
            return self.canonical_url(href)
        return self.canonical_url(page.url)

    # ---- article fields ---------------------------------------------------
    def prepare_body(self, element, context: ParseContext) -> None:
        """Drop injected SEO links (compromised WordPress sites carry them:
        "rx online" after a ward's view counter)."""
        drop_seo_spam(element, context.page.url)
