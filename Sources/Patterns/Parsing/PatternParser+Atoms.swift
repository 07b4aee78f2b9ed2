/// Atoms: literal text, quoted text, escapes, entity and sub-pattern references, anchors.
extension PatternParser {
  mutating func parseAtom() throws(PatternSyntaxError) -> PatternNode {
    let c = scalars[pos]
    switch c {
    case "(": return try parseGroup()
    case "[": return .charClass(try parseClass())
    case "{": return try parseEntityReference()
    case "@": return try parseReference()
    case "\"": return .literal(try parseQuoted())
    case "\\":
      guard pos + 1 < scalars.count else { throw error("expected a character after '\\'") }
      pos += 2
      if scalars[pos - 1] == "b" { return .wordBoundary }
      return .literal([fold(scalars[pos - 1])])
    case "^":
      pos += 1
      return .segmentStart
    case "$":
      pos += 1
      return .segmentEnd
    case "?", "*", "+": throw error("quantifier '\(c)' has nothing to repeat")
    case ")", "]", "}", "|": throw error("unexpected '\(c)'")
    default: return .literal(parsePlainText())
    }
  }

  /// `{Country}` or `{Country|Organization}`.
  mutating func parseEntityReference() throws(PatternSyntaxError) -> PatternNode {
    let start = pos
    let name = try braced()
    let classes = name.split(separator: "|").map { $0.trimmingSpaces }
    let allowed = syntax.mentionClassNames
    for cl in classes where !allowed.contains(cl) {
      let expected = allowed.sorted().joined(separator: ", ")
      throw error("unknown entity class '\(cl)' (expected one of \(expected))", at: start)
    }
    if classes.isEmpty { throw error("expected an entity class name inside '{}'", at: start) }
    return .entity(Set(classes))
  }

  /// `@name`, resolved through the definitions.
  mutating func parseReference() throws(PatternSyntaxError) -> PatternNode {
    let start = pos
    pos += 1
    var name = ""
    while pos < scalars.count,
      scalars[pos].properties.isAlphabetic || ("0"..."9").contains(scalars[pos]) || scalars[pos] == "-"
        || scalars[pos] == "_"
    {
      name.unicodeScalars.append(scalars[pos])
      pos += 1
    }
    guard !name.isEmpty else { throw error("expected a pattern name after '@'", at: start) }
    guard let node = definitions(name) else { throw error("unknown pattern '@\(name)'", at: start) }
    return node
  }

  /// `"quoted text"`: every character literal, spaces kept, `\"` for a quote.
  mutating func parseQuoted() throws(PatternSyntaxError) -> [Unicode.Scalar] {
    let start = pos
    pos += 1
    var lit: [Unicode.Scalar] = []
    while pos < scalars.count, scalars[pos] != "\"" {
      if scalars[pos] == "\\", pos + 1 < scalars.count { pos += 1 }
      lit.append(fold(scalars[pos]))
      pos += 1
    }
    guard pos < scalars.count else { throw error("expected '\"' to close the quoted text", at: start) }
    pos += 1
    return lit
  }

  /// Plain text up to the next special character; with word spaces, on over spaces followed by more plain text.
  mutating func parsePlainText() -> [Unicode.Scalar] {
    var lit: [Unicode.Scalar] = []
    while true {
      while pos < scalars.count, !Self.specials.contains(scalars[pos]) {
        lit.append(fold(scalars[pos]))
        pos += 1
      }
      guard syntax.wordSpaces, let next = plainTextAfterSpaces() else { break }
      lit.append(" ")
      pos = next
    }
    // A quantifier applies to the last character only, as in regular expressions.
    if lit.count > 1, pos < scalars.count, ["?", "*", "+"].contains(scalars[pos]) || isBraceQuantifier(at: pos) {
      pos -= 1
      lit.removeLast()
    }
    return lit
  }

  /// Where plain text resumes after the spaces at `pos`, or nil (no space, or something else follows).
  func plainTextAfterSpaces() -> Int? {
    var p = pos
    while p < scalars.count, Self.isSpace(scalars[p]) { p += 1 }
    guard p > pos, p < scalars.count, !Self.specials.contains(scalars[p]) else { return nil }
    return p
  }

  /// The text between `{` (at `pos`) and the next `}`, leaving `pos` after the `}`.
  mutating func braced() throws(PatternSyntaxError) -> String {
    let start = pos
    pos += 1
    var text = ""
    while pos < scalars.count, scalars[pos] != "}" {
      text.unicodeScalars.append(scalars[pos])
      pos += 1
    }
    guard pos < scalars.count else { throw error("expected '}'", at: start) }
    pos += 1
    return text
  }

  func isBraceQuantifier(at p: Int) -> Bool {
    guard p < scalars.count, scalars[p] == "{", p + 1 < scalars.count else { return false }
    return ("0"..."9").contains(scalars[p + 1])
  }
}

extension Substring {
  var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
