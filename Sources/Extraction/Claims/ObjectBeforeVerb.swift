import Patterns
import RuleLanguage

/// The Japanese algorithm: the object phrase stands before the verb, after the speaker's topic; the nearest
/// topic since the previous claim decides whether the parties speak.
struct ObjectBeforeVerb {
  let segment: SegmentClaims
  let parts: SentenceParts

  func claims(_ mains: [Trigger]) -> [ExtractedClaim] {
    mains.enumerated().compactMap { i, t in
      let previous = mains[..<i]
      let start = ObjectBoundary.objectStart(for: t, in: segment, parts: parts, previous: previous)
      let objRange = ObjectBoundary.pronounTrimmed(start..<t.start, in: segment)
      // The nearest speaker topic before the object.
      let earlier = previous.map { $0.match.range.upperBound }.max() ?? segment.range.lowerBound
      var speaker = parts.agents.last { $0.range.lowerBound < objRange.lowerBound }
      switch nearestTopic(before: t, since: earlier) {
      case .speaker(let m): speaker = m
      case .otherTopic: return nil
      case .none: break
      }
      return ClaimAssembly(segment: segment, parts: parts).claim(
        t, object: objRange, speaker: speaker, carried: segment.carried)
    }
  }

  enum Topic {
    case speaker(PatternMatch)
    case otherTopic
  }

  /// The nearest topic since the previous claim, unless it sits inside a nominalized clause of the object
  /// (「…同盟関係は、…築かれていることを認め」): a topic that is not a speaker (「…の戦略概念は共に…重要性を強調して
  /// いる」) means the sentence does not state the parties' act. With a speaker since the previous claim, the
  /// nearest speaker speaks.
  func nearestTopic(before t: Trigger, since earlier: Int) -> Topic? {
    let start = t.start
    let grammar = segment.grammar
    func embedded(_ topic: PatternMatch) -> Bool {
      guard let nom = grammar.nominalizer else { return false }
      if nom.match(at: start, in: segment.input) != nil { return true }
      return !segment.matches(nom, segment.input.with(bounds: topic.range.upperBound..<start)).isEmpty
    }
    let topics = (parts.agents.map { ($0, true) } + parts.otherTopics.map { ($0, false) })
      .filter { $0.0.range.lowerBound >= earlier && $0.0.range.upperBound <= start && !embedded($0.0) }
      .sorted { ($0.0.range.upperBound, $0.1 ? 1 : 0) < ($1.0.range.upperBound, $1.1 ? 1 : 0) }
    if let nearest = topics.last(where: { $0.1 }) { return .speaker(nearest.0) }
    if topics.contains(where: { !$0.1 }) { return .otherTopic }
    return nil
  }
}
