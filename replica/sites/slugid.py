"""F4 "slug-id" provincial platform: a Hải Phòng ward portal in its 2025 theme.

URLs (portals.md F4): sections `/<cat-slug>/` (a category may carry an id,
`/trang-chu-66859/`), articles `/<cat-slug>/<slug>-<6–7 digit id>` with no
extension, the slug cut at 100 characters (mid-word, as the platform does)
or, for some older posts, an MD5 hash. Older articles also answer at a legacy
`/<n>/<n>/<n>/<n>/<cat>/<slug>` path (the Lào Cai pairs); that page declares
the slug-id URL as its canonical. The survey did not observe the pager: the
sections use a plain `?page=<n>` link list here.

Pages carry the platform's noise: the "image banner" image, a unit slogan
line, menus, the bare "dd/mm/yyyy" line ABOVE the title, "Lượt xem: N" after
it, paragraphs indented with non-breaking spaces and hard-wrapped, captions
printed twice (alt text, then a centred italic line), the title repeated as
the first body line on some posts, "./." and a right-aligned credit
("BBT.", bare names), "Tin tức khác", a share/print bar and a visit counter.
"""
from __future__ import annotations

import hashlib
import re
from html import escape
from urllib.parse import parse_qs

from ward_replica.content import ReplicaArticle, ReplicaImage
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

_SLUG_LIMIT = 100
_INDENT = "&nbsp; &nbsp; &nbsp; &nbsp; "
_RIGHT_PAD = "&nbsp;" * 100
# Platform article ids are 6–7 digits; replica ids are small, so they are offset.
_ID_BASE = 790000
_LEGACY_PREFIX = "/1227/27461"
_ARTICLE = re.compile(r"^/(?P<cat>[a-z0-9-]+)/[a-z0-9-]*?-?(?P<id>\d{6,7})/?$")
_LEGACY = re.compile(r"^/1227/27461/(?P<cat_id>\d+)/(?P<legacy_id>\d+)/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)/?$")
_SECTION = re.compile(r"^/(?P<cat>[a-z0-9-]+)/?$")


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _hard_wrap(text: str, width: int = 78) -> str:
    """Break a paragraph mid-sentence with newlines in the source, like a Word paste."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(_text(part) for part in lines)


@register
class SlugIdSite(Site):
    platform = "slugid"
    page_size = 12

    # ---- the Site contract ------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [f"/{section.slug}/" for section in self.portal.sections]

    def article_path(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        return f"/{section.slug}/{self._url_slug(article)}-{self._url_id(article)}"

    def legacy_path(self, article: ReplicaArticle) -> str:
        """The pre-migration address of the same article (no id in it)."""
        section = self.portal.section(article.section)
        index = self.portal.sections.index(section)
        return f"{_LEGACY_PREFIX}/{54439 + index}/{293000 + article.id}/{section.slug}/{article.slug}"

    def handle(self, path: str, query: str) -> Response:
        if path in ("/", ""):
            return self._html(self._listing(None, self.portal.articles, 1))
        match = _LEGACY.match(path)
        if match:
            return self._article_response(self.portal.article(int(match["legacy_id"]) - 293000))
        match = _ARTICLE.match(path)
        if match:
            return self._article_response(self._by_url_id(int(match["id"])), match["cat"])
        match = _SECTION.match(path)
        if match:
            return self._section_response(match["cat"], query)
        return self._not_found()

    # ---- URLs -------------------------------------------------------------
    def _url_id(self, article: ReplicaArticle) -> int:
        return article.id if article.id >= 100000 else _ID_BASE + article.id

    def _by_url_id(self, url_id: int) -> ReplicaArticle | None:
        return next((a for a in self.portal.articles if self._url_id(a) == url_id), None)

    def _url_slug(self, article: ReplicaArticle) -> str:
        """Every seventh post keeps the hash slug older versions generated;
        the rest are cut at the platform's length limit."""
        if article.id % 7 == 3:
            return hashlib.md5(article.title.encode("utf-8")).hexdigest()
        return article.slug[:_SLUG_LIMIT].rstrip("-")

    # ---- routing ----------------------------------------------------------
    def _section_response(self, cat: str, query: str) -> Response:
        section = next((s for s in self.portal.sections if s.slug == cat), None)
        page = (parse_qs(query).get("page") or ["1"])[0]
        if section is None or not page.isdigit():
            return self._not_found()
        articles = self.portal.in_section(section.key)
        number = int(page)
        if not 1 <= number <= self.page_count(len(articles), number):
            return self._not_found()
        return self._html(self._listing(section, articles, number))

    def _article_response(self, article: ReplicaArticle | None, cat: str | None = None) -> Response:
        if article is None or (cat is not None and cat != self.portal.section(article.section).slug):
            return self._not_found()
        return self._html(self._detail(article))

    def _html(self, page: str) -> Response:
        return Response(200, page.encode("utf-8"))

    def _not_found(self) -> Response:
        main = ('<div class="page-404"><h2>Trang không tồn tại</h2>'
                '<p>Đường dẫn bạn truy cập không tồn tại hoặc đã bị gỡ bỏ.</p>'
                '<p><a href="/">Về trang chủ</a></p></div>')
        return Response(404, self._shell("Trang không tồn tại", main).encode("utf-8"))

    # ---- page shell -----------------------------------------------------------
    def _shell(self, title: str, main: str, head: str = "") -> str:
        portal = self.portal
        menu = "".join(f'<li><a href="/{s.slug}/">{_text(s.name)}</a></li>' for s in portal.sections)
        notices = "".join(f'<li><a href="{_attr(self.article_path(a))}">{_text(a.title)}</a></li>'
                          for a in portal.articles[:4])
        unit = portal.ward_name.upper()
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{_text(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}<link rel="stylesheet" href="/Content/css/bootstrap.min.css" />
<link rel="stylesheet" href="/Content/css/site.css" />
</head>
<body>
<div id="header">
  <div class="banner"><a href="/"><img src="/Content/images/banner.png" alt="image banner" /></a></div>
  <div class="slogan"><marquee scrollamount="4">Năm 2026 đẩy mạnh chỉnh trang đô thị, xây dựng {_text(portal.ward_name)} văn minh, hiện đại</marquee></div>
  <ul class="main-menu"><li><a href="/">Trang chủ</a></li>{menu}</ul>
</div>
<div id="main" class="container"><div class="row">
  <div class="col-md-8 col-left">
{main}
  </div>
  <div class="col-md-4 col-right">
    <div class="box"><div class="box-title">Tin nổi bật</div><ul>{notices}</ul></div>
    <div class="box"><div class="box-title">Thống kê truy cập</div>
      <p>Đang truy cập: 6</p><p>Tổng lượt truy cập: {40_000 + 311 * len(portal.articles):,}</p></div>
  </div>
</div></div>
<div id="footer">
  <p>CỔNG THÔNG TIN ĐIỆN TỬ {_text(unit)} - {_text(portal.province.upper())}</p>
  <p>Cơ quan chủ quản: UBND {_text(portal.ward_name.lower())}</p>
</div>
</body>
</html>
"""

    # ---- listings -------------------------------------------------------------
    def _listing(self, section, articles: list[ReplicaArticle], number: int) -> str:
        start = (number - 1) * self.page_size
        items = "\n".join(self._listing_item(a) for a in articles[start:start + self.page_size])
        name = section.name if section else "Tin mới"
        base = f"/{section.slug}/" if section else "/"
        pager = self._pager(base, number, self.page_count(len(articles), number)) if section else ""
        main = f"""    <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>{_text(name)}</li></ol>
    <div class="list-news">
{items}
    </div>
{pager}"""
        return self._shell(name, main)

    def _listing_item(self, article: ReplicaArticle) -> str:
        link = _attr(self.article_path(article))
        thumb = (f'<a class="thumb" href="{link}"><img src="{_attr(article.images[0].path)}" '
                 f'alt="{_attr(article.title)}" /></a>' if article.images else "")
        return f"""      <div class="news-item">
        {thumb}
        <h3><a href="{link}">{_text(article.title)}</a></h3>
        <span class="date">{article.published:%d/%m/%Y}</span>
        <p class="sapo">{_text(article.lead or article.paragraphs[0])}</p>
      </div>"""

    def _pager(self, base: str, number: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def link(n: int, label: str) -> str:
            href = base if n == 1 else f"{base}?page={n}"
            return f'<li><a href="{href}">{label}</a></li>'

        cells = [link(1, "Đầu"), link(number - 1, "Trước")] if number > 1 else []
        cells += [f'<li class="active"><span>{n}</span></li>' if n == number else link(n, str(n))
                  for n in range(1, pages + 1)]
        if number < pages:
            cells += [link(number + 1, "Sau »"), link(pages, "Cuối")]
        return f'    <ul class="pagination">{"".join(cells)}</ul>'

    # ---- the article ----------------------------------------------------------
    def _detail(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        path = self.article_path(article)
        head = (f'<meta property="og:title" content="{_attr(article.title)}" />\n'
                f'<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{_attr(path)}" />\n'
                f'<link rel="canonical" href="{_attr(path)}" />\n')
        sapo = f'        <div class="news-sapo"><strong>{_text(article.lead)}</strong></div>\n' if article.lead else ""
        main = f"""    <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/{section.slug}/">{_text(section.name)}</a></li></ol>
    <div class="news-detail">
      <div class="news-date">{article.published:%d/%m/%Y}</div>
      <h1 class="news-title">{_text(article.title)}</h1>
      <div class="news-views">Lượt xem: {article.views}</div>
{sapo}      <div class="news-content">
{self._body(article)}
      </div>
{self._attachments(article)}      <div class="news-tools">
        <a href="javascript:window.print();">In bài viết</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={_attr(path)}" target="_blank">Chia sẻ Facebook</a> | <a href="https://zalo.me/share?u={_attr(path)}">Zalo</a>
      </div>
{self._others(article)}
    </div>"""
        return self._shell(article.title, main, head)

    def _body(self, article: ReplicaArticle) -> str:
        blocks = []
        if article.id % 2:      # some posts repeat the title as their first line
            blocks.append(f'<p style="text-align: center;"><strong>{_text(article.title)}</strong></p>')
        blocks += [self._image(image) for image in article.images if image.after_paragraph < 0]
        for index, paragraph in enumerate(article.paragraphs):
            blocks.append(f'<p style="text-align: justify;">{_INDENT}{_hard_wrap(paragraph)}</p>')
            blocks += [self._image(image) for image in article.images if image.after_paragraph == index]
        if article.end_mark:
            blocks.append(f'<p style="text-align: justify;">{_INDENT}{_text(article.end_mark)}</p>')
        blocks += [f'<p style="text-align: right;">{_RIGHT_PAD}<strong>{_text(line)}</strong></p>'
                   for line in (article.credit_line or "").split("\n") if line.strip()]
        return "\n".join(blocks)

    def _image(self, image: ReplicaImage) -> str:
        """The caption is printed twice: as the alt text and as a centred italic line."""
        src = _attr(image.path)
        if not image.caption:
            return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 700px;" /></p>'
        return (f'<p style="text-align: center;"><img alt="{_attr(image.caption)}" src="{src}" style="width: 700px;" /></p>\n'
                f'<p style="text-align: center;"><em>{_text(image.caption)}</em></p>')

    def _attachments(self, article: ReplicaArticle) -> str:
        if not article.attachments:
            return ""
        rows = "".join(f'<li><img src="/Content/images/icon-pdf.png" alt="" /> '
                       f'<a href="{_attr(a.path)}" target="_blank">{_text(a.title)}</a></li>'
                       for a in article.attachments)
        return f'      <div class="news-attach"><span class="label-file">File đính kèm:</span><ul>{rows}</ul></div>\n'

    def _others(self, article: ReplicaArticle) -> str:
        """"Tin tức khác": the next older posts, linked by their legacy paths."""
        siblings = self.portal.in_section(article.section)
        older = siblings[siblings.index(article) + 1:][:5]
        if not older:
            return ""
        rows = "".join(f'<li><a href="{_attr(self.legacy_path(a))}">{_text(a.title)}</a> '
                       f'<span class="date">({a.published:%d/%m/%Y})</span></li>' for a in older)
        return f'      <div class="news-other"><div class="title-other">Tin tức khác</div><ul>{rows}</ul></div>'
