import Foundation

/// Reads statements in the database's text layout into `SourceDocument`s.
///
/// The layout: a title line (and perhaps more preamble lines), field lines such as `[文書名]　…`,
/// `[場所]…`, `[年月日]…`, `[出典]…`, `[備考]…`, then a line `[全文]` and the body, one paragraph a line.
/// A file without a `[全文]` line is all body. Errors are `DocumentError`s.
public enum DocumentReader {
  /// Reads the file at `url`; error messages name the file as `url.relativePath`.
  public static func read(contentsOf url: URL) throws -> SourceDocument {
    let path = url.relativePath
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let missing = !FileManager.default.fileExists(atPath: url.path)
      throw DocumentError(file: path, line: nil, column: nil, message: missing ? "no such file" : "cannot read file")
    }
    return try read(bytes: [UInt8](data), fileName: url.lastPathComponent, displayName: path)
  }

  /// Reads a document from its bytes; `fileName` (e.g. `000_f30c3d14f80291c6.txt`) names it in the
  /// document and in error messages.
  public static func read(bytes: [UInt8], fileName: String) throws -> SourceDocument {
    try read(bytes: bytes, fileName: fileName, displayName: fileName)
  }

  static func read(bytes: [UInt8], fileName: String, displayName: String) throws -> SourceDocument {
    let file = try DecodedFile(bytes: bytes, file: displayName)
    let markerIndex = file.lines.firstIndex { isBodyMarker(file.scalars[$0]) }
    let bodyLines = markerIndex.map { file.lines[($0 + 1)...] } ?? file.lines[...]
    let body = bodyText(of: file, lines: bodyLines)
    guard body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw DocumentError(
        file: displayName, line: markerIndex.map { $0 + 1 } ?? 1, column: 1,
        message: markerIndex == nil ? "empty document" : "empty body after '[全文]'")
    }
    let header = markerIndex.map { DocumentHeader(file: file, lineCount: $0) }
    let text = BodyText(nfc: body)
    return SourceDocument(
      fileName: fileName, stem: stem(of: fileName), title: header?.title, place: header?.fields["場所"],
      dateText: header?.fields["年月日"], source: header?.fields["出典"], note: header?.fields["備考"],
      hasHeader: markerIndex != nil, bodyStartLine: markerIndex.map { $0 + 2 } ?? 1, text: text,
      language: Language.guess(text.scalars))
  }

  /// The body: its lines joined with `\n`, trailing line ends dropped, in NFC.
  private static func bodyText(of file: DecodedFile, lines: ArraySlice<Range<Int>>) -> String {
    guard let last = lines.lastIndex(where: { !$0.isEmpty }) else { return "" }
    var view = String.UnicodeScalarView()
    for index in lines.startIndex...last {
      if index != lines.startIndex { view.append("\n") }
      for scalar in file.scalars[lines[index]] { view.append(scalar) }
    }
    return UnicodeNormalization.nfc(String(view))
  }

  /// `[全文]` alone on its line (surrounding spaces allowed), with ASCII or full-width brackets.
  private static func isBodyMarker(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    let trimmed = line.trimmingScalars(where: { $0.properties.isWhitespace })
    return trimmed.elementsEqual("[全文]".unicodeScalars) || trimmed.elementsEqual("［全文］".unicodeScalars)
  }

  /// The file name without its last extension (`a.b.txt` → `a.b`; `.profile` and `README` unchanged).
  static func stem(of fileName: String) -> String {
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fileName }
    return String(fileName[..<dot])
  }
}

extension ArraySlice where Element == Unicode.Scalar {
  /// The slice without leading and trailing scalars matching `predicate`.
  func trimmingScalars(where predicate: (Unicode.Scalar) -> Bool) -> ArraySlice<Unicode.Scalar> {
    guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
