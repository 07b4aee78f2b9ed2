/// English date expressions: 9 April 2025, April 9, 2025, 31 Oct. 2017, April 2025, 9–11 April 2025,
/// 2017-10-31, this year, and (in English text) a bare year such as `in 2024` or `the 2005 Joint Statement`.
/// Month names alone, `last May` and `today` are in EnglishDateScanner+Context.swift. The words come from
/// `rules/dates/en.yaml`.
struct EnglishDateScanner {
  let text: DateScanner
  let words: EnglishDateWords

  /// A month name read from the text.
  struct MonthName {
    let month: Int
    let end: Int
    /// A full name other than May: the only kind that is a date on its own anywhere (`in April`).
    let standsAlone: Bool
    /// Whether the name is written in full (`May`, `April`, not `Apr.`).
    let isFull: Bool
  }

  /// A day number (`9`, `9th`) read from the text.
  struct DayNumber {
    let value: Int
    let end: Int
  }

  /// Reads the English expression(s) starting at `i`: one, or two for a range such as `9–11 April 2025`.
  func parse(at i: Int, previous: RawDate?) -> [RawDate] {
    guard let c = at(i) else { return [] }
    if let before = at(i - 1), before.isASCIILetter || before.isASCIIDigit { return [] }
    if c.isASCIILetter {
      if let m = monthName(at: i) { return afterMonth(start: i, m, previous: previous) }
      if let r = relativeYear(at: i) { return [r] }
      if let r = relativeMonth(at: i) { return [r] }
      if let r = deicticDay(at: i) { return [r] }
      return []
    }
    guard c.isASCIIDigit else { return [] }
    if let iso = isoDate(at: i) { return [iso] }
    if let d = dayNumber(at: i), let found = afterDay(start: i, d) { return found }
    if let y = bareYear(at: i, previous: previous) { return [y] }
    return []
  }

  // MARK: Month first

  /// `April 9, 2025`, `Oct 31 2017`, `April 9–11, 2025`, `April 2025`, `April 9`, `April`, `in May`.
  private func afterMonth(start: Int, _ m: MonthName, previous: RawDate?) -> [RawDate] {
    let j = skipSpaces(m.end)
    guard j > m.end else { return bareMonth(start: start, m, previous: previous) }
    if let d = dayNumber(at: j) {
      if let (d2, d2Start, isRange) = secondDay(after: d.end) {
        var first = RawDate(range: start..<d.end, month: m.month, day: d.value)
        var second = RawDate(range: d2Start..<d2.end, month: m.month, day: d2.value)
        if let y = year(after: d2.end, allowComma: true) {
          second.year = y.value
          second.range = d2Start..<y.end
        }
        first.borrowsFromNext = true
        if isRange {
          first.rangeRole = .start
          second.rangeRole = .end
        }
        return [first, second]
      }
      if let y = year(after: d.end, allowComma: true) {
        return [RawDate(range: start..<y.end, year: y.value, month: m.month, day: d.value)]
      }
      return [RawDate(range: start..<d.end, month: m.month, day: d.value)]
    }
    if let y = year(after: m.end, allowComma: false) {
      return [RawDate(range: start..<y.end, year: y.value, month: m.month)]
    }
    return bareMonth(start: start, m, previous: previous)
  }

  // MARK: Day first

  /// `9 April 2025`, `9th of April`, `9–11 April 2025`, `9 April`.
  private func afterDay(start: Int, _ d: DayNumber) -> [RawDate]? {
    if let m = monthAfterDay(d.end) {
      if let y = year(after: m.end, allowComma: false) {
        return [RawDate(range: start..<y.end, year: y.value, month: m.month, day: d.value)]
      }
      return [RawDate(range: start..<m.end, month: m.month, day: d.value)]
    }
    guard let (d2, d2Start, isRange) = secondDay(after: d.end), let m = monthAfterDay(d2.end) else { return nil }
    var second = RawDate(range: d2Start..<m.end, month: m.month, day: d2.value, rangeRole: isRange ? .end : nil)
    if let y = year(after: m.end, allowComma: false) {
      second.year = y.value
      second.range = d2Start..<y.end
    }
    var first = RawDate(range: start..<d.end, day: d.value, rangeRole: isRange ? .start : nil)
    first.borrowsFromNext = true
    return [first, second]
  }

  /// The month name after a day number: ` April`, ` of April`.
  private func monthAfterDay(_ end: Int) -> MonthName? {
    var j = skipSpaces(end)
    guard j > end else { return nil }
    for joiner in words.dayMonthJoiners where matches(joiner + " ", at: j) {
      j = skipSpaces(j + joiner.unicodeScalars.count + 1)
      break
    }
    return monthName(at: j)
  }

  /// The second day of `9–11`, `9 to 11` (a range) or `9 and 11` (a list): the day, where it starts and
  /// whether the two make a range.
  private func secondDay(after end: Int) -> (DayNumber, Int, Bool)? {
    var j = skipSpaces(end)
    var isRange = true
    if let c = at(j), text.lexicon.dashes.contains(c) {
      j += 1
    } else if j > end, let w = words.dayRangeWords.first(where: { matches($0 + " ", at: j) }) {
      j += w.unicodeScalars.count + 1
    } else if j > end, let w = words.dayListWords.first(where: { matches($0 + " ", at: j) }) {
      j += w.unicodeScalars.count + 1
      isRange = false
    } else {
      return nil
    }
    j = skipSpaces(j)
    guard let d2 = dayNumber(at: j) else { return nil }
    return (d2, j, isRange)
  }

  // MARK: Pieces

  /// A one- or two-digit day number, optionally `st`/`nd`/`rd`/`th`, standing as its own word (validated
  /// later, so that `32 March 2017` is one invalid expression rather than `March 2017`).
  func dayNumber(at i: Int) -> DayNumber? {
    let end = text.digitRunEnd(i)
    guard end > i, end - i <= 2 else { return nil }
    let value = text.digitValue(i..<end)
    var k = end
    for suffix in words.ordinalSuffixes where matches(suffix, at: end) {
      k = end + suffix.unicodeScalars.count
      break
    }
    if let c = at(k), c.isASCIILetter || c.isASCIIDigit { return nil }
    if let c = at(k), c == ":" || c == "." || c == ",", let c2 = at(k + 1), c2.isASCIIDigit { return nil }
    return DayNumber(value: value, end: k)
  }

  /// A four-digit year 1000–2999 after `end` (past spaces, and a comma when `allowComma`).
  private func year(after end: Int, allowComma: Bool) -> (value: Int, end: Int)? {
    var j = skipSpaces(end)
    if allowComma, at(j) == "," { j = skipSpaces(j + 1) }
    guard j > end else { return nil }
    let e = text.digitRunEnd(j)
    guard e - j == 4 else { return nil }
    if let c = at(e), c.isASCIILetter || c.isASCIIDigit { return nil }
    let v = text.digitValue(j..<e)
    return (1000...2999).contains(v) ? (v, e) : nil
  }

  /// January ... December and Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec (with an optional
  /// `.`), capitalized or upper-case, as a whole word.
  func monthName(at i: Int) -> MonthName? {
    guard let first = at(i), first.isASCIIUppercase else { return nil }
    for entry in words.months {
      let count = entry.name.count
      guard i + count <= f.count else { continue }
      let written = f[i..<(i + count)]
      guard written.elementsEqual(entry.name) || written.elementsEqual(entry.upper) else { continue }
      var end = i + count
      if let c = at(end), c.isASCIILetter { continue }
      if entry.isAbbreviation, at(end) == "." { end += 1 }
      return MonthName(
        month: entry.month, end: end, standsAlone: !entry.isAbbreviation && !entry.needsContext,
        isFull: !entry.isAbbreviation)
    }
    return nil
  }

  /// `2017-10-31`, `2017/10/31`, `2017.10.31` (the same separator twice).
  private func isoDate(at i: Int) -> RawDate? {
    let ye = text.digitRunEnd(i)
    guard ye - i == 4, let sep = at(ye), sep == "-" || sep == "/" || sep == "." else { return nil }
    let me = text.digitRunEnd(ye + 1)
    guard (1...2).contains(me - ye - 1), at(me) == sep else { return nil }
    let de = text.digitRunEnd(me + 1)
    guard (1...2).contains(de - me - 1) else { return nil }
    if let c = at(de), c.isASCIILetter || c.isASCIIDigit { return nil }
    if let c = at(de), c == sep || c == ".", let c2 = at(de + 1), c2.isASCIIDigit { return nil }
    let y = text.digitValue(i..<ye)
    guard (1000...2999).contains(y) else { return nil }
    return RawDate(range: i..<de, year: y, month: text.digitValue((ye + 1)..<me), day: text.digitValue((me + 1)..<de))
  }

  /// `this year`, `next year`, `last year` (not `the last year`, `the next year`: spans of time).
  private func relativeYear(at i: Int) -> RawDate? {
    for (word, offset) in words.relativeYears {
      let scalars = Array(word.unicodeScalars)
      guard i + scalars.count <= f.count else { continue }
      let written = String(String.UnicodeScalarView(f[i..<(i + scalars.count)])).lowercased()
      guard written == word, let first = at(i), first == scalars[0] || first.isASCIIUppercase else { continue }
      let end = i + scalars.count
      if let c = at(end), c.isASCIILetter || c.isASCIIDigit { return nil }
      if let w = wordBefore(i)?.lowercased(), words.spanWords.contains(w) { return nil }
      return RawDate(range: i..<end, relative: .document(.year, offset))
    }
    return nil
  }

  // MARK: Bare years

  /// A year 1900–2099 on its own, in English text only, unless it reads as an identifier or a count:
  /// `Resolution 2375`, `No. 2005`, `resolutions 1718, 1874, 2087`, `$2000`, `2000 troops`, `1990s`.
  private func bareYear(at i: Int, previous: RawDate?) -> RawDate? {
    guard text.language == .en else { return nil }
    let e = text.digitRunEnd(i)
    guard e - i == 4 else { return nil }
    let v = text.digitValue(i..<e)
    guard (1900...2099).contains(v) else { return nil }
    if let c = at(e) {
      if c.isASCIILetter || words.amountMarksAfter.contains(c) { return nil }
      if c == "." || c == ",", let c2 = at(e + 1), c2.isASCIIDigit { return nil }
    }
    if let b = at(i - 1) {
      if words.amountMarksBefore.contains(b) { return nil }
      if b == "." || b == ",", let b2 = at(i - 2), b2.isASCIIDigit { return nil }
      if text.lexicon.dashes.contains(b), let b2 = at(i - 2), b2.isASCIIDigit, previous?.range.upperBound != i - 1 {
        return nil
      }
    }
    let inParentheses = at(i - 1) == "(" && at(e) == ")"
    if !inParentheses {
      if let w = identifierWord(before: i), words.identifierWords.contains(w.lowercased()) { return nil }
      if let w = wordAfter(e), words.countNouns.contains(w.lowercased()) { return nil }
    }
    return RawDate(range: i..<e, year: v)
  }

  /// The word a number or list of numbers follows: `Resolution` for `Resolution 1718, 1874 and 2087`.
  private func identifierWord(before i: Int) -> String? {
    var k = i
    while k > 0 {
      while k > 0, let c = at(k - 1), c == " " || words.numberListMarks.contains(c) { k -= 1 }
      guard let c = at(k - 1) else { return nil }
      if c.isASCIIDigit {
        while k > 0, let d = at(k - 1), d.isASCIIDigit { k -= 1 }
        continue
      }
      if c == "." { k -= 1 }
      guard let w = wordBefore(k) else { return at(k - 1).map { String($0) } }
      if text.lexicon.listWords.contains(w) {
        k -= w.unicodeScalars.count
        continue
      }
      return w
    }
    return nil
  }

  /// The ASCII word after `e`, past spaces.
  func wordAfter(_ e: Int) -> String? {
    let j = skipSpaces(e)
    var k = j
    while let c = at(k), c.isASCIILetter { k += 1 }
    guard k > j else { return nil }
    return String(String.UnicodeScalarView(f[j..<k]))
  }

  // MARK: Text

  func at(_ i: Int) -> Unicode.Scalar? { text.at(i) }
  func matches(_ literal: String, at i: Int) -> Bool { text.matches(literal, at: i) }
  func matches(_ literal: [Unicode.Scalar], at i: Int) -> Bool { text.matches(literal, at: i) }
  func skipSpaces(_ i: Int) -> Int { text.skipSpaces(i) }
  func wordBefore(_ i: Int) -> String? { text.wordBefore(i) }
  var f: [Unicode.Scalar] { text.f }
}
