"""Scrapy settings. The defaults are for real ward servers: small, slow and
shared by a whole province, so we crawl them gently and say who we are.

Any of them can be changed per crawl: `ward-archive crawl -s KEY=VALUE` or
`scrapy crawl wards -s KEY=VALUE` (scrapy.cfg names this module)."""
import os

from scrapy.settings import default_settings as _scrapy_defaults

from ward_scraper.crawl.identity import user_agent

BOT_NAME = "ward-archive"
SPIDER_MODULES = ["ward_scraper.crawl.spiders"]
NEWSPIDER_MODULE = "ward_scraper.crawl.spiders"

# Who we are: the User-Agent is built from this URL, where a server operator
# finds who runs the crawl (ward_scraper.crawl.identity). The operator of a
# deployment sets it with the environment variable or `-s WARD_CONTACT_URL=...`.
WARD_CONTACT_URL = os.environ.get("WARD_ARCHIVE_CONTACT") or "https://github.com/ward-archive/ward-archive#contact"
USER_AGENT = user_agent(WARD_CONTACT_URL)
ADDONS = {"ward_scraper.crawl.identity.CrawlerIdentity": 0}
# The portals are Vietnamese; some serve English or a language picker otherwise.
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "vi",
}

# Politeness for real portals.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# A province's ward sub-sites usually share one server: download slots are
# per server IP (scraper.middlewares.ServerSlots), each with the limits above.
DOWNLOAD_DELAY = 2.0            # seconds between requests to one host, at least
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 3.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024     # a ward article is never this big; a trap may be
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Loopback hosts (the portal replica in the demo, tests and benchmarks) get a
# slot of their own with no delay: see scraper.middlewares.LoopbackFastLane.
# (No random jitter: `jitter` in newer Scrapy, `randomize_delay` in 2.13.)
# One such slot per loopback host:port, all set up as this entry says.
DOWNLOAD_SLOTS = {"loopback": {"concurrency": 16, "delay": 0.0, "jitter": 0.0, "randomize_delay": False,
                               "backoff": 0.05}}
DOWNLOADER_MIDDLEWARES = {
    # First: only http(s) is ever requested (see the transport block below).
    "ward_scraper.crawl.middlewares.RequestLimits": 1,
    "ward_scraper.crawl.middlewares.PortalDeadlines": 5,
    "ward_scraper.crawl.middlewares.LoopbackFastLane": 50,
    "ward_scraper.crawl.middlewares.ServerSlots": 60,
    # RFC 9309 robots.txt (5xx/unreachable = disallow) and Crawl-delay.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "ward_scraper.crawl.middlewares.RobotsTxtPolicy": 100,
    # Retries that back off the whole host, honouring Retry-After.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "ward_scraper.crawl.middlewares.PoliteRetry": 550,
    # Linked files over WARD_FILE_MAX_BYTES: headers kept, body not (before
    # decompression sees the cut body, so nearer the downloader than it).
    "ward_scraper.crawl.middlewares.FileSizeCap": 900,
}
WARD_BACKOFF_BASE = 2.0        # seconds; doubled per attempt, with jitter
WARD_MAX_RETRY_AFTER = 300.0   # never wait longer than this for one host

# Transport: a portal is a stranger's server (issue 8). Only http and https
# are ever requested: Scrapy's other download handlers are off, and the
# RequestLimits middleware refuses any other scheme (`scheme_refused`).
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
# Every network step has a timeout, and every crawl ends.
DNS_TIMEOUT = 20               # seconds for one DNS lookup
# Host names answered from a table before DNS (ward_scraper.crawl.hostmap):
# discovery tests and the national benchmark map real-looking portal hosts
# to the loopback replica. Empty: every name goes to DNS.
WARD_HOST_MAP = {}
if hasattr(_scrapy_defaults, "TWISTED_DNS_RESOLVER"):
    TWISTED_DNS_RESOLVER = "ward_scraper.crawl.hostmap.HostMapResolver"
else:  # Scrapy < 2.14 names it DNS_RESOLVER
    DNS_RESOLVER = "ward_scraper.crawl.hostmap.HostMapResolver"
WARD_PORTAL_DEADLINE = 3 * 3600.0   # seconds from a portal's first request; then its requests are dropped
WARD_RUN_DEADLINE = 6 * 3600.0      # seconds for the whole crawl; then it stops (status `interrupted`)
                                    # (extensions.CrawlDeadline, enabled by the wards spider)
WARD_STOP_GRACE = 5.0          # seconds a stop (deadline, SIGINT, SIGTERM) waits for requests on their way
WARD_MAX_CRAWL_DELAY = 30.0    # a larger robots.txt Crawl-delay is cut to this (`crawl_delay_capped`)

# The archive: a SQLite file (WARC captures in `warc/` beside it) written
# through the store that WARD_STORE names (see ward_scraper.crawl.store).
# The wards spider enables the pipeline and extensions that write it (its
# custom_settings); other spiders and `scrapy shell` leave the archive alone.
WARD_STORE = "ward_archive.storage.open_store"
WARD_ARCHIVE_DB = "data/archive.db"
WARD_WARC_DIR = None           # None: `warc/` beside WARD_ARCHIVE_DB
WARD_WARC_MAX_BYTES = 100 * 1024 * 1024
# At the end of a crawl that finished, read the text of the attachments
# captured since the last one (PDF, DOC(X), XLS(X), ODT; OCR for scans): the
# store's extract_attachment_texts, also run by `ward-archive doctext`.
WARD_ATTACHMENT_TEXT = True
# The registry `scrapy crawl wards` reads when no `-a portals=FILE` is given
# (None: the seed registry shipped with the package).
WARD_PORTALS = None

# The files an archived article links (images, attachments) and the
# stylesheets of its page are fetched once per URL, as politely as pages
# (docs/schema.md, "Captured files"). A file over this size is recorded
# (`oversize`: its headers and size), not downloaded; pages keep DOWNLOAD_MAXSIZE.
WARD_FILE_MAX_BYTES = 50 * 1024 * 1024
WARD_FILE_DOWNLOAD_TIMEOUT = 300   # seconds: a large PDF from a slow ward server takes a while
# At most this many files are requested per portal in one crawl (one `file_cap`
# error when reached); the rest are fetched by later crawls.
WARD_MAX_FILES_PER_PORTAL = 20_000

# An archived article answering 404/410 on this many consecutive full passes
# is marked removed (never deleted).
WARD_REMOVAL_CHECKS = 3

# Traps: a listing never needs more pages than this per section.
WARD_MAX_LISTING_PAGES = 200

# Hostile or broken listings (issue 8): at most this many new article links
# are requested per listing page, per section and per portal in one crawl;
# the rest wait for the next crawl, and each cap hit is one crawl_errors row
# (kind `link_cap`).
WARD_MAX_LINKS_PER_PAGE = 200
WARD_MAX_NEW_ARTICLES_PER_SECTION = 2_000
WARD_MAX_NEW_ARTICLES_PER_PORTAL = 10_000
# An article URL that fails (and was never archived) is retried by later
# crawls: the next crawl, then after WARD_RETRY_BACKOFF seconds, doubled per
# failure; after WARD_RETRY_ATTEMPTS failures it is given up (`failed_urls`).
WARD_RETRY_ATTEMPTS = 3
WARD_RETRY_BACKOFF = 6 * 3600

# Portal health: a portal whose sections list no article, or where more than
# this share of the articles read (once at least WARD_HEALTH_MIN_ARTICLES)
# could not be read or came out degraded, gets a `portal_unhealthy` error.
WARD_HEALTH_MAX_BAD_SHARE = 0.5
WARD_HEALTH_MIN_ARTICLES = 5

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
