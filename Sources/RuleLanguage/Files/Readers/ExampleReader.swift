/// Reads the examples of a rule file (`examples:`, also under a rule).
extension RuleSetBuilder {
  func readExample(_ v: YAMLValue, alsoAllowed: [String] = []) throws -> RuleExample {
    let m = try v.mapping("an example")
    let text = try m.require("text", in: "example").requireString("the example's text")
    var claims: [RuleExample.ExpectedClaim] = []
    if let c = m.optional("claims") {
      for item in try c.list("'claims'") { claims.append(try readExpectedClaim(item)) }
    }
    let notEntities =
      (try m.optional("not-entities")?.strings("entities") ?? []) + (try m.optional("not")?.strings("entities") ?? [])
    let ex = RuleExample(
      text: text, documentTitle: try m.optionalString("title"), documentDate: try m.optionalString("date"),
      entities: try m.optional("entities")?.strings("entities") ?? [], notEntities: notEntities,
      claims: claims, notClaims: try m.optional("not-claims")?.strings("predicates") ?? [], location: m.location)
    for key in alsoAllowed { _ = m.optional(key) }  // read by the caller
    if let bad = m.unknownKeys(in: "example", allowed: RuleFileSchema.example + alsoAllowed).first { throw bad }
    return ex
  }

  func readExpectedClaim(_ item: YAMLValue) throws -> RuleExample.ExpectedClaim {
    let cm = try item.mapping("an expected claim")
    let predValue = try cm.require("predicate", in: "expected claim")
    let pred = try predValue.requireString("a predicate")
    try checkPredicate(pred, at: predValue, what: "")
    let claim = RuleExample.ExpectedClaim(
      predicate: pred, object: try cm.optionalString("object"), agents: try cm.optional("agents")?.strings("agents"),
      modality: try cm.optionalString("modality"),
      negated: try cm.optional("negated").map { _ in try cm.bool("negated", default: false) })
    if let bad = cm.unknownKeys(in: "expected claim", allowed: RuleFileSchema.expectedClaim).first { throw bad }
    return claim
  }
}
