import ClaimGraphText
import Patterns
import RuleTestSupport

@testable import RuleLanguage

/// The text as the matcher sees it (width-folded), the whole text as bounds.
func matchInput(_ text: String, mentions: [MentionSpan] = []) -> MatchInput {
  let chars = WidthFolding.fold(text)
  return MatchInput(chars: chars, bounds: 0..<chars.count, mentions: mentions)
}

/// Loads rule files given as (path, text) pairs, returning the rule set or the diagnostics.
func loadRules(_ files: [(String, String)]) -> Result<RuleSet, RuleErrors> {
  do {
    return .success(try RuleLoader.load(files: coreRuleFiles + files))
  } catch let e as RuleErrors {
    return .failure(e)
  } catch {
    return .failure(RuleErrors([Diagnostic(SourceLocation(file: "?", line: 0, column: 0), "\(error)")]))
  }
}

/// The rendered diagnostics of rule files that must fail to load (empty when they load).
func loadErrors(_ files: [(String, String)]) -> [String] {
  switch loadRules(files) {
  case .success: return []
  case .failure(let e): return e.diagnostics.map(\.description)
  }
}
