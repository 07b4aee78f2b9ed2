import ClaimGraphModel

/// N-Triples-like text of a triple for messages, with long literals shortened.
enum TripleText {
  static let literalLimit = 60

  static func render(_ t: Triple) -> String {
    "\(render(t.subject)) \(t.predicate) \(render(t.object))"
  }

  static func render(_ term: Term) -> String {
    switch term {
    case .iri(let i): return "<\(i.value)>"
    case .blank(let b): return "_:\(b)"
    case .literal(let l):
      var lexical = l.lexical
      if lexical.unicodeScalars.count > literalLimit {
        lexical = String(String.UnicodeScalarView(lexical.unicodeScalars.prefix(literalLimit))) + "…"
      }
      var text = "\"" + String(decoding: NTriplesEscaping.string(lexical), as: UTF8.self) + "\""
      if let language = l.language { text += "@\(language)" } else if let d = l.datatype { text += "^^<\(d.value)>" }
      return text
    }
  }
}
