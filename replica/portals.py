"""The replica's portals: real post-2025 wards and communes, each on the
platform portals.md saw its province use. Only the names are real; every
article is generated (replica.generate). `ward_code` is the unit's official
code, looked up in the official list (ward_archive.storage.wards).
"""
from __future__ import annotations

from ward_replica.content import PortalSpec, ReplicaPortal, ReplicaSection
from ward_replica.generate import build_portal


def _sections(*triples: tuple[str, str, str]) -> list[ReplicaSection]:
    return [ReplicaSection(key=key, name=name, slug=slug) for key, name, slug in triples]


PORTALS: list[PortalSpec] = [
    PortalSpec(
        slug="binh-loc-dongnai", ward_name="Phường Bình Lộc", ward_code="26089", province="Đồng Nai",
        platform="nukeviet", credit_style="nukeviet",
        sections=_sections(("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                           ("thong-bao", "Thông báo", "thong-bao"),
                           ("van-hoa-xa-hoi", "Văn hóa - Xã hội", "van-hoa-xa-hoi")),
        hamlets=["khu phố 1", "khu phố 2", "khu phố 3", "khu phố 4", "khu phố Tân Hòa", "khu phố Bình Xuân"],
        media_dir="/uploads/news/{yyyy}_{mm}",
    ),
    PortalSpec(
        slug="viet-hung-hanoi", ward_name="Phường Việt Hưng", ward_code="00127", province="Hà Nội",
        platform="hanoi",
        sections=_sections(("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                           ("van-hoa-xa-hoi", "Văn hóa - Xã hội", "van-hoa-xa-hoi"),
                           ("dang-doan-the", "Hoạt động Đảng - Đoàn thể", "hoat-dong-dang-doan-the")),
        hamlets=["tổ dân phố số 5", "tổ dân phố số 8", "tổ dân phố số 12", "tổ dân phố số 17",
                 "tổ dân phố Lâm Du", "tổ dân phố Đức Giang"],
        media_dir="/uploaded/viethung/{yyyy}/{mm}",
    ),
    PortalSpec(
        slug="nam-dong-haiphong", ward_name="Phường Nam Đồng", ward_code="10837", province="Hải Phòng",
        platform="slugid",
        sections=_sections(("tin-tuc", "Tin tức sự kiện", "tin-tuc-su-kien"),
                           ("thong-bao", "Thông tin tuyên truyền", "thong-tin-tuyen-truyen"),
                           ("van-hoa-xa-hoi", "Văn hóa xã hội", "van-hoa-xa-hoi")),
        hamlets=["khu dân cư Nam Giang", "khu dân cư Đồng Lạc", "khu dân cư Tiền Trung", "khu dân cư số 4",
                 "khu dân cư Phú Tảo"],
        media_dir="/upload/namdong/{yyyy}/{mm}",
    ),
    PortalSpec(
        slug="tan-binh-hcm", ward_name="Phường Tân Bình", ward_code="27004", province="Hồ Chí Minh",
        platform="liferay",
        sections=_sections(("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                           ("thong-bao", "Thông báo", "thong-bao"),
                           ("dang-doan-the", "Hoạt động Đảng - Đoàn thể", "hoat-dong-dang-doan-the")),
        hamlets=["khu phố 1", "khu phố 3", "khu phố 6", "khu phố 9", "khu phố 12", "khu phố 15"],
        media_dir="/documents/20182/{yyyy}{mm}",
    ),
    PortalSpec(
        slug="thach-ha-hatinh", ward_name="Xã Thạch Hà", ward_code="18562", province="Hà Tĩnh",
        platform="sharepoint",
        sections=_sections(("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                           ("thong-bao", "Thông báo - Văn bản", "thong-bao")),
        hamlets=["thôn Đông Đoài", "thôn Trung Phú", "thôn Liên Hương", "thôn Hồng Thịnh", "thôn Bắc Sơn",
                 "thôn Ngọc Hà"],
        media_dir="/PublishingImages/{yyyy}-{mm}",
    ),
    PortalSpec(
        slug="thanh-khe-danang", ward_name="Phường Thanh Khê", ward_code="20209", province="Đà Nẵng",
        platform="wordpress",
        sections=_sections(("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                           ("van-hoa-xa-hoi", "Văn hóa - Xã hội", "van-hoa-xa-hoi"),
                           ("thong-bao", "Thông báo", "thong-bao")),
        hamlets=["tổ dân phố 11", "tổ dân phố 24", "tổ dân phố 37", "tổ dân phố 42", "tổ dân phố 58"],
        media_dir="/wp-content/uploads/{yyyy}/{mm}",
    ),
    PortalSpec(
        slug="long-dien-angiang", ward_name="Xã Long Điền", ward_code="30631", province="An Giang",
        platform="joomla",
        sections=_sections(("tin-tuc", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
                           ("dang-doan-the", "Hoạt động Đảng - Đoàn thể", "hoat-dong-dang-doan-the"),
                           ("thong-bao", "Thông báo", "thong-bao")),
        hamlets=["ấp Long Hòa", "ấp Long Thạnh", "ấp Long Bình", "ấp Mỹ Thiện", "ấp Long Hưng"],
        media_dir="/images/tin-tuc/{yyyy}/{mm}",
    ),
]


def portals(edition: int = 1) -> list[ReplicaPortal]:
    """Every replica portal, as it stands in `edition`."""
    return [build_portal(spec, edition) for spec in PORTALS]
