/// A calendar value as precise as the text gives it: a year, a year and month, or a full date.
public struct SimpleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The Gregorian year.
  public let year: Int
  /// The month, 1–12, when the text gives one.
  public let month: Int?
  /// The day of the month, when the text gives one (never without a month).
  public let day: Int?

  /// A date as precise as given; a day without a month is dropped.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year; self.month = month; self.day = month == nil ? nil : day
  }

  /// The XSD lexical form: `2025-04-09`, `2025-04` or `2025`.
  public var lexical: String {
    let y = String(format4: year)
    guard let m = month else { return y }
    let ym = y + "-" + String(format2: m)
    guard let d = day else { return ym }
    return ym + "-" + String(format2: d)
  }
  /// The local name of the XSD datatype: `date`, `gYearMonth` or `gYear`.
  public var xsdType: String { month == nil ? "gYear" : (day == nil ? "gYearMonth" : "date") }
  /// The lexical form.
  public var description: String { lexical }

  /// Earlier first; a missing month or day counts as before any given one.
  public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }
}

extension String {
  init(format4 n: Int) { self = String.zeroPadded(n, 4) }
  init(format2 n: Int) { self = String.zeroPadded(n, 2) }
  static func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
  }
}

/// What a date expression was resolved against.
public enum DateAnchor: String, Sendable, Hashable {
  /// The text names the date in full (2025年4月9日, 平成24年, 9 April 2025).
  case absolute
  /// Resolved against the document's date (本日, 本年2月, 昨年, a month and day without a year).
  case documentDate
  /// Resolved against the last date mentioned before it (同年, 同月, 前年, 9日 after 5月4日から).
  case previousMention
}

/// The role of a date in a range such as 2023年-2026年.
public enum DateRangeRole: String, Sendable, Hashable {
  /// The first end (2023年 in 2023年-2026年).
  case start
  /// The last end.
  case end
}

/// A date expression found in a text: its scalar range, normalized value and how it was resolved.
public struct DateMention: Hashable, Sendable {
  /// Scalar offsets into the body text.
  public let range: Range<Int>
  /// The normalized date.
  public let value: SimpleDate
  /// What the expression was resolved against.
  public let anchor: DateAnchor
  /// The mention's end of a range, when it is one.
  public let rangeRole: DateRangeRole?

  /// A mention of `value` at `range`.
  public init(range: Range<Int>, value: SimpleDate, anchor: DateAnchor, rangeRole: DateRangeRole? = nil) {
    self.range = range; self.value = value; self.anchor = anchor; self.rangeRole = rangeRole
  }
}
