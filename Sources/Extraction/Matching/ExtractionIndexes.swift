import ClaimGraphText
import RuleLanguage

/// What an extractor builds once from its rule set: the gazetteer's automaton and the persons by name.
struct ExtractionIndexes: Sendable {
  let gazetteer: GazetteerMatcher
  /// Gazetteer persons by the folded key of every full name they are known by.
  let personsByName: [String: [Int]]
  /// Gazetteer persons by the folded key of their surnames.
  let personsBySurname: [String: [Int]]

  init(rules: RuleSet) {
    gazetteer = GazetteerMatcher(
      entries: rules.gazetteer,
      lexicons: rules.textLexicons.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { rules.textLexicons[$0] })
    var full: [String: [Int]] = [:]
    var short: [String: [Int]] = [:]
    for (i, g) in rules.gazetteer.enumerated() where g.entityClass.has(.person) {
      for name in Set(g.surfaceForms.map(UnicodeNormalization.foldedKey)) { full[name, default: []].append(i) }
      for name in Set(g.shortNames.map(UnicodeNormalization.foldedKey)) { short[name, default: []].append(i) }
    }
    personsByName = full
    personsBySurname = short
  }
}
