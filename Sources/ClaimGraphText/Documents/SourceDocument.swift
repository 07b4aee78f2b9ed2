/// A statement as read from the database's text layout: metadata from the header and the body text.
///
/// The body is everything after the `[全文]` line (or the whole file when there is no header), in NFC,
/// with line ends as `\n`. All offsets in the graph count Unicode scalars of `body`.
public struct SourceDocument: Sendable {
  /// The input file's name, e.g. `000_f30c3d14f80291c6.txt`.
  public let fileName: String
  /// The file name without its extension.
  public let stem: String
  /// `[文書名]`, or the first line when the header has no such field; `nil` without a header.
  public let title: String?
  /// `[場所]`, `[年月日]` (as written), `[出典]`, `[備考]`: `nil` when absent or empty.
  public let place: String?
  /// `[年月日]` as written.
  public let dateText: String?
  /// `[出典]`.
  public let source: String?
  /// `[備考]`.
  public let note: String?
  /// Whether the file had the `[全文]` header layout.
  public let hasHeader: Bool
  /// The 1-based line of the file on which the body starts (for diagnostics).
  public let bodyStartLine: Int
  /// The body text with its scalar and folded views.
  public let text: BodyText
  /// The body's main language, guessed from its characters.
  public let language: Language

  /// A document of the given parts.
  public init(
    fileName: String, stem: String, title: String?, place: String?, dateText: String?, source: String?,
    note: String?, hasHeader: Bool, bodyStartLine: Int, text: BodyText, language: Language
  ) {
    self.fileName = fileName; self.stem = stem; self.title = title; self.place = place
    self.dateText = dateText; self.source = source; self.note = note; self.hasHeader = hasHeader
    self.bodyStartLine = bodyStartLine; self.text = text; self.language = language
  }

  /// The body as a String (NFC).
  public var body: String { text.string }
}

/// The language of a document or rule file.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case ja, en
}

/// A body text held as Unicode scalars (the unit of every offset) plus a width-folded copy of the same length,
/// on which matching runs (full-width ASCII to ASCII, `、`/`，` to `,`, half-width katakana to full-width...).
public struct BodyText: Sendable {
  /// The NFC text as scalars; `scalars[i]` is the character at offset i.
  public let scalars: [Unicode.Scalar]
  /// `folded[i]` is `WidthFolding.fold(scalars[i])`: same length, same offsets.
  public let folded: [Unicode.Scalar]
  /// The text as a String.
  public let string: String

  /// Builds the views from text that is already NFC with `\n` line ends.
  public init(nfc: String) {
    self.string = nfc
    self.scalars = Array(nfc.unicodeScalars)
    self.folded = scalars.map(WidthFolding.fold)
  }

  /// The number of scalars.
  public var count: Int { scalars.count }

  /// The original (unfolded) text of a scalar range.
  public func slice(_ range: Range<Int>) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[range])
    return String(s)
  }
}
