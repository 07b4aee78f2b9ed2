/// An absolute IRI. The model does not validate beyond non-emptiness; writers check what their syntax needs.
///
/// Equality, hashing and order compare the exact Unicode scalars (RDF terms are equal only when their characters
/// are), not Swift's canonical equivalence, which would merge "é" with "e" + U+0301.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let value: String
  public init(_ value: String) { self.value = value }
  public var description: String { "<\(value)>" }
  public static func == (a: IRI, b: IRI) -> Bool { ScalarOrder.equal(a.value, b.value) }
  public func hash(into h: inout Hasher) { ScalarOrder.hash(value, into: &h) }
  public static func < (a: IRI, b: IRI) -> Bool { ScalarOrder.less(a.value, b.value) }
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

  public static func == (a: Literal, b: Literal) -> Bool {
    ScalarOrder.equal(a.lexical, b.lexical) && a.language == b.language && a.datatype == b.datatype
  }
  public func hash(into h: inout Hasher) {
    ScalarOrder.hash(lexical, into: &h)
    h.combine(language)
    h.combine(datatype)
  }
  public static func < (a: Literal, b: Literal) -> Bool {
    if !ScalarOrder.equal(a.lexical, b.lexical) { return ScalarOrder.less(a.lexical, b.lexical) }
    if a.language != b.language { return (a.language ?? "") < (b.language ?? "") }
    return ScalarOrder.less(a.datatype?.value ?? "", b.datatype?.value ?? "")
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

/// Compares strings by their exact UTF-8 bytes: UTF-8 byte order is code point order, the order writers use.
enum ScalarOrder {
  static func compare(_ a: String, _ b: String) -> Int {
    var x = a
    var y = b
    return x.withUTF8 { p in
      y.withUTF8 { q in
        let n = Swift.min(p.count, q.count)
        for i in 0..<n where p[i] != q[i] { return p[i] < q[i] ? -1 : 1 }
        return p.count == q.count ? 0 : (p.count < q.count ? -1 : 1)
      }
    }
  }
  static func less(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }
  static func equal(_ a: String, _ b: String) -> Bool { a.utf8.count == b.utf8.count && compare(a, b) == 0 }
  static func hash(_ s: String, into h: inout Hasher) {
    var copy = s
    copy.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
