import ClaimGraphModel

/// What a term must satisfy in every syntax: absolute IRIs without forbidden characters, well-formed
/// language tags, and (for XML) only characters XML 1.0 can carry.
enum TermRules {
  /// Why `value` cannot be written as an IRI, or nil when it can. Checks what RFC 3987 parsers reject
  /// most often: no scheme, characters outside the IRI set, `%` without two hex digits, a second `#`,
  /// `[` or `]` outside the authority.
  static func iriProblem(_ value: String) -> String? {
    let bytes = Array(value.utf8)
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first, isASCIILetter(first),
      bytes[..<colon].allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
    else { return "is not absolute (no scheme)" }
    for scalar in value.unicodeScalars where isForbiddenInIRI(scalar) {
      return "contains \(codePoint(scalar)), which an IRI cannot carry"
    }
    let hasAuthority = bytes[(colon + 1)...].starts(with: "//".utf8)
    let authorityEnd =
      hasAuthority
      ? bytes[(colon + 3)...].firstIndex {
        $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
      }
        ?? bytes.count : colon
    var sawHash = false
    for (i, b) in bytes.enumerated() {
      switch b {
      case UInt8(ascii: "%"):
        guard i + 2 < bytes.count, isHexDigit(bytes[i + 1]), isHexDigit(bytes[i + 2]) else {
          return "has a '%' not followed by two hexadecimal digits"
        }
      case UInt8(ascii: "#"):
        if sawHash { return "contains a second '#'" }
        sawHash = true
      case UInt8(ascii: "["), UInt8(ascii: "]"):
        if i <= colon + 2 || i >= authorityEnd { return "contains '\(Unicode.Scalar(b))' outside the host" }
      default: break
      }
    }
    return nil
  }

  /// Why `tag` is not a language tag (`[a-zA-Z]+(-[a-zA-Z0-9]+)*`), or nil when it is one.
  static func languageProblem(_ tag: String) -> String? {
    let parts = tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard let head = parts.first, !head.isEmpty, head.allSatisfy(isASCIILetter),
      parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) } })
    else { return "has an invalid language tag '\(tag)'" }
    return nil
  }

  /// The first character of `text` that XML 1.0 cannot carry, if any.
  static func firstNonXMLCharacter(_ text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { s in
      switch s.value {
      case 0x09, 0x0A, 0x0D: false
      case 0..<0x20, 0xFFFE, 0xFFFF: true
      default: false
      }
    }
  }

  static func codePoint(_ s: Unicode.Scalar) -> String {
    let hex = String(s.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  static func isHexDigit(_ b: UInt8) -> Bool { isASCIIDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66) }

  /// Outside RFC 3987's IRI characters: controls, space, `" < > \ ^ ` { | }`, C1 controls, noncharacters.
  private static func isForbiddenInIRI(_ s: Unicode.Scalar) -> Bool {
    if s.value >= 0xFDD0 && s.value <= 0xFDEF || s.value & 0xFFFE == 0xFFFE { return true }
    switch s.value {
    case 0...0x20, 0x7F...0x9F: return true
    case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return true  // " < > \ ^ ` { | }
    default: return false
    }
  }
}
