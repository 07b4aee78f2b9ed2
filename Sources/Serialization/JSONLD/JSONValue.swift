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
      printContainer(Container(open: "[", close: "]", members: items.map { (nil, $0) }), indent: indent, into: &out)
    case .object(let members):
      printContainer(
        Container(open: "{", close: "}", members: members.map { ($0.key, $0.value) }), indent: indent, into: &out)
    }
  }

  static func newline(_ indent: Int, _ out: inout [UInt8]) {
    out.append(0x0A)
    out += repeatElement(UInt8(ascii: " "), count: indent * 2)
  }

  /// An array or an object: its brackets and its members (an array's members have no key).
  private struct Container {
    let open: Unicode.Scalar
    let close: Unicode.Scalar
    let members: [(key: String?, value: JSONValue)]
  }

  private static func printContainer(_ container: Container, indent: Int, into out: inout [UInt8]) {
    if container.members.isEmpty { out += [UInt8(ascii: container.open), UInt8(ascii: container.close)]; return }
    if let line = inline(container) { out += line; return }
    out.append(UInt8(ascii: container.open))
    for (i, member) in container.members.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      newline(indent + 1, &out)
      printMember(member, indent: indent + 1, into: &out)
    }
    newline(indent, &out)
    out.append(UInt8(ascii: container.close))
  }

  /// A member as `"key": value`, or an array's item as `value`.
  private static func printMember(_ member: (key: String?, value: JSONValue), indent: Int, into out: inout [UInt8]) {
    if let key = member.key {
      appendString(key, to: &out)
      out += ": ".utf8
    }
    print(member.value, indent: indent, into: &out)
  }

  private static func isScalar(_ v: JSONValue) -> Bool {
    switch v {
    case .array, .object: false
    default: true
    }
  }

  /// The one-line form of a container of scalars, when it fits in `inlineLimit` bytes.
  private static func inline(_ container: Container) -> [UInt8]? {
    guard container.members.allSatisfy({ isScalar($0.value) }) else { return nil }
    var out = [UInt8(ascii: container.open)]
    for (i, member) in container.members.enumerated() {
      if i > 0 { out += ", ".utf8 }
      printMember(member, indent: 0, into: &out)
    }
    out.append(UInt8(ascii: container.close))
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
