"""F7 Joomla!: an An Giang commune site on Joomla 3 (the Protostar layout, vi-VN).

URLs (portals.md F7): every news section is a category blog under one menu
item whose alias is a timestamp (`2019-05-14-08-30-12`: Joomla wrote one
when the Vietnamese menu title transliterated to nothing), articles are
`/index.php/<menu>/<category>/<id>-<alias>`. The aliases were made by the
old Joomla 1.5 transliteration, which knew Latin-1 accents and dropped every
other Vietnamese letter: "Tin tức - Sự kiện" became `tin-t-c-s-ki-n`. Only
the id matters to the router. Category blogs paginate with `?start=<n>`;
`?tmpl=component&print=1&layout=default` is the print view, and the non-SEF
`/index.php?option=com_content&view=article&id=<id>` answers too.

Pages carry Joomla's noise: generator meta and /media/jui/ scripts, the
`dl.article-info` block ("Viết bởi Quản trị", "Lượt xem: N"), print/email
icons, the bold first paragraph standing in for a sapo, images with a
centred italic caption line or caption.js captions (`img.caption[title]`),
"./." and a right-aligned credit, the "Tin mới / Tin cũ hơn" pager, the
latest-news and counter modules. Every seventh article ends with the SEO
spam seen on a compromised Đà Nẵng ward site.
"""
from __future__ import annotations

import re
import unicodedata
from html import escape
from urllib.parse import parse_qs

from ward_replica.content import ReplicaArticle, ReplicaImage
from ward_replica.generate import vn_number
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

MENU_ALIAS = "2019-05-14-08-30-12"
_ARTICLE = re.compile(rf"^/index\.php/{MENU_ALIAS}/(?P<cat>[a-z0-9-]+)/(?P<id>\d+)(?:-[a-z0-9-]*)?$")
_CATEGORY = re.compile(rf"^/index\.php/{MENU_ALIAS}/(?P<cat>[a-z0-9-]+)$")
_SPAM = ('<p>chung cu times city, to chuc su kien, tai zalo, may loc nuoc gia re, thiet ke website tron goi</p>\n'
         '<div style="position: absolute; left: -9999px;"><a href="http://chungcu-timescity.example.com/">'
         'chung cu times city</a> <a href="http://sukien-pro.example.net/">to chuc su kien</a></div>')


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def joomla15_alias(title: str) -> str:
    """Joomla 1.5's `stringURLSafe`: Latin-1 accents transliterated, every
    other non-ASCII letter dropped ("Sự kiện khác" -> "s-ki-n-khac")."""
    letters = []
    for char in title.lower():
        if char.isascii():
            letters.append(char if char.isalnum() else "-")
        elif ord(char) < 0x100:
            base = unicodedata.normalize("NFD", char)[0]
            letters.append(base if base.isascii() and base.isalnum() else "-")
        else:
            letters.append("-")
    return re.sub(r"-+", "-", "".join(letters)).strip("-")


def _date_vi(article: ReplicaArticle) -> str:
    """vi-VN DATE_FORMAT_LC3, "d F Y": "05 Tháng 4 2024"."""
    return f"{article.published:%d} Tháng {article.published.month} {article.published.year}"


@register
class JoomlaSite(Site):
    platform = "joomla"
    page_size = 10

    def __init__(self, portal):
        super().__init__(portal)
        self._category_alias = {s.key: joomla15_alias(s.name) for s in portal.sections}

    # ---- the Site contract ------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [self._category_path(section) for section in self.portal.sections]

    def article_path(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        return f"{self._category_path(section)}/{article.id}-{joomla15_alias(article.title)}"

    def handle(self, path: str, query: str) -> Response:
        params = {key: values[0] for key, values in parse_qs(query).items()}
        if path in ("", "/", "/index.php") and params.get("view") == "article":
            article_id = params.get("id", "").split(":")[0]     # "724:alias" in old links
            article = self.portal.article(int(article_id)) if article_id.isdigit() else None
            return self._article_response(article, params)
        if path in ("", "/", "/index.php"):
            return self._blog_response(None, self.portal.articles, params)
        match = _ARTICLE.match(path)
        if match:
            article = self.portal.article(int(match["id"]))
            if article is None or self._category_alias[article.section] != match["cat"]:
                return self._not_found()
            return self._article_response(article, params)
        match = _CATEGORY.match(path)
        if match:
            section = next((s for s in self.portal.sections if self._category_alias[s.key] == match["cat"]), None)
            if section is None:
                return self._not_found()
            return self._blog_response(section, self.portal.in_section(section.key), params)
        return self._not_found()

    # ---- URLs and responses -----------------------------------------------
    def _category_path(self, section) -> str:
        return f"/index.php/{MENU_ALIAS}/{self._category_alias[section.key]}"

    def _html(self, page: str, status: int = 200) -> Response:
        return Response(status, page.encode("utf-8"))

    def _not_found(self) -> Response:
        page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8" /><title>404 - Lỗi: 404</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" /></head>
<body class="site error">
<div class="body"><div class="container">
	<div class="page-header"><h1 class="page-header">Không thể tìm thấy trang yêu cầu.</h1></div>
	<div class="well">
		<p><strong>Bạn có thể không xem được trang này vì:</strong></p>
		<ol><li>một bookmark / yêu thích <strong>quá hạn</strong></li><li>một địa chỉ <strong>bị gõ sai</strong></li></ol>
		<p><a href="/index.php" class="btn"><span class="icon-home"></span> Trang chủ</a></p>
		<blockquote><span class="label label-inverse">404</span> Không tìm thấy bài viết</blockquote>
	</div>
	<p>{_text(self._site_name)}</p>
</div></div>
</body>
</html>
"""
        return self._html(page, 404)

    def _blog_response(self, section, articles: list[ReplicaArticle], params: dict) -> Response:
        start = params.get("start", "0")
        if not start.isdigit() or int(start) % self.page_size \
                or int(start) // self.page_size + 1 > self.page_count(len(articles), int(start) // self.page_size + 1):
            return self._not_found()
        return self._html(self._blog(section, articles, int(start)))

    def _article_response(self, article: ReplicaArticle | None, params: dict) -> Response:
        if article is None:
            return self._not_found()
        if params.get("tmpl") == "component":
            return self._html(self._print_view(article))
        return self._html(self._article(article))

    # ---- page shell -------------------------------------------------------
    @property
    def _site_name(self) -> str:
        return f"UBND {self.portal.ward_name}"

    def _head(self, title: str) -> str:
        return f"""	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{_text(title)} - {_text(self._site_name)}</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?8f2d0c1b" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?8f2d0c1b"></script>
	<script src="/media/jui/js/jquery-noconflict.js?8f2d0c1b"></script>
	<script src="/media/system/js/caption.js?8f2d0c1b"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
"""

    def _shell(self, title: str, main: str, body_class: str) -> str:
        portal = self.portal
        menu = "".join(f'<li class="item-{120 + n}"><a href="{self._category_path(s)}">{_text(s.name)}</a></li>'
                       for n, s in enumerate(portal.sections))
        latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{_attr(self.article_path(a))}" '
                         f'itemprop="url"><span itemprop="name">{_text(a.title)}</span></a></li>'
                         for a in portal.articles[:5])
        visits = vn_number(60_000 + 613 * len(portal.articles))
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
{self._head(title)}</head>
<body class="site {body_class}">
	<div class="body" id="top"><div class="container">
		<header class="header" role="banner"><div class="header-inner clearfix">
			<a class="brand pull-left" href="/"><img src="/images/banner-ubnd.png" alt="{_attr(self._site_name)}" /></a>
			<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm ..." /></form></div></div>
		</div></header>
		<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
			<li class="item-101 default"><a href="/index.php">Trang chủ</a></li>{menu}
		</ul></nav>
		<div class="row-fluid">
			<main id="content" role="main" class="span9">
				<div id="system-message-container"></div>
{main}
			</main>
			<div id="aside" class="span3">
				<div class="moduletable"><h3>Tin mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
				<div class="moduletable"><h3>Thống kê truy cập</h3><p>Đang truy cập: 9</p><p>Tổng lượt truy cập: {visits}</p></div>
			</div>
		</div>
	</div></div>
	<footer class="footer" role="contentinfo"><div class="container"><hr />
		<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
		<p>&copy; 2026 {_text(self._site_name)}, tỉnh {_text(portal.province)}</p>
	</div></footer>
</body>
</html>
"""

    # ---- category blogs ---------------------------------------------------
    def _blog(self, section, articles: list[ReplicaArticle], start: int) -> str:
        shown = articles[start:start + self.page_size]
        leading = f'<div class="items-leading clearfix">{self._blog_item(shown[0], "leading-0")}</div>' if shown else ""
        rows = "\n".join(self._blog_item(a, "item column-1") for a in shown[1:])
        base = self._category_path(section) if section else "/index.php"
        name = section.name if section else "Trang chủ"
        main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	{leading}
	<div class="items-row cols-1 row-0 row-fluid clearfix">
{rows}
	</div>
	{self._pagination(base, start, len(articles))}
</div>"""
        return self._shell(name, main, "com_content view-category layout-blog")

    def _blog_item(self, article: ReplicaArticle, css_class: str) -> str:
        link = _attr(self.article_path(article))
        intro = article.lead or article.paragraphs[0]
        return f"""		<div class="{css_class}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
			<div class="page-header"><h2 itemprop="name"><a href="{link}" itemprop="url">{_text(article.title)}</a></h2></div>
			{self._info(article)}
			<p>{_text(intro)}</p>
			<p class="readmore"><a class="btn" href="{link}" itemprop="url" aria-label="Đọc thêm: {_attr(article.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {_text(article.title)}</a></p>
		</div>"""

    def _pagination(self, base: str, start: int, total: int) -> str:
        pages = self.page_count(total, start // self.page_size + 1)
        if pages == 1:
            return ""
        current = start // self.page_size + 1

        def link(number: int, label: str | None = None) -> str:
            href = base if number == 1 else f"{base}?start={(number - 1) * self.page_size}"
            text = label or str(number)
            if number == current and label is None:
                return f'<li class="active"><a>{text}</a></li>'
            return f'<li><a title="{text}" href="{href}" class="pagenav">{text}</a></li>'

        items = []
        if current > 1:
            items += [link(1, "Bắt đầu"), link(current - 1, "Lùi")]
        items += [link(n) for n in range(max(1, current - 4), min(pages, current + 4) + 1)]
        if current < pages:
            items += [link(current + 1, "Tiếp"), link(pages, "Cuối")]
        return (f'<div class="pagination"><p class="counter pull-right">Trang {current} của {pages}</p>'
                f'<ul class="pagination-list">{"".join(items)}</ul></div>')

    # ---- articles ---------------------------------------------------------
    def _info(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        # Joomla always prints a full timestamp; the replica's 00:00 means "no
        # time known", so such posts show their day only.
        stamp = f' datetime="{article.published:%Y-%m-%dT%H:%M:%S}+07:00"' if article.has_time else ""
        return f"""<dl class="article-info muted">
				<dt class="article-info-term">Chi tiết</dt>
				<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị</span></dd>
				<dd class="category-name">Chuyên mục: <a href="{self._category_path(section)}" itemprop="genre">{_text(section.name)}</a></dd>
				<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time{stamp} itemprop="datePublished">Ngày đăng: {_date_vi(article)}</time></dd>
				<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{article.views}" />Lượt xem: {article.views}</dd>
			</dl>"""

    def _item_page(self, article: ReplicaArticle, print_view: bool) -> str:
        """`div.item-page`: the print view has a print button above the title
        and no pager; the page view has the icons menu under the title."""
        path = _attr(self.article_path(article))
        if print_view:
            above, below = ('<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();'
                            'return false;"><span class="icon-print" aria-hidden="true"></span>In</a></div>'), ""
        else:
            above, below = "", f"""<div class="icons"><div class="btn-group pull-right">
		<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{article.id}" aria-label="Công cụ người dùng" data-toggle="dropdown"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
		<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{article.id}">
			<li class="print-icon"><a href="{path}?tmpl=component&amp;print=1&amp;layout=default" title="In bài viết &lt; {_attr(article.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a></li>
			<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=a{article.id}" title="Gửi liên kết này tới một người bạn" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li>
		</ul></div></div>"""
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	{above}
	<div class="page-header"><h2 itemprop="headline">{_text(article.title)}</h2></div>
	{below}
	{self._info(article)}
	<div itemprop="articleBody">
{self._body(article)}
	</div>
	{"" if print_view else self._pagenav(article)}
</div>"""

    def _article(self, article: ReplicaArticle) -> str:
        return self._shell(article.title, self._item_page(article, print_view=False),
                           "com_content view-article layout-default")

    def _print_view(self, article: ReplicaArticle) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="robots" content="noindex, nofollow" />
{self._head(article.title)}</head>
<body class="contentpane modal">
	<div id="system-message-container"></div>
{self._item_page(article, print_view=True)}
</body>
</html>
"""

    def _body(self, article: ReplicaArticle) -> str:
        blocks = [f"<p><strong>{_text(article.lead)}</strong></p>"] if article.lead else []
        numbered = list(enumerate(article.images, start=1))
        blocks += [self._image(article, image) for _, image in numbered if image.after_paragraph < 0]
        for index, paragraph in enumerate(article.paragraphs):
            blocks.append(f"<p>{_text(paragraph)}</p>")
            blocks += [self._image(article, image) for _, image in numbered if image.after_paragraph == index]
        blocks += [f'<p><a href="{_attr(a.path)}" target="_blank">{_text(a.title)}</a></p>'
                   for a in article.attachments]
        if article.end_mark:
            blocks.append(f"<p>{_text(article.end_mark)}</p>")
        if article.credit_line:
            blocks += [f'<p style="text-align: right;"><strong>{_text(line)}</strong></p>'
                       for line in article.credit_line.split("\n")]
        if article.id % 7 == 0:
            blocks.append(_SPAM)
        return "\n".join(blocks)

    @staticmethod
    def _image(article: ReplicaArticle, image: ReplicaImage) -> str:
        """A TinyMCE image with a centred italic line under it; every third
        post uses caption.js instead (the caption is the image's title)."""
        src = _attr(image.path)
        if article.id % 3 == 0 and image.caption:
            return (f'<p><img class="caption" src="{src}" alt="" width="800" height="533" '
                    f'title="{_attr(image.caption)}" style="display: block; margin-left: auto; margin-right: auto;" /></p>')
        line = f'\n<p style="text-align: center;"><em>{_text(image.caption)}</em></p>' if image.caption else ""
        return f'<p style="text-align: center;"><img src="{src}" alt="" width="800" height="533" /></p>{line}'

    def _pagenav(self, article: ReplicaArticle) -> str:
        siblings = self.portal.in_section(article.section)
        index = siblings.index(article)
        items = []
        if index > 0:
            items.append(f'<li class="previous"><a class="hasTooltip" title="{_attr(siblings[index - 1].title)}" '
                         f'href="{_attr(self.article_path(siblings[index - 1]))}" rel="prev"><span class="icon-chevron-left" '
                         f'aria-hidden="true"></span> <span aria-hidden="true">Tin mới</span></a></li>')
        if index + 1 < len(siblings):
            items.append(f'<li class="next"><a class="hasTooltip" title="{_attr(siblings[index + 1].title)}" '
                         f'href="{_attr(self.article_path(siblings[index + 1]))}" rel="next"><span aria-hidden="true">'
                         f'Tin cũ hơn</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
        return f'<ul class="pager pagenav">{"".join(items)}</ul>'
