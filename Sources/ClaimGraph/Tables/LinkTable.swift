import Extraction
import RuleLanguage

/// Entities and events found in more than one document, with the documents and (for events) dates: what
/// `links.tsv` and `claimgraph link` show.
public struct LinkTable: Sendable {
  /// One entity named in more than one document.
  public struct Row: Sendable, Equatable {
    /// The entity's key (its IRI local part).
    public let key: String
    /// The entity's class (local name, e.g. `Country`).
    public let entityClass: String
    /// The Japanese label, else the English one, else the key.
    public let label: String
    /// An event's date (lexical form), else empty.
    public let date: String
    /// The file names of the documents that name it, sorted.
    public let documents: [String]
  }

  private var documents: [EntityKey: Set<String>] = [:]
  private var records: [EntityKey: EntityRecord] = [:]

  /// An empty table.
  public init() {}

  /// Records the entities one document mentions.
  public mutating func add(_ x: DocumentExtraction) {
    for m in x.mentions {
      documents[m.entityKey, default: []].insert(x.document.fileName)
      if records[m.entityKey] == nil { records[m.entityKey] = x.entities[m.entityKey] }
    }
  }

  /// The entities named in more than one document, by key.
  public var rows: [Row] {
    documents.keys.sorted().compactMap { k in
      guard let d = documents[k], d.count > 1, let e = records[k] else { return nil }
      return Row(
        key: k.rawValue, entityClass: e.entityClass.name, label: e.labels["ja"] ?? e.labels["en"] ?? k.rawValue,
        date: e.date?.lexical ?? "", documents: d.sorted())
    }
  }

  /// The table as tab-separated values with a header line.
  public var tsv: String {
    "entity\tclass\tlabel\tdate\tdocuments\n"
      + rows.map { "\($0.key)\t\($0.entityClass)\t\($0.label)\t\($0.date)\t\($0.documents.joined(separator: ","))\n" }
      .joined()
  }
}
