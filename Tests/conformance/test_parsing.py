"""Every output file parses: RDF/XML with rapper (no warnings), every format with rdflib and pyoxigraph,
every JSON-LD file expands with pyld (offline)."""

from __future__ import annotations

import json
import shutil

import pytest
from pyld import jsonld

import cgtest


def holds_triples(path) -> bool:
    """Every file but the context and the framed claim views (empty when a document has no claims)."""
    return path.name != "context.jsonld" and not path.name.endswith(".claims.jsonld")


def test_rapper_accepts_rdfxml_without_warnings(rdfxml_file):
    path = rdfxml_file.path
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.fail("rapper is not installed (apt-get install raptor2-utils; scripts/setup.sh does it)", pytrace=False)
    proc = cgtest.run([rapper, "-q", "-i", "rdfxml", "-c", path])
    assert proc.returncode == 0, cgtest.describe(proc)
    assert proc.stderr == "", f"rapper printed on stderr:\n{proc.stderr}"


def test_rdflib_parses(output_file):
    path = output_file.path
    ds = cgtest.read_rdflib(path)
    if holds_triples(path):
        assert len(cgtest.triples_of(ds)) > 0, f"{path} holds no triples"


def test_pyoxigraph_parses(output_file):
    path = output_file.path
    quads = cgtest.oxigraph_quads(path)
    if holds_triples(path):
        assert quads, f"{path} holds no triples"


def test_pyld_expands(jsonld_file):
    path = jsonld_file.path
    document = json.loads(path.read_text(encoding="utf-8"))
    expanded = jsonld.expand(document, {"base": cgtest.file_uri(path), "documentLoader": cgtest.local_document_loader})
    if holds_triples(path):
        assert expanded, f"{path} expands to nothing"
    # pyld's RDF is the graph rdflib reads
    nquads = jsonld.to_rdf(document, {"base": cgtest.file_uri(path), "documentLoader": cgtest.local_document_loader,
                                      "format": "application/n-quads"})
    from_pyld = cgtest.triples_of(cgtest.rdflib.Dataset().parse(data=nquads, format="nquads"))
    from_rdflib = cgtest.read_graph(path)
    assert cgtest.isomorphic(from_pyld, from_rdflib), cgtest.graph_diff(from_pyld, from_rdflib)
