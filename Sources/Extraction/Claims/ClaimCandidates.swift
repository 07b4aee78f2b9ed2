import Patterns
import RuleLanguage

/// The triggers of a sentence: every claim rule's matches; of overlapping ones the higher priority wins, then
/// the longer, then the lower rule id; a verb inside 「…」 or （…） is quoted, not said.
enum ClaimCandidates {
  static func triggers(rules: [ClaimRule], in input: MatchInput, depth: BracketDepth) -> [Trigger] {
    var found: [Trigger] = []
    for r in rules {
      for m in r.pattern.allMatches(in: input) { found.append(Trigger(rule: r, match: m, end: m.range.upperBound)) }
    }
    found.sort { a, b in
      if a.rule.priority != b.rule.priority { return a.rule.priority > b.rule.priority }
      if a.match.range.count != b.match.range.count { return a.match.range.count > b.match.range.count }
      if a.rule.ruleID != b.rule.ruleID { return a.rule.ruleID < b.rule.ruleID }
      return a.match.range.lowerBound < b.match.range.lowerBound
    }
    var kept: [Trigger] = []
    for f in found where !kept.contains(where: { $0.match.range.overlaps(f.match.range) }) { kept.append(f) }
    kept.sort { $0.match.range.lowerBound < $1.match.range.lowerBound }
    kept.removeAll { depth.isInside($0.start) }
    return kept
  }
}
