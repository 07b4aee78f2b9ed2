import ClaimGraphText
import Extraction
import Patterns
import RuleLanguage
import RuleTestSupport
import Testing

@Suite("Text lexicons (rules/text/)")
struct TextLexiconTests {
  /// The repository's lexicon files without `text/<language>.yaml`, and a text file of one's own for it.
  func ruleSet(ja text: String) throws -> RuleSet {
    let others = textLexiconFiles.filter { $0.0 != "text/ja.yaml" }
    return try RuleLoader.load(
      files: coreRuleFiles + [("gazetteer.yaml", TestRules.gazetteer), ("names.yaml", TestRules.names)] + others
        + [("text/ja.yaml", text)])
  }

  func errors(ja text: String) -> [String] {
    do {
      _ = try ruleSet(ja: text)
      return []
    } catch let e as RuleErrors {
      return e.diagnostics.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test("the repository's files give each language its lexicon, words and marks width-folded")
  func repositoryFiles() throws {
    let rules = try TestRules.ruleSet()
    let ja = rules.textLexicon(for: .ja)
    let en = rules.textLexicon(for: .en)
    #expect(ja.heldVerbs.contains(Array("開催".unicodeScalars)))
    #expect(ja.clauseBreaks.contains(","))  // 、 folded
    #expect(ja.brackets == [TextLexicon.Pair(open: "(", close: ")")])  // （） folded
    #expect(ja.windows.dateBeforeEvent == nil)
    #expect(ja.windows.heldVerbAfterEvent == 40)
    #expect(en.placeLinks == [Array("in ".unicodeScalars), Array("at ".unicodeScalars)])
    #expect(en.heldVerbs.isEmpty)
    #expect(en.windows.dateBeforeEvent == 2)
    #expect(en.windows.negationBeforeVerb == 12)
    #expect(ja.wholeWords == [.katakana, .alnum])
  }

  @Test("a language without a file has an empty lexicon")
  func missingLanguage() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles + [("gazetteer.yaml", TestRules.gazetteer)])
    let ja = rules.textLexicon(for: .ja)
    #expect(ja.placeLinks.isEmpty && ja.quotations.isEmpty && ja.windows.heldVerbAfterEvent == 0)
  }

  @Test("mistakes are located errors")
  func mistakes() {
    let head = "language: ja\ntext:\n"
    #expect(
      errors(ja: head + "  quotations: [「」」]\n") == [
        "text/ja.yaml:3:16: error: expected a quotation pair (an opener and its closer, as 「」)"
      ])
    #expect(
      errors(ja: head + "  whole-words: [katakana, kanjii]\n").first?.contains("unknown character kind 'kanjii'")
        == true)
    #expect(errors(ja: head + "  held-verb: [開催]\n").first?.contains("unknown key 'held-verb'") == true)
    #expect(errors(ja: head + "  windows: {held-verb-after-event: forty}\n").first?.contains("whole number") == true)
  }

  @Test("an event example checks the date and place its event is given")
  func eventExamples() throws {
    let text = """
      language: ja
      text:
        place-links: [で]
        place-links-after-event: [で]
        held-verbs: [開催]
        windows: {held-verb-after-event: 40}
      examples:
        - text: "会談が2023年5月に東京で開催された。"
          events: [{mention: 会談, date: 2023-05, place: tokyo}]
        - text: "会談が2023年5月に東京で開催された。"
          events: [{mention: 会談, date: none}]
        - text: "会談が東京で開かれた。"
          events: [{mention: 会談, place: tokyo}]
      """
    let rules = try ruleSet(ja: text)
    let checker = ExampleChecker(rules: rules)
    let problems = (rules.examples["text/ja.yaml"] ?? []).map(checker.check)
    #expect(problems.count == 3)
    #expect(problems[0].isEmpty)
    #expect(problems[1].first?.contains("expected event 会談 (date: none, place: -)") == true)
    #expect(problems[2].first?.contains("found []") == true)
  }
}
