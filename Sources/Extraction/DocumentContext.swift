import ClaimGraphText
import Patterns
import RuleLanguage

/// What every step of the extraction reads about one text (a document's body or its title): the text, its
/// segments, language and date, the rule set and the indexes built from it.
struct DocumentContext {
  let rules: RuleSet
  let indexes: ExtractionIndexes
  /// Where matches cut off by the step or depth limit are recorded.
  let limitLog: PatternLimitLog
  let text: BodyText
  let segments: [Segment]
  let language: Language
  /// The vocabulary of the language's text (`rules/text/<lang>.yaml`).
  let lexicon: TextLexicon
  let date: SimpleDate?

  /// The same document with another text (its title, as one segment).
  func with(text: BodyText) -> DocumentContext {
    DocumentContext(
      rules: rules, indexes: indexes, limitLog: limitLog, text: text,
      segments: [Segment(range: 0..<text.count, kind: .sentence)], language: language, lexicon: lexicon,
      date: date)
  }

  /// The index of the segment that contains position `p`.
  func segmentIndex(of p: Int) -> Int {
    var lo = 0
    var hi = segments.count - 1
    var best = 0
    while lo <= hi {
      let mid = (lo + hi) / 2
      if segments[mid].range.lowerBound <= p {
        best = mid
        lo = mid + 1
      } else {
        hi = mid - 1
      }
    }
    return best
  }

  /// The text of a range as written.
  func original(_ r: Range<Int>) -> String { text.slice(r) }

  /// Whether the folded text has `literal` at offset `p`.
  func occurs(_ literal: [Unicode.Scalar], at p: Int) -> Bool {
    p >= 0 && p + literal.count <= text.count && text.folded[p..<(p + literal.count)].elementsEqual(literal)
  }

  /// The whole folded text as pattern input, with `mentions` for `{Class}` references.
  func input(mentions: [MentionSpan] = []) -> MatchInput {
    var whole = MatchInput(chars: text.folded, bounds: 0..<text.count, mentions: mentions)
    whole.limitLog = limitLog
    return whole
  }

  /// The role-title pattern of the language (or of any language).
  var roleTitle: CompiledPattern? { rules.parties[language]?.roleTitle ?? rules.parties.values.first?.roleTitle }
}
