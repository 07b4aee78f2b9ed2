import Testing

@testable import RuleLanguage

@Suite("Rule loading edge cases")
struct RuleLoaderEdgeTests {
  @Test("a name defined for all languages and for one language is the same error whichever file comes first")
  func shadowedDefine() {
    let shared = "define:\n  x: a\n"
    let ja = "language: ja\ndefine:\n  x: b\n"
    let sharedFirst = loadErrors([("a.yaml", shared), ("b.yaml", ja)])
    let languageFirst = loadErrors([("a.yaml", ja), ("b.yaml", shared)])
    #expect(sharedFirst == ["b.yaml:3:3: error: duplicate pattern name 'x'"])
    #expect(languageFirst == ["b.yaml:2:3: error: duplicate pattern name 'x'"])
  }

  @Test("a note key does not hide a misspelt key after it")
  func noteBeforeUnknownKey() {
    let noteFirst = """
      entities:
        - id: japan
          class: Country
          ja: 日本
          note: the state
          alias: [日本国]
      """
    let noteLast = """
      entities:
        - id: japan
          class: Country
          ja: 日本
          alias: [日本国]
          note: the state
      """
    #expect(loadErrors([("g.yaml", noteLast)]).count == 1)
    #expect(loadErrors([("g.yaml", noteFirst)]).count == 1)
  }

  @Test("a key given twice in one mapping is an error")
  func duplicateKey() throws {
    let file = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: 会談
          pattern: 会議
      """
    let errors = loadErrors([("r.yaml", file)])
    #expect(errors.count == 1)
    #expect(errors.first?.contains("duplicate key 'pattern'") == true)
    let first = try #require(errors.first)
    #expect(first.hasPrefix("r.yaml:5:5: error: ") || first.hasPrefix("r.yaml:6:5: error: "))
    #expect(!first.contains("\n"))
  }
}
