import ClaimGraphText
import Foundation
import Patterns
import RuleLanguage

/// Runs a rule set over documents: sentences, gazetteer and pattern entities, dates, events, parties and claims.
///
/// An extractor is immutable and can be shared between threads; `extract` is a pure function of the document.
public struct Extractor: Sendable {
  /// The rule set the extractor runs.
  public let rules: RuleSet
  /// Where matches cut off by the step or depth limit are recorded during this extractor's runs.
  public let limitLog: PatternLimitLog
  let indexes: ExtractionIndexes

  /// An extractor for `rules` (its indexes are built once, here).
  public init(rules: RuleSet, limitLog: PatternLimitLog = PatternLimitLog()) {
    self.rules = rules
    self.limitLog = limitLog
    self.indexes = ExtractionIndexes(rules: rules)
  }

  /// Extracts everything from one document.
  /// - Parameter fallbackParties: parties to use when neither the title nor the first sentence names any
  ///   (rule examples, which have no title, use a placeholder).
  public func extract(_ doc: SourceDocument, fallbackParties: [EntityKey] = []) -> DocumentExtraction {
    let date = doc.dateText.flatMap { DocumentDateParser.parse($0, lexicon: rules.dateLexicon) }
    let sentenceLexicon = rules.sentenceLexicons[doc.language] ?? SentenceLexicon()
    let ctx = DocumentContext(
      rules: rules, indexes: indexes, limitLog: limitLog, text: doc.text,
      segments: SentenceSplitter(language: doc.language, lexicon: sentenceLexicon).split(doc.text),
      language: doc.language, lexicon: rules.textLexicon(for: doc.language), date: date)
    let dates = DateRecognizer(language: doc.language, lexicon: rules.dateLexicon)
      .recognize(in: doc.text, documentDate: date)
    let entities = EntityPipeline.body(in: ctx, dates: dates)
    let found = DocumentParties.find(title: doc.title, in: ctx, body: entities, fallback: fallbackParties)
    let claims = ClaimFinder.claims(in: ctx, entities: entities, dates: dates, parties: found)
    return DocumentExtraction(
      document: doc, documentDate: date, segments: ctx.segments, mentions: entities.mentions, dates: dates,
      entities: entities.entities, parties: found.parties, claims: claims.claims,
      warnings: found.warnings + claims.warnings)
  }
}
