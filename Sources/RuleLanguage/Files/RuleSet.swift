import ClaimGraphText

/// Every rule of a rules folder, loaded, validated and compiled.
public struct RuleSet: Sendable {
  public let root: String
  /// The entity classes and claim predicates declared in `vocabulary.yaml`.
  public let vocabulary: Vocabulary
  public let policy: OverlapPolicy
  public let gazetteer: [GazetteerEntry]
  public let entityRules: [EntityRule]
  public let claimRules: [ClaimRule]
  public let grammars: [Language: ClaimGrammar]
  public let parties: [Language: PartyGrammar]
  /// Examples by file (relative path).
  public let examples: [String: [RuleExample]]
  /// Rule files read, relative to `root`, sorted.
  public let files: [String]
  /// Lint findings that do not stop extraction.
  public let warnings: [Diagnostic]

  public func entry(id: EntityKey) -> GazetteerEntry? { gazetteerIndex[id].map { gazetteer[$0] } }
  let gazetteerIndex: [EntityKey: Int]

  init(
    root: String, vocabulary: Vocabulary, policy: OverlapPolicy, gazetteer: [GazetteerEntry], entityRules: [EntityRule],
    claimRules: [ClaimRule], grammars: [Language: ClaimGrammar], parties: [Language: PartyGrammar],
    examples: [String: [RuleExample]], files: [String], warnings: [Diagnostic]
  ) {
    self.root = root; self.vocabulary = vocabulary; self.policy = policy; self.gazetteer = gazetteer
    self.entityRules = entityRules; self.claimRules = claimRules; self.grammars = grammars
    self.parties = parties; self.examples = examples; self.files = files; self.warnings = warnings
    var idx: [EntityKey: Int] = [:]
    for (i, e) in gazetteer.enumerated() { idx[e.id] = i }
    self.gazetteerIndex = idx
  }
}
