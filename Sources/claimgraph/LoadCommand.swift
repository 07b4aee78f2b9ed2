import ArgumentParser
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `claimgraph load [DIR] --endpoint URL`: puts each per-document RDF/XML file of an output folder into the
/// named graph of its document (the IRI of its `cg:Document` node), and `ontology.ttl` into the graph
/// `https://w3id.org/claimgraph/ns`, with the SPARQL 1.1 Graph Store HTTP Protocol (PUT replaces a graph).
struct LoadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Load an output folder into a graph database (SPARQL 1.1 Graph Store HTTP Protocol).",
    discussion: """
      Each <stem>.rdf (not corpus.rdf) is PUT to ENDPOINT?graph=<document IRI> as application/rdf+xml, \
      replacing that graph; ontology.ttl goes to the graph https://w3id.org/claimgraph/ns. \
      Oxigraph: --endpoint http://127.0.0.1:7878/store; Fuseki: --endpoint http://localhost:3030/ds/data.
      """
  )

  /// The graph that holds the vocabulary.
  static let ontologyGraph = "https://w3id.org/claimgraph/ns"

  @Argument(help: "The output folder of `claimgraph extract`.")
  var directory: String = "output"

  @Option(help: "The Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph).")
  var endpoint: String

  @Flag(name: .shortAndLong, help: "Print only errors.")
  var quiet = false

  func run() async throws {
    let client: GraphStoreClient
    let uploads: [GraphUpload]
    do {
      client = try GraphStoreClient(endpoint: endpoint)
      uploads = try GraphUpload.plan(folder: directory, ontologyGraph: Self.ontologyGraph)
    } catch {
      throw Self.fail("error: \(error)")
    }
    var loaded: [String] = []
    for (index, upload) in uploads.enumerated() {
      do {
        let data = try Data(contentsOf: URL(fileURLWithPath: upload.path))
        let status = try await client.put(data, contentType: upload.contentType, graph: upload.graph)
        loaded.append(upload.name)
        if !quiet { print("loaded \(upload.path) into <\(upload.graph)> (HTTP \(status))") }
      } catch {
        let pending = uploads[index...].map(\.name)
        throw Self.fail(
          """
          error: \(error) (while loading \(upload.path))
          loaded (\(loaded.count)): \(loaded.isEmpty ? "none" : loaded.joined(separator: ", "))
          not loaded (\(pending.count)): \(pending.joined(separator: ", "))
          """)
      }
    }
    if !quiet { print("loaded \(loaded.count) graphs into \(endpoint)") }
  }

  /// Prints `message` on stderr; the caller throws the returned exit code.
  private static func fail(_ message: String) -> ExitCode { DiagnosticsPrinter.fail(message) }
}

/// One file to PUT: its path, the graph it replaces and its media type.
struct GraphUpload: Equatable, Sendable {
  let path: String
  let graph: String
  let contentType: String
  var name: String { (path as NSString).lastPathComponent }

  /// Files of an output folder that are not per-document graphs.
  static let corpusStems: Set<String> = ["corpus", "context", "ontology", "shapes"]

  /// Every per-document `*.rdf` of `folder` (sorted by name) with its document IRI, then `ontology.ttl`
  /// when present. Reads every document IRI before anything is sent, so a bad file loads nothing.
  static func plan(folder: String, ontologyGraph: String) throws(LoadError) -> [GraphUpload] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw LoadError("no output folder '\(folder)' (run `claimgraph extract` first)")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      throw LoadError("cannot list '\(folder)': \(error.localizedDescription)")
    }
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    var uploads: [GraphUpload] = []
    for name in names where name.hasSuffix(".rdf") && !name.hasPrefix(".") {
      let stem = String(name.dropLast(4))
      guard !corpusStems.contains(stem) else { continue }
      let path = base + name
      let iri = try DocumentIRIReader.read(path: path)
      uploads.append(GraphUpload(path: path, graph: iri, contentType: "application/rdf+xml"))
    }
    guard !uploads.isEmpty else {
      throw LoadError("no per-document .rdf files in '\(folder)' (extract with --format rdfxml)")
    }
    if names.contains("ontology.ttl") {
      uploads.append(GraphUpload(path: base + "ontology.ttl", graph: ontologyGraph, contentType: "text/turtle"))
    }
    return uploads
  }
}

/// A problem with the folder or one of its files, found before anything is loaded.
struct LoadError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Finds the IRI of the one `cg:Document` node of an RDF/XML file: a `cg:Document` typed node element, or a
/// node element with an `rdf:type` property element whose `rdf:resource` is `cg:Document`; `rdf:about`
/// is resolved against `xml:base` (or the file's URL).
final class DocumentIRIReader: NSObject, XMLParserDelegate {
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let documentClass = "https://w3id.org/claimgraph/ns#Document"
  private static let xml = "http://www.w3.org/XML/1998/namespace"

  private var prefixes: [String: [String]] = [:]
  /// Per open element: its subject IRI when it is a node element with rdf:about, and its xml:base.
  private var stack: [(about: String?, base: URL?)] = []
  private(set) var documents: [String] = []
  private let fileURL: URL

  private init(fileURL: URL) { self.fileURL = fileURL }

  /// The document IRI of the file at `path`.
  static func read(path: String) throws(LoadError) -> String {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LoadError("\(path): cannot read the file")
    }
    let reader = DocumentIRIReader(fileURL: url)
    let parser = XMLParser(data: data)
    parser.delegate = reader
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = true
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
      let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
      throw LoadError("\(path):\(parser.lineNumber): not well-formed RDF/XML: \(reason)")
    }
    let distinct = Array(Set(reader.documents)).sorted()
    guard distinct.count == 1 else {
      throw LoadError(
        distinct.isEmpty
          ? "\(path): no cg:Document node (the document's IRI names its graph)"
          : "\(path): \(distinct.count) cg:Document nodes (\(distinct.joined(separator: ", "))); expected one")
    }
    return distinct[0]
  }

  private func expand(_ qualified: String) -> (namespace: String?, local: String) {
    guard let colon = qualified.firstIndex(of: ":") else { return (nil, qualified) }
    let prefix = String(qualified[..<colon])
    let local = String(qualified[qualified.index(after: colon)...])
    if prefix == "xml" { return (Self.xml, local) }
    return (prefixes[prefix]?.last, local)
  }

  private func attribute(_ attributes: [String: String], namespace: String, local: String) -> String? {
    for (key, value) in attributes {
      let (ns, name) = expand(key)
      if ns == namespace && name == local { return value }
    }
    return nil
  }

  private func resolve(_ reference: String, against base: URL?) -> String {
    URL(string: reference, relativeTo: base ?? fileURL)?.absoluteString ?? reference
  }

  func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
    prefixes[prefix, default: []].append(namespaceURI)
  }

  func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
    _ = prefixes[prefix]?.popLast()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    var base = stack.last?.base
    if let xmlBase = attribute(attributeDict, namespace: Self.xml, local: "base") {
      base = URL(string: xmlBase, relativeTo: base ?? fileURL)?.absoluteURL ?? base
    }
    let about = attribute(attributeDict, namespace: Self.rdf, local: "about").map { resolve($0, against: base) }
    let name = (namespaceURI ?? "") + elementName
    if name == Self.documentClass, let about {
      documents.append(about)
    }
    if name == Self.rdf + "type", let subject = stack.last?.about,
      let resource = attribute(attributeDict, namespace: Self.rdf, local: "resource"),
      resolve(resource, against: base) == Self.documentClass
    {
      documents.append(subject)
    }
    stack.append((about, base))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
  ) {
    _ = stack.popLast()
  }
}
