/// Character classes: `[kanji katakana ・]`, `[^ 、。]`, ranges such as `[a-z]`.
extension PatternParser {
  mutating func parseClass() throws(PatternSyntaxError) -> CharClass {
    let start = pos
    pos += 1
    var cls = CharClass()
    if pos < scalars.count, scalars[pos] == "^" {
      cls.negated = true
      pos += 1
    }
    var token: [Unicode.Scalar] = []
    while pos < scalars.count, scalars[pos] != "]" {
      let c = scalars[pos]
      if c == " " {
        try addClassToken(token, to: &cls, start: start)
        token.removeAll()
        pos += 1
        continue
      }
      if c == "\\", pos + 1 < scalars.count {
        token.append(scalars[pos + 1])
        pos += 2
        continue
      }
      token.append(c)
      pos += 1
    }
    guard pos < scalars.count else { throw error("expected ']'", at: start) }
    try addClassToken(token, to: &cls, start: start)
    pos += 1
    if cls.categories.isEmpty && cls.scalars.isEmpty { throw error("empty character class", at: start) }
    return cls
  }

  /// Adds one space-separated token of a class: a category name, or characters and ranges.
  func addClassToken(
    _ token: [Unicode.Scalar], to cls: inout CharClass, start: Int
  ) throws(PatternSyntaxError) {
    guard !token.isEmpty else { return }
    let word = String(String.UnicodeScalarView(token))
    let letters = String(String.UnicodeScalarView(token.prefix { $0.isASCII && $0.properties.isAlphabetic }))
    if let cat = CharCategory(rawValue: word) {
      cls.categories.append(cat)
    } else if token.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) && token.count > 1 {
      let expected = CharCategory.allCases.map(\.rawValue).joined(separator: ", ")
      throw error("unknown character class '\(word)' (expected one of \(expected))", at: start)
    } else if letters.count > 1, CharCategory(rawValue: letters) != nil {
      throw error("expected a space after the class name '\(letters)' in '\(word)'", at: start)
    } else {
      addCharacters(token, to: &cls)
    }
  }

  /// Single characters and ranges such as a-z or ぁ-ゖ.
  func addCharacters(_ token: [Unicode.Scalar], to cls: inout CharClass) {
    var i = 0
    while i < token.count {
      if i + 2 < token.count, token[i + 1] == "-", token[i].value <= token[i + 2].value {
        for v in token[i].value...token[i + 2].value {
          if let u = Unicode.Scalar(v) { cls.scalars.insert(fold(u)) }
        }
        i += 3
      } else {
        cls.scalars.insert(fold(token[i]))
        i += 1
      }
    }
  }
}
