import Testing

@testable import RuleLanguage

@Suite("Rule file errors: the report")
struct DiagnosticReportTests {
  @Test("every error of every file is reported, sorted by location, one per line")
  func allErrorsTogether() {
    let result = loadRules([
      ("b.yaml", patternFile("x [foo]")),
      ("a.yaml", patternFile("(会談")),
      ("a2.yaml", "language: ja\npatern: 1\n"),
    ])
    guard case .failure(let e) = result else {
      Issue.record("expected errors")
      return
    }
    #expect(e.diagnostics.map(\.location.description) == ["a.yaml:5:17", "a2.yaml:2:1", "b.yaml:5:16"])
    #expect(e.description.split(separator: "\n").count == 3)
    #expect(
      e.description.hasPrefix("a.yaml:5:17: error: expected ')'\na2.yaml:2:1: error: rule file: unknown key 'patern'"))
  }
}
