import ClaimGraphModel
import ClaimGraphText
import Extraction

extension GraphBuilder {
  /// The document node: its text, identifier, language, header fields and parties.
  func addDocumentNode(_ x: DocumentExtraction, _ d: IRI, into g: inout Graph) {
    let doc = x.document
    g.insert(d, RDF.type, CG.document)
    g.insert(d, RDF.type, NIF.context)
    g.insert(d, NIF.isString, Literal(doc.body))
    g.insert(d, DCTerms.identifier, Literal(doc.fileName))
    g.insert(d, DCTerms.language, Literal(doc.language.rawValue))
    if let t = doc.title { g.insert(d, DCTerms.title, headerLiteral(t)) }
    if let date = x.documentDate { g.insert(d, DCTerms.date, typed(date)) }
    if let s = doc.source { g.insert(d, DCTerms.source, headerLiteral(s)) }
    if let p = doc.place { g.insert(d, DCTerms.spatial, headerLiteral(p)) }
    if let n = doc.note { g.insert(d, SKOS.note, headerLiteral(n)) }
    for p in x.parties { g.insert(d, CG.party, entityIRI(p)) }
  }

  /// A header field in the language it is written in (an English 出典 in a Japanese document is `@en`): `ja`
  /// when it holds a character above U+3000, else `en`.
  func headerLiteral(_ value: String) -> Literal {
    Literal(value, language: value.unicodeScalars.contains { $0.value > 0x3000 } ? "ja" : "en")
  }
}
