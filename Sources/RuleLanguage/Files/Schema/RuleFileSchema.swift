/// The keys each part of a rule file may have, declared once: readers read them, and report any other key as
/// unknown with this list.
enum RuleFileSchema {
  /// The top level of a rule file.
  static let file = [
    "language", "define", "entities", "patterns", "claims", "grammar", "parties", "examples", "overlap",
    "description", "case-insensitive",
  ]
  /// A gazetteer entry (`entities:`).
  static let entity = [
    "id", "class", "ja", "en", "aliases", "abbrev", "short", "roles", "affiliation", "partOf", "members", "wikidata",
    "date", "place", "note",
  ]
  /// The aliases of a gazetteer entry, by language.
  static let aliases = ["ja", "en"]
  /// An office of a person (`roles:`).
  static let role = ["title", "en", "from", "until"]
  /// An entity rule (`patterns:`).
  static let entityRule = [
    "id", "class", "pattern", "phase", "priority", "name", "mention", "alias", "affiliation", "not",
    "needs-date-or-place", "anaphoric", "transparent", "identity", "description", "examples",
  ]
  /// The capture-naming keys of an entity rule.
  static let entityRuleCaptures = ["name", "mention", "alias", "affiliation"]
  /// A claim rule (`claims:`).
  static let claimRule = ["id", "predicate", "pattern", "addressee", "modality", "priority", "description"]
  /// A language's claim grammar (`grammar:`).
  static let grammar = [
    "object-side", "agent", "addressee", "object-boundary", "object-end", "main-continuation", "negation",
    "modality", "embedding-marker", "subordinate-subject", "other-topic", "nominalizer", "pronoun-object",
    "speaker-kept-by", "speaker-switched-by", "collective-topic",
  ]
  /// Where a document's parties are read from (`parties:`).
  static let parties = [
    "topic-markers", "topic-start", "role-affiliations", "role-title", "topic-clause", "speaker-list", "definition",
    "speaks-through-members", "alternative-title",
  ]
  /// An example (`examples:`).
  static let example = ["text", "title", "date", "entities", "not-entities", "not", "claims", "not-claims"]
  /// A claim an example expects.
  static let expectedClaim = ["predicate", "object", "agents", "modality", "negated"]
  /// The top level of `vocabulary.yaml`.
  static let vocabulary = ["description", "classes", "predicates"]
  /// A class of the vocabulary.
  static let vocabularyClass = ["name", "roles", "subclass-of", "label", "comment", "note"]
  /// A predicate of the vocabulary.
  static let vocabularyPredicate = ["name", "label", "cameo", "comment"]
  /// A text in both languages.
  static let bilingualText = ["ja", "en"]
}
