import ClaimGraphText

/// Parses the rule language's pattern syntax into a `PatternNode`, resolving `@name` references.
///
/// Syntax (whitespace separates elements and is otherwise ignored):
/// literal text `を強く`, `"quoted text"`, `\(` escapes, classes `[kanji katakana ・]` / `[^ 、。]`,
/// entity references `{Country}` / `{Country|Organization}` / `{Entity}` / `{Date}`, sub-pattern references
/// `@name`, groups `( … | … )`, named captures `(?<name> …)`, look-around `(?= …)` `(?! …)` `(?<= …)` `(?<! …)`,
/// anchors `^` `$` (segment start and end), and quantifiers `? * + {m,n}` with a trailing `?` for lazy.
public struct PatternParser {
  /// Known entity class names for `{…}` references.
  public static let entityClassNames: Set<String> = RuleLoader.entityClasses.union(["Entity", "Date"])

  let scalars: [Unicode.Scalar]
  var pos = 0
  let location: SourceLocation
  let definitions: (String) -> PatternNode?
  let caseInsensitive: Bool
  var referencesSeen: [String] = []

  /// - Parameters:
  ///   - definitions: resolves `@name` to an already-parsed node (nil: unknown name → error).
  public init(
    _ source: String, location: SourceLocation, caseInsensitive: Bool = false,
    definitions: @escaping (String) -> PatternNode?
  ) {
    self.scalars = Array(source.unicodeScalars)
    self.location = location
    self.definitions = definitions
    self.caseInsensitive = caseInsensitive
  }

  /// Parses the whole pattern.
  public mutating func parse() throws -> PatternNode {
    let node = try parseAlternation()
    skipSpace()
    if pos < scalars.count { throw error("unexpected '\(scalars[pos])'") }
    return node
  }

  func error(_ message: String, at p: Int? = nil) -> Diagnostic {
    Diagnostic(SourceLocation(file: location.file, line: location.line, column: location.column + (p ?? pos)), message)
  }

  mutating func skipSpace() {
    while pos < scalars.count, scalars[pos] == " " || scalars[pos] == "\t" || scalars[pos] == "\n" { pos += 1 }
  }

  mutating func parseAlternation() throws -> PatternNode {
    var branches = [try parseSequence()]
    skipSpace()
    while pos < scalars.count, scalars[pos] == "|" {
      pos += 1
      branches.append(try parseSequence())
      skipSpace()
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  mutating func parseSequence() throws -> PatternNode {
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

  static let specials: Set<Unicode.Scalar> = ["(", ")", "[", "]", "{", "}", "|", "?", "*", "+", "@", "\\", "\"", "^", "$", " ", "\t", "\n"]

  func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let f = WidthFolding.fold(s)
    if caseInsensitive, f.isASCII, let lower = String(f).lowercased().unicodeScalars.first { return lower }
    return f
  }

  mutating func parseAtom() throws -> PatternNode {
    let c = scalars[pos]
    switch c {
    case "(":
      return try parseGroup()
    case "[":
      return .charClass(try parseClass())
    case "{":
      let start = pos
      let name = try braced()
      let classes = name.split(separator: "|").map { $0.trimmingSpaces }
      for cl in classes where !Self.entityClassNames.contains(cl) {
        throw error("unknown entity class '\(cl)' (expected one of \(Self.entityClassNames.sorted().joined(separator: ", ")))", at: start)
      }
      if classes.isEmpty { throw error("expected an entity class name inside '{}'", at: start) }
      return .entity(Set(classes))
    case "@":
      let start = pos
      pos += 1
      var name = ""
      while pos < scalars.count, scalars[pos].properties.isAlphabetic || ("0"..."9").contains(scalars[pos])
        || scalars[pos] == "-" || scalars[pos] == "_"
      {
        name.unicodeScalars.append(scalars[pos]); pos += 1
      }
      guard !name.isEmpty else { throw error("expected a pattern name after '@'", at: start) }
      guard let node = definitions(name) else { throw error("unknown pattern '@\(name)'", at: start) }
      referencesSeen.append(name)
      return node
    case "\"":
      let start = pos
      pos += 1
      var lit: [Unicode.Scalar] = []
      while pos < scalars.count, scalars[pos] != "\"" {
        if scalars[pos] == "\\", pos + 1 < scalars.count { pos += 1 }
        lit.append(fold(scalars[pos])); pos += 1
      }
      guard pos < scalars.count else { throw error("expected '\"' to close the quoted text", at: start) }
      pos += 1
      return .literal(lit)
    case "\\":
      guard pos + 1 < scalars.count else { throw error("expected a character after '\\'") }
      pos += 2
      return .literal([fold(scalars[pos - 1])])
    case "^": pos += 1; return .segmentStart
    case "$": pos += 1; return .segmentEnd
    case "?", "*", "+": throw error("quantifier '\(c)' has nothing to repeat")
    case ")", "]", "}", "|": throw error("unexpected '\(c)'")
    default:
      var lit: [Unicode.Scalar] = []
      while pos < scalars.count, !Self.specials.contains(scalars[pos]) {
        lit.append(fold(scalars[pos])); pos += 1
      }
      // A quantifier applies to the last character only, as in regular expressions.
      if lit.count > 1, pos < scalars.count, ["?", "*", "+"].contains(scalars[pos]) || isBraceQuantifier(at: pos) {
        pos -= 1
        lit.removeLast()
      }
      return .literal(lit)
    }
  }

  /// The text between `{` (at `pos`) and the next `}`, leaving `pos` after the `}`.
  mutating func braced() throws -> String {
    let start = pos
    pos += 1
    var text = ""
    while pos < scalars.count, scalars[pos] != "}" { text.unicodeScalars.append(scalars[pos]); pos += 1 }
    guard pos < scalars.count else { throw error("expected '}'", at: start) }
    pos += 1
    return text
  }

  func isBraceQuantifier(at p: Int) -> Bool {
    guard p < scalars.count, scalars[p] == "{", p + 1 < scalars.count else { return false }
    return ("0"..."9").contains(scalars[p + 1])
  }

  mutating func parseGroup() throws -> PatternNode {
    let start = pos
    pos += 1
    var kind = "group"
    var name = ""
    if pos + 1 < scalars.count, scalars[pos] == "?" {
      let next = scalars[pos + 1]
      if next == "=" { kind = "ahead"; pos += 2 }
      else if next == "!" { kind = "notahead"; pos += 2 }
      else if next == "<", pos + 2 < scalars.count, scalars[pos + 2] == "=" { kind = "behind"; pos += 3 }
      else if next == "<", pos + 2 < scalars.count, scalars[pos + 2] == "!" { kind = "notbehind"; pos += 3 }
      else if next == "<" {
        pos += 2
        while pos < scalars.count, scalars[pos] != ">" { name.unicodeScalars.append(scalars[pos]); pos += 1 }
        guard pos < scalars.count, !name.isEmpty else { throw error("expected a capture name and '>'", at: start) }
        pos += 1
        kind = "capture"
      } else {
        throw error("expected '?<name>', '?=', '?!', '?<=' or '?<!' after '('", at: start)
      }
    }
    let inner = try parseAlternation()
    skipSpace()
    guard pos < scalars.count, scalars[pos] == ")" else { throw error("expected ')'", at: pos) }
    pos += 1
    switch kind {
    case "ahead": return .lookahead(inner, negative: false)
    case "notahead": return .lookahead(inner, negative: true)
    case "behind": return .lookbehind(inner, negative: false)
    case "notbehind": return .lookbehind(inner, negative: true)
    case "capture": return .capture(name, inner)
    default: return inner
    }
  }

  mutating func parseClass() throws -> CharClass {
    let start = pos
    pos += 1
    var cls = CharClass()
    if pos < scalars.count, scalars[pos] == "^" { cls.negated = true; pos += 1 }
    var token: [Unicode.Scalar] = []
    func flush() throws {
      defer { token.removeAll() }
      guard !token.isEmpty else { return }
      var word = String.UnicodeScalarView()
      word.append(contentsOf: token)
      let letters = String(String.UnicodeScalarView(token.prefix { $0.isASCII && $0.properties.isAlphabetic }))
      if let cat = CharCategory(rawValue: String(word)) {
        cls.categories.append(cat)
      } else if token.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) && token.count > 1 {
        throw error("unknown character class '\(String(word))' (expected one of \(CharCategory.allCases.map(\.rawValue).joined(separator: ", ")))", at: start)
      } else if letters.count > 1, CharCategory(rawValue: letters) != nil {
        throw error("expected a space after the class name '\(letters)' in '\(String(word))'", at: start)
      } else {
        // Single characters and ranges such as a-z or ぁ-ゖ.
        var i = 0
        while i < token.count {
          if i + 2 < token.count, token[i + 1] == "-", token[i].value <= token[i + 2].value {
            for v in token[i].value...token[i + 2].value { if let u = Unicode.Scalar(v) { cls.scalars.insert(fold(u)) } }
            i += 3
          } else {
            cls.scalars.insert(fold(token[i]))
            i += 1
          }
        }
      }
    }
    while pos < scalars.count, scalars[pos] != "]" {
      let c = scalars[pos]
      if c == " " { try flush(); pos += 1; continue }
      if c == "\\", pos + 1 < scalars.count { token.append(scalars[pos + 1]); pos += 2; continue }
      token.append(c); pos += 1
    }
    guard pos < scalars.count else { throw error("expected ']'", at: start) }
    try flush()
    pos += 1
    if cls.categories.isEmpty && cls.scalars.isEmpty { throw error("empty character class", at: start) }
    return cls
  }

  mutating func parseQuantifiers(_ atom: PatternNode) throws -> PatternNode {
    var node = atom
    while pos < scalars.count {
      let c = scalars[pos]
      var minR = 0
      var maxR: Int? = nil
      if c == "?" { maxR = 1; pos += 1 }
      else if c == "*" { pos += 1 }
      else if c == "+" { minR = 1; pos += 1 }
      else if isBraceQuantifier(at: pos) {
        let start = pos
        let text = try braced()
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard let lo = Int(parts[0]), parts.count <= 2, lo <= 10_000 else {
          throw error("expected '{m}' or '{m,n}' with numbers up to 10000", at: start)
        }
        minR = lo
        if parts.count == 1 { maxR = lo }
        else if parts[1].isEmpty { maxR = nil }
        else if let hi = Int(parts[1]), hi >= lo, hi <= 10_000 { maxR = hi }
        else { throw error("expected '{m,n}' with n ≥ m", at: start) }
      } else {
        break
      }
      var lazy = false
      if pos < scalars.count, scalars[pos] == "?" { lazy = true; pos += 1 }
      if node.isNullable && maxR == nil { throw error("a repetition of something that can match the empty text never ends") }
      node = .repetition(node, min: minR, max: maxR, lazy: lazy)
    }
    return node
  }
}

extension Substring {
  var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
