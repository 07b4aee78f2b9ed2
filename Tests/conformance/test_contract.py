"""The graph contract (graph-contract.md, claims.md, entities.md), checked on every document graph."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

import cgtest
from cgtest import CG, DCTERMS, ITSRDF, NIF, PROV, SKOS
from conftest import REPO


@cache
def load(path: Path) -> tuple[rdflib.Graph, URIRef, str]:
    graph = cgtest.read_graph(path)
    doc = cgtest.document_node(graph)
    texts = list(graph.objects(doc, NIF.isString))
    assert len(texts) == 1 and isinstance(texts[0], Literal), f"{doc} needs exactly one nif:isString literal"
    return graph, doc, str(texts[0])


def one(graph: rdflib.Graph, subject, predicate, what: str):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, f"{subject} has {len(values)} {what} ({predicate.n3(graph.namespace_manager)}): {values[:5]}"
    return values[0]


def offset(graph, node, predicate) -> int:
    value = one(graph, node, predicate, "offset")
    assert isinstance(value, Literal) and value.datatype == XSD.nonNegativeInteger, \
        f"{node} {predicate}: {value!r} is not an xsd:nonNegativeInteger"
    number = int(str(value))
    assert number >= 0
    return number


def problems_report(problems: list[str], limit: int = 15) -> str:
    return f"{len(problems)} problems:\n" + "\n".join(problems[:limit])


def test_document_node(document):
    graph, doc, text = load(document.file(".rdf"))
    assert str(doc).startswith(cgtest.ID_BASE + "doc/"), f"document IRI {doc} is not under {cgtest.ID_BASE}doc/"
    assert (doc, RDF.type, NIF.Context) in graph
    assert text, "empty nif:isString"
    assert "\r" not in text, "nif:isString must have \\n line ends"
    titles = list(graph.objects(doc, DCTERMS.title))
    assert titles and all(isinstance(t, Literal) and str(t).strip() for t in titles)
    date = one(graph, doc, DCTERMS.date, "dcterms:date")
    assert isinstance(date, Literal) and date.datatype in cgtest.DATE_TYPES, f"dcterms:date {date!r}"
    identifier = str(one(graph, doc, DCTERMS.identifier, "dcterms:identifier"))
    assert (REPO / "seeds" / identifier).is_file(), f"dcterms:identifier {identifier!r} is not a file in seeds/"
    for prop in (DCTERMS.source, DCTERMS.spatial, SKOS.note):
        for value in graph.objects(doc, prop):
            assert isinstance(value, Literal) and value.language, f"{prop}: {value!r} needs a language tag"


def test_sentences_anchor_their_text(document):
    graph, doc, text = load(document.file(".rdf"))
    sentences = set(graph.subjects(RDF.type, NIF.Sentence))
    assert sentences, "no nif:Sentence"
    problems = []
    for s in sorted(sentences):
        b, e = offset(graph, s, NIF.beginIndex), offset(graph, s, NIF.endIndex)
        anchor = str(one(graph, s, NIF.anchorOf, "nif:anchorOf"))
        if one(graph, s, NIF.referenceContext, "nif:referenceContext") != doc:
            problems.append(f"{s}: nif:referenceContext is not {doc}")
        if not (0 <= b < e <= len(text)):
            problems.append(f"{s}: span [{b}, {e}) outside the text (length {len(text)})")
        elif text[b:e] != anchor:
            problems.append(f"{s}: anchorOf {anchor!r} != text[{b}:{e}] {text[b:e]!r}")
    assert not problems, problems_report(problems)


def test_mentions_anchor_their_text(document):
    graph, doc, text = load(document.file(".rdf"))
    sentences = set(graph.subjects(RDF.type, NIF.Sentence))
    problems = []
    for m in sorted(graph.subjects(RDF.type, NIF.Phrase)):
        b, e = offset(graph, m, NIF.beginIndex), offset(graph, m, NIF.endIndex)
        anchor = str(one(graph, m, NIF.anchorOf, "nif:anchorOf"))
        if text[b:e] != anchor or not (0 <= b < e <= len(text)):
            problems.append(f"{m}: anchorOf {anchor!r} != text[{b}:{e}] {text[b:e]!r}")
        if one(graph, m, NIF.referenceContext, "nif:referenceContext") != doc:
            problems.append(f"{m}: nif:referenceContext is not {doc}")
        sentence = one(graph, m, NIF.sentence, "nif:sentence")
        if sentence not in sentences:
            problems.append(f"{m}: nif:sentence {sentence} is not a nif:Sentence")
        else:
            sb, se = offset(graph, sentence, NIF.beginIndex), offset(graph, sentence, NIF.endIndex)
            if not (sb <= b and e <= se):
                problems.append(f"{m}: [{b}, {e}) is not inside its sentence [{sb}, {se})")
        refs = list(graph.objects(m, ITSRDF.taIdentRef))
        dates = list(graph.objects(m, CG.dateValue))
        if len(refs) + len(dates) != 1:
            problems.append(f"{m}: needs exactly one of itsrdf:taIdentRef / cg:dateValue, has {refs + dates}")
        for d in dates:
            if not (isinstance(d, Literal) and d.datatype in cgtest.DATE_TYPES):
                problems.append(f"{m}: cg:dateValue {d!r} is not xsd:date/gYearMonth/gYear")
    assert not problems, problems_report(problems)


def test_claims(document):
    graph, doc, text = load(document.file(".rdf"))
    sentences = set(graph.subjects(RDF.type, NIF.Sentence))
    problems = []
    for c in sorted(graph.subjects(RDF.type, CG.Claim)):
        preds = list(graph.objects(c, CG.predicate))
        if len(preds) != 1 or preds[0] not in cgtest.PREDICATE_IRIS:
            problems.append(f"{c}: cg:predicate {preds} is not exactly one of the fourteen")
        agents = list(graph.objects(c, CG.agent))
        if not agents:
            problems.append(f"{c}: no cg:agent")
        derived = list(graph.objects(c, PROV.wasDerivedFrom))
        if len(derived) != 1 or derived[0] not in sentences:
            problems.append(f"{c}: prov:wasDerivedFrom {derived} is not exactly one nif:Sentence")
        evidence = list(graph.objects(c, CG.evidence))
        begins, ends = list(graph.objects(c, CG.evidenceBegin)), list(graph.objects(c, CG.evidenceEnd))
        if len(evidence) != 1 or len(begins) != 1 or len(ends) != 1:
            problems.append(f"{c}: needs one cg:evidence/evidenceBegin/evidenceEnd, has {evidence} {begins} {ends}")
        else:
            b, e = int(str(begins[0])), int(str(ends[0]))
            if text[b:e] != str(evidence[0]) or not (0 <= b < e <= len(text)):
                problems.append(f"{c}: cg:evidence {str(evidence[0])!r} != text[{b}:{e}] {text[b:e]!r}")
            if len(derived) == 1 and derived[0] in sentences:
                sb = int(str(one(graph, derived[0], NIF.beginIndex, "nif:beginIndex")))
                se = int(str(one(graph, derived[0], NIF.endIndex, "nif:endIndex")))
                if not (sb <= b and e <= se):
                    problems.append(f"{c}: evidence [{b}, {e}) is not inside its sentence [{sb}, {se})")
        rules = list(graph.objects(c, CG.rule))
        if len(rules) != 1 or not isinstance(rules[0], Literal) or not cgtest.RULE_PATTERN.match(str(rules[0])):
            problems.append(f"{c}: cg:rule {rules} is not one \"FILE.yaml#ID\" literal")
        else:
            rule_file = str(rules[0]).split("#", 1)[0]
            if not (REPO / "rules" / rule_file).is_file():
                problems.append(f"{c}: cg:rule names {rule_file}, which is not a file in rules/")
        negated = list(graph.objects(c, CG.negated))
        if len(negated) != 1 or not (isinstance(negated[0], Literal) and negated[0].datatype == XSD.boolean
                                     and str(negated[0]) in ("true", "false")):
            problems.append(f"{c}: cg:negated {negated!r} is not one xsd:boolean")
        for m in graph.objects(c, CG.modality):
            if not isinstance(m, Literal):
                problems.append(f"{c}: cg:modality {m!r} is not a literal")
        for t in graph.objects(c, CG.objectText):
            if not isinstance(t, Literal):
                problems.append(f"{c}: cg:objectText {t!r} is not a literal")
    assert not problems, problems_report(problems)


def test_claims_have_their_plain_triples(document):
    graph, _, _ = load(document.file(".rdf"))
    problems = []
    for c in graph.subjects(RDF.type, CG.Claim):
        if str(graph.value(c, CG.negated)).lower() == "true":
            continue  # a negated claim asserts no plain triple
        for pred in graph.objects(c, CG.predicate):
            for agent in graph.objects(c, CG.agent):
                for obj in graph.objects(c, CG.object):
                    if (agent, pred, obj) not in graph:
                        problems.append(f"{c}: missing plain triple <{agent}> <{pred}> <{obj}>")
    assert not problems, problems_report(problems)


def entities_of(graph: rdflib.Graph) -> set:
    nodes = set()
    for cls in cgtest.ENTITY_CLASS_IRIS:
        nodes |= set(graph.subjects(RDF.type, cls))
    for prop in (CG.agent, CG.object, ITSRDF.taIdentRef):
        nodes |= set(graph.objects(None, prop))
    return nodes


def test_entities_have_one_class_and_labels(document):
    graph, _, _ = load(document.file(".rdf"))
    entities = entities_of(graph)
    assert entities, "no entities"
    problems = []
    for e in sorted(entities, key=str):
        classes = set(graph.objects(e, RDF.type)) & cgtest.ENTITY_CLASS_IRIS
        if len(classes) != 1:
            problems.append(f"{e}: entity classes {sorted(map(str, classes))}, expected exactly one")
        labels = list(graph.objects(e, RDFS.label))
        if not labels or not all(isinstance(l, Literal) and l.language for l in labels):
            problems.append(f"{e}: rdfs:label {labels!r} must be present and language-tagged")
        for d in graph.objects(e, CG.date):
            if not (isinstance(d, Literal) and d.datatype in cgtest.DATE_TYPES):
                problems.append(f"{e}: cg:date {d!r} is not xsd:date/gYearMonth/gYear")
    assert not problems, problems_report(problems)


def test_entity_and_claim_iris_are_ascii(document):
    graph, _, _ = load(document.file(".rdf"))
    nodes = entities_of(graph) | set(graph.subjects(RDF.type, CG.Claim))
    bad = sorted(str(n) for n in nodes if not isinstance(n, URIRef) or not str(n).isascii() or " " in str(n))
    assert not bad, f"IRIs that are not ASCII (or not IRIs): {bad[:10]}"
    assert all(str(n).startswith(cgtest.ID_BASE) for n in nodes if isinstance(n, URIRef)), \
        sorted(str(n) for n in nodes if not str(n).startswith(cgtest.ID_BASE))[:10]


def test_entities_keep_their_iri_and_class_across_documents(output_dir):
    root = output_dir.path
    seen: dict = {}
    problems = []
    for stem in cgtest.document_stems(root):
        graph, _, _ = load(root / f"{stem}.rdf")
        for e in entities_of(graph):
            classes = frozenset(set(graph.objects(e, RDF.type)) & cgtest.ENTITY_CLASS_IRIS)
            if e in seen and seen[e][0] != classes:
                problems.append(f"{e}: {sorted(map(str, classes))} in {stem}, {sorted(map(str, seen[e][0]))} in {seen[e][1]}")
            seen.setdefault(e, (classes, stem))
    assert not problems, problems_report(problems)
