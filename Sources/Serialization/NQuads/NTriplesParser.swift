import ClaimGraphModel

/// Reads N-Triples and N-Quads (RDF 1.1) into triples: one statement per line, `#` comments, `\u`/`\U`
/// and string escapes. Blank-node graph labels are not supported (a `Graph` is named by an IRI).
public struct NTriplesParser: Sendable {
  /// The name used in error messages.
  public var fileName: String

  public init(fileName: String = "<input>") { self.fileName = fileName }

  /// Calls `body` with each statement and its graph name (nil for the default graph), in input order.
  public func forEachStatement(in bytes: [UInt8], _ body: (Triple, IRI?) throws -> Void) throws {
    var cursor = Cursor(bytes: bytes, fileName: fileName)
    while !cursor.atEnd {
      if let (triple, graph) = try cursor.statementLine() { try body(triple, graph) }
    }
  }

  /// Every statement in one graph (graph labels ignored).
  public func parseGraph(_ bytes: [UInt8]) throws -> Graph {
    var graph = Graph()
    try forEachStatement(in: bytes) { t, _ in graph.insert(t) }
    return graph
  }

  public func parseGraph(_ text: String) throws -> Graph { try parseGraph(Array(text.utf8)) }

  /// One graph per graph label, in order of first appearance (the default graph, when used, named nil).
  public func parseDataset(_ bytes: [UInt8]) throws -> [Graph] {
    var graphs: [Graph] = []
    var index: [IRI?: Int] = [:]
    try forEachStatement(in: bytes) { t, name in
      if let i = index[name] {
        graphs[i].insert(t)
      } else {
        index[name] = graphs.count
        graphs.append(Graph(name: name, triples: [t]))
      }
    }
    return graphs
  }
}

/// The parser's position in the input; methods consume one production each.
private struct Cursor {
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

  private mutating func iri() throws -> IRI {
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
  private mutating func plainRun(until terminator: UInt8, stoppingAt stop: (UInt8) -> Bool) -> String? {
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

  private mutating func literal() throws -> Literal {
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
  private mutating func unicodeEscape() throws -> Unicode.Scalar {
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
  private mutating func utf8Scalar() throws -> Unicode.Scalar {
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

  private func error(_ message: String, at offset: Int? = nil) -> NTriplesSyntaxError {
    let at = min(offset ?? position, bytes.count)
    let column = bytes[lineStart..<max(lineStart, at)].reduce(1) { n, b in (b & 0xC0) == 0x80 ? n : n + 1 }
    return NTriplesSyntaxError(file: fileName, line: line, column: column, message: message)
  }
}
