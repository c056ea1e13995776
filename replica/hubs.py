"""Province hub portals: the province's site with its directory of ward sites.

Real province portals (dongnai.gov.vn, ...) list their units' sites in the
shapes served here: a "Liên kết website" page with a table, a <select> of
links that opens the chosen site, and a list in the footer; a "Cổng thành
phần" page lists departments, which are no wards. The ward sites are
sub-sites of the province's domain (`binhloc.dongnai.gov.vn`) on the same
server, as in the real world. Some links are broken, some units have no site,
one unit sits on an old district host, and two units share a slug.

One HubServer serves a province's hub and ward sites on one port of
127.0.0.1, choosing the site by the request's Host header. `host_map()` is
the WARD_HOST_MAP a crawl needs to reach them by name
(ward_scraper.crawl.hostmap); every other name under the domain is "no such
host", so a test never asks a real DNS server.
"""
from __future__ import annotations

import html
import socket
from dataclasses import dataclass

from ward_replica.content import PortalSpec
from ward_replica.generate import build_portal
from ward_replica.portals import PORTALS
from ward_replica.server import PortalHTTPServer, PortalRequestHandler, ServerGroup
from ward_replica.sites import SITES
from ward_replica.sites.base import Response

@dataclass(frozen=True)
class HubWard:
    """One unit as the replica's province portal has it."""
    code: str
    name: str                  # as the official list writes it (the hub's link text may differ)
    host: str | None           # first label of its host under the province domain; None: no site
    listed: str | None         # where the hub links it: "table", "select", "footer"; None: nowhere
    link: str = "site"         # "site" | "404" (the host answers 404) | "refused" (no server behind the link)
    link_text: str = ""        # how the hub writes its name ("" : the official name)


@dataclass(frozen=True)
class HubSpec:
    province: str              # "Đồng Nai"
    domain: str                # "dongnai.gov.vn"
    wards: tuple[HubWard, ...]


HUBS = (
    HubSpec("Đồng Nai", "dongnai.gov.vn", (
        HubWard("26089", "Phường Bình Lộc", "binhloc", "table"),
        # Two units share the slug `locthanh`; only Lộc Thạnh has a site.
        HubWard("25280", "Xã Lộc Thạnh", "locthanh", "select", link_text="UBND xã Lộc Thạnh"),
        # An old district (city) host kept by a new ward; `bienhoa` is also
        # the slug of Phường Biên Hòa, which has no site: the name decides.
        HubWard("26041", "Phường Trấn Biên", "bienhoa", "footer"),
        # Not in any directory: only the naming rule finds it.
        HubWard("25252", "Xã Phú Riềng", "phurieng", None),
        # Linked under its name before it became a phường; the host answers 404.
        HubWard("26116", "Phường Tân Phú", "tanphu", "table", link="404", link_text="Xã Tân Phú"),
        # Linked to a server that refuses connections.
        HubWard("26017", "Phường Tam Hiệp", "tamhiep", "select", link="refused"),
    )),
)


class HubSite:
    """The province portal's own pages: home, "Liên kết website", "Cổng thành phần"."""

    platform = "hub"

    def __init__(self, spec: HubSpec, base_url: str, refused_port: int):
        self.spec = spec
        self.base_url = base_url           # http://dongnai.gov.vn:<port>/
        self.refused_port = refused_port

    def ward_url(self, ward: HubWard) -> str:
        port = self.refused_port if ward.link == "refused" else self.base_url.rsplit(":", 1)[1].rstrip("/")
        return f"http://{ward.host}.{self.spec.domain}:{port}/"

    def _links(self, place: str) -> list[tuple[str, str]]:
        return [(ward.link_text or ward.name, self.ward_url(ward)) for ward in self.spec.wards if ward.listed == place]

    def handle(self, path: str, query: str) -> Response:
        pages = {"/": self._home, "/lien-ket-website": self._directory, "/cong-thanh-phan": self._departments}
        if path not in pages:
            return Response(404, self._page("Không tìm thấy trang", "<p>Trang không tồn tại.</p>"))
        return Response(200, pages[path]())

    def _page(self, title: str, main: str) -> bytes:
        options = "".join(f'<option value="{html.escape(url)}">{html.escape(text)}</option>'
                          for text, url in self._links("select"))
        footer = "".join(f'<li><a href="{html.escape(url)}" target="_blank">{html.escape(text)}</a></li>'
                         for text, url in self._links("footer"))
        province = html.escape(self.spec.province)
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - Cổng thông tin điện tử tỉnh {province}</title></head><body>
<header><h1>Cổng thông tin điện tử {province}</h1>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/lien-ket-website">Liên kết website</a></li><li><a href="/cong-thanh-phan">Cổng thành phần</a></li></ul></nav>
<select class="weblink" onchange="window.open(this.value)"><option value="">-- Liên kết website --</option>{options}
<option value="https://chinhphu.vn/">Cổng thông tin điện tử Chính phủ</option></select></header>
<main>{main}</main>
<footer><h3>Website phường, xã</h3><ul class="ward-links">{footer}</ul>
<p>Cơ quan chủ quản: UBND tỉnh {province}. <a href="https://chinhphu.vn/">Chính phủ</a></p></footer>
</body></html>""".encode("utf-8")

    def _home(self) -> bytes:
        return self._page("Trang chủ", "<h2>Tin nổi bật</h2><p>Tin tức của tỉnh.</p>")

    def _directory(self) -> bytes:
        rows = "".join(f"<tr><td>{number}</td><td>{html.escape(text)}</td>"
                       f'<td><a href="{html.escape(url)}">{html.escape(url)}</a></td></tr>'
                       for number, (text, url) in enumerate(self._links("table"), start=1))
        return self._page("Liên kết website", f"""<h2>Liên kết website</h2>
<table class="table"><thead><tr><th>STT</th><th>Đơn vị</th><th>Địa chỉ website</th></tr></thead>
<tbody>{rows}</tbody></table>""")

    def _departments(self) -> bytes:
        domain = self.spec.domain
        port = self.base_url.rsplit(":", 1)[1].rstrip("/")
        items = "".join(f'<li><a href="http://{label}.{domain}:{port}/">{name}</a></li>'
                        for label, name in (("stp", "Sở Tư pháp"), ("sct", "Sở Công Thương")))
        return self._page("Cổng thành phần", f"<h2>Cổng thành phần</h2><ul>{items}</ul>")


class NotFoundSite:
    """A host the server knows but whose site is gone: 404 for every page."""

    platform = "gone"

    def handle(self, path: str, query: str) -> Response:
        return Response(404, b"<h1>404 - File or directory not found.</h1>")


class VirtualHostHandler(PortalRequestHandler):
    """Picks the site by the Host header, as one province server does for all its sub-sites."""

    def _route(self, site, path: str, query: str) -> Response:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
        site = self.server.sites.get(host)
        if site is None:
            return Response(404, b"<h1>Unknown site</h1>")
        return super()._route(site, path, query)


class VirtualHostServer(PortalHTTPServer):
    def __init__(self, address, verbose: bool = False):
        super().__init__(address, None, {}, 3.0, verbose)
        self.RequestHandlerClass = VirtualHostHandler
        self.sites: dict[str, object] = {}   # host name -> site


def ward_portal_spec(spec: HubSpec, ward: HubWard) -> PortalSpec:
    """The ward site behind `ward`: a small NukeViet portal that names its unit."""
    return PortalSpec(slug=f"{ward.host}-{spec.domain.split('.')[0]}", ward_name=ward.name, ward_code=ward.code,
                      province=spec.province, platform="nukeviet", credit_style="nukeviet",
                      sections=PORTALS[0].sections,  # Bình Lộc's: the shape Đồng Nai's sites have
                      hamlets=[f"khu phố {n}" for n in range(1, 6)])


class HubServer(ServerGroup):
    """Every province hub of HUBS (or `hubs`), each on its own port, until `stop()`."""

    def __init__(self, hubs=HUBS, verbose: bool = False):
        self.hubs: list[tuple[HubSpec, HubSite, VirtualHostServer]] = []
        self.servers = []
        self.refused_port = _closed_port()
        for spec in hubs:
            server = VirtualHostServer(("127.0.0.1", 0), verbose)
            base_url = f"http://{spec.domain}:{server.server_address[1]}/"
            hub = HubSite(spec, base_url, self.refused_port)
            server.sites[spec.domain] = hub
            for ward in spec.wards:
                if ward.host and ward.link != "refused":
                    portal = build_portal(ward_portal_spec(spec, ward))
                    site = SITES[portal.platform](portal) if ward.link == "site" else NotFoundSite()
                    server.sites[f"{ward.host}.{spec.domain}"] = site
            self.hubs.append((spec, hub, server))
            self.servers.append(server)

    def portal_url(self, province: str) -> str:
        return next(hub.base_url for spec, hub, _ in self.hubs if spec.province == province)

    def host_map(self) -> dict[str, str]:
        """WARD_HOST_MAP for these hubs: their hosts on loopback, no other name under their domains."""
        mapping = {}
        for spec, _, server in self.hubs:
            mapping["." + spec.domain] = ""
            mapping.update({host: "127.0.0.1" for host in server.sites})
            mapping.update({f"{ward.host}.{spec.domain}": "127.0.0.1"
                            for ward in spec.wards if ward.link == "refused"})
        return mapping

    def expected_portals(self, province: str) -> dict[str, str]:
        """Unit code -> host of every site discovery must verify in `province`."""
        spec = next(spec for spec, _, _ in self.hubs if spec.province == province)
        return {ward.code: f"{ward.host}.{spec.domain}" for ward in spec.wards if ward.link == "site"}


def _closed_port() -> int:
    """A loopback port nothing listens on (the OS handed it out, and it was closed again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
