"""Seeded random RDF graphs with awkward terms, for testing the writers (`claimgraph convert`)."""

from __future__ import annotations

import random
import re

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

# XML 1.0 Char production; anything else cannot appear in an XML document, escaped or not.
XML_CHAR = re.compile("[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")

_NAME_START = (
    "A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f"
    "\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_NAME_CHAR = _NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
NCNAME_SUFFIX = re.compile(f"[{_NAME_START}][{_NAME_CHAR}]*$")


def qname_split(iri: str) -> str | None:
    """The longest suffix of the IRI that is an XML NCName (XML 1.0 fifth edition), when the rest (the
    namespace) is not empty: what an RDF/XML property element can be named with; None when there is none."""
    chars = re.compile(f"[{_NAME_CHAR}]")
    i = len(iri)
    while i > 0 and chars.fullmatch(iri[i - 1]):
        i -= 1
    tail = iri[i:]
    m = re.search(f"[{_NAME_START}]", tail)
    if m is None or i + m.start() == 0:
        return None
    return tail[m.start():]


def qname_splittable(iri: str) -> bool:
    return qname_split(iri) is not None


def qname_split_is_portable(iri: str) -> bool:
    """True when the split uses only characters of the Basic Multilingual Plane: parsers that follow the
    XML 1.0 fourth edition name rules (expat, hence rdflib) reject names with characters above U+FFFF, so
    a writer may refuse those predicates too."""
    local = qname_split(iri)
    return local is not None and all(ord(c) <= 0xFFFF for c in local)


def xml_safe(term) -> bool:
    return XML_CHAR.fullmatch(str(term)) is not None


AWKWARD_STRINGS = [
    "plain", "", " ", '"double quoted"', "it's", "]]>", "a ]]> b", "a & b", "&amp; stays five characters",
    "<tag attr=\"1\">", "</rdf:RDF>", "line1\nline2", "cr\rlf\r\n", "tab\there\t", "trailing space ",
    " leading space", "😀 🇯🇵 👍🏽", "e\u0301 (e + combining acute)", "か\u3099 (ka + combining dakuten)",
    "日本語のテキスト。", "北大西洋条約機構（NATO）", "\\backslash\\", "{\"json\": [1, 2]}", "@context",
    "@id", "#hash", "%20 percent", "\u00a0nbsp", "line\u2028separator", "zero\u200bwidth", "bom\ufeffinside",
    "𠮷 (outside the BMP)", "مرحبا", "Ελληνικά", "_:notablank", "<http://example.org/notaniri>", "\"\"\"",
    "'''", "a\\nb (backslash n)", "${x}", "--", "?", "=",
]
FORBIDDEN_IN_XML = ["\u0001", "\u000b", "\u000c", "\u001f", "\ufffe", "\uffff", "\u0000"]
LANGUAGES = ["ja", "en-US", "zh-Hant-TW", "en", "de-CH-1901"]
TYPED = [
    ("42", XSD.integer), ("-7", XSD.integer), ("007", XSD.integer), ("3.14", XSD.decimal), ("1.0E10", XSD.double),
    ("true", XSD.boolean), ("0", XSD.boolean), ("2025-04-09", XSD.date), ("2012", XSD.gYear),
    ("2025-02", XSD.gYearMonth), ("2025-04-09T10:00:00+09:00", XSD.dateTime), ("12", XSD.nonNegativeInteger),
    ("x < y & z", URIRef("http://example.org/dt#custom")), ("値", URIRef("http://例え.jp/型#日付")),
    ("explicit string", XSD.string), ("P1Y2M", XSD.duration), ("AQID", XSD.base64Binary),
]
SUBJECT_IRIS = [
    "http://example.org/res/alpha", "http://example.org/doc#frag-1", "http://example.org/doc#",
    "http://example.org/a%20b/c%2Fd", "http://example.org/%E6%9D%B1%E4%BA%AC", "http://例え.jp/リソース/東京",
    "https://example.org/ç/é", "http://example.org/q?a=1&b=2", "http://example.org/it's", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
    "https://w3id.org/claimgraph/id/japan", "https://w3id.org/claimgraph/id/doc/000_f30c3d14f80291c6",
    "https://w3id.org/claimgraph/id/doc/x/claim-3", "http://example.org/res/123", "http://example.org/path/with.dot",
    "http://example.org/emoji/😀", "http://example.org/~user/", "tag:example.org,2025:a/b",
]
SPLITTABLE_PREDICATES = [
    "http://example.org/ns#knows", "https://example.com/vocab/has_part", "http://例え.jp/語彙#名前",
    "http://example.org/ns#a.b-c_d", "http://xmlns.com/foaf/0.1/name", str(RDF.type), str(RDFS.label),
    "http://example.org/ns/é", "https://w3id.org/claimgraph/ns#condemns", "http://example.org/p/v2",
    "http://example.org/p/1a", "http://example.org/ns#_underscore", "http://purl.org/dc/terms/title",
    "http://example.org/ns?q=1&name", "http://www.w3.org/1999/02/22-rdf-syntax-ns#value", "http://example.org/p/😀",
]
UNSPLITTABLE_PREDICATES = [
    "http://example.org/p/123", "http://example.org/ns#", "urn:example:1", "http://example.org/p/%20",
    "http://example.org/p/-1", "http://example.org/p/1.5",
]
CLASS_IRIS = ["http://example.org/class/Thing", "http://example.org/class/123", "https://w3id.org/claimgraph/ns#Claim"]


def random_graph(rng: random.Random) -> rdflib.Graph:
    """A graph of 1 to 30 triples mixing IRIs, blank nodes and awkward literals. About one graph in six
    has a predicate with no XML QName split, and one in ten a literal with a character XML forbids."""
    g = rdflib.Graph()
    blanks = [BNode(f"b{i}") for i in range(3)]
    unsplittable = rng.random() < 1 / 6
    forbidden = rng.random() < 1 / 10

    def subject():
        return rng.choice(blanks) if rng.random() < 0.15 else URIRef(rng.choice(SUBJECT_IRIS))

    def literal():
        text = rng.choice(AWKWARD_STRINGS)
        if rng.random() < 0.3:
            text += rng.choice(AWKWARD_STRINGS)
        r = rng.random()
        if r < 0.45:
            return Literal(text)
        if r < 0.75:
            return Literal(text, lang=rng.choice(LANGUAGES))
        lexical, datatype = rng.choice(TYPED)
        return Literal(lexical, datatype=datatype)

    def obj():
        r = rng.random()
        if r < 0.25:
            return URIRef(rng.choice(SUBJECT_IRIS))
        if r < 0.35:
            return rng.choice(blanks)
        return literal()

    for _ in range(rng.randint(1, 30)):
        if rng.random() < 0.1:
            g.add((subject(), RDF.type, URIRef(rng.choice(CLASS_IRIS))))
        else:
            g.add((subject(), URIRef(rng.choice(SPLITTABLE_PREDICATES)), obj()))
    if unsplittable:
        g.add((subject(), URIRef(rng.choice(UNSPLITTABLE_PREDICATES)), obj()))
    if forbidden:
        text = rng.choice(AWKWARD_STRINGS) + rng.choice(FORBIDDEN_IN_XML) + "end"
        g.add((URIRef(rng.choice(SUBJECT_IRIS)), URIRef(rng.choice(SPLITTABLE_PREDICATES)), Literal(text)))
    return g


def offending_triples(graph: rdflib.Graph) -> tuple[list, list]:
    """The triples RDF/XML cannot hold (an unsplittable predicate, a character outside XML 1.0), and those a
    writer may refuse (a predicate split only with characters above U+FFFF)."""
    certain, possible = [], []
    for s, p, o in graph:
        terms = [s, p, o] + ([o.datatype] if isinstance(o, Literal) and o.datatype is not None else [])
        if not qname_splittable(str(p)) or not all(xml_safe(t) for t in terms):
            certain.append((s, p, o))
        elif not qname_split_is_portable(str(p)):
            possible.append((s, p, o))
    return certain, possible
