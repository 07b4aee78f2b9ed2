import ClaimGraphModel

/// Turtle: prefixes declared once, then one block per subject and batch (`a` first, predicates joined with
/// `;`, objects with `,`). Prefixed names only where the local part is a plain PN_LOCAL, else `<IRI>`;
/// literals with newlines as `"""..."""` (every `"` and `\` still escaped). Graph names are not written.
final class TurtleWriter: RDFStreamWriter {
  private let sink: any ByteSink
  private let prefixes: PrefixTable
  private let checker = TripleChecker(format: .turtle)
  private var finished = false

  init(sink: any ByteSink, options: WriterOptions) throws {
    self.sink = sink
    prefixes = try PrefixTable(validating: options.prefixes)
    var head: [UInt8] = []
    for ns in prefixes.namespaces { head += Array("@prefix \(ns.prefix): <\(ns.iri)> .\n".utf8) }
    try sink.write(head)
  }

  func write(_ graph: Graph) throws {
    guard !finished else { throw SerializationError("cannot write to a Turtle writer after finish()") }
    let groups = graph.bySubject
    for group in groups { for t in group.triples { try checker.check(t) } }
    var out: [UInt8] = []
    for group in groups { appendBlock(group.subject, group.triples, to: &out) }
    try sink.write(out)
  }

  func finish() throws { finished = true }

  private func appendBlock(_ subject: Term, _ triples: [Triple], to out: inout [UInt8]) {
    out.append(0x0A)
    appendTerm(subject, to: &out)
    let ordered = triples.filter { $0.predicate == RDF.type } + triples.filter { $0.predicate != RDF.type }
    var previous: IRI?
    for t in ordered {
      if let p = previous, p.value.bytewiseEquals(t.predicate.value) {
        out += Array(", ".utf8)
      } else {
        if previous != nil { out += Array(" ;\n  ".utf8) } else { out.append(0x20) }
        if t.predicate == RDF.type { out.append(UInt8(ascii: "a")) } else { appendTerm(.iri(t.predicate), to: &out) }
        out.append(0x20)
        previous = t.predicate
      }
      appendTerm(t.object, to: &out)
    }
    out += Array(" .\n".utf8)
  }

  private func appendTerm(_ term: Term, to out: inout [UInt8]) {
    switch term {
    case .iri(let i):
      if let (prefix, local) = prefixes.split(i.value, accepting: Self.isPlainLocalName) {
        out += "\(prefix):\(local)".utf8
      } else {
        out += "<\(i.value)>".utf8
      }
    case .blank(let b): out += "_:\(BlankNodeLabel.written(b))".utf8
    case .literal(let l): appendLiteral(l, to: &out)
    }
  }

  private func appendLiteral(_ l: Literal, to out: inout [UInt8]) {
    if l.datatype == XSD.boolean && (l.lexical == "true" || l.lexical == "false") {
      out += l.lexical.utf8
      return
    }
    if l.datatype == XSD.integer && Self.isCanonicalInteger(l.lexical) {
      out += l.lexical.utf8
      return
    }
    let long = l.lexical.utf8.contains(0x0A)
    let quote = Array((long ? "\"\"\"" : "\"").utf8)
    out += quote
    NTriplesEscaping.append(l.lexical, rawNewlines: long, to: &out)
    out += quote
    if let language = l.language {
      out += "@\(language)".utf8
    } else if let datatype = l.datatype {
      out += Array("^^".utf8)
      appendTerm(.iri(datatype), to: &out)
    }
  }

  /// `0` or `-?[1-9][0-9]*`: read back by any parser with exactly this lexical form.
  static func isCanonicalInteger(_ s: String) -> Bool {
    var digits = Substring(s)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    guard let first = digits.utf8.first, digits.utf8.allSatisfy(TermRules.isASCIIDigit) else { return false }
    return first != 0x30 || (digits.utf8.count == 1 && !s.hasPrefix("-"))
  }

  /// A PN_LOCAL without escapes or `:`: starts with PN_CHARS_U or a digit, continues with PN_CHARS or `.`,
  /// `%XX`, and does not end with `.`.
  static func isPlainLocalName(_ s: Substring) -> Bool {
    let scalars = Array(s.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last, last != "." else { return false }
    guard isPNCharsU(first) || ("0"..."9").contains(first) || first == "%" else { return false }
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c == "%" {
        guard i + 2 < scalars.count, scalars[i + 1].properties.isASCIIHexDigit,
          scalars[i + 2].properties.isASCIIHexDigit
        else { return false }
        i += 3
        continue
      }
      guard isPNChars(c) || (c == "." && i > 0) else { return false }
      i += 1
    }
    return true
  }

  private static func isPNCharsU(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x41...0x5A, 0x61...0x7A, 0x5F: true
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D: true
    case 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: true
    default: false
    }
  }

  private static func isPNChars(_ c: Unicode.Scalar) -> Bool {
    if isPNCharsU(c) { return true }
    switch c.value {
    case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
    default: return false
    }
  }
}
