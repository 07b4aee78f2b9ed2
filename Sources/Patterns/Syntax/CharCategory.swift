/// A character category usable in `[...]` classes: `[kanji katakana ・]`.
public enum CharCategory: String, Sendable, CaseIterable {
  /// CJK ideographs (and 々 〆 ヶ).
  case kanji
  /// Katakana letters and the prolonged sound mark ー.
  case katakana
  /// Hiragana letters.
  case hiragana
  /// Katakana or hiragana.
  case kana
  /// Latin letters, with the accented letters of Latin-1 and Latin Extended-A/B.
  case latin
  /// ASCII capital letters.
  case upper
  /// ASCII small letters.
  case lower
  /// ASCII digits.
  case digit
  /// Latin letters or digits: the characters of a word for `\b`.
  case alnum
  /// ASCII and CJK punctuation.
  case punct
  /// White space.
  case space
  /// Any character but a line break.
  case any

  /// Whether the scalar belongs to this category.
  public func contains(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    switch self {
    case .kanji:
      return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
        || v == 0x3005 || v == 0x3006 || v == 0x30F6 || (0x20000...0x2FA1F).contains(v)
    case .katakana: return (0x30A1...0x30FA).contains(v) || v == 0x30FC || (0x31F0...0x31FF).contains(v)
    case .hiragana: return (0x3041...0x309F).contains(v)
    case .kana: return CharCategory.katakana.contains(s) || CharCategory.hiragana.contains(s)
    case .latin:
      return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    case .upper: return (0x41...0x5A).contains(v)
    case .lower: return (0x61...0x7A).contains(v)
    case .digit: return (0x30...0x39).contains(v)
    case .alnum: return CharCategory.latin.contains(s) || CharCategory.digit.contains(s)
    case .punct: return Self.isPunctuation(v)
    case .space: return s.properties.isWhitespace
    case .any: return v != 0x0A
    }
  }

  private static func isPunctuation(_ v: UInt32) -> Bool {
    if (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v)
      || (0x7B...0x7E).contains(v)
    {
      return true
    }
    return (0x3000...0x3004).contains(v) || (0x3008...0x3011).contains(v) || (0x3014...0x301F).contains(v)
      || v == 0x30FB || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
  }
}
