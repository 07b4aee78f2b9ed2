import ClaimGraphText

/// Every rule of a rules folder, loaded, validated and compiled.
public struct RuleSet: Sendable {
  /// The rules folder the rule set was loaded from.
  public let root: String
  /// The entity classes and claim predicates declared in `vocabulary.yaml`.
  public let vocabulary: Vocabulary
  /// How overlapping candidate mentions are resolved.
  public let policy: OverlapPolicy
  /// The known entities, in file order.
  public let gazetteer: [GazetteerEntry]
  /// The rules that find entity names the gazetteer does not know.
  public let entityRules: [EntityRule]
  /// The rules that recognize claims.
  public let claimRules: [ClaimRule]
  /// The claim grammar of each language.
  public let grammars: [Language: ClaimGrammar]
  /// Where the parties of each language's documents are read from.
  public let parties: [Language: PartyGrammar]
  /// Examples by file (relative path).
  public let examples: [String: [RuleExample]]
  /// Rule files read, relative to `root`, sorted.
  public let files: [String]
  /// Lint findings that do not stop extraction.
  public let warnings: [Diagnostic]
  /// The lexicons (`dates/`, `sentences/`, `text/`); see `dateLexicon`, `sentenceLexicons`, `textLexicons`.
  var lexicons = Lexicons()

  /// The gazetteer entry with this id, if any.
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
