import ClaimGraphText
import Patterns
import RuleLanguage

/// Mentions and dates as the spans that `{Class}` references in patterns consume, and the text English
/// patterns run on.
enum MentionSpans {
  /// The pseudo-class of dates in patterns (`{Date}`).
  static let dateClass = "Date"
  /// The pseudo-class of any entity in patterns (`{Entity}`).
  static let anyEntityClass = "Entity"

  /// Mentions as spans (tag: the mention's index).
  static func of(_ mentions: [EntityMention], entities: [EntityKey: EntityRecord]) -> [MentionSpan] {
    mentions.enumerated().map { i, m in
      MentionSpan(range: m.range, entityClass: entities[m.entityKey]?.entityClass.name ?? anyEntityClass, tag: i)
    }
  }

  /// Dates as spans (tag: -1 - the date's index).
  static func of(_ dates: [DateMention]) -> [MentionSpan] {
    dates.enumerated().map { i, d in MentionSpan(range: d.range, entityClass: dateClass, tag: -1 - i) }
  }

  /// The folded text a language's claim and speaker patterns run on (English ignores case).
  static func patternText(_ text: BodyText, language: Language) -> [Unicode.Scalar] {
    language == .en ? text.folded.map(lowercasedASCII) : text.folded
  }

  /// ASCII letters lower-cased (English rules match without case); other scalars as they are.
  static func lowercasedASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
    (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 0x20)! : s
  }
}
