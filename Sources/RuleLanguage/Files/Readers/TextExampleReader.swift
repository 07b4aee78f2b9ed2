/// Reads the examples of `rules/text/<lang>.yaml`: rule-file examples (entities, claims) that may also say
/// which date and place their events are given (`events:`).
extension RuleSetBuilder {
  func readTextExample(_ v: YAMLValue) throws -> RuleExample {
    let m = try v.mapping("an example")
    let events = try m.optional("events").map { try $0.list("'events'").map(LexiconExampleReader.expectedEvent) }
    var example = try readExample(v, alsoAllowed: ["events"])
    example.lexicon = .events(expected: events ?? [])
    return example
  }
}
