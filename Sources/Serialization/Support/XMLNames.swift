/// XML names that every XML 1.0 parser accepts: the characters that are name characters in both the
/// 4th edition (which expat, used by Python's parsers, follows) and the 5th edition of XML 1.0.
/// ASCII, Latin-1 letters, hiragana, katakana and the common CJK ideographs.
enum XMLNames {
  static func isNameStart(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x41...0x5A, 0x61...0x7A, 0x5F: true
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: true
    case 0x3041...0x3094, 0x30A1...0x30FA, 0x3105...0x312C, 0x4E00...0x9FA5, 0x3007, 0x3021...0x3029: true
    default: false
    }
  }

  static func isNameChar(_ s: Unicode.Scalar) -> Bool {
    if isNameStart(s) { return true }
    switch s.value {
    case 0x30...0x39, 0x2D, 0x2E, 0xB7: return true
    case 0x3005, 0x3031...0x3035, 0x3099, 0x309A, 0x309D, 0x309E, 0x30FC...0x30FE: return true
    default: return false
    }
  }

  static func isNCName(_ s: Substring) -> Bool {
    guard let first = s.unicodeScalars.first, isNameStart(first) else { return false }
    return s.unicodeScalars.allSatisfy(isNameChar)
  }

  /// Splits `iri` before its longest suffix that is an NCName; nil when there is none or nothing precedes it.
  static func split(_ iri: String) -> (namespace: String, local: String)? {
    let scalars = iri.unicodeScalars
    var start = scalars.endIndex
    while start > scalars.startIndex {
      let before = scalars.index(before: start)
      guard isNameChar(scalars[before]) else { break }
      start = before
    }
    while start < scalars.endIndex && !isNameStart(scalars[start]) { start = scalars.index(after: start) }
    guard start < scalars.endIndex, start > scalars.startIndex else { return nil }
    return (String(scalars[..<start]), String(scalars[start...]))
  }
}
