import ClaimGraphText
@testable import RuleLanguage

/// Compiles a pattern on its own (no `@name` definitions), as a rule at `t.yaml:1:1` would be.
func compilePattern(_ source: String, caseInsensitive: Bool = false) throws -> CompiledPattern {
  var parser = PatternParser(source, location: SourceLocation(file: "t.yaml", line: 1, column: 1), caseInsensitive: caseInsensitive) { _ in nil }
  return CompiledPattern(node: try parser.parse(), source: source)
}

/// The diagnostic a pattern that does not parse throws (nil when it parses).
func patternError(_ source: String) -> Diagnostic? {
  var parser = PatternParser(source, location: SourceLocation(file: "t.yaml", line: 1, column: 1)) { _ in nil }
  do {
    _ = try parser.parse()
    return nil
  } catch let d as Diagnostic {
    return d
  } catch {
    return Diagnostic(SourceLocation(file: "?", line: 0, column: 0), "unexpected error \(error)")
  }
}

/// The text as the matcher sees it (width-folded), the whole text as bounds.
func matchInput(_ text: String, mentions: [MentionSpan] = []) -> MatchInput {
  let chars = WidthFolding.fold(text)
  return MatchInput(chars: chars, bounds: 0..<chars.count, mentions: mentions)
}

/// The ranges of all leftmost non-overlapping matches.
func matchRanges(_ pattern: String, _ text: String, caseInsensitive: Bool = false) throws -> [Range<Int>] {
  try compilePattern(pattern, caseInsensitive: caseInsensitive).allMatches(in: matchInput(text)).map(\.range)
}

/// The substrings of all leftmost non-overlapping matches.
func matchTexts(_ pattern: String, _ text: String) throws -> [String] {
  let scalars = Array(text.unicodeScalars)
  return try matchRanges(pattern, text).map { r in
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[r])
    return String(s)
  }
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
