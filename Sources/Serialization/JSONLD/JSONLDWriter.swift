import ClaimGraphModel

/// JSON-LD 1.1 in compact form: `{"@context": ..., "@graph": [node objects]}`, one node object per subject
/// and batch, written as the batches come.
final class JSONLDWriter: RDFStreamWriter {
  private let sink: any ByteSink
  private let encoder: JSONLDNodeEncoder
  private var wroteNode = false
  private var finished = false

  init(sink: any ByteSink, options: WriterOptions) throws {
    self.sink = sink
    let context = JSONLDContext(prefixes: try PrefixTable(validating: options.prefixes))
    encoder = JSONLDNodeEncoder(context: context)
    var head: [UInt8] = Array("{".utf8)
    JSONPrinter.newline(1, &head)
    head += "\"@context\": ".utf8
    JSONPrinter.print(Self.contextValue(context, options.jsonldContext), indent: 1, into: &head)
    head += ",".utf8
    JSONPrinter.newline(1, &head)
    head += "\"@graph\": [".utf8
    try sink.write(head)
  }

  func write(_ graph: Graph) throws {
    guard !finished else { throw SerializationError("cannot write to a JSON-LD writer after finish()") }
    let nodes = try graph.bySubject.map { try encoder.node($0.subject, $0.triples) }
    var out: [UInt8] = []
    for node in nodes {
      if wroteNode { out.append(UInt8(ascii: ",")) }
      wroteNode = true
      JSONPrinter.newline(2, &out)
      JSONPrinter.print(node, indent: 2, into: &out)
    }
    try sink.write(out)
  }

  func finish() throws {
    guard !finished else { return }
    finished = true
    var tail: [UInt8] = []
    if wroteNode { JSONPrinter.newline(1, &tail) }
    tail += "]".utf8
    JSONPrinter.newline(0, &tail)
    tail += "}\n".utf8
    try sink.write(tail)
  }

  static func contextValue(_ context: JSONLDContext, _ mode: JSONLDContextMode) -> JSONValue {
    switch mode {
    case .inline: context.object
    case .reference(let url): .string(url)
    }
  }
}

/// The context alone, `{"@context": {...}}`, to publish (e.g. as `context.jsonld`) for documents written
/// with `JSONLDContextMode.reference`. Invalid prefixes in `options` are left out (writers reject them).
public func jsonLDContextDocument(options: WriterOptions = .init()) -> [UInt8] {
  let context = JSONLDContext(prefixes: PrefixTable(lenient: options.prefixes))
  var out: [UInt8] = []
  JSONPrinter.print(.object([("@context", context.object)]), into: &out)
  out.append(0x0A)
  return out
}
