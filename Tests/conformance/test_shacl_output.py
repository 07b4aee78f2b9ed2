"""Each document graph conforms to the SHACL shapes that the output ships (output/shapes.ttl)."""

from __future__ import annotations

import pyshacl
import rdflib

import cgtest


def test_document_conforms_to_shapes(document):
    shapes_file = document.path.parent / "shapes.ttl"
    assert shapes_file.is_file(), f"{shapes_file} is missing"
    shapes = rdflib.Graph().parse(shapes_file, format="turtle")
    data = cgtest.read_graph(document.file(".rdf"))
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes)
    assert conforms, text[:6000]
