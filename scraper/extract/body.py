"""Turn an article's body element into clean paragraphs, images, attachments
and a credit line. Shared by every platform parser, and platform-neutral:
what is particular to one platform's markup (its noise containers, its
attachment boxes, the caption line its CMS writes by itself) arrives as that
platform's `BodyRules`, declared on its parser class.

How `read_working_copy` reads a body (all on lxml trees):

1. The caller's working copy of the body element (the page's own tree is
   never changed) loses the platform's `noise_css`. Document links and
   embedded PDFs are collected as attachments (plus the platform's
   attachment boxes printed after the body).
2. The copy is walked in document order into a stream of *lines* (text of a
   block element, or of one `<br>`-separated part of it) and *images*,
   skipping scripts, forms, iframes, hidden elements and share/print/
   related/comment widgets (by class or id). Figures, image tables (VCCorp
   `table.image`, Word) and caption-class elements give captions straight
   from the structure.
3. `LINE_PASSES` run over the stream, in order, each marking lines dropped:
   widget text ("Lượt xem: 147", "[Trở về]", "image banner", lone "|"),
   related-news blocks even inside the content ("Tin liên quan", "Những tin
   cũ hơn" ... and the link list after them), comment forms, the title or
   lead repeated at the top, and date lines at the top or foot; then the
   credit is taken from the foot (see `_take_credit`) and captions are
   assigned from the lines right after images (see `_assign_captions`).
4. Remaining lines become paragraphs: lines of one block split by a single
   `<br>` are re-joined when the break falls mid-phrase (Word paste).

Decisions other code relies on:
  * A caption line "Ảnh: Ghi nhận tại hội nghị" gives the caption "Ghi nhận
    tại hội nghị" (the label is dropped); "(Ảnh: …)" loses its brackets too,
    while a caption written in brackets without a label keeps them (three
    blind writers of four kept them).
  * The platform's automatic caption line (`BodyRules.auto_caption`, F3's
    "<title>- Ảnh N.") is dropped; the line after it is the caption. An alt
    text is never the caption (a reader does not see it), nor is the title,
    the platform's automatic caption or a file name.
  * Gallery lead-ins ("Một số hình ảnh:") are the author's words: kept.
  * A block after an image that opens with an italic line and goes on after
    a `<br>` ("<em>caption</em><br>Phát biểu …") gives that line as the
    caption; the rest stays text. Captions read `<br>` as a space.
  * A credit of several lines (NukeViet "Tác giả bài viết: …" + "Nguồn tin:
    …", "Tin: A" + "Ảnh: B") is returned with its lines joined by "\\n".
  * The "./." end marker line is dropped; "./." ending a sentence is kept.
  * A paragraph that is only a link to a document is an attachment, not text.
  * Lines "Ảnh: <person>" and the credit forms of `scraper.credits` are credits,
    "Ảnh: <description>" is a caption.
  * `html` keeps the credit and the captions; it drops what `text` drops as noise.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, takewhile
from urllib.parse import unquote, unquote_plus, urljoin, urlsplit

import lxml.etree
import lxml.html

from ward_scraper.extract import credits
from ward_scraper.extract.dates import (RELATIVE_TIME, WEEKDAY, is_bare_date, is_document_reference, is_place_dateline,
                                        parse_datetime_text, strip_dates, time_of_day)
from ward_scraper.util.page import class_and_id, compiled_css, may_match, names_of, text_of, wrapper_above
from ward_scraper.extract.sanitise import HEADINGS, Sanitiser
from ward_scraper.util.text import (case_blind_search, drop_lost_emoji, fold, has_digit, has_word_chars,
                                    key_length_at_least, match_key, squash, where_it_opens)
from ward_scraper.util.urls import same_portal, same_site


@dataclass
class Body:
    text: str = ""
    html: str = ""
    images: list[dict] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)
    credit_line: str | None = None


@dataclass(frozen=True)
class BodyRules:
    """What one platform tells the shared body code about its own markup
    (each parser declares these as class attributes; see `Parser.body_rules`).

    noise_css: containers removed before the body is read (share bars ...).
    attachment_box_css: boxes holding the article's documents, inside the body
      or printed after it; a link in one is a document even when its URL has
      no document extension (NukeViet's `?download=1&id=`).
    auto_caption: a line the CMS writes under every image by itself, its first
      group the article's title (F3's "<title>- Ảnh 2."): dropped, and the
      line after it is the caption.
    """
    noise_css: tuple[str, ...] = ()
    attachment_box_css: tuple[str, ...] = ()
    auto_caption: re.Pattern | None = None


# ---- vocabulary ----------------------------------------------------------------

BLOCK_TAGS = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote table thead tbody tfoot
tr td th caption pre section article header footer figure figcaption center address hr main aside
nav form fieldset details summary""".split())
_DROP_TAGS = frozenset("""script style noscript iframe frame frameset form button input select textarea nav
object embed svg canvas audio video template link meta amp-ad amp-embed amp-sticky-ad amp-auto-ads""".split())
# Widget containers by class or id; whole words between '-', '_' or spaces.
_NOISE_CLASS = re.compile(
    # (Not a print view's own parts: its picture box `div.print-img`, its `print-content`.)
    r"(?:^|[\s_-])(?:share|sharing|social|addthis|print(?![-_](?:img|image|photo|pic|content|body))|"
    r"toolbar|tool-bar|tools|tool|related|relatedposts|relate|"
    r"tinlienquan|tin-lien-quan|othernews|other-news|news-other|tinkhac|tin-khac|comment|comments|"
    r"binhluan|binh-luan|cmt|tags?|tag-list|keywords?|breadcrumbs?|rating|fb-like|fb-comments|zalo-share|"
    # the previous and next articles' links ("Bài trước: … Bài sau: …")
    r"nextprev|next-prev|prev-next|prevnext|pagenav|post-nav|nav-links|nav-previous|nav-next|"
    # a post's reactions and action links, also copied from a social network ("Thích · Bình luận · Chia sẻ")
    r"actions|reactions|nav-tabs|nav-pills|tab_header|"
    r"pagination|pager|navigation|more-info|social-buttons|font-size|fontsize|"
    # Vietnamese names: the pager ("phân trang"), the next or other articles ("bài khác", "bài tiếp theo")
    r"phan-trang|phantrang|bai-khac|baikhac|bai-tiep-theo|tin-tiep-theo|"
    # "see more", "read more": other articles' links set in the text
    r"xem-?them|doc-?them)(?:$|[\s_-])", re.I)
_CAPTION_CLASS = re.compile(r"caption|image[_-]?desc|img[_-]?desc|photo[_-]?desc|chu[_-]?thich|(?:^|[-_\s])cap(?:$|[-_\s])",
                            re.I)
_DISPLAY_BLOCK = re.compile(r"display\s*:\s*block", re.I)
# Hidden, or pushed off the screen (SEO text at "text-indent:-9999px", "left:-5000px"; not
# a "margin-left" pulling a picture aside) or set in letters of no size.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![\w-])(?:left|top|text-indent)\s*:\s*-\d{3,}|"
                          r"font-size\s*:\s*0(?:px)?\s*(?:;|$)", re.I)
_ALIGN_STYLE = re.compile(r"text-align\s*:\s*(center|right|justify|left)", re.I)
_ALIGN_CLASS = re.compile(r"(?:^|[\s_-])(?:text|align)-?(center|right)(?:$|\s)|(?:^|\s)(center|right)(?:$|\s)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)

_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazyload", "data-url", "data-echo",
               "data-original-src", "data-full-src")
_PLACEHOLDER = re.compile(r"(?:^|/)(?:blank|spacer|pixel|loading|lazy|placeholder|transparent|grey|gray|"
                          r"empty|1x1)[\w.-]*\.(?:gif|png|svg|jpe?g|webp)$", re.I)
_NOT_CONTENT_IMAGE = re.compile(r"emoji|smiley|/icons?/|(?:^|/)icon[\w-]*\.|[_-]icon\.|/counter|"
                                r"google-analytics|facebook\.com/tr|statcounter|/flags?/|tinnhiemmang|"
                                # a file type's icon beside a document link ("images/pdf.gif"), a logo
                                r"/(?:pdf|docx?|xlsx?|pptx?|zip|rar|file|attach\w*|download)"
                                r"(?:[_-]?(?:button|btn|ico|small|\d{2}))?\.(?:gif|png)$|"
                                # or the national emblem a print view's header sets ("quochuy.png")
                                r"/logo[\w-]*\.(?:gif|png|jpe?g|svg)$|/quoc-?huy(?:[_-]?[a-z0-9]+)?\.(?:gif|png|svg|jpe?g)$|"
                                # SharePoint's own interface pictures (also its skin's, in the Style Library),
                                # a toolbar's print / mail / share buttons
                                r"/_layouts/|/style(?:%20|\s)library/|/(?:print|email|mail|share|rss)[\w-]*\.(?:gif|png)$|"
                                # an advertisement's or a banner's folder ("/Portals/0/QuangCao/", "/Uploads/banner/",
                                # "qc" for quảng cáo: "/images/qc/")
                                r"/(?:quang-?cao|qc|ads|advert\w*|banners?)/|"
                                # a theme's own pictures (DotNetNuke's /Skins/, WordPress's /themes/, Joomla's
                                # /templates/, a Liferay theme's own context, "/thainguyen-theme/images/clock.png"),
                                # a module's own pictures (XOOPS's /modules/news/images/: topic icons, its buttons)
                                r"/(?:skins|themes?|templates?)/|/[\w-]+-theme/images/|"
                                r"/modules/[\w-]+/images/(?:topics/|[\w-]+\.(?:gif|png)$)",
                                re.I)
_STYLE_SIZE = {name: re.compile(rf"(?<![\w-]){name}\s*:\s*(\d+)px", re.I) for name in ("width", "height")}
_DECORATION_CLASS = re.compile(r"emoji|smiley|icon", re.I)
_ATTACHMENT_EXT = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar", ".ppt", ".pptx", ".odt",
                   ".ods", ".7z")
_ATTACHMENT_EXT_WORDS = "|".join(ext[1:] for ext in _ATTACHMENT_EXT)
# "Tải về:", "Tải về tệp tin:" (Joomla com_attachments), "Tải file:", "Xem văn bản:" ...
_DOWNLOAD_LABEL = re.compile(r"^(?:tải(?:\s+về|\s+xuống)?(?:\s+(?:tệp tin|tập tin|tệp|file|tài liệu|văn bản))?|download|"
                             r"xem văn bản|(?:file|tệp|tệp tin|tập tin|tài liệu|văn bản)?\s*đính kèm|"
                             r"(?:file|tệp|tệp tin|tập tin|tài liệu|văn bản) kèm theo)"
                             r"(?:\s+(?:tại|ở)\s+đây)?\s*:\s*", re.I)     # ("Xem văn bản tại đây:")
# "Tệp đính kèm", "Tập tin đính kèm", … folded: the words a box or a link of attached files says.
_ATTACHED_FILES = r"(?:file|tep|tep tin|tap tin|tai lieu|van ban) (?:dinh kem|kem theo)"
_ATTACHMENT_TEXT = re.compile(r"^(?:tai file|tai ve|tai tep|tai tai lieu|xem van ban|download|"
                              + _ATTACHED_FILES + r")\b")

# Whole lines that are widget text (compared with `match_key`).
_NOISE_LINES = frozenset("""
back|share this|quay lai|tro ve|tro lai|ve trang truoc|in bai|in bai viet|in bai nay|in trang|in trang nay|in tin|in tin nay|ban in|in|gui email|gui mail|gui bai viet|gui ban be|gui tin|
gui cho ban be|gui bai cho ban be|
email|in gui email|lay link copy|copy link|chia se|chia se bai viet|chia se len facebook|chia se len zalo|
chia se qua facebook|chia se qua zalo|share|share this post|tweet|like|
thich|binh luan|luu|luu bai viet|loading|image banner|image|leftcenterrightdel|quang cao|advertisement|
bam vao hinh de xem kich thuoc that|bam vao anh de xem kich thuoc that|
xem dang lat sach o che do toan man hinh|co chu|mau chu|co chu mau chu|co chu mau chu image|a a a|
a a|skip to main content|truy cap noi dung luon|dang nhap|dang ky|top|len dau trang|ve dau trang|
phong to|thu nho|nghe doc bai|doc bai|nghe bai viet|facebook|zalo|twitter|tra loi|
chung nhan tin nhiem mang|trang chu|danh muc|danh muc danh muc|ipv6 ready|thong ke ho so|
tai ve|xem truc tuyen|file dinh kem|tep dinh kem|xem them|tai file|dong cua so|dong|print|close|
xem phien ban day du|xem ban day du|xem cac tin khac|xem tin khac|phien ban day du|xem phien ban may tinh|phien ban may tinh|
xem phien ban di dong|phien ban di dong""".replace("\n", "").split("|"))
# A view counter's labels ("Lượt xem: 1.234").
_COUNTER_WORDS = "số lượt người xem|số lượt xem|lượt xem|lượt đọc|số lần xem|số lần đọc|đã xem|lượt truy cập"
# An old WordPress theme's post meta sentence ("Bài viết này được đăng vào … và được lưu trong mục
# Tin tức. Bạn có thể theo dõi mọi phản hồi … qua RSS 2.0."), noise however long.
_POST_META_SENTENCE = r"^bài viết này được đăng (?:vào|lúc|ngày)"
_NOISE_PATTERNS = re.compile(
    r"^[\s|•:-]*(?:" + _COUNTER_WORDS + "|view count|"
    r"views?|đang truy cập|tổng truy cập|truy c[âậ]p tổng|đang online|trực tuyến|hôm nay|hôm qua|"
    r"tuần này|tháng này|tất cả|accessstatistics\w*)\s*:?\s*[\d.,\s]*(?:lượt)?$"
    r"|^\d[\d.,]*\s+lượt xem$"
    r"|^(?:được đăng trong chuyên mục|chuyên mục|từ khóa|từ khoá|tags?|keywords?|thẻ)\s*:"
    r"|^AccessStatistics"
    # a footer's copyright line ("© 2013 UBND Phường 7", "Xem bản đầy đủ | © 2013 …"; `_is_noise` reads short lines only)
    r"|^(?:[^|©]{0,40}\|\s*)?(?:©|copyright\b|bản quyền\b)"
    # an old WordPress theme's post meta sentence, under every post
    r"|" + _POST_META_SENTENCE +
    # a mobile page's notice of its version ("Bạn đang xem phiên bản dành cho điện thoại. Xem phiên bản đầy đủ")
    r"|^bạn đang xem (?:phiên bản|bản) (?:dành cho )?(?:điện thoại|di động|mobile)"
    # a saved or printed copy's address of the article ("Bài viết được lấy từ: http://…", NukeViet's savefile)
    r"|^(?:bài viết được (?:lấy|in) từ|url của bài viết(?: này)?|địa chỉ (?:của )?bài viết|source url)\s*:?\s*\S+$", re.I)
_LONG_POST_META = re.compile(_POST_META_SENTENCE, re.I)
# ... and Đắk Lắk's untranslated date widget, anywhere in the line ("Thứ sáu, Day 06 Month 06
# Year 2025": the day the page was served, portals.md; the checks ask for it too).
_DAY_WIDGET = re.compile(r"\bDay \d+ Month \d+ Year \d{4}\b", re.I)
# A label that sets another article's link in the text, and how much of the line the link holds.
_READ_MORE_LABEL = re.compile(r"^[\s>»]*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|tin đọc thêm|"
                              r"có thể bạn quan tâm|mời xem thêm)\s*[:>»]", re.I)
_LINKED_SHARE = 0.6


def _is_noise_text(text: str) -> bool:
    """Whether one of `_NOISE_PATTERNS` opens `text`, or the date widget is in
    it. (One regex searching for both was tried from each character of the
    line.)"""
    return _NOISE_PATTERNS.match(text) is not None or shows_crawl_day_widget(text)


def shows_crawl_day_widget(text: str, lowered: str | None = None) -> bool:
    """Whether Đắk Lắk's "Day … Month … Year …" widget is in `text` (looked for
    only in a text that spells its month: a search from each character of a
    page costs a tenth of an extraction). `lowered`: `text.lower()`, when the
    caller has it already (a whole page's)."""
    return "month" in (text.lower() if lowered is None else lowered) and _DAY_WIDGET.search(text) is not None


_TOOL_SEPARATORS = re.compile(r"\s*[|·•/\[\]]\s*")     # also "[In trang] [Đóng cửa sổ]"
# A counter label whose number is printed on the next line.
_COUNTER_LABEL = re.compile(r"^(?:" + _COUNTER_WORDS + r")\s*:?$", re.I)
_ONLY_NUMBER = re.compile(r"^[\d.,\s]+$")

# Headings of related-news lists: the heading and the link list after it go.
RELATED_MARKERS = frozenset("""
tin lien quan|tin khac|cac tin khac|tin tuc khac|cac tin tuc khac|nhung tin moi hon|nhung tin cu hon|
tin moi hon|tin cu hon|cac tin moi hon|cac tin cu hon|tin da dua|cac tin da dua|tin da dang|cac tin da dang|bai viet lien quan|
bai viet khac|cac bai viet khac|tin cung chuyen muc|bai cung chuyen muc|tin bai lien quan|
tin tuc lien quan|chuyen muc tin tuc lien quan|doc them|xem them tin|tin moi|tin moi nhat|tin noi bat|
tin xem nhieu|tin lien quan khac|bai viet moi|bai moi|tin bai khac|tin moi cap nhat|tin doc nhieu|bai doc nhieu|
tin duoc quan tam|bai viet duoc quan tam|tin xem nhieu nhat|tin doc nhieu nhat|cac bai trong loat bai|
cac bai cung loat|bai cung loat|cac ky trong loat bai|bai lien quan|cac bai lien quan|co the ban quan tam|
ban co the quan tam|co the ban muon doc""".replace("\n", "").split("|"))
# Headings after which nothing is article text (comment forms, reader opinions).
_CUT_MARKERS = frozenset("""
y kien ban doc|binh luan|danh sach binh luan|gui binh luan|viet binh luan|gop y kien|gui y kien|
y kien cua ban|gui gop y""".replace("\n", "").split("|"))
# Labels of the next item a template prints whole under the article ("Tin tiếp theo", then its
# headline, date and text): nothing after one is this article's text.
_NEXT_ITEM_MARKERS = frozenset("tin tiep theo|bai tiep theo|bai viet tiep theo|tin bai tiep theo|tin ke tiep|"
                               "bai ke tiep".split("|"))

# A link back to the listing or to the top under the text ("<< Trở về trang tin tức", "« Quay lại",
# "Trở về đầu trang"): a home-made page's foot follows it (its contact line, its counter), nothing of
# the article, where only short lines follow it (a long text may set one under each of its parts).
# ("<< Trở về danh sách tin" too.)
_BACK_LINK = re.compile(r"^(?:tro ve|quay lai|quay ve|ve)(?: dau trang| trang)?"
                        r"(?: tin tuc| truoc| danh sach(?: tin(?: tuc| bai)?)?| chuyen muc)?$")
_ALL_LINK = 0.9

# "Ảnh: caption", "Ảnh 3: caption", "(Ảnh: caption)."; the caption keeps its own final stop.
_PHOTO_LABEL = re.compile(r"^(\()?\s*(?:Ảnh|Hình|Hình ảnh)\s*\d{0,2}\s*:\s*(.+?)\s*(?(1)\)\.?)$")
_SENTENCE_END = re.compile(r"[.:;!?…]$")
_TERMINAL = re.compile(r"""[.!?:;…"”»)\]]$""")
_LIST_START = re.compile(r"^(?:[-–—+•*●▪►✓]|\d{1,2}[.)/]\s|[a-zđ][.)]\s|[IVX]+\.\s)")
_FILE_NAME_ALT = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|heic)$|^(?:z\d{6,}|img[_-]?\d|dsc|received_|"
                            r"fb_img|screenshot|untitled|\d{6,})", re.I)


# ---- the stream ----------------------------------------------------------------

@dataclass(eq=False)
class _Line:
    text: str
    block: object            # nearest block element
    group: int               # one block instance; lines of a group are split by <br>
    breaks: int              # <br>s before this line inside its group (0: first)
    italic: bool
    bold: bool
    align: str | None
    link_share: float        # share of the text inside <a>
    attachment_share: float  # share of the text inside links to documents
    in_table: bool
    dropped: bool = False
    kept_in_html: bool = False      # out of `text` but part of the article (caption, credit)


@dataclass
class _Fragment:
    """One run of text inside a block, with the styling in force around it."""
    text: str
    italic: bool
    bold: bool
    link: int                # 0: no link, 1: a link, 2: a link to a document
    align: str | None
    block: object            # nearest block element
    in_table: bool


@dataclass(eq=False)
class _Image:
    element: object
    src: str
    alt: str
    caption: str | None = None
    from_structure: bool = False    # caption given by figure / table / caption class
    dropped: bool = False
    kept_in_html: bool = False
    closing_credit: tuple[str, str] | None = None   # (caption, credit): a writer's credit on its caption's last line


class _Walker:
    """Walk a cleaned body copy into `_Line` and `_Image` items, in order."""

    def __init__(self, page, boxes: set):
        self.page = page
        self.boxes = boxes                          # the platform's attachment boxes in this copy
        self.items: list = []
        self.fragments: list[_Fragment] = []
        self.group = 0
        self.breaks = 0
        self.seen_images: dict[str, _Image] = {}
        self.junk: list = []
        # A Vietnamese page's parts marked in another language are its translation ("English summary").
        root = page.tree if page is not None else None
        self.vietnamese = root is not None and (root.get("lang") or "").lower().startswith("vi")

    # -- lines
    def flush(self) -> bool:
        """Make the fragments so far a line; whether they held any text."""
        if not self.fragments:
            return False
        fragments, self.fragments = self.fragments, []
        squashed = squash("".join([f.text for f in fragments]))
        if not squashed:
            return False    # (white space between blocks: most flushes)
        text = drop_lost_emoji(squashed)
        if not text:
            return bool(squashed)
        total = links = attachments = 0
        italic = bold = True
        first = None
        for fragment in fragments:
            size = len(fragment.text.strip())
            if not size:
                continue
            first = first or fragment
            total += size
            italic = italic and fragment.italic
            bold = bold and fragment.bold
            if fragment.link:
                links += size
                if fragment.link == 2:
                    attachments += size
        self.items.append(_Line(
            text=text, block=first.block, group=self.group, breaks=self.breaks, italic=italic, bold=bold,
            align=first.align, link_share=links / total, attachment_share=attachments / total,
            in_table=first.in_table))
        self.breaks = 0
        return True

    def new_block(self):
        self.flush()
        self.group += 1
        self.breaks = 0

    def line_break(self):
        had_text = self.flush()
        if had_text or self.breaks:
            self.breaks += 1

    # -- images
    def image(self, element) -> _Image | None:
        src = image_source(element, self.page)
        if not src or _is_decoration(element, src):
            element.set("data-ward-drop", "1")     # not an article image: out of the html too
            return None
        element.set("src", src)                     # the html shows the real URL
        if src in self.seen_images:
            # The same picture again (an AMP page's featured picture, then in the text with its
            # figcaption): one picture, which a figure may still give the caption it lacks.
            earlier = self.seen_images[src]
            return earlier if earlier.caption is None and element.getparent() is not None \
                and element.getparent().tag == "figure" else None
        self.new_block()
        item = _Image(element=element, src=src, alt=squash(element.get("alt")))
        self.seen_images[src] = item
        self.items.append(item)
        return item

    # -- the walk
    def walk(self, element, italic=False, bold=False, link=0, align=None, block=None, in_table=False):
        tag = element.tag
        css_class = element.get("class")
        style = element.get("style")
        if block is not None and (_is_junk(element, tag, css_class, style, self.boxes) or self.vietnamese
                                  and _in_another_language(element)):
            self.junk.append(element)     # removed from the html copy after the walk
            return
        if tag == "br":
            self.line_break()
            return
        if tag == "img":
            self.image(element)
            return
        if tag == "figure" and _has_image(element):
            self.figure(element)
            return
        if tag == "figure" and _is_video(element):
            self.junk.append(element)     # an embedded video and its caption ("Video: …"): no text, no picture
            return
        if tag == "table" and _is_image_table(element):
            self.image_table(element)
            return
        if tag == "table" and _is_file_table(element):
            self.junk.append(element)     # its documents are the attachments, read before the walk
            return
        if css_class and _class_traits(css_class)[0] and not _has_image(element) and self.caption_for_last(
                one_line(element)):
            return
        italic = italic or tag in ("em", "i") or bool(style) and _style_traits(style)[1]
        bold = bold or tag in ("strong", "b") or bool(style) and _style_traits(style)[2]
        if tag == "a":      # 2: a link to a document, 1: any other link
            href = element.get("href")
            link = 2 if href and (_attachment_url(href, self.page) or _names_a_file(element)) else max(link, 1)
        # (Without a style, a class, an align attribute or <center>, nothing sets an alignment.)
        if style or css_class or tag == "center" or element.get("align") is not None:
            align = _alignment(element, tag, style, css_class) or align
        # (An inline element set as a block by its style is one: a caption `<span style="display:block">`.)
        is_block = tag in BLOCK_TAGS or block is None or bool(style) and _DISPLAY_BLOCK.search(style) is not None
        if is_block:
            self.new_block()
            # The body element itself may be a layout cell (`td.NoiDung`): only
            # a table inside the body makes its lines table cells.
            in_table = in_table or (tag in ("td", "th") and block is not None)
            block = element
        # Each text and tail becomes a fragment with the styling in force around it.
        # (Each is read once: every read of .text or .tail makes a new string.)
        if text := element.text:
            self.fragments.append(_Fragment(text, italic, bold, link, align, block, in_table))
        for child in element:
            if isinstance(child.tag, str):
                self.walk(child, italic, bold, link, align, block, in_table)
            if tail := child.tail:
                self.fragments.append(_Fragment(tail, italic, bold, link, align, block, in_table))
        if is_block:
            self.new_block()

    def figure(self, element):
        inner = [child for child in element if isinstance(child.tag, str) and child.tag == "figure"]
        if inner:
            # A gallery (WordPress `wp-block-gallery`): each inner figure has its own caption.
            for figure in inner:
                if _has_image(figure):
                    self.figure(figure)
            return
        figcaptions = list(element.iter("figcaption"))
        captions = [one_line(c) for c in figcaptions]
        found = [self.image(img) for img in element.iter("img")]
        found = [item for item in found if item]
        caption = " ".join(c for c in captions if c)
        if found and caption:
            found[-1].caption = caption
            found[-1].from_structure = True
            found[-1].closing_credit = _closing_credit(figcaptions[-1]) if len(figcaptions) == 1 else None
        self.new_block()

    def image_table(self, table):
        """VCCorp `table.image` and Word tables: images with their caption in
        the same cell, beside them, or in the row below (paired by column when
        the counts agree)."""
        above: list[_Image] = []
        for row in table.iter("tr"):
            images: list[_Image] = []
            texts: list[str] = []
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                    continue
                found = [item for item in (self.image(img) for img in cell.iter("img")) if item]
                text = one_line(cell)
                if found:
                    images.extend(found)
                    if text:
                        _set_caption(found[-1], text)
                elif text:
                    texts.append(text)
            if images:
                if texts and images[-1].caption is None:
                    _set_caption(images[-1], " ".join(texts))
                above = [item for item in images if item.caption is None]
            elif texts and above:
                pairs = zip(above, texts) if len(texts) == len(above) else [(above[-1], " ".join(texts))]
                for item, text in pairs:
                    _set_caption(item, text)
                above = []
        self.new_block()

    def caption_for_last(self, text: str) -> bool:
        """Give a caption-class element's text to the image just before it."""
        self.flush()
        last = next((item for item in reversed(self.items) if isinstance(item, _Image)), None)
        lines_since = 0
        for item in reversed(self.items):
            if item is last:
                break
            lines_since += 1
        if last is None or last.from_structure or lines_since or not text:
            return False
        last.caption = text
        last.from_structure = True
        return True


def one_line(element) -> str:
    """An element's text as one line. `text_content()` glues the words on
    either side of a `<br>` or of two blocks ("Trao quà Trung thu<br>cho thiếu
    nhi" -> "Trung thucho"); here they are separated by a space."""
    parts: list[str] = []
    _gather_text(element, parts)
    return squash("".join(parts))


# A label a template sets inside a headline, at its start (`<h1><span class="detail-label">Tin nổi
# bật</span> Phường …`): the site's badge for the article, not its words.
_LABEL_NAMES = re.compile(r"(?:^|[\s_-])(?:label|badge|tag|flag|hot|new|noi-?bat)(?:$|[\s_-])", re.I)
_HEADLINE_LABEL_WORDS = 4


def headline_line(element) -> str:
    """`one_line` of a headline, without the label its template sets at its start;
    or the words of a headline set as a picture (`img.img-title`): its `alt`."""
    text = one_line(element)
    if not text:
        return squash(element.get("alt")) if element.tag == "img" else ""
    first = element[0] if len(element) and not (element.text or "").strip() else None
    if first is not None and first.tag == "a" and (first.tail or "").lstrip().startswith(":"):
        # A linked topic before a colon (XOOPS: "<a href=…storytopic=2>Tin phường</a> : Nhơn Phú khai mạc …").
        label = one_line(first)
        rest = text[len(label):].lstrip(" :")
        if label and len(label.split()) <= _HEADLINE_LABEL_WORDS and len(rest.split()) >= _HEADLINE_LABEL_WORDS:
            return rest
    if first is None or not isinstance(first.tag, str) or not (first.tail or "").strip() \
            or not _LABEL_NAMES.search(first.get("class") or ""):
        return text
    label = one_line(first)
    if label and len(label.split()) <= _HEADLINE_LABEL_WORDS and text.startswith(label):
        return text[len(label):].strip()
    return text


def _gather_text(element, parts: list[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):      # comments and processing instructions say nothing
            separate = child.tag == "br" or child.tag in BLOCK_TAGS
            if separate:
                parts.append(" ")
            _gather_text(child, parts)
            if separate:
                parts.append(" ")
        parts.append(child.tail or "")


def _closing_credit(caption) -> tuple[str, str] | None:
    """(the caption, the credit) where a caption's last line, under a `<br>`,
    credits the writing ("Ngôi nhà mới của gia đình bà Sen<br><em>Tin, ảnh:
    Hoài Thương (Trung tâm …)</em>"): under the text's last picture, that is
    the article's credit. ("Ảnh: …" alone credits the picture: its caption's.)"""
    lines = lines_between_breaks(caption)
    if len(lines) < 2 or not _WRITING_LABEL.match(credits.credit_label(lines[-1]) or "") \
            or not credits.looks_like_credit(lines[-1]):
        return None
    return " ".join(lines[:-1]), lines[-1]


# The labels of a news credit ("Tin, ảnh", "Bài", "Tin và ảnh"), folded. (Not "Tác giả": under a
# contest's prize-winning photo, it names the photo's author.)
_WRITING_LABEL = re.compile(r"^(?:tin|bai)\b")


def lines_between_breaks(element) -> list[str]:
    """An element's text cut at its `<br>`s ("Tác giả: A<br>Nguồn tin: B"), in
    reading order (a child's words come before its tail)."""
    lines: list[str] = []
    current: list[str] = []

    def walk(node) -> None:
        if node.text and node.tag not in ("script", "style"):
            current.append(node.text)
        for child in node:
            if child.tag == "br":
                lines.append("".join(current))
                current.clear()
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                current.append(child.tail)
    walk(element)
    lines.append("".join(current))
    return [line for line in map(squash, lines) if line]


def _set_caption(item: _Image, text: str) -> None:
    item.caption = text
    item.from_structure = True


_VIDEO_TAGS = ("iframe", "video", "embed", "object")
_VIDEO_CLASS = re.compile(r"(?:^|[\s_-])(?:video|embed)(?:$|[\s_-])", re.I)


def _is_video(figure) -> bool:
    """A figure that holds a video player or an embed (`wp-block-embed-youtube`, `<iframe>`)."""
    return bool(_VIDEO_CLASS.search(figure.get("class") or "")) or next(figure.iter(*_VIDEO_TAGS), None) is not None


def _has_image(element) -> bool:
    return next(element.iter("img"), None) is not None


# The header words of a table listing the attached files ("STT | Tên tệp | Dung lượng | Tải về").
_FILE_TABLE_HEADER = re.compile(r"\b(?:ten tep|ten file|ten tai lieu|tep dinh kem|tai ve|dung luong|kich thuoc)\b")


def _is_file_table(table) -> bool:
    """A table of attached files: its first row names file columns, and each
    of its other rows is short and links a document (a procedures table whose
    last column is "Tải về" keeps its text)."""
    rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
    if len(rows) < 2 or not _FILE_TABLE_HEADER.search(fold(squash(" ".join(rows[0].itertext())))):
        return False
    return all(len(text_of(row)) <= _FILE_ROW_CHARS
               and any(_ATTACHMENT_EXT_IN_HREF.search(link.get("href") or "") for link in row.iter("a"))
               for row in rows[1:])


_FILE_ROW_CHARS = 200

_ATTACHMENT_EXT_IN_HREF = re.compile(rf"\.(?:{_ATTACHMENT_EXT_WORDS})(?:$|[?#/])", re.I)


def _is_image_table(table) -> bool:
    if not _has_image(table) or next(table.iterdescendants("table"), None) is not None:   # (no XPath set up)
        return False
    texts = [squash(text_of(cell)) for cell in table.iter("td", "th")]
    return sum(map(len, texts)) <= 400 and all(len(text) <= 250 for text in texts) \
        and not any(map(_text_beside_a_picture, table.iter("tr")))


# A cell beside a picture's cell holding this much of a sentence is running text, not its caption.
_BESIDE_PICTURE_CHARS = 100


def _text_beside_a_picture(row) -> bool:
    """A row whose picture's cell stands beside a cell of running text (a
    paragraph set next to its photo: the caption is under the photo)."""
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    if not any(_has_image(cell) for cell in cells):
        return False
    return any(not _has_image(cell) and len(text := squash(text_of(cell))) >= _BESIDE_PICTURE_CHARS
               and _TERMINAL.search(text) for cell in cells)


def _alignment(element, tag: str, style: str | None, css_class: str | None) -> str | None:
    if tag == "center":
        return "center"
    if style and _style_traits(style)[3]:
        return _style_traits(style)[3]
    value = (element.get("align") or "").lower()
    if value in ("center", "right", "left", "justify"):
        return value
    return _class_traits(css_class)[1] if css_class else None


# A body repeats its inline styles and class names (a Word paste puts one on
# every span): what the walk reads from each string is read once.
@lru_cache(maxsize=512)
def _style_traits(style: str) -> tuple[bool, bool, bool, str | None]:
    """(hidden, italic, bold, text-align) of an inline style."""
    align = _SEARCH_ALIGN_STYLE(style)
    return (bool(_SEARCH_HIDDEN_STYLE(style)), bool(_SEARCH_ITALIC_STYLE(style)), bool(_SEARCH_BOLD_STYLE(style)),
            align.group(1).lower() if align else None)


@lru_cache(maxsize=512)
def _class_traits(css_class: str) -> tuple[bool, str | None]:
    """(a caption's class, the alignment it names) of a class value."""
    align = _SEARCH_ALIGN_CLASS(css_class)
    return bool(_SEARCH_CAPTION_CLASS(css_class)), (align.group(1) or align.group(2)).lower() if align else None


@lru_cache(maxsize=512)
def _names_a_widget(marker: str) -> bool:
    return bool(_SEARCH_NOISE_CLASS(marker))


# The patterns each style, class value or name is read by once (each page brings new ones).
_SEARCH_ALIGN_STYLE, _SEARCH_HIDDEN_STYLE, _SEARCH_ITALIC_STYLE, _SEARCH_BOLD_STYLE, _SEARCH_ALIGN_CLASS, \
    _SEARCH_CAPTION_CLASS, _SEARCH_NOISE_CLASS = map(case_blind_search, (
        _ALIGN_STYLE, HIDDEN_STYLE, _ITALIC_STYLE, _BOLD_STYLE, _ALIGN_CLASS, _CAPTION_CLASS, _NOISE_CLASS))


def in_a_widget(element) -> bool:
    """Whether the element or one of its ancestors is named as a widget
    (comments, related news, sharing, toolbars)."""
    return any(_names_a_widget(class_and_id(node))
               for node in (element, *element.iterancestors()) if node.get("class") or node.get("id"))


# ---- an article split by its template ------------------------------------------------

# How far up from the body element a split is looked for, and how many other
# elements (an ad, a picture field) may stand between two parts. Above the first
# levels, blocks must carry all the same class words: a Liferay 7 portlet's
# boundary stands five levels over its web content (`section.portlet`,
# `portlet-content`, `portlet-content-container`, `portlet-body`); the new Google
# Sites' text tiles, six over theirs.
_SPLIT_LEVELS, _WHOLE_KIND_LEVELS, _SPLIT_GAP = 3, 6, 2
# A part holds running text: this much of it, with a sentence's end, few links.
_PART_CHARS, _PART_LINK_SHARE = 200, 0.3
# A sentence at least, where the part carries all the body's class words.
_TWIN_PART_CHARS = 80


def continued_parts(body) -> tuple[list, list]:
    """The other parts of an article its template split into sibling blocks
    of one kind, (those before the body element, those after it), in page
    order: two `div.content` around an inline ad, Drupal's body field and a
    "nội dung tiếp" field, Liferay's second `asset-content`. Looked for from
    the body element up a few levels; a part is a sibling of the same tag and
    first class word that holds running text, not a widget (related news,
    comments) nor a teaser. One level further up, a sibling must carry all
    the same class words: a portal's boxes share their first one (Liferay's
    `portlet-boundary`), only web content displays one under another also
    share the rest (`portlet-boundary_56_ portlet-journal-content`)."""
    node = body
    for level in range(_WHOLE_KIND_LEVELS + 1):
        parent = node.getparent()
        # (The page's own blocks are no parts of a text; but a page builder sets the page as
        # `<section>`s straight in `<body>`, a text's parts among them: Mobirise's `section.content5`.)
        if parent is None or parent.tag == "html" or parent.tag == "body" and node.tag != "section":
            break
        # (A row is of its table's kind however deep it sits: rows have no class words.)
        kind_of = _kind if level < _SPLIT_LEVELS or node.tag == "tr" else _whole_kind
        kind = kind_of(node)
        # (A part of another kind named as content only after the body element itself:
        # higher up, such a block may be a column of the page; before it, the sapo's box.)
        if kind is not None or level == 0:
            before = _parts_beside(node.itersiblings(preceding=True), kind, False, kind_of)[::-1]
            after = _parts_beside(node.itersiblings(), kind, level == 0, kind_of,
                                  node.get("class") if level == 0 else None)
            if (before or after) and level > 0:
                if kind == _ROW:
                    # (Rows have no class words to go by: a row built as the body's own, `td > div`
                    # justified, is a paragraph of it however short, right before the body (past
                    # pictures and their captions only: the headline's row closes the text above) or
                    # after it, up to the credit's row.)
                    # (Far up, in the page's layout table, only rows of the body's own shape: a
                    # home-made page sets its text in two rows around the picture's.)
                    shape = _shape(node)
                    before = _parts_beside(node.itersiblings(preceding=True), kind, False, kind_of,
                                           twin_shape=shape, gap=0, twins_only=level > _SPLIT_LEVELS)[::-1]
                    after = _parts_beside(node.itersiblings(), kind, False, kind_of, twin_shape=shape)
                elif node.get("class"):
                    # Split over several blocks of one kind (Liferay's fragments, a paragraph each), a last
                    # one of all its class words may be short too: "… người dân." and the writer's name.
                    # (Without a class, the parts are those just found.)
                    after = _parts_beside(node.itersiblings(), kind, False, kind_of, node.get("class"))
            after = _up_to_another_item(after, body, node)
            if level > _SPLIT_LEVELS:
                # (That far up, only a display below the text that goes on with it, untitled: not a
                # box above it nor one under its own title, "ĐƯỜNG DÂY NÓNG" in bold; or the rows
                # of the body's own shape right above it.)
                # (After it, only rows of its own shape right after it, past pictures: readers' comments
                # under their "Ý kiến bạn đọc" row are built so too.)
                if kind == _ROW:
                    after = _parts_beside(node.itersiblings(), kind, False, kind_of, twin_shape=_shape(node), gap=0,
                                          twins_only=True)
                else:
                    before, after = [], list(takewhile(lambda part: not _opens_with_its_own_title(part), after))
            if parent.tag == "body":
                # (A page builder's sections: only those between the headline's and the text's, untitled,
                # go on into it; above the headline and after the text come the page's own bands, a
                # notice's, a hotline's, the site's foot.)
                headline = next((sibling for sibling in node.itersiblings(preceding=True)
                                 if isinstance(sibling.tag, str) and sibling.find(".//h1") is not None), None)
                under_it = set(headline.itersiblings()) if headline is not None else set()
                before = [part for part in before if part in under_it and not _opens_with_its_own_title(part)]
                after = []
            if (width := _column_width(node)) is not None:
                # (A grid's column of another width beside the text's is the page's side column:
                # "col-sm-8 col-md-6" beside "col-sm-16 col-md-18", of one kind by their words.)
                before, after = ([part for part in parts if _column_width(part) in (None, width)]
                                 for parts in (before, after))
            if before or after:
                # (That far up, a block under a text its writer signed is another item: a second
                # notice. Asked only of the parts found there: most pages find none so far up.)
                if level > _SPLIT_LEVELS and after and ends_with_a_credit(body):
                    return _with_their_captions(before), []
                return _with_their_captions(before), _with_their_captions(after)
        node = parent
    return [], []


def _with_their_captions(parts: list) -> list:
    """The parts, each picture's followed by its caption's box when that is
    the next block and no part (Drupal's image field, then its "chú thích
    ảnh" field, `div.field-name-field-chu-thich-anh`, above the body field)."""
    joined = []
    for part in parts:
        joined.append(part)
        after = next((node for node in part.itersiblings() if isinstance(node.tag, str)), None)
        if after is not None and after not in parts and next(part.iter("img"), None) is not None \
                and next(after.iter("img"), None) is None and _is_caption_box(after):
            joined.append(after)
    return joined


def text_parted_by_pictures(body) -> tuple[list, list]:
    """The other pieces of a text its template parted around full-width rows
    of the article's pictures, (before the body, after it): the page's other
    elements of the body's tag and class words, each holding running text,
    with nothing but pictures and their captions between one and the next
    (Điện Biên's ASP.NET MVC `div.noi-dung` over and under an Owl Carousel
    row; a Bắc Ninh Liferay text going on in a second portlet under a
    full-width picture; a Google Sites page's text boxes, `div.tyJCtd`, in
    sections between its image blocks). The pictures are parts too, so that
    they keep their place in the text."""
    classes = body.get("class")
    if not classes:
        return [], []
    pieces = _same_tag_and_class(body, classes)     # (page order)
    if len(pieces) < 2 or len(pieces) > _TEXT_PIECES_MOST:
        return [], []
    at = pieces.index(body)
    return _pieces_joined(pieces[at::-1], joined_first=False), _pieces_joined(pieces[at:], joined_first=True)


# The pieces a text may be parted into, at the most: more of one name are a list's items.
_TEXT_PIECES_MOST = 6
# The paragraphs of each piece, where a text is parted into three or more.
_PIECE_PARAGRAPHS = 2


def _paragraphs_in(element) -> int:
    """Its paragraphs: the `p`s and innermost `div`s under it that show words."""
    return sum(1 for block in element.iterdescendants("p", "div")
               if (block.tag == "p" or next(block.iterdescendants("p", "div"), None) is None)
               and has_word_chars(text_of(block)))


def _pieces_joined(pieces: list, joined_first: bool) -> list:
    """The pieces (and the pictures between them) that go on from the first
    of `pieces` (the body), in their order: after it (`joined_first`, page
    order) or before it (last first; returned in page order)."""
    # (Of three pieces or more, each holds paragraphs: a site's own boxes of the text's class under
    # it, a description of the site and its contacts, a paragraph each, are no part of it.)
    several = len(pieces) > 2
    near = pieces[0]
    joined = []
    for piece in pieces[1:]:
        first, second = (near, piece) if joined_first else (piece, near)
        if piece in near.iterancestors() or near in piece.iterancestors() \
                or not _holds_running_text(piece, _TWIN_PART_CHARS, sentence_in_a_paragraph=True) \
                or several and _paragraphs_in(piece) < _PIECE_PARAGRAPHS \
                or ends_with_a_credit(first) or not _in_one_column(first, second):
            break       # (a text its writer signed is whole: what follows is another item)
        pictures = _pictures_between(first, second)
        if not pictures:
            break
        joined += [*pictures, piece] if joined_first else [*reversed(pictures), piece]
        near = piece
    return joined if joined_first else joined[::-1]


def _in_one_column(first, second) -> bool:
    """Whether two blocks stand in the same column of the page: not in two
    cells of one table row, nor in grid columns of other widths (a side
    column's box named as the text is)."""
    cells = [next((node for node in element.iterancestors("td", "th")), None) for element in (first, second)]
    if cells[0] is not None and cells[1] is not None and cells[0] is not cells[1] \
            and cells[0].getparent() is cells[1].getparent():
        return False
    widths = [next((width for node in element.iterancestors() if (width := _column_width(node)) is not None), None)
              for element in (first, second)]
    return widths[0] == widths[1]


def _same_tag_and_class(body, classes: str) -> list:
    """The page's elements of `body`'s tag and class value, in page order. (lxml's
    walk of one tag, in C, meets a fraction of the page's nodes, where the XPath
    `//*[@class = $classes]` read every element's class: a third of its time.)"""
    return [element for element in body.getroottree().getroot().iter(body.tag) if element.get("class") == classes]


# A picture named as a title's, a banner's or a logo's: the page's furniture, not the article's.
_DECORATION_PICTURE = re.compile(r"(?:^|[/_-])(?:tieu-?de|title|banner|logo|header)[\w-]*\.(?:gif|png|jpe?g|webp)", re.I)


def _pictures_between(first, second) -> list:
    """The blocks between two elements of a page (after `first`, before
    `second`), when they hold pictures and their captions and nothing else
    (empty wrappers aside); else none."""
    path = [second, *second.iterancestors()]
    ancestors = set(path[1:])
    blocks, node = [], first
    while node.getparent() is not None and node.getparent() not in ancestors:
        blocks += node.itersiblings()
        node = node.getparent()
    if node.getparent() is None:
        return []
    top = path[path.index(node.getparent()) - 1]     # (the child of the common ancestor holding `second`)
    for sibling in node.itersiblings():
        if sibling is top:
            break
        blocks.append(sibling)
    below = path[:path.index(top)]                    # (from `second` up to under `top`)
    for child in reversed(below):
        blocks += reversed(list(child.itersiblings(preceding=True)))
    pictures = []
    for block in blocks:
        if not isinstance(block.tag, str) or block.tag in ("script", "style"):
            continue
        text = squash(text_of(block))
        images = sum(1 for _ in block.iter("img"))
        if not images:
            if text:
                return []
            continue
        # (Not a banner linking elsewhere, nor a box's title drawn as a picture, "tieude_loichao.gif".)
        if len(text) > CAPTION_BOX_CHARS * images or next(block.iter(*HEADINGS), None) is not None \
                or any(not links_a_picture(link) for link in block.iter("a")) \
                or any(_DECORATION_PICTURE.search(img.get("src") or "") for img in block.iter("img")):
            return []
        pictures.append(block)
    return pictures


def spilled_paragraphs(body) -> list:
    """The paragraphs a stray closer pushed out of the body element: right
    after it, each built as a paragraph of its own (the same tag and
    attributes, its children's too: `p[style=text-align:justify] > font[face]`),
    the first one running text, with the pictures and their captions between
    them. A rich-text field closed by a `</div>` left in the text goes on in
    its parent (SharePoint's `ms-rtestate-field` closed after a few
    paragraphs). Bare `<p>`s are no evidence: a template's own note after the
    body is built so too. A table pasted into a layout table's cell may close
    that whole table (`</td></tr></table>` left after its own): the text goes
    on after the layout's table (Joomla 1.5's `table.contentpaneopen`). Two
    `</div>` left in a text of `div` paragraphs close the field and its
    wrapper: it goes on after the wrapper (a SharePoint 2013 blog post's
    `div[style=text-align:justify]` paragraphs)."""
    end = _the_layout_table_closed_early(body)
    if end is body:
        end = _the_wrappers_closed_early(body)
    first = next_element(end.getnext())
    if first is None or first.tag not in ("p", "div"):   # (most bodies: no paragraph after them, no walk of theirs)
        return []
    shapes = {shape for paragraph in _paragraph_blocks(body, first.tag) if (shape := _shape(paragraph, 1)) not in _BARE}
    if not shapes:
        return []
    parts, between = [], []
    for sibling in end.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if _shape(sibling, 1) in shapes and has_word_chars(text_of(sibling)) \
                and (parts or _holds_running_text(sibling, _TWIN_PART_CHARS)):
            parts.extend(between)
            parts.append(sibling)
            between = []
        elif parts and _a_pictures_row(sibling) and len(between) < _PICTURE_ROWS_BETWEEN:
            between.append(sibling)
        elif parts and not has_word_chars(text_of(sibling)) and not _has_image(sibling):
            continue    # (an empty spacer between paragraphs, `<div>&#8203;</div>`)
        else:
            break
    return parts


def _paragraph_blocks(body, tag: str):
    """The body's paragraphs of `tag`: its `p`s, or the `div`s it sets its lines in, its children."""
    return body.iter("p") if tag == "p" else (child for child in body if child.tag == "div")


def _the_wrappers_closed_early(body):
    """The body, or the wrapper `div`s it ends (two levels at most), whose
    closers a text's stray `</div>`s took: the text goes on after them."""
    return _the_last_of(body, ("div",), _WRAPPERS_CLOSED_EARLY)


def _the_last_of(node, tags, levels: int | None = None):
    """`node`, or the highest of its ancestors (of `tags`, `levels` up at most)
    whose last element it is, each in the one above."""
    climbed = 0
    while next_element(node.getnext()) is None and (levels is None or climbed < levels) \
            and (parent := node.getparent()) is not None and parent.tag in tags:
        node, climbed = parent, climbed + 1
    return node


_WRAPPERS_CLOSED_EARLY = 2
_BARE = frozenset((("p", (), ()), ("div", (), ())))
_LAYOUT_TABLE_TAGS = frozenset(("td", "tr", "tbody", "table"))


def _the_layout_table_closed_early(body):
    """The layout table a body cell ends, when the cell's text ends with a
    table of its own (whose stray closers ended the layout's table too) and
    the cell is the last of its row, the row the last of the table; else the body."""
    last = body[-1] if len(body) else None
    while last is not None and not isinstance(last.tag, str):
        last = last.getprevious()
    if body.tag != "td" or last is None or last.tag != "table" or (last.tail or "").strip():
        return body
    node = _the_last_of(body, _LAYOUT_TABLE_TAGS)
    return node if node.tag == "table" else body


# Pictures and their captions between two paragraphs of a text, at the most (a photo set of four).
_PICTURE_ROWS_BETWEEN = 8


def _up_to_another_item(after: list, body, node) -> list:
    """The parts after the body up to one that opens another item under it:
    headed before its text (`h1`-`h3`) where the body's text is signed (a
    notice's portlet under a signed article), or headed as the body heads
    itself, read at the level the parts are siblings at (`node`, the body or
    its ancestor: the next notice loaded in a copy of its template, the next
    article an endless scroll appends in a copy of the article's block)."""
    if not after:
        return after
    own_heading = _heading_before_text(node)     # (its headline, not a sub-heading in its text)
    signed = None
    for at, part in enumerate(after):
        heading = _heading_before_text(part)
        if heading is None:
            continue
        if own_heading is not None and heading.tag == own_heading.tag:
            return after[:at]
        if signed is None:
            signed = ends_with_a_credit(body)
        if signed:
            return after[:at]
    return after


_NOT_INLINE = frozenset(("figure", "figcaption", "img", "table", "div", "ul", "ol", "blockquote"))


def inline_texts(paragraph) -> tuple[str, str]:
    """(text, bold text) of a paragraph's own words. A `<p>` whose `</p>` is
    lost swallows the figure after it; the figure's caption is not the sapo."""
    parts: list[str] = []
    bold: list[str] = []

    def add(piece: str | None, in_bold: bool) -> None:
        if piece:
            parts.append(piece)
            if in_bold:
                bold.append(piece)

    def walk(node, in_bold: bool) -> None:
        add(node.text, in_bold)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in _NOT_INLINE:
                walk(child, in_bold or child.tag in ("strong", "b") or _set_bold(child))
            add(child.tail, in_bold)

    walk(paragraph, _set_bold(paragraph))
    return squash("".join(parts)), squash("".join(bold))


def _set_bold(element) -> bool:
    """Bold by its inline style (`<p style="font-weight:bold">`)."""
    style = element.get("style")
    return bool(style) and _BOLD_STYLE.search(style) is not None


# A title's length at most, set as a bold paragraph.
_BOLD_TITLE_CHARS = 120


def _opens_with_its_own_title(part) -> bool:
    """A block opening with a title of its own: a heading, or a short first
    paragraph set wholly in bold with no sentence's end."""
    first = next((element for element in part.iter("h1", "h2", "h3", "h4", "p") if squash(text_of(element))), None)
    if first is None or first.tag != "p":
        return first is not None
    text, bold = inline_texts(first)
    return bold == text != "" and len(text) <= _BOLD_TITLE_CHARS and not _TERMINAL.search(text)


def _heading_before_text(part):
    """The part's `h1`-`h3` that comes before any of its running text, if any."""
    for element in part.iter("h1", "h2", "h3", "p"):
        if element.tag != "p":
            return element
        if len(squash(text_of(element))) >= _TWIN_PART_CHARS:
            return None
    return None


def _parts_beside(siblings, kind, any_content: bool, kind_of=None, twin_class: str | None = None,
                  twin_shape: tuple | None = None, gap: int = _SPLIT_GAP, twins_only: bool = False) -> list:
    """The parts among siblings, nearest first, until more than `gap` other
    elements (pictures aside) stand in a row: of the body's kind, or named as content of
    another kind (the template's second field: Drupal's `field--name-field-
    noi-dung`, NukeViet's `bodytext-more`, "ct-noidung-dau" before the picture
    and "ct-noidung-sau" after it). A part after the body with all its class
    words (`twin_class`) may be a short note ("(*) Cử tri có ý kiến …"); so may a
    row of the body's own shape (`twin_shape`), those rows closed by a credit's; with
    `twins_only`, only such twins are parts."""
    parts, between = [], []
    for sibling in siblings:
        if not isinstance(sibling.tag, str):
            continue
        twin = bool(twin_class) and sibling.get("class") == twin_class \
            or twin_shape is not None and _shape(sibling) == twin_shape
        # (The tag first: a sibling of another tag is of another kind without its class read.)
        if (kind is not None and sibling.tag == kind[0] and (kind_of or _kind)(sibling) == kind
                or any_content and _names_content(sibling)) and (twin or not twins_only) \
                and _holds_running_text(sibling, _TWIN_PART_CHARS if twin else _PART_CHARS,
                                        sentence_in_a_paragraph=twin) \
                and not (kind == _ROW and _PAGE_FOOT.search(squash(text_of(sibling)))) \
                and not _FOOT_NAME.search(sibling.get("class") or ""):
            # (A data table, a list or a picture set in a block of its own between two parts is the
            # text's too: the figures or the points the paragraphs around it speak of, its photo.)
            parts.extend(block for block in between
                         if _holds_a_data_table(block) or _holds_a_list(block) or _holds_a_picture(block))
            parts.append(sibling)
            between = []
        else:
            between.append(sibling)
            if twin_shape is not None and _a_credits_row(sibling) \
                    or len(between) > gap and sum(not _a_pictures_row(block) for block in between) > gap:
                break
    return parts


# The page's foot, by its name: a block of the layout's kind after the text (Oracle ADF's
# `af_panelGroupLayout qnam-footer` after `af_panelGroupLayout qnam-content`) is no part of it.
_FOOT_NAME = re.compile(r"(?:^|[\s_-])(?:footer|foot)(?:$|[\s_-])", re.I)


def _a_credits_row(row) -> bool:
    """A row of the writer's name alone, right-aligned ("Lê Minh Tuấn" in bold): the text's end.
    (Not a picture's row nor its caption's, "… Ảnh: Minh Hà", nor a heading's, "KẾT QUẢ THỰC HIỆN":
    those may read as names too, but are not set to the right.)"""
    text = squash(text_of(row))
    return 0 < len(text) <= _CREDIT_ROW_CHARS and not _has_image(row) and aligned(row, "right") \
        and credits.looks_like_credit(text, aligned_right=True)


def aligned(block, side: str) -> bool:
    """Whether the block or something in it is set to `side` ("right", "center") by its
    `align`, its inline style or its tag (`_alignment`; class names are not read here)."""
    return any(_alignment(node, node.tag, node.get("style"), None) == side
               for node in block.iter(lxml.etree.Element))     # (elements only: no comment)


def _a_pictures_row(block) -> bool:
    """A picture with at most its caption, or its caption alone, italic or centred in a block of its
    own under it: no gap in a text laid out in rows."""
    if _holds_a_picture(block):
        return True
    text = squash(text_of(block))
    return 0 < len(text) <= CAPTION_BOX_CHARS and next(block.iterdescendants("a"), None) is None \
        and (next(block.iter("i", "em"), None) is not None or aligned(block, "center"))


_CREDIT_ROW_CHARS = 120


def _shape(element, depth: int = 2) -> tuple:
    """Its tag and attributes, and its children's down to `depth`: a layout
    table's paragraph row (`tr > td > div[align=justify]`) has the shape of
    the next, not of the picture's, the credit's or the date's row."""
    children = tuple(_shape(child, depth - 1) for child in element if isinstance(child.tag, str)) if depth else ()
    return element.tag, tuple(sorted(element.attrib.items())), children


def _holds_a_list(block) -> bool:
    """A list of points (two items at least), alone in its block or the block
    itself, not mostly links (a box of other articles' titles)."""
    listed = block if block.tag in ("ul", "ol") else next(block.iter("ul", "ol"), None)
    if listed is None or sum(1 for item in listed if item.tag == "li") < 2 or in_a_widget(block):
        return False
    return _alone_and_not_links(listed, block)


def _holds_a_picture(block) -> bool:
    """A picture and at most its caption, linked nowhere but to itself (an
    inline banner links elsewhere)."""
    return _has_image(block) and len(squash(text_of(block))) <= CAPTION_BOX_CHARS and not in_a_widget(block) \
        and all(map(links_a_picture, block.iter("a")))


# A picture file's extensions (its link's, where a picture links to itself).
PICTURE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
_PICTURE_FILE = re.compile(r"(?:" + "|".join(map(re.escape, PICTURE_EXTENSIONS)) + r")(?:$|\?)", re.I)


def links_a_picture(link) -> bool:
    """Whether a link opens a picture file (a lightbox's full-size picture)."""
    return _PICTURE_FILE.search(link.get("href") or "") is not None


def _holds_a_data_table(block) -> bool:
    """A table of figures or names (two rows of two cells at least), alone in
    its block or the block itself: not a layout table, a picture's or a file list."""
    table = block if block.tag == "table" else next(block.iter("table"), None)
    if table is None or next(table.iterdescendants("table"), None) is not None \
            or _is_image_table(table) or _is_file_table(table) or in_a_widget(block):
        return False
    rows = [row for row in table.iter("tr") if sum(1 for cell in row if cell.tag in ("td", "th")) >= 2]
    return len(rows) >= 2 and _alone_and_not_links(table, block)


def _alone_and_not_links(inner, block) -> bool:
    """`inner` holds all the text of `block`, less than half of it in links."""
    text = squash(text_of(block))
    linked = sum(len(squash(text_of(link))) for link in inner.iter("a"))
    return text == squash(text_of(inner)) and linked * 2 < len(text)


def _kind(element) -> tuple[str, str] | None:
    """Its tag and first class word, a number or a word of sequence at the
    word's end left out (SharePoint's `div.article-content` and
    `div.article-content-2`, NukeViet's `bodytext` and `bodytext-more`,
    "ct-noidung-dau" and "ct-noidung-sau": first and after)."""
    classes = (element.get("class") or "").split()
    if not classes:
        return _ROW if element.tag == "tr" else None
    if _GRID_COLUMN.match(classes[0]):
        return None     # (a grid's columns, "col-md-8" and "col-md-4", are the page's: the side column is no part)
    return (element.tag, _NUMBERED.sub("", classes[0]) or classes[0])


# A table's rows are of one kind: a text laid out in rows, a gallery's row between them
# (Oracle WebCenter's `table.qn-content`). But a layout table's last row is the page's foot:
# its copyright, its owner, its licence, who answers for it.
_ROW = ("tr", "")
_PAGE_FOOT = re.compile(r"©|\bbản quyền\b|\bcopyright\b|\bcơ quan chủ quản\b|\bghi (?:rõ )?nguồn\b|\bgiấy phép số\b|"
                        r"\bchịu trách nhiệm (?:chính|nội dung)\b|^địa chỉ bài viết\b|^bài viết được in từ\b", re.I)


def _whole_kind(element) -> tuple[str, frozenset] | None:
    """Its tag and all its class words, numbers and words of sequence left out
    as `_kind` does (a portlet's instance name may differ, its type does not)."""
    classes = frozenset(_NUMBERED.sub("", name) for name in (element.get("class") or "").split())
    return (element.tag, classes) if len(classes) > 1 else None


# A CSS grid's column: Bootstrap's "col-md-8", "col-sm-12", Foundation's "large-8", 960.gs's "grid_8",
# "span8", WordPress blocks' "wp-block-column".
_GRID_COLUMN = re.compile(r"^(?:col(?:-[a-z]+)*-\d+|(?:small|medium|large)-\d+|grid_\d+|span\d+|wp-block-column)$")
_NUMBERED = where_it_opens(re.compile(r"[-_]?\d+$|[-_](?:dau|sau|tiep|more|cont)$"))
_CONTENT_NAMES = where_it_opens(re.compile(
    r"noi-?dung|content|(?:^|[\s_-])cont(?:$|[\s_-])|body|field--name|article-?cont|"
    r"chi-?tiet|fields?-?container|custom-?fields?|extra-?fields?|(?:^|[\s_-])(?:foot)?notes?(?:$|[\s_-])|ghi-?chu",
    re.I))


def _names_content(element) -> bool:
    return bool(_CONTENT_NAMES.search(class_and_id(element)))


def _holds_running_text(element, least_chars: int = 0, sentence_in_a_paragraph: bool = False) -> bool:
    """Running text that ends a sentence somewhere; with `sentence_in_a_paragraph`,
    also where only one of its paragraphs does (its text read whole glues a
    paragraph to the next: "… người dân.Minh Quân")."""
    text = holds_running_text(element, least_chars or _PART_CHARS, _PART_LINK_SHARE)
    return bool(text) and (bool(_TERMINAL.search(text)) or ". " in text or _holds_paragraphs_items(element)
                           or sentence_in_a_paragraph and any(
                               _TERMINAL.search(squash(text_of(paragraph))) for paragraph in element.iter("p")))


# Drupal's Paragraphs module sets the rest of an article as items of a field of its own
# (`field--name-field-paragraphs` > `div.paragraph.paragraph--type--text`): a box, a table, more
# text, each a block, so that read whole their text runs together ("… đón du khách.Bảo Ngọc").
_PARAGRAPHS_ITEM = lxml.etree.XPath(".//*[contains(@class, 'paragraph--type--')]")


def _holds_paragraphs_items(element) -> bool:
    """Drupal Paragraphs items, one of whose paragraphs ends a sentence."""
    return any(_TERMINAL.search(squash(text_of(paragraph)))
               for item in _PARAGRAPHS_ITEM(element) for paragraph in item.iter("p"))


def holds_running_text(element, least_chars: int, link_share: float) -> str | None:
    """The element's text when it is running text, not a widget's nor a
    teaser's: this long at least, with no more than this share in links.
    (The length first: most elements beside a body are short, and it costs a
    read of their text where the widget test reads every ancestor's names.)"""
    text = squash(text_of(element))
    if len(text) < least_chars or in_a_widget(element) or _holds_a_teaser(element):
        return None
    linked = sum(len(squash(text_of(link))) for link in element.iter("a"))
    return text if linked <= link_share * len(text) else None


# ---- images and attachments ------------------------------------------------------

def image_source(img, page) -> str | None:
    """The real, absolute URL of an `<img>`: lazy-load attributes first, then a
    `src` that is not a placeholder, then the largest `srcset` candidate."""
    for name in _LAZY_ATTRS:
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return page.absolute(value)
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:") and not _PLACEHOLDER.search(urlsplit(src).path):
        return page.absolute(src)
    srcset = img.get("data-srcset") or img.get("srcset") or img.get("data-lazy-srcset")
    if srcset:
        return page.absolute(_largest_in_srcset(srcset))
    return _picture_source(img, page)


def _picture_source(img, page) -> str | None:
    """The first `<source>` of the `<picture>` around an `<img>` whose own
    `src` is a placeholder: responsive themes put the real file only there."""
    # libxml2 does not know `<source>` is empty and nests the `<img>` in it
    picture = next((parent for parent in img.iterancestors() if parent.tag == "picture"), None)
    if picture is None:
        return None
    for source in picture.iter("source"):
        srcset = source.get("data-srcset") or source.get("srcset")
        if srcset and not srcset.lstrip().startswith("data:"):
            return page.absolute(_largest_in_srcset(srcset))
    return None


_BACKGROUND_URL = re.compile(r"background(?:-image)?\s*:[^;]*?url\(\s*['\"]?([^'\")\s]+)", re.I)


_DECORATION_NAME = re.compile(r"icon|bullet|(?:^|[/_-])bg|background|pattern|spacer|line|shadow|sprite", re.I)
_BLOCK_HEIGHT = re.compile(r"(?:^|;)\s*(?:min-)?height\s*:\s*(?:[5-9]\d|[1-9]\d{2,})(?:px)?\b|padding-(?:top|bottom)\s*:\s*\d", re.I)


# (XPaths compiled once: `element.xpath(...)` compiles its expression on every call.)
_STYLED_WITH_URL = lxml.etree.XPath(".//*[contains(@style, 'url(')]")


def _pictures_from_backgrounds(root) -> None:
    """Give an `<img>` to each empty block whose picture is its CSS background
    (`style="background-image:url(...)"`, a slider or cover theme's way), so
    the walk sees it where it stands. Blocks with text or an `<img>` of their
    own are left alone: their background is decoration."""
    for element in _STYLED_WITH_URL(root):
        if _has_image(element) or element.tag in ("span", "i", "a", "td", "li"):
            continue    # (an icon before a word, a bullet, a table's decorated cell)
        # (A picture shown as a block has a height.)
        if (url := _background_url(element)) is not None and _BLOCK_HEIGHT.search(element.get("style")):
            element.insert(0, element.makeelement("img", {"src": url}))


def _background_url(element) -> str | None:
    """The address of the picture an empty block shows as its inline CSS
    background, unless a pattern or an icon's (named so)."""
    match = _BACKGROUND_URL.search(element.get("style") or "")
    if not match or match.group(1).startswith("data:") or has_word_chars(element.text_content()) \
            or _DECORATION_NAME.search(f"{match.group(1)} {element.get('class') or ''}"):
        return None
    return match.group(1)


def _largest_in_srcset(srcset: str) -> str:
    best, best_width = "", -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts:
            continue
        width = 0.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            width = float(parts[1][:-1])
        if width > best_width:
            best, best_width = parts[0], width
    return best


_PIXELS = re.compile(r"\s*(\d+)\s*(?:px)?\s*")


def _pixels(value: str | None) -> int | None:
    """A width/height attribute in pixels ("16", "16px"); "20%" is not one."""
    match = _PIXELS.fullmatch(value or "")
    return int(match.group(1)) if match else None


def is_picture(img, page) -> bool:
    """Whether an `<img>` is a picture of the article's kind, not an icon,
    a counter or a placeholder."""
    src = image_source(img, page)
    return src is not None and not _is_decoration(img, src)


def _is_decoration(img, src: str) -> bool:
    """Tracking pixels, icons, emoji, counters: not article images."""
    if not src:
        return True
    sizes = [_pixels(img.get("width")), _pixels(img.get("height"))]
    style = img.get("style") or ""
    for name in ("width", "height"):
        match = _STYLE_SIZE[name].search(style)
        if match:
            sizes.append(int(match.group(1)))
    if any(size is not None and size <= 40 for size in sizes):
        return True
    css_class = img.get("class") or ""
    return _names_no_content(src) or bool(_DECORATION_CLASS.search(css_class)) or _is_heading_picture(img, src)


def _is_heading_picture(img, src: str) -> bool:
    """A section's name drawn as a picture (old portals: `h_tincacxa.gif` with
    the alt "TIN CÁC XÃ"): a few words in capitals over a GIF or PNG."""
    alt = (img.get("alt") or "").strip()
    return bool(alt) and alt.isupper() and len(alt.split()) <= 5 and src.lower().endswith((".gif", ".png"))


# What every match of `_NOT_CONTENT_IMAGE` holds, in lower case. Its dozen
# alternatives, tried at each character of a URL regardless of case, cost
# ten microseconds an image; an ASCII URL holding none of these cannot match.
_NOT_CONTENT_WORDS = ("emoji", "smiley", "icon", "/counter", "google-analytics", "facebook.com/tr",
                      "statcounter", "/flag", "tinnhiemmang", "/pdf", "/doc", "/xls", "/ppt", "/zip", "/rar",
                      "/file", "/attach", "/download", "/logo", "/quochuy", "/quoc-huy", "/_layouts/", "/style%20library/",
                      "/style library/", "/print", "/email", "/mail",
                      "/share", "/rss", "quangcao", "quang-cao", "/qc/", "/ads/", "/advert", "/banner",
                      # a theme's own pictures (DotNetNuke's /Skins/, WordPress's /themes/, Joomla's /templates/)
                      "/skins/", "/themes/", "/theme/", "/templates/", "/template/", "-theme/images/", "/modules/")


def _names_no_content(src: str) -> bool:
    if src.isascii():
        lowered = src.lower()
        if not any(word in lowered for word in _NOT_CONTENT_WORDS):
            return False
        # (On ASCII, the pattern's case-blind reading is its plain reading of the lower-cased URL: half the time.)
        return bool(_NOT_CONTENT_IMAGE_LOWER.search(lowered))
    return bool(_NOT_CONTENT_IMAGE.search(src))


# `_NOT_CONTENT_IMAGE` read as written: its letters are all lower-case.
_NOT_CONTENT_IMAGE_LOWER = where_it_opens(re.compile(_NOT_CONTENT_IMAGE.pattern))
assert _NOT_CONTENT_IMAGE.pattern == _NOT_CONTENT_IMAGE.pattern.lower()


# A caption longer than this is text (a lead), not a picture's caption.
CAPTION_BOX_CHARS = 300
# (Drupal's image field prints the picture's title under it in `div.image-title`: that class word whole.)
_CAPTION_NAMES = re.compile(r"caption|imgalt|chu-?thich|image-?note|(?:^|\s)image-title(?:$|\s)|"
                            r"(?:^|[-_\s])cap(?:$|[-_\s])", re.I)


_FLOAT_CLASSES = frozenset(("left", "right", "fl", "fr", "pull-left", "pull-right", "float-left", "float-right",
                            "alignleft", "alignright"))
_FLOAT_STYLE = re.compile(r"float\s*:\s*(?:left|right)", re.I)


def _is_floated(element) -> bool:
    if not isinstance(element.tag, str):
        return False
    return not _FLOAT_CLASSES.isdisjoint((element.get("class") or "").lower().split()) \
        or bool(_FLOAT_STYLE.search(element.get("style") or ""))


def image_before(body_element, page) -> dict | None:
    """The article's picture printed right before its body element, outside it:
    Drupal's image field, NukeViet's home image box, a print view's picture
    under the sapo, a mobile view's. Only the body's nearest preceding element
    counts (or the one before it, when that is the picture's caption field, as
    Drupal's "chú thích ảnh"), and only when it holds one picture and at most
    a caption line."""
    box = previous_element(body_element)
    while box is not None and _an_empty_clearer(box):
        box = previous_element(box)     # (a float's `<div class="clear">` between them: NukeViet's print view)
    caption_box = None
    if box is not None and next(box.iter("img"), None) is None and _is_caption_box(box):
        caption_box, box = box, previous_element(box)
    if box is None:
        return None
    pictures = [box] if box.tag == "img" else list(box.iter("img"))
    if len(pictures) != 1 or any(_is_floated(node) for node in (box, *box.iterdescendants())):
        return None     # a thumbnail floated beside the sapo repeats the article's picture
    src = image_source(pictures[0], page)
    if src is None or _is_decoration(pictures[0], src):
        return None
    # Its words, if any, are one caption line: a lead holding a picture is text.
    text = squash(text_of(box))
    lines = [squash(text_of(line)) for line in box.iter()
             if line is not box and (line.tag in ("figcaption", "em", "i")
                                     or _CAPTION_NAMES.search(line.get("class") or ""))]
    if text and (len(text) > CAPTION_BOX_CHARS or text not in lines):
        if not _header_ending_with(box, pictures[0]):
            return None
        text = ""
    if caption_box is not None and not text:
        text = squash(caption_box.text_content())
    return {"src": src, "caption": _clean_caption(text)}


def _an_empty_clearer(element) -> bool:
    """An empty block set to end the floats above it (`<div class="clear"></div>`, `<br>`, `<hr>`)."""
    return element.tag in ("div", "br", "hr") and not len(element) and not (element.text or "").strip()


def gallery_after(body_element, page) -> list[dict]:
    """The pictures of the article's gallery printed right after its body
    (EasyDNNNews' `div.edn_articleGallery`, a theme's `div.album`): a block
    named so whose linked pictures link to picture files, not to pages (a box
    of other albums); each with the caption shown under it (a link's `title`
    is no caption), each file once."""
    box = next_element(body_element.getnext()) if body_element is not None else None
    if box is None or not _GALLERY_NAMES.search(box.get("class") or ""):
        return []
    # (Not a box of other albums: covers linked to their pages, "Album ảnh" under the text.)
    if any(not _IMAGE_FILE.search(urlsplit(link.get("href") or "").path) for link in box.iter("a")
           if link.find(".//img") is not None):
        return []
    found, seen = [], set()
    for img in box.iter("img"):
        src = image_source(img, page)
        if src is None or _is_decoration(img, src) or _file_key(src) in seen:
            continue    # (nor a thumbnail strip's copy of a slide: Drupal's `slide_800` and `thumbnail`)
        seen.add(_file_key(src))
        # (Its item: the largest block holding this picture alone, `li`, `div.album-item`; not a row
        # holding them all.)
        item = img
        while item.getparent() is not None and item.getparent() is not box \
                and sum(1 for _ in item.getparent().iter("img")) == 1:
            item = item.getparent()
        captions = [one_line(node) for node in item.iter() if isinstance(node.tag, str)
                    and (node.tag == "figcaption" or _CAPTION_NAMES.search(node.get("class") or ""))]
        caption = captions[0] if captions else _text_beside_the_link(item)
        found.append({"src": src, "caption": _clean_caption(caption) or None})
    return found


def _text_beside_the_link(item) -> str:
    """An item's words outside its links: the caption under a linked thumbnail
    (`<li><a class="lightbox" …><img></a><span>Quang cảnh …</span></li>`)."""
    return squash(" ".join(text for node in item.iter() if isinstance(node.tag, str) and node.tag != "a"
                           and not any(ancestor.tag == "a" for ancestor in node.iterancestors())
                           for text in (node.text, *(child.tail for child in node)) if text))


_GALLERY_NAMES = re.compile(r"gallery|album", re.I)
# (A picture's file, also in Liferay's document address: `/documents/20182/0/le-hoi-1.jpg/8a1c6e2d-…`.)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:$|/)", re.I)


# The size WordPress (and others) write into a resized copy's name: "ra-mat-1080x675.jpg".
_SIZE_IN_NAME = re.compile(r"-\d{2,4}x\d{2,4}(?=\.\w+$)")


def picture_key(src: str) -> str:
    """A picture's address without the size a resized copy's name holds (its query
    kept: `ShowImage.ashx?id=3021` and `?id=3022` are two pictures, but not a
    resizer's, `hoi-nghi.jpg?width=400&height=300&mode=crop`)."""
    parts = urlsplit(src)
    query = "" if parts.query and all(_RESIZE_PARAMETER.match(pair) for pair in parts.query.split("&")) else parts.query
    return _SIZE_IN_NAME.sub("", parts.path.lower()) + "?" + query


_RESIZE_PARAMETER = re.compile(r"(?:width|height|w|h|mode|quality|crop|scale|maxwidth|maxheight|anchor)=", re.I)


def _file_key(src: str) -> str:
    """`picture_key` without Drupal's image style of a derivative
    (`/styles/slide_800/public/…?itok=a0Xq`): a gallery's slide and its
    thumbnail are one file. (Not elsewhere: an image field's styled copy over
    the text's original is the article's picture twice, as editors place it.)"""
    key = picture_key(src)
    path, _, query = key.partition("?")
    unstyled = _IMAGE_STYLE.sub("/", path)
    return key if unstyled == path else unstyled + "?" + _STYLE_TOKEN.sub("", query)


# Drupal's image styles: a derivative's path and its token.
_IMAGE_STYLE = re.compile(r"/styles/[^/]+/public/")
_STYLE_TOKEN = re.compile(r"(?:^|&)itok=[^&]*")


def _header_ending_with(box, picture) -> bool:
    """Whether `box` is the article's header, its headline and date line over
    its picture, nothing after that (Divi's `div.et_post_meta_wrapper`: `h1`,
    `p.post-meta`, `img`): the picture is the article's, with no caption."""
    holders = list(takewhile(lambda node: node is not box, picture.iterancestors()))
    if box.find(".//h1") is None and box.find(".//h2") is None \
            or any(has_word_chars(text_of(node)) for node in holders):
        return False    # (an icon beside words, "new.gif" in the headline or its date line, is no picture of the article)
    after = False
    for node in box.iter():
        if node is picture:
            after = True
        elif after and isinstance(node.tag, str):
            return False    # (an element after it)
    # (Nor words after it: the picture's tail, or its link's or paragraph's inside the box.)
    return not any((node.tail or "").strip() for node in (picture, *holders))


# The article's own picture named so by its theme, above the title or the body.
_FEATURED_NAMES = re.compile(r"featured-?image|post-?thumbnail|wp-post-image|(?:^|[-_\s])hero(?:$|[-_\s])|"
                             r"anh-?dai-?dien|article-?image|news-?image|item-?image", re.I)     # (Joomla 4: item-image)
# Every match of `_FEATURED_NAMES` holds one of these words, lower-cased.
# (Plain searches: the regex of their alternation is tried at each character of the names.)
_FEATURED_WORDS = ("image", "thumbnail", "hero", "dai")
# How far above the body the article's block may start for its featured picture.
_FEATURED_LEVELS = 3
# A featured picture's element has one of these in its class value (as written: a plain search).
_FEATURED_CLASS_PARTS = ("image", "humbnail", "hero", "dai-dien", "daidien")


_PICTURE_TAGS = ("img", "amp-img")     # (an AMP page's pictures are `amp-img`)


def featured_image(body_element, page) -> dict | None:
    """The picture the theme names as the article's own (WordPress's featured
    image, a "hero" box with its caption line), printed before the body in
    the article's block, when it is not the body's own first picture."""
    if body_element is None or not page.once("featured names", lambda: _names_a_featured_picture(page.names[0])):
        return None     # (most pages name no such picture: the walk below is not needed)
    block = wrapper_above(body_element, _FEATURED_LEVELS)
    # (Or, failing those, a page builder's hero section of the post right over the article's block:
    # Webflow's `section.post-hero-section`; not a page's banner, `div.page-hero`, nor a slider of
    # linked stories, a portal's `div.hero.owl-carousel`.)
    hero = previous_element(block)
    heroes = [node for node in hero.iter() if isinstance(node.tag, str) and node.get("class")] \
        if hero is not None and _POST_HERO.search(hero.get("class") or "") and hero.find(".//a") is None else []
    for element in _named_before(body_element, block) + heroes:
        if not _FEATURED_NAMES.search(element.get("class")):
            continue
        pictures = [element] if element.tag in _PICTURE_TAGS else list(element.iter(*_PICTURE_TAGS))
        if not pictures and (src := _background_picture(element, page)):
            return {"src": src, "caption": None}    # (a hero box's picture as its background: Webflow's `div.post-hero`)
        if len(pictures) != 1:
            continue
        src = image_source(pictures[0], page)
        if src is None or _is_decoration(pictures[0], src):
            continue
        holder = element if element.tag not in _PICTURE_TAGS else element.getparent()
        captions = [squash(node.text_content()) for node in holder.iter()
                    if isinstance(node.tag, str) and (node.tag == "figcaption" or _CAPTION_NAMES.search(node.get("class") or ""))]
        return {"src": src, "caption": _clean_caption(captions[0]) if captions and captions[0] else None}
    return None


_POST_HERO = re.compile(r"(?:post|article|entry|news|single)[-_]?hero", re.I)


def _background_picture(element, page) -> str | None:
    """`_background_url`, absolute, unless a placeholder or a theme's stand-in."""
    url = _background_url(element)
    if url is None:
        return None
    src = page.absolute(url)
    # (Nor a theme's stand-in where a post has none: `/wp-content/themes/…/default-thumbnail.jpg`.)
    path = urlsplit(src).path
    if _PLACEHOLDER.search(path) or _names_no_content(src) or "/themes/" in path or "default" in path.lower():
        return None
    return src


def _named_before(body_element, block) -> list:
    """The elements of `block` before the body (not its ancestors), in page
    order, whose class value holds one of `_FEATURED_CLASS_PARTS`. (Read in
    the block alone: an XPath of what precedes the body walked the page above
    it too, header and menus, five times the cost.)"""
    if block is body_element:
        return []
    ancestors = set(body_element.iterancestors())
    found = []
    for element in block.iterdescendants():
        if element is body_element:
            break
        css_class = element.get("class") if isinstance(element.tag, str) else None
        if css_class and element not in ancestors and any(part in css_class for part in _FEATURED_CLASS_PARTS):
            found.append(element)
    return found


# Drupal's image field ("field-type-image", a "hình ảnh" field) beside the body field.
_IMAGE_FIELD = lxml.etree.XPath(".//*[contains(@class, 'field-type-image')]")


def image_fields(body_element, page) -> tuple[list[dict], list[dict]]:
    """The pictures of image fields the article's block prints before and
    after its body (Drupal: `div.field-type-image` over or under the body
    field, each picture with its caption element), in page order."""
    if body_element is None or b"field-type-image" not in page.source_lower:
        return [], []
    block = wrapper_above(body_element, _FEATURED_LEVELS)
    before, after = [], []
    for field in _IMAGE_FIELD(block):
        if field is body_element or body_element in field.iterancestors() or field in body_element.iterancestors():
            continue
        found = after if _first_of(block, body_element, field) is body_element else before
        for img in field.iter("img"):
            src = image_source(img, page)
            if src is None or _is_decoration(img, src):
                continue
            item = next((node for node in img.iterancestors() if "field-item" in (node.get("class") or "")), field)
            captions = [one_line(node) for node in item.iter() if isinstance(node.tag, str)
                        and node is not item and _CAPTION_NAMES.search(node.get("class") or "")]
            found.append({"src": src, "caption": _clean_caption(captions[0]) if captions and captions[0] else None})
    return before, after


def _first_of(root, one, other):
    """Which of two elements under `root` comes first in the page."""
    return next((node for node in root.iter() if node is one or node is other), None)


def _names_a_featured_picture(names) -> bool:
    """Whether one of the page's class `names` is a featured picture's. The
    regex, case-blind, costs a microsecond a name: an ASCII page whose names,
    lower-cased, hold none of its words is told apart by four plain searches
    (IGNORECASE matches more than `str.lower` gives only for other letters)."""
    joined = " ".join(names)
    if joined.isascii() and not _holds_a_featured_word(joined.lower()):
        return False
    # (Each name alike: an ASCII name holding none of the words is passed over.)
    return any(_FEATURED_NAMES.search(name) for name in names
               if not name.isascii() or _holds_a_featured_word(name.lower()))


def _holds_a_featured_word(lowered: str) -> bool:
    return any(word in lowered for word in _FEATURED_WORDS)


def next_element(node):
    """`node` if it is an element, else the first element sibling after it (comments skipped), or None."""
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    return node


def ends_with_a_credit(body) -> bool:
    """Whether the text's last line is a credit: its writer signed it."""
    last = _LAST_TEXT(body)
    return bool(last) and credits.looks_like_credit(last[0])


# The last text of an element that is not white space only, as a plain string: the
# list of all of them, each a string that knows its parent, was made to read its last.
_LAST_TEXT = lxml.etree.XPath("(.//text()[normalize-space()])[last()]", smart_strings=False)


# A list's thumbnail of a picture, by its file's place or name ("/thumbs/", "thumb_raquan.jpg",
# "doi-thoai-thumb.jpg", a SharePoint picture library's "/_t/hop-mat_jpg.jpg"): a template's small
# copy of it, not a picture the article shows.
_THUMBNAIL = re.compile(r"/thumbs?/|/thumb(?:nail)?[_-][^/]*$|[_-]thumb(?:nail)?\.\w+$|/_[tw]/[^/]+_\w{3,4}\.\w+$",
                        re.I)


def is_thumbnail(url: str) -> bool:
    return _THUMBNAIL.search(urlsplit(url).path) is not None


def previous_element(element):
    """The element sibling right before `element` (comments skipped), or None."""
    box = element.getprevious() if element is not None else None
    while box is not None and not isinstance(box.tag, str):
        box = box.getprevious()
    return box


def _is_caption_box(box) -> bool:
    return bool(_CAPTION_NAMES.search(box.get("class") or "")) and \
        0 < len(squash(box.text_content())) <= CAPTION_BOX_CHARS


def _names_a_file(link) -> bool:
    """A link whose text is a document's file name ("Ke hoach 215-KH-UBND.pdf"),
    or that a file type's icon heads (`<img src="images/pdf.gif"> <a>Đề án …</a>`),
    served by a download handler whose URL says nothing ("download.php?id=881",
    Oracle UCM's "idcplg?IdcService=GET_FILE&dDocName=…")."""
    if _ends_as_a_file_name(text_of(link)):
        return True
    icon = link.getprevious()
    # (Not a link to a static page, "chi-tiet-van-ban.html": a document's detail page.)
    return icon is not None and icon.tag == "img" and not (icon.tail or "").strip() \
        and _FILE_TYPE_ICON.search(icon.get("src") or "") is not None \
        and not _PAGE_ADDRESS.search(urlsplit(link.get("href") or "").path)


# A static web page's address, by its extension (a script's, "index.php?task=doc_download", may serve a file).
_PAGE_ADDRESS = re.compile(r"\.html?$", re.I)
# A file type's icon: "pdf.gif", "icon-doc.png", "xls_small.gif".
_FILE_TYPE_ICON = re.compile(r"(?:^|/)(?:icons?[_-]?)?(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:[_-]?(?:icon|ico|small|\d+))?"
                             r"\.(?:gif|png|svg)$", re.I)


def _ends_as_a_file_name(text: str) -> bool:
    """Short, and ending in a document's extension."""
    return len(text) <= _FILE_NAME_CHARS and text.rstrip().lower().endswith(_ATTACHMENT_EXT)


# A file name is short; a sentence that happens to end in ".pdf" is not.
_FILE_NAME_CHARS = 150


def _attachment_url(href: str, page) -> str | None:
    url = page.absolute(href)
    if not url:
        return None
    parts = urlsplit(url)
    if names_a_document_file(parts.path):
        return _without_view_parts(url)
    # (Each value decoded by `unquote`, not as a form's: a "+" in a file's name is a "+", Liferay's
    # "TB+96-UBND.pdf"; but Google's viewer decodes its query as a form does, "TB+lich.pdf" is "TB lich.pdf".)
    google = parts.netloc.endswith(("google.com", "googleusercontent.com"))
    for name, raw in (pair.partition("=")[::2] for pair in parts.query.split("&")):
        value = unquote_plus(raw) if google else unquote(raw)
        if names_a_document_file(value.split("?")[0]):
            # A viewer's link (Google Docs, pdf.js's viewer.html?file=…, a flipbook's ?url=): the document itself.
            viewer = google or name.lower() in ("file", "url") and _VIEWER_PATH.search(parts.path)
            return _without_view_parts(page.absolute(value)) \
                if value.startswith(("http://", "https://", "/")) and viewer else url
    return None


def names_a_document_file(path: str) -> bool:
    """Whether a path names a document file in one of its segments (Liferay serves
    documents as /documents/<group>/<folder>/<name>.pdf/<uuid>, and 7.4 by a
    friendly address whose extension is the name's last word: /documents/d/<site>/<name>-pdf)."""
    lowered = unquote(path).lower()
    return any(segment.endswith(_ATTACHMENT_EXT) for segment in lowered.split("/")) \
        or _LIFERAY_FRIENDLY_DOCUMENT.search(lowered) is not None


_LIFERAY_FRIENDLY_DOCUMENT = re.compile(r"/documents/d/[^/]+/[^/]+-(?:" + _ATTACHMENT_EXT_WORDS + r")$")


# A page that shows a document (not a download handler, whose link may be the only way to it).
_VIEWER_PATH = re.compile(r"viewer|flipbook|pdfjs", re.I)
# A query of a download flag only ("?download=true"): the same document.
_DOWNLOAD_FLAG = re.compile(r"^(?:download|dl|attachment)=(?:true|1|yes)$", re.I)


def _without_view_parts(url: str | None) -> str | None:
    """A document's URL without what only changes how it is shown: the
    fragment ("#toolbar=0", "#page=2") and a bare download flag, so that a
    viewer's link, a download button's and the file's name one document."""
    if not url:
        return url
    parts = urlsplit(url)
    query = "" if _DOWNLOAD_FLAG.match(parts.query) else parts.query
    if not parts.fragment and query == parts.query:
        return url
    return parts._replace(query=query, fragment="").geturl()


_FILE_SIZE = re.compile(r"^[\d.,]+\s*(?:[KMG]?B|bytes?)$", re.I)
_SIZE_AFTER_NAME = re.compile(r"\s*[(\[]\s*[\d.,]+\s*(?:[KMG]i?B|bytes?)\s*[)\]]$", re.I)


def _name_beside_button(link) -> str | None:
    """The document's name printed beside a bare "Tải về" button: another
    cell of its table row ("1 | Danh sách … | 96 KB | Tải về"), or its line
    without the label ("Tệp đính kèm: <span>KH-….pdf</span> Tải về")."""
    row = next((node for node in link.iterancestors() if node.tag == "tr"), None)
    if row is not None:
        names = [squash(text_of(cell)) for cell in row if isinstance(cell.tag, str) and link not in cell.iter()]
        names = [name for name in names if name and not name.isdigit() and not _FILE_SIZE.match(name)
                 and _names_document(name)]
        return max(names, key=len) if names else None
    line = link.getparent()
    if line is None:
        return None
    words = squash(text_of(line))
    link_words = squash(text_of(link))
    rest = squash(_DOWNLOAD_LABEL.sub("", words.replace(link_words, " ") if link_words else words)).rstrip(" :")
    rest = _SIZE_AFTER_NAME.sub("", rest)    # "… (PDF) (412 Kb)": the size is no part of the name
    return rest if rest and len(rest) <= 200 and _names_document(rest) else None


def _link_title(text: str) -> str:
    """"Tải về : bao-cao.pdf" -> "bao-cao.pdf": the download label is not the title."""
    rest = _DOWNLOAD_LABEL.sub("", text)
    return rest or text


def _names_document(text: str) -> bool:
    """Link words that name a document, not a bare "Tải về" / "Tải file tại đây" button."""
    return bool(text) and not _ATTACHMENT_TEXT.match(fold(_link_title(text)))


# Words past a download button's ("Tải về Kế hoạch số 18/KH-UBND") that name the document
# (not "Tải file tại đây").
_WORDS_PAST_A_BUTTON = 3


def _words_past_the_button(text: str) -> bool:
    """Link words that name a document, maybe behind a download button's words."""
    if _names_document(text):
        return True
    folded = fold(_link_title(text))
    button = _ATTACHMENT_TEXT.match(folded)
    rest = folded[button.end():].strip() if button is not None else ""
    # (Not the button's own words again: "Tải về tệp đính kèm".)
    return len(rest.split()) >= _WORDS_PAST_A_BUTTON and not _ATTACHMENT_TEXT.match(rest)


def _file_name(url: str) -> str:
    """The document's file name: the path segment with a document extension
    (Liferay adds a uuid after it; its '+' are spaces), else the last segment."""
    segments = [unquote_plus(part) for part in urlsplit(url).path.split("/") if part]
    named = [part for part in segments if part.lower().endswith(_ATTACHMENT_EXT)]
    return (named or segments or [url])[-1]


# "đính kèm" ("kèm theo") in any case, with or without its marks, and "Tải về" (a plain search: the page's HTML is long)
_ATTACHED_WORDS = ("ính kèm", "ÍNH KÈM", "Ính Kèm", "inh kem", "INH KEM", "ính Kèm", "Tải về", "TẢI VỀ", "tải về",
                   "kèm theo", "Kèm theo", "KÈM THEO", "kem theo")
# The heading of a box of attached files, in the article's block ("Tập tin đính kèm", "Tải về:").
# (With the count of its files, Google Sites': "Tệp đính kèm (3)".)
_ATTACHMENT_BOX_LABEL = re.compile(r"^(?:(?:" + _ATTACHED_FILES + r")(?:\s*\(\d+\))?|tai ve)\s*:?$")
# How far up from its label the box's links may be (the panel holding heading and list).
_LABEL_TO_BOX_LEVELS = 3


def labelled_attachment_boxes(body_element, page) -> list:
    """Boxes of attached files outside the body, known by their label
    ("Tập tin đính kèm", "Văn bản đính kèm:", a list form's "Tệp đính kèm"
    row, NukeViet 3's "Tải về:") in the article's block: any vendor's skin names them so."""
    if body_element is None or not page.once("attachment label", lambda: _prints_attached_words(page)):
        return []     # (most pages print no such label: the walk below is not needed)
    block = wrapper_above(body_element, _LABEL_TO_BOX_LEVELS)
    boxes = []
    for element in block.iter("strong", "b", "span", "div", "td", "th", "h3", "h4", "h5", "p", "label"):
        text = element.text
        if not text or len(text) > 40 or not _ATTACHMENT_BOX_LABEL.match(fold(squash(text))):
            continue
        box = element
        for _ in range(_LABEL_TO_BOX_LEVELS):
            if box.find(".//a[@href]") is not None or box.getparent() is None:
                break
            box = box.getparent()
        if box.find(".//a[@href]") is not None and box is not block and body_element not in box.iterancestors() \
                and box not in body_element.iterancestors() and box is not body_element:
            boxes.append(box)
    return boxes


def document_boxes_after(body_element, page) -> list:
    """The boxes right after the body (its next blocks, or its wrapper's where
    it is the wrapper's last) that hold links to documents and nothing else but
    a short heading: an MVC portal's "Văn bản liên quan" list of PDFs,
    SharePoint's `div.ms-blog-attach`, a PDF viewer with its download link.
    Whatever the skin calls them, they are the article's files. (A box with
    other links, a related list, is none; nor is a site's module.)"""
    node = body_element
    for _ in range(_DOCUMENT_BOX_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return []
        following = _blocks_after(node, _DOCUMENT_BOXES_AFTER)
        if following:
            return [block for block in following if _only_documents(block, page)]
        node = node.getparent()     # (the body its wrapper's last block: the boxes after the wrapper)
    return []


_DOCUMENT_BOX_LEVELS, _DOCUMENT_BOXES_AFTER = 2, 2
# A document box's words besides its links: a heading ("Văn bản liên quan", "File đính kèm:").
_DOCUMENT_BOX_WORDS = 8


def _blocks_after(element, count: int) -> list:
    return list(islice((sibling for sibling in element.itersiblings() if isinstance(sibling.tag, str)), count))


# A box of the site's, not the article's: a module's ("moduletable", a portlet, a widget), or one
# headed as other documents ("Văn bản mới", "Văn bản khác", "Văn bản cùng lĩnh vực").
_SITE_BOX_NAMES = re.compile(r"module|portlet|widget|sidebar", re.I)
_OTHER_DOCUMENTS = re.compile(r"\b(?:mới|khác|cùng|nổi bật|xem nhiều|gần đây|tiêu biểu)\b", re.I)


def _only_documents(block, page) -> bool:
    if _SITE_BOX_NAMES.search(class_and_id(block)):
        return False
    links = links_under(block)
    frames = [frame for frame in block.iter("iframe", "embed", "object")
              if _attachment_url(frame.get("src") or frame.get("data") or "", page)]
    if not links and not frames or any(_attachment_url(link.get("href"), page) is None for link in links):
        return False
    words = squash(text_of(block))
    for link in links:
        words = words.replace(squash(text_of(link)), " ", 1)
    return len(words.split()) <= _DOCUMENT_BOX_WORDS and not _OTHER_DOCUMENTS.search(words)


def _prints_attached_words(page) -> bool:
    """Whether the page's HTML holds one of `_ATTACHED_WORDS`. A part of each is first
    looked for in the page's UTF-8 bytes with their ASCII letters lower-cased
    (where a word of the page is found lower-cased too): a byte search costs
    less than a search of the text, and most pages hold none of them."""
    if not any(part in page.source_lower for part in _ATTACHED_PARTS):
        return False
    return any(word in page.html for word in _ATTACHED_WORDS)


# A part that each of `_ATTACHED_WORDS` holds, in UTF-8 with its ASCII letters lower-cased: "kèm"
# in either case or unmarked, and "ải về" in either case. Five searches of a page without any
# (most pages) where the words' nine spellings were nine.
_ATTACHED_PARTS = tuple(part.encode().lower() for part in ("kèm", "KÈM", "kem", "ải về", "ẢI VỀ"))
assert all(any(part in word.encode().lower() for part in _ATTACHED_PARTS) for word in _ATTACHED_WORDS)


def documents_in(element, page, known: list[dict]) -> list[dict]:
    """`known` attachments, then the documents linked under `element` that
    are not among them ({"url", "title"}, in page order)."""
    found = {item["url"]: item["title"] for item in known}
    _collect_attachments(element, page, found, set())
    return [{"url": url, "title": title} for url, title in found.items()]


def _collect_attachments(root, page, found: dict[str, str], boxes: set) -> None:
    """Links to documents (by extension, by being inside one of the platform's
    attachment `boxes`, or by their text: "Tải file", "Xem văn bản") and
    embedded PDFs, in order."""
    for element in root.iter("a", "iframe", "embed", "object"):
        if element.tag == "a":
            href = element.get("href")
            if not href:  # other schemes are refused by page.absolute, in any disguise
                continue
            url = _attachment_url(href, page)
            text = squash(text_of(element)) or squash(element.get("title"))
            if url and urlsplit(url).path != urlsplit(page.absolute(href) or "").path:
                text = ""    # a viewer's link ("Xem dạng lật sách"): its words name the viewer
            elif url and not _names_document(text):
                text = _name_beside_button(element) or text
            in_box = bool(boxes) and not boxes.isdisjoint(element.iterancestors()) \
                and not _another_sites_page(page.absolute(href) or "", page.url)
            if url is None and (in_box or _ATTACHMENT_TEXT.match(fold(text)) or _names_a_file(element)) \
                    and not _button_of_the_file_before(element, page):
                url = page.absolute(href)
            # A title that is only the file name or a bare button's ("Tải về", from an
            # embed or an icon link before it) gives way to a later link's words
            # that name the document.
            url = _as_listed(url, found)
            if url and (url not in found or _names_document(text) and not _names_document(found[url])
                        or found[url] == _file_name(url) and _words_past_the_button(text)):
                found[url] = _link_title(text) if text else _file_name(url)
        else:
            source = element.get("src") or element.get("data") or element.get("data-src")
            url = _as_listed(_attachment_url(source, page) if source else None, found)
            if url and url not in found and not _previews_a_listed_link(element, found, page):
                found[url] = _file_name(url)


def _previews_a_listed_link(embed, found: dict, page) -> bool:
    """An embedded viewer in the item of a download link listed already: that
    file's preview (NukeViet's download box: the `?download=1&id=0` link, then
    a collapsed `iframe` of the file, under a name of its own), not another
    document. A link to a file by its name names that file: a viewer beside
    it may show another (a notice's appendix)."""
    item = embed
    for _ in range(_PREVIEW_LEVELS):
        item = item.getparent()
        if item is None or item.tag in ("body", "html") or len(squash(text_of(item))) > _FILE_ITEM_CHARS:
            return False    # (a block of the text, not a file's item: a document it embeds is its own)
        if any((url := page.absolute(link.get("href"))) in found and not names_a_document_file(urlsplit(url).path)
               for link in item.iter("a") if link.get("href")):
            return True
    return False


# A file's item holds its name and a few words (its size, a button) at the most.
_FILE_ITEM_CHARS = 200
# A preview is kept in its link's item, a level or two under it.
_PREVIEW_LEVELS = 2


def _another_sites_page(url: str, page_url: str) -> bool:
    """A web page of another site, by its address (`vbpl.vn/…/vbpq-toanvan.aspx?ItemID=…`, the
    Attachments extension's "URL" entry): a link, not a file. (A file host's download script,
    `datafiles.<tinh>.gov.vn/…/Download.aspx`, is the portal's; a shared drive's file,
    `drive.google.com/file/d/…/view`, is a file.)"""
    return not same_portal(url, page_url) and _WEB_PAGE_PATH.search(urlsplit(url).path) is not None


_WEB_PAGE_PATH = re.compile(r"\.(?:aspx?|html?|php|jsp)$", re.I)


def _as_listed(url: str | None, found: dict) -> str | None:
    """`url`, or the listed address of the same document spelt otherwise (a viewer's
    `?url=` decoded, "QD 06.pdf", beside the file's own link, "QD%2006.pdf")."""
    if url is None or url in found:
        return url
    key = unquote(url)
    return next((listed for listed in found if unquote(listed) == key), url)


def _button_of_the_file_before(link, page) -> bool:
    """A download button right after the file's own link (NukeViet's "Tải về",
    `?download=1&id=0` on the article's address): the same file, not another."""
    before = link.getprevious()
    return before is not None and before.tag == "a" and not (before.tail or "").strip() \
        and _attachment_url(before.get("href") or "", page) is not None


# ---- cleaning the tree -------------------------------------------------------------

def _drop_selected(root, noise_css, names) -> None:
    """The platform's own noise containers (`Parser.noise_css`). A platform
    lists dozens; those naming a class or an id the body does not have
    (`names`, its `names_of`) are not looked for (each would be a walk of
    the body)."""
    for selector in noise_css:
        if not may_match(selector, names):
            continue
        for junk in compiled_css(selector)(root):
            # (A part of the article its template split off is no noise, whatever the module's name.)
            if junk is not root and junk.getparent() is not None and junk.get(CONTINUED_PART) is None:
                junk.drop_tree()


# The mark the parsers' working copy puts on a part of the article read from beside the body element.
CONTINUED_PART = "data-ward-continued-part"


def _select_any(selectors: tuple[str, ...], root, names) -> list:
    """The elements under `root` that any of `selectors` selects, in page
    order, in one walk; the selectors that need names `root` lacks left out."""
    possible = [selector for selector in selectors if may_match(selector, names)]
    return compiled_css(", ".join(possible))(root) if possible else []


def _in_another_language(element) -> bool:
    """A block of a Vietnamese page marked in another language (`lang="en"`: a
    bilingual page's English summary or subtitle) and written without a
    Vietnamese letter: a translation, not the text. (Word marks its pasted
    Vietnamese runs `lang="EN-US"` too: their letters tell them.)"""
    lang = element.get("lang")
    return bool(lang) and not lang.lower().startswith("vi") and not _VIETNAMESE_LETTER.search(text_of(element))


# A letter only Vietnamese writes (a tone mark or ă â đ ê ô ơ ư), in NFC.
_VIETNAMESE_LETTER = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


# The labels of a document's record ("Số ký hiệu | 96/TB-UBND | Ngày ban hành | 25/09/2025"), folded.
_RECORD_LABELS = frozenset(("so ky hieu", "ky hieu", "so hieu", "ngay ban hanh", "co quan ban hanh", "nguoi ky",
                            "trich yeu", "loai van ban", "linh vuc", "ngay hieu luc", "ngay co hieu luc", "cap ban hanh"))
_RECORD_ROWS = 8


def _is_a_document_record(table) -> bool:
    """A short table of a document's record, two of its labels at least each in
    a cell of its own beside its value: the portal's metadata of the notice,
    not its text. (Labels heading the columns of a list of documents, "STT |
    Số ký hiệu | Ngày ban hành | Trích yếu", stand beside each other: a table
    of the text.)"""
    rows = table.findall(".//tr")
    if not rows or len(rows) > _RECORD_ROWS:
        return False
    labelled = 0
    for cell in table.iter("th", "td"):
        value = cell.getnext()
        if _is_record_label(cell) and value is not None and value.tag in ("td", "th") and not _is_record_label(value):
            labelled += 1
    return labelled >= 2


def _is_record_label(cell) -> bool:
    return match_key(text_of(cell).rstrip(": ")) in _RECORD_LABELS


def _titles_a_pane(button) -> bool:
    """An accordion's question set as the button that opens its pane of
    running text, the whole of its heading (`<h3><button data-bs-toggle=
    "collapse" data-bs-target="#collapse-1">Câu 1: …`; not a read-aloud
    player's nor a table of contents' toggle)."""
    heading = button.getparent()
    if heading is None or heading.tag not in _HEADINGS_OF_PANES or squash(text_of(heading)) != squash(text_of(button)):
        return False
    target = (button.get("data-bs-target") or button.get("data-target") or "").lstrip("#") or button.get("aria-controls")
    pane = next(iter(button.xpath("//*[@id=$id]", id=target)), None) if target else None
    return pane is not None and _holds_running_text(pane, _TWIN_PART_CHARS)


_HEADINGS_OF_PANES = frozenset(("h2", "h3", "h4", "h5", "h6", "dt"))


def _is_junk(element, tag, css_class: str | None, style: str | None, boxes: set) -> bool:
    """Scripts, forms, embeds, hidden elements and widget containers (share,
    print, related, comments, tags ... by class or id, and the platform's
    attachment `boxes`, whose links are attachments and not text)."""
    if tag in _DROP_TAGS and not (tag == "button" and _titles_a_pane(element)) or tag == "a" and _opens_the_rest(element):
        return True
    if tag == "table" and _is_a_document_record(element):
        return True
    if _hidden(element):
        return not shown_by_a_script(element, css_class)
    if element in boxes:
        return _is_widget_sized(element)
    element_id = element.get("id")
    if not css_class and not element_id:
        return False
    marker = f"{css_class or ''} {element_id or ''}"
    if _NEVER_TEXT_CLASS.search(marker) or is_tab_panel(element, css_class) and (
            hidden_tab(element) or _a_list_of_links_not_shown(element)):
        return True
    if _is_pull_quote(element, marker):
        return True
    if "anner" in marker and _BANNER_CLASS.search(marker) and element.find(".//a[@href]") is not None:
        return True     # a banner set in the text, linked to a survey or a service (not a featured picture)
    if css_class and ("cloned" in css_class or "duplicate" in css_class) and _CAROUSEL_COPY.search(css_class):
        return True     # a carousel's copies of its slides (Owl's `owl-item cloned`, Swiper's duplicates)
    if headed_as_other_articles(element):
        return True     # a box of teasers headed "Tin đọc nhiều", whatever its name
    return _names_a_widget(marker) and (
        _is_widget_sized(element) or OTHER_ARTICLES_NAME.search(marker) is not None and _holds_a_teaser(element))


# Boxes in the article's block that are never its text, however long: the
# portal's disclaimer ("Thông tin đăng tải … mang tính chất tham khảo"), a
# contact box ("Thông tin liên hệ" with the ward's hotline), an advertisement
# ("Quảng cáo": a tourism banner with its blurb; a mobile skin's native ad, `div.m-ad` labelled "Tài trợ").
# (Not "tai-tro" itself: WordPress writes a post's tags as class words, `tag-tai-tro` on a sponsorship's news.)
_NEVER_TEXT_CLASS = re.compile(r"(?:^|[\s_-])(?:disclaimer|ads?|advert\w*|quang-?cao|sponsored)(?:$|[\s_-])|"
                               # (whole class words only: a "table-lienhe" of an article's phone list is text)
                               r"(?:^|\s)(?:box-)?(?:contact|lien-?he)(?:-box|-info)?(?:$|\s)|"
                               # Elementor's tab titles for wide screens: it writes each again over its pane
                               r"(?:^|\s)elementor-tab-desktop-title(?:$|\s)", re.I)
# A pull quote: a sentence of the text set again in large type beside it.
_PULL_QUOTE_CLASS = re.compile(r"(?:^|[\s_-])pull-?quote(?:$|[\s_-])", re.I)


def _is_pull_quote(element, marker: str) -> bool:
    """A block named as a pull quote whose words the text around it prints
    too: a copy, not text. (Not any block hidden from screen readers: a
    carousel's slides not showing are so marked, and its copies repeat them.)"""
    if not _PULL_QUOTE_CLASS.search(marker) or element.getparent() is None:
        return False
    words = squash(text_of(element)).strip("“”\"' ")
    return len(words) > 1 and squash(text_of(element.getparent())).count(words) >= 2


_BANNER_CLASS = re.compile(r"(?:^|[\s_-])banner(?:$|[\s_-])", re.I)
_SHOWN_TAB = frozenset(("active", "show", "in"))


def first_link_under(element):
    """`element.find(".//a[@href]")`: its first descendant link with an
    address, found by lxml's tag walk in C where ElementPath steps through
    Python generators (twice the time, asked of most blocks by the noise tests)."""
    return next((link for link in element.iterdescendants("a") if link.get("href") is not None), None)


def links_under(element) -> list:
    """`element.findall(".//a[@href]")`, by the same walk as `first_link_under`."""
    return [link for link in element.iterdescendants("a") if link.get("href") is not None]


def headed_as_other_articles(element) -> bool:
    """A box whose first child is a heading of other articles' lists and
    which links away: their titles and summaries, not this article's text.
    Or one of the next article's: its label ("Bài tiếp theo", no link, no
    colon: "Bài tiếp theo: Kỳ 2 …" announces a series' next part in the
    text) over its teaser, a heading that links to it."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is None or first.tag in ("p", "ul", "ol", "table") or first_link_under(element) is None:
        return False
    text = text_of(first)
    if len(text) > 40:
        return False
    key = match_key(text)
    return key in RELATED_MARKERS or key in _NEXT_ITEM_MARKERS and ":" not in text \
        and first_link_under(first) is None and first.tag != "a" and _holds_a_teaser(element)
_CAROUSEL_COPY = re.compile(r"(?:^|\s)(?:cloned|swiper-slide-duplicate|slick-cloned)(?:$|\s)")


def hidden_tab(pane) -> bool:
    """A tab pane not shown, beside one that is, holding a second
    language's copy of the article. (A pane in Vietnamese is the article's
    text split over tabs: "Kết quả 9 tháng", "Nhiệm vụ 3 tháng cuối năm".)"""
    parent = pane.getparent()
    return not _shown_tab(pane) and parent is not None and any(
        _shown_tab(sibling) for sibling in parent if sibling is not pane) and not _in_vietnamese(text_of(pane))


def _in_vietnamese(text: str) -> bool:
    """Whether a text writes Vietnamese's letters (an English copy has none, or a name's few)."""
    return len(_VIETNAMESE_LETTER.findall(text)) * _LETTERS_PER_VIETNAMESE_MARK > len(text)


# Vietnamese prose marks about one letter in six; English, none but in names.
_LETTERS_PER_VIETNAMESE_MARK = 30


def shown_by_a_script(element, css_class: str | None) -> bool:
    """Whether an element hidden by its style holds the article's text or
    pictures, shown when the reader clicks: a tab panel (ASP.NET AJAX's
    `ajax__tab_panel`) beside no shown tab in another language, a page of
    the article a script's pager shows one at a time ("Trang 1 2"), or the
    rest of the text a "Xem tiếp" link opens."""
    return (is_tab_panel(element, css_class) or _a_pagers_page(element, css_class)
            or _a_collapsed_pane(element, css_class) or opened_by_a_read_on_link(element)) \
        and not hidden_tab(element)


# An accordion's or a collapse's pane, opened by its header: jQuery UI's `ui-accordion-content`,
# Bootstrap's `collapse`, a toggle's content (not a menu's: `navbar-collapse`).
_COLLAPSED_PANE = re.compile(r"accordion|collapse|toggle", re.I)


def _a_collapsed_pane(element, css_class: str | None) -> bool:
    """A pane of the article's text a reader opens by its header (the
    heading right before it: a block hidden with no opener in sight is no
    text), in Vietnamese, and not a box of links."""
    if not css_class or _COLLAPSED_PANE.search(css_class) is None or "nav" in css_class:
        return False
    header = previous_element(element)
    return header is not None and (header.tag in _PANE_HEADER_TAGS or _PANE_HEADER_NAMES.search(
        header.get("class") or "") is not None) and not _heads_readers_comments(header) \
        and holds_running_text(element, _TWIN_PART_CHARS, _PART_LINK_SHARE) is not None \
        and _in_vietnamese(text_of(element))


def _heads_readers_comments(header) -> bool:
    """A header over readers' comments or other articles ("Ý kiến bạn đọc (2)", "Tin liên quan")."""
    key = _marker(_COUNT_AFTER.sub("", squash(text_of(header))))
    return key in _CUT_MARKERS or key in RELATED_MARKERS


_COUNT_AFTER = re.compile(r"\s*\(\d+\)$")


_PANE_HEADER_TAGS = frozenset(("h2", "h3", "h4", "h5", "dt", "button"))
_PANE_HEADER_NAMES = re.compile(r"header|heading|title|question|toggle", re.I)


# A link that opens the rest of a text where it stands: "Xem tiếp »", "Đọc tiếp", "Xem toàn bộ"
# (not "Xem thêm", which also leads to other articles).
_READ_ON = re.compile(r"^(?:xem|đọc)\s+(?:tiếp|toàn\s+(?:bộ|văn))\b", re.I)
_SEE_MORE = re.compile(r"^(?:xem|đọc)\s+thêm\b", re.I)
# The id a link's script or collapse opens: "getElementById('xemtiep301')", "#xemtiep301"; jQuery's
# "$('#noi-dung-an')" where the script shows it (`slideDown()`: not a dialog's `modal('show')`).
_OPENED_ID = re.compile(r"""getElementById\(\s*['"]([^'"]+)['"]\s*\)|^#(\S+)$""")
_JQUERY_SHOWN_ID = re.compile(r"""(?:\$|jQuery)\(\s*['"]#([\w-]+)['"]\s*\)\s*\.\s*"""
                              r"(?:show|slideDown|slideToggle|toggle|fadeIn)\(")
_OPENER_ATTRIBUTES = ("onclick", "href", "data-target", "data-bs-target")


def _opens_the_rest(link) -> bool:
    """A "Xem tiếp ▾" button a script shows the rest of the text by: no text of it.
    ("Xem thêm ▾" too, where its script shows the block it names: a mobile view's.)"""
    href = (link.get("href") or "").strip().lower()
    if href and not href.startswith(("javascript", "#")):
        return False
    words = squash(text_of(link))
    if _READ_ON.match(words):
        return True
    script = link.get("onclick") or ""
    return bool(_SEE_MORE.match(words)) and bool(_OPENED_ID.search(script)) and bool(_SHOWS.search(script))


# A script that shows what it names: "….style.display='block'", jQuery's `show()`, `slideDown()`, `toggle()`.
_SHOWS = re.compile(r"""display\s*=\s*['"](?:block|inline|flex)?['"]|\.(?:show|slideDown|slideToggle|toggle)\(""")


def opened_by_a_read_on_link(element) -> bool:
    """The rest of a text a "Xem tiếp" link opens (its script or its collapse
    names the hidden element's id), in Vietnamese."""
    element_id = element.get("id")
    return bool(element_id) and element_id in _read_on_targets(element.getroottree().getroot()) \
        and _in_vietnamese(text_of(element))


def _read_on_targets(root) -> set[str]:
    """The ids the read-on links under `root` open."""
    targets = set()
    for link in root.iter("a", "button"):
        words = squash(text_of(link))
        # (A button "Xem thêm" opens the rest of this page's text, as a link so worded does when its
        # script shows it; a link so worded may also lead to other articles.)
        if _READ_ON.match(words) or (link.tag == "button" or _opens_the_rest(link)) and _SEE_MORE.match(words):
            targets.update(link.get("aria-controls", "").split())
            for name in _OPENER_ATTRIBUTES:
                script = link.get(name) or ""
                targets.update(first or second for first, second in _OPENED_ID.findall(script))
                targets.update(_JQUERY_SHOWN_ID.findall(script))
    return targets


# A class naming a page or part of a text ("page-part", "page-2", "trang-2", "part1"); an id
# may say it in camel case ("newsPage2").
_PAGE_PART_CLASS = re.compile(r"(?:^|[\s_-])(?:page|part|trang|phan)[-_]?(?:part|\d+)(?:$|[\s_-])", re.I)
_PAGE_PART_ID = re.compile(r"(?<=[a-z])(?:Page|Part|Trang)[-_]?\d+$")


def _a_pagers_page(element, css_class: str | None) -> bool:
    """A page of an article split by a script's pager ("Trang 1 2"): named as
    a page or part, beside a shown sibling of the same tag and class, and in
    Vietnamese (a hidden copy in another language is no page of it)."""
    # (Named so by its class, or by its id only: NukeViet's `div.news-page#page-2`, or numbered
    # by its data: `div.content-page[data-page=2]`.)
    element_id = element.get("id") or ""
    named = _PAGE_PART_CLASS.search(css_class or "") or _PAGE_PART_CLASS.search(element_id) \
        or _PAGE_PART_ID.search(element_id)
    # (Numbered by its data alone, it holds running text: a slider's pages of links are numbered so too.)
    numbered = not named and (element.get("data-page") or "").isdigit() \
        and holds_running_text(element, _TWIN_PART_CHARS, _PART_LINK_SHARE) is not None
    if not css_class or not (named or numbered):
        return False
    if element.get(CONTINUED_PART) is not None:
        # (Taken beside the body as its next part, of the body's own kind: `div.page-part` after it.)
        return _in_vietnamese(text_of(element))
    parent = element.getparent()
    return parent is not None and any(
        sibling is not element and sibling.tag == element.tag and sibling.get("class") == css_class
        and not _hidden(sibling) for sibling in parent) \
        and _in_vietnamese(text_of(element))


def _a_list_of_links_not_shown(pane) -> bool:
    """A tab pane not shown that holds links, not running text: the related
    articles' tab beside the article's own ("Tin liên quan")."""
    return not _shown_tab(pane) and pane.find(".//a[@href]") is not None \
        and holds_running_text(pane, _TWIN_PART_CHARS, _PART_LINK_SHARE) is None


def is_tab_panel(element, css_class: str | None) -> bool:
    """A pane of tabs: Bootstrap's `tab-pane`, ASP.NET AJAX's `ajax__tab_panel`,
    any marked up for screen readers (`role="tabpanel"`: Elementor's tabs)."""
    return bool(css_class) and ("tab-pane" in css_class or "tab_panel" in css_class) \
        or element.get("role") == "tabpanel"


def _shown_tab(element) -> bool:
    css_class = element.get("class") if isinstance(element.tag, str) else None
    if not is_tab_panel(element, css_class):
        return False
    classes = css_class.split()
    if "tab-pane" in classes:
        return not _SHOWN_TAB.isdisjoint(classes)
    return not _hidden(element)    # (shown until a script hides it)


def _hidden(element) -> bool:
    """Hidden by its style, or by the `hidden` attribute that stands for one."""
    style = element.get("style")
    return element.get("hidden") is not None or bool(style) and _style_traits(style)[0]


# Boxes of other articles ("bài khác", "bài tiếp theo"): one holding a teaser goes whatever its length.
# The words naming other articles in a class or id ("related", "tin khác", "bài tiếp theo"),
# shared with the generic reading's names of boxes beside the article.
OTHER_ARTICLES_WORDS = r"related|lien-?quan|tin-?khac|bai-?khac|(?:tin|bai)-?tiep-?theo"
OTHER_ARTICLES_NAME = re.compile(OTHER_ARTICLES_WORDS + r"|relate|othernews|other-news|news-other", re.I)


def _holds_a_teaser(element) -> bool:
    """A heading that links away, with its summary: another article's teaser
    ("Bài viết tiếp theo"), however long its text."""
    return any(heading.find(".//a[@href]") is not None for heading in element.iter("h2", "h3", "h4", "h5"))


def _is_widget_sized(element) -> bool:
    """A widget holds little running text; a wrapper named 'print-area' that
    holds the article does not, and must stay."""
    text = squash(text_of(element))
    if len(text) < 200:
        return True
    link_text = sum(len(squash(text_of(a))) for a in element.iter("a"))
    return link_text >= 0.5 * len(text)


# ---- the passes ---------------------------------------------------------------------

@dataclass(eq=False)
class _Work:
    """What the passes over the stream share: the items they mark dropped or
    kept, what they compare lines with, and what they find."""
    items: list
    title: str | None
    lead: str | None
    rules: BodyRules
    page_url: str = ""
    credit_line: str | None = None      # set by `_take_credit`
    page: object = None                 # the page the body is read from (a rare pass looks at it whole)


# ---- filtering lines -----------------------------------------------------------------

def _lines(items) -> list[_Line]:
    return [item for item in items if isinstance(item, _Line) and not item.dropped]


def _is_noise(line: _Line) -> bool:
    text = line.text
    if len(text) > 150:
        # (Widget text is short; running text is never noise. A post's meta sentence runs long.)
        return _LONG_POST_META.match(text) is not None
    if not has_word_chars(text):
        return not credits.is_end_marker(text)
    if match_key(text) in _NOISE_LINES or _is_noise_text(text):
        return True
    # The article's date line among the tools ("Ngày xuất bản: 29/11/2022 | Lượt xem: 382 | In bài"):
    # the tools are told without it.
    # (A line without a separator is one part: most lines, told by plain searches, not split.)
    if _holds_any(text, "|·•"):
        bar = BAR_SEPARATORS.split(text)
        if any(map(is_bare_date, bar)):
            text = " | ".join(part for part in bar if not is_bare_date(part))
    if _holds_any(text, "|·•/[]"):
        tools = [part for part in _TOOL_SEPARATORS.split(text) if match_key(part)]
        # A toolbar, also with a counter among its tools ("Số lần đọc: 1234 | Bản in").
        if len(tools) > 1 and all(_is_tool(tool) or _is_noise_text(tool) for tool in tools):
            return True     # a toolbar: "In trang | Lên đầu trang", "Cỡ chữ: A- A+ | In trang | Lượt xem: 531"
    if _tool_words_only(match_key(text)):
        return True     # a toolbar of links side by side, with no separator: "In bài Gửi email"
    counter = _COUNTER_FIRST.match(text)
    if counter and _tool_words_only(match_key(text[counter.end():])):
        return True     # ... after the counter: "Lượt xem: 2.115 In bài Chia sẻ"
    if line.link_share >= _LINKED_SHARE and _READ_MORE_LABEL.match(text):
        return True     # another article's link set in the text: "Xem thêm: Đại hội điểm chi bộ …"
    if credits.is_posting_account(text) or credits.is_empty_credit(text):
        return True
    if parse_datetime_text(text) and credits.is_posting_account(strip_dates(text)):
        return True     # the meta line: "26/04/2026 11:35 Người đăng: admin_halong Lượt xem: 2.391"
    if (relative := RELATIVE_TIME.search(text)) and credits.is_person(
            (text[:relative.start()] + text[relative.end():]).strip(" ·|-–—,")):
        return True     # a byline with a relative time: "Minh Hiếu · 3 tuần trước"
    return bool(_ONLY_NUMBER.match(text)) and not line.in_table


def _holds_any(text: str, characters: str) -> bool:
    return any(character in text for character in characters)


# The longest widget line of _NOISE_LINES, in words.
_LONGEST_TOOL = max(len(line.split()) for line in _NOISE_LINES)
_TOOL_FIRST_WORDS = frozenset(line.split()[0] for line in _NOISE_LINES if line)


_COUNTER_FIRST = re.compile(r"^(?:" + _COUNTER_WORDS + r")\s*:?\s*[\d.,]+\s+", re.I)


def _tool_words_only(key: str) -> bool:
    """Whether a short line's words are widget lines one after the other
    ("in bai gui email", "chia se facebook zalo"): a toolbar printed without
    separators. Words left over make it text."""
    words = key.split()
    if not 1 < len(words) <= 12 or words[0] not in _TOOL_FIRST_WORDS:
        return False
    covered = [True] + [False] * len(words)     # covered[i]: the first i words are tools
    for end in range(1, len(words) + 1):
        covered[end] = any(covered[start] and " ".join(words[start:end]) in _NOISE_LINES
                           for start in range(max(0, end - _LONGEST_TOOL), end))
    return covered[-1]


# What sets the parts of a meta or tool line apart ("Ngày đăng: … | Lượt xem: … · In bài").
BAR_SEPARATORS = where_it_opens(re.compile(r"\s*[|·•]\s*"))


def _is_tool(part: str) -> bool:
    """One item of a toolbar: a widget word, a counter, or a control whose
    one-letter buttons follow its label ("Cỡ chữ: A- A+")."""
    key = match_key(part)
    label = " ".join(word for word in key.split() if len(word) > 1)
    if key in _NOISE_LINES or label in _NOISE_LINES or key in _TOOLBAR_ITEMS or _is_noise_text(part):
        return True
    # A counter run into the tool links after it ("Số lượt người xem: 1034 In bài", spans side by side).
    counted = _NUMBER_THEN_WORDS.match(part)
    return bool(counted) and _is_noise_text(counted[1]) and (
        match_key(counted[2]) in _NOISE_LINES or _tool_words_only(match_key(counted[2])))


_NUMBER_THEN_WORDS = re.compile(r"^(.*?\d[\d.,]*)\s+(\D.*)$")
# Items that are tools only among others ("[Trở về] [Đầu trang] [In trang]", a FrontPage
# template's bar); alone on a line, "Trở về đầu trang" is a back link that ends the text (`_BACK_LINK`).
_TOOLBAR_ITEMS = frozenset(("dau trang",))


def boilerplate_marker(text: str) -> str | None:
    """The widget or related-news heading a body line is, or None: what the
    body pass drops, found in a finished body (the plausibility check asks it
    of every extractor's text, trafilatura's included)."""
    text = squash(text)
    if not text or len(text) > 150:
        return None
    key = _marker(text)
    if match_key(text) in _NOISE_LINES or key in RELATED_MARKERS or key in _CUT_MARKERS \
            or _is_noise_text(text):
        return text
    return None


# A print view's link back to the article: "Nguồn: https://<the portal>/tin-tuc/….html".
# Also "Địa chỉ bài viết: https://…", "Link bài viết: …", "URL: …" under a print view's text.
_SOURCE_LINK = re.compile(r"^(?:Nguồn|Địa chỉ(?: bài viết| trang)?|(?:Link|URL|Đường dẫn)(?: bài viết)?)\s*:\s*"
                          r"(https?://\S+)$", re.I)


def _drop_noise(work: _Work) -> None:
    lines = _lines(work.items)
    for index, line in enumerate(lines):
        if _COUNTER_LABEL.match(line.text) and index + 1 < len(lines) \
                and _ONLY_NUMBER.match(lines[index + 1].text):
            lines[index + 1].dropped = True
        if _is_noise(line) or _is_link_back(line.text, work.page_url):
            line.dropped = True


def _is_link_back(text: str, page_url: str) -> bool:
    link = _SOURCE_LINK.match(text)
    return bool(link) and bool(page_url) and same_site(link.group(1), page_url)


def _marker(text: str) -> str:
    """The folded heading of a line ("Tin liên quan:" -> "tin lien quan")."""
    head = text.split(":", 1)[0]
    return match_key(head) if len(head) < 40 else ""


def _drop_related(work: _Work) -> None:
    """"Tin liên quan" and its kin: the heading and the link list after it;
    "Ý kiến bạn đọc" and its kin, and "Tin tiếp theo" after text: everything after."""
    items = work.items
    skipping = False
    for index, item in enumerate(items):
        # (The copyright line is noise, dropped already: it still opens the page's foot.)
        if isinstance(item, _Line) and _SITE_COPYRIGHT.match(item.text) and len(item.text) <= _FOOT_LINE_CHARS \
                and _text_before(items, index) and _only_foot_lines_after(items, index):
            for rest in items[index:]:
                rest.dropped = True
            return
        if item.dropped:
            continue
        if isinstance(item, _Image):
            item.dropped = skipping
            continue
        key = _marker(item.text)
        # (A next item's label stands alone: "Bài tiếp theo:" over "Kỳ 2: …" announces a series' part.)
        if key in _CUT_MARKERS and (":" not in item.text or len(item.text) < 25) \
                or key in _NEXT_ITEM_MARKERS and ":" not in item.text and _text_before(items, index) \
                or _BACK_LINK.match(key) and item.link_share >= _ALL_LINK and _text_before(items, index) \
                and _only_a_foot_after(items, index):
            for rest in items[index:]:
                rest.dropped = True
            return
        if key in RELATED_MARKERS:
            item.dropped = True
            skipping = True
            continue
        if skipping and (item.link_share >= 0.5 or not has_word_chars(item.text)
                         or _is_only_date(item.text)):
            item.dropped = True
            continue
        skipping = False


# The site's copyright line opens the page's foot: what follows it is the owner's address, a
# phone, a licence ("© 2011 Cổng Thông tin điện tử tỉnh Đồng Tháp" over "12 Đường 30/4, …"),
# where a page without a footer element sets its text right under `<body>`. (Not a photo's "© Ảnh: …".)
_SITE_OWNER = r"(?:\d{4}|bản quyền\b|ubnd\b|ủy ban\b|uỷ ban\b|cổng\b|trang\b|website\b|ban biên tập\b|by\b)"
_SITE_COPYRIGHT = re.compile(r"^(?:[^|©]{0,40}\|\s*)?(?:©|copyright\b|\(c\)\s*(?=\d{4}))\s*" + _SITE_OWNER
                             + r"|^bản quyền\s*(?:©|\(c\))|^bản quyền (?:thuộc )?(?:về )?" + _SITE_OWNER, re.I)
# The foot's lines: an owner's line with address, phone, e-mail and editor runs long.
_FOOT_LINE_CHARS = 400


def _only_foot_lines_after(items, index: int) -> bool:
    """Nothing after `items[index]` reads as text: short lines only (an address, a phone, a
    licence), no paragraph."""
    return all(isinstance(item, _Image) or len(item.text) <= _FOOT_LINE_CHARS for item in items[index + 1:])


# What may follow a back link: the foot's few short lines (a contact line, a counter, an edit stamp).
_FOOT_LINES, _FOOT_LINE_WORDS = 3, 30


def _only_a_foot_after(items, index: int) -> bool:
    """A few short lines at most after `items[index]`, none a paragraph (a long text's next part
    after its "Trở về đầu trang" is no foot) nor a labelled credit (a table layout's writer and
    source lines under its "« Trở về danh sách tin")."""
    lines = [item for item in items[index + 1:] if isinstance(item, _Line) and not item.dropped]
    return len(lines) <= _FOOT_LINES and all(len(line.text.split()) <= _FOOT_LINE_WORDS
                                             and not credits.credit_label(line.text) for line in lines)


def _text_before(items, index: int) -> bool:
    """Whether text is kept before `items[index]` (a label over the text is no next item's)."""
    return any(not item.dropped and not isinstance(item, _Image) for item in items[:index])


_DAY_AND_MONTH = re.compile(r"\d{1,2}/\d{1,2}")


def _is_only_date(text: str) -> bool:
    if _a_relative_day(text):
        return True     # a day told relative to the reader's (AMP and mobile views): "3 ngày trước"
    if len(text) > 100 or not parse_datetime_text(text) and not _DAY_AND_MONTH.search(text):
        return False
    return not has_word_chars(strip_dates(text))


# A day written in figures, even glued to the next span's ("21/10/20251.287 lượt xem").
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}")
# A date line is short, and keeps few words besides its date: a label, a name,
# a counter ("Đăng lúc 08 giờ 15, ngày 21/10/2025 | 1.287 lượt xem"); a
# sentence keeps many more. (The generic reading's date lines too.)
DATE_LINE_WORDS = 8
DATE_LINE_CHARS = 150


# A posting's own label, opening a line: "Đăng ngày", "Ngày đăng", "Đăng lúc" (not a notice's "Thời gian
# đăng ký", nor "Cập nhật đến 17 giờ ngày …", a bulletin's period).
_POSTING_LABEL = re.compile(r"^\s*(?:đăng\s+(?:lúc|ngày|vào)|ngày\s+đăng)\b", re.I)
# A date line's label, before a time printed without its day ("Cập nhật lúc 08 giờ 15 - Lượt đọc: 244").
_TIME_LINE_LABEL = re.compile(r"^\s*(?:cập nhật|đăng lúc|đăng ngày|ngày đăng|thời gian đăng)\b", re.I)


# A weekday's name or a counter beside a clock makes a date line of it (not a live report's "07h30").
_WEEKDAY_OR_COUNTER = re.compile(r"\b(?:" + WEEKDAY + r")\b|" + _COUNTER_WORDS, re.I)


def _is_meta_line(text: str) -> bool:
    """A short line that holds a date and a few words: the article's date line
    (or its clock, weekday and counter alone, "Thứ Ba | 14:05 | Lượt xem: 356",
    under a calendar leaf that prints the day)."""
    if len(text) > DATE_LINE_CHARS or text.rstrip().endswith(".") \
            or not (_DAY_MONTH_YEAR.search(text) or parse_datetime_text(text)
                    or _TIME_LINE_LABEL.match(text) and time_of_day(text)
                    or _WEEKDAY_OR_COUNTER.search(text) and time_of_day(text) and not has_word_chars(strip_dates(text))):
        return False    # (a sentence ends with a full stop; a date line does not)
    words = [word for word in strip_dates(text).split() if has_word_chars(word) and not word[0].isdigit()]
    return len(words) <= DATE_LINE_WORDS


def _holds_its_time_element(line: _Line) -> bool:
    """A short line that holds a `<time>` element's words: the meta line, whatever
    else it prints beside them, its spans run together by minified markup
    ("Tin tức - Sự kiện2 ngày trước387 lượt xem", a Next.js page's category,
    `<time dateTime>` and counter)."""
    # (Not a sentence: "Chiều <time>03/12/2026</time>, Thường trực HĐND phường … với nội dung:" holds
    # one too; the meta line's other words are a few, a category's, a counter's.)
    return len(line.text) <= DATE_LINE_CHARS and any(
        (told := squash(text_of(stamp))) and told in line.text
        and len(line.text.replace(told, " ").split()) <= DATE_LINE_WORDS for stamp in line.block.iter("time"))


def _is_relative_date_line(text: str) -> bool:
    """A date line told relative to the reader's day, one of its parts between
    separators, with its category, author or counter (an AMP view's "3 ngày trước ·
    Nông nghiệp", "Nông nghiệp · 3 ngày trước", "3 ngày trước · Lượt xem: 1.245").
    (A part: "Hôm qua con về thăm quê mẹ" opens a poem, "PV: … một năm trước …?"
    an interview's question.)"""
    if len(text) > DATE_LINE_CHARS:
        return False
    parts = [part for part in _META_SEPARATOR.split(text) if part.strip()]
    told = [part for part in parts if _a_relative_day(part)]
    return len(told) == 1 and sum(len(part.split()) for part in parts if part not in told) <= _RELATIVE_LINE_WORDS


def _a_relative_day(text: str) -> bool:
    """The whole text is a day told relative to the reader's: "(3 ngày trước)", "Hôm qua lúc 15:30"."""
    return RELATIVE_TIME.fullmatch(text.strip(" ()")) is not None


# (A meta line's parts: between bars, as a toolbar's, or a spaced dash.)
_META_SEPARATOR = re.compile(rf"\s+[–—-]\s+|{BAR_SEPARATORS.pattern}")
_RELATIVE_LINE_WORDS = 6


def _is_byline_date(text: str) -> bool:
    """F3's header line "Trung tâm Văn hoá & Thể thao phường 21:52 09/09/2025":
    a unit or name and a date (the parser reads it from the header)."""
    if len(text) > 120 or not parse_datetime_text(text):
        return False
    rest = strip_dates(text)
    return bool(rest) and credits.looks_like_credit(rest)


_SAME_TEXT_SLACK = 0.9


def _same_text(a: str | None, b: str | None, slack: float = _SAME_TEXT_SLACK) -> bool:
    """Equal up to case, accents, punctuation and decoration, or one holds the
    other almost entirely (a sapo repeated with a dateline prefix)."""
    if not a or not b:
        return False
    # A text whose key is certainly longer than the other's by more than the slack
    # is another, told without folding it (most often the body's first paragraph).
    shorter, longer = sorted((a, b), key=len)
    if slack * key_length_at_least(longer) > len(match_key(shorter)):
        return False
    key_a, key_b = match_key(a), match_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    short, long_ = sorted((key_a, key_b), key=len)
    return short in long_ and len(short) >= slack * len(long_) and len(short) > 30


# Lines a body element may hold above its headline: a kicker, a category.
_ABOVE_TITLE_LINES = 2
_ABOVE_TITLE_WORDS = 12


def _drop_repeats(work: _Work) -> None:
    """The title (sometimes twice) and the lead repeated at the top of the body,
    and date lines at the top. A body element that holds the whole article
    header (`article.news-detail`: kicker, headline, date line, sapo) starts
    after it: the short lines above the headline go with it, and so does the
    date line under it."""
    items, title, lead = work.items, work.title, work.lead
    after_title = _drop_through_title(work)
    for _ in range(4):
        lines = _lines(items)
        if not lines:
            return
        first = lines[0]
        group = [line for line in lines if line.group == first.group]
        group_text = " ".join(line.text for line in group)
        # (A sentence's first line, hard-wrapped by <br>, is no date line however it opens:
        # "Ngày 13/9/2022, HĐND xã Hồng Thái khóa XII, nhiệm kỳ 2021 - 2026" <br> "tổ chức …".)
        wrapped = len(group) > 1 and _is_continuation(group[1], first)
        # (Nor a notice's own number and day, "Số 312/TB-UBND ngày 03/12/2025": a line of its text.)
        if _same_text(first.text, title) or _is_only_date(first.text) or not wrapped and (
                not is_document_reference(first.text)) and (_is_byline_date(first.text)
                or after_title and (_is_meta_line(first.text) or _is_relative_date_line(first.text)
                                    or _holds_its_time_element(first))
                # (or a date line behind a posting label, over a text whose headline is hidden: Drupal's
                # "Đăng ngày 11/11/2025 – Tin tức" under an `h2.visually-hidden`)
                or _POSTING_LABEL.match(first.text) and _is_meta_line(first.text)):
            first.dropped = True
        elif _same_text(group_text, lead):
            for line in group:
                line.dropped = True
        elif _same_text(first.text, lead):
            first.dropped = True
        elif match_key(first.text) in _LEAD_LABELS and len(lines) > 1 and _same_text(lines[1].text, lead):
            first.dropped = True    # (a list form's "Tóm tắt" field, its label over the sapo)
        else:
            return


# The label of a form's summary field, over the sapo the body repeats.
_LEAD_LABELS = frozenset(("tom tat", "trich yeu", "tom tat noi dung", "noi dung tom tat", "sapo", "mo ta", "trich dan"))


def _drop_through_title(work: _Work) -> bool:
    """Drops the headline and the few short lines above it, when it is among
    the body's first lines; says whether it was."""
    lines = _lines(work.items)
    counted = 0
    for at, line in enumerate(lines[:_ABOVE_TITLE_LINES + 1 + _DOCUMENT_HEADER_LINES]):
        end = _headline_end(lines, at, work.title)
        if end is None and (subject := without_document_kind(work.title)) != work.title:
            end = _headline_end(lines, at, subject)     # (its kind on a line of its own above: "THÔNG BÁO")
        if end is not None:
            if any(STATE_MOTTO.search(fold(above.text)) for above in lines[:at]) \
                    and _printed_twice(work.page, work.title):
                return True     # an official text's own header and heading, under the article's headline
            for above in lines[:end + 1]:
                above.dropped = True
            _drop_pictures_above(work.items, work.items.index(lines[at]))
            return True
        if line.link_share < _MENU_LINK_SHARE and _more_words_than(line.text, _ABOVE_TITLE_WORDS):
            return False    # (a line mostly links, a series' name or a menu over the headline, is no running text)
        # An official text's header (its units, the state's motto, its number) is above its headline.
        counted += not _DOCUMENT_HEADER.match(fold(line.text))
        if counted > _ABOVE_TITLE_LINES:
            return False
    return False


def _more_words_than(text: str, most: int) -> bool:
    """Whether a line holds more than `most` words, its web addresses and marks left out: a saved
    copy's site line over the headline ("Chương trình MTQG xây dựng nông thôn mới tỉnh Hà Tĩnh -
    http://…") is no running text. (The words are tested only until one past `most`: the line is
    most often a paragraph of the text, of a hundred words.)"""
    words = (word for word in text.split() if "://" not in word and has_word_chars(word))
    return next(islice(words, most, None), None) is not None


# A line this much in links is a menu ("[ Trang chủ ] [ Giới thiệu ] [ Tin tức ]"), however long.
_MENU_LINK_SHARE = 0.6


def _drop_pictures_above(items: list, headline: int) -> None:
    """The pictures above the headline in the body element, a print view's
    emblem beside the portal's name, but the one right above the headline
    with no line but its caption between them: the article's own picture,
    set over it."""
    own = headline - 1 if headline and isinstance(items[headline - 1], _Image) else None
    if own is None and headline > 1 and isinstance(items[headline - 2], _Image) \
            and isinstance(items[headline - 1], _Line) and items[headline - 1].italic:
        own = headline - 2      # (its caption between them, in italics)
    for index, item in enumerate(items[:headline]):
        if isinstance(item, _Image) and index != own:
            item.dropped = True


# The header lines of an official text pasted from Word: the issuing units, the
# state's name and motto, the text's number and its place and day.
_DOCUMENT_HEADER = re.compile(r"(?:ubnd|uy ban nhan dan|dang uy|hdnd|hoi dong nhan dan)\b|cong hoa xa hoi chu nghia|"
                              r"doc lap\s*-\s*tu do|so\s*:|[^,]{2,40}, ngay \d")
_DOCUMENT_HEADER_LINES = 6
# The state's name and motto heading every official text ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), folded.
STATE_MOTTO = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc")


def _printed_twice(page, title: str | None) -> bool:
    """Whether the page prints the headline twice: over the article, and again
    as the heading of the official text shown as the article, whose frame
    (units, motto, number, kind and subject) is then the text's, not a headline's
    lines. (A Word document saved as the page prints it once: its heading is the
    headline. A link to the page, in a box of notices or a breadcrumb, is no printing.)"""
    key = match_key(title or "").replace(" ", "")
    if not key or page is None:
        return False
    # (Spaces left out: a `<br>` between the text's kind and its subject joins their words.)
    printed = match_key("".join(_PRINTED_TEXTS(page.tree))).replace(" ", "")
    return printed.count(key) >= 2


# The page's text but its links, breadcrumbs, scripts and styles.
_PRINTED_TEXTS = lxml.etree.XPath(
    "//body//text()[not(ancestor::a or ancestor::script or ancestor::style"
    " or ancestor::*[contains(@class, 'crumb') or contains(@id, 'crumb')])]")


# The kinds of official text, printed alone in capitals over the subject.
DOCUMENT_KINDS = frozenset(("thong bao", "ke hoach", "quyet dinh", "bao cao", "cong van", "to trinh", "nghi quyet",
                            "chi thi", "huong dan", "giay moi", "chuong trinh", "phuong an", "lich cong tac"))


def without_document_kind(title: str | None) -> str | None:
    """A headline less the official text's kind in capitals before its subject
    ("THÔNG BÁO Về việc …" -> "Về việc …"); the headline when it has none."""
    words = (title or "").split(" ")
    for count in range(1, _KIND_WORDS + 1):
        kind = " ".join(words[:count])
        if len(words) > count and kind.isupper() and match_key(kind) in DOCUMENT_KINDS:
            return " ".join(words[count:])
    return title


_KIND_WORDS = 3     # "LỊCH CÔNG TÁC"


# A category's label in brackets before the headline's text ("[Chuyển đổi số] Bài 2: …").
_CATEGORY_LABEL = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")
# A headline broken by `<br>` into at most this many lines of its block.
_HEADLINE_LINES = 3


def _headline_end(lines: list[_Line], at: int, title: str | None) -> int | None:
    """The index of the headline's last line, when it starts at `at`: one
    line, or a few lines of one block ("Phường … cộng đồng<br>tại 32 tổ dân phố")."""
    if not title:
        return None
    text = ""
    # Longer than the title with a date line's worth more, a text cannot be it (most first lines are running text).
    longest = len(title) / _SAME_TEXT_SLACK + DATE_LINE_CHARS
    for end in range(at, min(len(lines), at + _HEADLINE_LINES)):
        if lines[end].group != lines[at].group:
            return None
        text = f"{text} {lines[end].text}"
        if len(text) > longest:
            return None
        # (a date printed on the headline's line: "[05.06.2019] Phường …", "14:30 | 28/12/2017 Phường …")
        if _same_text(text, title) or " : " in text and _same_text(text.split(" : ", 1)[1], title) \
                or has_digit(text) and _may_be_the_same_text(text, title) \
                and (_same_text(strip_dates(text), title) or _same_text(_BRACKETED_DATE_AFTER.sub("", text), title)) \
                or text.lstrip().startswith("[") and _same_text(_CATEGORY_LABEL.sub("", text), title):
            return end
    return None


# A labelled day in brackets after the headline, on its line ("… ấp Cầu Chùa (Ngày đưa tin: 20/10/2005)").
_BRACKETED_DATE_AFTER = re.compile(r"\s*[(\[][^()\[\]\d]{0,30}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^()\[\]]{0,12}[)\]]\s*$")


def _may_be_the_same_text(text: str, title: str) -> bool:
    """False where `_same_text(strip_dates(text), title)` cannot hold, told
    without stripping the dates (a dozen case-blind patterns over the text,
    most often the body's first paragraph, whose dates are not a headline's).
    Stripping only puts spaces where dates were, so each word of what is
    left is part of the text's own key; and a text the same as the title, or
    holding it, or held in it and missing at most a tenth of it at its ends,
    holds each word of the title's middle eight tenths."""
    title_key = match_key(title)
    text_key = match_key(squash(text))
    least, most = (1 - _SAME_TEXT_SLACK) * len(title_key) + 1, _SAME_TEXT_SLACK * len(title_key) - 1
    start = 0
    for word in title_key.split(" "):
        end = start + len(word)
        if start >= least and end <= most and word not in text_key:
            return False
        start = end + 1
    return True


# "Xem văn bản tại đây:", "Tải về:", "File đính kèm:": a short label before document links.
_ATTACHMENT_LABEL = re.compile(r"^([^:.!?]{1,50}):")
_ATTACHMENT_LABEL_WORDS = 6
_BUTTON_LABEL_WORDS = 12
# A long label is a document's name, not a sentence ("Mẫu đơn đã được niêm yết tại trụ sở UBND xã: Tải về").
_SENTENCE_WORDS = re.compile(r"\b(?:đã|sẽ|đang)\b", re.I)
# A label that points to the document linked after it ("Xem chi tiết", "Chi tiết xem tại", "Toàn văn
# Nghị quyết", "Tài liệu"), not one that says what was done ("UBND phường vừa ban hành", "Căn cứ pháp lý").
_POINTER_LABEL = re.compile(r"^\s*(?:mời\s+(?:bạn\s+đọc\s+|quý\s+vị\s+)?)?(?:xem|đọc|chi tiết|toàn văn|nội dung|tài liệu|"
                            r"văn bản|tệp|file|link|đường link|đường dẫn)\b(?![^:]*\b(?:đã|sẽ|đang|vừa)\b)", re.I)


def _drop_attachment_lines(work: _Work) -> None:
    """A paragraph that is only links to documents, behind a short label at
    most, is the attachments, not text ("Danh sách hộ gia đình nhận quà …"
    linking a PDF; "Xem văn bản tại đây: Kế hoạch 112.pdf Phụ lục.docx").
    Out of the text, it no longer hides the credit line above it."""
    lines = _lines(work.items)
    for line in lines:
        if line.attachment_share >= 0.9 or _is_labelled_attachment_list(line) or _is_sized_attachment(line) \
                or _is_file_name_line(line.text):
            line.dropped = line.kept_in_html = True
    # The label over them on a line of its own ("Tài liệu đính kèm:"), when nothing is left after it.
    kept = _lines(work.items)
    if kept and kept[-1] is not lines[-1] and (label := _DOWNLOAD_LABEL.match(kept[-1].text)) \
            and label.end() == len(kept[-1].text):
        kept[-1].dropped = True


def _is_file_name_line(text: str) -> bool:
    """A line that is only a document's file name (an embedded viewer's name
    bar: "NQ 14-NQ-HĐND chỉnh trang đô thị ven sông Cẩm Lệ.pdf")."""
    # (Its name before the extension does not end as a sentence does.)
    return _ends_as_a_file_name(text) and not _TERMINAL.search(text.rstrip().rsplit(".", 1)[0])


# A file's size printed after its link: "(2,4 MB)", "[530 KB]", "- 48KB". (Not `_FILE_SIZE`,
# a table cell that is only a size: one name for both made this one replace that one.)
# With the file's kind before it: "(PDF, 412 KB)".
_SIZE_AFTER_LINK = re.compile(rf"\s*[-–(\[]?\s*(?:(?:{_ATTACHMENT_EXT_WORDS})\s*[,;:-]?\s*)?"
                              r"\d+(?:[.,]\d+)?\s*(?:[KMG]B|[KMG]iB|bytes?)\s*[)\]]?\s*$", re.I)


def _is_sized_attachment(line: _Line) -> bool:
    """A document link and its size, nothing else ("Quy trình hòa giải ở cơ sở (530 KB)")."""
    size = _SIZE_AFTER_LINK.search(line.text) if line.attachment_share else None
    return size is not None and (1 - line.attachment_share) * len(line.text) <= len(size.group(0)) + 3


def _is_labelled_attachment_list(line: _Line) -> bool:
    """An attachment label ("Tệp đính kèm:", "Tải về:") or any short label
    before links that read as file names ("Kế hoạch 112.pdf Phụ lục.docx") or
    as a bare download button ("Kế hoạch triển khai: Tải file tại đây"), or
    worded as the document's title behind a label that points to it ("Xem chi
    tiết: Kế hoạch số 28/KH-UBND về …", "Toàn văn Nghị quyết: Nghị quyết số
    12/NQ-HĐND", "Mời xem chi tiết:", or the document's kind alone, "Quyết
    định:": as the blind writers of every batch read them, a pointer to the
    attachment). Behind a label that says what was done ("UBND phường vừa
    ban hành: Kế hoạch số 45/KH-UBND") or what the text rests on ("Căn cứ pháp
    lý: Luật Hộ tịch …"), it is a sentence: kept."""
    label = _ATTACHMENT_LABEL.match(line.text)
    if not label or not line.attachment_share:
        return False
    # (A label before a bare button names the document, and may be as long as a document's name:
    # "Danh sách sơ bộ những người ứng cử: Tải file tại đây".)
    bare_button = not _names_document(line.text[label.end():].strip())
    longest = _BUTTON_LABEL_WORDS if bare_button and not _SENTENCE_WORDS.search(label.group(1)) \
        else _ATTACHMENT_LABEL_WORDS
    if len(label.group(1).split()) > longest:
        return False
    if _DOWNLOAD_LABEL.match(line.text) and _FILE_NAME_THEN_BUTTON.search(line.text):
        return True     # "Tệp đính kèm: KH-chinh-trang.pdf Tải về": the name in a span, the button a link
    # Everything but the label sits inside the document links (a little slack for spaces),
    # or a short note in brackets after them: "(Ngày hiệu lực: 15/06/2020)", "(2 trang)".
    outside_links = (1 - line.attachment_share) * len(line.text)
    if (note := _NOTE_AFTER_LINK.search(line.text)) is not None:
        outside_links -= len(note.group(0))
    return outside_links <= len(label.group(0)) + 3 and (
        bool(_DOWNLOAD_LABEL.match(line.text)) or line.text.rstrip(" .;").lower().endswith(_ATTACHMENT_EXT)
        # the document named by the label, its link a bare button: "Kế hoạch triển khai: Tải file tại đây"
        or bare_button or bool(_POINTER_LABEL.match(label.group(1))) or match_key(label.group(1)) in DOCUMENT_KINDS)


_NOTE_AFTER_LINK = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_FILE_NAME_THEN_BUTTON = re.compile(rf"\.(?:{_ATTACHMENT_EXT_WORDS})\s+(?:tải về|tải xuống|download)\s*$", re.I)


def _drop_foot_dates(work: _Work) -> None:
    """Date lines at the text's foot: a bare day, or a document's dateline
    above its signature ("Hoàng Đồng, ngày 25 tháng 01 năm 2018"); the
    template's stamp of the last edit ("Cập nhật lần cuối: 12/08/2025"); the
    portal's note of an article moved from an old portal, which is no text;
    and, under a series' part, the next part's announcement."""
    for line in _lines(work.items)[-3:]:
        # (A cell of a layout table, one per row, holds a line of the text: only table data is kept.)
        if line.in_table and _in_data_row(line.block):
            continue
        if _is_only_date(line.text) or is_place_dateline(line.text) or _DATED_NOTE.match(line.text) \
                or _PRINT_STAMP.match(line.text) or _MOVED_NOTE.match(line.text) or _is_update_stamp(line.text) \
                or _announces_the_next_part(line.text, work.title):
            line.dropped = True


def _drop_site_foot(work: _Work) -> None:
    """The site's foot under the text, where the text's element is the page's
    (a text-only view, a Google Web Light copy: paragraphs straight in `<body>`):
    its lines close the text ("UBND xã Thạch Ngọc - huyện Thạch Hà … Số lượt
    truy cập: 008731 Thiết kế: …", "Cổng thông tin điện tử phường … - Địa chỉ:
    …", "Ghi rõ nguồn … khi phát hành lại"), and hide the credit above them.
    (Each mark opens a line of its own: a text's last sentence may speak of a
    designer, a licence, a visit count or the portal's web address.)"""
    lines = _without_the_board_s_contacts(_lines(work.items))
    # (Read a <br>-lined group whole: "Trang thông tin điện tử xã …" <br> "Địa chỉ: …".)
    for _ in range(_SITE_FOOT_GROUPS):
        group = [line for line in lines if line.group == lines[-1].group] if lines else []
        texts = [line.text for line in group]
        text = " ".join(texts)
        above = lines[-len(group) - 1].text if len(lines) > len(group) else ""
        if not group or len(text) > _SITE_FOOT_CHARS or group[0].in_table and _in_data_row(group[0].block) \
                or not any(map(is_site_foot_line, (text, *texts))) and not _links_over_a_foot(group, work.items) \
                and not _ward_name_over_its_address(texts, above):
            return
        for line in group:
            line.dropped = True
        lines = lines[:-len(group)]


def _without_the_board_s_contacts(lines: list[_Line]) -> list[_Line]:
    """`lines` without the editorial board's contact block an editor pasted
    under the credit ("BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG …", then its
    address, telephone and e-mail lines, to the end), which is dropped: right
    under the credit or under a rule of dashes. (A notice's own contact lines
    have no board over them; a board's call for articles gives its contacts
    under "… xin liên hệ:", its text.)"""
    for at in range(len(lines) - 1, max(len(lines) - _BOARD_BLOCK_LINES, 0) - 1, -1):
        if _EDITORIAL_BOARD.match(lines[at].text):
            contacts = lines[at + 1:]
            if not contacts or not all(_CONTACT_LINE.match(line.text) for line in contacts) or at == 0:
                return lines    # (a sign-off "Ban Biên tập …" alone is the credit)
            above = lines[at - 1].text
            if not has_word_chars(above):
                at -= 1     # (the rule over it)
            elif not credits.looks_like_credit(above, aligned_right=lines[at - 1].align == "right"):
                return lines    # (a notice's "Mọi chi tiết xin liên hệ:" over the board's address is its text)
            for line in lines[at:]:
                line.dropped = True
            return lines[:at]
    return lines


_EDITORIAL_BOARD = re.compile(r"ban\s+biên\s+tập\s+(?:cổng|trang|website)\b", re.I)
_CONTACT_LINE = re.compile(r"(?:địa\s+chỉ|điện\s+thoại|đt|email|e-mail|fax|hotline)\b\s*:", re.I)
_BOARD_BLOCK_LINES = 6


def _links_over_a_foot(group: list[_Line], items: list) -> bool:
    """A bar of links opening a foot whose copyright and counter lines an
    earlier pass took ("Trang chủ | Tin tức | Liên hệ" <br> "Copyright 2005 UBND
    xã …" <br> "Số lượt truy cập: …"): the same foot. (A bar: its links set
    apart by bars or dots; one linked line, "Theo Báo Quảng Nam", is a credit.)"""
    return all(line.link_share >= _LINKED_SHARE and BAR_SEPARATORS.search(line.text) for line in group) and any(
        is_site_foot_line(item.text) for item in items if isinstance(item, _Line) and item.group == group[0].group)


def _ward_name_over_its_address(texts: list[str], above: str) -> bool:
    """A group of two lines, `_WARD_NAME_LINE` over `_ADDRESS_LINE`, that no
    line of the text announces ("Mọi chi tiết xin liên hệ:" over a notice's
    contact address)."""
    return len(texts) == 2 and bool(_WARD_NAME_LINE.fullmatch(texts[0]) and _ADDRESS_LINE.fullmatch(texts[1])) \
        and not above.rstrip().endswith(":")


# (Its marks open a line: a sentence about copyright, a designer named in a credit, is text. A
# licence is the portal's, "Giấy phép số 123/GP-TTĐT", not a notice's; a portal's line with its
# street address, not a sentence giving its web address.)
_SITE_FOOT = re.compile(r"^(?:©|\(c\)|bản\s+quyền\b|copyright\b|cơ\s+quan\s+chủ\s+quản\b|"
                        r"ghi\s+rõ\s+nguồn\b|chịu\s+trách\s+nhiệm\s+(?:chính|nội\s+dung)\b|"
                        r"(?:url|địa\s+chỉ)(?:\s+của)?\s+bài\s+viết\b|bài\s+viết\s+được\s+in\s+từ\b)"
                        r"|^giấy\s+phép\s+số\b.*\b(?:gp-ttđt|thông\s+tin\s+điện\s+tử)"
                        r"|^(?:số\s+)?lượt\s+truy\s+cập\s*:\s*[\d.,]+$|^thiết\s+kế\s*(?:bởi\b|:)"
                        r"|^(?:cổng|trang)\s+thông\s+tin\s+điện\s+tử\b[^.]*\bđịa\s+chỉ\s*:"
                        r"(?!.*(?:https?:|www\.))"
                        r"|^(?:tài\s+liệu|bài\s+viết|văn\s+bản)\s+(?:được\s+)?xuất\s+từ\b", re.I)
# The ward's name alone on its line, over its street address that closes with the province ("ỦY BAN
# NHÂN DÂN XÃ LONG ĐIỀN B" <br> "Ấp Long Quới, xã Long Điền B, huyện Chợ Mới, tỉnh An Giang").
_WARD_NAME_LINE = re.compile(r"(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+(?:xã|phường|thị\s+trấn)\s+[^.;:,]{1,40}", re.I)
_ADDRESS_LINE = re.compile(r"[^.;:]{2,80},[^.;:]{2,80},\s*(?:tỉnh|thành\s+phố)\s+[^.;:,]{2,20}", re.I)
# The foot's blocks, at the most, and their length: an address, a counter, a designer.
_SITE_FOOT_GROUPS, _SITE_FOOT_CHARS = 3, 300


def is_site_foot_line(line: str) -> bool:
    """A line of the portal's foot: its copyright, owner, licence, designer, visit counter, the
    article's address or a print view's stamp ("URL của bài viết này: …", "© 2024 UBND xã …")."""
    return bool(_SITE_FOOT.search(line))


def _drop_editors_note(work: _Work) -> None:
    """An editor's note closing the page under the credit ("BBT: Người dân khi
    có biểu hiện sốt …", "(*) Bài viết được cập nhật lúc …", "(Còn nữa) – Đón
    đọc Bài 3: …"): the newsroom's word to the reader, not the writer's text;
    out of it, it no longer hides the credit above it. So is one opening the
    text ("LTS: … Mời bạn đọc theo dõi."), a series' introduction."""
    lines = _lines(work.items)
    if len(lines) >= 2 and _EDITORS_NOTE.match(lines[-1].text) and credits.looks_like_credit(
            lines[-2].text, aligned_right=lines[-2].align == "right"):
        lines[-1].dropped = lines[-1].kept_in_html = True
    if len(lines) >= 2 and _OPENING_EDITORS_NOTE.match(lines[0].text):
        lines[0].dropped = lines[0].kept_in_html = True


# An editor's note over the text: "LTS:", "Lời tòa soạn:", "Lời Ban Biên tập:".
_OPENING_EDITORS_NOTE = re.compile(r"^\s*\(?\s*(?:LTS|lời\s+(?:tòa|toà)\s+soạn|lời\s+ban\s+biên\s+tập)\s*[:.-]", re.I)


# The openings of an editor's note to the reader.
# ("(*)" opens a note on the post, "(*) Bài viết được cập nhật …"; a writer's own footnote,
# "(*) Danh sách các hộ … đã được niêm yết công khai", is the text's.)
_EDITORS_NOTE = re.compile(r"^\s*(?:BBT\s*:|\(\*\)\s*(?:bài|tin)\b|\(còn nữa\)|đón đọc\b|ghi chú\s*của\s+BBT\s*:|"
                           r"lời\s+(?:tòa|toà)\s+soạn\s*:)", re.I)


# A series' part by its number: "Bài 2: …", "Kỳ 3 - …", "Phần 1. …".
_PART_NUMBER = re.compile(r"^\(?\s*(bài|kỳ|phần)\s+(\d{1,2})\s*[:.\-–]", re.I)


def _announces_the_next_part(text: str, title: str | None) -> bool:
    """"Bài 3: Chuyển đổi số trong sản xuất chè" under the text of "Bài 2: …":
    the next part's title, not this one's text."""
    part, this_part = _PART_NUMBER.match(text), _PART_NUMBER.match(title or "")
    return bool(part and this_part and part[1].lower() == this_part[1].lower()
                and int(part[2]) == int(this_part[2]) + 1 and len(text.split()) <= _NEXT_PART_WORDS)


_NEXT_PART_WORDS = 25


# A print view's stamp of the day it was printed: "In ngày: 05/12/2026", "Ngày in: 05/12/2026 10:12".
_PRINT_STAMP = re.compile(r"^(?:in\s+(?:lúc|ngày|vào)|ngày\s+in|printed(?:\s+on)?)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                          r"[\d\s:hgiờSACHPM.-]*$", re.I)
# The label of a stamp of the post's last edit: "Cập nhật lần cuối:", "Ngày sửa đổi", "Last updated on".
_UPDATE_LABEL = re.compile(r"^(?:ngày\s+)?(?:cập\s+nhật|sửa\s+đổi|chỉnh\s+sửa)(?:\s+lần\s+cuối)?(?:\s+(?:lúc|ngày|vào))?"
                           r"\s*:?\s*|^last\s+(?:updated|modified)(?:\s+on)?\s*:?\s*", re.I)


def _is_update_stamp(text: str) -> bool:
    """A label of the last edit and a date, nothing else (not "Cập nhật đến ngày 12/8, toàn xã …")."""
    label = _UPDATE_LABEL.match(text)
    return label is not None and label.end() < len(text) and _is_only_date(text[label.end():])


# A bracketed note of when the text was sent or posted: "(Bài viết gửi ngày 06/12/2025)".
_DATED_NOTE = re.compile(r"^\(\s*[^()\d]{0,40}?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\s*\)$")


# The note on an article moved from an old portal: "(Tin chuyển từ Cổng thông tin điện tử huyện Sa Pa cũ)".
_MOVED_NOTE = re.compile(r"^\(\s*(?:tin|bài(?:\s+viết)?)\s+(?:được\s+)?chuyển\s+(?:từ|sang)\b[^()]*\)$", re.I)


# ---- credit -----------------------------------------------------------------------------

def _is_continuation(line: _Line, previous: _Line | None) -> bool:
    """A line that only continues the previous one after a hard <br> wrap."""
    return (previous is not None and line.breaks == 1 and previous.group == line.group
            and not _TERMINAL.search(previous.text) and not credits.is_end_marker(previous.text)
            and line.align != "right")


def _take_credit(work: _Work) -> None:
    """The credit: the last line (or the last 2-3 lines when they are labelled
    or right-aligned together) when its shape is a credit's. An end marker
    "./." above it is dropped too. Failing that, a credit typed on after the
    official close in the last paragraph."""
    _take_the_credit_lines(work)
    if work.credit_line is None and _split_credit_after_the_close(work):
        _take_the_credit_lines(work)


def _take_the_credit_lines(work: _Work) -> None:
    """`_take_credit` on the lines as they stand."""
    items = work.items
    taken: list[_Line] = []
    tail = [item for item in items if not item.dropped]
    index = len(tail) - 1
    # Pictures under the credit (a template that prints the last photo after it, a tab of
    # photos after the text's) are stepped over when the credit is set apart: labelled
    # ("Tin, ảnh: Bảo Ngọc") or right-aligned.
    above_pictures = index
    while above_pictures > 0 and _with_pictures_under_a_credit(tail, above_pictures, index):
        above_pictures -= 1
    if above_pictures < index and _set_apart_credit(tail[above_pictures]):
        index = above_pictures
    index = _over_a_signature(tail, index)
    while index >= 0 and len(taken) < 3:
        item = tail[index]
        if isinstance(item, _Image):
            break
        previous = tail[index - 1] if index > 0 and isinstance(tail[index - 1], _Line) else None
        if credits.is_end_marker(item.text):
            item.dropped = True
            if taken:
                break
            index -= 1
            continue
        if not taken and _a_bar_of_links(item, work.page_url):
            item.dropped = True     # (the site's links under the text, "Liên kết website" and its links: no credit)
            index -= 1
            continue
        right = item.align == "right"
        if item.in_table and _in_data_row(item.block):
            break
        if not credits.looks_like_credit(_without_leading_date(item.text), aligned_right=right) \
                or _is_continuation(item, previous):
            break
        if previous is not None and credits.is_signature_position(previous.text):
            break
        if taken and not _stacks(item, taken[0]):
            break
        taken.insert(0, item)
        index -= 1
    if not taken and tail and isinstance(tail[-1], _Image) and tail[-1].closing_credit:
        tail[-1].caption, work.credit_line = tail[-1].closing_credit
        return
    if not taken:
        taken = _credit_at_the_top(tail) or _credit_before_a_second_item(tail)
    for line in taken:
        line.dropped = line.kept_in_html = True
    if taken:
        above = next((item for item in reversed(items[:items.index(taken[0])]) if not item.dropped), None)
        if isinstance(above, _Line) and credits.is_end_marker(above.text):
            above.dropped = True
    work.credit_line = "\n".join(_without_leading_date(line.text) for line in taken) or None


def _over_a_signature(tail: list, index: int) -> int:
    """The place of a labelled credit an editor set over the signature block
    closing a notice ("Nguồn: Bộ phận Tiếp công dân xã" over "TM. ỦY BAN NHÂN
    DÂN" / "KT. CHỦ TỊCH" / … / the signer's name), whose lines stay the
    notice's; else `index`, the text's last line."""
    for at in range(index, max(index - _SIGNATURE_BLOCK_LINES, 0), -1):
        line, above = tail[at], tail[at - 1]
        if not isinstance(line, _Line) or not credits.is_signature_position(line.text):
            continue
        if isinstance(above, _Line) and not credits.is_signature_position(above.text):
            return at - 1 if credits.credit_label(above.text) else index
    return index


# A signature block's lines: the body, the signing, the position, "(Đã ký)", the name, a seal's note.
_SIGNATURE_BLOCK_LINES = 6


# A bar of links to other sites under the text ("Liên kết website" and the province's portal, the
# public services'): a label of a few words at most, then its links; most of the line's words are theirs.
_LINK_BAR_LABEL_WORDS = 3
_LINK_BAR_SHARE = 0.6


def _a_bar_of_links(line: _Line, page_url: str) -> bool:
    """Links and nothing else, no credit: a line of several links set apart by bars ("Về trang
    chủ | Tin tháng trước"), or a block (not a paragraph: a sentence may be mostly links) of
    several links all to other sites, none to a document, under a short label at most ("Liên
    kết website" and the province's portal). (Not writers' names linked to their pages.)"""
    block = line.block
    if line.attachment_share or credits.credit_label(line.text) or line.link_share < _LINK_BAR_SHARE:
        return False
    links = block.findall(".//a")
    if len(links) < 2:
        return False
    names = {squash(link.text_content()) for link in links}
    parts = _BAR.split(line.text)
    if len(parts) > 1 and all(part in names and not credits.is_person(part) for part in parts):
        return True
    if block.tag == "p" or not page_url or any(same_site(urljoin(page_url, link.get("href") or ""), page_url)
                                               for link in links):
        return False
    label = "".join(block.itertext())
    for link in links:
        label = label.replace(link.text_content(), " ", 1)
    return len(label.split()) <= _LINK_BAR_LABEL_WORDS


# The bars between a link bar's links.
_BAR = re.compile(r"\s*[|·•»]\s*")


# A gallery's lead-in line is short and announces what follows.
_LEAD_IN_WORDS = 12


def _split_credit_after_the_close(work: _Work) -> bool:
    """A credit typed on after the text's official close in its last paragraph
    ("… không em nào phải bỏ học vì hoàn cảnh khó khăn./. Nguyễn Huyền (VP
    HĐND-UBND xã)"): its own last line, for the credit's reading."""
    last = next((item for item in reversed(work.items) if not item.dropped), None)
    if not isinstance(last, _Line) or _CLOSE not in last.text[:-len(_CLOSE)]:
        return False
    text, after = last.text.rsplit(_CLOSE, 1)
    after = after.strip()
    # (Nor a notice's signature flattened onto its close: "… dự tuyển./. CHỦ TỊCH Nguyễn Văn Hùng",
    # "./. Chủ tịch UBND xã Nguyễn Văn Hùng".)
    if not after or not credits.looks_like_credit(after, aligned_right=last.align == "right") \
            or credits.is_signature_position(after):
        return False
    last.text = text + _CLOSE
    work.items.insert(work.items.index(last) + 1, replace(last, text=after, breaks=last.breaks + 1))
    return True


# A Vietnamese text's official close.
_CLOSE = "./."


def _with_pictures_under_a_credit(tail: list, at: int, last: int) -> bool:
    """Whether the item at `at` belongs to pictures printed under the credit:
    a picture, its caption's line right under it, or the short line that
    leads in to them ("Một số hình ảnh tại Đại hội:")."""
    item = tail[at]
    if isinstance(item, _Image):
        return True
    if isinstance(tail[at - 1], _Image):
        return _caption_shaped([item])
    return at < last and isinstance(tail[at + 1], _Image) and item.text.rstrip().endswith(":") \
        and len(item.text.split()) <= _LEAD_IN_WORDS


# A second news item a report goes on with after its credit: "* Cùng ngày, …".
_SECOND_ITEM = re.compile(r"^(?:\*|\(\*\))\s*(?![^:.]{1,30}:)\w")   # (not a labelled line: "* Thời gian: …"; "(*)": a note)
_SECOND_ITEM_WORDS = 8
# A note to the reader the writer adds under the text ("Ghi chú: Người cao tuổi chưa tham gia …").
_READERS_NOTE = re.compile(r"^(?:ghi chú|lưu ý)\s*:", re.I)


def _credit_before_a_second_item(items: list) -> list:
    """A credit set apart that closes the first item of a text going on with
    a second one opened by an asterisk ("* Cũng trong tháng 11/2025, …"): the
    writer's credit, printed mid-text."""
    for item, after in zip(items, items[1:]):
        if isinstance(after, _Line) and (_SECOND_ITEM.match(after.text) or _READERS_NOTE.match(after.text)) \
                and len(after.text.split()) >= _SECOND_ITEM_WORDS and _set_apart_credit(item):
            return [item]
    return []


def _set_apart_credit(item) -> bool:
    return isinstance(item, _Line) and (item.align == "right" or credits.credit_label(item.text) is not None) \
        and credits.looks_like_credit(item.text, aligned_right=item.align == "right")


def _credit_at_the_top(items: list) -> list:
    """A labelled credit printed as the text's first line, under the headline
    ("Bài, ảnh: Phạm Thu Hằng (Trung tâm Truyền thông …)"); a caption's "Ảnh:" is not one."""
    first = items[0] if items and isinstance(items[0], _Line) else None
    if first is None or credits.credit_label(first.text) in (None, "anh"):
        return []
    return [first] if credits.looks_like_credit(first.text, aligned_right=first.align == "right") else []


# A foot line that opens with the article's day before its credit ("Ngày 05.11.2020 - Tin: Trúc Linh").
_LEADING_DAY = re.compile(r"^(?:ngày\s+)?\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\s*[-–|,]\s*", re.I)


def _without_leading_date(text: str) -> str:
    return _LEADING_DAY.sub("", text, count=1)


def _in_data_row(block) -> bool:
    """A cell of a row with other filled cells: table data, not a layout cell."""
    row = next((a for a in ([block] + list(block.iterancestors())) if a.tag == "tr"), None)
    if row is None:
        return False
    return sum(1 for cell in row if isinstance(cell.tag, str) and squash(text_of(cell))) > 1


def _stacks(upper: _Line, lower: _Line) -> bool:
    """Whether `upper` belongs to the same credit block as `lower`."""
    if upper.in_table and not lower.in_table:
        return False    # the signature closing a document framed in a table, over the writer's name
    if credits.credit_label(upper.text):
        return True
    lower_label = credits.credit_label(lower.text) or ""
    if lower_label.startswith("nguon"):
        return True
    return upper.align == "right" and lower.align == "right"


# ---- captions -----------------------------------------------------------------------------

def _is_auto_caption(text: str, title: str | None, shape: re.Pattern | None) -> bool:
    """A caption line the platform's CMS writes by itself (`BodyRules.auto_caption`),
    whose first group is the article's title: not the editor's words."""
    match = shape.match(text) if shape is not None else None
    if not match:
        return False
    prefix = match_key(match.group(1))
    return not title or not prefix or match_key(title).startswith(prefix[:40]) or prefix.startswith(
        match_key(title)[:40])


_CAPTION_WORDS = 8


def _caption_shaped(group: list[_Line]) -> bool:
    """Whether the lines of one block, right after an image, are its caption."""
    words = sum(len(line.text.split()) for line in group)
    first = group[0]
    if words > 40 or _LIST_START.match(first.text):
        return False
    if first.in_table and _in_data_row(first.block):
        # A cell is table data, unless set in italics under the picture's row (an article laid out in rows).
        # (A table of one cell a row frames the text: its lines are the text's.)
        return all(line.italic and not line.bold for line in group)
    # Italic, or centred without being a bold heading.
    if all(line.italic or line.align == "center" and not line.bold for line in group):
        return True
    # Centred and bold, a line that describes (a sub-heading is short, numbered or in capitals):
    # a Liferay journal's "<p style='text-align:center'><strong>Lực lượng dân quân xã giúp …</strong>".
    if len(group) == 1 and first.align == "center" and first.bold and _CAPTION_WORDS <= words \
            and not first.text.isupper() and not _SENTENCE_END.search(first.text):
        return True
    # A bare line: one short line, not a sentence of the article (no final
    # stop) and not a sub-heading (bold or h2-h6).
    return (len(group) == 1 and words <= 30 and not _SENTENCE_END.search(first.text)
            and not first.bold and first.block.tag not in HEADINGS)


def _italic_head(group: list[_Line]) -> list[_Line]:
    """The caption that opens a block after an image, when the writer went on
    with the article after a `<br>`: "<em>Lãnh đạo phường tặng quà</em><br>
    Phát biểu tại …". Only italic lines followed by plain ones qualify."""
    head = []
    for line in group:
        if not line.italic:
            break
        head.append(line)
    if not head or len(head) == len(group) or not _caption_shaped(head):
        return []
    return head


def _block_lines(items, index: int) -> list[_Line]:
    """The line at `index` and the lines after it in the same block (split by <br>)."""
    group = [items[index]]
    for position in range(index + 1, len(items)):
        item = items[position]
        if item.dropped:
            continue
        if not isinstance(item, _Line) or item.group != group[0].group:
            break
        group.append(item)
    return group


def _assign_captions(work: _Work) -> None:
    """Captions from the lines right after an image: a styled (italic or
    centred) block, a bare short line, the line after the platform's automatic
    caption line (F3's "<title>- Ảnh N."), or an "Ảnh: …" line."""
    items, title = work.items, work.title
    last_image: _Image | None = None
    row: list[_Image] = []      # pictures side by side, none captioned yet
    lines_since = 0
    expect_caption = False
    for index, item in enumerate(items):
        if item.dropped:
            continue
        if isinstance(item, _Image):
            row = row + [item] if lines_since == 0 and row and item.caption is None else [item]
            last_image, lines_since, expect_caption = item, 0, False
            continue
        if lines_since == 0 and len(row) > 1 and _caption_row(items, index, row):
            lines_since += 1
            continue
        text = item.text
        if _is_auto_caption(text, title, work.rules.auto_caption):
            item.dropped = True
            expect_caption = last_image is not None
            continue
        label = _PHOTO_LABEL.match(text) if text[:1] in "(ẢH" else None
        if label and not credits.is_person(label.group(2)):
            item.dropped = item.kept_in_html = True
            if last_image is not None and not last_image.from_structure and last_image.caption is None:
                last_image.caption = label.group(2)
            lines_since += 1
            continue
        if last_image is not None and last_image.caption and lines_since <= 1 \
                and match_key(text) == match_key(last_image.caption):
            item.dropped = True     # the caption printed twice (alt text plus caption)
            continue
        if last_image is not None and last_image.caption is None and (expect_caption or lines_since == 0):
            group = _block_lines(items, index)
            if not (expect_caption or _caption_shaped(group)):
                group = _italic_head(group)
            if group:
                for line in group:
                    line.dropped = line.kept_in_html = True
                last_image.caption = " ".join(line.text for line in group)
                _continue_caption(items, group[-1], last_image)
                expect_caption = False
        lines_since += 1


def _caption_row(items, index: int, row: list[_Image]) -> bool:
    """Pictures side by side (a row of cells) with one caption each in the
    cells below: the lines from `index` on, one block each, are paired with
    them in order."""
    lines = [item for item in items[index:] if not item.dropped][:len(row)]
    if len(lines) < len(row) or not all(isinstance(line, _Line) and len(_block_lines(items, items.index(line))) == 1
                                        and _caption_shaped([line]) for line in lines):
        return False
    for image, line in zip(row, lines):
        image.caption = line.text
        line.dropped = line.kept_in_html = True
    return True


def _continue_caption(items, last: _Line, image: _Image) -> None:
    """A styled caption broken over two blocks (Phúc Lợi) is joined."""
    position = items.index(last)
    following = next((item for item in items[position + 1:] if not item.dropped), None)
    if isinstance(following, _Line) and match_key(following.text) == match_key(image.caption):
        following.dropped = following.kept_in_html = True     # printed twice (the alt text, then the caption)
        return
    # (Styled alike: an interview's first question, bold and italic under a centred italic
    # caption, is no more of it.)
    if isinstance(following, _Line) and following.align == last.align and following.bold == last.bold \
            and (following.italic and last.italic or following.align == "center") \
            and len(image.caption) + len(following.text) < 250 and not _TERMINAL.search(image.caption) \
            and _caption_shaped([following]) and len(_block_lines(items, items.index(following))) == 1:
        following.dropped = following.kept_in_html = True
        image.caption = f"{image.caption} {following.text}"


_CODE_TOKEN = re.compile(r"[0-9a-f]{5,}|\d+|n|[\w-]*\d[\w-]*")


def _is_file_name(text: str, src: str) -> bool:
    """A caption that is only the image's file name: Zalo/Facebook names
    ("z4180312215755 42dbaa40d16ae", "436200315 464503276256546 … n") or the
    file name with '-'/'_' read as spaces and no Vietnamese letter ("tb 05 tb ubnd 1")."""
    if _FILE_NAME_ALT.search(text):
        return True
    tokens = text.split()
    codes = [token for token in tokens if _CODE_TOKEN.fullmatch(token.lower())]
    if tokens and len(codes) * 2 >= len(tokens):
        return True
    if not text.isascii():
        return False
    key = match_key(text)
    stem = match_key(unquote(urlsplit(src).path).rsplit("/", 1)[-1].rsplit(".", 1)[0])
    return bool(key and stem) and (stem.startswith(key) or key.startswith(stem))


def _caption_for(image: _Image, work: _Work) -> str | None:
    title = work.title
    # (Never the alt text: a reader does not see it; the blind writers read none there.)
    caption = _clean_caption(image.caption) if image.caption else None
    if not caption or _is_auto_caption(caption, title, work.rules.auto_caption) or _same_text(caption, title) \
            or _is_file_name(caption, image.src):
        return None
    return caption


def _clean_caption(caption: str | None) -> str | None:
    caption = squash(caption)
    label = _PHOTO_LABEL.match(caption)
    if label:
        caption = label.group(2)
    return caption or None


# ---- paragraphs ---------------------------------------------------------------------------

def _paragraphs(items) -> list[str]:
    """Lines to paragraphs: a single <br> inside a block is a hard wrap to
    re-join unless the line before ends a sentence or the next starts a list."""
    paragraphs: list[list[str]] = []
    previous: _Line | None = None
    for line in _lines(items):
        joins = (previous is not None and line.group == previous.group and line.breaks == 1
                 and not _TERMINAL.search(previous.text) and not _LIST_START.match(line.text)
                 and not line.in_table)
        if joins:
            paragraphs[-1].append(line.text)
        else:
            paragraphs.append([line.text])
        previous = line
    return [" ".join(parts) for parts in paragraphs]


# ---- html -----------------------------------------------------------------------------------

_HTML_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "table", "thead", "tbody",
              "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "img", "a", "h2", "h3", "h4",
              "h5", "h6", "blockquote"}
_HTML_ATTRIBUTES = {"img": {"src", "alt"}, "a": {"href", "title"}, "td": {"colspan", "rowspan"},
                    "th": {"colspan", "rowspan"}}
_LEAF_RENAME = ("div", "section", "article", "header", "footer", "center", "main", "aside", "address",
                "dd", "dt", "pre")

# What the sanitised HTML loses: paragraphs with nothing in them, blank lines.
_EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|&nbsp;|\u00a0|<br>)*</p>")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# One sanitiser for every body: handing the allow-lists over to nh3 on each
# call cost a fifth of the cleaning.
_SANITISER = Sanitiser(_HTML_TAGS, _HTML_ATTRIBUTES)


def _body_html(root, items, page) -> str:
    """The cleaned copy as sanitised HTML: blocks whose lines were all noise
    are removed (captions and the credit stay), URLs are absolute, and only
    the allow-list of tags and attributes survives nh3."""
    keep: set = set()
    for item in items:
        if item.dropped and not item.kept_in_html:
            continue
        element = item.element if isinstance(item, _Image) else item.block
        while element is not None and element not in keep:
            keep.add(element)
            element = element.getparent()
    for item in items:
        if not item.dropped:
            continue
        element = item.element if isinstance(item, _Image) else item.block
        if element is not None and element is not root and element not in keep \
                and element.getparent() is not None:
            element.drop_tree()
    for img in list(root.iter("img")):
        if img.get("data-ward-drop") and img.getparent() is not None:
            img.drop_tree()
    for link in root.iter("a"):
        href = page.absolute(link.get("href"))
        if href:
            link.set("href", href)
        elif "href" in link.attrib:
            del link.attrib["href"]
    _tidy_for_html(root)
    cleaned = _SANITISER.clean_tree(root)
    cleaned = _EMPTY_PARAGRAPH.sub("", cleaned)
    return _BLANK_LINES.sub("\n", cleaned).strip()


# Table cells are never dropped: an empty cell keeps the columns in place.
_EMPTYABLE = frozenset("p div span ul ol li table thead tbody blockquote h1 h2 h3 h4 h5 h6 "
                       "section article center font strong em b i u a figure figcaption".split())


def _tidy_for_html(root) -> None:
    """One bottom-up pass: drop elements left with no text and no child
    (emptied lists go too), h1 -> h2, and a div-like element holding no block
    becomes a `p` (the allow-list has no div, and two sibling divs must not
    run together). nh3 allows title and lang everywhere; the allow-list does not."""
    holds_block: set = set()
    for element in reversed(list(root.iter())):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        parent = element.getparent()
        if element is not root and tag in _EMPTYABLE and len(element) == 0 \
                and not (element.text or "").strip():
            element.drop_tree()
            continue
        # (Read by `get` first: most elements have neither, and each `attrib` is a new object.)
        if tag != "a" and (element.get("title") is not None or element.get("lang") is not None):
            element.attrib.pop("title", None)
            element.attrib.pop("lang", None)
        if tag == "h1":
            element.tag = tag = "h2"
        elif tag in _LEAF_RENAME and element not in holds_block:
            element.tag = tag = "p"
        if parent is not None and (tag in BLOCK_TAGS or element in holds_block):
            holds_block.add(parent)


# ---- the entry point ------------------------------------------------------------------------

# The passes over the stream, in order: each reads and marks `_Work.items`.
# Noise goes first, so that the credit is taken from the real foot of the
# article and captions from the lines that really follow an image.
LINE_PASSES = (
    _drop_noise,
    _drop_related,
    _drop_repeats,
    _drop_attachment_lines,
    _drop_site_foot,
    _drop_foot_dates,
    _drop_editors_note,
    _take_credit,
    _assign_captions,
)


def extract(element, *, page, title, lead, rules: BodyRules = BodyRules()) -> Body:
    """Paragraphs, images, attachments and credit line of a body element.

    The page's own tree is not modified: the work is done on a copy.
    """
    return read_working_copy(copy.deepcopy(element) if element is not None else None,
                             page=page, title=title, lead=lead, rules=rules)


# A text signed off: "… thực hiện./." (the official close), or a credit line.
_SIGNED_OFF = re.compile(r"\./\.\s*$")
_SIGNED_LOOK_BACK = 3


def _drop_a_second_item(root) -> None:
    """A second notice a portal prints in the same box under a rule (`<hr>`
    then its own headline, date and text), after the first one's signed
    close: the rule and all after it go."""
    for rule in root.iter("hr"):
        heading = next_element(rule.getnext())
        if heading is None or heading.tag not in ("h1", "h2", "h3") \
                or len(squash(text_of(heading)).split()) < _NEWS_HEADLINE_WORDS:
            continue
        before = [node for node in rule.itersiblings(preceding=True) if isinstance(node.tag, str)]
        # (A whole text above: not a credit or a sapo printed over the article's own headline.)
        if sum(len(text_of(node)) for node in before) < _FIRST_ITEM_CHARS:
            continue
        if any(_SIGNED_OFF.search(line) or credits.looks_like_credit(line)
               for line in (squash(text_of(node)) for node in before[:_SIGNED_LOOK_BACK]) if line):
            for node in [rule, *rule.itersiblings()]:
                node.getparent().remove(node)
            return


_NEWS_HEADLINE_WORDS, _FIRST_ITEM_CHARS = 6, 500


def _drop_side_columns(root) -> None:
    """A page builder's row inside the article's box (WPBakery's `vc_col-sm-8`
    beside `vc_col-sm-4`, Bootstrap's `col-md-*`, Elementor's `elementor-col-*`):
    once a column's text is signed, a column after it on the same row, at most
    half as wide and holding text, is the row's side box (a hotline, collection
    hours), not more of the text."""
    for column in list(root.iter()):
        width = _column_width(column)
        if width is None or column.getparent() is None or not ends_with_a_credit(column) \
                or not _holds_running_text(column, sentence_in_a_paragraph=True):
            continue
        row_width = width
        for side in list(column.itersiblings()):
            side_width = _column_width(side)
            if side_width is None:
                continue
            row_width += side_width
            if row_width > _FULL_ROW:
                break       # (the grid wraps: a next row, the article's photos under its text)
            if side_width * 2 <= width and not _only_pictures(side):
                side.getparent().remove(side)


_FULL_ROW = 1.0 + 1e-9


def _only_pictures(element) -> bool:
    """Pictures and their captions, no running text: the article's photos set in a column."""
    return next(element.iter("img"), None) is not None and not holds_running_text(element, _PART_CHARS, 1.0)


# A grid column's width by its class, in twelfths (`col-md-8`, `vc_col-sm-4`) or in
# percent (Elementor's `elementor-col-33`); a Gutenberg column's by its flex-basis.
_TWELFTHS = re.compile(r"(?:^|\s)(?:vc_)?col-(?:(?:xs|sm|md|lg|xl|xxl)-)?(\d{1,2})(?:\s|$)")
_PERCENT = re.compile(r"(?:^|\s)elementor-col-(\d{2,3})(?:\s|$)")
_FLEX_BASIS = re.compile(r"flex-basis\s*:\s*(\d+(?:\.\d+)?)%")


def _column_width(element) -> float | None:
    """The share of its row a grid column takes, or None for no column."""
    css_class = element.get("class") if isinstance(element.tag, str) else None
    if not css_class or "col" not in css_class:
        return None
    if twelfths := _TWELFTHS.search(css_class):
        return int(twelfths[1]) / 12
    if percent := _PERCENT.search(css_class):
        return int(percent[1]) / 100
    if "wp-block-column" in css_class and (basis := _FLEX_BASIS.search(element.get("style") or "")):
        return float(basis[1]) / 100
    return None


def read_working_copy(root, *, page, title, lead, rules: BodyRules = BodyRules()) -> Body:
    """`extract` on a copy of the body element that the caller made for this
    read and gives up: it is edited (noise removed, images rewritten). The
    parsers' base class makes that one copy per parse."""
    if root is None:
        return Body()
    # (The copy's elements' Python objects are kept for the read: its passes meet
    # the same elements again, and lxml would make each again every time.)
    elements = list(root.iter())
    for picture in root.iter("amp-img"):    # an AMP page's picture is a picture
        picture.tag = "img"
    if "url(" in page.html:      # (most pages set no picture by style: no walk needed)
        _pictures_from_backgrounds(root)
    # Read once, before the noise goes: a name the noise took with it only lets
    # a box selector be tried that then finds nothing, so the boxes are the same.
    names = names_of(elements)
    _drop_selected(root, rules.noise_css, names)
    if "<hr" in page.html:      # (most pages draw no rule: no walk needed)
        _drop_a_second_item(root)
    if "col-" in page.html or "wp-block-column" in page.html:     # (no grid, no walk)
        _drop_side_columns(root)
    boxes = set(_select_any(rules.attachment_box_css, root, names))
    attachments: dict[str, str] = {}
    _collect_attachments(root, page, attachments, boxes)
    # Boxes printed after the body, found by the page's index (a box named by a lone class
    # or id is listed there: no walk of the page for it).
    for box in (page.css(", ".join(rules.attachment_box_css)) if rules.attachment_box_css else ()):
        _collect_attachments(box, page, attachments, {box})

    walker = _Walker(page, boxes)
    walker.walk(root)
    walker.flush()
    for junk in walker.junk:
        junk.drop_tree()
    work = _Work(items=walker.items, title=title, lead=lead, rules=rules, page_url=page.url, page=page)
    for line_pass in LINE_PASSES:
        line_pass(work)

    images = [{"src": item.src, "caption": _caption_for(item, work)}
              for item in work.items if isinstance(item, _Image) and not item.dropped]
    # A picture the list item also attaches (SharePoint's attachments table) is the article's
    # picture, shown in its text: no attached document.
    shown = {image["src"] for image in images}
    return Body(
        text="\n\n".join(_paragraphs(work.items)),
        html=_body_html(root, work.items, page),
        images=images,
        attachments=[{"url": url, "title": title_} for url, title_ in attachments.items() if url not in shown],
        credit_line=work.credit_line,
    )
