import ClaimGraphModel

/// What every writer needs beyond the triples: the prefixes to declare and how JSON-LD carries its context.
public struct WriterOptions: Sendable {
  /// Declared once at the top of RDF/XML, Turtle and the JSON-LD context, in this order.
  /// Names must match `[A-Za-z][A-Za-z0-9_-]*` and not start with `xml`; `rdf` must be the RDF namespace.
  public var prefixes: [Namespace]
  /// Inline context object, or a reference to a published context document.
  public var jsonldContext: JSONLDContextMode

  /// Options with `prefixes` (all of the model's namespaces by default) and an inline JSON-LD context by default.
  public init(prefixes: [Namespace] = Namespaces.all, jsonldContext: JSONLDContextMode = .inline) {
    self.prefixes = prefixes
    self.jsonldContext = jsonldContext
  }
}
