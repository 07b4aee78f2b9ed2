import Testing

@testable import RuleLanguage

@Suite("Rule file errors: unknown and misspelt keys")
struct UnknownKeyTests {
  @Test("unknown keys are errors at the key")
  func unknownKeys() {
    let top = """
      language: ja
      patern:
        - id: r1
      """
    #expect(
      loadErrors([("r.yaml", top)]) == [
        "r.yaml:2:1: error: rule file: unknown key 'patern' (expected one of language, define, entities, patterns, claims, grammar, parties, examples, overlap, description, case-insensitive)"
      ])
    let inRule = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: 会談
          priorty: 3
      """
    let ruleErrors = loadErrors([("r.yaml", inRule)])
    #expect(ruleErrors.count == 1)
    #expect(
      ruleErrors.first?.hasPrefix(
        "r.yaml:6:5: error: rule 'r1': unknown key 'priorty' (expected one of id, class, pattern, phase, priority,")
        == true, "\(ruleErrors)")
    let inEntity = """
      entities:
        - id: japan
          class: Country
          ja: 日本
          alias: [日本国]
      """
    #expect(
      loadErrors([("g.yaml", inEntity)]).first?.hasPrefix(
        "g.yaml:5:5: error: entity 'japan': unknown key 'alias' (expected one of id, class, ja, en, aliases,") == true)
    let inClaim = """
      language: ja
      claims:
        - id: c1
          predicate: condemns
          pattern: を 非難 する
          modallity: strong
      """
    #expect(
      loadErrors([("c.yaml", inClaim)]) == [
        "c.yaml:6:5: error: rule 'c1': unknown key 'modallity' (expected one of id, predicate, pattern, addressee, modality, priority, description)"
      ])
  }

  @Test("a misspelt required key (patern:) is reported as the missing key at the rule")
  func misspeltRequiredKey() {
    let file = """
      language: ja
      patterns:
        - id: r1
          class: Event
          patern: 会談
      """
    let errors = loadErrors([("r.yaml", file)])
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix("r.yaml:5:5: error: rule 'r1': unknown key 'patern' (expected one of id, class, pattern,")
        == true)
    #expect(errors.contains { $0.contains("'patern'") })
  }
}
