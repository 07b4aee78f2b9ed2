import Testing

@testable import RuleLanguage

@Suite("Rule file errors: YAML")
struct YAMLErrorTests {
  @Test("bad YAML gives the line and column that Yams reports")
  func badYAML() {
    let unclosed = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: "会談
      """
    // The end of the stream: line 5, after `    pattern: "会談`.
    #expect(
      loadErrors([("r.yaml", unclosed)]) == [
        "r.yaml:5:17: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar"
      ])

    let badIndent = """
      language: ja
      patterns:
        - id: r1
          class: Event
         pattern: 会談
      """
    #expect(
      loadErrors([("r.yaml", badIndent)]) == [
        "r.yaml:5:4: error: invalid YAML: did not find expected '-' indicator while parsing a block collection"
      ])

    #expect(loadErrors([("r.yaml", "")]) == ["r.yaml:1:1: error: expected a YAML mapping, found an empty file"])
    #expect(
      loadErrors([("r.yaml", "- a\n- b\n")]) == [
        "r.yaml:1:1: error: expected a rule file (a mapping of keys to values)"
      ])
  }
}
