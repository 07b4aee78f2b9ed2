import ClaimGraphModel

/// RDF/XML through libxml2's streaming writer: one node element per subject and batch, typed where the
/// subject's smallest rdf:type has a QName with a declared prefix; literals with `xml:lang` or `rdf:datatype`.
final class RDFXMLWriter: RDFStreamWriter {
  private let sink: any ByteSink
  private let prefixes: PrefixTable
  private let xml: XMLTextWriter
  private let checker = TripleChecker(format: .rdfxml)
  /// Namespaces without a declared prefix, declared on each property element that needs one.
  private var extraPrefixes: [ByteString: String] = [:]
  private var nextPrefixNumber = 1
  private var finished = false

  /// rdf: names that cannot be node or property element names.
  private static let reservedRDFNames: Set<String> = [
    "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "li", "Description", "bagID",
    "aboutEach", "aboutEachPrefix",
  ]

  init(sink: any ByteSink, options: WriterOptions) throws {
    self.sink = sink
    prefixes = try PrefixTable(validating: options.prefixes, requiringRDF: true)
    xml = try XMLTextWriter()
    try xml.startDocument()
    try xml.startElement("rdf:RDF")
    for ns in prefixes.namespaces { try xml.attribute("xmlns:\(ns.prefix)", ns.iri) }
    try sink.write(try xml.takeBytes())
  }

  func write(_ graph: Graph) throws {
    guard !finished else { throw SerializationError("cannot write to an RDF/XML writer after finish()") }
    let nodes = try graph.bySubject.map { try plan($0.subject, $0.triples) }
    for node in nodes { try emit(node) }
    try sink.write(try xml.takeBytes())
  }

  func finish() throws {
    guard !finished else { return }
    finished = true
    try xml.endDocument()
    try sink.write(try xml.takeBytes())
  }

  // MARK: planning (all checks happen here, before anything is written)

  private struct NodePlan {
    var element: String
    var subject: (name: String, value: String)
    var properties: [PropertyPlan]
  }

  private struct PropertyPlan {
    var element: String
    var namespaceDeclaration: (name: String, iri: String)?
    var object: Object
  }

  private enum Object {
    case resource(String)
    case node(String)
    case literal(String, language: String?, datatype: String?)
  }

  private func plan(_ subject: Term, _ triples: [Triple]) throws -> NodePlan {
    for t in triples { try checker.check(t) }
    let typeTriple = triples.filter { t in
      t.predicate == RDF.type && t.object.iri.map { nodeElementName($0.value) != nil } == true
    }.min { a, b in (a.object.iri?.value ?? "").bytewiseLess(b.object.iri?.value ?? "") }
    var element = "rdf:Description"
    if let t = typeTriple, let iri = t.object.iri, let name = nodeElementName(iri.value) { element = name }
    let subjectAttribute: (String, String) =
      switch subject {
      case .iri(let i): ("rdf:about", i.value)
      case .blank(let b): ("rdf:nodeID", BlankNodeLabel.written(b))
      case .literal: ("rdf:about", "")  // unreachable: Triple forbids literal subjects
      }
    var properties: [PropertyPlan] = []
    for t in triples where t != typeTriple {
      let (name, declaration) = try propertyElementName(t)
      let object: Object =
        switch t.object {
        case .iri(let i): .resource(i.value)
        case .blank(let b): .node(BlankNodeLabel.written(b))
        case .literal(let l): .literal(l.lexical, language: l.language, datatype: l.datatype?.value)
        }
      properties.append(PropertyPlan(element: name, namespaceDeclaration: declaration, object: object))
    }
    return NodePlan(element: element, subject: subjectAttribute, properties: properties)
  }

  private func nodeElementName(_ iri: String) -> String? {
    guard let (prefix, local) = prefixes.split(iri, accepting: XMLNames.isNCName) else { return nil }
    if iri.bytewiseHasPrefix(Namespaces.rdf.iri) && Self.reservedRDFNames.contains(String(local)) { return nil }
    return "\(prefix):\(local)"
  }

  private func propertyElementName(_ t: Triple) throws -> (String, (name: String, iri: String)?) {
    let iri = t.predicate.value
    if iri.bytewiseHasPrefix(Namespaces.rdf.iri),
      Self.reservedRDFNames.contains(String(iri.utf8.dropFirst(Namespaces.rdf.iri.utf8.count)) ?? "")
    {
      throw checker.failure(t, "\(iri) cannot be a property element in RDF/XML")
    }
    if let (prefix, local) = prefixes.split(iri, accepting: XMLNames.isNCName) { return ("\(prefix):\(local)", nil) }
    guard let (namespace, local) = XMLNames.split(iri) else {
      throw checker.failure(t, "predicate IRI has no XML QName split")
    }
    if namespace == PrefixTable.xmlNamespace || namespace == PrefixTable.xmlnsNamespace {
      throw checker.failure(t, "predicate IRI is in a reserved XML namespace")
    }
    let key = ByteString(namespace)
    if let prefix = extraPrefixes[key] { return ("\(prefix):\(local)", (prefix, namespace)) }
    while prefixes.names.contains("ns\(nextPrefixNumber)") { nextPrefixNumber += 1 }
    let prefix = "ns\(nextPrefixNumber)"
    nextPrefixNumber += 1
    extraPrefixes[key] = prefix
    return ("\(prefix):\(local)", (prefix, namespace))
  }

  // MARK: writing

  private func emit(_ node: NodePlan) throws {
    try xml.startElement(node.element)
    try xml.attribute(node.subject.name, node.subject.value)
    for p in node.properties {
      try xml.startElement(p.element)
      if let d = p.namespaceDeclaration { try xml.attribute("xmlns:\(d.name)", d.iri) }
      switch p.object {
      case .resource(let iri): try xml.attribute("rdf:resource", iri)
      case .node(let label): try xml.attribute("rdf:nodeID", label)
      case .literal(let lexical, let language, let datatype):
        if let language { try xml.attribute("xml:lang", language) }
        if let datatype { try xml.attribute("rdf:datatype", datatype) }
        try xml.text(lexical)
      }
      try xml.endElement()
    }
    try xml.endElement()
  }
}
