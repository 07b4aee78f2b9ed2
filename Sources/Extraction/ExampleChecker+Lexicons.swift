import ClaimGraphText
import RuleLanguage

/// Runs the examples of lexicon files (`dates/`, `sentences/`, `text/`): the dates a text gives, its segments,
/// or the date and place of its events.
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
    case .events(let expected):
      let x = extract(ex)
      return problems(of: ex, in: x) + expected.compactMap { problem(with: $0, of: ex, in: x) }
    }
  }

  /// What is wrong with an event an example expects, if anything: no event mentioned so, or another date or
  /// place (`none`: no date or place).
  func problem(
    with want: LexiconExpectation.ExpectedEvent, of ex: RuleExample, in x: DocumentExtraction
  ) -> String? {
    let events = x.mentions.compactMap { m -> LexiconExpectation.ExpectedEvent? in
      guard let e = x.entities[m.entityKey], e.entityClass.has(.event) else { return nil }
      return .init(
        mention: x.document.text.slice(m.range), date: e.date?.lexical ?? "none", place: e.place?.rawValue ?? "none")
    }
    let matches = events.contains { e in
      e.mention == want.mention && (want.date.map { $0 == e.date } ?? true)
        && (want.place.map { $0 == e.place } ?? true)
    }
    guard !matches else { return nil }
    return "expected event \(want) in \"\(ex.text)\"; found \(events.map(\.description))"
  }
}
