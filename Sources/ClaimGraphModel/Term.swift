/// An absolute IRI. The model does not validate beyond non-emptiness; writers check what their syntax needs.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let value: String
  public init(_ value: String) { self.value = value }
  public var description: String { "<\(value)>" }
  public static func < (a: IRI, b: IRI) -> Bool { a.value < b.value }
  /// Appends `local` to this IRI (a namespace).
  public func appending(_ local: String) -> IRI { IRI(value + local) }
}

/// An RDF literal: a lexical form with a datatype, or a language tag (then the datatype is rdf:langString).
public struct Literal: Hashable, Comparable, Sendable {
  public let lexical: String
  /// `nil` means xsd:string (when `language` is nil) or rdf:langString (when it is not).
  public let datatype: IRI?
  public let language: String?

  public init(_ lexical: String, datatype: IRI? = nil) {
    self.lexical = lexical
    self.datatype = datatype == XSD.string ? nil : datatype
    self.language = nil
  }
  public init(_ lexical: String, language: String) {
    self.lexical = lexical
    self.datatype = nil
    self.language = language
  }
  /// The effective datatype IRI (xsd:string or rdf:langString when none is given).
  public var effectiveDatatype: IRI { datatype ?? (language == nil ? XSD.string : RDF.langString) }

  public static func < (a: Literal, b: Literal) -> Bool {
    (a.lexical, a.language ?? "", a.datatype?.value ?? "") < (b.lexical, b.language ?? "", b.datatype?.value ?? "")
  }
  public static func integer(_ n: Int) -> Literal { Literal(String(n), datatype: XSD.integer) }
  public static func nonNegative(_ n: Int) -> Literal { Literal(String(n), datatype: XSD.nonNegativeInteger) }
  public static func boolean(_ b: Bool) -> Literal { Literal(b ? "true" : "false", datatype: XSD.boolean) }
}

/// A node or value in a triple: an IRI, a blank node (by label) or a literal.
public enum Term: Hashable, Comparable, Sendable {
  case iri(IRI)
  case blank(String)
  case literal(Literal)

  public var iri: IRI? { if case .iri(let i) = self { return i } else { return nil } }
  public var literal: Literal? { if case .literal(let l) = self { return l } else { return nil } }
  public var isLiteral: Bool { literal != nil }

  private var rank: Int {
    switch self { case .iri: 0; case .blank: 1; case .literal: 2 }
  }
  public static func < (a: Term, b: Term) -> Bool {
    switch (a, b) {
    case (.iri(let x), .iri(let y)): return x < y
    case (.blank(let x), .blank(let y)): return x < y
    case (.literal(let x), .literal(let y)): return x < y
    default: return a.rank < b.rank
    }
  }
}

/// One RDF statement. The subject is an IRI or a blank node, never a literal.
public struct Triple: Hashable, Comparable, Sendable {
  public let subject: Term
  public let predicate: IRI
  public let object: Term

  public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
    precondition(!subject.isLiteral, "a literal cannot be a subject")
    self.subject = subject
    self.predicate = predicate
    self.object = object
  }
  public init(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
    self.init(.iri(subject), predicate, .iri(object))
  }
  public init(_ subject: IRI, _ predicate: IRI, _ object: Literal) {
    self.init(.iri(subject), predicate, .literal(object))
  }
  public static func < (a: Triple, b: Triple) -> Bool {
    if a.subject != b.subject { return a.subject < b.subject }
    if a.predicate != b.predicate { return a.predicate < b.predicate }
    return a.object < b.object
  }
}
