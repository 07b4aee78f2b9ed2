/// An absolute IRI. The model does not validate beyond non-emptiness; writers check what their syntax needs.
///
/// Equality, hashing and order compare the exact Unicode scalars (RDF terms are equal only when their characters
/// are), not Swift's canonical equivalence, which would merge "é" with "e" + U+0301.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The IRI as text, without angle brackets.
  public let value: String
  /// The IRI `value`.
  public init(_ value: String) { self.value = value }
  /// The IRI in angle brackets, as N-Triples writes it.
  public var description: String { "<\(value)>" }
  /// IRIs are equal when their Unicode scalars are.
  public static func == (a: IRI, b: IRI) -> Bool { ScalarOrder.equal(a.value, b.value) }
  /// IRIs hash by their UTF-8 bytes.
  public func hash(into h: inout Hasher) { ScalarOrder.hash(value, into: &h) }
  /// IRIs order by code point.
  public static func < (a: IRI, b: IRI) -> Bool { ScalarOrder.less(a.value, b.value) }
  /// Appends `local` to this IRI (a namespace).
  package func appending(_ local: String) -> IRI { IRI(value + local) }
}

/// An RDF literal: a lexical form with a datatype, or a language tag (then the datatype is rdf:langString).
public struct Literal: Hashable, Comparable, Sendable {
  /// The lexical form (`2025-04-09`, `非難する`).
  public let lexical: String
  /// `nil` means xsd:string (when `language` is nil) or rdf:langString (when it is not).
  public let datatype: IRI?
  /// The language tag (`ja`, `en`), or nil.
  public let language: String?

  /// A typed literal; `datatype` nil or xsd:string make a plain string.
  public init(_ lexical: String, datatype: IRI? = nil) {
    self.lexical = lexical
    self.datatype = datatype == XSD.string ? nil : datatype
    self.language = nil
  }
  /// A literal with a language tag (its datatype is rdf:langString).
  public init(_ lexical: String, language: String) {
    self.lexical = lexical
    self.datatype = nil
    self.language = language
  }
  /// The effective datatype IRI (xsd:string or rdf:langString when none is given).
  public var effectiveDatatype: IRI { datatype ?? (language == nil ? XSD.string : RDF.langString) }

  /// Literals are equal when their lexical forms (scalar by scalar), languages and datatypes are.
  public static func == (a: Literal, b: Literal) -> Bool {
    ScalarOrder.equal(a.lexical, b.lexical) && a.language == b.language && a.datatype == b.datatype
  }
  /// Literals hash by lexical form, language and datatype.
  public func hash(into h: inout Hasher) {
    ScalarOrder.hash(lexical, into: &h)
    h.combine(language)
    h.combine(datatype)
  }
  /// Literals order by lexical form (code points), then language, then datatype.
  public static func < (a: Literal, b: Literal) -> Bool {
    if !ScalarOrder.equal(a.lexical, b.lexical) { return ScalarOrder.less(a.lexical, b.lexical) }
    if a.language != b.language { return (a.language ?? "") < (b.language ?? "") }
    return ScalarOrder.less(a.datatype?.value ?? "", b.datatype?.value ?? "")
  }
  /// `n` as an xsd:integer.
  public static func integer(_ n: Int) -> Literal { Literal(String(n), datatype: XSD.integer) }
  /// `n` as an xsd:nonNegativeInteger (an offset).
  public static func nonNegative(_ n: Int) -> Literal { Literal(String(n), datatype: XSD.nonNegativeInteger) }
  /// `b` as an xsd:boolean (`true`, `false`).
  public static func boolean(_ b: Bool) -> Literal { Literal(b ? "true" : "false", datatype: XSD.boolean) }
}

/// A node or value in a triple: an IRI, a blank node (by label) or a literal.
public enum Term: Hashable, Comparable, Sendable {
  /// A node named by an IRI.
  case iri(IRI)
  /// A blank node, by its label (without `_:`).
  case blank(String)
  /// A value.
  case literal(Literal)

  /// The IRI, when the term is one.
  public var iri: IRI? { if case .iri(let i) = self { return i } else { return nil } }
  /// The literal, when the term is one.
  public var literal: Literal? { if case .literal(let l) = self { return l } else { return nil } }
  /// Whether the term is a literal.
  public var isLiteral: Bool { literal != nil }

  private var rank: Int {
    switch self {
    case .iri: 0;
    case .blank: 1;
    case .literal: 2
    }
  }
  /// IRIs before blank nodes before literals; within a kind, the kind's order.
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
  /// What the statement is about: an IRI or a blank node.
  public let subject: Term
  /// The property.
  public let predicate: IRI
  /// The value: any term.
  public let object: Term

  /// A triple; `subject` must not be a literal.
  public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
    precondition(!subject.isLiteral, "a literal cannot be a subject")
    self.subject = subject
    self.predicate = predicate
    self.object = object
  }
  /// A triple between two IRIs.
  public init(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
    self.init(.iri(subject), predicate, .iri(object))
  }
  /// A triple giving an IRI a literal value.
  public init(_ subject: IRI, _ predicate: IRI, _ object: Literal) {
    self.init(.iri(subject), predicate, .literal(object))
  }
  /// The canonical order of writers: subject, then predicate, then object.
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
