import ClaimGraphText
import Foundation
import RuleLanguage

/// The text lexicons of the repository's own `rules/dates/` and `rules/sentences/` files, loaded once.
enum RepoLexicons {
  /// The repository root (four levels above this file).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The lexicon files (with the vocabulary every rule set needs), read through the rule loader.
  static let rules: RuleSet = {
    let vocabulary = root.appendingPathComponent("rules/vocabulary.yaml")
    var files: [(String, String)] = [("vocabulary.yaml", (try? String(contentsOf: vocabulary, encoding: .utf8)) ?? "")]
    for folder in ["dates", "sentences"] {
      let url = root.appendingPathComponent("rules").appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") {
        let text = (try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)) ?? ""
        files.append(("\(folder)/\(name)", text))
      }
    }
    do { return try RuleLoader.load(files: files) } catch { fatalError("rules/dates, rules/sentences: \(error)") }
  }()

  static var dates: DateLexicon { rules.dateLexicon }

  static func sentences(_ language: Language) -> SentenceLexicon {
    rules.sentenceLexicons[language] ?? SentenceLexicon()
  }
}

/// A date recognizer with the repository's date words.
func dateRecognizer(_ language: Language) -> DateRecognizer {
  DateRecognizer(language: language, lexicon: RepoLexicons.dates)
}

/// A sentence splitter with the repository's sentence lexicon of `language`.
func sentenceSplitter(_ language: Language) -> SentenceSplitter {
  SentenceSplitter(language: language, lexicon: RepoLexicons.sentences(language))
}

/// A `[年月日]` field read with the repository's date words.
func documentDate(_ field: String) -> SimpleDate? {
  DocumentDateParser.parse(field, lexicon: RepoLexicons.dates)
}
