/// Blank-node labels as written: kept when they are `[A-Za-z][A-Za-z0-9-]*` (valid in every syntax),
/// otherwise `b_` and the hex of their UTF-8 (never equal to a kept label, which has no `_`).
enum BlankNodeLabel {
  static func written(_ label: String) -> String {
    let bytes = Array(label.utf8)
    if let first = bytes.first, TermRules.isASCIILetter(first),
      bytes.allSatisfy({ TermRules.isASCIILetter($0) || TermRules.isASCIIDigit($0) || $0 == 0x2D })
    {
      return label
    }
    let hex = Array("0123456789abcdef".utf8)
    var out = Array("b_".utf8)
    for b in bytes { out += [hex[Int(b >> 4)], hex[Int(b & 0xF)]] }
    return String(decoding: out, as: UTF8.self)
  }
}
