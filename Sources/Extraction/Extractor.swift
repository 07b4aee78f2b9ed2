import ClaimGraphText
import Foundation
import RuleLanguage

/// Runs a rule set over documents: sentences, gazetteer and pattern entities, dates, events, parties and claims.
///
/// An extractor is immutable and can be shared between threads; `extract` is a pure function of the document.
public struct Extractor: Sendable {
  public let rules: RuleSet
  /// Where matches cut off by the step or depth limit are recorded during this extractor's runs.
  public let limitLog: PatternLimitLog
  let gazetteer: GazetteerMatcher
  /// Gazetteer persons by the folded key of every full name they are known by, and by their surnames.
  let personsByName: [String: [Int]]
  let personsBySurname: [String: [Int]]

  public init(rules: RuleSet, limitLog: PatternLimitLog = PatternLimitLog()) {
    self.rules = rules
    self.limitLog = limitLog
    self.gazetteer = GazetteerMatcher(entries: rules.gazetteer)
    var full: [String: [Int]] = [:]
    var short: [String: [Int]] = [:]
    for (i, g) in rules.gazetteer.enumerated() where g.entityClass.has(.person) {
      for name in Set(g.surfaceForms.map(UnicodeNormalization.foldedKey)) { full[name, default: []].append(i) }
      for name in Set(g.shortNames.map(UnicodeNormalization.foldedKey)) { short[name, default: []].append(i) }
    }
    self.personsByName = full
    self.personsBySurname = short
  }

  /// Extracts everything from one document.
  /// - Parameter fallbackParties: parties to use when neither the title nor the first sentence names any
  ///   (rule examples, which have no title, use a placeholder).
  ///
  /// Pattern matching recurses once per character matched, so the work runs on a thread with a large stack:
  /// a sentence of tens of thousands of characters is matched (or cut off), never a crash.
  public func extract(_ doc: SourceDocument, fallbackParties: [EntityKey] = []) -> DocumentExtraction {
    LargeStack.run { extractOnThisThread(doc, fallbackParties: fallbackParties) }
  }

  func extractOnThisThread(_ doc: SourceDocument, fallbackParties: [EntityKey]) -> DocumentExtraction {
    let language = doc.language
    let documentDate = doc.dateText.flatMap(DocumentDateParser.parse)
    let segments = SentenceSplitter(language: language).split(doc.text)
    let dates = DateRecognizer(language: language).recognize(in: doc.text, documentDate: documentDate)

    var state = EntityState(extractor: self, text: doc.text, segments: segments, language: language, date: documentDate)
    state.findEntities()
    state.attachEventAttributes(dates: dates)
    let (mentions, entities) = state.finish()

    var parties = findParties(doc: doc, date: documentDate, bodyMentions: mentions, entities: entities, segments: segments)
    if parties.isEmpty { parties = fallbackParties }
    var claimEngine = ClaimEngine(
      extractor: self, text: doc.text, segments: segments, language: language, mentions: mentions,
      entities: entities, dates: dates, parties: parties)
    let claims = claimEngine.run()
    return DocumentExtraction(
      document: doc, documentDate: documentDate, segments: segments, mentions: mentions, dates: dates,
      entities: entities, parties: parties, claims: claims)
  }

  /// The document's parties: the authors named in its title (persons count as the state or organization they
  /// act for), else the speaker of its first sentence.
  func findParties(
    doc: SourceDocument, date: SimpleDate?, bodyMentions: [EntityMention], entities: [EntityKey: EntityRecord],
    segments: [Segment]
  ) -> [EntityKey] {
    var out: [EntityKey] = []
    func add(_ key: EntityKey) { if !out.contains(key) { out.append(key) } }
    if var title = doc.title {
      // Quoted parts (「未来のためのグローバル・パートナー」) are names of the statement, not of its authors.
      title = title.replacingQuoted()
      let markers = rules.parties[doc.language]?.topicMarkers ?? []
      for m in markers {
        if let r = title.range(of: m, options: .backwards) { title = String(title[r.upperBound...]) }
      }
      if let start = rules.parties[doc.language]?.topicStart {
        let t = BodyText(nfc: UnicodeNormalization.nfc(title))
        let lowered = t.folded.map(Self.lowercasedASCII)
        let input = MatchInput(chars: lowered, bounds: 0..<t.count)
        if let m = (0..<t.count).lazy.compactMap({ start.match(at: $0, in: input) }).first { title = t.slice(0..<m.range.lowerBound) }
      }
      let text = BodyText(nfc: UnicodeNormalization.nfc(title))
      let segs = [Segment(range: 0..<text.count, kind: .sentence)]
      var st = EntityState(extractor: self, text: text, segments: segs, language: doc.language, date: date)
      st.findEntities(includeNested: true)
      let (ms, ents) = st.finish()
      for m in ms.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
        guard let e = ents[m.entityKey] else { continue }
        if e.entityClass.has(.actor) {
          add(e.key)
        } else if e.entityClass.has(.person) {
          add(e.affiliation ?? e.key)
        }
      }
      // A title that names only an office (外務大臣談話, 内閣総理大臣談話) is by the state that office belongs to.
      if out.isEmpty, let roles = rules.parties[doc.language]?.roleAffiliations {
        for (title, party) in roles.sorted(by: { $0.key.count > $1.key.count }) where text.string.contains(title) {
          add(party)
          break
        }
      }
    }
    // Without a title that names them: the speaker of the first sentence that names one (its topic, not every
    // state the sentence mentions).
    if out.isEmpty, let grammar = rules.grammars[doc.language] {
      let chars = doc.language == .en ? doc.text.folded.map(Self.lowercasedASCII) : doc.text.folded
      var whole = MatchInput(chars: chars, bounds: 0..<chars.count, mentions: Self.spans(of: bodyMentions, entities: entities))
      whole.limitLog = limitLog
      for seg in segments.prefix(3) where out.isEmpty {
        for a in grammar.agentTopic.allMatches(in: whole.with(bounds: seg.range)) {
          let cap = a.captures["agent"] ?? a.range
          for m in bodyMentions where cap.contains(m.range.lowerBound) && m.range.upperBound <= cap.upperBound {
            guard let e = entities[m.entityKey] else { continue }
            if e.entityClass.has(.person), let aff = e.affiliation { add(aff) }
            else if e.entityClass.has(.actor) { add(e.key) }
          }
          if !out.isEmpty { break }
        }
      }
    }
    return out
  }
}

extension Extractor {
  /// Mentions as the spans that `{Class}` references in patterns consume (tag: the mention's index).
  static func spans(of mentions: [EntityMention], entities: [EntityKey: EntityRecord]) -> [MentionSpan] {
    mentions.enumerated().map { i, m in
      MentionSpan(range: m.range, entityClass: entities[m.entityKey]?.entityClass.name ?? "Entity", tag: i)
    }
  }

  /// ASCII letters lower-cased (English rules match without case); other scalars as they are.
  static func lowercasedASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
    (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 0x20)! : s
  }
}

extension String {
  /// The text with 「…」 and 『…』 quotations removed.
  func replacingQuoted() -> String {
    var out = ""
    var depth = 0
    for c in self {
      if c == "「" || c == "『" { depth += 1; continue }
      if c == "」" || c == "』" { depth = Swift.max(0, depth - 1); continue }
      if depth == 0 { out.append(c) }
    }
    return out
  }
}
