/// A set of triples, optionally named. Insertion is idempotent; `sorted` gives the canonical order writers use.
public struct Graph: Sendable, Equatable {
  /// The graph's name (the document's IRI for a per-document graph), used by N-Quads.
  public var name: IRI?
  private var storage: Set<Triple> = []

  /// A graph named `name` holding `triples` (each once).
  public init(name: IRI? = nil, triples: some Sequence<Triple> = []) {
    self.name = name
    for t in triples { storage.insert(t) }
  }

  /// How many triples the graph holds.
  public var count: Int { storage.count }
  /// Whether the graph holds no triple.
  public var isEmpty: Bool { storage.isEmpty }
  /// Whether the graph holds `t`.
  public func contains(_ t: Triple) -> Bool { storage.contains(t) }

  /// Adds `t` (nothing changes when the graph holds it already).
  public mutating func insert(_ t: Triple) { storage.insert(t) }
  /// Adds the triple between two IRIs.
  public mutating func insert(_ s: IRI, _ p: IRI, _ o: IRI) { storage.insert(Triple(s, p, o)) }
  /// Adds the triple giving `s` the literal value `o`.
  public mutating func insert(_ s: IRI, _ p: IRI, _ o: Literal) { storage.insert(Triple(s, p, o)) }
  /// Adds every triple of `other` (the name stays this graph's).
  public mutating func formUnion(_ other: Graph) { storage.formUnion(other.storage) }

  /// All triples in canonical order (subject, predicate, object).
  public var sorted: [Triple] { storage.sorted() }

  /// Triples grouped by subject, subjects in canonical order; within a subject, predicates and objects sorted.
  package var bySubject: [(subject: Term, triples: [Triple])] {
    var groups: [Term: [Triple]] = [:]
    for t in storage { groups[t.subject, default: []].append(t) }
    return groups.keys.sorted().map { ($0, groups[$0]!.sorted()) }
  }

  /// The values of `p` for `s`, sorted.
  public func objects(_ s: Term, _ p: IRI) -> [Term] {
    storage.filter { $0.subject == s && $0.predicate == p }.map(\.object).sorted()
  }
}
