import ClaimGraphText
import Extraction
import RuleLanguage
import RuleTestSupport

/// An extractor over the real rules/ folder.
func realExtractor() throws -> Extractor { Extractor(rules: try realRules.get()) }

extension DocumentExtraction {
  /// Every mention as (surface text, entity key), in text order.
  var mentionPairs: [Pair] { mentions.map { Pair(document.text.slice($0.range), $0.entityKey.rawValue) } }
  /// Every mention as (range, entity key), in text order.
  var mentionRanges: [RangeKey] { mentions.map { RangeKey(range: $0.range, key: $0.entityKey.rawValue) } }
  /// The claims as short strings: `predicate(agents → "object text")` plus flags.
  var claimSummaries: [String] {
    claims.map { c in
      var s = "\(c.predicate)(\(c.agents.map(\.rawValue).joined(separator: "+")) → \"\(c.objectText)\")"
      if !c.objects.isEmpty { s += " objects=\(c.objects.map(\.rawValue).joined(separator: ","))" }
      if !c.addressees.isEmpty { s += " addressees=\(c.addressees.map(\.rawValue).joined(separator: ","))" }
      if let m = c.modality { s += " " + m }
      if c.negated { s += " negated" }
      if c.agentInferred { s += " inferred" }
      return s
    }
  }
  /// The key of the first mention whose surface text is `surface`.
  func key(of surface: String) -> String? { mentionPairs.first { $0.text == surface }?.key }
}

/// A surface text and the key it names.
struct Pair: Equatable, CustomStringConvertible {
  let text: String
  let key: String
  init(_ text: String, _ key: String) { self.text = text; self.key = key }
  var description: String { "\(text)→\(key)" }
}

/// A mention's range and key (what the overlap policy decides).
struct RangeKey: Equatable, CustomStringConvertible {
  let range: Range<Int>
  let key: String
  var description: String { "\(range.lowerBound)..<\(range.upperBound)→\(key)" }
}

extension EntityClass {
  /// A class by name, without roles (what entity keys are made from).
  static func named(_ name: String) -> EntityClass { EntityClass(name: name, roles: []) }
}
