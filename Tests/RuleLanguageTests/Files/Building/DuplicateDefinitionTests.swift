import Testing

@testable import RuleLanguage

@Suite("Rule file errors: duplicate ids and names")
struct DuplicateDefinitionTests {
  @Test("duplicate entity ids, rule ids and pattern names")
  func duplicates() {
    let gazetteer = """
      entities:
        - id: japan
          class: Country
          ja: 日本
        - id: japan
          class: Country
          ja: 日本国
      """
    #expect(
      loadErrors([("g.yaml", gazetteer)]) == [
        "g.yaml:5:5: error: duplicate entity id 'japan' (first defined at g.yaml:2:5)"
      ])
    let other = """
      entities:
        - id: japan
          class: Country
          ja: 日本
      """
    #expect(
      loadErrors([("a.yaml", other), ("b.yaml", other)]) == [
        "b.yaml:2:5: error: duplicate entity id 'japan' (first defined at a.yaml:2:5)"
      ])

    let rules = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: 会談
        - id: r1
          class: Event
          pattern: 会議
      """
    #expect(loadErrors([("r.yaml", rules)]) == ["r.yaml:6:5: error: duplicate rule id 'r1' (first at r.yaml:3:5)"])
    // Rule ids are per file: the same id in two files is two rules.
    #expect(loadErrors([("a.yaml", patternFile("会談")), ("b.yaml", patternFile("会議"))]) == [])

    let defines = """
      define:
        x: a
      """
    let defines2 = """
      define:
        x: b
      """
    #expect(
      loadErrors([("a.yaml", defines), ("b.yaml", defines2)]) == ["b.yaml:2:3: error: duplicate pattern name 'x'"])
  }
}
