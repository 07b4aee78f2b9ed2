import ClaimGraphText
import Patterns
import RuleLanguage

/// The parties named in a document's title, read by the title grammar `[topic] authors [occasion] document-type
/// [(alternative title)]`: its authors (persons count as the state or organization they act for; a person
/// whose affiliation is unknown is no party), or the state an office named alone belongs to. The alternative
/// title is read only when the rest names no party.
enum TitleParties {
  static func parties(title: String, in ctx: DocumentContext) -> [EntityKey] {
    let (main, alternative) = split(title: title, in: ctx)
    let found = partiesOfPart(main, in: ctx)
    if !found.isEmpty { return found }
    return alternative.map { partiesOfPart($0, in: ctx) } ?? []
  }

  /// The title without its alternative title, and the alternative title.
  static func split(title: String, in ctx: DocumentContext) -> (String, String?) {
    guard let alt = ctx.rules.parties[ctx.language]?.alternativeTitle else { return (title, nil) }
    let t = BodyText(nfc: UnicodeNormalization.nfc(title))
    let input = MatchInput(chars: t.folded, bounds: 0..<t.count)
    guard
      let m = (0..<t.count).lazy.compactMap({ alt.match(at: $0, in: input) }).first(where: { $0.range.lowerBound > 0 })
    else { return (title, nil) }
    let inner = m.captures["title"] ?? m.range
    return (t.slice(0..<m.range.lowerBound), t.slice(inner))
  }

  static func partiesOfPart(_ title: String, in ctx: DocumentContext) -> [EntityKey] {
    let author = authorPart(of: title, in: ctx)
    var out: [EntityKey] = []
    for text in caseVariants(of: author) {
      let found = EntityPipeline.title(in: ctx.with(text: BodyText(nfc: UnicodeNormalization.nfc(text))))
      for m in found.mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
        guard let e = found.entities[m.entityKey] else { continue }
        if e.entityClass.has(.actor) {
          out.appendOnce(e.key)
        } else if e.entityClass.has(.person), let affiliation = e.affiliation {
          out.appendOnce(affiliation)
        }
      }
    }
    // A title that names only an office (外務大臣談話, 内閣総理大臣談話) is by the state that office belongs to.
    if out.isEmpty, let roles = ctx.rules.parties[ctx.language]?.roleAffiliations {
      for (office, party) in roles.sorted(by: { $0.key.count > $1.key.count }) where author.contains(office) {
        out.appendOnce(party)
        break
      }
    }
    return out
  }

  /// Latin script is read without case: a title in capitals is read as written (NATO) and with each word
  /// capitalized (Japan).
  static func caseVariants(of title: String) -> [String] {
    let letters = title.unicodeScalars.filter { CharCategory.latin.contains($0) }
    guard !letters.isEmpty, !letters.contains(where: { ("a"..."z").contains($0) }) else { return [title] }
    let capitalized = title.split(separator: " ", omittingEmptySubsequences: false).map { w in
      w.prefix(1) + w.dropFirst().lowercased()
    }
    return [title, capitalized.joined(separator: " ")]
  }

  /// The part of the title that names authors: without quoted names of the statement
  /// (「未来のためのグローバル・パートナー」), without the topic (…に関する, " on Ukraine") and without a topic
  /// clause before the authors (露朝協力を非難する…).
  static func authorPart(of title: String, in ctx: DocumentContext) -> String {
    var title = title.removingQuotations(ctx.lexicon.quotations)
    let grammar = ctx.rules.parties[ctx.language]
    for m in grammar?.topicMarkers ?? [] {
      if let r = title.range(of: m, options: .backwards) { title = String(title[r.upperBound...]) }
    }
    if let clause = grammar?.topicClause {
      let t = BodyText(nfc: UnicodeNormalization.nfc(title))
      let input = MatchInput(chars: t.folded, bounds: 0..<t.count)
      if let end = clause.allMatches(in: input).map(\.range.upperBound).max() { title = t.slice(end..<t.count) }
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
