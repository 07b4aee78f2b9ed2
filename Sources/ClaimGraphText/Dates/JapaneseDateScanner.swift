/// Reads Japanese date expressions: 2025年4月9日, 昭和56年5月8日, 二〇二五年, 本年2月, 同日, 5月4日から9日,
/// 2023－2026年, with the words of `rules/dates/ja.yaml`.
struct JapaneseDateScanner {
  /// A numeral read from the text.
  struct Numeral {
    let value: Int
    let end: Int
    /// How many scalars it takes (4 for `2025`, 5 for `二千二十五`).
    let length: Int
    let isKanji: Bool
  }

  let text: DateScanner
  let words: JapaneseDateWords
  var units: JapaneseDateUnits { words.units }

  /// Reads the Japanese expression starting at `i`, if any.
  func parse(at i: Int, previous: RawDate?) -> RawDate? {
    guard let c = at(i) else { return nil }
    if let rel = relativeWord(at: i) {
      return components(start: i, from: i + rel.length, relative: rel.relative, previous: previous)
    }
    // 本25日: a day of the document's month (a usage of press releases and spokesperson statements).
    if let hon = words.documentMonthDayPrefix, c == hon.prefix, !(at(i - 1).map(hon.notBefore.contains) ?? false),
      let n = numeral(at: i + 1), at(n.end) == units.day, numberStartsAt(i + 1)
    {
      return components(start: i, from: i + 1, relative: .document(.month, 0), previous: previous)
    }
    // 翌16日: a later day of the last date's month (the bare day resolves against the previous mention).
    if c == words.laterDayPrefix, let n = numeral(at: i + 1), at(n.end) == units.day {
      return components(start: i, from: i + 1, relative: nil, previous: previous)
    }
    if let era = eraPrefix(at: i) {
      return eraYear(start: i, era: era, previous: previous)
    }
    guard c.isASCIIDigit || JapaneseNumerals.isKanjiNumeral(c) else { return nil }
    guard numberStartsAt(i) else { return nil }
    return components(start: i, from: i, relative: nil, previous: previous)
  }

  // MARK: Numerals

  /// Whether a number may start at `i`: not in the middle of a digit run, a decimal or a kanji numeral.
  func numberStartsAt(_ i: Int) -> Bool {
    guard let before = at(i - 1), let c = at(i) else { return true }
    if c.isASCIIDigit {
      if before.isASCIIDigit { return false }
      if before == "." || before == ",", let b2 = at(i - 2), b2.isASCIIDigit { return false }
      return true
    }
    return !JapaneseNumerals.isKanjiNumeral(before)
  }

  /// ASCII digits, or a kanji numeral (`元` too when `allowGan`), starting at `j`.
  func numeral(at j: Int, allowGan: Bool = false) -> Numeral? {
    guard let c = at(j) else { return nil }
    if c.isASCIIDigit {
      let end = text.digitRunEnd(j)
      guard end - j <= 4 else { return nil }
      return Numeral(value: text.digitValue(j..<end), end: end, length: end - j, isKanji: false)
    }
    if allowGan, c == JapaneseNumerals.firstYear { return Numeral(value: 1, end: j + 1, length: 1, isKanji: true) }
    var end = j
    while let k = at(end), JapaneseNumerals.isKanjiNumeral(k) { end += 1 }
    guard end > j, let v = JapaneseNumerals.value(scalars: Array(text.f[j..<end])) else { return nil }
    return Numeral(value: v, end: end, length: end - j, isKanji: true)
  }

  /// Whether a numeral written without an era can be a year: four ASCII digits, or a kanji numeral of
  /// three or more characters (`二〇二五`, `二千二十五`), 1000–2999. `30年`, `千年`, `3年` are not years.
  func isYearNumeral(_ n: Numeral) -> Bool {
    guard (1000...2999).contains(n.value) else { return false }
    return n.isKanji ? n.length >= 3 : n.length == 4
  }

  // MARK: Components

  /// Reads `[N年[度]][N月][N日]` from `from`, after a relative word when there is one.
  func components(start: Int, from: Int, relative: RawDate.Relative?, previous: RawDate?) -> RawDate? {
    var raw = RawDate(range: start..<from, relative: relative)
    var level: DateUnit? = relative?.level
    var j = from
    if level == .year, at(j) == units.fiscalYear {
      raw.range = start..<(j + 1)
      return raw
    }
    while level != .day, let n = numeral(at: j) {
      let unit = at(n.end)
      if unit == units.year, level == nil {
        guard readYear(n, into: &raw, start: start, previous: previous) else { return nil }
        level = .year
        j = n.end + 1
        if at(j) == units.fiscalYear {
          raw.range = start..<(j + 1)
          return raw
        }
      } else if unit == units.month, level == nil || level == .year {
        raw.month = n.value
        level = .month
        j = n.end + 1
      } else if unit == units.day, level == .month || (level == nil && isBareDay(n, start: start, previous: previous)) {
        guard !isDurationAfterDay(n.end + 1) else { return raw.range.isEmpty && relative == nil ? nil : finish(raw, j) }
        raw.day = n.value
        level = .day
        j = n.end + 1
      } else {
        // A first range end written without its unit: 2023－2026年, 4～5月, 5月4～9日.
        guard let unit = danglingUnit(after: n, level: level) else { return finish(raw, j) }
        switch unit {
        case .year: raw.year = n.value
        case .month: raw.month = n.value
        case .day: raw.day = n.value
        }
        raw.range = start..<n.end
        return raw
      }
      raw.range = start..<j
    }
    return finish(raw, j)
  }

  /// Reads the year of `N年` into `raw`: a year numeral, or an era year continuing the era of the date before
  /// (平成24年から26年); `false` when it is neither, or a duration (3年間).
  private func readYear(_ n: Numeral, into raw: inout RawDate, start: Int, previous: RawDate?) -> Bool {
    if isYearNumeral(n) {
      raw.year = n.value
    } else if let p = previous, let era = p.era, let py = p.eraYear, text.continues(p, at: start),
      !n.isKanji || n.length <= 3, n.value > py, n.value <= 99
    {
      raw.era = era
      raw.eraYear = n.value
      raw.year = era.gregorianYear(n.value)
    } else {
      return false
    }
    return !isDurationAfterYear(n.end + 1)
  }

  private func finish(_ raw: RawDate, _ j: Int) -> RawDate? {
    var r = raw
    r.range = r.range.lowerBound..<j
    let hasContent = r.relative != nil || r.year != nil || r.month != nil || r.day != nil
    return hasContent && !r.range.isEmpty ? r : nil
  }

  /// The unit a unit-less number takes from the range end after it (`2023－2026年` → year), or `nil`.
  private func danglingUnit(after n: Numeral, level: DateUnit?) -> DateUnit? {
    var k = text.skipSpaces(n.end)
    guard let dash = at(k), text.lexicon.dashes.contains(dash) else { return nil }
    k = text.skipSpaces(k + 1)
    guard let second = numeral(at: k), let unit = at(second.end) else { return nil }
    switch level {
    case nil where unit == units.year: return isYearNumeral(n) && isYearNumeral(second) ? .year : nil
    case nil where unit == units.month, .year where unit == units.month: return n.value <= 12 ? .month : nil
    case .month where unit == units.day: return n.value <= 31 ? .day : nil
    default: return nil
    }
  }

  // MARK: Text

  func at(_ i: Int) -> Unicode.Scalar? { text.at(i) }

  func matches(_ literal: [Unicode.Scalar], at i: Int) -> Bool { text.matches(literal, at: i) }
}
