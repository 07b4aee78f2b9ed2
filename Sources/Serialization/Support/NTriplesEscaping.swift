/// String escaping shared by N-Quads and Turtle: the canonical form of RDF 1.2 N-Triples
/// (`\b \t \n \f \r \" \\`, other controls and U+007F as `\u00XX`, everything else as UTF-8).
enum NTriplesEscaping {
  /// The escaped content of a `"..."` literal (or of a `"""..."""` one when `rawNewlines`).
  static func string(_ text: String, rawNewlines: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    append(text, rawNewlines: rawNewlines, to: &out)
    return out
  }

  static func append(_ text: String, rawNewlines: Bool = false, to out: inout [UInt8]) {
    for b in text.utf8 {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: if rawNewlines { out.append(b) } else { out += [0x5C, UInt8(ascii: "n")] }
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0x08: out += [0x5C, UInt8(ascii: "b")]
      case 0x0C: out += [0x5C, UInt8(ascii: "f")]
      case 0..<0x20, 0x7F:
        let hex = Array("0123456789ABCDEF".utf8)
        out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: out.append(b)
      }
    }
  }
}
