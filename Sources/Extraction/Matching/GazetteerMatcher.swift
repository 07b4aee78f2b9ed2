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
  /// Character kinds whose words a name is never cut out of, from every language's text lexicon.
  let wholeWords: [CharCategory]
  /// Characters that join the names of a compound (日・EU), from every language's text lexicon.
  let compoundJoiners: Set<Unicode.Scalar>
  /// Characters between which a space is skipped (北 朝鮮), from every language's text lexicon.
  let spacedWordCharacters: TextLexicon.CharacterKinds

  /// A matcher of `entries`; names may stand in text of any language, so the word and compound rules of
  /// every language's lexicon apply.
  init(entries: [GazetteerEntry], lexicons: [TextLexicon]) {
    self.entries = entries
    var kinds: [CharCategory] = []
    for kind in lexicons.flatMap(\.wholeWords) where !kinds.contains(kind) { kinds.append(kind) }
    wholeWords = kinds
    compoundJoiners = lexicons.reduce(into: []) { $0.formUnion($1.compoundJoiners) }
    spacedWordCharacters = lexicons.reduce(TextLexicon.CharacterKinds()) { $0.union($1.spacedWordCharacters) }
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

  static func isWordChar(_ s: Unicode.Scalar) -> Bool {
    CharCategory.latin.contains(s) || CharCategory.digit.contains(s)
  }

  /// Raw hits (before compound and role checks): a name that starts or ends with a whole-word kind
  /// (katakana: タイ is not in タイミング) is not part of a longer word of that kind.
  func rawHits(in text: [Unicode.Scalar]) -> [Hit] {
    var out: [Hit] = []
    for (t, r) in automaton.occurrences(in: text) {
      let term = automaton.terms[t]
      let cut = wholeWords.contains { kind in
        (term.first.map(kind.contains) ?? false && r.lowerBound > 0 && kind.contains(text[r.lowerBound - 1]))
          || (term.last.map(kind.contains) ?? false && r.upperBound < text.count && kind.contains(text[r.upperBound]))
      }
      if !cut { out.append(Hit(entry: termInfo[t].entry, range: r, kind: termInfo[t].kind)) }
    }
    return out
  }

  /// Hits that stand as mentions: full forms, surnames followed by a role title (checked by `roleFollows`) and
  /// within the term of office on `date`, abbreviations inside a compound of two or more country/organization names.
  func hits(in original: [Unicode.Scalar], date: SimpleDate?, roleFollows originalRoleFollows: (Int) -> Bool) -> [Hit] {
    // Copies converted from PDF carry spaces inside words (北 朝鮮, ノルマンデ ィー): a space between two
    // spaced-word characters is skipped for matching; ranges are mapped back to the original offsets.
    let (text, positions) = compacted(original)
    func originalRange(_ r: Range<Int>) -> Range<Int> {
      r.isEmpty
        ? positions[r.lowerBound]..<positions[r.lowerBound]
        : positions[r.lowerBound]..<(positions[r.upperBound - 1] + 1)
    }
    func roleFollows(_ end: Int) -> Bool { end == 0 ? false : originalRoleFollows(positions[end - 1] + 1) }
    let raw = rawHits(in: text)
    let compounds = Compounds(
      entries: entries, joiners: compoundJoiners, text: text,
      starts: Dictionary(grouping: raw.filter { $0.kind != .short }, by: { $0.range.lowerBound }),
      ends: Dictionary(grouping: raw.filter { $0.kind != .short }, by: { $0.range.upperBound }))
    let stands = raw.filter { h in
      switch h.kind {
      case .full: return true
      case .short: return standsAsSurname(h, in: text, date: date, roleFollows: roleFollows)
      case .abbrev: return compounds.contains(h)
      }
    }
    return stands.map { Hit(entry: $0.entry, range: originalRange($0.range), kind: $0.kind) }
  }

  /// A surname stands within the person's term of office before a role title (the person's own titles count
  /// too: ブレジネフ書記長; in English a title may come first: "President Marcos"), and not as the tail of a
  /// longer kanji or katakana word.
  func standsAsSurname(_ h: Hit, in text: [Unicode.Scalar], date: SimpleDate?, roleFollows: (Int) -> Bool) -> Bool {
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
        return h.range.lowerBound >= t.count && Array(text[(h.range.lowerBound - t.count)..<h.range.lowerBound]) == t
      }
    guard e.holdsTermedOffice(on: date), roleFollows(h.range.upperBound) || ownTitle || titleBefore else {
      return false
    }
    guard h.range.lowerBound > 0 else { return true }
    let prev = text[h.range.lowerBound - 1]
    return !(CharCategory.kanji.contains(prev) || CharCategory.katakana.contains(prev))
  }

  /// Where a one-character abbreviation stands (日米, 日NATO, 米ソ): next to another country or organization
  /// name, with at most one joiner between (日 NATO, 日・EU).
  struct Compounds {
    let entries: [GazetteerEntry]
    let joiners: Set<Unicode.Scalar>
    let text: [Unicode.Scalar]
    /// Hits other than surnames by start and by end.
    let starts: [Int: [Hit]]
    let ends: [Int: [Hit]]

    func isActor(_ h: Hit) -> Bool { entries[h.entry].entityClass.has(.actor) }

    func contains(_ h: Hit) -> Bool {
      var next = h.range.upperBound
      if next < text.count, joiners.contains(text[next]) { next += 1 }
      var prev = h.range.lowerBound
      if prev > 0, joiners.contains(text[prev - 1]) { prev -= 1 }
      let after = (starts[next] ?? []).contains {
        isActor($0) && $0.kind == .abbrev || isActor($0) && CharCategory.latin.contains(text[$0.range.lowerBound])
      }
      let before = (ends[prev] ?? []).contains { isActor($0) && $0.kind == .abbrev }
      return after || before
    }
  }

  /// The entry whose full name is exactly this text (spaces inside Japanese words ignored), if any.
  func entry(named name: [Unicode.Scalar]) -> Int? {
    let (compact, _) = compacted(name)
    return rawHits(in: compact).first { $0.range == 0..<compact.count && $0.kind == .full }?.entry
  }

  /// A kana and a separate voicing mark (゛ or ゜) as one precomposed kana, when one exists.
  static func composedKana(_ base: Unicode.Scalar, mark: Unicode.Scalar) -> Unicode.Scalar? {
    guard CharCategory.kana.contains(base) else { return nil }
    let combining: Unicode.Scalar = mark == "\u{309B}" ? "\u{3099}" : "\u{309A}"
    let composed = String(String.UnicodeScalarView([base, combining])).precomposedStringWithCanonicalMapping
      .unicodeScalars
    return composed.count == 1 ? composed.first : nil
  }

  /// The text without spaces that stand between two spaced-word characters (and with half-width voicing marks
  /// composed), and each kept character's offset.
  func compacted(_ text: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
    var out: [Unicode.Scalar] = []
    var positions: [Int] = []
    out.reserveCapacity(text.count)
    positions.reserveCapacity(text.count)
    var i = 0
    while i < text.count {
      let c = text[i]
      if c == " " || c == "\u{3000}", i > 0, i + 1 < text.count, spacedWordCharacters.contains(text[i - 1]),
        spacedWordCharacters.contains(text[i + 1])
      {
        i += 1
        continue
      }
      // Half-width kana write voicing as a mark of its own (ﾍﾞ → ヘ + ゛): compose them (ベ).
      if i + 1 < text.count, text[i + 1] == "\u{309B}" || text[i + 1] == "\u{309C}",
        let composed = Self.composedKana(c, mark: text[i + 1])
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
