import ClaimGraphText

/// Parses the rule language's pattern syntax into a `PatternNode`, resolving `@name` references.
///
/// Syntax (whitespace separates elements and is otherwise ignored, except between words of plain text when
/// the syntax keeps word spaces): literal text `を強く`, `"quoted text"`, `\(` escapes, classes
/// `[kanji katakana ・]` / `[^ 、。]`, entity references `{Country}` / `{Country|Organization}` / `{Entity}` /
/// `{Date}`, sub-pattern references `@name`, groups `( … | … )`, named captures `(?<name> …)`, look-around
/// `(?= …)` `(?! …)` `(?<= …)` `(?<! …)`, anchors `^` `$` (segment start and end), the word boundary `\b`, and
/// quantifiers `? * + {m,n}` with a trailing `?` for lazy.
public struct PatternParser {
  let scalars: [Unicode.Scalar]
  var pos = 0
  let syntax: PatternSyntax
  let definitions: (String) -> PatternNode?

  /// - Parameters:
  ///   - syntax: the entity classes allowed in `{…}`, the case mode and whether word spaces are kept.
  ///   - definitions: resolves `@name` to an already-parsed node (nil: unknown name → error).
  public init(_ source: String, syntax: PatternSyntax, definitions: @escaping (String) -> PatternNode?) {
    self.scalars = Array(source.unicodeScalars)
    self.syntax = syntax
    self.definitions = definitions
  }

  /// Parses the whole pattern.
  public mutating func parse() throws(PatternSyntaxError) -> PatternNode {
    let node = try parseAlternation()
    skipSpace()
    if pos < scalars.count { throw error("unexpected '\(scalars[pos])'") }
    return node
  }

  func error(_ message: String, at p: Int? = nil) -> PatternSyntaxError {
    PatternSyntaxError(offset: p ?? pos, message: message)
  }

  static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\n" }

  mutating func skipSpace() {
    while pos < scalars.count, Self.isSpace(scalars[pos]) { pos += 1 }
  }

  mutating func parseAlternation() throws(PatternSyntaxError) -> PatternNode {
    var branches = [try parseSequence()]
    skipSpace()
    while pos < scalars.count, scalars[pos] == "|" {
      pos += 1
      branches.append(try parseSequence())
      skipSpace()
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  mutating func parseSequence() throws(PatternSyntaxError) -> PatternNode {
    var items: [PatternNode] = []
    while true {
      skipSpace()
      guard pos < scalars.count, scalars[pos] != "|", scalars[pos] != ")" else { break }
      var atom = try parseAtom()
      atom = try parseQuantifiers(atom)
      items.append(atom)
    }
    // Merge adjacent literals so that required-literal anchors are as long as possible.
    var merged: [PatternNode] = []
    for item in items {
      if case .literal(let b) = item, case .literal(let a)? = merged.last {
        merged[merged.count - 1] = .literal(a + b)
      } else {
        merged.append(item)
      }
    }
    return merged.count == 1 ? merged[0] : .sequence(merged)
  }

  static let specials: Set<Unicode.Scalar> = [
    "(", ")", "[", "]", "{", "}", "|", "?", "*", "+", "@", "\\", "\"", "^", "$", " ", "\t", "\n",
  ]

  func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let f = WidthFolding.fold(s)
    if syntax.caseInsensitive, f.isASCII, let lower = String(f).lowercased().unicodeScalars.first { return lower }
    return f
  }
}
