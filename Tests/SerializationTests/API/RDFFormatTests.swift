import Serialization
import Testing

@Suite struct RDFFormatTests {
  @Test(arguments: [
    ("rdfxml", RDFFormat.rdfxml), ("rdf", .rdfxml), ("RDF/XML", .rdfxml), ("jsonld", .jsonld), ("json-ld", .jsonld),
    ("nquads", .nquads), ("nq", .nquads), ("turtle", .turtle), ("TTL", .turtle),
  ])
  func namesAndExtensionsAreAccepted(name: String, format: RDFFormat) {
    #expect(RDFFormat(name: name) == format)
  }

  @Test func unknownNamesAreRejected() {
    #expect(RDFFormat(name: "ntriples") == nil)
    #expect(RDFFormat(name: "") == nil)
  }

  @Test func extensionsAndMediaTypes() {
    #expect(RDFFormat.allCases.map(\.fileExtension) == ["rdf", "jsonld", "nq", "ttl"])
    #expect(
      RDFFormat.allCases.map(\.mediaType) == [
        "application/rdf+xml", "application/ld+json", "application/n-quads", "text/turtle",
      ])
  }
}
