"""The vocabulary and shapes that claimgraph writes (made from rules/vocabulary.yaml and the templates in
Sources/ClaimGraph/Resources): they parse, say what docs/vocabulary.md says, declare every cg: term that
Sources/ClaimGraphModel/Vocabulary.swift uses, and the shapes accept the conforming fixture and reject every bad
node of the non-conforming one."""

from __future__ import annotations

import re

import pyshacl
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

from cgtest import CG, ENTITY_CLASSES, PREDICATES, SEM, SCHEMA, NIF, PROV
from conftest import COMMITTED, FIXTURES, REPO

ONTOLOGY = COMMITTED / "ontology.ttl"
SHAPES = COMMITTED / "shapes.ttl"


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def labels(graph: rdflib.Graph, node) -> dict[str, str]:
    return {lit.language: str(lit) for lit in graph.objects(node, RDFS.label) if isinstance(lit, rdflib.Literal)}


def test_ontology_declares_itself(ontology):
    assert (rdflib.URIRef("https://w3id.org/claimgraph/ns"), RDF.type, OWL.Ontology) in ontology


@pytest.mark.parametrize("name", sorted(ENTITY_CLASSES))
def test_entity_class_is_a_schema_org_subclass(ontology, name):
    cls = CG[name]
    assert (cls, RDF.type, OWL.Class) in ontology
    assert (cls, RDFS.subClassOf, ENTITY_CLASSES[name]) in ontology
    assert set(labels(ontology, cls)) >= {"ja", "en"}
    assert any(True for _ in ontology.objects(cls, RDFS.comment))


def test_event_is_also_a_sem_event(ontology):
    assert (CG.Event, RDFS.subClassOf, SEM.Event) in ontology


def test_document_and_claim_classes(ontology):
    assert (CG.Document, RDFS.subClassOf, NIF.Context) in ontology
    assert (CG.Claim, RDF.type, OWL.Class) in ontology
    assert (CG.Claim, RDFS.subClassOf, PROV.Entity) in ontology


@pytest.mark.parametrize("name", PREDICATES)
def test_claim_predicate_is_declared_with_cameo_code(ontology, name):
    prop = CG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert set(labels(ontology, prop)) >= {"ja", "en"}
    comments = {lit.language for lit in ontology.objects(prop, RDFS.comment)}
    assert {"ja", "en"} <= comments
    codes = [str(c) for c in ontology.objects(prop, CG.cameoCode)]
    assert len(codes) == 1 and re.fullmatch(r"\d{3,4}", codes[0]), codes


def swift_vocabulary() -> set[str]:
    """The cg: local names that Vocabulary.swift declares (the fixed terms of the graph contract; classes and
    predicates come from rules/vocabulary.yaml)."""
    text = (REPO / "Sources" / "ClaimGraphModel" / "Vocabulary.swift").read_text(encoding="utf-8")
    return set(re.findall(r'Namespaces\.cg\("([^"]+)"\)', text))


def test_vocabulary_swift_agrees_with_the_ontology(ontology):
    names = swift_vocabulary()
    assert {str(s)[len(str(CG)) :] for s in ontology.subjects(CG.cameoCode, None)} == set(PREDICATES)
    classes = {str(s)[len(str(CG)) :] for s in ontology.subjects(RDF.type, OWL.Class)}
    assert classes - {"Document", "Claim"} == set(ENTITY_CLASSES)
    declared = {str(s)[len(str(CG)) :] for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(CG))}
    assert not (names - declared), f"cg: terms used in Vocabulary.swift but not declared in ontology.ttl: {sorted(names - declared)}"
    for term in declared:
        node = CG[term]
        assert set(labels(ontology, node)) >= {"ja", "en"}, f"cg:{term} needs rdfs:label @ja and @en"
        assert any(True for _ in ontology.objects(node, RDFS.comment)), f"cg:{term} needs an rdfs:comment"


def test_docs_list_every_predicate_with_its_cameo_code(ontology):
    doc = (REPO / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    for name in PREDICATES:
        code = str(next(ontology.objects(CG[name], CG.cameoCode)))
        rows = [line for line in doc.splitlines() if line.startswith("|") and f"`cg:{name}`" in line]
        assert rows and any(f"`{code}`" in row for row in rows), f"docs/vocabulary.md has no table row for cg:{name} with `{code}`"


def test_shapes_are_valid_shacl(shapes):
    conforms, _, text = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def validate_fixture(shapes: rdflib.Graph, name: str):
    data = rdflib.Graph().parse(FIXTURES / name, format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes)
    return data, conforms, report, text


def test_conforming_fixture_conforms(shapes):
    _, conforms, _, text = validate_fixture(shapes, "shapes-conforming.ttl")
    assert conforms, text


def test_nonconforming_fixture_fails_on_exactly_the_bad_nodes(shapes):
    data, conforms, report, text = validate_fixture(shapes, "shapes-nonconforming.ttl")
    assert not conforms
    flagged = {str(n) for n in report.objects(None, SH.focusNode)}
    bad = {str(s) for s in data.subjects() if "/bad-" in str(s)}
    assert len(bad) >= 20
    assert flagged == bad, f"missed: {sorted(bad - flagged)}\nwrongly flagged: {sorted(flagged - bad)}\n{text}"


def test_output_ships_the_resources(committed_dir, fresh_dir):
    for name in ("ontology.ttl", "shapes.ttl"):
        shipped = committed_dir / name
        assert shipped.is_file(), f"{shipped} is missing"
        made = fresh_dir / name
        assert made.is_file() and shipped.read_bytes() == made.read_bytes(), f"{made} differs from {shipped}"
