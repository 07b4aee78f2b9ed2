import ClaimGraphText

/// Runs the recognizer and renders each mention as `text lo..<hi value anchor[ role]`, so that a test states
/// the exact span, offsets, normalized value, anchor and range role of every mention in one string.
func dateMentions(_ s: String, _ language: Language = .ja, doc: SimpleDate? = nil) -> [String] {
  let text = BodyText(nfc: s)
  return dateRecognizer(language).recognize(in: text, documentDate: doc).map { m in
    var line = "\(text.slice(m.range)) \(m.range.lowerBound)..<\(m.range.upperBound) \(m.value.lexical) \(m.anchor)"
    if let role = m.rangeRole { line += " \(role)" }
    return line
  }
}

/// A document date for tests.
func simpleDate(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> SimpleDate { SimpleDate(year: y, month: m, day: d) }
