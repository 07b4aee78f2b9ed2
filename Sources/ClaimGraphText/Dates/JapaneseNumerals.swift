/// Reads Japanese numerals: kanji digits written one by one (`二〇二五` → 2025), positional kanji
/// (`二千二十五` → 2025, `十二` → 12), ASCII or full-width digits, and `元` (the first year of an era) → 1.
package enum JapaneseNumerals {
  /// The value of a whole numeral, or `nil` when the string is empty or not a well-formed numeral.
  package static func value(_ s: Substring) -> Int? { value(scalars: Array(s.unicodeScalars)) }

  /// The value of a whole numeral, or `nil` when the string is empty or not a well-formed numeral.
  package static func value(_ s: String) -> Int? { value(scalars: Array(s.unicodeScalars)) }

  /// `元`, the first year of an era (令和元年), read as 1.
  static let firstYear: Unicode.Scalar = "元"

  /// The value of one kanji digit (`〇`/`○`/`零` → 0 ... `九` → 9), or `nil`.
  static func digit(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "〇", "○", "零": 0
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The multiplier of a positional kanji (`十` 10, `百` 100, `千` 1000), or `nil`.
  static func unit(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "十": 10
    case "百": 100
    case "千": 1000
    default: nil
    }
  }

  /// Whether a scalar can be part of a kanji numeral (a digit or a positional unit; not `元`).
  static func isKanjiNumeral(_ c: Unicode.Scalar) -> Bool { digit(c) != nil || unit(c) != nil }

  static func value(scalars: [Unicode.Scalar]) -> Int? {
    guard !scalars.isEmpty else { return nil }
    if scalars == [firstYear] { return 1 }
    if scalars.allSatisfy(\.isDecimalDigitASCIIOrWide) {
      guard scalars.count <= 9 else { return nil }
      return scalars.reduce(0) { $0 * 10 + $1.decimalDigitValue }
    }
    if scalars.allSatisfy({ digit($0) != nil }) {
      guard scalars.count <= 9 else { return nil }
      return scalars.reduce(0) { acc, c in acc * 10 + (digit(c) ?? 0) }
    }
    return positional(scalars)
  }

  /// `二千二十五`: digits multiply the unit that follows (1 when none precedes it); units strictly decrease.
  private static func positional(_ scalars: [Unicode.Scalar]) -> Int? {
    var total = 0
    var pending: Int?
    var lastUnit = Int.max
    for c in scalars {
      if let d = digit(c) {
        guard pending == nil, d != 0 else { return nil }
        pending = d
      } else if let u = unit(c) {
        guard u < lastUnit else { return nil }
        total += (pending ?? 1) * u
        pending = nil
        lastUnit = u
      } else {
        return nil
      }
    }
    return total + (pending ?? 0)
  }
}

extension Unicode.Scalar {
  /// `0`–`9` or full-width `０`–`９`.
  var isDecimalDigitASCIIOrWide: Bool { ("0"..."9").contains(self) || ("０"..."９").contains(self) }

  /// The value of an ASCII or full-width decimal digit (0 for anything else).
  var decimalDigitValue: Int {
    if ("0"..."9").contains(self) { return Int(value - 0x30) }
    if ("０"..."９").contains(self) { return Int(value - 0xFF10) }
    return 0
  }
}
