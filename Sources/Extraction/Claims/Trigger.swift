import Patterns
import RuleLanguage

/// One claim rule's match in a sentence, with what the verb form says about it.
struct Trigger {
  let rule: ClaimRule
  let match: PatternMatch
  /// Where the verb ends (after a negation).
  var end: Int
  var negated = false
  /// Whether the verb is the speaker's own act (not a modifier of a noun, not inside another clause).
  var main = true
  /// Whether the verb ends the sentence.
  var final = false

  var start: Int { match.range.lowerBound }
}
