/// The lines before `[全文]`: preamble lines (the first is the page title) and field lines `[名前]　値`.
struct DocumentHeader {
  /// Field values by name (`文書名`, `場所`, `年月日`, `出典`, `備考`, or any other bracketed name), NFC,
  /// trimmed. A field whose first occurrence is empty is absent; later duplicates are ignored.
  let fields: [String: String]
  /// The first non-empty line that is not a field line.
  let firstLine: String?

  /// `[文書名]`, else the first line.
  var title: String? { fields["文書名"] ?? firstLine }

  init(file: DecodedFile, lineCount: Int) {
    var fields: [String: String] = [:]
    var seen: Set<String> = []
    var firstLine: String?
    for line in file.lines.prefix(lineCount) {
      let scalars = file.scalars[line].trimmingScalars(where: { $0.properties.isWhitespace })
      if scalars.isEmpty { continue }
      if let (name, value) = Self.field(scalars) {
        if seen.insert(name).inserted, !value.isEmpty { fields[name] = value }
      } else if firstLine == nil {
        firstLine = Self.string(scalars)
      }
    }
    self.fields = fields
    self.firstLine = firstLine
  }

  /// `[name]value` with ASCII or full-width brackets; the value is trimmed of spaces (ASCII or ideographic).
  private static func field(_ line: ArraySlice<Unicode.Scalar>) -> (String, String)? {
    guard let open = line.first, open == "[" || open == "［" else { return nil }
    guard let close = line.firstIndex(where: { $0 == "]" || $0 == "］" }) else { return nil }
    let name = line[(line.startIndex + 1)..<close].trimmingScalars(where: { $0.properties.isWhitespace })
    guard !name.isEmpty else { return nil }
    let value = line[(close + 1)...].trimmingScalars(where: { $0.properties.isWhitespace })
    return (string(name), string(value))
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    UnicodeNormalization.nfc(String(scalars: scalars))
  }
}
