import ClaimGraphText
import Patterns

/// Reads the claim rules of a rule file (`claims:`).
extension RuleSetBuilder {
  mutating func readClaimRule(
    _ v: YAMLValue, path: String, language: Language?, caseInsensitive: Bool
  ) throws -> ClaimRule? {
    let heading = try RuleHeading(v, kind: "claim rule", allowed: RuleFileSchema.claimRule, language: language)
    let (m, id, what, language) = (heading.mapping, heading.id, heading.what, heading.language)
    let predValue = try m.require("predicate", in: what)
    let pred = try predValue.requireString("a predicate")
    try checkPredicate(pred, at: predValue, what: "\(what): ")
    let pattern = try compile(
      m.require("pattern", in: what), language: language, what: what, caseInsensitive: caseInsensitive)
    let rule = ClaimRule(
      id: id, ruleID: RuleID(file: path, id: id), language: language, predicate: pred,
      pattern: pattern ?? CompiledPattern(node: .literal([]), source: ""),
      takesAddressee: try m.bool("addressee", default: false), modality: try m.optionalString("modality"),
      priority: try m.int("priority", default: 0), location: m.location)
    _ = m.optional("description")
    return pattern == nil ? nil : rule
  }
}
