import Extraction
import RuleLanguage
import RuleTestSupport
import Testing

@Suite("Example checker")
struct ExampleCheckerTests {
  static let files: [(String, String)] = [
    ("gazetteer.yaml", TestRules.gazetteer),
    (
      "claims.yaml",
      """
      language: ja
      grammar:
        agent: (?<agent> 我々 | {Country}) は
      claims:
        - id: condemn
          predicate: condemns
          pattern: を 非難 する
      examples:
        - text: 日本は北大西洋条約機構を非難する。
          entities: [japan, 北大西洋条約機構]
          claims: [{predicate: condemns, object: 北大西洋条約機構, agents: [japan]}]
        - text: 日本は東京を非難する。
          entities: [nato]
          not-entities: [tokyo]
          claims: [{predicate: condemns, object: 大阪}]
          not-claims: [condemns]
      """
    ),
  ]

  @Test("a passing example has no problems; a failing one lists each problem")
  func check() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles + Self.files + textLexiconFiles)
    let checker = ExampleChecker(rules: rules)
    let examples = try #require(rules.examples["claims.yaml"])
    #expect(examples.count == 2)
    #expect(checker.check(examples[0]) == [])
    #expect(
      checker.check(examples[1]) == [
        #"expected entity 'nato' in "日本は東京を非難する。"; found ["日本", "東京"]"#,
        #"entity 'tokyo' must not be found in "日本は東京を非難する。""#,
        #"expected claim condemns → "大阪" in "日本は東京を非難する。"; got ["condemns(japan → \"東京\")"]"#,
        #"claim 'condemns' must not be extracted from "日本は東京を非難する。""#,
      ])
  }
}
