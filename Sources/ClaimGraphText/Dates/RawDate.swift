/// A date expression as the scanner read it, before the parts it leaves out (a year, a month) are filled in
/// from a range partner, the previous mention or the document date.
struct RawDate: Sendable {
  /// The finest unit an expression names.
  typealias Level = DateUnit

  /// A relative expression and what it counts from: 昨年 is `.document(.year, -1)`, 翌日 `.previous(.day, 1)`,
  /// `last May` is `.documentMonth(-1)` (the May before the document's month; the month is in `month`).
  enum Relative: Sendable, Equatable {
    case document(Level, Int)
    case previous(Level, Int)
    /// A named month counted from the document's month: -1 the last one before it, 0 the one in the
    /// document's year, 1 the next one after it.
    case documentMonth(Int)

    var level: Level {
      switch self {
      case .document(let l, _), .previous(let l, _): l
      case .documentMonth: .month
      }
    }

    /// Whether the expression counts from the document date (本年, 昨年, 本日, `last May`, `today`).
    var isDocumentRelative: Bool {
      switch self {
      case .document, .documentMonth: true
      case .previous: false
      }
    }
  }

  var range: Range<Int>
  /// The Gregorian year the text writes (directly or through an era).
  var year: Int?
  /// The era and era year, when the year was written with one (so that 平成24年から26年 can continue it).
  var era: Era?
  var eraYear: Int?
  var month: Int?
  var day: Int?
  var relative: Relative?
  var rangeRole: DateRangeRole?
  /// Whether parts this expression leaves out come from the next one, written in the same phrase
  /// (`9` in `9 and 11 April 2025`); a range start always may.
  var borrowsFromNext = false
  /// Whether only a connector of the same phrase separates it from the expression before
  /// (から, ～, 及び, 、, `and`, `to`...): 3月 in 来年1月から3月まで continues 来年's frame.
  var joinsPrevious = false

  /// Whether the expression pins a day (a written day or a day-level relative word such as 同日).
  var namesDay: Bool { day != nil || relative?.level == .day }
}
