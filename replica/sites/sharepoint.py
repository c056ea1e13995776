"""F2: a SharePoint "portal/pages" commune portal, as Hà Tĩnh runs them (e.g. Xã Gia Hanh).

URL scheme (portals.md, F2 (b)); IIS paths are case-insensitive, so are these:
  /portal/Pages/default.aspx                          home
  /portal/Pages/<section-slug>.aspx[?Page=<n>]        a news section, 10 per page; the GET
                                                      `?Page=` pager is our assumption (not observed)
  /portal/pages/<y-m-d>/<Title-Slug-cut-at-50>-<id>.aspx  an article; the date unpadded (2025-9-5),
                                                      the slug ASCII with the title's capitals kept
  /portal/pages/print.aspx?p=<id>                     the print view of an article

Pages carry SharePoint's furniture: __VIEWSTATE, the s4-workspace layout,
`.ms-rtestate-field` around the text, a "Số lượt người xem:" counter with the
number on the next line, "In bài | Gửi email" tools, "Các tin khác", and a
footer with the site counters and a leaked "/portal/Home/Gop-y/default.aspx".
"""
from __future__ import annotations

import base64
import re
import unicodedata
from html import escape
from urllib.parse import parse_qs

from ward_replica.content import ReplicaArticle
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

_ARTICLE = re.compile(r"^/portal/pages/\d{4}-\d{1,2}-\d{1,2}/[^/]+-(\d+)\.aspx$", re.I)
_SECTION = re.compile(r"^/portal/pages/([^/]+)\.aspx$", re.I)
_PRINT = "/portal/pages/print.aspx"
_HOME = ("/", "/portal", "/portal/", "/portal/pages/default.aspx")


def title_slug(title: str, limit: int = 50) -> str:
    """"Ứng dụng Công nghệ thông tin, chuyển đổi số trong việc…" ->
    "Ung-dung-Cong-nghe-thong-tin-chuyen-doi-so-trong-v": accents dropped,
    capitals kept, cut at `limit` characters as the portal does."""
    folded = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    ascii_title = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-")[:limit].rstrip("-")


def _breadcrumb(section) -> str:
    return (f'<div class="breadcrumb"><a href="/portal/Pages/default.aspx">Trang chủ</a> &gt; '
            f'<a href="/portal/Pages/{section.slug}.aspx">{escape(section.name)}</a></div>')


def _thumbnail(article: ReplicaArticle) -> str:
    return escape(article.images[0].path) if article.images else "/portal/PublishingImages/no-image.jpg"


@register
class SharePointSite(Site):
    platform = "sharepoint"
    page_size = 10

    def __init__(self, portal):
        super().__init__(portal)
        self.by_id = {str(article.id): article for article in portal.articles}

    # ---- URL scheme ---------------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [f"/portal/Pages/{section.slug}.aspx" for section in self.portal.sections]

    def article_path(self, article: ReplicaArticle) -> str:
        day = article.published
        return f"/portal/pages/{day.year}-{day.month}-{day.day}/{title_slug(article.title)}-{article.id}.aspx"

    # ---- routing ------------------------------------------------------------
    def handle(self, path: str, query: str) -> Response:
        lowered = path.lower()
        if lowered in _HOME:
            return self._page("Trang chủ", self._list(self.portal.articles[:self.page_size]), path)
        if lowered == _PRINT:
            article = self.by_id.get(parse_qs(query).get("p", [""])[0])
            return self._print(article) if article else self._not_found()
        match = _ARTICLE.match(path)
        if match:
            article = self.by_id.get(match.group(1))
            if article is not None and self.article_path(article).lower() == lowered:
                return self._page(article.title, self._article(article), path, article)
            return self._not_found()
        match = _SECTION.match(path)
        if match:
            section = next((s for s in self.portal.sections if s.slug.lower() == match.group(1).lower()), None)
            if section is not None:
                return self._section(section, path, query)
        return self._not_found()

    def _section(self, section, path: str, query: str) -> Response:
        articles = self.portal.in_section(section.key)
        try:
            number = int(parse_qs(query).get("Page", ["1"])[0])
        except ValueError:
            return self._not_found()
        pages = self.page_count(len(articles), number)
        if not 1 <= number <= pages:
            return self._not_found()
        shown = articles[(number - 1) * self.page_size: number * self.page_size]
        main = f"""{_breadcrumb(section)}
{self._list(shown)}
{self._pager(section, number, pages)}"""
        return self._page(section.name, main, path)

    # ---- pages --------------------------------------------------------------
    def _page(self, title: str, main: str, path: str, article: ReplicaArticle | None = None) -> Response:
        ward = escape(self.portal.ward_name)
        menu = "\n".join(f'<a href="/portal/Pages/{s.slug}.aspx">{escape(s.name)}</a>' for s in self.portal.sections)
        # ASP.NET state: opaque, but the same for the same page.
        viewstate = base64.b64encode(f"/wEPDwUBMA9kFgJmD2Q{path}".encode()).decode()
        html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>
	{escape(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/HaTinh/css/portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZJAq2HKCNVFnBdp2ZTgl6w%3D%3DTAG0"></script>
</head>
<body>
<form method="post" action=".{escape(path[path.rfind('/'):])}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<div id="s4-workspace">
<div id="s4-bodyContainer">
	<div class="header-portal">
		<div class="banner"><a href="/portal/Pages/default.aspx"><img src="/portal/PublishingImages/banner.jpg" alt="Cổng thông tin điện tử {ward}" /></a></div>
		<div class="top-menu">
			<a href="/portal/Pages/default.aspx">Trang chủ</a>
{menu}
			<a href="/portal/Home/Gop-y/default.aspx">Góp ý</a>
		</div>
	</div>
	<div class="main-portal">
{main}
	</div>
	<div class="footer-portal">
		<p>CỔNG THÔNG TIN ĐIỆN TỬ {ward.upper()} - TỈNH {escape(self.portal.province.upper())}</p>
		<p>Chịu trách nhiệm: Chủ tịch UBND {ward}</p>
		<div class="counter"><span>Tổng lượt truy cập:</span> 9.660.859 <span>Đang truy cập :</span> 116</div>
		<div>/portal/Home/Gop-y/default.aspx</div>
	</div>
</div>
</div>
</form>
</body>
</html>
"""
        return Response(200, html.encode("utf-8"))

    def _not_found(self) -> Response:
        html = """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><title>Lỗi</title></head>
<body><div id="ms-error"><h1 class="ms-core-pageTitle">Rất tiếc, đã xảy ra lỗi</h1>
<div id="ms-error-body">Không tìm thấy tệp.</div>
<a href="/portal/Pages/default.aspx">Quay lại trang chủ</a></div></body></html>
"""
        return Response(404, html.encode("utf-8"))

    def _list(self, articles: list[ReplicaArticle]) -> str:
        items = "\n".join(f"""	<div class="news-item">
		<a class="news-img" href="{self.article_path(a)}"><img src="{_thumbnail(a)}" alt="" /></a>
		<h3 class="news-title"><a href="{self.article_path(a)}">{escape(a.title)}</a></h3>
		<span class="news-date">({a.published:%d/%m/%Y})</span>
	</div>""" for a in articles)
        return f'<div id="ctl00_PlaceHolderMain_ctl00_pnlListNews" class="news-list">\n{items}\n</div>'

    @staticmethod
    def _pager(section, number: int, pages: int) -> str:
        if pages == 1:
            return ""
        base = f"/portal/Pages/{section.slug}.aspx"
        def href(n: int) -> str:
            return base if n == 1 else f"{base}?Page={n}"

        links = [f'<span class="current">{n}</span>' if n == number else f'<a href="{href(n)}">{n}</a>'
                 for n in range(1, pages + 1)]
        if number < pages:
            links.append(f'<a href="{href(number + 1)}">Trang sau</a>')
        return '<div class="pager">\n' + "\n".join(links) + "\n</div>"

    @staticmethod
    def _shown_date(article: ReplicaArticle) -> str:
        if article.has_time:
            return f"Cập nhật lúc: {article.published:%d/%m/%Y %H:%M}"
        return f"Cập nhật lúc: {article.published:%d/%m/%Y}"

    def _detail(self, article: ReplicaArticle) -> str:
        """Title, date, sapo and text: shared by the article page and its print view."""
        sapo = f'<div class="sapo">{escape(article.lead)}</div>' if article.lead else ""
        return f"""<h1 class="title-news">{escape(article.title)}</h1>
		<div class="date-news"><span class="date">{self._shown_date(article)}</span></div>
		{sapo}
		<div class="content-detail">
			<div id="ctl00_PlaceHolderMain_ctl00_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_ctl02_label"><div class="ExternalClass{article.id:032X}">
{self._text(article)}
</div></div>
		</div>"""

    def _article(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        others = [a for a in self.portal.in_section(article.section) if a is not article][:5]
        other_items = "\n".join(
            f'<li><a href="{self.article_path(a)}">{escape(a.title)}</a> <span>({a.published:%d/%m/%Y})</span></li>'
            for a in others)
        return f"""{_breadcrumb(section)}
	<div id="ctl00_PlaceHolderMain_ctl00_pnlNewsDetail" class="news-detail">
		{self._detail(article)}
		<div class="view-count">Số lượt người xem:<br /><span>{article.views}</span></div>
		<div class="tool-news"><a href="{_PRINT}?p={article.id}" target="_blank">In bài</a> | <a href="javascript:void(0)" onclick="sendMail();">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
		<div class="other-news">
			<h3>Các tin khác</h3>
			<ul>
{other_items}
			</ul>
		</div>
	</div>"""

    def _print(self, article: ReplicaArticle) -> Response:
        path = self.article_path(article)
        html = f"""<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="GENERATOR" content="Microsoft SharePoint" /><title>In bài viết</title></head>
<body>
<div class="print-page">
	<div class="print-header"><b>CỔNG THÔNG TIN ĐIỆN TỬ {escape(self.portal.ward_name.upper())}</b></div>
	<div class="no-print"><a href="javascript:window.print();">In trang</a> | <a href="javascript:window.close();">Đóng cửa sổ</a></div>
	<div class="news-detail">
		{self._detail(article)}
	</div>
	<div class="print-footer">Địa chỉ bài viết: <a href="{path}">{escape(path)}</a></div>
</div>
</body>
</html>
"""
        return Response(200, html.encode("utf-8"))

    @staticmethod
    def _text(article: ReplicaArticle) -> str:
        """The rich-text field: justified paragraphs, each image centred with
        its caption on the next line, link-only attachment lines, the end
        mark and a right-aligned bold credit."""
        blocks = []

        def photos(after: int) -> None:
            for image in article.images:
                if image.after_paragraph == after:
                    blocks.append(f'<p style="text-align: center;"><img alt="" src="{escape(image.path)}" '
                                  'style="width: 600px; height: 400px;" /></p>')
                    if image.caption:
                        blocks.append(f'<p style="text-align: center;"><em>{escape(image.caption)}</em></p>')

        photos(-1)
        for index, paragraph in enumerate(article.paragraphs):
            blocks.append(f'<p style="text-align: justify;">{escape(paragraph)}</p>')
            photos(index)
        blocks += [f'<p><a href="{escape(a.path)}">{escape(a.title)}</a></p>' for a in article.attachments]
        if article.end_mark:
            blocks.append(f'<p style="text-align: justify;">{escape(article.end_mark)}</p>')
        if article.credit_line:
            blocks += [f'<p style="text-align: right;"><strong>{escape(line)}</strong></p>'
                       for line in article.credit_line.split("\n")]
        return "\n".join(blocks)
