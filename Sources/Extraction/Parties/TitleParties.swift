import ClaimGraphText
import Patterns
import RuleLanguage

/// The parties named in a document's title: its authors (persons count as the state or organization they act
/// for), or the state an office named alone belongs to.
enum TitleParties {
  static func parties(title: String, in ctx: DocumentContext) -> [EntityKey] {
    let text = BodyText(nfc: UnicodeNormalization.nfc(authorPart(of: title, in: ctx)))
    let found = EntityPipeline.title(in: ctx.with(text: text))
    var out: [EntityKey] = []
    for m in found.mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      guard let e = found.entities[m.entityKey] else { continue }
      if e.entityClass.has(.actor) {
        out.appendOnce(e.key)
      } else if e.entityClass.has(.person) {
        out.appendOnce(e.affiliation ?? e.key)
      }
    }
    // A title that names only an office (外務大臣談話, 内閣総理大臣談話) is by the state that office belongs to.
    if out.isEmpty, let roles = ctx.rules.parties[ctx.language]?.roleAffiliations {
      for (office, party) in roles.sorted(by: { $0.key.count > $1.key.count }) where text.string.contains(office) {
        out.appendOnce(party)
        break
      }
    }
    return out
  }

  /// The part of the title that names authors: without quoted names of the statement
  /// (「未来のためのグローバル・パートナー」), and without the topic (…に関する, " on Ukraine").
  static func authorPart(of title: String, in ctx: DocumentContext) -> String {
    var title = title.removingQuotations(ctx.lexicon.quotations)
    let grammar = ctx.rules.parties[ctx.language]
    for m in grammar?.topicMarkers ?? [] {
      if let r = title.range(of: m, options: .backwards) { title = String(title[r.upperBound...]) }
    }
    if let start = grammar?.topicStart {
      let t = BodyText(nfc: UnicodeNormalization.nfc(title))
      let lowered = t.folded.map(MentionSpans.lowercasedASCII)
      let input = MatchInput(chars: lowered, bounds: 0..<t.count)
      if let m = (0..<t.count).lazy.compactMap({ start.match(at: $0, in: input) }).first {
        title = t.slice(0..<m.range.lowerBound)
      }
    }
    return title
  }
}

extension Array where Element: Equatable {
  /// Appends `e` unless the array has it already.
  mutating func appendOnce(_ e: Element) { if !contains(e) { append(e) } }
}

extension String {
  /// The text with the quotations (「…」) removed.
  func removingQuotations(_ quotations: [TextLexicon.Pair]) -> String {
    let openers = Set(quotations.map(\.open))
    let closers = Set(quotations.map(\.close))
    func isOne(of marks: Set<Unicode.Scalar>, _ c: Character) -> Bool {
      c.unicodeScalars.count == 1 && marks.contains(c.unicodeScalars.first!)
    }
    var out = ""
    var depth = 0
    for c in self {
      if isOne(of: openers, c) {
        depth += 1
        continue
      }
      if isOne(of: closers, c) {
        depth = Swift.max(0, depth - 1)
        continue
      }
      if depth == 0 { out.append(c) }
    }
    return out
  }
}
