import Testing

@testable import ClaimGraph

@Suite("Vocabulary templates")
struct VocabularyTemplateTests {
  @Test("texts fill a line, blocks replace a line, notes are left out")
  func textsAndBlocks() throws {
    var t = VocabularyTemplate(text: "{{! for the reader\n# {{n}} things\n  {{body}}\nend")
    t.texts["n"] = "two"
    t.blocks["body"] = "a\nb"
    #expect(try t.render() == "# two things\na\nb\nend")
  }

  @Test("a list wraps before the item that would pass the line width, indented to where it began")
  func listWraps() throws {
    var t = VocabularyTemplate(text: "  x ( {{items}} ) ;")
    let item = String(repeating: "w", count: 30)
    t.lists["items"] = Array(repeating: item, count: 4)
    // "  x ( " is 6 columns; three items make 6 + 92 = 98, a fourth 129 > 111.
    #expect(try t.render() == "  x ( \(item) \(item) \(item)\n      \(item) ) ;")
  }

  @Test("the text after a list counts on the list's last line")
  func tailCounts() throws {
    var t = VocabularyTemplate(text: "{{items}} " + String(repeating: "t", count: 20))
    t.lists["items"] = [String(repeating: "a", count: 50), String(repeating: "b", count: 45)]
    // 50 + 1 + 45 = 96 fits, but with the 21 columns after the list it would be 117.
    #expect(try t.render().split(separator: "\n").count == 2)
  }

  @Test("a placeholder that nothing fills is an error naming it")
  func unfilled() {
    let error = #expect(throws: VocabularyTemplateError.self) { try VocabularyTemplate(text: "a {{b}} c").render() }
    #expect(error?.description == "the template has a placeholder {{b}} that nothing fills")
  }

  @Test(
    "counts in words",
    arguments: [
      (7, "seven", "七"), (14, "fourteen", "十四"), (15, "fifteen", "十五"), (20, "twenty", "二十"),
      (21, "twenty-one", "二十一"), (100, "100", "100"),
    ])
  func countWords(n: Int, english: String, japanese: String) {
    #expect(CountWords.english(n) == english)
    #expect(CountWords.japanese(n) == japanese)
  }

  @Test("Turtle strings escape quotes, backslashes and line ends")
  func literals() {
    #expect(VocabularyDocuments.literal("a \"b\" \\ c\nd") == #""a \"b\" \\ c\nd""#)
  }
}
