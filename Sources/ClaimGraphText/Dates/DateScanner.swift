/// Finds date expressions in folded body text, left to right, longest match first, and links range ends.
///
/// The scanner only reads; `DateResolver` fills in what an expression leaves out and validates it.
struct DateScanner {
  /// The width-folded text (full-width digits are ASCII here).
  let f: [Unicode.Scalar]
  let language: Language
  /// The words of every language's date expressions.
  let lexicon: DateLexicon

  init(folded: [Unicode.Scalar], language: Language, lexicon: DateLexicon) {
    self.f = folded
    self.language = language
    self.lexicon = lexicon
  }

  /// Every date expression, in text order, with range roles set on linked range ends.
  func scan() -> [RawDate] {
    var raws: [RawDate] = []
    var i = 0
    let japaneseScanner = lexicon.japanese.map { JapaneseDateScanner(text: self, words: $0) }
    let englishScanner = lexicon.english.map { EnglishDateScanner(text: self, words: $0) }
    while i < f.count {
      let japanese = japaneseScanner?.parse(at: i, previous: raws.last).map { [$0] } ?? []
      let english = englishScanner?.parse(at: i, previous: raws.last) ?? []
      let best = (japanese.last?.range.upperBound ?? 0) >= (english.last?.range.upperBound ?? 0) ? japanese : english
      if let end = best.last?.range.upperBound, !best.isEmpty {
        raws.append(contentsOf: best)
        i = end
      } else {
        i += 1
      }
    }
    linkRanges(&raws)
    for k in raws.indices.dropFirst() {
      let c = connector(from: raws[k - 1].range.upperBound, to: raws[k].range.lowerBound)
      raws[k].joinsPrevious =
        c.map { lexicon.continuationConnectors.contains($0) || lexicon.listWords.contains($0) } ?? false
    }
    return raws
  }

  /// Marks `A – B`, `A～B`, `AからB`, `A to B`, `between A and B` as a range (start, end).
  private func linkRanges(_ raws: inout [RawDate]) {
    guard raws.count >= 2 else { return }
    for k in 0..<(raws.count - 1) where raws[k].rangeRole == nil && raws[k + 1].rangeRole == nil {
      guard let between = connector(from: raws[k].range.upperBound, to: raws[k + 1].range.lowerBound)
      else { continue }
      let isRange =
        lexicon.rangeConnectors.contains(between) || opensRange(before: raws[k].range.lowerBound, joiner: between)
      if isRange {
        raws[k].rangeRole = .start
        raws[k + 1].rangeRole = .end
      }
    }
  }

  // MARK: Connectors

  /// Whether `joiner` and a word before `i` make the two dates a range (`between A and B`).
  private func opensRange(before i: Int, joiner: String) -> Bool {
    guard let pairs = lexicon.english?.rangePairs, let opener = wordBefore(i)?.lowercased() else { return false }
    return pairs.contains { $0.joiner == joiner && $0.opener == opener }
  }

  /// The text between two offsets without surrounding spaces (`nil` when it is too long to be a connector).
  func connector(from a: Int, to b: Int) -> String? {
    guard a <= b, b - a <= 12 else { return nil }
    var s = String.UnicodeScalarView()
    s.append(contentsOf: f[a..<b])
    return String(s).trimmingSpaces
  }

  /// Whether `previous` ends just before `i` with only a continuation connector (or a range connector) between.
  func continues(_ previous: RawDate?, at i: Int) -> Bool {
    guard let p = previous, let c = connector(from: p.range.upperBound, to: i) else { return false }
    return lexicon.continuationConnectors.contains(c)
  }

  // MARK: Scalar helpers

  func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < f.count ? f[i] : nil }

  func matches(_ literal: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + literal.count <= f.count else { return false }
    for (k, c) in literal.enumerated() where f[i + k] != c { return false }
    return true
  }

  func matches(_ literal: String, at i: Int) -> Bool { matches(Array(literal.unicodeScalars), at: i) }

  /// The first offset at or after `i` that is not a space or tab.
  func skipSpaces(_ i: Int) -> Int {
    var j = i
    while let c = at(j), c == " " || c == "\t" || c == "\u{A0}" { j += 1 }
    return j
  }

  /// The end of the run of ASCII digits starting at `i` (`i` itself when there is none).
  func digitRunEnd(_ i: Int) -> Int {
    var j = i
    while let c = at(j), c.isASCIIDigit { j += 1 }
    return j
  }

  /// The value of the ASCII digits in `range`.
  func digitValue(_ range: Range<Int>) -> Int {
    f[range].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
  }

  /// The first offset at or before `i` not preceded by a space or tab.
  func skipSpacesBackward(_ i: Int) -> Int {
    var k = i
    while k > 0, let c = at(k - 1), c == " " || c == "\t" || c == "\u{A0}" { k -= 1 }
    return k
  }

  /// The ASCII word (letters and `.`-less) ending just before `i`, skipping spaces.
  func wordBefore(_ i: Int) -> String? {
    var end = i
    while end > 0, let c = at(end - 1), c == " " || c == "\t" { end -= 1 }
    var start = end
    while start > 0, let c = at(start - 1), c.isASCIILetter { start -= 1 }
    guard start < end else { return nil }
    var s = String.UnicodeScalarView()
    s.append(contentsOf: f[start..<end])
    return String(s)
  }
}

extension Unicode.Scalar {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
  var isASCIIUppercase: Bool { ("A"..."Z").contains(self) }
  /// CJK unified ideographs (and 々), the characters Japanese words are written in.
  var isIdeograph: Bool {
    switch value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3005: true
    default: false
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and no-break spaces.
  var trimmingSpaces: String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
    guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
