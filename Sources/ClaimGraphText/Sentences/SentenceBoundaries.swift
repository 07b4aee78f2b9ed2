/// Decides where a sentence ends inside one line (outside brackets).
struct SentenceBoundaries {
  let scalars: [Unicode.Scalar]
  let folded: [Unicode.Scalar]
  let language: Language
  /// The trimmed line: its upper bound is the line end.
  let line: Range<Int>

  /// Abbreviations after which `.` does not end a sentence (case-sensitive). Dotted initialisms (`U.S.`,
  /// `H.E.`, `D.C.`) and single capital initials (`J.`) are recognised by their shape.
  static let abbreviations: Set<String> = [
    "Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "U.S.", "U.K.", "U.N.", "e.g.", "i.e.", "etc.", "No.", "Nos.", "vs.",
    "St.", "Gen.", "Gov.", "Sen.", "Rep.", "Jr.", "Sr.", "Prof.", "Amb.", "Hon.", "Rt.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
  ]

  /// If a sentence ends with the punctuation at `i`, the end of that sentence (exclusive): after the run of
  /// sentence-final punctuation and any closing quotes or brackets right after it.
  func sentenceEnd(at i: Int) -> Int? {
    let c = folded[i]
    let original = scalars[i]
    let isConditional: Bool
    switch c {
    case "。":
      isConditional = false
    case "!", "?":
      isConditional = language == .en && original == c  // full-width ！？ always end a sentence
    case ".":
      if original == "．", language == .ja {
        if isDigit(i - 1) && isDigit(i + 1) { return nil }  // １．５
        isConditional = false
      } else if language == .ja, i > line.lowerBound, Self.isJapanese(folded[i - 1]),
        i + 1 >= line.upperBound || Self.isJapanese(folded[i + 1])
      {
        // A half-width full stop between Japanese words (copies that write 「表明した.総理大臣は」).
        isConditional = false
      } else {
        isConditional = true
      }
    default:
      return nil
    }
    var end = i + 1
    while end < line.upperBound, Self.isFinal(folded[end]) { end += 1 }
    while end < line.upperBound, Self.isClosingQuote(folded[end]) { end += 1 }
    guard isConditional else { return end }
    guard end < line.upperBound else { return end }
    guard scalars[end].properties.isWhitespace else { return nil }
    var next = end
    while next < line.upperBound, scalars[next].properties.isWhitespace { next += 1 }
    guard next < line.upperBound, startsSentence(folded[next]) else { return nil }
    if c == ".", isAbbreviation(endingAt: i) { return nil }
    return end
  }

  static func isJapanese(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (0x3041...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || v == 0x3005
  }

  /// What may begin the next sentence after `.`: in English a capital, a digit or an opening quote;
  /// in Japanese text only a Latin capital.
  private func startsSentence(_ s: Unicode.Scalar) -> Bool {
    switch language {
    case .ja:
      return ("A"..."Z").contains(s)
    case .en:
      if s.properties.isUppercase || ("0"..."9").contains(s) { return true }
      switch s {
      case "\"", "'", "(", "[", "「", "『": return true
      default: return false
      }
    }
  }

  /// Whether the word ending with the period at `i` is an abbreviation: listed, a dotted initialism, or
  /// a single capital (an initial).
  private func isAbbreviation(endingAt i: Int) -> Bool {
    var start = i
    while start > line.lowerBound, Self.isASCIILetter(scalars[start - 1]) || scalars[start - 1] == "." {
      start -= 1
    }
    guard start < i else { return false }
    let word = scalars[start...i]
    if Self.abbreviations.contains(String(scalars: word)) { return true }
    if word.count == 2, let first = word.first, ("A"..."Z").contains(first) { return true }
    // Letter, period, letter, period...: U.S., D.C., U.S.A.
    return word.count >= 4 && word.enumerated().allSatisfy { offset, s in
      offset % 2 == 0 ? Self.isASCIILetter(s) : s == "."
    }
  }

  private func isDigit(_ i: Int) -> Bool {
    i >= line.lowerBound && i < line.upperBound && ("0"..."9").contains(folded[i])
  }

  private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(s) || ("a"..."z").contains(s)
  }

  /// Sentence-final punctuation that continues a run (`？！`, `!?`, `...`), width-folded.
  private static func isFinal(_ s: Unicode.Scalar) -> Bool {
    s == "。" || s == "!" || s == "?" || s == "."
  }

  /// Closing quotes and brackets that stay with the sentence they follow (`."`, `。」`), width-folded.
  private static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
    s == "\"" || s == "'" || Brackets.isCloser(s)
  }
}
