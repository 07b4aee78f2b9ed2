/// NCNames that every XML 1.0 parser accepts (see `XMLNameTables`), and the split of an IRI into a
/// namespace and such a local name.
enum XMLNames {
  static func isNameStart(_ s: Unicode.Scalar) -> Bool {
    XMLNameTables.contains(XMLNameTables.nameStart, s.value)
  }

  static func isNameChar(_ s: Unicode.Scalar) -> Bool {
    isNameStart(s) || XMLNameTables.contains(XMLNameTables.nameCharOnly, s.value)
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
