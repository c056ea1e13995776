"""The body's sanitised HTML: an allow-list of tags and attributes, as nh3 keeps them.

nh3 (ammonia) reads the HTML it is given with html5ever, the HTML standard's
parser, removes the tags and attributes outside its allow-lists (keeping their
text), and writes the rest again. Most bodies need none of its reading: their
tree, written by lxml, is read back by html5ever as the very same tree, and
then nh3's answer is that tree with the other tags and attributes taken out,
written as lxml writes it but for the no-break space (html5ever writes
`&nbsp;`). For such a *plain* tree the tags and attributes are taken out with
lxml (in C) and the tree is written once; nh3 reads only the others, where
the HTML standard's parser would build another tree than lxml's (a table, a
paragraph holding a block, a list item in a list item, a raw-text element ...),
and the few plain trees whose written text or addresses it would read otherwise.
Within an extraction nh3 costs some 70 us a gold page (its code and tables
are cold after the rest of the work), lxml's writing of the tree 25 us more;
the plain path about half of the two.
"""
from __future__ import annotations

import re

import lxml.etree
import lxml.html
import nh3

# Tags html5ever reads, in a body, as an element in the place lxml's tree has
# it (a table's parts where they stand in a table, below): no raw-text or form
# element, no other element that opens a scope of its own.
_PLAIN_TAGS = frozenset("""a abbr acronym address article aside b bdi bdo big blockquote br center cite code
data dd del dfn dir div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins
kbd label li main mark menu nav ol p q s samp section small span strike strong sub summary sup table tbody td
tfoot th thead time tr tt u ul var""".split())
# A Word paste's tags ("o:p", "st1:place"): ordinary elements to html5ever.
_PREFIXED_TAG = re.compile(r"[a-z][a-z0-9]*:[a-z][a-z0-9]*")
_VOID_TAGS = frozenset(("br", "img", "hr"))
# A table's parts, read by html5ever as lxml holds them when each stands in its
# place: rows in the table or its sections, cells in rows, no text between
# them but white space (other text, and any other element, it moves before
# the table). Rows right in the table it puts in a `tbody` of its own.
_TABLE_SECTIONS = frozenset(("thead", "tbody", "tfoot"))
_TABLE_PARTS = {"table": _TABLE_SECTIONS | {"tr"}, "thead": {"tr"}, "tbody": {"tr"}, "tfoot": {"tr"},
                "tr": {"td", "th"}}
_CELLS = frozenset(("td", "th"))
# A root html5ever reads as none (a cell's tags alone, the body's): its content is read as the body's.
_VANISHING_ROOTS = frozenset(("td", "th", "body"))
# White space to the HTML standard (`str.isspace` takes more, the no-break space too).
_HTML_SPACE = " \t\n\f\r"
# Start tags before which html5ever closes an open `p` ("close a p element").
_CLOSES_A_P = frozenset("""address article aside blockquote center dir div dl dt dd figcaption figure footer
h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p section summary table ul""".split())
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# A `li` start tag closes the `li` open above it unless one of these lies
# between them (the HTML standard's "special" elements but address, div and p);
# so does a `dd` or `dt` start tag an open `dd` or `dt`.
_ITEM_SEPARATORS = frozenset("""article aside blockquote center dd dir dl dt figcaption figure footer h1 h2 h3
h4 h5 h6 header hgroup li main menu nav ol section summary table td th ul""".split())
_DEFINITION_ITEMS = frozenset(("dd", "dt"))
# The attributes nh3 keeps anywhere ("generic" ones) and the addresses it checks.
_GENERIC_ATTRIBUTES = frozenset(("lang", "title"))
# An attribute name as the HTML a page is written in spells it (not "{{ attributes }}" left by a template).
_PLAIN_ATTRIBUTE_NAME = re.compile(r"[a-z_:][-a-z0-9_:.]*")
_ADDRESS_ATTRIBUTES = frozenset(("href", "src"))
# An http(s) address nh3 certainly keeps: its scheme allowed, and a host the
# URL standard reads without error (ASCII labels, the last one not a number,
# none an IDNA label it would have to check), a port it accepts.
_PLAIN_ADDRESS = re.compile(r"https?://(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*"
                            r"(?![Xx][Nn]--)[A-Za-z][A-Za-z0-9-]*(?::[0-9]{1,4})?(?:[/?#]|$)")


class Sanitiser:
    """nh3's `Cleaner` for an allow-list of tags and of attributes by tag,
    with the plain trees' path (see the module's docstring)."""

    def __init__(self, tags: set[str], attributes: dict[str, set[str]]):
        self._cleaner = nh3.Cleaner(tags=tags, attributes=attributes, strip_comments=True, link_rel=None)
        self._tags = frozenset(tags)
        kept = {tag: frozenset(attributes.get(tag, ())) | _GENERIC_ATTRIBUTES for tag in tags}
        self._kept_somewhere = frozenset().union(*kept.values())
        # What an allowed tag keeps, and what nh3 keeps on some other tag only:
        # a strip of attributes by name would leave the latter on this one.
        self._reading = {tag: (names, self._kept_somewhere - names) for tag, names in kept.items()}

    def clean_html(self, html: str) -> str:
        """nh3's answer for an HTML text."""
        return self._cleaner.clean(html)

    def clean_tree(self, root) -> str:
        """nh3's answer for `root` as lxml writes it (`with_tail=False`). The
        tree is the caller's to give up: a plain one loses the tags and
        attributes nh3 takes out."""
        plain = _PlainReading(self._reading)
        if not plain.read(root):
            return self._cleaner.clean(lxml.html.tostring(root, encoding="unicode", with_tail=False))
        for table in plain.tables:
            _put_rows_in_a_body(table)
        lxml.etree.strip_elements(root, lxml.etree.Comment, with_tail=False)
        vanishing = root.tag not in self._tags or root.tag in _VANISHING_ROOTS
        if vanishing:
            root.attrib.clear()     # (its tags go, with their attributes)
        if not plain.attributes <= self._kept_somewhere:
            lxml.etree.strip_attributes(root, *(plain.attributes - self._kept_somewhere))
        if not plain.tags <= self._tags:
            lxml.etree.strip_tags(root, *(plain.tags - self._tags))     # (all but the root)
        html = lxml.html.tostring(root, encoding="unicode", with_tail=False)
        if vanishing:
            html = "" if root.tag in _VOID_TAGS else html[len(root.tag) + 2:-(len(root.tag) + 3)]
        if plain.quoted or "\r" in html or "&{" in html or not all(map(_PLAIN_ADDRESS.match, plain.addresses)):
            # nh3 writes a quote in a value as "&quot;" (lxml quotes the value with
            # apostrophes), reads a carriage return as a line break and an "&{" that
            # lxml leaves in an attribute as "&amp;{", and drops an address it cannot
            # read: it reads these (the tree is plain: the shorter text gives its answer).
            return self._cleaner.clean(html)
        return html.replace("\xa0", "&nbsp;")


class _PlainReading:
    """One walk of a tree that tells whether it is plain, gathering what the
    plain path takes out (the tags and attribute names met) and the addresses
    it keeps."""

    def __init__(self, reading: dict[str, tuple[frozenset[str], frozenset[str]]]):
        self._reading = reading
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.addresses: list[str] = []
        # A kept value holding a double quote, which lxml writes in single quotes.
        self.quoted = False
        self.tables: list = []      # the tables with rows right in them

    def read(self, root) -> bool:
        if root.tag in _VANISHING_ROOTS:
            # html5ever leaves out a cell's tags, or the body's, where no table or page holds them.
            return self._plain_content(root, "div", False, False, False, False)
        if root.tag in _TABLE_SECTIONS or root.tag == "tr":
            return False     # (and a row's or a section's, with its cells')
        return self._plain(root, False, False, False, False, None)

    def _plain(self, element, in_p: bool, in_item: bool, in_definition: bool, in_link: bool, parent_tag) -> bool:
        tag = element.tag
        if tag not in _PLAIN_TAGS and not _PREFIXED_TAG.fullmatch(tag):
            return False
        if in_p and tag in _CLOSES_A_P or tag in HEADINGS and parent_tag in HEADINGS:
            return False     # html5ever closes the p, or the heading, before it
        if tag == "li":
            if in_item:
                return False     # and the list item
            in_item = True
        elif tag in _DEFINITION_ITEMS:
            if in_definition:
                return False
            in_definition = True
        if tag in _ITEM_SEPARATORS:
            in_item = in_item and tag == "li"
            in_definition = in_definition and tag in _DEFINITION_ITEMS
        if tag == "a":
            if in_link:
                return False     # a link in a link: html5ever ends the first
            in_link = True
        self.tags.add(tag)
        names = element.keys()
        if names:
            if not all(map(_PLAIN_ATTRIBUTE_NAME.fullmatch, names)):
                return False     # (lxml reads "{x}y" as a namespaced name it cannot strip: nh3 reads it)
            self.attributes.update(names)
            reading = self._reading.get(tag)
            if reading is not None:     # (a tag nh3 takes out takes its attributes along)
                kept, kept_elsewhere = reading
                for name in names:
                    if name in kept_elsewhere:
                        return False
                    if name in kept:
                        value = element.get(name)
                        if name in _ADDRESS_ATTRIBUTES:
                            self.addresses.append(value)
                        if '"' in value:
                            self.quoted = True
        if tag in _VOID_TAGS:
            return not len(element) and not element.text
        if tag == "li" and not len(element) and not element.text:
            return False     # lxml writes an empty item without its end tag: the text after it would join it
        if tag in _TABLE_PARTS:
            return self._plain_table_part(element, tag, in_link)
        if tag in _CELLS:
            in_p = False     # (a cell opens a scope of its own: a paragraph outside it stays open)
        return self._plain_content(element, tag, in_p or tag == "p", in_item, in_definition, in_link)

    def _plain_content(self, element, tag: str, in_p: bool, in_item: bool, in_definition: bool, in_link: bool) -> bool:
        for child in element:
            child_tag = child.tag
            if isinstance(child_tag, str):
                if child_tag in _CELLS or child_tag in _TABLE_SECTIONS or child_tag == "tr":
                    return False     # a table's part outside its place: html5ever drops its tags
                if not self._plain(child, in_p, in_item, in_definition, in_link, tag):
                    return False
            elif child_tag is not lxml.etree.Comment or not _plain_comment(child.text or ""):
                return False
        return True

    def _plain_table_part(self, table_part, tag: str, in_link: bool) -> bool:
        """A table, a section or a row whose children are its parts only, with
        white space between them."""
        if (table_part.text or "").strip(_HTML_SPACE):
            return False
        parts = _TABLE_PARTS[tag]
        rows_right_in = False
        for child in table_part:
            child_tag = child.tag
            if isinstance(child_tag, str):
                if child_tag not in parts:
                    return False
                rows_right_in = rows_right_in or child_tag == "tr"
                if not self._plain(child, False, False, False, in_link, tag):
                    return False
            elif child_tag is not lxml.etree.Comment or not _plain_comment(child.text or ""):
                return False
            if (child.tail or "").strip(_HTML_SPACE):
                return False
        if tag == "table" and rows_right_in:
            self.tables.append(table_part)
        return True


def _put_rows_in_a_body(table) -> None:
    """What html5ever makes of rows right in a table: each run of them (with
    the white space and comments after each) in a `tbody` of its own, up to
    the next section."""
    body = None
    for child in list(table):
        if child.tag == "tr":
            if body is None:
                body = lxml.html.Element("tbody")
                child.addprevious(body)
            body.append(child)
        elif child.tag in _TABLE_SECTIONS:
            body = None
        elif body is not None:
            body.append(child)      # a comment between rows


def _plain_comment(text: str) -> bool:
    """Whether html5ever ends the comment where lxml's text of it ends."""
    return not text.startswith((">", "->")) and "--!" not in text and "<!-" not in text
