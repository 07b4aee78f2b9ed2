/// The words of Japanese date expressions (`rules/dates/ja.yaml`), width-folded, as scalars.
public struct JapaneseDateWords: Sendable {
  /// The connectors between Japanese dates (`から`, `及び`, `、`).
  public var connectors = DateConnectors()
  /// The unit characters after a numeral.
  public let units: JapaneseDateUnits
  /// Relative words (本年, 昨年, 同日...), tried in this order.
  public var relativeWords: [JapaneseRelativeWord] = []
  /// The prefix of a day of the document's month (本25日), when the file gives one.
  public var documentMonthDayPrefix: JapaneseDayPrefix?
  /// The prefix of a later day of the last date's month (翌16日), when the file gives one.
  public var laterDayPrefix: Unicode.Scalar?
  /// What after `N日` makes a bare day a count (一日も, 3日前, 3日以上).
  public var bareDayBlockedSuffixes: [[Unicode.Scalar]] = []
  /// Characters after `N日` that make `日` part of another word (16日本, 3日間 is a duration instead).
  public var bareDayBlockedFollowers: Set<Unicode.Scalar> = []
  /// Punctuation after which a bare day may open a clause (`。`, `、`); a line break always does.
  public var clauseBreaks: Set<Unicode.Scalar> = []
  /// Suffixes after `N年` that make it a count (3年間, 10年後, 1990年代).
  public var yearDurations: [DurationSuffix] = []
  /// Suffixes after `N日` that make it a count (3日間, 5日ぶり).
  public var dayDurations: [DurationSuffix] = []

  /// Japanese date words with the given units and nothing else.
  public init(units: JapaneseDateUnits) {
    self.units = units
  }
}

/// The unit characters of Japanese dates.
public struct JapaneseDateUnits: Sendable {
  /// After a year (2025年).
  public let year: Unicode.Scalar
  /// After a month (4月).
  public let month: Unicode.Scalar
  /// After a day (9日).
  public let day: Unicode.Scalar
  /// After a year's unit, a fiscal year (2024年度).
  public let fiscalYear: Unicode.Scalar

  /// The four units.
  public init(year: Unicode.Scalar, month: Unicode.Scalar, day: Unicode.Scalar, fiscalYear: Unicode.Scalar) {
    self.year = year
    self.month = month
    self.day = day
    self.fiscalYear = fiscalYear
  }
}

/// A relative date word such as 昨年 (the document's year − 1) or 翌日 (the last date's day + 1), with the
/// characters that, right before or after it, make it part of a longer word (日本年金 is not 本年).
public struct JapaneseRelativeWord: Sendable {
  /// The word, width-folded.
  public let word: [Unicode.Scalar]
  /// What it counts from.
  public let base: DateCountBase
  /// The unit it counts in.
  public let unit: DateUnit
  /// How many units from the base (昨年 −1).
  public let offset: Int
  /// Characters that must not come right before it.
  public let notBefore: Set<Unicode.Scalar>
  /// Characters that must not come right after it.
  public let notAfter: Set<Unicode.Scalar>

  /// A relative word.
  public init(
    word: [Unicode.Scalar], base: DateCountBase, unit: DateUnit, offset: Int, notBefore: Set<Unicode.Scalar>,
    notAfter: Set<Unicode.Scalar>
  ) {
    self.word = word
    self.base = base
    self.unit = unit
    self.offset = offset
    self.notBefore = notBefore
    self.notAfter = notAfter
  }
}

/// A one-character prefix before a day numeral (本 in 本25日) and the characters that must not precede it.
public struct JapaneseDayPrefix: Sendable {
  /// The prefix.
  public let prefix: Unicode.Scalar
  /// Characters before it that make it part of another word (日本25日 is not 本25日).
  public let notBefore: Set<Unicode.Scalar>

  /// A day prefix.
  public init(prefix: Unicode.Scalar, notBefore: Set<Unicode.Scalar>) {
    self.prefix = prefix
    self.notBefore = notBefore
  }
}

/// A suffix that makes a number with a unit a count (3年間), unless one of the given texts follows it
/// (年後半 is the second half of a year, not "years after").
public struct DurationSuffix: Sendable {
  /// The suffix, width-folded.
  public let suffix: [Unicode.Scalar]
  /// Texts after the suffix that keep the date a date.
  public let unlessFollowedBy: [[Unicode.Scalar]]

  /// A duration suffix.
  public init(suffix: [Unicode.Scalar], unlessFollowedBy: [[Unicode.Scalar]] = []) {
    self.suffix = suffix
    self.unlessFollowedBy = unlessFollowedBy
  }
}
