import RuleTestSupport
import Testing

@testable import RuleLanguage

@Suite("Rule file warnings (lint)")
struct LintWarningTests {
  @Test("lint: a nested unbounded repetition gives a warning, not an error")
  func nestedRepetitionWarning() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", patternFile("'y (([kanji]+ ,)+ x)*'"))])
    #expect(
      rules.warnings.map(\.description) == [
        "r.yaml:5:15: warning: rule 'r1': nested unbounded repetition; matching time can explode"
      ])
    #expect(rules.entityRules.count == 1)
    let plain = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", patternFile("'[kanji]+ 会談'"))])
    #expect(plain.warnings == [])
  }

  @Test("lint: the documented example ([kanji]+)* is flagged")
  func nestedRepetitionDocumentedExample() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", patternFile("([kanji]+)* x"))])
    #expect(
      rules.warnings.map(\.description) == [
        "r.yaml:5:14: warning: rule 'r1': nested unbounded repetition; matching time can explode"
      ])
  }

  @Test("lint: a named sub-pattern that no rule uses gives a warning")
  func unusedDefine() throws {
    let file = """
      language: ja
      define:
        unused: 会議
      patterns:
        - id: r1
          class: Event
          pattern: 会談
      """
    let rules = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", file)])
    #expect(rules.warnings.map(\.description) == ["r.yaml:3:11: warning: pattern 'unused' (ja) is never used"])
  }
}
