/// The words of date expressions, from the rule files `rules/dates/ja.yaml` and `rules/dates/en.yaml`.
///
/// The scanner reads every language's forms in any text (a Japanese statement writes `9 April 2025`, an
/// English one `2025年4月9日`), so one lexicon holds both halves; a half left out (a partial rule set) finds
/// nothing. The connectors of both files are joined: `2023年～2026年` and `2023 to 2026` are ranges anywhere.
public struct DateLexicon: Sendable {
  /// The Japanese words (relative words, day prefixes, units, durations), or `nil` without `dates/ja.yaml`.
  public let japanese: JapaneseDateWords?
  /// The English words (month names, relative phrases, context words), or `nil` without `dates/en.yaml`.
  public let english: EnglishDateWords?
  /// Words and marks that join the two ends of a range (`から`, `to`, and every dash).
  let rangeConnectors: Set<String>
  /// Everything that joins a date to a following bare day or month in the same phrase (ranges too).
  let continuationConnectors: Set<String>
  /// Words that join two dates of one list (`April and May`).
  let listWords: Set<String>
  /// The dash-like marks a range may be written with (`2023－2026年`, `9–11 April`).
  let dashes: Set<Unicode.Scalar>

  /// A lexicon of the given halves, their connectors joined.
  public init(japanese: JapaneseDateWords?, english: EnglishDateWords?) {
    self.japanese = japanese
    self.english = english
    let connectors = [japanese?.connectors, english?.connectors].compactMap { $0 }
    dashes = Set(connectors.flatMap(\.dashes))
    let dashWords = Set(dashes.map { String($0) })
    rangeConnectors = dashWords.union(connectors.flatMap(\.range))
    continuationConnectors = rangeConnectors.union(connectors.flatMap(\.continuation))
    listWords = Set(connectors.flatMap(\.list))
  }
}

/// The connectors one language writes between dates, width-folded (`、` is `,`, `～` is `~`).
public struct DateConnectors: Sendable {
  /// Words that join the two ends of a range (`から`, `to`, `through`).
  public var range: [String] = []
  /// Words that join a date to the next one in the same phrase (`及び`, `、`, `,`).
  public var continuation: [String] = []
  /// Words that join two dates of one list (`and`, `, or`).
  public var list: [String] = []
  /// Dash-like marks that join a range and let its first end leave out its unit (`2023－2026年`).
  public var dashes: [Unicode.Scalar] = []

  /// Connectors of the given kinds (all empty by default).
  public init(
    range: [String] = [], continuation: [String] = [], list: [String] = [], dashes: [Unicode.Scalar] = []
  ) {
    self.range = range
    self.continuation = continuation
    self.list = list
    self.dashes = dashes
  }
}

/// A unit of calendar time: the finest part a date expression names, or what a relative word counts in.
public enum DateUnit: String, Sendable, Hashable, CaseIterable {
  case year, month, day
}

/// What a relative date word counts from.
public enum DateCountBase: String, Sendable, Hashable, CaseIterable {
  /// The document's date (本年, 昨年, `last year`, `today`).
  case document
  /// The last date mentioned before it (同年, 翌日).
  case previous
}
