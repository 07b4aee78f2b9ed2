/// A file decoded from UTF-8 into scalars and cut into lines (`\n`, `\r\n` and `\r` all end a line),
/// checked for characters that a document may not contain.
struct DecodedFile {
  /// All scalars of the file, the BOM removed, line ends kept as they were.
  let scalars: [Unicode.Scalar]
  /// The scalar range of every line, without its line end; `lines[0]` is line 1.
  let lines: [Range<Int>]

  /// Decodes `bytes`, throwing a `DocumentError` at the first invalid byte or forbidden control character.
  init(bytes: [UInt8], file: String) throws {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let string = String(decoding: body, as: UTF8.self)
    // Decoding replaces invalid sequences with U+FFFD, so a valid file re-encodes to the same bytes.
    guard string.utf8.elementsEqual(body) else {
      throw Self.invalidUTF8Error(in: body, file: file)
    }
    scalars = Array(string.unicodeScalars)
    lines = Self.lineRanges(of: scalars)
    try checkCharacters(file: file)
  }

  private static func lineRanges(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < scalars.count {
      switch scalars[i] {
      case "\n":
        ranges.append(start..<i)
        i += 1
        start = i
      case "\r":
        ranges.append(start..<i)
        i += (i + 1 < scalars.count && scalars[i + 1] == "\n") ? 2 : 1
        start = i
      default:
        i += 1
      }
    }
    ranges.append(start..<scalars.count)
    return ranges
  }

  /// XML 1.0 cannot carry C0 controls other than tab and line ends, nor U+FFFE and U+FFFF.
  private func checkCharacters(file: String) throws {
    for (index, line) in lines.enumerated() {
      for i in line {
        let v = scalars[i].value
        guard (v < 0x20 && v != 0x09) || v == 0xFFFE || v == 0xFFFF else { continue }
        let name = v < 0x20 ? "control character" : "noncharacter"
        throw DocumentError(
          file: file, line: index + 1, column: i - line.lowerBound + 1,
          message: "\(name) \(Self.codePoint(v)) is not allowed in a document (XML cannot carry it)")
      }
    }
  }

  static func codePoint(_ v: UInt32) -> String {
    let hex = String(v, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Finds the first byte that does not start or continue a valid UTF-8 sequence and reports its line and
  /// column (the column counts the scalars before it on its line).
  private static func invalidUTF8Error(in bytes: ArraySlice<UInt8>, file: String) -> DocumentError {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = bytes.startIndex
    parsing: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: break parsing
      case .emptyInput: break parsing  // unreachable: the caller saw a difference
      }
    }
    var line = 1
    var column = 1
    var previous: UInt8 = 0
    for byte in bytes[bytes.startIndex..<offset] {
      switch byte {
      case 0x0D: line += 1; column = 1
      case 0x0A: if previous != 0x0D { line += 1; column = 1 }
      case let b where b & 0xC0 != 0x80: column += 1
      default: break
      }
      previous = byte
    }
    let bad = offset < bytes.endIndex ? bytes[offset] : 0
    let hex = String(bad, radix: 16, uppercase: true)
    return DocumentError(
      file: file, line: line, column: column,
      message: "invalid UTF-8 (byte 0x\(hex.count < 2 ? "0" + hex : hex))")
  }
}
