/// Reads the date of a document's `[年月日]` header field: 2025年4月9日, 昭和56年5月8日, 平成元年1月8日, 令和7年,
/// 31 Oct. 2017, 9 April 2025, April 9, 2025, 2017-10-31, 1981年5月, 2017.
public enum DocumentDateParser {
  /// The first date the field names in full (no relative or partial form), or `nil` when there is none.
  /// For a range such as `2025年4月9日～10日` it is the start.
  /// `lexicon` gives the words of dates (month names); the field is read as English text, so a bare year counts.
  public static func parse(_ s: String, lexicon: DateLexicon) -> SimpleDate? {
    let text = BodyText(nfc: s.trimmingSpaces)
    let mentions = DateRecognizer(language: .en, lexicon: lexicon).recognize(in: text, documentDate: nil)
    return mentions.first { $0.anchor == .absolute }?.value
  }
}
