import ClaimGraphText
import Foundation
import Patterns
import RuleLanguage

/// Finds gazetteer entries in a text: full names and aliases everywhere, surnames only before a role title and
/// within the person's term of office, one-character country abbreviations only in compounds (日米, 日NATO).
struct GazetteerMatcher: Sendable {
  enum Kind: Sendable { case full, short, abbrev }
  struct Hit: Sendable {
    let entry: Int
    let range: Range<Int>
    let kind: Kind
  }
  private let automaton: AhoCorasick
  private let termInfo: [(entry: Int, kind: Kind)]
  let entries: [GazetteerEntry]

  init(entries: [GazetteerEntry]) {
    self.entries = entries
    var terms: [[Unicode.Scalar]] = []
    var info: [(Int, Kind)] = []
    for (i, e) in entries.enumerated() {
      for f in e.surfaceForms { terms.append(WidthFolding.fold(f)); info.append((i, .full)) }
      for f in e.shortNames { terms.append(WidthFolding.fold(f)); info.append((i, .short)) }
      for f in e.abbreviations { terms.append(WidthFolding.fold(f)); info.append((i, .abbrev)) }
    }
    automaton = AhoCorasick(terms: terms)
    termInfo = info
  }

  static func isKatakana(_ s: Unicode.Scalar) -> Bool { CharCategory.katakana.contains(s) }

  static func isWordChar(_ s: Unicode.Scalar) -> Bool {
    CharCategory.latin.contains(s) || CharCategory.digit.contains(s)
  }

  /// Raw hits (before compound and role checks), with Latin word boundaries enforced.
  func rawHits(in text: [Unicode.Scalar]) -> [Hit] {
    var out: [Hit] = []
    for (t, r) in automaton.occurrences(in: text) {
      let term = automaton.terms[t]
      if let f = term.first, Self.isWordChar(f), r.lowerBound > 0, Self.isWordChar(text[r.lowerBound - 1]) { continue }
      if let l = term.last, Self.isWordChar(l), r.upperBound < text.count, Self.isWordChar(text[r.upperBound]) {
        continue
      }
      // A katakana name is never part of a longer katakana word (タイ in タイミング, タリン in モニタリング).
      if let f = term.first, Self.isKatakana(f), r.lowerBound > 0, Self.isKatakana(text[r.lowerBound - 1]) { continue }
      if let l = term.last, Self.isKatakana(l), r.upperBound < text.count, Self.isKatakana(text[r.upperBound]) {
        continue
      }
      out.append(Hit(entry: termInfo[t].entry, range: r, kind: termInfo[t].kind))
    }
    return out
  }

  /// Hits that stand as mentions: full forms, surnames followed by a role title (checked by `roleFollows`) and
  /// within the term of office on `date`, abbreviations inside a compound of two or more country/organization names.
  func hits(in original: [Unicode.Scalar], date: SimpleDate?, roleFollows originalRoleFollows: (Int) -> Bool) -> [Hit] {
    // Copies converted from PDF carry spaces inside words (北 朝鮮, ノルマンデ ィー): a space between two
    // Japanese characters is skipped for matching; ranges are mapped back to the original offsets.
    let (text, positions) = Self.compacted(original)
    func originalRange(_ r: Range<Int>) -> Range<Int> {
      r.isEmpty
        ? positions[r.lowerBound]..<positions[r.lowerBound]
        : positions[r.lowerBound]..<(positions[r.upperBound - 1] + 1)
    }
    func roleFollows(_ end: Int) -> Bool { end == 0 ? false : originalRoleFollows(positions[end - 1] + 1) }
    let raw = rawHits(in: text)
    let fullStarts = Dictionary(grouping: raw.filter { $0.kind != .short }, by: { $0.range.lowerBound })
    let fullEnds = Dictionary(grouping: raw.filter { $0.kind != .short }, by: { $0.range.upperBound })
    func isActor(_ h: Hit) -> Bool { entries[h.entry].entityClass.has(.actor) }
    var out: [Hit] = []
    for h in raw {
      switch h.kind {
      case .full:
        out.append(h)
      case .short:
        // The person's own titles count too (ブレジネフ書記長), and in English a title may come first
        // ("President Marcos").
        let e = entries[h.entry]
        let ownTitle = e.roles.contains { r in
          let t = WidthFolding.fold(r.title)
          return h.range.upperBound + t.count <= text.count
            && Array(text[h.range.upperBound..<(h.range.upperBound + t.count)]) == t
        }
        let titleBefore =
          CharCategory.latin.contains(text[h.range.lowerBound])
          && e.roles.contains { r in
            guard let en = r.english else { return false }
            let t = WidthFolding.fold(en + " ")
            return h.range.lowerBound >= t.count
              && Array(text[(h.range.lowerBound - t.count)..<h.range.lowerBound]) == t
          }
        guard e.holdsTermedOffice(on: date), roleFollows(h.range.upperBound) || ownTitle || titleBefore else {
          continue
        }
        // A surname must not be the tail of a longer kanji/katakana word.
        if h.range.lowerBound > 0 {
          let prev = text[h.range.lowerBound - 1]
          if CharCategory.kanji.contains(prev) || CharCategory.katakana.contains(prev) { continue }
        }
        out.append(h)
      case .abbrev:
        // 日米 / 日NATO / 米ソ: a neighbour (allowing one space) must be another country or organization name.
        // (with one space or a nakaguro between: 日 NATO, 日・EU, 日・ASEAN)
        var next = h.range.upperBound
        if next < text.count, text[next] == " " || text[next] == "・" { next += 1 }
        var prev = h.range.lowerBound
        if prev > 0, text[prev - 1] == " " || text[prev - 1] == "・" { prev -= 1 }
        let after = (fullStarts[next] ?? []).contains {
          isActor($0) && $0.kind == .abbrev || isActor($0) && CharCategory.latin.contains(text[$0.range.lowerBound])
        }
        let before = (fullEnds[prev] ?? []).contains { isActor($0) && $0.kind == .abbrev }
        if after || before { out.append(h) }
      }
    }
    return out.map { Hit(entry: $0.entry, range: originalRange($0.range), kind: $0.kind) }
  }

  /// The entry whose full name is exactly this text (spaces inside Japanese words ignored), if any.
  func entry(named name: [Unicode.Scalar]) -> Int? {
    let (compact, _) = Self.compacted(name)
    return rawHits(in: compact).first { $0.range == 0..<compact.count && $0.kind == .full }?.entry
  }

  static func isJapanese(_ s: Unicode.Scalar) -> Bool {
    CharCategory.kanji.contains(s) || CharCategory.kana.contains(s) || s == "・"
  }

  /// A kana and a separate voicing mark (゛ or ゜) as one precomposed kana, when one exists.
  static func composedKana(_ base: Unicode.Scalar, mark: Unicode.Scalar) -> Unicode.Scalar? {
    guard CharCategory.kana.contains(base) else { return nil }
    let combining: Unicode.Scalar = mark == "\u{309B}" ? "\u{3099}" : "\u{309A}"
    let composed = String(String.UnicodeScalarView([base, combining])).precomposedStringWithCanonicalMapping
      .unicodeScalars
    return composed.count == 1 ? composed.first : nil
  }

  /// The text without spaces that stand between two Japanese characters (and with half-width voicing marks
  /// composed), and each kept character's offset.
  static func compacted(_ text: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
    var out: [Unicode.Scalar] = []
    var positions: [Int] = []
    out.reserveCapacity(text.count)
    positions.reserveCapacity(text.count)
    var i = 0
    while i < text.count {
      let c = text[i]
      if c == " " || c == "\u{3000}", i > 0, i + 1 < text.count, isJapanese(text[i - 1]), isJapanese(text[i + 1]) {
        i += 1
        continue
      }
      // Half-width kana write voicing as a mark of its own (ﾍﾞ → ヘ + ゛): compose them (ベ).
      if i + 1 < text.count, text[i + 1] == "\u{309B}" || text[i + 1] == "\u{309C}",
        let composed = composedKana(c, mark: text[i + 1])
      {
        out.append(composed)
        positions.append(i)
        i += 2
        continue
      }
      out.append(c)
      positions.append(i)
      i += 1
    }
    positions.append(text.count)
    return (out, positions)
  }
}
