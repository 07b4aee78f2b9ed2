import ClaimGraphModel
import Testing

@Suite("Namespaces and vocabulary")
struct NamespaceTests {
  @Test(
    "namespace IRIs of the graph contract",
    arguments: [
      (Namespaces.cg, "cg", "https://w3id.org/claimgraph/ns#"),
      (Namespaces.nif, "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
      (Namespaces.itsrdf, "itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
      (Namespaces.prov, "prov", "http://www.w3.org/ns/prov#"),
      (Namespaces.dcterms, "dcterms", "http://purl.org/dc/terms/"),
      (Namespaces.skos, "skos", "http://www.w3.org/2004/02/skos/core#"),
      (Namespaces.rdfs, "rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
      (Namespaces.owl, "owl", "http://www.w3.org/2002/07/owl#"),
      (Namespaces.xsd, "xsd", "http://www.w3.org/2001/XMLSchema#"),
      (Namespaces.rdf, "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
      (Namespaces.schema, "schema", "https://schema.org/"),
      (Namespaces.wd, "wd", "http://www.wikidata.org/entity/"),
    ])
  func namespaceIRIs(ns: Namespace, prefix: String, iri: String) {
    #expect(ns.prefix == prefix)
    #expect(ns.iri == iri)
    #expect(ns("x").value == iri + "x")
  }

  @Test("declaration order and uniqueness of prefixes")
  func declarationOrder() {
    #expect(
      Namespaces.all.map(\.prefix) == [
        "rdf", "rdfs", "owl", "xsd", "skos", "dcterms", "prov", "nif", "itsrdf", "schema", "sem", "wd", "cg",
      ])
    #expect(Set(Namespaces.all.map(\.iri)).count == Namespaces.all.count)
    #expect(Namespaces.defaultBase == "https://w3id.org/claimgraph/id/")
  }

  @Test("vocabulary constants expand to full IRIs")
  func vocabulary() {
    #expect(RDF.type.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    #expect(CG.claim.value == "https://w3id.org/claimgraph/ns#Claim")
    #expect(CG.document.value == "https://w3id.org/claimgraph/ns#Document")
    #expect(CG.objectText.value == "https://w3id.org/claimgraph/ns#objectText")
    #expect(NIF.context.value == "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context")
    #expect(NIF.sentenceProperty.value == "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence")
    #expect(ITSRDF.taIdentRef.value == "http://www.w3.org/2005/11/its/rdf#taIdentRef")
    #expect(PROV.wasDerivedFrom.value == "http://www.w3.org/ns/prov#wasDerivedFrom")
    #expect(Schema.affiliation.value == "https://schema.org/affiliation")
    #expect(OWL.sameAs.value == "http://www.w3.org/2002/07/owl#sameAs")
    #expect(SKOS.altLabel.value == "http://www.w3.org/2004/02/skos/core#altLabel")
    #expect(XSD.gYearMonth.value == "http://www.w3.org/2001/XMLSchema#gYearMonth")
  }

}
