import ClaimGraphModel

/// N-Quads: one line per triple, in the graph named `graph.name` (the default graph when nil), escaped in
/// the canonical form (see `NTriplesEscaping`). Prefixes are not used.
final class NQuadsWriter: RDFStreamWriter {
  private let sink: any ByteSink
  private let checker = TripleChecker(format: .nquads)
  private var finished = false

  init(sink: any ByteSink, options: WriterOptions) throws {
    self.sink = sink
    _ = try PrefixTable(validating: options.prefixes)
  }

  func write(_ graph: Graph) throws {
    guard !finished else { throw SerializationError("cannot write to an N-Quads writer after finish()") }
    if let name = graph.name, let problem = TermRules.iriProblem(name.value) {
      throw SerializationError("cannot write graph \(name) as N-Quads: graph name \(problem)")
    }
    let triples = graph.sorted
    for t in triples { try checker.check(t) }
    var out: [UInt8] = []
    for t in triples { Self.append(t, graph: graph.name, to: &out) }
    try sink.write(out)
  }

  func finish() throws { finished = true }

  static func append(_ t: Triple, graph: IRI?, to out: inout [UInt8]) {
    append(t.subject, to: &out)
    out.append(0x20)
    append(.iri(t.predicate), to: &out)
    out.append(0x20)
    append(t.object, to: &out)
    if let graph {
      out.append(0x20)
      append(.iri(graph), to: &out)
    }
    out += Array(" .\n".utf8)
  }

  static func append(_ term: Term, to out: inout [UInt8]) {
    switch term {
    case .iri(let i):
      out.append(UInt8(ascii: "<"))
      out += i.value.utf8
      out.append(UInt8(ascii: ">"))
    case .blank(let b):
      out += Array("_:".utf8)
      out += BlankNodeLabel.written(b).utf8
    case .literal(let l):
      out.append(0x22)
      NTriplesEscaping.append(l.lexical, to: &out)
      out.append(0x22)
      if let language = l.language {
        out.append(UInt8(ascii: "@"))
        out += language.utf8
      } else if let datatype = l.datatype {
        out += Array("^^".utf8)
        append(.iri(datatype), to: &out)
      }
    }
  }
}
