import ClaimGraphModel
import Foundation
import Serialization

/// Converts an N-Triples (or N-Quads) file to other RDF formats: `<folder>/<stem>.<ext>` for each format, each
/// file written atomically (`claimgraph convert`).
public struct GraphFileConversion: Sendable {
  /// The N-Triples or N-Quads file to read.
  public let input: String
  /// The writer options (a JSON-LD context by reference, or inline).
  public let options: WriterOptions

  /// A conversion of `input`; with `contextURL`, JSON-LD refers to that context instead of writing it inline.
  public init(input: String, contextURL: String? = nil) {
    self.input = input
    var options = WriterOptions()
    if let contextURL { options.jsonldContext = .reference(contextURL) }
    self.options = options
  }

  /// The input's file name without its extension.
  public var stem: String {
    let name = (input as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  /// Reads the input and writes it in each of `formats` into `folder` (created when missing). Throws an
  /// `NTriplesSyntaxError` for a malformed input, a `SerializationError` when a file cannot be read or written.
  public func write(_ formats: [RDFFormat], into folder: String) throws {
    guard let data = FileManager.default.contents(atPath: input) else {
      throw SerializationError("cannot read '\(input)'")
    }
    let graphs = try NTriplesParser(fileName: input).parseDataset([UInt8](data))
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for format in formats {
      let path = (folder as NSString).appendingPathComponent("\(stem).\(format.fileExtension)")
      let sink = try AtomicFileSink(path: path)
      do {
        let writer = try makeWriter(format, sink: sink, options: options)
        for graph in graphs { try writer.write(graph) }
        try writer.finish()
        try sink.commit()
      } catch {
        sink.abort()
        throw error
      }
    }
  }
}
