import ClaimGraphModel

/// Literals and escapes: the quoted text, its language tag or datatype, `\u`/`\U` and string escapes, UTF-8.
extension NTriplesCursor {
  mutating func literal() throws -> Literal {
    position += 1  // "
    let lexical: String
    if let fast = plainRun(until: 0x22, stoppingAt: { _ in false }) {
      lexical = fast
    } else {
      lexical = try escapedLiteral()
    }
    position += 1  // "
    return try literalSuffix(lexical)
  }

  /// The literal at the cursor (just after the opening quote) when it has escapes; stops at the closing quote.
  private mutating func escapedLiteral() throws -> String {
    var scalars = String.UnicodeScalarView()
    while true {
      guard let c = current, c != 0x0A, c != 0x0D else { throw error("expected '\"' to close the literal") }
      if c == 0x22 { break }
      if c == UInt8(ascii: "\\") {
        guard position + 1 < bytes.count else { throw error("expected an escape sequence") }
        let e = bytes[position + 1]
        let simple: UInt8? =
          switch e {
          case UInt8(ascii: "t"): 0x09
          case UInt8(ascii: "b"): 0x08
          case UInt8(ascii: "n"): 0x0A
          case UInt8(ascii: "r"): 0x0D
          case UInt8(ascii: "f"): 0x0C
          case 0x22, 0x27, 0x5C: e
          default: nil
          }
        if let simple {
          scalars.append(Unicode.Scalar(simple))
          position += 2
        } else {
          scalars.append(try unicodeEscape())
        }
        continue
      }
      scalars.append(try utf8Scalar())
    }
    return String(scalars)
  }

  /// The language tag or datatype after a literal's closing quote.
  private mutating func literalSuffix(_ lexical: String) throws -> Literal {
    if current == UInt8(ascii: "@") {
      position += 1
      let start = position
      while let c = current, TermRules.isASCIILetter(c) || TermRules.isASCIIDigit(c) || c == 0x2D { position += 1 }
      let tag = String(decoding: bytes[start..<position], as: UTF8.self)
      guard TermRules.languageProblem(tag) == nil else { throw error("expected a language tag", at: start) }
      return Literal(lexical, language: tag)
    }
    if current == UInt8(ascii: "^") {
      guard position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: "^"),
        bytes[position + 2] == UInt8(ascii: "<")
      else { throw error("expected '^^<' before a datatype IRI") }
      position += 2
      let start = position
      let datatype = try iri()
      if datatype == RDF.langString {
        throw error("expected a language tag instead of the datatype rdf:langString", at: start)
      }
      return Literal(lexical, datatype: datatype)
    }
    return Literal(lexical)
  }

  /// `\uXXXX` or `\UXXXXXXXX` at the cursor.
  mutating func unicodeEscape() throws -> Unicode.Scalar {
    let start = position
    guard position + 1 < bytes.count else { throw error("expected \\u or \\U") }
    let digits: Int
    switch bytes[position + 1] {
    case UInt8(ascii: "u"): digits = 4
    case UInt8(ascii: "U"): digits = 8
    default: throw error("expected \\u or \\U (or, in a literal, one of \\t \\b \\n \\r \\f \\\" \\' \\\\)")
    }
    guard position + 2 + digits <= bytes.count,
      let value = UInt32(String(decoding: bytes[(position + 2)..<(position + 2 + digits)], as: UTF8.self), radix: 16),
      bytes[(position + 2)..<(position + 2 + digits)].allSatisfy({ Unicode.Scalar($0).properties.isASCIIHexDigit })
    else { throw error("expected \(digits) hexadecimal digits") }
    guard let scalar = Unicode.Scalar(value) else {
      throw error("expected a Unicode scalar value, not \(String(value, radix: 16, uppercase: true))", at: start)
    }
    position += 2 + digits
    return scalar
  }

  /// One UTF-8 encoded scalar at the cursor.
  mutating func utf8Scalar() throws -> Unicode.Scalar {
    let lead = bytes[position]
    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
    guard length > 0, position + length <= bytes.count else { throw error("expected valid UTF-8") }
    var decoder = UTF8()
    var iterator = bytes[position..<(position + length)].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else {
      throw error("expected valid UTF-8")
    }
    position += length
    return scalar
  }
}
