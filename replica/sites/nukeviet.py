"""F5 NukeViet 4: a ward portal's `news` module in the default theme's shape.

URLs (portals.md F5): sections `/vi/news/<cat>/`, their pages `/vi/news/<cat>/page-<n>`,
articles `/vi/news/<cat>/<slug>-<id>.html` (served under any category alias,
with `<link rel=canonical>` naming the main one, as NukeViet does for articles
filed in several categories), the print and save views `/vi/news/print/…` and
`/vi/news/savefile/…`, and RSS feeds `/vi/news/rss/` and `/vi/news/rss/<cat>/`.

Pages carry the theme's noise: menu, breadcrumbs, the send/print/save bar,
keywords, rating, "Ý kiến bạn đọc", "Những tin mới hơn / cũ hơn", sidebar
blocks and the visit counter. The header date is "Thứ ba - 23/12/2025 20:46",
list dates are 12-hour ("23/12/2025 08:46:00 PM"), credits are right-aligned
labelled paragraphs after the body, attachments sit in the download panel.
"""
from __future__ import annotations

import re
from html import escape

from ward_replica.content import ReplicaArticle, ReplicaImage
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_MODULE = re.compile(r"^/(?:vi/?(?:news/?(?:page-(?P<page>\d+))?)?)?$")
_SECTION = re.compile(r"^/vi/news/(?P<cat>[\w-]+)/?(?:page-(?P<page>\d+))?$")
_ARTICLE = re.compile(r"^/vi/news/(?:(?P<view>print|savefile)/)?(?P<cat>[\w-]+)/(?P<slug>[\w-]+)-(?P<id>\d+)\.html$")
_FEED = re.compile(r"^/vi/news/rss/(?:(?P<cat>[\w-]+)/?)?$")
_LABELLED = re.compile(r"^(?P<label>[^:]{2,30}):\s*(?P<value>.+)$")


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _header_time(article: ReplicaArticle) -> str:
    """The detail page's `l - d/m/Y H:i` (NukeViet always prints the time)."""
    when = article.published
    return f"{_WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _list_time(article: ReplicaArticle) -> str:
    """List pages use the 12-hour `d/m/Y h:i:s A`."""
    return article.published.strftime("%d/%m/%Y %I:%M:%S %p")


@register
class NukeVietSite(Site):
    platform = "nukeviet"
    page_size = 10

    # ---- the Site contract ------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [f"/vi/news/{section.slug}/" for section in self.portal.sections]

    def article_path(self, article: ReplicaArticle) -> str:
        return self._article_path(article, self.portal.section(article.section).slug)

    def handle(self, path: str, query: str) -> Response:
        match = _MODULE.match(path)
        if match:
            return self._section_response(None, int(match["page"] or 1))
        match = _FEED.match(path)
        if match:
            return self._feed(match["cat"])
        match = _ARTICLE.match(path)
        if match:
            return self._article_response(match)
        match = _SECTION.match(path)
        if match:
            return self._section_response(match["cat"], int(match["page"] or 1))
        return self._not_found()

    # ---- routing ----------------------------------------------------------
    def _section_by_slug(self, slug: str):
        return next((s for s in self.portal.sections if s.slug == slug), None)

    def _article_path(self, article: ReplicaArticle, cat: str, view: str | None = None) -> str:
        view_part = f"{view}/" if view else ""
        return f"/vi/news/{view_part}{cat}/{article.slug}-{article.id}.html"

    def _section_response(self, cat: str | None, number: int) -> Response:
        """A section's listing page, or the whole module's when `cat` is None."""
        section = self._section_by_slug(cat) if cat else None
        if cat and section is None:
            return self._not_found()
        articles = self.portal.in_section(section.key) if section else self.portal.articles
        if not 1 <= number <= self.page_count(len(articles), number):
            return self._not_found()
        return self._html(self._listing(section, articles, number))

    def _article_response(self, match) -> Response:
        article = self.portal.article(int(match["id"]))
        if article is None or self._section_by_slug(match["cat"]) is None:
            return self._not_found()
        if match["view"] == "print":
            return self._html(self._print_view(article))
        if match["view"] == "savefile":
            filename = f"{article.slug}-{article.id}.html"
            return Response(200, self._print_view(article).encode("utf-8"),
                            headers={"Content-Disposition": f'attachment; filename="{filename}"'})
        return self._html(self._detail(article))

    def _html(self, page: str) -> Response:
        return Response(200, page.encode("utf-8"))

    def _not_found(self) -> Response:
        body = self._shell("Lỗi 404", """<div class="alert alert-danger text-center">
  <h2>Lỗi 404</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>
  <p><a href="/vi/">Quay lại trang chủ</a></p></div>""", canonical=None, feed=None)
        return Response(404, body.encode("utf-8"))

    # ---- page shell ---------------------------------------------------------
    def _shell(self, title: str, main: str, *, canonical: str | None, feed: str | None,
               meta: str = "", breadcrumb: list[tuple[str, str]] = ()) -> str:
        portal = self.portal
        site_name = f"Cổng thông tin điện tử {portal.ward_name}"
        links = [f'<link rel="canonical" href="{_attr(canonical)}" />'] if canonical else []
        links.append('<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml" />')
        if feed:
            links.append(f'<link rel="alternate" href="{_attr(feed)}" title="Tin Tức" type="application/rss+xml" />')
        menu = "".join(f'<li><a href="/vi/news/{s.slug}/" title="{_attr(s.name)}">{_text(s.name)}</a></li>'
                       for s in portal.sections)
        crumbs = "".join(f'<li><a href="{_attr(href)}" title="{_attr(name)}"><span>{_text(name)}</span></a></li>'
                         for href, name in [("/vi/", "Trang chủ"), ("/vi/news/", "Tin Tức"), *breadcrumb])
        newest = "".join(f'<li class="clearfix"><a href="{_attr(self.article_path(a))}" title="{_attr(a.title)}">'
                         f'{_text(a.title)}</a></li>' for a in portal.articles[:5])
        visits = 1_200_000 + 997 * len(portal.articles)
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{_text(title)} - {_text(site_name)}</title>
<meta name="author" content="{_attr(site_name)}" />
<meta name="copyright" content="{_attr(site_name)} [webmaster@vinades.vn]" />
<meta name="generator" content="NukeViet v4.4" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{meta}{chr(10).join(links)}
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css" />
<link rel="StyleSheet" href="/themes/default/css/bootstrap.min.css" />
<link rel="StyleSheet" href="/themes/default/css/style.css" />
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_b1L0c",theme_responsive=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-md-8">
  <a title="{_attr(site_name)}" href="/vi/"><img src="/uploads/logo.png" width="720" height="120" alt="{_attr(site_name)}" /></a>
  <span class="site_name">{_text(site_name)}</span><span class="site_description">Tỉnh {_text(portal.province)}</span>
</div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">
  <li><a title="Trang chủ" href="/vi/"><em class="fa fa-lg fa-home">&nbsp;</em> Trang chủ</a></li>{menu}
  <li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li><li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none">{crumbs}</ul></div></nav>
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
  <div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="panel-body">
    <ul class="block_tophits list-none list-items">{newest}</ul></div></div>
  <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
    <ul class="counter list-none display-table">
      <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>17</span></li>
      <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>{visits:,}</span></li>
    </ul></div></div>
</div>
</div>
</div></section>
</div>
<footer id="footer" class="wraper"><div class="container">
  <p><strong>{_text(site_name.upper())}</strong></p>
  <p>Cơ quan chủ quản: UBND {_text(portal.ward_name.lower())}, tỉnh {_text(portal.province)}</p>
  <div class="copyright">&copy; Bản quyền thuộc về {_text(site_name)}. Thiết kế bởi <a href="http://vinades.vn">VINADES.,JSC</a></div>
</div></footer>
</div>
</body>
</html>
"""

    # ---- listings -----------------------------------------------------------
    def _listing(self, section, articles: list[ReplicaArticle], number: int) -> str:
        start = (number - 1) * self.page_size
        items = "\n".join(self._listing_item(article) for article in articles[start:start + self.page_size])
        base = f"/vi/news/{section.slug}" if section else "/vi/news"
        pager = self._pager(base, number, self.page_count(len(articles), number))
        name = section.name if section else "Tin Tức"
        feed = f"/vi/news/rss/{section.slug}/" if section else None
        canonical = f"{base}/" if number == 1 else f"{base}/page-{number}"
        crumbs = [(f"{base}/", name)] if section else []
        return self._shell(name, f"{items}\n{pager}", canonical=canonical, feed=feed, breadcrumb=crumbs)

    def _listing_item(self, article: ReplicaArticle) -> str:
        link = _attr(self.article_path(article))
        title = _attr(article.title)
        thumb = (f'<a href="{link}" title="{title}"><img alt="{title}" src="{_attr(_thumb(article.images[0]))}" '
                 f'width="100" class="img-thumbnail pull-left imghome" /></a>' if article.images else "")
        return f"""<div class="news_column">
  <div class="panel panel-default"><div class="panel-body">
    {thumb}
    <h3><a href="{link}" title="{title}">{_text(article.title)}</a></h3>
    <ul class="list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> <span class="text-muted">{_list_time(article)}</span></li>
      <li><em class="fa fa-eye">&nbsp;</em> Đã xem: {article.views}</li></ul>
    <p class="text-justify">{_text(article.lead or article.paragraphs[0])}</p>
  </div></div>
</div>"""

    def _pager(self, base: str, number: int, pages: int) -> str:
        """NukeViet's `nv_generate_page`: «, numbers, », page 1 is the section itself."""
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return f"{base}/" if n == 1 else f"{base}/page-{n}"

        cells = [f'<li class="disabled"><span>&laquo;</span></li>' if number == 1
                 else f'<li><a href="{href(number - 1)}">&laquo;</a></li>']
        for n in range(1, pages + 1):
            cells.append(f'<li class="active"><span>{n}</span></li>' if n == number
                         else f'<li><a href="{href(n)}">{n}</a></li>')
        cells.append(f'<li class="disabled"><span>&raquo;</span></li>' if number == pages
                     else f'<li><a href="{href(number + 1)}">&raquo;</a></li>')
        return f'<div class="text-center"><ul class="pagination">{"".join(cells)}</ul></div>'

    def _feed(self, cat: str | None) -> Response:
        """RSS 2.0 of a section (or of the module). Links are root-relative: the
        replica does not know its host; real feeds print absolute URLs."""
        section = self._section_by_slug(cat) if cat else None
        if cat and section is None:
            return self._not_found()
        articles = self.portal.in_section(section.key) if section else self.portal.articles
        items = "\n".join(f"""    <item>
      <title>{_text(a.title)}</title>
      <link>{_text(self.article_path(a))}</link>
      <guid isPermaLink="false">news_{a.id}</guid>
      <description><![CDATA[{a.lead or a.paragraphs[0]}]]></description>
      <pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate>
    </item>""" for a in articles[:30])
        title = section.name if section else "Tin Tức"
        feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{_text(self.portal.ward_name)} - {_text(title)}</title>
    <link>/vi/news/{f"{section.slug}/" if section else ""}</link>
    <description>{_text(title)}</description>
    <language>vi</language>
    <generator>Nukeviet Version 4.4</generator>
{items}
  </channel>
</rss>
"""
        return Response(200, feed.encode("utf-8"), "application/rss+xml; charset=utf-8")

    # ---- the article --------------------------------------------------------
    def _detail(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        canonical = self.article_path(article)
        meta = (f'<meta property="og:title" content="{_attr(article.title)}" />\n'
                f'<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{_attr(canonical)}" />\n')
        lead = f'<div class="hometext m-bottom">{_text(article.lead)}</div>' if article.lead else ""
        thumb = (f'<figure class="article left noncaption pointer" style="width:160px;"><p class="text-center">'
                 f'<img alt="{_attr(article.title)}" src="{_attr(_thumb(article.images[0]))}" class="img-thumbnail"/>'
                 f'</p></figure>' if article.images else "")
        main = f"""<div class="news_column panel panel-default">
  <div class="panel-body">
    <h1 class="title margin-bottom-lg">{_text(article.title)}</h1>
    <div class="row margin-bottom-lg">
      <div class="col-md-12"><span class="h5">{_header_time(article)}</span></div>
      <div class="col-md-12"><ul class="list-inline text-right">
        <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
        <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{self._article_path(article, section.slug, "print")}','',840,500,'resizable=yes');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
        <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{self._article_path(article, section.slug, "savefile")}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
      </ul></div>
    </div>
    <div class="clearfix">{thumb}{lead}</div>
    <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{self._body(article)}
    </div>
{self._downloads(article)}{self._credit_block(article)}  </div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">
  <em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a title="{_attr(section.name)}" href="/vi/news/tag/{section.slug}"><em>{_text(section.name.lower())}</em></a>
</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">
  <div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>
  <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
</form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
  <div id="idcomment" class="nv-fullbg"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p>
  <div class="alert alert-danger fade in">Bạn cần đăng nhập với tư cách là <strong>Thành viên chính thức</strong> để có thể bình luận</div></div>
</div></div>
{self._others(article)}"""
        return self._shell(article.title, main, canonical=canonical, feed=f"/vi/news/rss/{section.slug}/",
                           meta=meta, breadcrumb=[(f"/vi/news/{section.slug}/", section.name)])

    def _body(self, article: ReplicaArticle) -> str:
        """The stored bodyhtml: CKEditor paragraphs and images; an unlabelled
        credit is typed at its end, right-aligned, as editors do."""
        blocks = [self._image(image, n) for n, image in enumerate(article.images) if image.after_paragraph < 0]
        for index, paragraph in enumerate(article.paragraphs):
            blocks.append(f'<p style="text-align: justify;">{_text(paragraph)}</p>')
            blocks += [self._image(image, n) for n, image in enumerate(article.images)
                       if image.after_paragraph == index]
        if article.end_mark:
            blocks.append(f"<p>{_text(article.end_mark)}</p>")
        blocks += [f'<p style="text-align: right;"><strong>{_text(line)}</strong></p>'
                   for line in _credit_lines(article) if not _LABELLED.match(line)]
        blocks.append("<p>&nbsp;</p>")
        return "\n".join(blocks)

    def _image(self, image: ReplicaImage, number: int) -> str:
        """Captioned images alternate between the two editor habits seen:
        CKEditor's figure, and an image followed by a centred italic line."""
        src = _attr(image.path)
        if not image.caption:
            return f'<p style="text-align: center;"><img alt="" src="{src}" width="800" /></p>'
        if number % 2 == 0:
            return (f'<figure class="image"><img alt="{_attr(image.caption)}" src="{src}" width="800" />'
                    f'<figcaption>{_text(image.caption)}</figcaption></figure>')
        return (f'<p style="text-align: center;"><img alt="{_attr(image.caption)}" src="{src}" width="800" /></p>\n'
                f'<p style="text-align: center;"><em>{_text(image.caption)}</em></p>')

    def _downloads(self, article: ReplicaArticle) -> str:
        if not article.attachments:
            return ""
        rows = "\n".join(f"""      <div class="list-group-item">
        <a href="{_attr(a.path)}" title="Tải về {_attr(a.title)}" download>Tải về: <strong>{_text(a.title)}</strong></a>
      </div>""" for a in article.attachments)
        return f"""    <div class="panel panel-default">
      <div class="panel-heading"><i class="fa fa-download fa-fw"></i><strong>Tập tin đính kèm</strong></div>
      <div class="list-group news-download-file">
{rows}
      </div>
    </div>
"""

    def _credit_block(self, article: ReplicaArticle) -> str:
        """The author / source fields: "<strong>Label: </strong>value", right-aligned."""
        rows = [_LABELLED.match(line) for line in _credit_lines(article)]
        rows = [f'      <p class="h5 text-right"><strong>{_text(m["label"])}: </strong>{_text(m["value"])}</p>'
                for m in rows if m]
        if not rows:
            return ""
        return '    <div class="margin-bottom-lg">\n' + "\n".join(rows) + "\n    </div>\n"

    def _others(self, article: ReplicaArticle) -> str:
        """"Những tin mới hơn / Những tin cũ hơn" of the same section, dated (dd/mm/yyyy)."""
        siblings = self.portal.in_section(article.section)
        index = siblings.index(article)
        newer, older = siblings[max(0, index - 3):index], siblings[index + 1:index + 4]

        def block(heading: str, items: list[ReplicaArticle]) -> str:
            if not items:
                return ""
            rows = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><h4><a href="{_attr(self.article_path(a))}" '
                           f'title="{_attr(a.title)}">{_text(a.title)}</a></h4>'
                           f'<em>({a.published:%d/%m/%Y})</em></li>' for a in items)
            return (f'<p class="h3"><strong>{heading}</strong></p><div class="clearfix">'
                    f'<ul class="detail-related related list-none list-items">{rows}</ul></div>')

        return (f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                f'{block("Những tin mới hơn", newer)}{block("Những tin cũ hơn", older)}</div></div>')

    def _print_view(self, article: ReplicaArticle) -> str:
        """The print template (also what savefile downloads): no theme, no canonical."""
        credit = "".join(f"<p><strong>{_text(m['label'])}:</strong> {_text(m['value'])}</p>"
                         for m in (_LABELLED.match(line) for line in _credit_lines(article)) if m)
        lead = f'<div id="hometext">{_text(article.lead)}</div>' if article.lead else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_text(article.title)}</title>
<meta name="generator" content="NukeViet v4.4" />
<meta name="robots" content="noindex, nofollow" />
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news";</script>
</head><body>
<div id="print">
  <div id="hd_print"><h2 class="pull-left">Cổng thông tin điện tử {_text(self.portal.ward_name)}</h2></div>
  <hr />
  <div id="content">
    <h1>{_text(article.title)}</h1>
    <ul class="list-inline"><li>{_header_time(article)}</li>
      <li class="hidden-print txtrequired"><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li></ul>
    {lead}
    <div id="bodytext" class="clearfix">
{self._body(article)}
    </div>
    <div id="author">{credit}</div>
  </div>
  <div id="footer" class="clearfix"><div id="url"><strong>Đường dẫn bài viết: </strong>{_text(self.article_path(article))}</div></div>
</div>
</body></html>
"""


def _credit_lines(article: ReplicaArticle) -> list[str]:
    return [line.strip() for line in (article.credit_line or "").split("\n") if line.strip()]


def _thumb(image: ReplicaImage) -> str:
    """NukeViet serves list thumbnails from /assets/, a copy of /uploads/."""
    return image.path.replace("/uploads/", "/assets/", 1)
