"""Generic URL canonicalisation (portals.md 4.6)."""
import pytest

from ward_scraper.util.urls import (canonicalize, encode_path, path_and_query, same_site, strip_liferay_locale,
                          unescape_amp)


@pytest.mark.parametrize("url, expected", [
    # explicit default port (Bình Dương)
    ("https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan",
     "https://binhduong.gov.vn/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan"),
    ("http://ttkhcn.baria-vungtau.gov.vn:80/datdo/ManagementNews/DetailNew/275?page=4",
     "http://ttkhcn.baria-vungtau.gov.vn/datdo/ManagementNews/DetailNew/275?page=4"),
    # a real port stays
    ("http://118.69.201.250:801/phap-luat/cong-thong-tin-184087.html",
     "http://118.69.201.250:801/phap-luat/cong-thong-tin-184087.html"),
    # &amp; in stored Joomla links
    ("http://hoinongdan.hoabinh.gov.vn/ca-ng-ta-c/770-truya-n?tmpl=component&amp;print=1&amp;layout=default",
     "http://hoinongdan.hoabinh.gov.vn/ca-ng-ta-c/770-truya-n?layout=default&print=1&tmpl=component"),
    # Liferay: locale prefix, redirect and inheritRedirect
    ("https://tanbinh.hochiminhcity.gov.vn/en_US/web/neoportal/van-hoa-thong-tin/-/asset_publisher/"
     "Jitbh7hDr5UU/content/phuong-1-to-chuc-hoi-nghi?inheritRedirect=false&redirect=https%3A%2F%2Ftanbinh"
     ".hochiminhcity.gov.vn%2Fweb%2Fneoportal%3Fp_p_id%3D101",
     "https://tanbinh.hochiminhcity.gov.vn/web/neoportal/van-hoa-thong-tin/-/asset_publisher/"
     "Jitbh7hDr5UU/content/phuong-1-to-chuc-hoi-nghi"),
    ("https://lythaito.hanoi.gov.vn/en/chi-ao-ieu-hanh-cua-ubnd/-/asset_publisher/eFv3h44NjKJM/content/sang-ngay",
     "https://lythaito.hanoi.gov.vn/chi-ao-ieu-hanh-cua-ubnd/-/asset_publisher/eFv3h44NjKJM/content/sang-ngay"),
    ("http://phohue.haibatrung.hanoi.gov.vn/hoat-dong/-/asset_publisher/UByp2W88WPKe/content/hoi-nguoi-cao-tuoi"
     "?_101_INSTANCE_UByp2W88WPKe_viewMode=view",
     "http://phohue.haibatrung.hanoi.gov.vn/hoat-dong/-/asset_publisher/UByp2W88WPKe/content/hoi-nguoi-cao-tuoi"),
    # NukeViet keeps its language prefix; fragments go
    ("https://xuandong.dongnai.gov.vn/vi/news/thong-tin-chi-dao-dieu-hanh/hdnd-xa-xuan-dong-378.html#comment",
     "https://xuandong.dongnai.gov.vn/vi/news/thong-tin-chi-dao-dieu-hanh/hdnd-xa-xuan-dong-378.html"),
    ("https://condao.com.vn/en/news/local-news/festival-12.html",
     "https://condao.com.vn/en/news/local-news/festival-12.html"),
    # Huế: parameter order does not matter
    ("https://huongan.thuathienhue.gov.vn/?gd=4&cn=130&tc=1787",
     "https://huongan.thuathienhue.gov.vn/?cn=130&gd=4&tc=1787"),
    # SharePoint blog: Mode and Source are view state
    ("http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=5085&Mode=1&Source=%2Ftintuc",
     "http://quan4.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?ItemID=5085"),
    # www. and host case
    ("HTTPS://WWW.Phuong1TanBinh.gov.vn/phuong-1-to-chuc-hoi-nghi-83783?utm_source=fb&fbclid=abc",
     "https://phuong1tanbinh.gov.vn/phuong-1-to-chuc-hoi-nghi-83783"),
])
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def test_iri_and_percent_encoded_forms_agree():
    iri = "https://tuyentruyenphapluat.tphcm.gov.vn/index.php/blog/2681/quận-tân-bình-tổ-chức/"
    encoded = ("https://tuyentruyenphapluat.tphcm.gov.vn/index.php/blog/2681/"
               "qu%e1%ba%adn-t%c3%a2n-b%c3%acnh-t%e1%bb%95-ch%e1%bb%a9c/")
    assert canonicalize(iri) == canonicalize(encoded)
    assert "%E1%BA%AD" in canonicalize(iri)


def test_keep_params_is_the_whole_allow_list():
    url = ("http://bode.longbien.hanoi.gov.vn/hoat-dong?p_p_id=101&p_p_lifecycle=0"
           "&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId=1020401&_101_type=content")
    assert canonicalize(url, keep_params=("_101_assetEntryId",)) == \
        "http://bode.longbien.hanoi.gov.vn/hoat-dong?_101_assetEntryId=1020401"
    assert canonicalize("https://x.gov.vn/a?id=1&b=2", keep_params=()) == "https://x.gov.vn/a"


def test_only_ampersand_entities_are_unescaped():
    assert unescape_amp("/a?x=1&amp;y=2&#38;z=3") == "/a?x=1&y=2&z=3"
    assert canonicalize("http://x.gov.vn/a?b=1&para=2") == "http://x.gov.vn/a?b=1&para=2"


def test_liferay_locale_only_before_liferay_paths():
    assert strip_liferay_locale("/en_US/web/neoportal/tin") == "/web/neoportal/tin"
    assert strip_liferay_locale("/vi/news/tin-tuc/bai-1.html") == "/vi/news/tin-tuc/bai-1.html"
    assert strip_liferay_locale("/en/news/bai-1.html") == "/en/news/bai-1.html"


def test_encode_path_uppercases_escapes_and_keeps_reserved():
    assert encode_path("/a b/%c3%a2/x;y=1") == "/a%20b/%C3%A2/x;y=1"


def test_same_site_and_path_and_query():
    assert same_site("https://www.phuong1tanbinh.gov.vn/a", "http://phuong1tanbinh.gov.vn:80/b")
    assert same_site("https://binhduong.gov.vn:443/a", "https://binhduong.gov.vn/b")
    assert not same_site("https://xuandong.dongnai.gov.vn/", "https://longha.dongnai.gov.vn/")
    assert path_and_query("https://h.gov.vn/?cn=87&gd=16&tc=369") == "/?cn=87&gd=16&tc=369"


# ---- only http(s), read the way a browser reads it (issue 8) ----------------
from ward_scraper.util.page import Page  # noqa: E402
from ward_scraper.util.urls import is_web_url, web_url  # noqa: E402

BASE = "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/"


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "java\rscript:alert(1)", " \x01javascript:alert(1)", "\x00javascript:x",
    "jav\tas\ncript:alert(1)", "data:text/html,<script>alert(1)</script>", "DATA:image/png;base64,AAAA",
    "file:///etc/passwd", "FILE://127.0.0.1/etc/passwd", "ftp://127.0.0.1:2121/x.pdf", "s3://bucket/x",
    "mailto:ubnd@dongnai.gov.vn", "tel:0251", "vbscript:msgbox(1)", "#top", "", "   ", "\t\n",
])
def test_web_url_refuses_every_other_scheme_in_any_disguise(href):
    assert web_url(href, BASE) is None


@pytest.mark.parametrize("href, expected", [
    ("/vi/news/bai-viet-1.html", "https://binhloc.dongnai.gov.vn/vi/news/bai-viet-1.html"),
    ("  bai-viet-2.html\n", "https://binhloc.dongnai.gov.vn/vi/news/tin-tuc/bai-viet-2.html"),
    ("HTTP://Example.gov.vn/a.pdf", "HTTP://Example.gov.vn/a.pdf"),
    ("/uploads/ke\thoach.pdf", "https://binhloc.dongnai.gov.vn/uploads/kehoach.pdf"),
    ("/uploads/a\x01b.pdf", "https://binhloc.dongnai.gov.vn/uploads/a%01b.pdf"),
    ("//cdn.dongnai.gov.vn/a.jpg", "https://cdn.dongnai.gov.vn/a.jpg"),
])
def test_web_url_cleans_like_the_whatwg_parser(href, expected):
    assert web_url(href, BASE) == expected


def test_is_web_url():
    assert is_web_url("https://a.gov.vn/x") and is_web_url("http://127.0.0.1:8000/")
    assert not is_web_url("file://127.0.0.1/etc/passwd") and not is_web_url("java\tscript:x")
    assert not is_web_url("/relative") and not is_web_url(None)


def test_page_links_never_leave_http():
    html = ('<a href="/a.html">a</a><a href="file://x.gov.vn/etc/passwd">f</a>'
            '<a href="Java\tScript:alert(1)">j</a><a href="ftp://x.gov.vn/b.pdf">b</a>').encode()
    page = Page.from_bytes("https://x.gov.vn/tin-tuc/", html)
    assert page.links() == ["https://x.gov.vn/a.html"]


# Hrefs near the shapes `web_url` joins without urljoin (an absolute http(s)
# URL, a path from the root), and pages it joins them to: the answer must be
# urljoin's to the letter.
NEAR_SIMPLE_HREFS = ("/a/b?c=1", "/a/b?", "/a/./b", "/a/../b", "/a/.b", "/a;p/b", "/a#f", "//h.vn/a", "/", "/?q",
                     "/\\h.vn", "/a b", "/Tin-tức/bài", "https://h.vn", "https://h.vn/", "https://", "http://x/a/../b",
                     "https://h.vn/p?", "https://h.vn/p?q=1#f", "http://[::1]/a", "http://[bad/a", "https://ex\u2100.vn/",
                     "HTTPS://H.VN/A", "https://u:p@h.vn:8443/x;y", "http:/a", "https:a/b")
PAGES = ("https://a.gov.vn/x/y?z=1#f", "http://b.vn", "https://u:p@h.vn:8443/a/b/", "http://[bad/x", "",
         "file:///tmp/x", "HTTPS://H.VN/P", "mailto:x@y.vn")


def _urljoin_reference(href: str, base: str) -> str | None:
    from urllib.parse import urljoin, urlsplit
    try:
        url = urljoin(base, href)
        return url if urlsplit(url).scheme.lower() in ("http", "https") else None
    except ValueError:
        return None


@pytest.mark.parametrize("base", PAGES)
def test_web_url_joins_as_urljoin_does(base):
    for href in NEAR_SIMPLE_HREFS:
        assert web_url(href, base) == _urljoin_reference(href, base), (href, base)


@pytest.mark.parametrize("url, links, sections", [
    ("https://chauthanh.angiang.gov.vn/wps/portal/Home/tin-tuc/tin-hoat-dong-xa-thi-tran/xem/!ut/p/z0/fY0x/",
     ["https://chauthanh.angiang.gov.vn/wps/portal/Home/tin-tuc/tin-hoat-dong-xa-thi-tran/xem/!ut/p/z0/aB9/"],
     {"tin tuc", "tin hoat dong xa thi tran"}),                                     # another article under both
    ("https://tanmai.bienhoa.dongnai.gov.vn/trao-qua-tet-cho-ho-ngheo/amp/",
     ["https://tanmai.bienhoa.dongnai.gov.vn/trao-qua-tet-cho-ho-ngheo/"], set()),  # the post's slug, over its AMP view
    ("https://xuanhung.ninhbinh.gov.vn/tet-trong-cay/", ["https://xuanhung.ninhbinh.gov.vn/tet-trong-cay/x/"], set()),
    ("https://thuduc.hochiminhcity.gov.vn/tin-tuc-su-kien/phuong-linh-trung-ra-mat-mo-hinh-cho-an-toan-thuc-pham"
     "/ct/112/48215", ["https://thuduc.hochiminhcity.gov.vn/tin-tuc-su-kien/phuong-linh-trung-ra-mat-mo-hinh-cho-an-toan"
                       "-thuc-pham/ct/112/48216"], {"tin tuc su kien"}),              # a headline's slug is long
    ("", [], set()),
])
def test_section_steps_of_a_page_address(url, links, sections):
    from ward_scraper.util.urls import section_steps
    assert section_steps(url, links) == sections


def test_same_page_up_to_the_spelling_of_escapes():
    from ward_scraper.util.urls import same_page
    assert same_page("https://hkb.vn/ph%c6%b0%e1%bb%9dng-a/", "http://www.hkb.vn/ph%C6%B0%E1%BB%9Dng-a#top")
    assert not same_page("https://hkb.vn/News.aspx?id=5", "https://hkb.vn/News.aspx?id=6")


def test_a_base_on_the_portal_s_files_host_is_followed_and_one_elsewhere_is_not():
    """VNPortal (Nghệ An): `<base href="https://datafiles.nghean.gov.vn/">` on a ward's page; a
    base on another name, or under no gov.vn name, would send the page's pictures elsewhere."""
    def resolved(page_url: str, base: str) -> str:
        page = Page(page_url, f"<html><head><base href='{base}'></head><body><img src='/a/b.jpg'></body></html>")
        return page.absolute("/a/b.jpg")
    assert resolved("https://quephong.nghean.gov.vn/tin-tuc/x-1", "https://datafiles.nghean.gov.vn/") \
        == "https://datafiles.nghean.gov.vn/a/b.jpg"
    assert resolved("https://quephong.nghean.gov.vn/tin-tuc/x-1", "https://datafiles.hatinh.gov.vn/") \
        == "https://quephong.nghean.gov.vn/a/b.jpg"
    assert resolved("https://phuong1.example.vn/x", "https://files.example.vn/") == "https://phuong1.example.vn/a/b.jpg"
