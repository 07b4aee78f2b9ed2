import ClaimGraphText

/// Readers of the small values lexicon files are made of: characters, width-folded words, named
/// character sets.
enum LexiconValues {
  /// The file's `language:` (required).
  static func language(of map: YAMLMapping) throws -> Language {
    let value = try map.require("language", in: "lexicon file")
    let name = try value.requireString("a language")
    guard let language = Language(rawValue: name) else {
      throw value.fail("unknown language '\(name)' (expected ja or en)")
    }
    return language
  }

  /// A text, width-folded.
  static func folded(_ s: String) -> String { String(String.UnicodeScalarView(WidthFolding.fold(s))) }

  /// Texts (a text or a list), width-folded.
  static func foldedWords(_ v: YAMLValue?, _ what: String) throws -> [String] {
    try (v?.strings(what) ?? []).map(folded)
  }

  /// Texts (a text or a list), as written.
  static func words(_ v: YAMLValue?, _ what: String) throws -> Set<String> {
    Set(try v?.strings(what) ?? [])
  }

  /// One character, width-folded unless `asWritten`.
  static func character(_ v: YAMLValue, _ what: String, asWritten: Bool = false) throws -> Unicode.Scalar {
    let s = try v.requireString(what)
    guard s.unicodeScalars.count == 1, let c = s.unicodeScalars.first else {
      throw v.fail("expected \(what) (one character), found '\(s)'")
    }
    return asWritten ? c : WidthFolding.fold(c)
  }

  /// Characters given as a list of one-character texts, width-folded unless `asWritten`.
  static func characters(_ v: YAMLValue?, _ what: String, asWritten: Bool = false) throws -> Set<Unicode.Scalar> {
    guard let v else { return [] }
    if v.string != nil { return [try character(v, what, asWritten: asWritten)] }
    return Set(try v.list(what).map { try character($0, what, asWritten: asWritten) })
  }

  /// A string of characters, or `@name` for a named set of `sets`, width-folded.
  static func characterRun(_ v: YAMLValue?, sets: [String: Set<Unicode.Scalar>]) throws -> Set<Unicode.Scalar> {
    guard let v else { return [] }
    let s = try v.requireString("characters or @set-name")
    guard s.hasPrefix("@") else { return Set(WidthFolding.fold(s)) }
    guard let set = sets[String(s.dropFirst())] else {
      throw v.fail("unknown character set '\(s)' (expected one of \(sets.keys.sorted().joined(separator: ", ")))")
    }
    return set
  }

  /// A whole number.
  static func int(_ v: YAMLValue, _ what: String) throws -> Int {
    guard let s = v.string, let n = Int(s) else { throw v.fail("expected \(what) (a whole number)") }
    return n
  }

  /// A mapping's keys all read, or the first unknown one thrown.
  static func checkKeys(_ m: YAMLMapping, in what: String, allowed: [String]) throws {
    if let bad = m.unknownKeys(in: what, allowed: allowed).first { throw bad }
  }
}
