import CLibXML2

/// A thin wrapper of libxml2's xmlTextWriter writing into an xmlBuffer that is drained after each batch.
/// Every call's return code is checked; a negative one throws.
final class XMLTextWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr

  init() throws {
    guard let buffer = xmlBufferCreate() else { throw SerializationError("libxml2: cannot create a buffer") }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw SerializationError("libxml2: cannot create a text writer")
    }
    self.buffer = buffer
    self.writer = writer
    try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
    try check(Self.withXMLString("  ") { xmlTextWriterSetIndentString(writer, $0) }, "xmlTextWriterSetIndentString")
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  func startDocument() throws {
    try check(xmlTextWriterStartDocument(writer, "1.0", "utf-8", nil), "xmlTextWriterStartDocument")
  }

  func startElement(_ name: String) throws {
    try check(Self.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }, "xmlTextWriterStartElement")
  }

  func attribute(_ name: String, _ value: String) throws {
    let rc = Self.withXMLString(name) { n in
      Self.withXMLString(value) { v in xmlTextWriterWriteAttribute(writer, n, v) }
    }
    try check(rc, "xmlTextWriterWriteAttribute")
  }

  func text(_ content: String) throws {
    try check(Self.withXMLString(content) { xmlTextWriterWriteString(writer, $0) }, "xmlTextWriterWriteString")
  }

  func endElement() throws {
    try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
  }

  func endDocument() throws {
    try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
  }

  /// Flushes the writer and removes everything written so far from the buffer.
  func takeBytes() throws -> [UInt8] {
    try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
    let count = Int(xmlBufferLength(buffer))
    var bytes: [UInt8] = []
    if count > 0, let content = xmlBufferContent(buffer) {
      bytes = Array(UnsafeBufferPointer(start: content, count: count))
    }
    xmlBufferEmpty(buffer)
    return bytes
  }

  private func check(_ rc: Int32, _ function: String) throws {
    if rc < 0 { throw SerializationError("libxml2: \(function) failed (\(rc))") }
  }

  /// Callers have already rejected U+0000, so the C string is the whole text.
  private static func withXMLString<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
    s.withCString { c in c.withMemoryRebound(to: xmlChar.self, capacity: s.utf8.count + 1) { body($0) } }
  }
}
