"""Per document, the .rdf, .jsonld (and .nq/.ttl when present) hold the same graph: rdflib-isomorphic and
equal after RDFC-1.0 canonicalization (pyoxigraph); N-Quads put it in the document's named graph."""

from __future__ import annotations

import pytest

import cgtest


def present_formats(document) -> list:
    files = [document.file(s) for s in cgtest.DOCUMENT_FORMATS if document.file(s).is_file()]
    names = [f.name for f in files]
    assert document.file(".rdf").is_file() and document.file(".jsonld").is_file(), \
        f"{document.stem}: expected both .rdf and .jsonld, found {names}"
    return files


def test_formats_are_isomorphic(document):
    files = present_formats(document)
    reference = cgtest.read_graph(files[0])
    assert len(reference) > 0
    for other in files[1:]:
        graph = cgtest.read_graph(other)
        assert cgtest.isomorphic(reference, graph), f"{files[0].name} vs {other.name}:\n{cgtest.graph_diff(reference, graph)}"


def test_formats_are_equal_after_rdfc10(document):
    files = present_formats(document)
    reference = cgtest.canonical_triples(files[0])
    for other in files[1:]:
        canonical = cgtest.canonical_triples(other)
        missing, extra = sorted(reference - canonical)[:5], sorted(canonical - reference)[:5]
        assert canonical == reference, f"{files[0].name} vs {other.name}: only in first {missing}, only in second {extra}"


def test_nquads_use_the_document_graph(document):
    nq = document.file(".nq")
    if not nq.is_file():
        return  # N-Quads are written only on request; the committed output decides (see conftest)
    doc = cgtest.document_node(cgtest.read_graph(document.file(".rdf")))
    names = cgtest.graph_names(cgtest.read_rdflib(nq))
    assert names == {doc}, f"{nq.name}: graphs {sorted(map(str, names))}, expected only <{doc}>"


def test_corpus_formats_agree_and_hold_every_document(output_dir):
    root = output_dir.path
    corpus_rdf, corpus_jsonld = root / "corpus.rdf", root / "corpus.jsonld"
    for f in (corpus_rdf, corpus_jsonld):
        assert f.is_file(), f"{f} is missing"
    corpus = cgtest.read_graph(corpus_rdf)
    other = cgtest.read_graph(corpus_jsonld)
    assert cgtest.isomorphic(corpus, other), cgtest.graph_diff(corpus, other)
    for suffix in (".nq", ".ttl"):
        if (root / f"corpus{suffix}").is_file():
            extra = cgtest.read_graph(root / f"corpus{suffix}")
            assert cgtest.isomorphic(corpus, extra), f"corpus{suffix}:\n{cgtest.graph_diff(corpus, extra)}"
    corpus = cgtest.normalized(corpus)
    for stem in cgtest.document_stems(root):
        graph = cgtest.normalized(cgtest.read_graph(root / f"{stem}.rdf"))
        # the document's own part (document, sentences, mentions, claims) is in the corpus as it is; entities
        # are merged there (labels from every document), so only their classes are compared
        own = set(graph.subjects(cgtest.RDF.type, cgtest.CG.Document)) | set(graph.subjects(cgtest.RDF.type, cgtest.NIF.Sentence)) \
            | set(graph.subjects(cgtest.RDF.type, cgtest.NIF.Phrase)) | set(graph.subjects(cgtest.RDF.type, cgtest.CG.Claim))
        missing = [t for t in graph if t[0] in own and t not in corpus]
        assert not missing, f"{len(missing)} triples of {stem} are not in corpus.rdf, e.g. {missing[:3]}"
        for cls in cgtest.ENTITY_CLASS_IRIS:
            for entity in graph.subjects(cgtest.RDF.type, cls):
                assert (entity, cgtest.RDF.type, cls) in corpus, f"{entity} ({cls}) of {stem} is not in corpus.rdf"
