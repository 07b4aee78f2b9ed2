import ClaimGraphText
import RuleLanguage

/// Runs the examples of lexicon files (`dates/`, `sentences/`): the dates a text gives, or its segments.
extension ExampleChecker {
  /// What went wrong with a lexicon example, one line per problem; empty when it passes.
  func check(_ ex: RuleExample, _ expectation: LexiconExpectation) -> [String] {
    let text = BodyText(nfc: UnicodeNormalization.nfc(ex.text))
    let rules = extractor.rules
    switch expectation {
    case .dates(let language, let expected):
      let documentDate = ex.documentDate.flatMap { DocumentDateParser.parse($0, lexicon: rules.dateLexicon) }
      if ex.documentDate != nil, documentDate == nil {
        return ["the example's date '\(ex.documentDate ?? "")' is not a date"]
      }
      let found = DateRecognizer(language: language, lexicon: rules.dateLexicon)
        .recognize(in: text, documentDate: documentDate)
        .map { LexiconExpectation.ExpectedDate(text: text.slice($0.range), value: $0.value.lexical) }
      guard found != expected else { return [] }
      return ["expected dates \(expected.map(\.description)) in \"\(ex.text)\"; found \(found.map(\.description))"]
    case .segments(let language, let expected):
      let lexicon = rules.sentenceLexicons[language] ?? SentenceLexicon()
      let found = SentenceSplitter(language: language, lexicon: lexicon).split(text)
        .map { LexiconExpectation.ExpectedSegment(kind: $0.kind, text: text.slice($0.range)) }
      guard found != expected else { return [] }
      return ["expected segments \(expected.map(\.description)) in \"\(ex.text)\"; found \(found.map(\.description))"]
    }
  }
}
