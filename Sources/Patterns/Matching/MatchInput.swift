/// The text a pattern runs on: folded characters, the segment it may not leave, and the mentions found so far.
public struct MatchInput: Sendable {
  /// The whole text, width-folded (and lower-cased for case-insensitive patterns).
  public let chars: [Unicode.Scalar]
  /// The segment matches stay in; `^` and `$` are its ends.
  public let bounds: Range<Int>
  /// Mentions by their first character, the longest first.
  let mentionsByStart: [Int: [MentionSpan]]
  /// Where cut-off matches are recorded (none: not recorded).
  public var limitLog: PatternLimitLog?

  /// The text with these bounds and mentions.
  public init(chars: [Unicode.Scalar], bounds: Range<Int>, mentions: [MentionSpan] = []) {
    self.chars = chars
    self.bounds = bounds
    var index: [Int: [MentionSpan]] = [:]
    for m in mentions { index[m.range.lowerBound, default: []].append(m) }
    for k in index.keys { index[k]!.sort { $0.range.upperBound > $1.range.upperBound } }
    self.mentionsByStart = index
  }

  /// The same text and mentions restricted to other bounds.
  public func with(bounds: Range<Int>) -> MatchInput {
    var copy = MatchInput(chars: chars, bounds: bounds, index: mentionsByStart)
    copy.limitLog = limitLog
    return copy
  }

  private init(chars: [Unicode.Scalar], bounds: Range<Int>, index: [Int: [MentionSpan]]) {
    self.chars = chars
    self.bounds = bounds
    self.mentionsByStart = index
  }
}
