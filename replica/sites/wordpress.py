"""F6 WordPress: a Đà Nẵng ward site on a stock theme with the usual plugins.

URLs (portals.md F6): posts at `/<slug>/` (WordPress's `/%postname%/`
permalinks); every fifth post has a slug that kept its Vietnamese letters,
linked percent-encoded in lower case as WordPress prints it. Sections are
`/category/<slug>/`, paginated `/category/<slug>/page/<n>/`; the home page
lists every post and pages as `/page/<n>/`. Like WordPress, the site answers
`/?p=<id>` and `/<slug>` (no slash) with a 301 to the permalink, and
`/category/<slug>/page/1/` with a 301 to the section.

Pages carry what ward WordPress sites carry: generator meta and
/wp-content/ assets, `h1.entry-title`, the vi-locale date "Tháng Ba 1, 2024"
(with `time[datetime]` when the post has a time), a Post Views Counter box
at the top of the content, the bold first paragraph standing in for a sapo,
the title repeated between "✨✨" with a dotted line for capitalised titles
(MTTQ Quận 5), Gutenberg figures lazy-loaded by WP Rocket or classic
`wp-caption` blocks, file blocks with a "Tải xuống" button, "./." and a
right-aligned credit, the Jetpack share bar ("Share this post") and related
posts inside the content, "Được đăng trong chuyên mục:", a comment form
headed "GÓP Ý KIẾN" with "Trả lời" links, sidebar widgets and a visit counter.
"""
from __future__ import annotations

import re
import unicodedata
from html import escape
from urllib.parse import parse_qs, quote, unquote

from ward_replica.content import ReplicaArticle, ReplicaImage
from ward_replica.generate import vn_number
from ward_replica.sites import register
from ward_replica.sites.base import Response, Site

_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
_HOME_PAGE = re.compile(r"^/page/(\d+)/?$")
_CATEGORY = re.compile(r"^/category/([^/]+)/(?:page/(\d+)/)?$")
_POST = re.compile(r"^/([^/]+)(/?)$")
_LAZY_PLACEHOLDER = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20"
                     "viewBox='0%200%201024%20683'%3E%3C/svg%3E")


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def vi_date(article: ReplicaArticle) -> str:
    """The vi locale's default date format, "F j, Y": "Tháng Ba 1, 2024"."""
    day = article.published
    return f"Tháng {_MONTHS[day.month - 1]} {day.day}, {day.year}"


def unicode_slug(title: str) -> str:
    """WordPress's slug of a title when the site keeps Vietnamese letters:
    lower case, punctuation dropped, spaces to hyphens, cut at 200 bytes of
    its encoded form (which can cut a word, as on the real sites)."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", title.lower()))
    slug = "-".join(words)
    while len(quote(slug)) > 200:
        slug = slug[:-1]
    return slug.rstrip("-")


@register
class WordPressSite(Site):
    platform = "wordpress"
    page_size = 10      # WordPress's default posts_per_page

    def __init__(self, portal):
        super().__init__(portal)
        self._by_slug = {self._slug(a): a for a in portal.articles}

    # ---- the Site contract ------------------------------------------------
    def listing_paths(self) -> list[str]:
        return [f"/category/{section.slug}/" for section in self.portal.sections]

    def article_path(self, article: ReplicaArticle) -> str:
        # WordPress stores a Unicode slug percent-encoded, with lower-case hex.
        return f"/{quote(self._slug(article), safe='-').lower()}/"

    def handle(self, path: str, query: str) -> Response:
        params = parse_qs(query)
        if path in ("", "/") and params.get("p", [""])[0].isdigit():
            article = self.portal.article(int(params["p"][0]))
            return self._redirect(self.article_path(article)) if article else self._not_found()
        if path in ("", "/"):
            return self._listing_response(None, 1)
        match = _HOME_PAGE.match(path)
        if match:
            return self._listing_response(None, int(match[1]))
        match = _CATEGORY.match(path)
        if match:
            section = next((s for s in self.portal.sections if s.slug == match[1]), None)
            if section is not None and match[2] == "1":
                return self._redirect(f"/category/{section.slug}/")
            return self._listing_response(section, int(match[2] or 1)) if section else self._not_found()
        match = _POST.match(path)
        if match:
            article = self._by_slug.get(unicodedata.normalize("NFC", unquote(match[1])))
            if article is None:
                return self._not_found()
            if not match[2]:
                return self._redirect(self.article_path(article))
            return self._html(self._post(article))
        return self._not_found()

    # ---- URLs -------------------------------------------------------------
    @staticmethod
    def _slug(article: ReplicaArticle) -> str:
        return unicode_slug(article.title) if article.id % 5 == 0 else article.slug

    # ---- responses --------------------------------------------------------
    def _html(self, page: str, status: int = 200) -> Response:
        return Response(status, page.encode("utf-8"))

    def _redirect(self, location: str) -> Response:
        return Response(301, b"", headers={"Location": location, "X-Redirect-By": "WordPress"})

    def _not_found(self) -> Response:
        main = """<section class="error-404 not-found">
	<header class="page-header"><h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1></header>
	<div class="page-content"><p>Có vẻ như không có gì được tìm thấy ở vị trí này. Bạn thử tìm kiếm xem?</p>
	<form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" name="s" /></form></div>
</section>"""
        return self._html(self._shell("Không tìm thấy trang", main, "error404"), 404)

    def _listing_response(self, section, number: int) -> Response:
        articles = self.portal.in_section(section.key) if section else self.portal.articles
        pages = self.page_count(len(articles), number)
        if not 1 <= number <= pages:
            return self._not_found()
        return self._html(self._listing(section, articles, number, pages))

    # ---- page shell -------------------------------------------------------
    @property
    def _site_name(self) -> str:
        return f"UBND {self.portal.ward_name}"

    def _shell(self, title: str, main: str, body_class: str, head: str = "") -> str:
        portal = self.portal
        menu = "".join(f'<li class="menu-item"><a href="/category/{s.slug}/">{_text(s.name)}</a></li>'
                       for s in portal.sections)
        recent = "".join(f'<li><a href="{_attr(self.article_path(a))}">{_text(a.title)}</a></li>'
                         for a in portal.articles[:5])
        months = sorted({(a.published.year, a.published.month) for a in portal.articles}, reverse=True)[:6]
        archive = "".join(f'<li><a href="/{year}/{month:02d}/">Tháng {_MONTHS[month - 1]} {year}</a></li>'
                          for year, month in months)
        visits = vn_number(120_000 + 977 * len(portal.articles))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_text(title)} &#8211; {_text(self._site_name)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{_attr(self._site_name)} &raquo; Dòng thông tin" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='twentyseventeen-style-css' href='/wp-content/themes/twentyseventeen/style.css?ver=20231107' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
{head}</head>
<body class="{body_class}">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
	<header id="masthead" class="site-header">
		<div class="site-branding"><p class="site-title"><a href="/" rel="home">{_text(self._site_name)}</a></p>
		<p class="site-description">Trang thông tin điện tử {_text(portal.ward_name.lower())}, thành phố {_text(portal.province)}</p></div>
		<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu">
			<li class="menu-item"><a href="/">Trang chủ</a></li>{menu}
			<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li>
		</ul></nav>
	</header>
	<div id="content" class="site-content"><div class="wrap">
	<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
	</main></div>
	<aside id="secondary" class="widget-area" aria-label="Thanh bên">
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
		<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archive}</ul></section>
	</aside>
	</div></div>
	<footer id="colophon" class="site-footer">
		<div class="site-info">Cơ quan chủ quản: {_text(self._site_name)}, thành phố {_text(portal.province)}. Lượt truy cập: {visits}</div>
	</footer>
</div>
<script type="text/javascript" src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async"></script>
</body>
</html>
"""

    # ---- listings ---------------------------------------------------------
    def _listing(self, section, articles: list[ReplicaArticle], number: int, pages: int) -> str:
        base = f"/category/{section.slug}/" if section else "/"
        start = (number - 1) * self.page_size
        items = "\n".join(self._summary(a) for a in articles[start:start + self.page_size])
        heading = (f'<header class="page-header"><h1 class="page-title">Chuyên mục: <span>{_text(section.name)}'
                   f'</span></h1></header>' if section else "")
        head = "".join(f'<link rel="{rel}" href="{self._page_url(base, n)}" />\n'
                       for rel, n in (("prev", number - 1), ("next", number + 1)) if 1 <= n <= pages)
        name = section.name if section else self.portal.ward_name
        title = name if number == 1 else f"{name} - Trang {number} trên {pages}"
        body_class = (f"archive category category-{section.slug}" if section else "home blog") + \
            (f" paged paged-{number}" if number > 1 else "")
        main = f"{heading}\n{items}\n{self._pager(base, number, pages)}"
        return self._shell(title, main, body_class + " hfeed", head)

    @staticmethod
    def _page_url(base: str, number: int) -> str:
        return base if number == 1 else f"{base}page/{number}/"

    def _summary(self, article: ReplicaArticle) -> str:
        link = _attr(self.article_path(article))
        intro = article.lead or article.paragraphs[0]
        return f"""<article id="post-{article.id}" class="post-{article.id} post type-post status-publish format-standard hentry category-{self.portal.section(article.section).slug}">
	<header class="entry-header">
		<div class="entry-meta"><span class="posted-on"><a href="{link}" rel="bookmark">{self._time(article)}</a></span></div>
		<h2 class="entry-title"><a href="{link}" rel="bookmark">{_text(article.title)}</a></h2>
	</header>
	<div class="entry-summary"><p>{_text(intro[:160])} &hellip; <a class="more-link" href="{link}">Đọc tiếp<span class="screen-reader-text"> &#8220;{_text(article.title)}&#8221;</span></a></p></div>
</article>"""

    def _pager(self, base: str, number: int, pages: int) -> str:
        """WordPress's `the_posts_pagination`: prev, 1, …, n-1, n, n+1, …, last, next."""
        if pages == 1:
            return ""
        shown = sorted({1, pages, number - 1, number, number + 1} & set(range(1, pages + 1)))
        parts, previous = [], 0
        if number > 1:
            parts.append(f'<a class="prev page-numbers" href="{self._page_url(base, number - 1)}">&laquo; Trang trước</a>')
        for n in shown:
            if n - previous > 1:
                parts.append('<span class="page-numbers dots">&hellip;</span>')
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == number else
                         f'<a class="page-numbers" href="{self._page_url(base, n)}">{n}</a>')
            previous = n
        if number < pages:
            parts.append(f'<a class="next page-numbers" href="{self._page_url(base, number + 1)}">Trang sau &raquo;</a>')
        return ('<nav class="navigation pagination" aria-label="Phân trang bài viết">'
                '<h2 class="screen-reader-text">Phân trang bài viết</h2><div class="nav-links">'
                + "\n".join(parts) + "</div></nav>")

    # ---- posts ------------------------------------------------------------
    def _time(self, article: ReplicaArticle) -> str:
        """The theme prints `get_the_date()`; the `datetime` attribute is there
        only when the post has a time of day (00:00 means "date only")."""
        stamp = f' datetime="{article.published:%Y-%m-%dT%H:%M:%S}+07:00"' if article.has_time else ""
        return f'<time class="entry-date published"{stamp}>{vi_date(article)}</time>'

    def _post(self, article: ReplicaArticle) -> str:
        section = self.portal.section(article.section)
        path = self.article_path(article)
        head = f"""<link rel="canonical" href="{_attr(path)}" />
<link rel='shortlink' href='/?p={article.id}' />
<meta property="og:type" content="article" />
<meta property="og:title" content="{_attr(article.title)}" />
"""
        if article.has_time:
            head += f'<meta property="article:published_time" content="{article.published:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
        siblings = self.portal.in_section(article.section)
        index = siblings.index(article)
        older = siblings[index + 1] if index + 1 < len(siblings) else None
        navigation = (f'<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links">'
                      f'<div class="nav-previous"><a href="{_attr(self.article_path(older))}" rel="prev">'
                      f'<span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{_text(older.title)}'
                      f'</span></a></div></div></nav>' if older else "")
        main = f"""<article id="post-{article.id}" class="post-{article.id} post type-post status-publish format-standard hentry category-{section.slug}">
	<header class="entry-header">
		<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Đăng vào </span><a href="{_attr(path)}" rel="bookmark">{self._time(article)}</a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bientap/">bientap</a></span></span></div>
		<h1 class="entry-title">{_text(article.title)}</h1>
	</header>
	<div class="entry-content">
{self._content(article)}
	</div>
	<footer class="entry-footer"><span class="cat-links">Được đăng trong chuyên mục: <a href="/category/{section.slug}/" rel="category tag">{_text(section.name)}</a></span></footer>
</article>
{navigation}
{self._comments(article)}"""
        body_class = f"post-template-default single single-post postid-{article.id} single-format-standard"
        return self._shell(article.title, main, body_class, head)

    def _content(self, article: ReplicaArticle) -> str:
        blocks = [f'<div class="post-views content-post post-{article.id} entry-meta"><span class="post-views-icon '
                  f'dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem: </span> '
                  f'<span class="post-views-count">{article.views}</span></div>']
        if article.title.isupper():     # the MTTQ Quận 5 banner
            blocks += [f'<p style="text-align: center;"><strong>✨✨{_text(article.title)}✨✨</strong></p>',
                       '<p style="text-align: center;">……………………………………</p>']
        if article.lead:
            blocks.append(f"<p><strong>{_text(article.lead)}</strong></p>")
        numbered = list(enumerate(article.images, start=1))
        blocks += [self._image(article, n, image) for n, image in numbered if image.after_paragraph < 0]
        for index, paragraph in enumerate(article.paragraphs):
            blocks.append(f"<p>{_text(paragraph)}</p>")
            blocks += [self._image(article, n, image) for n, image in numbered if image.after_paragraph == index]
        blocks += [self._file_block(article, n, a.path, a.title) for n, a in enumerate(article.attachments, 1)]
        if article.end_mark:
            blocks.append(f"<p>{_text(article.end_mark)}</p>")
        if article.credit_line:
            blocks += [f'<p style="text-align: right;"><strong>{_text(line)}</strong></p>'
                       for line in article.credit_line.split("\n")]
        blocks += [self._share_bar(article), self._related(article)]
        return "\n".join(blocks)

    def _image(self, article: ReplicaArticle, number: int, image: ReplicaImage) -> str:
        """Block-editor figures lazy-loaded by WP Rocket on even posts; the
        classic editor's `wp-caption` on odd ones."""
        media_id = article.id * 10 + number
        src = _attr(image.path)
        if article.id % 2 == 0:
            caption = (f'<figcaption class="wp-element-caption">{_text(image.caption)}</figcaption>'
                       if image.caption else "")
            return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                    f'src="{_LAZY_PLACEHOLDER}" alt="" class="wp-image-{media_id}" data-lazy-src="{src}"/>'
                    f'<noscript><img decoding="async" width="1024" height="683" src="{src}" alt="" '
                    f'class="wp-image-{media_id}"/></noscript>{caption}</figure>')
        if not image.caption:
            return (f'<p><img decoding="async" class="aligncenter size-large wp-image-{media_id}" src="{src}" '
                    f'alt="" width="1024" height="683" /></p>')
        return (f'<div id="attachment_{media_id}" style="width: 1034px" class="wp-caption aligncenter">'
                f'<img aria-describedby="caption-attachment-{media_id}" decoding="async" '
                f'class="size-large wp-image-{media_id}" src="{src}" alt="" width="1024" height="683" />'
                f'<p id="caption-attachment-{media_id}" class="wp-caption-text">{_text(image.caption)}</p></div>')

    @staticmethod
    def _file_block(article: ReplicaArticle, number: int, path: str, title: str) -> str:
        anchor = f"wp-block-file--media-{article.id}-{number}"
        return (f'<div class="wp-block-file"><a id="{anchor}" href="{_attr(path)}">{_text(title)}</a>'
                f'<a href="{_attr(path)}" class="wp-block-file__button wp-element-button" download '
                f'aria-describedby="{anchor}">Tải xuống</a></div>')

    def _share_bar(self, article: ReplicaArticle) -> str:
        return (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                f'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this post</h3><div class="sd-content">'
                f'<ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook '
                f'sd-button share-icon" href="{_attr(self.article_path(article))}?share=facebook&amp;nb=1" '
                f'target="_blank" title="Bấm để chia sẻ lên Facebook"><span>Facebook</span></a></li>'
                f'<li class="share-end"></li></ul></div></div></div>')

    def _related(self, article: ReplicaArticle) -> str:
        """Jetpack's related posts, printed inside the content."""
        others = [a for a in self.portal.in_section(article.section) if a is not article][:3]
        items = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
                        f'<a href="{_attr(self.article_path(a))}">{_text(a.title)}</a></h4>'
                        f'<p class="jp-relatedposts-post-date">{vi_date(a)}</p></div>' for a in others)
        return (f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
                f'<em>Bài viết liên quan</em></h3><div class="jp-relatedposts-items">{items}</div></div>')

    def _comments(self, article: ReplicaArticle) -> str:
        path = _attr(self.article_path(article))
        thread = ""
        if article.id % 3 == 0:
            thread = f"""<h2 class="comments-title">Một bình luận về &ldquo;{_text(article.title)}&rdquo;</h2>
	<ol class="comment-list"><li id="comment-{article.id}" class="comment even thread-even depth-1">
		<article id="div-comment-{article.id}" class="comment-body">
			<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Người dân</b> <span class="says">viết:</span></div></footer>
			<div class="comment-content"><p>Cảm ơn phường đã thông tin kịp thời đến bà con.</p></div>
			<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={article.id}#respond">Trả lời</a></div>
		</article></li></ol>"""
        return f"""<div id="comments" class="comments-area">
	{thread}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">GÓP Ý KIẾN <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Hủy</a></small></h3>
		<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form>
	</div>
</div>"""
