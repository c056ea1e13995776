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
