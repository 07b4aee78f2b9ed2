import ClaimGraphModel

/// The parser's position in the input; methods consume one production each.
struct NTriplesCursor {
  let bytes: [UInt8]
  let fileName: String
  var position = 0
  var line = 1
  var lineStart = 0

  init(bytes: [UInt8], fileName: String) {
    self.bytes = bytes
    self.fileName = fileName
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3; lineStart = 3 }
  }

  var atEnd: Bool { position >= bytes.count }
  var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  mutating func statementLine() throws -> (Triple, IRI?)? {
    skipSpaces()
    var result: (Triple, IRI?)?
    if let c = current, c != UInt8(ascii: "#"), c != 0x0A, c != 0x0D {
      let subject: Term
      switch c {
      case UInt8(ascii: "<"): subject = .iri(try iri())
      case UInt8(ascii: "_"): subject = try blankNode()
      default: throw error("expected a subject (an IRI or a blank node)")
      }
      skipSpaces()
      guard current == UInt8(ascii: "<") else { throw error("expected a predicate IRI") }
      let predicate = try iri()
      skipSpaces()
      let object: Term
      switch current {
      case UInt8(ascii: "<"): object = .iri(try iri())
      case UInt8(ascii: "_"): object = try blankNode()
      case UInt8(ascii: "\""): object = .literal(try literal())
      default: throw error("expected an object (an IRI, a blank node or a literal)")
      }
      skipSpaces()
      var graph: IRI?
      if current == UInt8(ascii: "<") {
        graph = try iri()
        skipSpaces()
      } else if current == UInt8(ascii: "_") {
        throw error("expected an IRI graph label (blank-node graph labels are not supported)")
      }
      guard current == UInt8(ascii: ".") else { throw error("expected '.' at the end of the statement") }
      position += 1
      skipSpaces()
      result = (Triple(subject, predicate, object), graph)
    }
    if current == UInt8(ascii: "#") {
      while let c = current, c != 0x0A, c != 0x0D { position += 1 }
    }
    try endOfLine()
    return result
  }

  private mutating func endOfLine() throws {
    guard let c = current else { return }
    guard c == 0x0A || c == 0x0D else { throw error("expected the end of the line") }
    position += 1
    if c == 0x0D && current == 0x0A { position += 1 }
    line += 1
    lineStart = position
  }

  private mutating func skipSpaces() {
    while let c = current, c == 0x20 || c == 0x09 { position += 1 }
  }

  mutating func iri() throws -> IRI {
    let start = position
    position += 1  // <
    let value: String
    if let fast = plainRun(until: UInt8(ascii: ">"), stoppingAt: { $0 <= 0x20 || Self.forbiddenIRIBytes.contains($0) })
    {
      value = fast
    } else {
      value = try escapedIRI()
    }
    position += 1  // >
    if let problem = TermRules.iriProblem(value) {
      throw error("expected an absolute IRI (this one \(problem))", at: start)
    }
    return IRI(value)
  }

  private static let forbiddenIRIBytes: Set<UInt8> = Set("<\"{}|^`\\".utf8)

  /// The IRI at the cursor (just after `<`) when it has escapes or a character to report; stops at `>`.
  private mutating func escapedIRI() throws -> String {
    var scalars = String.UnicodeScalarView()
    while true {
      guard let c = current, c != 0x0A, c != 0x0D else { throw error("expected '>' to close the IRI") }
      if c == UInt8(ascii: ">") { break }
      if c == UInt8(ascii: "\\") {
        let s = try unicodeEscape()
        guard !Self.isForbiddenInIRI(s) else {
          throw error("expected an IRI character, not an escaped \(TermRules.codePoint(s))", at: position - 1)
        }
        scalars.append(s)
        continue
      }
      if c <= 0x20 || "<\"{}|^`".utf8.contains(c) {
        throw error("expected an IRI character, not \(c == 0x20 ? "a space" : "'\(Unicode.Scalar(c))'")")
      }
      scalars.append(try utf8Scalar())
    }
    return String(scalars)
  }

  /// Fast path: when the bytes up to `terminator` contain no `\\`, nothing `stop` rejects and valid UTF-8,
  /// moves to the terminator and returns them; otherwise leaves the cursor alone and returns nil.
  mutating func plainRun(until terminator: UInt8, stoppingAt stop: (UInt8) -> Bool) -> String? {
    var end = position
    while end < bytes.count {
      let b = bytes[end]
      if b == terminator { break }
      if b == UInt8(ascii: "\\") || b == 0x0A || b == 0x0D || stop(b) { return nil }
      end += 1
    }
    guard end < bytes.count, let text = String(validating: bytes[position..<end], as: UTF8.self) else { return nil }
    position = end
    return text
  }

  private mutating func blankNode() throws -> Term {
    position += 1
    guard current == UInt8(ascii: ":") else { throw error("expected ':' after '_' in a blank node label") }
    position += 1
    let start = position
    while let c = current, c != 0x20, c != 0x09, c != 0x0A, c != 0x0D, c != UInt8(ascii: "<"), c != UInt8(ascii: "\"") {
      position += 1
    }
    while position > start && bytes[position - 1] == UInt8(ascii: ".") { position -= 1 }
    let label = String(decoding: bytes[start..<position], as: UTF8.self)
    guard Self.isBlankNodeLabel(label) else { throw error("expected a blank node label", at: start) }
    return .blank(label)
  }

  private static func isForbiddenInIRI(_ s: Unicode.Scalar) -> Bool {
    s.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(s)
  }

  /// BLANK_NODE_LABEL: (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?, read loosely as letters,
  /// digits, `_`, `-`, `.` and any non-ASCII character.
  private static func isBlankNodeLabel(_ label: String) -> Bool {
    guard let first = label.unicodeScalars.first, first != "-", first != ".", label.unicodeScalars.last != "." else {
      return false
    }
    return label.unicodeScalars.allSatisfy { s in
      s.value >= 0x80 || s.properties.isASCIIHexDigit || ("a"..."z").contains(s) || ("A"..."Z").contains(s)
        || ("0"..."9").contains(s) || s == "_" || s == "-" || s == "."
    }
  }

  func error(_ message: String, at offset: Int? = nil) -> NTriplesSyntaxError {
    let at = min(offset ?? position, bytes.count)
    let column = bytes[lineStart..<max(lineStart, at)].reduce(1) { n, b in (b & 0xC0) == 0x80 ? n : n + 1 }
    return NTriplesSyntaxError(file: fileName, line: line, column: column, message: message)
  }
}
