import ClaimGraphModel

/// Reads N-Triples and N-Quads (RDF 1.1) into triples: one statement per line, `#` comments, `\u`/`\U`
/// and string escapes. Blank-node graph labels are not supported (a `Graph` is named by an IRI).
public struct NTriplesParser: Sendable {
  /// The name used in error messages.
  public var fileName: String

  /// A parser whose errors name `fileName`.
  public init(fileName: String = "<input>") { self.fileName = fileName }

  /// Calls `body` with each statement and its graph name (nil for the default graph), in input order.
  public func forEachStatement(in bytes: [UInt8], _ body: (Triple, IRI?) throws -> Void) throws {
    var cursor = NTriplesCursor(bytes: bytes, fileName: fileName)
    while !cursor.atEnd {
      if let (triple, graph) = try cursor.statementLine() { try body(triple, graph) }
    }
  }

  /// Every statement in one graph (graph labels ignored).
  public func parseGraph(_ bytes: [UInt8]) throws -> Graph {
    var graph = Graph()
    try forEachStatement(in: bytes) { t, _ in graph.insert(t) }
    return graph
  }

  /// Every statement of `text` in one graph (graph labels ignored).
  public func parseGraph(_ text: String) throws -> Graph { try parseGraph(Array(text.utf8)) }

  /// One graph per graph label, in order of first appearance (the default graph, when used, named nil).
  public func parseDataset(_ bytes: [UInt8]) throws -> [Graph] {
    var graphs: [Graph] = []
    var index: [IRI?: Int] = [:]
    try forEachStatement(in: bytes) { t, name in
      if let i = index[name] {
        graphs[i].insert(t)
      } else {
        index[name] = graphs.count
        graphs.append(Graph(name: name, triples: [t]))
      }
    }
    return graphs
  }
}
