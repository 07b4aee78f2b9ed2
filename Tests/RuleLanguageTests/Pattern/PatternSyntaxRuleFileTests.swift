import Patterns
import RuleTestSupport
import Testing

@testable import RuleLanguage

@Suite("Patterns in rule files")
struct PatternSyntaxRuleFileTests {
  /// The vocabulary of the repository's rules/.
  let repoVocabulary: Vocabulary

  init() throws { repoVocabulary = try VocabularyReader.read(text: coreRuleFiles[0].1) }

  @Test("columns count Unicode scalars from the pattern's own start column")
  func columnOffset() throws {
    let syntax = PatternSyntax.ruleFile(language: .ja, caseInsensitive: false, vocabulary: repoVocabulary)
    var parser = PatternParser("日本 {Foo}", syntax: syntax) { _ in nil }
    let error = #expect(throws: PatternSyntaxError.self) { try parser.parse() }
    let d = try #require(error).diagnostic(at: SourceLocation(file: "r.yaml", line: 7, column: 14))
    #expect(d.location.description == "r.yaml:7:17")
    #expect(d.severity == .error)
  }

  @Test("English rule files keep word spaces; Japanese and language-less ones do not")
  func wordSpacesByLanguage() {
    #expect(PatternSyntax.ruleFile(language: .en, caseInsensitive: true, vocabulary: repoVocabulary).wordSpaces)
    #expect(!PatternSyntax.ruleFile(language: .ja, caseInsensitive: false, vocabulary: repoVocabulary).wordSpaces)
    #expect(!PatternSyntax.ruleFile(language: nil, caseInsensitive: false, vocabulary: repoVocabulary).wordSpaces)
  }

  @Test("the word-space example of rules/README.md: an English file keeps the space of 'Visit to'")
  func readmeVisitExample() throws {
    let rules = try RuleLoader.load(
      files: coreRuleFiles + [
        (
          "patterns/en/v.yaml",
          """
          language: en
          define:
            en-role-title: (Prime Minister|President|Secretary General|Minister for Foreign Affairs)
            visit: (@en-role-title " ")? {Person} "'s " (State|Official) " " Visit to " " {Country}
          patterns:
            - id: visit
              class: Event
              pattern: (?<name> @visit)
              name: name
          """
        )
      ])
    let text = "President Yoon's State Visit to Japan"
    let yoon = MentionSpan(range: 10..<14, entityClass: "Person", tag: 0)
    let japan = MentionSpan(range: 32..<37, entityClass: "Country", tag: 1)
    let pattern = rules.entityRules[0].pattern
    #expect(pattern.allMatches(in: matchInput(text, mentions: [yoon, japan])).map(\.range) == [0..<37])
    let glued = MentionSpan(range: 31..<36, entityClass: "Country", tag: 1)
    #expect(pattern.allMatches(in: matchInput("President Yoon's State Visitto Japan", mentions: [yoon, glued])) == [])
  }

  @Test("a Japanese file reads the same spaces as separators")
  func japaneseSpacesSeparate() throws {
    let rules = try RuleLoader.load(
      files: coreRuleFiles + [
        (
          "patterns/ja/v.yaml",
          """
          language: ja
          patterns:
            - id: summit
              class: Event
              pattern: (?<name> 首脳 会談)
              name: name
          """
        )
      ])
    #expect(rules.entityRules[0].pattern.allMatches(in: matchInput("日米首脳会談")).map(\.range) == [2..<6])
  }
}
