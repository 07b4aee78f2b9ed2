import Testing

@testable import RuleLanguage

@Suite("Rule file errors: patterns")
struct RuleFilePatternErrorTests {
  @Test(
    "pattern errors are located in the rule file (plain YAML values)",
    arguments: [
      ("(会談", "r.yaml:5:17: error: expected ')'"),
      ("a [kanji", "r.yaml:5:16: error: expected ']'"),
      ("a \"bc", "r.yaml:5:16: error: expected '\"' to close the quoted text"),
      (
        "を {Foo}",
        "r.yaml:5:16: error: unknown entity class 'Foo' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme)"
      ),
      (
        "x [foo]",
        "r.yaml:5:16: error: unknown character class 'foo' (expected one of kanji, katakana, hiragana, kana, latin, upper, lower, digit, alnum, punct, space, any)"
      ),
      ("x @nope", "r.yaml:5:16: error: unknown pattern '@nope'"),
      ("x?", "r.yaml:5:14: error: rule 'r1': pattern can match the empty text"),
      ("(?= 会談)", "r.yaml:5:14: error: rule 'r1': pattern can match the empty text"),
    ])
  func patternErrors(value: String, expected: String) {
    #expect(loadErrors([("r.yaml", patternFile(value))]) == [expected])
  }

  @Test("pattern errors in quoted YAML values point at the character in the file")
  func quotedPatternColumns() {
    // `    pattern: "(会談"`: the value's quote is column 14, `(` column 15, the closing quote column 18.
    #expect(loadErrors([("r.yaml", patternFile("\"(会談\""))]) == ["r.yaml:5:18: error: expected ')'"])
    #expect(
      loadErrors([("r.yaml", patternFile("'x {Foo}'"))]).first?.hasPrefix(
        "r.yaml:5:17: error: unknown entity class 'Foo'") == true)
  }

  @Test("a pattern that refers to itself is an error at its definition")
  func selfReference() {
    let file = """
      language: ja
      define:
        loop: a @loop
      patterns:
        - id: r1
          class: Event
          pattern: x @loop
      """
    #expect(loadErrors([("r.yaml", file)]) == ["r.yaml:3:9: error: pattern 'loop' refers to itself"])
    let mutual = """
      language: ja
      define:
        ping: a @pong
        pong: b @ping
      patterns:
        - id: r1
          class: Event
          pattern: x @ping
      """
    #expect(loadErrors([("r.yaml", mutual)]) == ["r.yaml:3:9: error: pattern 'ping' refers to itself"])
  }
}
