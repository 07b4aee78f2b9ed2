import ClaimGraphModel

/// A writer that streams batches of triples (one document's graph at a time) to a `ByteSink`.
///
/// Each `write` handles one batch: it checks every triple first, so a batch that throws leaves nothing of
/// itself in the sink. Writers keep no triples of earlier batches; the same subject may recur in later batches.
public protocol RDFStreamWriter: AnyObject {
  /// Writes one batch, its triples grouped by subject in canonical order.
  func write(_ graph: Graph) throws
  /// Closes the document (root element, `@graph` array); later writes throw.
  func finish() throws
}

/// Creates a streaming writer for `format`. The head of the document (prolog, prefixes, context) is written
/// at once; throws when `options` hold an invalid prefix.
public func makeWriter(
  _ format: RDFFormat, sink: any ByteSink, options: WriterOptions = .init()
) throws -> any RDFStreamWriter {
  switch format {
  case .rdfxml: try RDFXMLWriter(sink: sink, options: options)
  case .jsonld: try JSONLDWriter(sink: sink, options: options)
  case .nquads: try NQuadsWriter(sink: sink, options: options)
  case .turtle: try TurtleWriter(sink: sink, options: options)
  }
}

/// Writes `graph` as one complete document in `format`.
public func serialize(_ graph: Graph, as format: RDFFormat, options: WriterOptions = .init()) throws -> [UInt8] {
  let sink = MemorySink()
  let writer = try makeWriter(format, sink: sink, options: options)
  try writer.write(graph)
  try writer.finish()
  return sink.bytes
}
