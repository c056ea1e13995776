"""Datasette plugin: the pages a researcher reads, rather than a database console.

* `/` is the home page (templates/index.html): a search box, the wards with
  their article counts and newest article, links to the research pages, and
  Datasette's own list of databases and tables below for SQL users.
* The ranked `search` query has a page of its own (templates/ward_search.html,
  chosen by templates/query.html): a labelled box, filters, results first,
  the SQL behind a "show SQL" switch.
* `/a/<id>` is an article's short, stable address (storage/browse.py): it
  redirects to the article page, which shows it (templates/base.html).
* Table pages read title first, with URL columns last and the column notes
  collapsed (templates/_table.html, templates/table.html).
* Sorting a table is tie-free on every page: see `tie_free_sorting`; the
  articles table skips Datasette's facet suggestions (NO_SUGGESTIONS).
* `COLLATE vietnamese` on every connection (storage/browse.py), used where
  our pages sort names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response

from ward_archive.storage import browse
from ward_datasette.plugins import ward_i18n

ARTICLES = "articles"
SEARCH_QUERY = "search"
SITE_TITLE = "Ward and commune news archive"

ward_i18n.register({
    "Atom feed": "Nguồn tin Atom",
    "Dashboard: articles per month, coverage, feeds": "Bảng tổng hợp: số tin theo tháng, độ phủ, nguồn tin",
    SITE_TITLE: "Lưu trữ tin tức phường, xã",
    "Search the news of ward and commune governments": "Tìm trong tin tức của chính quyền phường, xã",
    "Words to find": "Từ cần tìm",
    "Search": "Tìm",
    "Province": "Tỉnh, thành phố",
    "Ward or commune": "Phường, xã",
    "Issuing unit": "Đơn vị đăng tin",
    "From": "Từ ngày",
    "To": "Đến ngày",
    "All": "Tất cả",
    "Search help: diacritics optional, quotes for an exact phrase, abbreviations such as UBND work both ways.":
        "Gõ có hoặc không dấu đều được; đặt cụm từ trong ngoặc kép để tìm đúng cụm; "
        "từ viết tắt như UBND tìm được cả dạng đầy đủ và ngược lại.",
    "{n} articles in {w} wards": "{n} tin bài của {w} phường, xã",
    "Wards and communes": "Các phường, xã",
    "Articles": "Số tin",
    "Newest article": "Tin mới nhất",
    "no article yet": "chưa có tin",
    "Research pages": "Trang nghiên cứu",
    "Office holders by ward": "Người giữ chức vụ theo phường, xã",
    "All articles, newest first": "Tất cả tin bài, mới nhất trước",
    "All articles": "Tất cả tin bài",
    "Documents cited in the articles": "Văn bản được trích dẫn trong tin bài",
    "For SQL users: databases, tables and queries": "Dành cho người dùng SQL: cơ sở dữ liệu, bảng và truy vấn",
    "Search results": "Kết quả tìm kiếm",
    "Search for “{q}”": "Tìm “{q}”",
    "{n} results, best first": "{n} kết quả, phù hợp nhất trước",
    "No article matches.": "Không có tin bài nào phù hợp.",
    "Found in an attachment": "Tìm thấy trong tệp đính kèm",
    "Short link": "Liên kết ngắn",
    "Cite this article as": "Trích dẫn tin bài này bằng địa chỉ",
    "undated": "không rõ ngày",
    "Show SQL": "Xem câu lệnh SQL",
    "Open this query in the SQL editor": "Mở truy vấn này trong trình soạn SQL",
    "Download": "Tải về",
    "CSV for Excel": "CSV cho Excel",
    "All rows as CSV for Excel": "Tải mọi dòng dạng CSV cho Excel",
    "What the columns mean": "Ý nghĩa các cột",
    "Suggested facets": "Gợi ý phân loại",
    "No rows.": "Không có dòng nào.",
    "Language": "Ngôn ngữ",
    "Home": "Trang chủ",
    "{title} – page {page}": "{title} – trang {page}",
    "SQL query": "Truy vấn SQL",
    "Tables of the archive": "Các bảng của kho lưu trữ",
    "Data licence": "Giấy phép dữ liệu",
    "Data source": "Nguồn dữ liệu",
    "About": "Giới thiệu",
    "Powered by": "Chạy trên",
    "Queries took {ms} ms": "Truy vấn mất {ms} ms",
    "rows": "dòng",
    # tables, by name (tab titles and headings)
    "Earlier versions of articles": "Các phiên bản trước của tin bài",
    "Images": "Ảnh",
    "Attachments": "Tệp đính kèm",
    "Attachment texts": "Nội dung tệp đính kèm",
    "Documents cited": "Văn bản được trích dẫn",
    "Ward portals": "Cổng thông tin phường, xã",
    "Crawl runs": "Các lượt thu thập",
    "Crawl errors": "Lỗi khi thu thập",
    "Units since 1 July 2025": "Đơn vị hành chính từ 1/7/2025",
    "Current units": "Đơn vị hành chính hiện nay",
    "Units before 1 July 2025": "Đơn vị hành chính trước 1/7/2025",
    "Where each old unit went": "Đơn vị cũ được nhập vào đâu",
    "Coverage per unit": "Mức độ thu thập theo đơn vị",
    "People named as officials": "Người được nêu tên với chức vụ",
    "Mentions of officials": "Các lần nêu tên cán bộ",
    "Offices held": "Chức vụ đảm nhiệm",
    "Captures": "Bản ghi thu thập",
    # the canned queries' titles (metadata.yml), as the home page and the tab show them
    "Search articles, best matches first": "Tìm tin bài, phù hợp nhất trước",
    "Documents issued by a ward": "Văn bản do phường, xã ban hành",
    "Articles citing a document": "Tin bài trích dẫn một văn bản",
    "Latest article of each ward": "Tin mới nhất của từng phường, xã",
    "Articles by issuing unit": "Tin bài theo đơn vị đăng tin",
    "Articles per province and month": "Số tin theo tỉnh và tháng",
    "Articles changed after publication": "Tin bài bị sửa sau khi đăng",
    "Removed articles": "Tin bài đã bị gỡ",
    "Coverage per province": "Mức độ thu thập theo tỉnh",
    "Coverage per ward": "Mức độ thu thập theo phường, xã",
    "Wards with no archived article since a date": "Phường, xã không có tin nào từ một ngày",
    "Articles of a ward, its former communes included": "Tin bài của một phường, xã, kể cả các xã cũ đã nhập vào",
    "Where did a commune go? (before and after 1 July 2025)": "Xã cũ nay thuộc đâu? (trước và sau 1/7/2025)",
    "Who was chairman of the ward's People's Committee on a date":
        "Ai là Chủ tịch UBND phường, xã vào một ngày",
    "Officials first seen since a date": "Cán bộ lần đầu được nêu tên từ một ngày",
    "People holding office in more than one unit": "Người giữ chức vụ ở nhiều đơn vị",
})

# Table name -> its name for people (tab titles, headings).
TABLE_TITLES = {
    "articles": "All articles", "article_versions": "Earlier versions of articles",
    "images": "Images", "attachments": "Attachments", "attachment_texts": "Attachment texts",
    "documents": "Documents cited", "portals": "Ward portals", "crawl_runs": "Crawl runs",
    "crawl_errors": "Crawl errors", "wards": "Units since 1 July 2025", "current_wards": "Current units",
    "old_units": "Units before 1 July 2025", "ward_succession": "Where each old unit went",
    "ward_coverage": "Coverage per unit", "people": "People named as officials",
    "official_mentions": "Mentions of officials", "office_terms": "Offices held", "captures": "Captures",
}
# The research pages the home page links to: canned queries, in reading order.
RESEARCH_QUERIES = ("latest_per_ward", "province_coverage", "coverage_by_ward", "wards_without_articles_since",
                    "ward_articles", "former_units", "documents_by_ward", "articles_citing", "by_source_unit",
                    "monthly_counts", "changed_after_publication", "removed_articles", "chairman_on_date",
                    "officials_first_seen_since", "people_in_several_units")
# Columns a table page shows first, in this order, and those it shows last
# (long addresses and texts): the rest keep the table's order in between.
FIRST_COLUMNS = ("title", "name", "published_at", "ward_name", "province", "province_name", "number")
# Long texts a table page of articles leaves out unless `_col` asks for them:
# they are on the article page, in JSON and in CSV.
LONG_COLUMNS = ("lead", "body_text", "body_html", "credits", "credit_line", "quality_reasons", "content_hash",
                "authors", "extracted_by")
LAST_COLUMNS = ("portal", "ward_code", "platform", "lead", "body_text", "body_html", "credit_line", "credits", "content_hash", "sort_key",
                "canonical_url", "url", "article_url")


@hookimpl
def prepare_connection(conn):
    browse.register_collation(conn)


@hookimpl
def register_routes():
    return [(r"^/a/(?P<article_id>\d+)$", short_article_url)]


def articles_database(datasette):
    """The archive's database: the first served one (`ward-archive serve` serves one
    archive; Datasette's own, such as `_internal`, start with an underscore)."""
    for name, db in datasette.databases.items():
        if not name.startswith("_"):
            return name, db
    raise NotFound("no archive is served")


def article_page(database: str, canonical_url: str) -> str:
    return f"/{tilde_encode(database)}/{ARTICLES}/{tilde_encode(canonical_url)}"


async def short_article_url(datasette, request):
    name, db = articles_database(datasette)
    row = (await db.execute(browse.ARTICLE_BY_ID, [int(request.url_vars["article_id"])])).first()
    if row is None:
        raise NotFound("no article has this number")
    return Response.redirect(article_page(name, row["canonical_url"]))


# ---- what the templates are given ---------------------------------------------

@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    lang = ward_i18n.language(request)

    async def inner():
        values = {"site_title": SITE_TITLE, "table_title": TABLE_TITLES.get(table or ""),
                  "column_order": column_order, "lang_links": language_links(request, lang)}
        if template == "index.html":
            values["home"] = await home_page(datasette)
            values["search_choices"] = await search_choices(datasette, values["home"]["database"])
        elif template.startswith("query") and request is not None and request.path.endswith("/" + SEARCH_QUERY):
            values["search_choices"] = await search_choices(datasette, database)
        if template == "row.html" and table == ARTICLES and request is not None:
            path = await short_path_of_row(datasette, database, request)
            if path:
                values["short_article"] = {"path": path, "url": datasette.absolute_url(request, path)}
        return values
    return inner


def language_links(request, current: str) -> list[dict]:
    """The language switch: this page in each language."""
    if request is None:
        return []
    links = []
    for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
        args = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True) if k != "lang"]
        links.append({"code": code, "label": label, "current": code == current,
                      "href": request.path + "?" + urlencode(args + [("lang", code)])})
    return links


async def home_page(datasette) -> dict:
    name, db = articles_database(datasette)
    wards = [dict(row) for row in (await db.execute(browse.WARDS_WITH_NEWEST)).rows]
    total = (await db.execute(browse.ARTICLE_TOTAL)).first()[0]
    queries = await datasette.get_canned_queries(name, None)
    research = [{"name": q, "title": queries[q].get("title") or q} for q in RESEARCH_QUERIES if q in queries]
    return {"database": name, "wards": wards, "total": total, "research": research}


async def search_choices(datasette, database: str | None) -> dict:
    """The filters' choices on the search page, from the archive itself."""
    if not database:
        return {}
    db = datasette.get_database(database)
    try:
        provinces = [row[0] for row in (await db.execute(browse.PROVINCES)).rows]
        wards = [dict(row) for row in (await db.execute(browse.WARDS)).rows]
        units = [row[0] for row in (await db.execute(browse.UNITS)).rows]
    except Exception:  # noqa: BLE001 - another database, without the archive's tables
        return {}
    return {"provinces": provinces, "wards": wards, "units": units}


async def short_path_of_row(datasette, database: str, request) -> str | None:
    row_key = request.url_vars.get("pks")
    if not row_key:
        return None
    row = (await datasette.get_database(database).execute(browse.ARTICLE_ID, [tilde_decode(row_key)])).first()
    return f"/a/{row['id']}" if row else None


def column_order(table: str | None, names: list[str], chosen: bool = False) -> list[int]:
    """Positions of a table page's columns in reading order (see FIRST_COLUMNS);
    on `articles`, without the long texts unless the columns were `chosen` (`_col`)."""
    left_out = set() if chosen or table != ARTICLES else set(LONG_COLUMNS)
    first = [names.index(n) for n in FIRST_COLUMNS if n in names]
    last = [names.index(n) for n in LAST_COLUMNS if n in names and n not in left_out]
    middle = [i for i, n in enumerate(names) if i not in first and n not in LAST_COLUMNS and n not in left_out]
    return first + middle + last


# ---- sorting without ties -----------------------------------------------------

# Datasette 0.65 orders a sorted table's first page by the sorted column only,
# and the following pages by the column then the primary key: rows that share
# a value (many articles share a date or a ward) come out in any order on page
# one, and page two repeats some and skips others. A first page asked for with
# a `_next` token that lies before every row takes the second path, which
# orders by the column then the key, on every page.
# A sort Datasette is asked for by another column, unique and indexed, in the same
# order: the token's first page reads every row (an OR of three index ranges, 1.5 s
# for a million articles by date), the unique key's reads 50. `sort_key` is the
# publication date then the canonical URL (storage/store.py).
SORT_KEYS = {(ARTICLES, "published_at"): "sort_key"}
# Columns unique by construction, beside the primary key (storage/browse.py, store.py).
UNIQUE_COLUMNS = {ARTICLES: ("id", "sort_key")}
BEFORE_EVERY_VALUE = "$null"            # ascending: nulls come first, all of them
AFTER_EVERY_VALUE = "\U0010ffff"        # descending: above any number or text
LOWEST_INTEGER = str(-(2 ** 63))


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: tie_free_sorting(app, datasette)


# Datasette's facet suggestions try every column of the table, each up to its
# time limit: 4 s of a page of 200,000 articles (0.35 s without), whose useful
# facets are configured already (metadata.yml).
NO_SUGGESTIONS = re.compile(r"^/[^/]+/" + ARTICLES + r"(\.json|\.csv)?$")


def _without_suggestions(scope):
    if not NO_SUGGESTIONS.match(scope.get("path", "")):
        return scope
    query = scope.get("query_string", b"")
    if b"_nosuggest=" in query:
        return scope
    return {**scope, "query_string": query + (b"&" if query else b"") + b"_nosuggest=1"}


def tie_free_sorting(app, datasette):
    async def wrapped(scope, receive, send):
        if scope["type"] == "http":
            scope = _without_suggestions(scope)
            try:
                scope = await _with_first_page_token(scope, datasette)
            except UnsortableColumn as exc:
                # Datasette answers an unsortable column with HTTP 500: it is the asker's mistake.
                return await Response.text(str(exc), status=400).asgi_send(send)
        return await app(scope, receive, send)
    return wrapped


class UnsortableColumn(ValueError):
    """A `_sort` or `_sort_desc` naming a column the table does not offer to sort by."""


async def _with_first_page_token(scope, datasette):
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    names = {name for name, _ in args}
    parts = scope.get("path", "").strip("/").split("/")
    if not names & {"_sort", "_sort_desc"} or "sql" in names or len(parts) != 2:
        return scope
    database, table = tilde_decode(parts[0]), tilde_decode(parts[1].rsplit(".", 1)[0]
                                                           if parts[1].endswith((".json", ".csv")) else parts[1])
    keys = await _table_keys(datasette, database, table)
    if keys is None:   # not a table: a view pages by offset, a canned query does not sort
        return scope
    sorted_by = dict(args).get("_sort") or dict(args).get("_sort_desc")
    if sorted_by not in keys.sortable:
        raise UnsortableColumn(f"{table} cannot be sorted by {sorted_by!r}; it can by: {', '.join(keys.sortable)}")
    if (table, sorted_by) in SORT_KEYS:
        # its unique key: the same order, tie-free by itself, read from an index
        unique_key = SORT_KEYS[table, sorted_by]
        args = [(name, unique_key if name in ("_sort", "_sort_desc") else value) for name, value in args]
    elif "_stream" in names:
        # A streamed CSV pages through the table itself, from a first page that
        # refuses a `_next` token: only a column without ties orders it right.
        if sorted_by in keys.unique():
            return scope
        raise UnsortableColumn(f"a streamed CSV of {table} is sorted only by a unique column "
                               f"({', '.join(keys.unique())}), so that every row comes once; "
                               f"{sorted_by!r} has repeated values")
    elif "_next" not in names:   # a following page has Datasette's own column-then-key order
        args.append(("_next", keys.first_page_token("_sort" in names)))
    return {**scope, "query_string": urlencode(args).encode("latin-1")}


@dataclass(frozen=True)
class TableKeys:
    """What sorting a table needs: the columns it may be sorted by, and its
    primary key columns (the rowid when it has none) with their SQL types."""
    sortable: tuple[str, ...]
    key_types: tuple[tuple[str, str], ...]
    table: str

    def unique(self) -> list[str]:
        """The columns without repeated values it may be sorted by."""
        single_key = [self.key_types[0][0]] if len(self.key_types) == 1 else []
        return [c for c in dict.fromkeys(single_key + list(UNIQUE_COLUMNS.get(self.table, ())))
                if c in self.sortable or c == "rowid"]

    def first_page_token(self, ascending: bool) -> str:
        """A `_next` token before the first row of the sort (see BEFORE_EVERY_VALUE)."""
        lowest = [LOWEST_INTEGER if "INT" in sql_type else "" for _, sql_type in self.key_types]
        first = BEFORE_EVERY_VALUE if ascending else tilde_encode(AFTER_EVERY_VALUE)
        return ",".join([first, *(tilde_encode(value) for value in lowest)])


async def _table_keys(datasette, database: str, table: str) -> TableKeys | None:
    """None when the path names no table of a served database."""
    try:
        db = datasette.get_database(database)
    except KeyError:
        return None
    if not await db.table_exists(table):
        return None
    pks = await db.primary_keys(table)
    types = {c.name: (c.type or "").upper() for c in await db.table_column_details(table)}
    sortable = datasette.table_metadata(database, table).get("sortable_columns") or [*types, *([] if pks else ["rowid"])]
    return TableKeys(tuple(sortable), tuple((pk, types.get(pk, "INTEGER")) for pk in pks or ["rowid"]), table)
