import ClaimGraphText

/// What a lexicon file's example expects of its text: the dates found, or the segments it splits into.
public enum LexiconExpectation: Sendable {
  /// The dates of the text in order, each as its text and normalized value (`本日` → `2025-04-09`); the
  /// example's `date` is the document date.
  case dates(language: Language, expected: [ExpectedDate])
  /// The segments of the text in order, each as its kind and text.
  case segments(language: Language, expected: [ExpectedSegment])

  /// A date an example expects: the text of the mention and its normalized value.
  public struct ExpectedDate: Sendable, Hashable, CustomStringConvertible {
    /// The mention's text as written.
    public let text: String
    /// The normalized value (`2025-04-09`, `2025-04`, `2025`).
    public let value: String
    /// `text = value`.
    public var description: String { "\(text) = \(value)" }

    /// A date of `text` normalized to `value`.
    public init(text: String, value: String) {
      self.text = text
      self.value = value
    }
  }

  /// A segment an example expects: its kind and text.
  public struct ExpectedSegment: Sendable, Hashable, CustomStringConvertible {
    /// The segment's kind.
    public let kind: Segment.Kind
    /// The segment's text as written.
    public let text: String
    /// `kind: text`.
    public var description: String { "\(kind.rawValue): \(text)" }

    /// A segment of `kind` reading `text`.
    public init(kind: Segment.Kind, text: String) {
      self.kind = kind
      self.text = text
    }
  }
}

/// Reads the examples of a lexicon file.
enum LexiconExampleReader {
  enum Kind { case dates, sentences }

  /// `{text, date?, dates: [{本日: 2025-04-09}]}` or `{text, segments: [text | {heading: text}]}`.
  static func read(_ v: YAMLValue, kind: Kind, language: Language) throws -> RuleExample {
    let m = try v.mapping("an example")
    let text = try m.require("text", in: "example").requireString("the example's text")
    let documentDate = try m.optionalString("date")
    let expectation: LexiconExpectation
    switch kind {
    case .dates:
      let list = try m.require("dates", in: "example").list("'dates' (text: value)")
      expectation = .dates(language: language, expected: try list.map(expectedDate))
      try LexiconValues.checkKeys(m, in: "example", allowed: ["text", "date", "dates"])
    case .sentences:
      let list = try m.require("segments", in: "example").list("'segments'")
      expectation = .segments(language: language, expected: try list.map(expectedSegment))
      try LexiconValues.checkKeys(m, in: "example", allowed: ["text", "segments"])
    }
    return RuleExample(
      text: text, documentTitle: nil, documentDate: documentDate, entities: [], notEntities: [],
      claims: [], notClaims: [], location: m.location, lexicon: expectation)
  }

  private static func expectedDate(_ v: YAMLValue) throws -> LexiconExpectation.ExpectedDate {
    let m = try v.mapping("an expected date (text: value)")
    guard m.entries.count == 1, let e = m.entries.first else { throw v.fail("expected one 'text: value' pair") }
    return .init(text: e.key, value: try e.value.requireString("a date value"))
  }

  private static func expectedSegment(_ v: YAMLValue) throws -> LexiconExpectation.ExpectedSegment {
    if let s = v.string { return .init(kind: .sentence, text: s) }
    let m = try v.mapping("a segment (a text, or heading: text, list-item: text)")
    guard m.entries.count == 1, let e = m.entries.first else { throw v.fail("expected one 'kind: text' pair") }
    let kinds: [String: Segment.Kind] = ["sentence": .sentence, "heading": .heading, "list-item": .listItem]
    guard let kind = kinds[e.key] else {
      throw Diagnostic(e.keyLocation, "unknown segment kind '\(e.key)' (expected sentence, heading or list-item)")
    }
    return .init(kind: kind, text: try e.value.requireString("the segment's text"))
  }
}
