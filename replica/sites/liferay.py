"""Replica of a legacy Liferay 6 ward portal: the Hanoi / HCMC Asset Publisher look.

URL scheme (as on phohue.haibatrung.hanoi.gov.vn and tanbinh.hochiminhcity.gov.vn):

    /  and  /trang-chu                                   home: the latest news
    /<section>                                           a section's Asset Publisher, page 1
    /<section>?p_p_id=101_INSTANCE_<i>&…&_101_INSTANCE_<i>_cur=<n>   page n (`_delta` per page)
    /<section>/-/asset_publisher/<i>/content/<urlTitle>  an article
    /en/…, /en_US/…, /vi/…, /vi_VN/…                      the same pages under a locale prefix

Every article link carries Liferay state, as real listings do: listing links
`?inheritRedirect=false&redirect=<the listing page, paging state included>`,
"Tin khác" links `?redirect=<the article>`, and the "Tin mới" sidebar links a
`/en/` prefix and `?_101_INSTANCE_<i>_viewMode=view`. The URL title drops "đ"
entirely, like Liferay's friendly URLs ("Đại đoàn kết" -> "ai-oan-ket").

The article page has the legacy ward-portal furniture: skip link, banner,
menu, breadcrumb, the portlet title twice, the "Back" link, the journal
template's "Ngày đăng dd/mm/yyyy | HH:MM | Lượt xem: N" line, bare centred
captions, the credit right-aligned at the end, related documents under
"Tài liệu đính kèm" (Liferay's related assets), a "Tin khác" portlet, a
left menu, a "Tin mới" sidebar and visitor counters.
"""
from __future__ import annotations

import hashlib
import math
import re
import string
import unicodedata
from html import escape
from urllib.parse import parse_qsl, quote

from ward_replica.content import ReplicaArticle, ReplicaPortal, ReplicaSection
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

_LOCALE_PREFIX = re.compile(r"^/(?:en|en_US|vi|vi_VN)(?=/|$)")
_ARTICLE_PATH = re.compile(r"^/([\w-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([\w-]+)$")
_HOME_PATHS = ("/", "/trang-chu")
_MAX_DELTA = 100
_URL_TITLE_MAX = 100


@register
class LiferaySite(Site):
    platform = "liferay"
    page_size = 10

    def __init__(self, portal: ReplicaPortal):
        super().__init__(portal)
        self.instance = {section.key: _instance_id(portal.slug, section.key) for section in portal.sections}
        self.url_title = _url_titles(portal.articles)
        self.section_by_slug = {section.slug: section for section in portal.sections}
        self.article_by_url = {(self._section(a).slug, self.url_title[a.id]): a for a in portal.articles}

    # ---- the Site contract ------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [f"/{section.slug}" for section in self.portal.sections]

    def article_path(self, article: ReplicaArticle) -> str:
        section = self._section(article)
        instance, url_title = self.instance[section.key], self.url_title[article.id]
        return f"/{section.slug}/-/asset_publisher/{instance}/content/{url_title}"

    def handle(self, path: str, query: str) -> Response:
        path = _LOCALE_PREFIX.sub("", path) or "/"
        params = dict(parse_qsl(query, keep_blank_values=True))
        if path in _HOME_PATHS:
            return self._page("Trang chủ", None, self._home())
        match = _ARTICLE_PATH.match(path)
        if match:
            slug, instance, url_title = match.groups()
            article = self.article_by_url.get((slug, url_title))
            if article is not None and self.instance[article.section] == instance:
                return self._page(article.title, self._section(article), self._article_main(article))
        section = self.section_by_slug.get(path.strip("/"))
        if section is not None and "/" not in path.strip("/"):
            return self._page(section.name, section, self._listing(section, params))
        return self._not_found(path)

    # ---- URLs ---------------------------------------------------------------
    def _section(self, article: ReplicaArticle) -> ReplicaSection:
        return self.portal.section(article.section)

    def _namespace(self, section: ReplicaSection) -> str:
        return f"_101_INSTANCE_{self.instance[section.key]}_"

    def _listing_url(self, section: ReplicaSection, cur: int, delta: int) -> str:
        """A pager link, with all the render parameters Liferay 6.1 writes."""
        ns = self._namespace(section)
        return (f"/{section.slug}?p_p_id=101_INSTANCE_{self.instance[section.key]}&p_p_lifecycle=0"
                f"&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1&{ns}delta={delta}"
                f"&{ns}keywords=&{ns}advancedSearch=false&{ns}andOperator=true&p_r_p_564233524_resetCur=false"
                f"&{ns}cur={cur}")

    def _link_from_listing(self, article: ReplicaArticle, listing_url: str) -> str:
        return f"{self.article_path(article)}?inheritRedirect=false&redirect={quote(listing_url, safe='')}"

    def _link_from_sidebar(self, article: ReplicaArticle) -> str:
        section = self._section(article)
        return f"/en{self.article_path(article)}?{self._namespace(section)}viewMode=view"

    # ---- page bodies ------------------------------------------------------------
    def _listing(self, section: ReplicaSection, params: dict) -> str:
        articles = self.portal.in_section(section.key)
        ns = self._namespace(section)
        routed = params.get("p_p_id") == f"101_INSTANCE_{self.instance[section.key]}"
        delta = _int(params.get(f"{ns}delta"), self.page_size) if routed else self.page_size
        delta = min(max(delta, 1), _MAX_DELTA)
        asked = max(_int(params.get(f"{ns}cur"), 1) if routed else 1, 1)
        pages = math.ceil(len(articles) / delta) or 1
        if self.endless_pager:
            pages = max(pages, asked + 1)
        # Liferay's search container moves a cursor past the end back to the last page.
        cur = min(asked, pages)
        shown = articles[(cur - 1) * delta:cur * delta]
        here = self._listing_url(section, cur, delta) if cur > 1 else f"/{section.slug}"
        items = "\n".join(self._abstract(article, here) for article in shown) or (
            '<div class="portlet-msg-info">Không có kết quả nào.</div>')
        first, last = (cur - 1) * delta + 1, (cur - 1) * delta + len(shown)
        pager = self._page_iterator(section, cur, pages, delta, first, last, len(articles))
        return self._portlet(section, section.name.upper(), f"{items}\n{pager}")

    def _abstract(self, article: ReplicaArticle, here: str) -> str:
        href = escape(self._link_from_listing(article, here))
        thumbnail = (f'<div class="asset-small-image"><a href="{href}"><img alt="" class="asset-small-image" '
                     f'src="{escape(article.images[0].path)}" width="150" /></a></div>' if article.images else "")
        summary = article.lead or article.paragraphs[0]
        return f"""<div class="asset-abstract default-asset-publisher">
	<div class="lfr-meta-actions asset-actions"></div>
	<h3 class="asset-title"><a href="{href}"><img alt="" src="/html/icons/journal.png" /> {escape(article.title)}</a></h3>
	<div class="asset-content">
		<div class="asset-summary">{thumbnail}{escape(_shorten(summary))}</div>
		<div class="asset-more"><a href="{href}">Xem thêm <span class="aui-helper-hidden-accessible">về {escape(article.title)}</span> »</a></div>
	</div>
	<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{article.published:%d/%m/%Y}</span></div>
</div>"""

    def _page_iterator(self, section, cur, pages, delta, first, last, total) -> str:
        """Liferay 6.1's page iterator: results line, selectors and page links."""
        ns = self._namespace(section)

        def link(css_class, target, text):
            if target == cur or not 1 <= target <= pages:
                return f'<span class="{css_class}">{text}</span>'
            return f'<a class="{css_class}" href="{escape(self._listing_url(section, target, delta))}">{text}</a>'

        selected = ' selected="selected"'
        options = "".join(f'<option{selected if n == cur else ""} value="{n}">{n}</option>'
                          for n in range(1, pages + 1))
        return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
	<div class="search-results">Hiển thị {first} - {last} của {total} kết quả.</div>
	<div class="search-pages">
		<div class="delta-selector">Mục mỗi trang <select id="{ns}itemsPerPage" onchange="{ns}updateDelta(this);"><option value="5">5</option><option selected="selected" value="{delta}">{delta}</option><option value="20">20</option></select></div>
		<div class="page-selector">Trang <select id="{ns}page" onchange="{ns}updateCur(this);">{options}</select> của {pages}</div>
		<div class="page-links">
			{link("first", 1, "Đầu")}
			{link("previous", cur - 1, "Trước")}
			{link("next", cur + 1, "Tiếp")}
			{link("last", pages, "Cuối")}
		</div>
	</div>
</div>"""

    def _article_main(self, article: ReplicaArticle) -> str:
        section = self._section(article)
        ns = self._namespace(section)
        back = escape(f"/{section.slug}")
        content = self._journal_content(article)
        documents = "".join(
            f'<li class="asset-links-list-item"><a class="taglib-icon" href="{escape(doc.path)}">'
            f'<img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
            f'<span class="taglib-text">{escape(doc.title)}</span></a></li>' for doc in article.attachments)
        related = (f'<div class="asset-links"><h2 class="asset-links-title">Tài liệu đính kèm</h2>'
                   f'<ul class="asset-links-list">{documents}</ul></div>' if documents else "")
        main = f"""<div class="title-category">{escape(section.name.upper())}</div>
<div class="taglib-header ">
	<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{back}" id="{ns}TabsBack" title="Back">Back</a></span>
	<h3 class="header-title"><span>{escape(article.title)}</span></h3>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
	<div class="lfr-meta-actions asset-actions"></div>
	<div class="asset-content" id="{ns}{article.id}">
		<div class="journal-content-article">
{content}
		</div>
	</div>
	{related}
	<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Đánh giá của bạn</div></div><div class="liferay-rating-score"><div class="rating-label">Trung bình (0 Bình chọn)</div></div></div></div>
</div>"""
        others = [other for other in self.portal.in_section(section.key) if other.id != article.id][:5]
        other_items = "\n".join(
            f'<li class="title-list"><a href="{escape(self.article_path(other))}?redirect='
            f'{quote(self.article_path(article), safe="")}">{escape(other.title)}</a> '
            f'<span class="metadata-publish-date">({other.published:%d/%m/%Y})</span></li>' for other in others)
        more = self._portlet(section, "Tin khác", f'<ul class="title-list">{other_items}</ul>',
                             instance=f"tinKhac{self.instance[section.key][:5]}") if others else ""
        return self._portlet(section, section.name.upper(), main) + more

    def _journal_content(self, article: ReplicaArticle) -> str:
        """What the vendor's journal template prints: date line, sapo, body, credit."""
        when = article.published
        time = f" | {when:%H:%M}\u00a0" if article.has_time else " "
        parts = [f'<div class="ngay-dang">Ngày đăng {when:%d/%m/%Y}{time} | Lượt xem: {article.views}</div>']
        if article.lead:
            parts.append(f'<div class="sapo"><p><strong>{escape(article.lead)}</strong></p></div>')
        parts += self._images_after(article, -1)
        for index, paragraph in enumerate(article.paragraphs):
            parts.append(f'<p style="text-align: justify;">{escape(paragraph)}</p>')
            parts += self._images_after(article, index)
        if article.end_mark:
            parts.append(f"<p>{escape(article.end_mark)}</p>")
        if article.credit_line:
            parts += [f'<p style="text-align: right;"><strong>{escape(line)}</strong></p>'
                      for line in article.credit_line.split("\n")]
        return "\n".join(parts)

    @staticmethod
    def _images_after(article: ReplicaArticle, index: int) -> list[str]:
        parts = []
        for image in article.images:
            if image.after_paragraph == index:
                parts.append(f'<p style="text-align: center;"><img alt="" src="{escape(image.path)}" '
                             f'style="width: 600px; height: 400px;" /></p>')
                if image.caption:
                    parts.append(f'<p style="text-align: center;">{escape(image.caption)}</p>')
        return parts

    def _home(self) -> str:
        latest = self.portal.articles[:self.page_size]
        items = "\n".join(self._abstract(article, "/trang-chu") for article in latest)
        return self._portlet(None, "TIN TỨC - SỰ KIỆN", items, instance="trangChuTin1")

    # ---- furniture ------------------------------------------------------------------
    def _portlet(self, section, title: str, body: str, instance: str | None = None) -> str:
        instance = instance or self.instance[section.key]
        return f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{instance}_">
	<span id="p_101_INSTANCE_{instance}"></span>
	<section class="portlet" id="portlet_101_INSTANCE_{instance}">
		<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{escape(title)}</span></h1></header>
		<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
{body}
		</div></div></div>
	</section>
</div>"""

    def _page(self, title: str, section: ReplicaSection | None, main: str, status: int = 200) -> Response:
        portal = self.portal
        site_name = f"Cổng thông tin điện tử {portal.ward_name}"
        menu = "\n".join(
            f'<li class="{"selected" if s is section else ""}" role="presentation"><a href="/{s.slug}" '
            f'role="menuitem"><span>{escape(s.name)}</span></a></li>' for s in portal.sections)
        crumbs = f'<li class="first"><span><a href="/trang-chu">Trang chủ</a></span></li>'
        if section is not None:
            crumbs += f'<li class="last"><span><a href="/{section.slug}">{escape(section.name)}</a></span></li>'
        left = "\n".join(f'<li><a href="/{s.slug}">{escape(s.name)}</a></li>' for s in portal.sections)
        latest = "\n".join(
            f'<li><a href="{escape(self._link_from_sidebar(a))}">{escape(a.title)}</a> '
            f'<span class="ngay">({a.published:%d/%m/%Y})</span></li>' for a in portal.articles[:5])
        online, total = _counters(portal.slug)
        html = f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{escape(title)} - {escape(site_name)}</title>
	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
	<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
	<link href="/ward-theme/images/favicon.ico" rel="Shortcut Icon" />
	<link class="lfr-css-file" href="/ward-theme/css/main.css?browserId=other&amp;themeId=wardtheme_WAR_wardtheme&amp;languageId=vi_VN&amp;b=6120" rel="stylesheet" type="text/css" />
	<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=wardtheme_WAR_wardtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6120" type="text/javascript"></script>
	<script type="text/javascript">
		var themeDisplay = Liferay.ThemeDisplay;
		Liferay.Portlet.list = [{", ".join(repr(f"101_INSTANCE_{i}") for i in self.instance.values())}];
	</script>
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>

<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div id="heading">
			<h1 class="site-title"><a class="logo custom-logo" href="/trang-chu" title="Đi tới {escape(site_name)}"><img alt="{escape(site_name)}" height="120" src="/ward-theme/images/banner.png" width="980" /></a></h1>
		</div>
		<a href="/c/portal/login?p_l_id=10579" id="sign-in" rel="nofollow">Đăng nhập</a>
		<nav class="sort-pages modify-pages" id="navigation" role="navigation">
			<ul aria-label="Trang web" role="menubar">
				<li role="presentation"><a href="/trang-chu" role="menuitem"><span>Trang chủ</span></a></li>
{menu}
			</ul>
		</nav>
	</header>

	<div id="content">
		<nav class="site-breadcrumbs" id="breadcrumbs">
			<h1><span>Định hướng</span></h1>
			<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">{crumbs}</ul>
		</nav>
		<div class="columns-1-3-1" id="main-content" role="main">
			<div class="portlet-layout">
				<div class="aui-w25 portlet-column portlet-column-first" id="column-1">
					<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_56_INSTANCE_danhMucTrai_">
						<section class="portlet" id="portlet_56_INSTANCE_danhMucTrai">
							<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Danh mục</span></h1></header>
							<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
								<div class="journal-content-article"><div class="menu-trai"><h3>Danh mục</h3><ul>
{left}
								</ul></div></div>
							</div></div></div>
						</section>
					</div>
					<div class="lien-ket"><select onchange="window.open(this.value)"><option value="">-- Liên kết website --</option><option value="https://hanoi.gov.vn">Cổng thông tin điện tử thành phố</option></select></div>
				</div>
				<div class="aui-w50 portlet-column" id="column-2">
{main}
				</div>
				<div class="aui-w25 portlet-column portlet-column-last" id="column-3">
					<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_tinMoiBen01_">
						<section class="portlet" id="portlet_101_INSTANCE_tinMoiBen01">
							<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin mới</span></h1></header>
							<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
								<ul class="title-list">
{latest}
								</ul>
							</div></div></div>
						</section>
					</div>
					<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content" id="p_p_id_56_INSTANCE_thongKe01_">
						<section class="portlet" id="portlet_56_INSTANCE_thongKe01">
							<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h1></header>
							<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
								<div class="journal-content-article"><div class="thong-ke"><p>Đang truy cập: {online}</p><p>Tổng truy cập: {total}</p></div></div>
							</div></div></div>
						</section>
					</div>
				</div>
			</div>
		</div>
		<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
	</div>

	<footer id="footer" role="contentinfo">
		<p class="powered-by">Bản quyền thuộc Ủy ban nhân dân {escape(portal.ward_name)} - {escape(portal.province)}</p>
		<p>Chịu trách nhiệm chính: Chủ tịch UBND {escape(portal.ward_name)}</p>
	</footer>
</div>
</body>
</html>
"""
        return Response(status=status, body=html.encode("utf-8"))

    def _not_found(self, path: str) -> Response:
        """Liferay's status page: the portal chrome around an error message."""
        message = (f'<div class="portlet-msg-error">Không tìm thấy tài nguyên được yêu cầu.</div>'
                   f'<div class="url">{escape(path)}</div>')
        return self._page("Trạng thái", None, message, status=404)


def _instance_id(portal: str, key: str) -> str:
    """A 12-character portlet instance id, fixed for a portal section."""
    alphabet = string.ascii_letters + string.digits
    digest = hashlib.sha256(f"{portal}/{key}".encode("utf-8")).digest()
    return "".join(alphabet[byte % len(alphabet)] for byte in digest[:12])


def _url_title(title: str) -> str:
    """Liferay 6's friendly URL title: accents stripped, "đ" dropped (it has no
    decomposition, so the normaliser loses it), cut at 100 characters."""
    text = unicodedata.normalize("NFD", title.lower().replace("đ", ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:_URL_TITLE_MAX]


def _url_titles(articles: list[ReplicaArticle]) -> dict[int, str]:
    """URL titles by article id. Liferay stores a URL title once and keeps it;
    a title already taken gets the article id appended, so no URL moves when
    a later edition adds or removes articles."""
    bases = [_url_title(article.title) or str(article.id) for article in articles]
    repeated = {base for base in bases if bases.count(base) > 1}
    return {article.id: f"{base}-{article.id}" if base in repeated else base
            for article, base in zip(articles, bases)}


def _counters(slug: str) -> tuple[int, int]:
    """Visitor counters: fixed per portal so the replica's bytes never change."""
    seed = int(hashlib.sha256(slug.encode("utf-8")).hexdigest()[:8], 16)
    return 1 + seed % 9, 1_000_000 + seed % 2_000_000


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "..."


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
