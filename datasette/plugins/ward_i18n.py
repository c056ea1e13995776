"""Datasette plugin: our pages in Vietnamese, English on request.

A template writes each of our strings in English inside `t()`:
`{{ t("Search articles") }}`, with named values as `{{ t("{n} articles", n=count) }}`.
The Vietnamese comes from MESSAGES (English -> Vietnamese); each plugin adds
the strings of its own pages with `register()`. A string nobody translated
shows in English rather than not at all, and tests/test_i18n.py fails on it.

The language: `?lang=en` or `?lang=vi` on any page (taken out of the query
before Datasette reads it), else the `ward_lang` cookie, else Vietnamese (the
archive's readers are mostly Vietnamese).
"""
from __future__ import annotations

from urllib.parse import parse_qs

from datasette import hookimpl

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
COOKIE = "ward_lang"

MESSAGES: dict[str, str] = {}
# The English strings some template asked for that MESSAGES lacks: read by
# the test that keeps the interface fully translated.
UNTRANSLATED: set[str] = set()


def register(messages: dict[str, str]) -> None:
    """Adds a plugin's translations (English -> Vietnamese)."""
    MESSAGES.update(messages)


# Where the ASGI wrapper leaves a `?lang=` it took out of the query string:
# Datasette reads any argument of a table page as a column filter
# (`lang = "en"`: no rows), so the page itself never sees it.
SCOPE_KEY = "ward_lang"


def language(request) -> str:
    """The reader's language for this request (see the module's docstring)."""
    if request is None:
        return DEFAULT_LANGUAGE
    asked = request.scope.get(SCOPE_KEY) or request.args.get("lang") or request.cookies.get(COOKIE)
    return asked if asked in LANGUAGES else DEFAULT_LANGUAGE


def translate(text: str, lang: str, **values) -> str:
    """`text` (English) in `lang`, with `{name}` fields filled from `values`."""
    if lang != "en":
        if text in MESSAGES:
            text = MESSAGES[text]
        else:
            UNTRANSLATED.add(text)
    return text.format(**values) if values else text


def translator(request):
    """`t(text, **values)` in the reader's language: what templates call, for
    a plugin that words things in Python (chart labels, map titles)."""
    lang = language(request)
    return lambda text, **values: translate(text, lang, **values)


@hookimpl
def extra_template_vars(request):
    return {"lang": language(request), "t": translator(request)}


@hookimpl
def startup(datasette):
    """Pages rendered without a request's template variables (Datasette's
    error page) still have `t()`, in the default language."""
    datasette.jinja_env.globals.setdefault(
        "t", lambda text, **values: translate(text, DEFAULT_LANGUAGE, **values))


@hookimpl
def asgi_wrapper():
    """Remembers a `?lang=` choice in a cookie, so the next pages keep it."""
    def wrap(app):
        async def remember_language(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            chosen = _asked_language(scope.get("query_string", b""))
            if chosen:
                scope = {**scope, SCOPE_KEY: chosen, "query_string": _without_language(scope["query_string"])}

            async def send_with_cookie(message):
                if chosen and message["type"] == "http.response.start":
                    cookie = f"{COOKIE}={chosen}; Path=/; Max-Age=31536000; SameSite=Lax".encode()
                    message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie)]}
                await send(message)

            await app(scope, receive, send_with_cookie)
        return remember_language
    return wrap


def _without_language(query_string: bytes) -> bytes:
    kept = [part for part in query_string.split(b"&") if part.split(b"=", 1)[0] != b"lang"]
    return b"&".join(kept)


def _asked_language(query_string: bytes) -> str | None:
    asked = parse_qs(query_string.decode("latin-1")).get("lang", [None])[-1]
    return asked if asked in LANGUAGES else None
