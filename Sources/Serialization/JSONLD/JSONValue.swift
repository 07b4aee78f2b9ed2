/// A JSON value with ordered object members, printed deterministically (see `JSONPrinter`).
enum JSONValue {
  case string(String)
  /// A number in its exact JSON text.
  case number(String)
  case bool(Bool)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// One value as is, several as an array.
  static func oneOrMany(_ values: [JSONValue]) -> JSONValue {
    values.count == 1 ? values[0] : .array(values)
  }
}

/// Prints JSON with two-space indentation; an array or object whose members are all scalars and whose
/// one-line form fits in `inlineLimit` bytes stays on one line. Strings escape only `"`, `\` and controls.
enum JSONPrinter {
  static let inlineLimit = 100

  static func print(_ value: JSONValue, indent: Int = 0, into out: inout [UInt8]) {
    switch value {
    case .string(let s): appendString(s, to: &out)
    case .number(let n): out += n.utf8
    case .bool(let b): out += (b ? "true" : "false").utf8
    case .array(let items):
      if items.isEmpty { out += "[]".utf8; return }
      if let line = inline(value) { out += line; return }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, &out)
        print(item, indent: indent + 1, into: &out)
      }
      newline(indent, &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty { out += "{}".utf8; return }
      if let line = inline(value) { out += line; return }
      out.append(UInt8(ascii: "{"))
      for (i, member) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, &out)
        appendString(member.key, to: &out)
        out += ": ".utf8
        print(member.value, indent: indent + 1, into: &out)
      }
      newline(indent, &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  static func newline(_ indent: Int, _ out: inout [UInt8]) {
    out.append(0x0A)
    out += repeatElement(UInt8(ascii: " "), count: indent * 2)
  }

  private static func isScalar(_ v: JSONValue) -> Bool {
    switch v {
    case .array, .object: false
    default: true
    }
  }

  private static func inline(_ value: JSONValue) -> [UInt8]? {
    var out: [UInt8] = []
    switch value {
    case .array(let items):
      guard items.allSatisfy(isScalar) else { return nil }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out += ", ".utf8 }
        print(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      guard members.allSatisfy({ isScalar($0.value) }) else { return nil }
      out.append(UInt8(ascii: "{"))
      for (i, member) in members.enumerated() {
        if i > 0 { out += ", ".utf8 }
        appendString(member.key, to: &out)
        out += ": ".utf8
        print(member.value, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    default: return nil
    }
    return out.count <= inlineLimit && !out.contains(0x0A) ? out : nil
  }

  static func appendString(_ s: String, to out: inout [UInt8]) {
    out.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, UInt8(ascii: "n")]
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0x08: out += [0x5C, UInt8(ascii: "b")]
      case 0x0C: out += [0x5C, UInt8(ascii: "f")]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: out.append(b)
      }
    }
    out.append(0x22)
  }
}
