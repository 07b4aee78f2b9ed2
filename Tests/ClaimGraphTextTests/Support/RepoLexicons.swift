import ClaimGraphText
import RuleLanguage
import RuleTestSupport

/// The text lexicons of the repository's own `rules/dates/` and `rules/sentences/` files, loaded once.
enum RepoLexicons {
  /// The lexicon files (with the vocabulary every rule set needs), read through the rule loader.
  static let rules: RuleSet = {
    do {
      return try RuleLoader.load(files: coreRuleFiles + textLexiconFiles)
    } catch { fatalError("rules/dates, rules/sentences: \(error)") }
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
