import Patterns
import Testing

@testable import RuleLanguage

@Suite("Pattern errors in rule files")
struct PatternDiagnosticTests {
  @Test("columns count Unicode scalars from the pattern's own start column")
  func columnOffset() throws {
    let syntax = PatternSyntax.ruleFile(language: .ja, caseInsensitive: false)
    var parser = PatternParser("日本 {Foo}", syntax: syntax) { _ in nil }
    let error = #expect(throws: PatternSyntaxError.self) { try parser.parse() }
    let d = try #require(error).diagnostic(at: SourceLocation(file: "r.yaml", line: 7, column: 14))
    #expect(d.location.description == "r.yaml:7:17")
    #expect(d.severity == .error)
  }

  @Test("English rule files keep word spaces; Japanese and language-less ones do not")
  func wordSpacesByLanguage() {
    #expect(PatternSyntax.ruleFile(language: .en, caseInsensitive: true).wordSpaces)
    #expect(!PatternSyntax.ruleFile(language: .ja, caseInsensitive: false).wordSpaces)
    #expect(!PatternSyntax.ruleFile(language: nil, caseInsensitive: false).wordSpaces)
  }
}
