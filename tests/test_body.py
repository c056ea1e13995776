"""Body extraction: paragraphs, noise, captions, images, attachments, credit."""
import pytest

from ward_scraper.extract.body import Body, BodyRules, extract
from ward_scraper.extract.platforms.hanoi import HanoiParser
from ward_scraper.extract.platforms.nukeviet import NukeVietParser
from ward_scraper.util.page import Page

URL = "https://phuong1.tanbinh.hochiminhcity.gov.vn/tin-tuc/phuong-1-to-chuc-hoi-nghi-83783"
TITLE = "Phường 1 tổ chức hội nghị nhân dân quý II năm 2024"
LEAD = "Sáng ngày 25/4/2024, UBND Phường 1 tổ chức hội nghị nhân dân quý II năm 2024."
P1 = ("Tham dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Đảng ủy phường; đồng chí Trần Thị Bình, "
      "Chủ tịch UBND phường cùng đại diện các khu phố.")
P2 = ("Tại hội nghị, người dân đã phản ánh nhiều ý kiến về trật tự đô thị, vệ sinh môi trường và "
      "chiếu sáng công cộng trên các tuyến hẻm.")
P3 = "Hội nghị kết thúc trong không khí dân chủ, cởi mở."
# Platform shapes the shared body code is told about (declared on the parsers).
F3_CAPTIONS = BodyRules(auto_caption=HanoiParser.auto_caption)
NUKEVIET_BOXES = BodyRules(attachment_box_css=NukeVietParser.attachment_box_css)


def run(content: str, *, title=TITLE, lead=None, rules=BodyRules(), outside="") -> Body:
    html = (f"<html><body><h1>{title}</h1><div class='main'><div class='content'>{content}</div>"
            f"{outside}</div></body></html>")
    page = Page(URL, html)
    return extract(page.first("div.content"), page=page, title=title, lead=lead, rules=rules)


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# ---- paragraphs ------------------------------------------------------------------

def test_paragraphs_in_document_order_joined_by_blank_lines():
    body = run(paragraphs(P1, P2) + "<div>Nội dung trong thẻ div có chữ trực tiếp.</div>"
               "<h3>Kết quả thực hiện</h3><ul><li>Thu gom 2 tấn rác.</li><li>Phát quang 3 km hẻm.</li></ul>"
               f"<blockquote>{P3}</blockquote>")
    assert body.text.split("\n\n") == [P1, P2, "Nội dung trong thẻ div có chữ trực tiếp.", "Kết quả thực hiện",
                                       "Thu gom 2 tấn rác.", "Phát quang 3 km hẻm.", P3]


def test_output_is_nfc():
    import unicodedata
    body = run(paragraphs(unicodedata.normalize("NFD", P1)))
    assert body.text == P1


def test_word_paste_hard_breaks_are_rejoined_but_sentences_kept_apart():
    body = run("<p class='MsoNormal'>Ủy<br>ban nhân dân xã Xuân<br>Phú thông báo lịch tiếp công dân.<br>"
               "Thời gian: từ 7 giờ 30.<br>- Địa điểm: Hội trường UBND xã;<br>- Thành phần: toàn thể nhân dân.</p>"
               "<p>Đoạn một kết thúc<br><br>Đoạn hai bắt đầu sau hai lần xuống dòng.</p>")
    assert body.text.split("\n\n") == [
        "Ủy ban nhân dân xã Xuân Phú thông báo lịch tiếp công dân.",
        "Thời gian: từ 7 giờ 30.",
        "- Địa điểm: Hội trường UBND xã;",
        "- Thành phần: toàn thể nhân dân.",
        "Đoạn một kết thúc",
        "Đoạn hai bắt đầu sau hai lần xuống dòng.",
    ]


def test_table_cells_are_paragraphs():
    body = run(paragraphs(P1) + "<table><tr><td>Tháng 7</td><td>Nguyễn Thị Thống</td><td>Chủ tịch</td></tr>"
               "<tr><td>1</td><td>Ngày 03; 10; 17</td><td>Trụ sở UBND</td></tr></table>")
    assert body.text.split("\n\n")[1:] == ["Tháng 7", "Nguyễn Thị Thống", "Chủ tịch", "1", "Ngày 03; 10; 17",
                                           "Trụ sở UBND"]


def test_none_element_gives_an_empty_body():
    assert extract(None, page=Page(URL, "<html></html>"), title=TITLE, lead=None) == Body()


def test_the_page_tree_is_not_modified():
    html = f"<html><body><div class='content'><p class='share'>Chia sẻ</p>{paragraphs(P1)}<p>Kim Phượng</p></div></body></html>"
    page = Page(URL, html)
    element = page.first("div.content")
    before = len(list(element.iter()))
    extract(element, page=page, title=TITLE, lead=None, rules=BodyRules(noise_css=(".share",)))
    assert len(list(element.iter())) == before


# ---- noise -------------------------------------------------------------------------

def test_noise_css_and_tags_and_widgets_are_removed():
    body = run("<div class='slogan'>Chủ đề năm 2023: Năm chỉnh trang đô thị</div>"
               "<script>var x = 'Lượt xem';</script><style>p{color:red}</style>"
               "<div class='social-share'><a href='#'>Facebook</a> <a href='#'>Zalo</a></div>"
               "<form><input value='Tìm kiếm'><button>Gửi</button></form>"
               "<iframe src='https://www.youtube.com/embed/x'></iframe>"
               "<div style='display:none'>chung cu times city, to chuc su kien</div>"
               + paragraphs(P1, P2) + "<div class='print-tool'>In bài viết</div>",
               rules=BodyRules(noise_css=(".slogan",)))
    assert body.text == f"{P1}\n\n{P2}"


def test_a_wrapper_named_like_a_widget_is_kept_when_it_holds_the_article():
    body = run(f"<div id='print-area'>{paragraphs(P1, P2, P3)}</div>")
    assert body.text == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize("line", [
    "Lượt xem: 147", "Đã xem: 50", "View count: 551", "Back", "[Trở về]", "Quay lại",
    "Bấm vào hình để xem kích thước thật", "image banner", "leftcenterrightdel", "|", " | | ",
    "\u00a0 \u00a0", "In Gửi Email", "Lấy link copy", "Cỡ chữ Màu chữ image", "Loading...", "![]()",
    "Thứ sáu, Day 06 Month 06 Year 2025", "Được đăng trong chuyên mục: Tin Tức", "Từ khóa: hội nghị, nhân dân",
    "Người đăng tin: Quản trị", "Viết bởi Quản trị", "Tác giả:", "………………", "????",
])
def test_widget_lines_are_dropped(line):
    body = run(paragraphs(P1, line, P2))
    assert body.text == f"{P1}\n\n{P2}"


def test_view_counter_with_the_number_on_the_next_line():
    body = run(paragraphs(P1, P2) + "<div>Số lượt người xem:</div><div>1034</div>")
    assert body.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("heading", [
    "Tin liên quan", "Tin khác", "Tin tức khác", "Các tin khác", "Những tin mới hơn", "Những tin cũ hơn",
    "TIN LIÊN QUAN:", "Bài viết liên quan",
])
def test_related_news_inside_the_content_div_is_dropped(heading):
    related = (f"<p><strong>{heading}</strong></p><ul>"
               "<li><a href='/phuong-1-ra-quan-don-ve-sinh-83700'>Phường 1 ra quân dọn vệ sinh</a> (12/12/2024)</li>"
               "<li><a href='/trao-qua-tet-83650'><img src='/thumb/trao-qua.jpg'>Trao quà Tết cho hộ nghèo</a>"
               " <span class='date'>(01/02/2024)</span></li></ul>")
    body = run(paragraphs(P1, P2) + "<p>Kim Phượng</p>" + related)
    assert body.text == f"{P1}\n\n{P2}"
    assert body.credit_line == "Kim Phượng"
    assert body.images == []
    assert "Trao quà Tết" not in body.html


def test_related_heading_stops_at_the_next_real_paragraph():
    body = run(paragraphs(P1) + "<h4>Tin liên quan</h4><p><a href='/bai-cu-1'>Hội nghị quý I năm 2024</a></p>"
               + paragraphs(P2, P3))
    assert body.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_comment_form_heading_cuts_the_rest():
    body = run(paragraphs(P1, P2) + "<h3>Ý kiến bạn đọc</h3><p>Họ và tên</p><p>Nội dung góp ý của bạn đọc</p>")
    assert body.text == f"{P1}\n\n{P2}"


def test_title_and_lead_repeated_at_the_top_are_dropped():
    body = run(f"<p><strong>{TITLE.upper()}</strong></p><p>✨✨{TITLE}✨✨</p><p>{LEAD}</p>" + paragraphs(P1),
               lead=LEAD)
    assert body.text == P1


def test_a_sapo_repeated_with_small_differences_is_dropped():
    body = run(f"<p>{LEAD.rstrip('.')}</p>" + paragraphs(P1), lead=LEAD)
    assert body.text == P1


def test_date_lines_at_the_top_are_dropped_but_body_dates_kept():
    body = run("<p>Ngày đăng 30/09/2020 | 16:00 | Lượt xem: 147</p><p>- 23/12/2025 20:46:00</p><p>- Đã xem: 50</p>"
               "<p>Trung tâm Văn hoá &amp; Thể thao phường 21:52 09/09/2025</p>"
               "<p>Ngày 25/4/2024, UBND phường tổ chức hội nghị.</p>" + paragraphs(P1))
    assert body.text == f"Ngày 25/4/2024, UBND phường tổ chức hội nghị.\n\n{P1}"


# ---- images and captions --------------------------------------------------------------

def test_images_absolute_in_order_with_lazy_sources_and_without_decoration():
    body = run(paragraphs(P1)
               + "<p><img src='/images/blank.gif' data-src='/uploads/news/2024_04/anh-1.jpg'></p>"
               "<p><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-original='anh-2.jpg'></p>"
               "<p><img src='/loading.gif' data-lazy-src='//cdn.tanbinh.gov.vn/anh-3.jpg'></p>"
               "<p><img srcset='/anh-4-300.jpg 300w, /anh-4-1024.jpg 1024w, /anh-4-600.jpg 600w'></p>"
               "<p><img src='/counter/pixel.gif' width='1' height='1'>"
               "<img src='https://s.w.org/images/core/emoji/14.0.0/72x72/2728.png' class='emoji'>"
               "<img src='/images/icons/pdf.png' style='width: 16px'>"
               "<img src='data:image/png;base64,iVBORw0KGgo='></p>"
               "<p><img src='/uploads/news/2024_04/anh-1.jpg'></p>" + paragraphs(P2))
    assert [image["src"] for image in body.images] == [
        "https://phuong1.tanbinh.hochiminhcity.gov.vn/uploads/news/2024_04/anh-1.jpg",
        "https://phuong1.tanbinh.hochiminhcity.gov.vn/tin-tuc/anh-2.jpg",
        "https://cdn.tanbinh.gov.vn/anh-3.jpg",
        "https://phuong1.tanbinh.hochiminhcity.gov.vn/anh-4-1024.jpg",
    ]
    assert body.text == f"{P1}\n\n{P2}"


def test_figcaption_is_the_caption_and_never_text():
    body = run(paragraphs(P1) + "<figure class='image'><img src='/a.jpg' alt='a.jpg'>"
               "<figcaption>Các đại biểu dự hội nghị</figcaption></figure>" + paragraphs(P2))
    assert body.images == [{"src": "https://phuong1.tanbinh.hochiminhcity.gov.vn/a.jpg",
                            "caption": "Các đại biểu dự hội nghị"}]
    assert body.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("last, credit", [("Tin, ảnh: Hoài Thương (Trung tâm Văn hóa - Thể thao)",
                                            "Tin, ảnh: Hoài Thương (Trung tâm Văn hóa - Thể thao)"),
                                           ("Ảnh: Hoài Thương", None)])
def test_a_writer_s_credit_on_the_last_picture_s_caption_line_is_the_article_s_credit(last, credit):
    """Liferay 7: the credit set under the last photo's caption, after a `<br>`. A photographer's
    "Ảnh: …" stays the picture's."""
    caption = "Ngôi nhà Đại đoàn kết mới của gia đình bà Sen"
    body = run(paragraphs(P1, P2) + f"<figure class='image'><img src='/b.jpg'><figcaption>{caption}<br>"
               f"<span style='float:right'><em>{last}</em></span></figcaption></figure>")
    assert body.credit_line == credit
    assert body.images[0]["caption"] == (caption if credit else f"{caption} {last}")
    assert body.text == f"{P1}\n\n{P2}"


def test_vccorp_image_table_and_photo_figure():
    body = run(paragraphs(P1)
               + "<table class='image center'><tbody><tr><td><img src='https://cdn.hanoi.gov.vn/a.jpg' "
               f"alt='{TITLE}- Ảnh 1.'></td></tr><tr><td class='image_desc'><p>Khung cảnh buổi làm việc.</p>"
               "</td></tr></tbody></table>"
               "<figure class='VCSortableInPreviewMode' type='Photo'><div><img src='https://cdn.hanoi.gov.vn/b.jpg'"
               f" alt='{TITLE}- Ảnh 2.'></div><figcaption class='PhotoCMS_Caption'><p>Lãnh đạo phường phát biểu."
               "</p></figcaption></figure>" + paragraphs(P2), rules=F3_CAPTIONS)
    assert [image["caption"] for image in body.images] == ["Khung cảnh buổi làm việc.",
                                                          "Lãnh đạo phường phát biểu."]
    assert body.text == f"{P1}\n\n{P2}"


def test_word_table_with_two_images_pairs_captions_by_column():
    body = run(paragraphs(P1) + "<table border='0'><tr><td><img src='/a.jpg'></td><td><img src='/b.jpg'></td></tr>"
               "<tr><td><p align='center'><i>Trao quà cho hộ nghèo</i></p></td>"
               "<td><p align='center'><i>Thăm hỏi gia đình chính sách</i></p></td></tr></table>")
    assert [image["caption"] for image in body.images] == ["Trao quà cho hộ nghèo", "Thăm hỏi gia đình chính sách"]
    assert body.text == P1


def test_caption_in_the_image_cell_and_a_layout_table_with_text():
    body = run(paragraphs(P1) + "<table><tr><td><p><img src='/a.jpg'></p><p><em>Trao quà cho hộ nghèo</em></p>"
               f"</td></tr></table><table><tr><td><img src='/b.jpg'></td><td>{P2} {P2}</td></tr></table>")
    assert [image["caption"] for image in body.images] == ["Trao quà cho hộ nghèo", None]
    assert body.text == f"{P1}\n\n{P2} {P2}"


def test_italic_or_centred_line_after_an_image_is_its_caption():
    body = run(paragraphs(P1) + "<p style='text-align:center'><img src='/a.jpg'></p>"
               "<p style='text-align: center;'><em>Đồng chí Nguyễn Văn An phát biểu tại hội nghị.</em></p>"
               + paragraphs(P2) + "<p><img src='/b.jpg'></p><p align='center'>Người dân phát biểu ý kiến</p>"
               + paragraphs(P3))
    assert [image["caption"] for image in body.images] == ["Đồng chí Nguyễn Văn An phát biểu tại hội nghị.",
                                                          "Người dân phát biểu ý kiến"]
    assert body.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_bare_short_line_after_an_image_is_a_caption_but_a_sentence_is_not():
    body = run(paragraphs(P1) + "<p><img src='/a.jpg'></p><p>Các đại biểu dự hội nghị</p>"
               + paragraphs(P2) + "<p><img src='/b.jpg'></p>" + paragraphs(P3))
    assert [image["caption"] for image in body.images] == ["Các đại biểu dự hội nghị", None]
    assert body.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_sub_heading_after_an_image_is_not_a_caption():
    body = run(paragraphs(P1) + "<p><img src='/a.jpg'></p><h3>Nhiệm vụ trọng tâm năm 2026</h3>"
               + paragraphs(P2) + "<p style='text-align:center'><img src='/b.jpg'></p>"
               "<p style='text-align:center'><strong>PHẦN HAI</strong></p>" + paragraphs(P3))
    assert [image["caption"] for image in body.images] == [None, None]
    assert body.text == f"{P1}\n\nNhiệm vụ trọng tâm năm 2026\n\n{P2}\n\nPHẦN HAI\n\n{P3}"


def test_photo_label_line_gives_the_caption_without_the_label():
    body = run(paragraphs(P1) + "<p><img src='/a.jpg'></p>" + paragraphs(P2) + "<p>Ảnh: Ghi nhận tại hội nghị</p>"
               + "<p><img src='/b.jpg'></p><p><em>(Ảnh: Quang cảnh buổi lễ)</em></p>"
               + "<p><img src='/c.jpg'></p><p>Ảnh 3: Trao giấy khen cho các tập thể.</p>" + paragraphs(P3))
    assert [image["caption"] for image in body.images] == ["Ghi nhận tại hội nghị", "Quang cảnh buổi lễ",
                                                          "Trao giấy khen cho các tập thể."]
    assert body.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_f3_automatic_image_line_is_dropped_and_the_next_line_is_the_caption():
    body = run(paragraphs(P1) + "<p><img src='https://cdn.hanoi.gov.vn/a.jpg'></p>"
               f"<p>{TITLE}- Ảnh 1.</p><p>Khung cảnh buổi làm việc.</p>" + paragraphs(P2), rules=F3_CAPTIONS)
    assert body.images[0]["caption"] == "Khung cảnh buổi làm việc."
    assert body.text == f"{P1}\n\n{P2}"


def test_caption_broken_over_two_italic_lines_is_joined():
    body = run(paragraphs(P1) + "<p><img src='/a.jpg'></p><p><em>Lãnh đạo phường trao quà</em></p>"
               "<p><em>cho các hộ gia đình có hoàn cảnh khó khăn</em></p>" + paragraphs(P2))
    assert body.images[0]["caption"] == "Lãnh đạo phường trao quà cho các hộ gia đình có hoàn cảnh khó khăn"
    assert body.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("alt, caption", [
    (TITLE, None),
    (f"{TITLE}- Ảnh 3.", None),
    ("z4180312215755 42dbaa40d16ae8f0b1c5", None),
    ("436200315 464503276256546 7105431877410251734 n", None),
    ("IMG_1234.jpg", None),
    ("vneid.jpg", None),
    ("ảnh", None),
    ("image", None),
    # A describing alt too: a reader does not see it (four blind writers of four batches read no caption there).
    ("Lãnh đạo phường thăm hỏi gia đình chính sách", None),
])
def test_alt_text_is_never_a_caption(alt, caption):
    # With F3's shape declared: its CMS writes the "<title>- Ảnh N." alts.
    body = run(paragraphs(P1) + f"<p><img src='/a.jpg' alt='{alt}'></p>" + paragraphs(P2), rules=F3_CAPTIONS)
    assert body.images[0]["caption"] == caption


def test_a_file_name_given_as_caption_is_no_caption():
    body = run(paragraphs(P1) + "<div class='wp-caption'><img src='/wp-content/uploads/2024/04/z5360412281107_9b3a1d4e.jpg'>"
               "<p class='wp-caption-text'>z5360412281107 9b3a1d4e</p></div>"
               "<figure><img src='/uploads/thanhbinh/2025_01/tb-05-tb-ubnd_1.jpg' alt='tb 05 tb ubnd 1'></figure>"
               "<figure><img src='/uploads/2022/05/hoi-nghi-nhan-dan.jpg'><figcaption>Hội nghị nhân dân</figcaption>"
               "</figure>" + paragraphs(P2))
    assert [image["caption"] for image in body.images] == [None, None, "Hội nghị nhân dân"]
    assert body.text == f"{P1}\n\n{P2}"


def test_styled_caption_with_a_line_break_is_one_caption():
    body = run(paragraphs(P1) + "<figure><img src='/a.jpg'><figcaption><p data-placeholder='[nhập chú thích]'></p>"
               "</figcaption></figure><p style='text-align: center;'><em>Lãnh đạo phường trao quà cho<br>"
               "các hộ gia đình tại tổ dân phố số 5.</em></p>" + paragraphs(P2))
    assert body.images[0]["caption"] == "Lãnh đạo phường trao quà cho các hộ gia đình tại tổ dân phố số 5."
    assert body.text == f"{P1}\n\n{P2}"


def test_caption_printed_twice_is_kept_once_and_out_of_the_text():
    body = run(paragraphs(P1) + "<p><img src='/a.jpg' alt='Toàn cảnh Hội nghị'></p>"
               "<p style='text-align:center'><em>Toàn cảnh Hội nghị</em></p><p>Toàn cảnh Hội nghị</p>"
               + paragraphs(P2))
    assert body.images[0]["caption"] == "Toàn cảnh Hội nghị"
    assert body.text == f"{P1}\n\n{P2}"


def test_gallery_lead_in_stays_in_the_text():
    body = run(paragraphs(P1, "Một số hình ảnh tại hội nghị:") + "<p><img src='/a.jpg'></p><p><img src='/b.jpg'></p>")
    assert body.text == f"{P1}\n\nMột số hình ảnh tại hội nghị:"
    assert len(body.images) == 2


# ---- attachments -------------------------------------------------------------------------

def test_attachments_by_extension_text_box_and_embed():
    box = ("<div class='news-download-file'><div class='panel-heading'>Tải về</div><ul><li>"
           "<a href='/vi/news/thong-tin/ke-hoach-378.html?download=1&amp;id=5' title='ke-hoach.pdf'>"
           "<strong>Kế hoạch tiếp xúc cử tri</strong></a></li></ul></div>")
    body = run(paragraphs(P1)
               + "<p>Xem văn bản tại đây: <a href='/uploads/van-ban/QĐ%2006.pdf'>QĐ 06.pdf</a> biểu kèm theo</p>"
               "<p><a href='/Download.aspx?file=/uploads/bieu-mau.docx'></a></p>"
               "<p><a href='/uploads/van-ban/QĐ%2006.pdf'>Tải về</a></p>"
               "<p><a href='/tai-lieu/chi-tiet?id=7'>Tải file tại đây</a></p>"
               "<iframe src='https://docs.google.com/viewer?url=https://x.gov.vn/files/bao-cao.pdf&embedded=true'>"
               "</iframe>", outside=box, rules=NUKEVIET_BOXES)
    assert body.attachments == [
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/uploads/van-ban/QĐ%2006.pdf", "title": "QĐ 06.pdf"},
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/Download.aspx?file=/uploads/bieu-mau.docx",
         "title": "Download.aspx"},
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/tai-lieu/chi-tiet?id=7", "title": "Tải file tại đây"},
        {"url": "https://x.gov.vn/files/bao-cao.pdf", "title": "bao-cao.pdf"},
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/vi/news/thong-tin/ke-hoach-378.html?download=1&id=5",
         "title": "Kế hoạch tiếp xúc cử tri"},
    ]
    assert "Xem văn bản tại đây: QĐ 06.pdf biểu kèm theo" in body.text


def test_a_download_button_right_after_its_files_link_is_the_same_file():
    """NukeViet 4.5's attachment box: the file's link, then "Tải về" to `?download=1&id=0` on the
    article's own address: one attachment. A button alone is still its document."""
    box = ("<div class='news-download-file'><div class='panel-heading'>Tập tin đính kèm</div><div class='list-group'>"
           "<div class='list-group-item'><a href='/uploads/news/2025_12/bao-cao.pdf'>bao-cao.pdf</a> <a href="
           "'/vi/news/thong-tin/tiep-xuc-cu-tri-381.html?download=1&amp;id=0'>Tải về</a></div></div></div>")
    body = run(paragraphs(P1), outside=box, rules=NUKEVIET_BOXES)
    assert body.attachments == [{"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/uploads/news/2025_12/bao-cao.pdf",
                                 "title": "bao-cao.pdf"}]
    alone = run(paragraphs(P1), outside=box.replace("<a href='/uploads/news/2025_12/bao-cao.pdf'>bao-cao.pdf</a> ", ""),
                rules=NUKEVIET_BOXES)
    assert [item["title"] for item in alone.attachments] == ["Tải về"]


def test_a_paragraph_that_is_only_a_document_link_is_the_attachment_not_text():
    body = run(paragraphs(P1) + "<p><a href='/Uploaded/phucloi/2025_09_06/danh-sach-ho-nhan-qua.pdf'>"
               "Danh sách hộ gia đình nhận quà Tết Độc lập đợt bổ sung</a></p><p>GIA HÂN</p>")
    assert body.text == P1
    assert body.attachments == [{"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/Uploaded/phucloi/2025_09_06/"
                                        "danh-sach-ho-nhan-qua.pdf",
                                 "title": "Danh sách hộ gia đình nhận quà Tết Độc lập đợt bổ sung"}]
    assert "danh-sach-ho-nhan-qua.pdf" in body.html
    assert body.credit_line == "GIA HÂN"


def test_a_box_link_without_a_document_extension_needs_the_platform_box():
    box = ("<div class='news-download-file'><a href='/vi/news/tin/bao-cao-378.html?download=1&amp;id=0'>"
           "Báo cáo kết quả</a></div>")
    html = paragraphs(P1)
    assert run(html, outside=box).attachments == []
    assert run(html, outside=box, rules=NUKEVIET_BOXES).attachments == [
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/vi/news/tin/bao-cao-378.html?download=1&id=0",
         "title": "Báo cáo kết quả"}]


def test_liferay_document_urls_and_download_labels():
    box = ("<div class='news-download-file'><a href='/vi/news/tin/bao-cao-378.html?download=1&amp;id=0' "
           "title='Tải về bao-cao.pdf'>Tải về : <strong>bao-cao-ket-qua.pdf</strong></a></div>")
    body = run(paragraphs(P1) + "<p>Xem <a href='/documents/10180/10590877/KH+kiem+tra+ATTP.pdf/9e8d7c6b-5a4f'>"
               "Kế hoạch số 112/KH-BCĐ</a> của Ban Chỉ đạo.</p>", outside=box, rules=NUKEVIET_BOXES)
    assert body.attachments == [
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/documents/10180/10590877/KH+kiem+tra+ATTP.pdf/9e8d7c6b-5a4f",
         "title": "Kế hoạch số 112/KH-BCĐ"},
        {"url": "https://phuong1.tanbinh.hochiminhcity.gov.vn/vi/news/tin/bao-cao-378.html?download=1&id=0",
         "title": "bao-cao-ket-qua.pdf"},
    ]


def test_ordinary_links_are_not_attachments():
    body = run(paragraphs(P1) + "<p><a href='/tin-tuc/hoi-nghi-quy-i-83500'>Hội nghị quý I</a> đã đánh giá.</p>")
    assert body.attachments == []


# ---- credit ----------------------------------------------------------------------------------

@pytest.mark.parametrize("credit", [
    "Kim Phượng", "GIA HÂN", "X.PHÚ", "NDH", "Đ.H", "BBT", "BBT.", "Ban Biên Tập", "Tin, ảnh: VHXH",
    "Tin, ảnh: Lan Anh", "Bài, ảnh: Nguyễn Văn An (Công chức VHXH)", "Tin: Minh Hà; Ảnh: Quốc Tuấn",
    "Thanh Sang - Văn phòng HĐND và UBND", "Bích Ngọc - Hội Nông dân tỉnh",
    "Phòng Tư pháp quận Tân Bình- Phòng PBGDPL", "Phan Loan (Núi Voi)", "Đỗ Dũng; Trung tâm VH, TT-TT thành phố",
    "ỦY BAN NHÂN DÂN PHƯỜNG 1", "Tác giả: N.V.T - Nguồn: BCDNTM. TV", "Nguồn tin: Sao Khuê", "CTV Minh Lâm (NM)",
    "TẤN HÙNG – MINH NGỌC – VĂN TỐ", "Thực hiện: Thu Hà - Minh Quân", "Mai viết Tăng",
])
def test_last_line_credit_forms(credit):
    body = run(paragraphs(P1, P2, credit))
    assert body.credit_line == credit
    assert body.text == f"{P1}\n\n{P2}"


def test_end_marker_and_right_aligned_credit():
    body = run(paragraphs(P1, P2) + "<p>./.</p><p style='text-align: right;'><strong>Văn Quân</strong></p>")
    assert body.credit_line == "Văn Quân"
    assert body.text == f"{P1}\n\n{P2}"


def test_end_marker_ending_a_sentence_is_kept():
    body = run(paragraphs(P1, "Hội nghị kết thúc lúc 11 giờ cùng ngày./.", "Ngọc Diệp"))
    assert body.text == f"{P1}\n\nHội nghị kết thúc lúc 11 giờ cùng ngày./."
    assert body.credit_line == "Ngọc Diệp"


def test_nukeviet_two_line_credit_is_joined_by_a_newline():
    body = run(paragraphs(P1, P2) + "<p style='text-align: right;'><strong>Tác giả bài viết: </strong>Hữu Anh</p>"
               "<p style='text-align: right;'><strong>Nguồn tin: </strong>danviet.vn</p>")
    assert body.credit_line == "Tác giả bài viết: Hữu Anh\nNguồn tin: danviet.vn"
    assert body.text == f"{P1}\n\n{P2}"


def test_credit_after_a_br_in_the_last_paragraph():
    body = run(paragraphs(P1) + "<p>Hội nghị thành công tốt đẹp./.<br>Thanh Sang - Văn phòng HĐND và UBND</p>")
    assert body.credit_line == "Thanh Sang - Văn phòng HĐND và UBND"
    assert body.text == f"{P1}\n\nHội nghị thành công tốt đẹp./."


def test_empty_author_label_gives_no_credit():
    body = run(paragraphs(P1, P2, "Tác giả:"))
    assert body.credit_line is None
    assert body.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("last", [
    P3,
    "Hội nghị thành công tốt đẹp",
    "Toàn cảnh hội nghị",
    "Đồng chí Nguyễn Văn An",
    "Trân trọng thông báo!",
])
def test_a_last_content_line_is_not_a_credit(last):
    body = run(paragraphs(P1, P2, last))
    assert body.credit_line is None
    assert body.text == f"{P1}\n\n{P2}\n\n{last}"


def test_a_name_continuing_a_hard_wrapped_line_is_not_a_credit():
    body = run(paragraphs(P1) + "<p>Phát biểu chỉ đạo hội nghị có đồng chí<br>Nguyễn Văn An</p>")
    assert body.credit_line is None
    assert body.text == f"{P1}\n\nPhát biểu chỉ đạo hội nghị có đồng chí Nguyễn Văn An"


def test_the_signer_of_a_document_is_not_a_credit():
    body = run(paragraphs("Ủy ban nhân dân phường thông báo đến toàn thể nhân dân được biết.", "KT. CHỦ TỊCH",
                          "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"))
    assert body.credit_line is None
    # The signature block is part of what was published: it stays in the text, as who signed.
    assert body.text.endswith("được biết.\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bình")


# ---- html ------------------------------------------------------------------------------------

def test_html_is_sanitised_absolute_and_without_noise():
    body = run("<div class='toolbar'>In bài</div><p style='color:red' onclick='x()'>Lượt xem: 147</p>"
               f"<div>{P1}</div><div><p>{P2}</p></div>"
               "<figure><img data-src='/a.jpg' src='/blank.gif' onerror='x()' title='a'><figcaption>Chú thích ảnh</figcaption>"
               "</figure><p><a href='/van-ban/kh-200.pdf' target='_blank'>Kế hoạch 200</a></p>"
               "<script>alert(1)</script><p>Kim Phượng</p>")
    html = body.html
    assert "Lượt xem" not in html and "In bài" not in html and "script" not in html and "alert" not in html
    assert "onclick" not in html and "style=" not in html and "onerror" not in html and "<div" not in html
    assert f"<p>{P1}</p>" in html and f"<p>{P2}</p>" in html
    assert '<img src="https://phuong1.tanbinh.hochiminhcity.gov.vn/a.jpg">' in html
    assert "<figcaption>Chú thích ảnh</figcaption>" in html
    assert 'href="https://phuong1.tanbinh.hochiminhcity.gov.vn/van-ban/kh-200.pdf"' in html
    assert "Kim Phượng" in html


@pytest.mark.parametrize("src", ["https://h.vn/images/ICONS/x.png", "/Icon-print.GIF", "/a/b_Icon.png", "/img/emoJI/1.png",
                                 "https://www.Facebook.com/TR?id=1", "/StatCounter/x.gif", "/Flags/vi.png", "/flag/en.png",
                                 "https://tinnhiemmang.vn/handle.png", "/uploads/2024/anh-hoi-nghi.jpg", "/counter.php",
                                 "/a/\u212acon.png", "/imgs/ſmiley.gif", "/silicon/valley.jpg", "/x/y/lexicon.png",
                                 "/images/PDF.gif", "/images/docx.png", "/img/Logo-print.gif", "/up/logo.jpg",
                                 "/up/catalogo.jpg", "/download.png", "/files/attachment.gif", "/up/pdf-guide.jpg",
                                 "/M_images/pdf_button.png", "/images/DOC-icon16.gif", "/_layouts/15/images/icdocx.png",
                                 "/Images/print.gif", "/img/Email_btn.png", "/up/printing-press.jpg", "/rss.png"])
def test_not_content_image_words_agree_with_the_pattern(src):
    from ward_scraper.extract.body import _NOT_CONTENT_IMAGE, _names_no_content
    assert _names_no_content(src) == bool(_NOT_CONTENT_IMAGE.search(src))


def test_interface_pictures_are_no_content_and_photos_are():
    from ward_scraper.extract.body import _names_no_content
    assert all(_names_no_content(src) for src in ("/M_images/pdf_button.png", "/_layouts/15/images/icdocx.png",
                                                  "/Images/print.gif", "/images/mail.png"))
    assert not any(_names_no_content(src) for src in ("/up/printing-press.jpg", "/uploads/2024/anh-hoi-nghi.jpg"))


def test_picture_whose_img_is_a_placeholder_takes_its_source():
    body = run(paragraphs(P1) + "<picture><source type='image/webp' srcset='/up/hop-800.webp 800w, /up/hop-1600.webp 1600w'>"
               "<img src='/images/blank.gif' alt='Quang cảnh hội nghị'></picture>" + paragraphs(P2))
    assert [image["src"] for image in body.images] == ["https://phuong1.tanbinh.hochiminhcity.gov.vn/up/hop-1600.webp"]
    assert body.text.split("\n\n") == [P1, P2]


def test_picture_set_as_css_background_of_an_empty_block_is_an_image():
    body = run(paragraphs(P1) + "<div class='cover' style=\"height:320px; background-image: url('/up/le-ra-quan.jpg')\"></div>"
               "<p><em>Lễ ra quân tại trụ sở UBND phường</em></p>" + paragraphs(P2)
               + "<div style='background:url(/img/bg.png) repeat-x'><p>Đoạn có nền trang trí.</p></div>")
    assert body.images == [{"src": "https://phuong1.tanbinh.hochiminhcity.gov.vn/up/le-ra-quan.jpg",
                            "caption": "Lễ ra quân tại trụ sở UBND phường"}]
    assert body.text.split("\n\n") == [P1, P2, "Đoạn có nền trang trí."]
    assert 'src="https://phuong1.tanbinh.hochiminhcity.gov.vn/up/le-ra-quan.jpg"' in body.html


def test_a_toolbar_holding_a_counter_is_noise_and_leaves_the_credit_last():
    body = run(paragraphs(P1, P2) + "<p style='text-align:right'>Kim Phượng - Văn phòng HĐND và UBND</p>"
               "<p>Số lần đọc: 1234 | Bản in</p>")
    assert body.text.split("\n\n") == [P1, P2] and body.credit_line == "Kim Phượng - Văn phòng HĐND và UBND"


def test_a_headline_printed_after_its_date_and_a_time_only_date_line_leave_the_top_of_the_body():
    body = run(f"<p>[05.06.2019] {TITLE}</p><p>Cập nhật lúc 08 giờ 15 - Lượt đọc: 244</p>" + paragraphs(P1, P2))
    assert body.text.split("\n\n") == [P1, P2]


def test_an_old_wordpress_post_meta_sentence_and_a_send_tool_are_noise():
    body = run(paragraphs(P1, P2) + "<p style='text-align:right'>Minh Tâm</p><p>In bài | Gửi bài viết | Lượt xem: 398</p>"
               "<p>Bài viết này được đăng vào lúc 8:42 sáng, Thứ hai, 27 Tháng Chín, 2010 trong mục Tin tức.</p>")
    assert body.text.split("\n\n") == [P1, P2] and body.credit_line == "Minh Tâm"


def test_a_foot_line_of_the_day_and_the_credit_gives_the_credit():
    body = run(paragraphs(P1, P2) + "<p style='text-align:right'>Ngày 05.11.2020 - Tin: Trúc Linh</p>")
    assert body.text.split("\n\n") == [P1, P2] and body.credit_line == "Tin: Trúc Linh"


def test_a_tools_box_and_a_send_to_friends_tool_do_not_hide_the_credit():
    body = run(paragraphs(P1, P2) + "<p style='text-align:right'><em>Thái Bình, Hồng Loan và Kim Chi</em></p>"
               "<div class='tool-news'><span>Lượt xem: 1.045</span><a href='#' class='print'>In trang</a>"
               "<a class='sendmail' href='#'>Gửi email</a></div><p>[In bài] [Gửi bạn bè] [Quay lại]</p>")
    assert body.text.split("\n\n") == [P1, P2] and body.credit_line == "Thái Bình, Hồng Loan và Kim Chi"


@pytest.mark.parametrize("line, caption", [
    ("(Một số hình ảnh tại chương trình)", "(Một số hình ảnh tại chương trình)"),   # as written
    ("(Ảnh: Quang cảnh hội nghị)", "Quang cảnh hội nghị"),                           # a label goes, with its brackets
])
def test_a_caption_in_brackets_keeps_them_unless_it_is_a_photo_label(line, caption):
    body = run(paragraphs(P1) + f"<p><img src='/a.jpg'></p><p><em>{line}</em></p>" + paragraphs(P2))
    assert body.images[0]["caption"] == caption


def test_a_stamp_of_the_last_edit_under_the_credit_is_no_text_and_hides_no_credit():
    body = run(paragraphs(P1, P2) + "<p align='right'><strong>Đặng Trang – Trung tâm Văn hóa, Thông tin và Thể thao "
               "xã</strong></p><p class='last-modified'>Cập nhật lần cuối: 12/08/2025</p>")
    assert body.text == f"{P1}\n\n{P2}"
    assert body.credit_line == "Đặng Trang – Trung tâm Văn hóa, Thông tin và Thể thao xã"
    # (a sentence that opens so is the text's)
    kept = "Cập nhật đến ngày 12/8/2025, toàn phường đã có 1.250 hộ đăng ký tham gia."
    assert run(paragraphs(P1, kept)).text == f"{P1}\n\n{kept}"


def test_a_labelled_document_link_with_a_note_in_brackets_is_the_attachment_not_the_credit():
    body = run(paragraphs(P1) + "<p align='right'><strong>Tin, ảnh: Lan Anh</strong></p>"
               "<p>Văn bản kèm theo: <a href='/documents/4411232/0/76-KH-UBND.pdf'>Kế hoạch số 76/KH-UBND</a> "
               "(Ngày hiệu lực: 15/06/2020)</p>")
    assert body.text == P1 and body.credit_line == "Tin, ảnh: Lan Anh"
    assert [a["title"] for a in body.attachments] == ["Kế hoạch số 76/KH-UBND"]


def test_the_site_s_copyright_line_opens_the_page_s_foot_under_a_text_set_right_in_the_body():
    """A mobile page without a footer element: its copyright, then the owner's address."""
    body = run(paragraphs(P1, P2) + "<p style='text-align: right'><b>Tin, ảnh: Hữu Nghĩa - Đài TT TP Cao Lãnh</b></p>"
               "<div class='foot'><a href='#'>Lên đầu trang</a><br>© 2011 Cổng Thông tin điện tử tỉnh Đồng Tháp<br>"
               "12 Đường 30/4, Phường 1, TP Cao Lãnh</div>")
    assert body.text == f"{P1}\n\n{P2}" and body.credit_line == "Tin, ảnh: Hữu Nghĩa - Đài TT TP Cao Lãnh"
    # (a photo's "© Ảnh: …" under a picture opens no foot)
    photo = run(paragraphs(P1) + "<p><img src='/a.jpg'></p><p>© Ảnh: TTXVN</p>" + paragraphs(P2))
    assert photo.text.endswith(P2)


def test_a_toolbar_of_links_back_print_and_top_hides_no_credit():
    body = run(paragraphs(P1) + "<p align='right'><b><i>Nguyễn Văn Hùng - Ban VH-TT xã Thạch Long</i></b></p>"
               "<p><a href='javascript:history.back()'>&lt;&lt; Trở về</a> | <a href='javascript:window.print()'>In trang "
               "này</a> | <a href='#'>Về đầu trang</a></p><p><a href='../tintuc.htm'>« Xem các tin khác</a></p>")
    assert body.text == P1 and body.credit_line == "Nguyễn Văn Hùng - Ban VH-TT xã Thạch Long"


def test_an_editor_s_note_opening_the_text_is_no_text():
    note = ("LTS: Xây dựng khu dân cư kiểu mẫu là nội dung trọng tâm của chương trình. Chuyên trang giới thiệu loạt "
            "bài ghi nhận những cách làm hay ở các địa phương. Mời bạn đọc theo dõi.")
    assert run(paragraphs(note, P1, P2)).text == f"{P1}\n\n{P2}"
    assert run(paragraphs(P1, note)).text == f"{P1}\n\n{note}"      # (only over the text)


def test_nukeviet_3_s_download_box_holds_the_article_s_documents():
    box = ("<div class='news_download'><strong>Tải tệp đính kèm:</strong><br><a href='/uploads/news/2012_12/nq-01.doc' "
           "title='Nghị quyết số 01/NQ-HĐND'>Nghị quyết số 01/NQ-HĐND</a><br><a href='/uploads/news/2012_12/nq-02.doc'>"
           "Nghị quyết số 02/NQ-HĐND</a></div>")
    body = run(paragraphs(P1), outside=box, rules=NUKEVIET_BOXES)
    assert [a["title"] for a in body.attachments] == ["Nghị quyết số 01/NQ-HĐND", "Nghị quyết số 02/NQ-HĐND"]


def test_a_print_view_s_emblem_and_a_sharepoint_skin_s_pictures_are_no_article_pictures():
    body = run("<p><img src='/portal/Style%20Library/NinhThuan/images/quochuy.png'> CỔNG THÔNG TIN ĐIỆN TỬ</p>"
               "<p><img src='/images/quoc-huy-vn.gif'></p>" + paragraphs(P1)
               + "<p><img src='/portal/PublishingImages/2021/T8/bangiaonha.jpg'></p>")
    assert [image["src"].rsplit("/", 1)[1] for image in body.images] == ["bangiaonha.jpg"]


def test_a_long_label_before_a_bare_download_button_names_the_attachment_and_is_no_text():
    body = run(paragraphs(P1) + "<p>Danh sách sơ bộ những người ứng cử: "
               "<a href='/3cms/upload/badon/File/2016/DS-so-bo.doc'>Tải file tại đây</a></p>")
    assert body.text == P1 and len(body.attachments) == 1


def test_a_form_s_summary_label_over_the_sapo_the_body_repeats_goes_with_it():
    """A SharePoint list form read as one text: its "Tóm tắt" field's label, then the sapo."""
    body = run(paragraphs("Tóm tắt", LEAD, P1, P2), lead=LEAD)
    assert body.text == f"{P1}\n\n{P2}"
    assert run(paragraphs("Tóm tắt", P1, P2), lead=LEAD).text.startswith("Tóm tắt")    # (no sapo under it: kept)


@pytest.mark.parametrize("label", ["Tệp đính kèm", "Tệp đính kèm:", "Tệp đính kèm (3)", "Tải về"])
def test_a_box_labelled_attached_files_beside_the_text_is_found_with_or_without_its_files_count(label):
    """Google Sites prints the count after the label: "Tệp đính kèm (3)"."""
    from ward_scraper.extract import body

    html = ("<html><body><div class='post'><div class='text'><p>Nội dung bài viết.</p></div>"
            f"<div class='files'><h4>{label}</h4><a href='/files/ke-hoach'>Kế hoạch</a></div></div></body></html>")
    page = Page("https://tinhtra.quangngai.gov.vn/tin-tuc/ngay-hoi.html", html)
    text = page.first("div.text")
    assert [box.get("class") for box in body.labelled_attachment_boxes(text, page)] == ["files"]


def test_a_viewers_file_with_a_space_in_its_name_is_the_same_document_as_its_own_link():
    """The viewer's `?url=` holds the file's address encoded once more: decoded, its "%20" is a space,
    which the file's own link writes "%20" (one document, not two)."""
    from ward_scraper.extract import chain

    paragraphs = "<p>UBND xã Thạch Đài công khai dự toán ngân sách năm 2021 theo quy định của Luật Ngân sách.</p>" * 4
    html = (f"<html><body><h1>Công khai dự toán ngân sách xã năm 2021</h1><div class='content'>{paragraphs}"
            "<p>Xem văn bản tại đây: <a href='/Portals/12/Uploads/2021/QD%2006.pdf'>QĐ 06.pdf</a></p>"
            "<p><iframe src='https://docs.google.com/viewer?url=http%3A%2F%2Fthachdai.hatinh.gov.vn%2FPortals%2F12%2F"
            "Uploads%2F2021%2FQD%2006.pdf&amp;embedded=true'></iframe></p></div></body></html>")
    page = Page("http://thachdai.hatinh.gov.vn/tin-tuc/cong-khai-du-toan-2021.html", html)
    assert [item["url"] for item in chain.extract(page).fields["attachments"]] == [
        "http://thachdai.hatinh.gov.vn/Portals/12/Uploads/2021/QD%2006.pdf"]


def test_a_drupal_image_fields_picture_title_printed_under_it_is_its_caption():
    from ward_scraper.extract import chain

    paragraphs = "<p>Sáng ngày 19/10/2020, Hội Liên hiệp Phụ nữ xã Vĩnh Phú tổ chức họp mặt kỷ niệm 90 năm thành lập.</p>" * 4
    html = ("<html><body><div class='node'><h1>Hội LHPN xã Vĩnh Phú họp mặt kỷ niệm 90 năm</h1><div class='content'>"
            "<div class='field field-name-field-image'><div class='field-items'><div class='field-item even'>"
            "<img src='/sites/vinhphu/files/hop-mat.jpg' title='Lãnh đạo Hội trao học bổng' alt=''>"
            "<div class='image-title'>Lãnh đạo Hội trao học bổng</div></div></div></div>"
            f"<div class='field field-name-body'><div class='field-items'><div class='field-item even'>{paragraphs}"
            "</div></div></div></div></div></body></html>")
    page = Page("https://vinhphu.thoaison.angiang.gov.vn/tin-tuc/hop-mat-90-nam", html)
    assert chain.extract(page).fields["images"] == [
        {"src": "https://vinhphu.thoaison.angiang.gov.vn/sites/vinhphu/files/hop-mat.jpg",
         "caption": "Lãnh đạo Hội trao học bổng"}]


def test_a_flipbooks_link_to_a_liferay_document_is_that_document_and_with_its_download_link_no_text():
    """DNICT: "Xem dạng lật sách … | Tải tệp đính kèm" under the text, the flipbook's `?url=` naming the
    Liferay document (`…/TB+96-UBND.pdf/<uuid>`, its "+" a "+") the second link downloads."""
    from ward_scraper.extract import chain

    document = "/documents/10181/0/TB+96-UBND+lay+y+kien.pdf/0c7d35a0-5e6f"
    paragraphs = "<p>UBND phường Thuận Phước thông báo lấy ý kiến cử tri về Đề án sắp xếp tổ dân phố năm 2023.</p>" * 4
    html = (f"<html><body><h1>Thông báo lấy ý kiến cử tri về sắp xếp tổ dân phố</h1><div class='content'>{paragraphs}"
            f"<p><a href='/flipbook?url={document}'>Xem dạng lật sách ở chế độ toàn màn hình</a> | "
            f"<a href='{document}' download>Tải tệp đính kèm</a></p></div></body></html>")
    answer = chain.extract(Page("https://thuanphuoc.danang.gov.vn/tin-tuc/-/view/lay-y-kien", html)).fields
    assert [item["url"] for item in answer["attachments"]] == ["https://thuanphuoc.danang.gov.vn" + document]
    assert "lật sách" not in answer["body_text"]


def test_a_viewers_file_name_gives_way_to_a_later_links_words_past_its_download_button():
    from ward_scraper.extract import chain

    document = "/documents/20182/3304511/KH+so+18+bau+cu.pdf/5c0f8e1a-2d3b"
    paragraphs = "<p>UBND xã Phú Đình ban hành Kế hoạch số 18/KH-UBND về tổ chức bầu cử đại biểu HĐND các cấp.</p>" * 4
    html = (f"<html><body><h1>Kế hoạch tổ chức bầu cử tại xã Phú Đình</h1><div class='content'>{paragraphs}"
            f"<iframe src='/pdfjs/web/viewer.html?url={document}'></iframe>"
            f"<p><a href='{document}'>Tải về Kế hoạch số 18/KH-UBND</a></p></div></body></html>")
    answer = chain.extract(Page("http://phudinh.thainguyen.gov.vn/tin-tuc/-/asset_publisher/x/content/bau-cu", html)).fields
    assert [item["title"] for item in answer["attachments"]] == ["Tải về Kế hoạch số 18/KH-UBND"]
    bare = html.replace("Tải về Kế hoạch số 18/KH-UBND", "Tải file tại đây")
    assert [item["title"] for item in chain.extract(Page(
        "http://phudinh.thainguyen.gov.vn/tin-tuc/-/asset_publisher/x/content/bau-cu", bare)).fields["attachments"]] == [
        "KH so 18 bau cu.pdf"]
