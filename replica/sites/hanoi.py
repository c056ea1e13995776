"""F3: a new Hanoi ward portal (VCCorp-style CMS, July 2025 on), e.g. Phường Việt Hưng.

URL scheme, as on viethung.hanoi.gov.vn / xuandinh.hanoi.gov.vn:
  /                                    home, the newest articles
  /<cat-slug>.htm                      a category: the first 15 articles and a "Xem thêm" button
  /timelinelist/<catId>/<n>.htm        what "Xem thêm" loads: page n as a bare HTML fragment,
                                       empty once the category runs out (assumed VCCorp scheme;
                                       portals.md did not observe pagination)
  /<cat-slug>/<slug>-<id>.htm          an article; id = <4-digit site prefix><yyMMddHHmmss of
                                       creation><3 digits>, created a little before publication

Article pages carry the platform's own noise: the date line with the credit
("Trung tâm Văn hoá & Thể thao phường 21:52 09/09/2025"), the sapo repeated as
the first body paragraph, the CMS's automatic "<title>- Ảnh N." alt on every
image, a "Tin liên quan" box inside the content, share buttons, tags and a
"Tin cùng chuyên mục" box.
"""
from __future__ import annotations

import re
import zlib
from datetime import timedelta
from html import escape

from ward_replica.content import ReplicaArticle, ReplicaPortal
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

_ARTICLE = re.compile(r"^/[^/]+/[^/]+-(\d{18,19})\.htm$")
_TIMELINE = re.compile(r"^/timelinelist/(\d+)/(\d+)\.htm$")
_CATEGORY = re.compile(r"^/([^/]+?)(?:\.htm|/)$")


def _thumbnail(article: ReplicaArticle) -> str:
    return escape(article.images[0].path) if article.images else "/statics/web/images/no-image.jpg"


@register
class HanoiSite(Site):
    platform = "hanoi"
    page_size = 15

    def __init__(self, portal: ReplicaPortal):
        super().__init__(portal)
        # The CMS numbers sites: every id of this portal starts with the same 4 digits.
        self.site_prefix = 2000 + zlib.crc32(portal.slug.encode()) % 1000
        self.zone_ids = {section.key: 65880 + 5 * index for index, section in enumerate(portal.sections)}
        self.by_news_id = {self.news_id(article): article for article in portal.articles}
        if len(self.by_news_id) != len(portal.articles):
            raise ValueError(f"{portal.slug}: two articles share a news id")

    # ---- URL scheme ---------------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [f"/{section.slug}.htm" for section in self.portal.sections]

    def news_id(self, article: ReplicaArticle) -> str:
        """`<site prefix><yyMMddHHmmss><3 digits>`: the creation time, which
        precedes publication by a few minutes (0 to 66), as in the real portals."""
        created = article.published - timedelta(minutes=11 * (article.id % 7))
        return f"{self.site_prefix}{created:%y%m%d%H%M%S}{article.id % 1000:03d}"

    def article_path(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        return f"/{section.slug}/{article.slug}-{self.news_id(article)}.htm"

    # ---- routing ------------------------------------------------------------
    def handle(self, path: str, query: str) -> Response:
        if path == "/":
            return self._page("Trang chủ", self._home())
        match = _ARTICLE.match(path)
        if match:
            article = self.by_news_id.get(match.group(1))
            if article is not None and self.article_path(article) == path:
                return self._page(article.title, self._article(article), article)
            return self._not_found()
        match = _TIMELINE.match(path)
        if match:
            section = self._section_by_zone(int(match.group(1)))
            number = int(match.group(2))
            if section is None or number < 1:
                return self._not_found()
            return Response(200, self._items(self._page_of(section.key, number)).encode("utf-8"))
        match = _CATEGORY.match(path)
        if match:
            section = next((s for s in self.portal.sections if s.slug == match.group(1)), None)
            if section is not None:
                return self._page(section.name, self._category(section))
        return self._not_found()

    def _section_by_zone(self, zone_id: int):
        return next((s for s in self.portal.sections if self.zone_ids[s.key] == zone_id), None)

    def _page_of(self, section_key: str, number: int) -> list[ReplicaArticle]:
        articles = self.portal.in_section(section_key)
        shown = articles[(number - 1) * self.page_size: number * self.page_size]
        if self.endless_pager and not shown:
            # The "Xem thêm" fragments never run dry: the last one repeats.
            shown = articles[-self.page_size:]
        return shown

    # ---- pages --------------------------------------------------------------
    def _page(self, title: str, main: str, article: ReplicaArticle | None = None) -> Response:
        ward = escape(self.portal.ward_name)
        head = f'<meta property="og:title" content="{escape(title)}">'
        if article is not None:
            head += f'\n<link rel="canonical" href="{self.article_path(article)}">'
            if article.has_time:
                head += (f'\n<meta property="article:published_time" '
                         f'content="{article.published:%Y-%m-%dT%H:%M:%S}+07:00">')
        menu = "\n".join(f'<li><a href="/{s.slug}.htm">{escape(s.name)}</a></li>' for s in self.portal.sections)
        html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | Cổng thông tin điện tử {ward}</title>
{head}
<link rel="stylesheet" href="/statics/web/css/main.min.css?v=20250701">
</head>
<body>
<div class="header">
  <div class="header__top container">
    <a class="header__logo" href="/"><img src="/statics/web/images/logo.png" alt="Cổng thông tin điện tử {ward}">
    <span class="header__name">ĐẢNG ỦY - HĐND - UBND - UBMTTQ {ward.upper()}</span></a>
  </div>
  <nav class="menu"><ul class="menu__list container">
    <li><a href="/">Trang chủ</a></li>
{menu}
  </ul></nav>
</div>
<div class="main container">
{main}
</div>
<div class="footer"><div class="container">
  <p>Cơ quan chủ quản: Ủy ban nhân dân {ward}, thành phố {escape(self.portal.province)}</p>
  <p>Ghi rõ nguồn “Cổng thông tin điện tử {ward}” khi phát hành lại thông tin từ website này.</p>
</div></div>
<script src="/statics/web/js/main.min.js?v=20250701"></script>
</body>
</html>
"""
        return Response(200, html.encode("utf-8"))

    def _not_found(self) -> Response:
        html = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title></head>
<body><div class="page-404"><h1>404</h1><p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>
<a href="/">Về trang chủ</a></div></body></html>
"""
        return Response(404, html.encode("utf-8"))

    def _home(self) -> str:
        return f'<div class="box-category box-home">\n{self._items(self.portal.articles[:10])}\n</div>'

    def _category(self, section) -> str:
        zone = self.zone_ids[section.key]
        more = ""
        if len(self.portal.in_section(section.key)) > self.page_size:
            more = (f'<div class="list__viewmore-wrap"><a class="list__viewmore" href="/timelinelist/{zone}/2.htm" '
                    f'data-zone-id="{zone}" rel="nofollow">Xem thêm</a></div>')
        return f"""<h1 class="category-title"><a href="/{section.slug}.htm">{escape(section.name)}</a></h1>
<div class="box-category" data-layout="timeline">
{self._items(self._page_of(section.key, 1))}
</div>
{more}"""

    def _items(self, articles: list[ReplicaArticle]) -> str:
        return "\n".join(f"""<div class="box-stream-item">
  <a class="box-stream-link-with-avatar" href="{self.article_path(a)}"><img src="{_thumbnail(a)}" alt="{escape(a.title)}"></a>
  <div class="box-stream-content">
    <h3><a class="box-stream-link-title" href="{self.article_path(a)}">{escape(a.title)}</a></h3>
    <span class="box-stream-time">{self._shown_time(a)}</span>
  </div>
</div>""" for a in articles)

    @staticmethod
    def _shown_time(article: ReplicaArticle) -> str:
        # The portals print "HH:MM dd/mm/yyyy"; a date without a known time shows the date alone.
        return f"{article.published:%H:%M %d/%m/%Y}" if article.has_time else f"{article.published:%d/%m/%Y}"

    def _article(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        # A one-line credit goes on the date line, the only place these portals
        # credit anyone; a credit of several lines stays at the foot of the body.
        byline = article.credit_line if article.credit_line and "\n" not in article.credit_line else None
        author = f'<span class="detail-author" data-role="author">{escape(byline)}</span>\n' if byline else ""
        sapo = f'<h2 class="detail-sapo" data-role="sapo">{escape(article.lead)}</h2>' if article.lead else ""
        same_zone = [a for a in self.portal.in_section(article.section) if a is not article][:4]
        return f"""<div class="detail-container">
  <div class="detail-cate">
    <a href="/">Trang chủ</a>
    <a href="/{section.slug}.htm" data-role="cate-name">{escape(section.name)}</a>
  </div>
  <h1 class="detail-title" data-role="title">{escape(article.title)}</h1>
  <div class="detail-author-bar">
    <div class="detail-info">
      {author}<span class="detail-time" data-role="publishdate">{self._shown_time(article)}</span>
    </div>
    <div class="detail-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u={self.article_path(article)}" rel="nofollow" target="_blank">Chia sẻ</a>
      <a href="javascript:;" class="btn-print" onclick="window.print()">In bài</a>
    </div>
  </div>
  {sapo}
  <div class="detail-cmain">
    <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
{self._content(article, byline is None)}
    </div>
    <div class="detail-tags"><span>Từ khóa:</span> <a href="/tag/{section.slug}.htm">{escape(section.name)}</a></div>
  </div>
  <div class="box-category box-samezone">
    <h3 class="box-category-title">Tin cùng chuyên mục</h3>
{self._items(same_zone)}
  </div>
</div>"""

    def _content(self, article: ReplicaArticle, credit_at_foot: bool) -> str:
        blocks = []
        if article.lead:
            blocks.append(f"<p><strong>{escape(article.lead)}</strong></p>")   # the sapo, again
        numbered = list(enumerate(article.images, start=1))
        blocks += [self._photo(article, n, image) for n, image in numbered if image.after_paragraph < 0]
        for index, paragraph in enumerate(article.paragraphs):
            blocks.append(f"<p>{escape(paragraph)}</p>")
            blocks += [self._photo(article, n, image) for n, image in numbered if image.after_paragraph == index]
            if index == 1 and len(article.paragraphs) > 2:
                blocks.append(self._related_box(article))
        blocks += [f'<p><a href="{escape(a.path)}" target="_blank" title="{escape(a.title)}">{escape(a.title)}</a></p>'
                   for a in article.attachments]
        if article.end_mark:
            blocks.append(f"<p>{escape(article.end_mark)}</p>")
        if credit_at_foot and article.credit_line:
            blocks += [f'<p style="text-align: right;"><strong>{escape(line)}</strong></p>'
                       for line in article.credit_line.split("\n")]
        return "\n".join(blocks)

    @staticmethod
    def _photo(article: ReplicaArticle, number: int, image) -> str:
        automatic = escape(f"{article.title}- Ảnh {number}.")   # the CMS's SEO alt, not a caption
        caption = escape(image.caption) if image.caption else ""
        placeholder = "" if image.caption else ' class="NLPlaceholderShow"'
        return f"""<figure class="VCSortableInPreviewMode" type="Photo" style="">
  <div><a href="{escape(image.path)}" data-fancybox="img-lightbox" title="{automatic}" class="detail-img-lightbox">
    <img src="{escape(image.path)}" alt="{automatic}" title="{automatic}" data-original="{escape(image.path)}" type="photo" w="1280" h="853">
  </a></div>
  <figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh"{placeholder}>{caption}</p></figcaption>
</figure>"""

    def _related_box(self, article: ReplicaArticle) -> str:
        others = [a for a in self.portal.articles if a.section == article.section and a is not article][:2]
        if not others:
            return ""
        links = "\n".join(f'<li><a href="{self.article_path(a)}">{escape(a.title)}</a></li>' for a in others)
        return f"""<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox">
  <div class="title">Tin liên quan</div>
  <ul>
{links}
  </ul>
</div>"""
