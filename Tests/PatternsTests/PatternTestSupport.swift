import ClaimGraphText

@testable import Patterns

/// The entity classes of the rule language, as a caller passes them in.
let testEntityClasses: Set<String> = ["Organization", "Person", "Country", "Place", "Programme", "Agreement", "Event"]

/// The syntax patterns are parsed with in these tests.
func testSyntax(caseInsensitive: Bool = false, wordSpaces: Bool = false) -> PatternSyntax {
  PatternSyntax(entityClasses: testEntityClasses, caseInsensitive: caseInsensitive, wordSpaces: wordSpaces)
}

/// Compiles a pattern on its own (no `@name` definitions).
func compilePattern(
  _ source: String, caseInsensitive: Bool = false, wordSpaces: Bool = false
) throws -> CompiledPattern {
  var parser = PatternParser(source, syntax: testSyntax(caseInsensitive: caseInsensitive, wordSpaces: wordSpaces)) {
    _ in nil
  }
  return CompiledPattern(node: try parser.parse(), source: source)
}

/// The error a pattern that does not parse throws (nil when it parses).
func patternError(_ source: String) -> PatternSyntaxError? {
  var parser = PatternParser(source, syntax: testSyntax()) { _ in nil }
  do {
    _ = try parser.parse()
    return nil
  } catch {
    return error
  }
}

/// The text as the matcher sees it (width-folded), the whole text as bounds.
func matchInput(_ text: String, mentions: [MentionSpan] = []) -> MatchInput {
  let chars = WidthFolding.fold(text)
  return MatchInput(chars: chars, bounds: 0..<chars.count, mentions: mentions)
}

/// The ranges of all leftmost non-overlapping matches.
func matchRanges(
  _ pattern: String, _ text: String, caseInsensitive: Bool = false, wordSpaces: Bool = false
) throws -> [Range<Int>] {
  try compilePattern(pattern, caseInsensitive: caseInsensitive, wordSpaces: wordSpaces)
    .allMatches(in: matchInput(text)).map(\.range)
}

/// The substrings of all leftmost non-overlapping matches.
func matchTexts(_ pattern: String, _ text: String, wordSpaces: Bool = false) throws -> [String] {
  let scalars = Array(text.unicodeScalars)
  return try matchRanges(pattern, text, wordSpaces: wordSpaces).map { r in
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[r])
    return String(s)
  }
}
