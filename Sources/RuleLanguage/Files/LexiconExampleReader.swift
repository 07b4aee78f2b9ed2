import ClaimGraphText

/// What a lexicon file's example expects of its text: the dates found, the segments it splits into, or the
/// date and place its events are given.
public enum LexiconExpectation: Sendable {
  /// The dates of the text in order, each as its text and normalized value (`本日` → `2025-04-09`); the
  /// example's `date` is the document date.
  case dates(language: Language, expected: [ExpectedDate])
  /// The segments of the text in order, each as its kind and text.
  case segments(language: Language, expected: [ExpectedSegment])
  /// The events of the text (`rules/text/`), each as its mention and the date and place it must be given; the
  /// example's other expectations (entities, claims) are checked as in any rule file.
  case events(expected: [ExpectedEvent])

  /// An event an example expects: the text of its mention, and its date and place where checked.
  public struct ExpectedEvent: Sendable, Hashable, CustomStringConvertible {
    /// The mention's text as written.
    public let mention: String
    /// The normalized date (`2025-04-09`), `none` for no date, or nil when not checked.
    public let date: String?
    /// The place's entity key (`tokyo`), `none` for no place, or nil when not checked.
    public let place: String?
    /// `mention (date, place)`.
    public var description: String { "\(mention) (date: \(date ?? "-"), place: \(place ?? "-"))" }

    /// An event mentioned as `mention` with `date` and `place` (nil: not checked).
    public init(mention: String, date: String?, place: String?) {
      self.mention = mention
      self.date = date
      self.place = place
    }
  }

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

  /// `{mention: 会合, date: 2024-09-10, place: tokyo}`.
  static func expectedEvent(_ v: YAMLValue) throws -> LexiconExpectation.ExpectedEvent {
    let m = try v.mapping("an expected event (mention, date, place)")
    let event = LexiconExpectation.ExpectedEvent(
      mention: try m.require("mention", in: "expected event").requireString("the event's mention"),
      date: try m.optionalString("date"), place: try m.optionalString("place"))
    try LexiconValues.checkKeys(m, in: "expected event", allowed: ["mention", "date", "place"])
    return event
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
