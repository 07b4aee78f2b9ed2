import Extraction
import RuleLanguage

/// Counts of a run, gathered document by document: documents, sentences, entities, dates, claims per predicate,
/// and the entities found in more than one document.
public struct RunStatistics: Sendable {
  /// Documents extracted.
  public private(set) var documents = 0
  /// Sentences (segments) of all documents.
  public private(set) var sentences = 0
  /// Entity mentions of all documents.
  public private(set) var mentions = 0
  /// Date mentions of all documents.
  public private(set) var dates = 0
  /// The keys of every entity mentioned.
  public private(set) var entities = Set<EntityKey>()
  /// Claims by predicate (local name, e.g. `condemns`).
  public private(set) var claimsByPredicate: [String: Int] = [:]
  /// The entities and events found in more than one document.
  public private(set) var links = LinkTable()
  /// The extraction's warnings, each with the document it is about (`x.txt: no parties found …`).
  public private(set) var warnings: [String] = []

  /// Empty counts.
  public init() {}

  /// Counts one document's extraction.
  public mutating func add(_ x: DocumentExtraction) {
    documents += 1
    sentences += x.segments.count
    mentions += x.mentions.count
    dates += x.dates.count
    for m in x.mentions { entities.insert(m.entityKey) }
    for c in x.claims { claimsByPredicate[c.predicate, default: 0] += 1 }
    links.add(x)
    for w in x.warnings { warnings.append("\(x.document.fileName): \(w)") }
  }

  /// The counts, one a line, as the summary shows them.
  public var text: String {
    var lines = [
      "documents: \(documents)",
      "sentences: \(sentences)",
      "entities: \(entities.count) distinct, \(mentions) mentions",
      "dates: \(dates)",
      "claims: \(claimsByPredicate.values.reduce(0, +))",
    ]
    for p in claimsByPredicate.keys.sorted() { lines.append("  \(p): \(claimsByPredicate[p]!)") }
    lines.append("entities in more than one document: \(links.rows.count) (see links.tsv)")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// What a run reports when it has written everything: its counts and the patterns whose matching was cut off.
public struct RunSummary: Sendable {
  /// The counts of the run.
  public let statistics: RunStatistics
  /// Pattern sources whose matching hit the step or depth limit, with how often, sorted by source.
  public let cutOffPatterns: [(source: String, count: Int)]

  /// The summary: the counts, then one warning a line per document warning and per cut-off pattern.
  public var text: String {
    statistics.text
      + statistics.warnings.map { "warning: \($0)\n" }.joined()
      + cutOffPatterns.map {
        "warning: matching of pattern '\($0.source)' was cut off \($0.count) times (step or depth limit)\n"
      }.joined()
  }
}
