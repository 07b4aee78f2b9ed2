"""Shared helpers of the conformance suite: vocabulary constants, reading RDF files, comparing graphs."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyoxigraph
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

# Writers must keep lexical forms ("007"^^xsd:integer is not "7"^^xsd:integer): read them unchanged.
rdflib.NORMALIZE_LITERALS = False

CG = rdflib.Namespace("https://w3id.org/claimgraph/ns#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = rdflib.Namespace("http://www.w3.org/2005/11/its/rdf#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = rdflib.Namespace("https://schema.org/")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OWL = rdflib.Namespace("http://www.w3.org/2002/07/owl#")

ID_BASE = "https://w3id.org/claimgraph/id/"
ONTOLOGY_GRAPH = "https://w3id.org/claimgraph/ns"

# claims.md: the fourteen claim predicates.
PREDICATES = [
    "condemns", "welcomes", "praises", "commitsTo", "reaffirms", "confirms", "recognizes", "emphasizes", "urges",
    "opposes", "concernedAbout", "supports", "thanks", "hosts",
]
PREDICATE_IRIS = {CG[p] for p in PREDICATES}
# entities.md: the seven entity classes and the schema.org class each is a subclass of.
ENTITY_CLASSES = {
    "Organization": SCHEMA.Organization,
    "Person": SCHEMA.Person,
    "Country": SCHEMA.Country,
    "Place": SCHEMA.Place,
    "Programme": SCHEMA.Project,
    "Agreement": SCHEMA.CreativeWork,
    "Event": SCHEMA.Event,
}
ENTITY_CLASS_IRIS = {CG[c] for c in ENTITY_CLASSES}
DATE_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear}
RULE_PATTERN = re.compile(r"^[^#]+\.yaml#[A-Za-z0-9_.-]+$")

# Files that are not per-document graphs.
CORPUS_STEMS = {"corpus", "context", "ontology", "shapes"}
RDF_EXTENSIONS = {".rdf": "xml", ".jsonld": "json-ld", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".trig": "trig"}
OX_FORMATS = {
    ".rdf": pyoxigraph.RdfFormat.RDF_XML,
    ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".trig": pyoxigraph.RdfFormat.TRIG,
}
DOCUMENT_FORMATS = [".rdf", ".jsonld", ".nq", ".ttl"]


def rdf_files(directory: Path) -> list[Path]:
    """Every RDF file in an output folder (all formats, sorted)."""
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix in RDF_EXTENSIONS)


def document_stems(directory: Path) -> list[str]:
    """The per-document stems of an output folder: `<stem>.rdf` files other than corpus/context/ontology/shapes."""
    return sorted(p.stem for p in directory.glob("*.rdf") if p.stem not in CORPUS_STEMS)


def extension(path: Path) -> str:
    return path.suffix


def file_uri(path: Path) -> str:
    return path.resolve().as_uri()


def local_document_loader(url: str, options=None) -> dict:
    """A pyld document loader that reads file: URLs only, so that a test never touches the network."""
    parsed = urlparse(url)
    if parsed.scheme != "file":
        raise RuntimeError(f"remote JSON-LD document {url} cannot be loaded offline (use a relative or inline @context)")
    path = Path(unquote(parsed.path))
    return {"contextUrl": None, "documentUrl": url, "document": json.loads(path.read_text(encoding="utf-8"))}


def read_rdflib(path: Path) -> rdflib.Dataset:
    """Parses any RDF file into an rdflib Dataset (triples land in the default graph)."""
    fmt = RDF_EXTENSIONS[path.suffix]
    ds = rdflib.Dataset()
    ds.parse(str(path), format=fmt, publicID=file_uri(path))
    return ds


def triples_of(ds: rdflib.Dataset) -> rdflib.Graph:
    """All triples of a dataset, whatever graph they are in, as one graph."""
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def graph_names(ds: rdflib.Dataset) -> set:
    """The names of the non-empty graphs of a dataset (the default graph as None)."""
    names = set()
    for _, _, _, c in ds.quads((None, None, None, None)):
        ident = c.identifier if hasattr(c, "identifier") else c
        names.add(None if ident == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else ident)
    return names


def read_graph(path: Path) -> rdflib.Graph:
    return triples_of(read_rdflib(path))


def normalized(graph: rdflib.Graph) -> rdflib.Graph:
    """The same graph with the differences RDF 1.1 does not make removed: xsd:string on plain literals,
    and the case of language tags."""
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, Literal):
            if o.language:
                o = Literal(str(o), lang=o.language.lower())
            elif o.datatype == XSD.string:
                o = Literal(str(o))
        out.add((s, p, o))
    return out


def isomorphic(a: rdflib.Graph, b: rdflib.Graph) -> bool:
    from rdflib.compare import isomorphic as iso

    return iso(normalized(a), normalized(b))


def graph_diff(a: rdflib.Graph, b: rdflib.Graph, limit: int = 8) -> str:
    """A short description of how two graphs differ (for failure messages)."""
    from rdflib.compare import graph_diff as gd, to_isomorphic

    _, only_a, only_b = gd(to_isomorphic(normalized(a)), to_isomorphic(normalized(b)))
    lines = [f"{len(a)} vs {len(b)} triples"]
    for label, g in (("only in first", only_a), ("only in second", only_b)):
        items = sorted(g, key=lambda t: tuple(str(x) for x in t))[:limit]
        lines += [f"  {label}: {s.n3()} {p.n3()} {o.n3()}" for s, p, o in items]
    return "\n".join(lines)


def oxigraph_quads(path: Path) -> list:
    return list(pyoxigraph.parse(path=str(path), format=OX_FORMATS[path.suffix], base_iri=file_uri(path)))


def canonical_triples(path: Path) -> set[str]:
    """RDFC-1.0 canonical form of a file's triples (graph names dropped), as a set of N-Triples lines."""
    ds = pyoxigraph.Dataset()
    for q in oxigraph_quads(path):
        obj = q.object
        if isinstance(obj, pyoxigraph.Literal):
            if obj.language:
                obj = pyoxigraph.Literal(obj.value, language=obj.language.lower())
            elif obj.datatype == pyoxigraph.NamedNode(str(XSD.string)):
                obj = pyoxigraph.Literal(obj.value)
        ds.add(pyoxigraph.Quad(q.subject, q.predicate, obj, pyoxigraph.DefaultGraph()))
    ds.canonicalize(pyoxigraph.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(pyoxigraph.Triple(q.subject, q.predicate, q.object)) for q in ds}


def run(args: list[str], cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def describe(proc: subprocess.CompletedProcess) -> str:
    return f"exit {proc.returncode}\n--- stdout ---\n{proc.stdout[-3000:]}\n--- stderr ---\n{proc.stderr[-3000:]}"


def document_node(graph: rdflib.Graph) -> URIRef:
    """The one cg:Document of a document graph."""
    docs = set(graph.subjects(RDF.type, CG.Document))
    assert len(docs) == 1, f"expected exactly one cg:Document, found {sorted(map(str, docs))}"
    (doc,) = docs
    assert isinstance(doc, URIRef), f"the document is not an IRI: {doc!r}"
    return doc


def code_point_slice(text: str, begin, end) -> str:
    """text[begin:end] by Unicode scalar (Python str indexes code points)."""
    return text[int(begin) : int(end)]


__all__ = [n for n in dir() if not n.startswith("_")] + ["RDF", "RDFS", "XSD", "BNode", "Literal", "URIRef"]
