"""A real graph database: `claimgraph load output --endpoint URL/store` puts each document into its named
graph on the Oxigraph server that scripts/test.sh starts (OXIGRAPH_URL), and SPARQL answers real questions.
The two queries are the ones docs/loading.md shows."""

from __future__ import annotations

import json
import socket
import urllib.request
from functools import cache
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF

import cgtest
from cgtest import CG, DCTERMS

pytestmark = pytest.mark.database

SEED = "000_f30c3d14f80291c6.txt"  # the Ishiba–Rutte joint statement of 2025-04-09
JAPAN = {"日本", "日本国", "Japan"}
NATO = {"NATO", "北大西洋条約機構", "North Atlantic Treaty Organization"}
NORTH_KOREA = {"北朝鮮", "North Korea", "朝鮮民主主義人民共和国", "DPRK"}

PREFIXES = """PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# "Which agents condemn what": agents and objects of cg:condemns claims, with their labels.
WHO_CONDEMNS_WHAT = PREFIXES + """
SELECT DISTINCT ?doc ?agent ?agentClass ?agentLabel ?object ?objectClass ?objectLabel WHERE {
  GRAPH ?doc {
    ?claim a cg:Claim ;
           cg:predicate cg:condemns ;
           cg:agent ?agent ;
           cg:object ?object .
    ?agent a ?agentClass ; rdfs:label|skos:altLabel ?agentLabel .
    ?object a ?objectClass ; rdfs:label|skos:altLabel ?objectLabel .
    FILTER (STRSTARTS(STR(?agentClass), STR(cg:)) && STRSTARTS(STR(?objectClass), STR(cg:)))
  }
}
ORDER BY ?doc ?agent ?object ?agentLabel ?objectLabel
"""

# "Every claim about NATO with its sentence and rule": NATO as agent or object.
CLAIMS_ABOUT_NATO = PREFIXES + """
SELECT DISTINCT ?doc ?claim ?role ?predicate ?sentence ?rule WHERE {
  GRAPH ?doc {
    ?nato a cg:Organization ; rdfs:label|skos:altLabel ?name .
    FILTER (STR(?name) IN ("NATO", "北大西洋条約機構"))
    { ?claim cg:agent ?nato . BIND ("agent" AS ?role) } UNION { ?claim cg:object ?nato . BIND ("object" AS ?role) }
    ?claim a cg:Claim ;
           cg:predicate ?predicate ;
           cg:rule ?rule ;
           prov:wasDerivedFrom ?s .
    ?s nif:anchorOf ?sentence .
  }
}
ORDER BY ?doc ?claim ?role
"""


def sparql(base: str, query: str) -> list[dict[str, str]]:
    request = urllib.request.Request(
        f"{base}/query", data=query.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.loads(response.read().decode("utf-8"))
    if "boolean" in body:
        return [{"boolean": str(body["boolean"]).lower()}]
    return [{k: v["value"] for k, v in row.items()} for row in body["results"]["bindings"]]


def count_triples(base: str, graph: str) -> int:
    rows = sparql(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"])


@cache
def documents(output: Path) -> dict[str, tuple[str, int, rdflib.Graph]]:
    """stem -> (document IRI, triple count, graph) of every per-document .rdf of a folder."""
    result = {}
    for stem in cgtest.document_stems(output):
        graph = cgtest.read_graph(output / f"{stem}.rdf")
        result[stem] = (str(cgtest.document_node(graph)), len(graph), graph)
    return result


def seed_document(output: Path) -> tuple[str, int, rdflib.Graph]:
    for iri, count, graph in documents(output).values():
        if (rdflib.URIRef(iri), DCTERMS.identifier, rdflib.Literal(SEED)) in graph:
            return iri, count, graph
    pytest.fail(f"no document in {output} has dcterms:identifier {SEED!r}", pytrace=False)


def load(binary: Path, output: Path, endpoint: str):
    return cgtest.run([binary, "load", output, "--endpoint", endpoint], timeout=300)


@pytest.fixture(scope="module")
def loaded(claimgraph_bin, committed_dir, oxigraph_url) -> str:
    proc = load(claimgraph_bin, committed_dir, f"{oxigraph_url}/store")
    assert proc.returncode == 0, cgtest.describe(proc)
    return oxigraph_url


def test_each_document_is_in_its_named_graph(loaded, committed_dir):
    docs = documents(committed_dir)
    assert docs
    for stem, (iri, count, _) in docs.items():
        assert count_triples(loaded, iri) == count, f"{stem}: graph <{iri}> should hold the {count} triples of {stem}.rdf"


def test_ontology_is_loaded(loaded):
    rows = sparql(loaded, PREFIXES + """ASK { GRAPH <https://w3id.org/claimgraph/ns> {
      cg:condemns a <http://www.w3.org/2002/07/owl#ObjectProperty> ; cg:cameoCode ?code } }""")
    assert rows == [{"boolean": "true"}]


def test_who_condemns_what(loaded, committed_dir):
    rows = sparql(loaded, WHO_CONDEMNS_WHAT)
    assert rows, "no cg:condemns claims with labelled agents and objects"
    seed_iri = seed_document(committed_dir)[0]
    seed_rows = [r for r in rows if r["doc"] == seed_iri]

    def agents_condemning(names: set[str], cls: str) -> set[str]:
        objects_nk = {r["object"] for r in seed_rows if r["objectLabel"] in NORTH_KOREA and r["objectClass"] == str(CG.Country)}
        return {r["agent"] for r in seed_rows if r["agentLabel"] in names and r["agentClass"] == str(CG[cls])
                and r["object"] in objects_nk}

    assert agents_condemning(JAPAN, "Country"), f"no row: Japan (cg:Country) condemns North Korea in {SEED}:\n{seed_rows}"
    assert agents_condemning(NATO, "Organization"), f"no row: NATO (cg:Organization) condemns North Korea in {SEED}:\n{seed_rows}"
    for r in rows:
        assert r["agentLabel"].strip() and r["objectLabel"].strip()


def test_plain_condemns_triple_is_queryable(loaded, committed_dir):
    seed_iri = seed_document(committed_dir)[0]
    rows = sparql(loaded, PREFIXES + f"""
      SELECT ?japan ?nk WHERE {{ GRAPH <{seed_iri}> {{
        ?japan cg:condemns ?nk .
        ?japan a cg:Country ; rdfs:label|skos:altLabel ?jl . FILTER (STR(?jl) IN ("日本", "Japan"))
        ?nk a cg:Country ; rdfs:label|skos:altLabel ?nl . FILTER (STR(?nl) IN ("北朝鮮", "North Korea"))
      }} }}""")
    assert rows, "the plain triple JAPAN cg:condemns NORTH-KOREA is missing from the seed's graph"


def test_known_condemnation_by_gazetteer_iri(loaded, committed_dir):
    """Gazetteer entities keep their id in the IRI (rules/gazetteer: japan, nato, north-korea)."""
    seed_iri = seed_document(committed_dir)[0]
    rows = sparql(loaded, PREFIXES + f"""PREFIX id: <{cgtest.ID_BASE}>
      SELECT DISTINCT ?doc ?who WHERE {{ GRAPH ?doc {{ ?who cg:condemns id:north-korea }} }}""")
    seed_agents = {r["who"] for r in rows if r["doc"] == seed_iri}
    assert {cgtest.ID_BASE + "japan", cgtest.ID_BASE + "nato"} <= seed_agents, rows


def test_claims_about_nato(loaded, committed_dir):
    rows = sparql(loaded, CLAIMS_ABOUT_NATO)
    assert rows, "no claims with NATO as agent or object"
    for r in rows:
        assert r["sentence"].strip(), r
        assert cgtest.RULE_PATTERN.match(r["rule"]), r
        assert r["predicate"] in {str(p) for p in cgtest.PREDICATE_IRIS}, r
    # the same claims as the files say
    expected = set()
    for iri, _, graph in documents(committed_dir).values():
        natos = {e for e in graph.subjects(RDF.type, CG.Organization)
                 if any(str(l) in ("NATO", "北大西洋条約機構") for l in
                        list(graph.objects(e, cgtest.RDFS.label)) + list(graph.objects(e, cgtest.SKOS.altLabel)))}
        for nato in natos:
            for prop in (CG.agent, CG.object):
                expected |= {(iri, str(c)) for c in graph.subjects(prop, nato) if (c, RDF.type, CG.Claim) in graph}
    assert {(r["doc"], r["claim"]) for r in rows} == expected
    seed_iri = seed_document(committed_dir)[0]
    assert any(r["doc"] == seed_iri and r["role"] == "agent" for r in rows), f"NATO speaks in {SEED}"


def test_loading_again_replaces_the_graph(loaded, claimgraph_bin, committed_dir):
    iri, count, _ = seed_document(committed_dir)
    before = count_triples(loaded, iri)
    assert before == count
    proc = load(claimgraph_bin, committed_dir, f"{loaded}/store")
    assert proc.returncode == 0, cgtest.describe(proc)
    assert count_triples(loaded, iri) == before


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_loading_to_a_closed_port_fails_clearly(claimgraph_bin, committed_dir):
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    proc = load(claimgraph_bin, committed_dir, endpoint)
    assert proc.returncode != 0, cgtest.describe(proc)
    message = proc.stderr
    assert endpoint.split("/store")[0] in message, f"the message does not name the endpoint:\n{message}"
    first = cgtest.document_stems(committed_dir)[0]
    assert f"{first}.rdf" in message, f"the message does not say which files were not loaded:\n{message}"


def test_loading_a_missing_folder_fails(claimgraph_bin, oxigraph_url, scratch):
    proc = load(claimgraph_bin, scratch / "no-such-folder", f"{oxigraph_url}/store")
    assert proc.returncode != 0
    assert "no-such-folder" in proc.stderr, proc.stderr


RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
TYPED_NODE = f"""<?xml version="1.0" encoding="UTF-8"?>
<r:RDF xmlns:r="{RDF_NS}" xmlns:c="https://w3id.org/claimgraph/ns#" xml:base="https://example.org/test/">
  <c:Document r:about="doc/typed-node">
    <c:language>ja</c:language>
  </c:Document>
  <r:Description r:about="doc/typed-node/sentence-0"><c:note r:resource="other"/></r:Description>
</r:RDF>
"""
DESCRIPTION = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="{RDF_NS}">
  <rdf:Description rdf:about="https://example.org/test/doc/description">
    <rdf:type rdf:resource="https://w3id.org/claimgraph/ns#Document"/>
    <rdf:value>x</rdf:value>
  </rdf:Description>
</rdf:RDF>
"""
NO_DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="{RDF_NS}"><rdf:Description rdf:about="https://example.org/test/x"><rdf:value>x</rdf:value></rdf:Description></rdf:RDF>
"""


def test_load_reads_the_document_iri_from_either_rdfxml_form(claimgraph_bin, oxigraph_url, scratch):
    folder = scratch / "load-forms"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.rdf").write_text(TYPED_NODE, encoding="utf-8")
    (folder / "b.rdf").write_text(DESCRIPTION, encoding="utf-8")
    (folder / "corpus.rdf").write_text(NO_DOCUMENT, encoding="utf-8")  # skipped: not a per-document file
    proc = load(claimgraph_bin, folder, f"{oxigraph_url}/store")
    assert proc.returncode == 0, cgtest.describe(proc)
    assert count_triples(oxigraph_url, "https://example.org/test/doc/typed-node") == 3
    assert count_triples(oxigraph_url, "https://example.org/test/doc/description") == 2


def test_load_refuses_a_file_without_document_and_loads_nothing(claimgraph_bin, oxigraph_url, scratch):
    folder = scratch / "load-bad"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.rdf").write_text(TYPED_NODE.replace("doc/typed-node", "doc/never-loaded"), encoding="utf-8")
    (folder / "z.rdf").write_text(NO_DOCUMENT, encoding="utf-8")
    proc = load(claimgraph_bin, folder, f"{oxigraph_url}/store")
    assert proc.returncode != 0
    assert "z.rdf" in proc.stderr and "cg:Document" in proc.stderr, proc.stderr
    assert count_triples(oxigraph_url, "https://example.org/test/doc/never-loaded") == 0
