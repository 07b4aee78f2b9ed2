import ClaimGraphText
import Patterns

/// Reads the entity rules of a rule file (`patterns:`).
extension RuleSetBuilder {
  mutating func readEntityRule(_ v: YAMLValue, path: String, language: Language?) throws -> EntityRule? {
    let heading = try RuleHeading(v, kind: "pattern rule", allowed: RuleFileSchema.entityRule, language: language)
    let (m, id, what, language) = (heading.mapping, heading.id, heading.what, heading.language)
    let classValue = try m.require("class", in: what)
    let cls = try entityClass(try classValue.requireString("a class"), at: classValue, what: what)
    let pv = try m.require("pattern", in: what)
    let src = try pv.requireString("a pattern")
    let pattern = compile(src, at: pv.location, language: language, what: what)
    let stop = Set(
      try (m.optional("not")?.strings("names") ?? []).map { String(String.UnicodeScalarView(WidthFolding.fold($0))) })
    var captures: [String: String] = [:]
    for key in RuleFileSchema.entityRuleCaptures {
      if let s = try m.optionalString(key) { captures[key] = s }
    }
    let identity = try m.optional("identity")?.strings("capture names") ?? []
    if let pattern { try Self.checkCaptures(m, captures: captures, identity: identity, in: pattern.node, what: what) }
    let rule = EntityRule(
      id: id, ruleID: RuleID(file: path, id: id), language: language, entityClass: cls,
      pattern: pattern ?? CompiledPattern(node: .literal([]), source: src),
      phase: try m.int("phase", default: 1), priority: try m.int("priority", default: 0),
      nameCapture: captures["name"], mentionCapture: captures["mention"], aliasCapture: captures["alias"],
      affiliationCapture: captures["affiliation"], stopNames: stop,
      requiresDateOrPlace: try m.bool("needs-date-or-place", default: false),
      anaphoric: try m.bool("anaphoric", default: false), transparent: try m.bool("transparent", default: false),
      identityCaptures: identity, location: m.location)
    _ = m.optional("description")
    // Examples written under a rule are run with the file's examples.
    if let ex = m.optional("examples") {
      ruleExamples[path, default: []] += try ex.list("'examples'").map { try readExample($0) }
    }
    return pattern == nil ? nil : rule
  }

  /// The capture names a rule's keys give must be captures of its pattern.
  static func checkCaptures(
    _ m: YAMLMapping, captures: [String: String], identity: [String], in node: PatternNode, what: String
  ) throws {
    let names = captureNames(node)
    for cap in identity where !names.contains(cap) {
      throw m.optional("identity")!.fail(
        "\(what): 'identity' names capture '\(cap)', which the pattern does not define")
    }
    for (key, cap) in captures where !names.contains(cap) {
      throw m.optional(key)!.fail("\(what): '\(key)' names capture '\(cap)', which the pattern does not define")
    }
  }

  static func captureNames(_ n: PatternNode) -> Set<String> {
    switch n {
    case .capture(let c, let x): return captureNames(x).union([c])
    case .sequence(let xs), .alternation(let xs):
      return xs.reduce(into: Set<String>()) { $0.formUnion(captureNames($1)) }
    case .repetition(let x, _, _, _), .lookahead(let x, _), .lookbehind(let x, _): return captureNames(x)
    default: return []
    }
  }
}
