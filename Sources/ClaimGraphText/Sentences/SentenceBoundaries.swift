/// Decides where a sentence ends inside one line (outside brackets).
struct SentenceBoundaries {
  let scalars: [Unicode.Scalar]
  let folded: [Unicode.Scalar]
  let lexicon: SentenceLexicon
  /// The marks that continue a run of sentence-final punctuation, width-folded.
  let finalRun: Set<Unicode.Scalar>
  /// The trimmed line: its upper bound is the line end.
  let line: Range<Int>

  /// If a sentence ends with the punctuation at `i`, the end of that sentence (exclusive): after the run of
  /// sentence-final punctuation and any closing quotes or brackets right after it.
  func sentenceEnd(at i: Int) -> Int? {
    let c = folded[i]
    let original = scalars[i]
    let isConditional: Bool
    if lexicon.endMarks.contains(original) {
      if c == ".", isDigit(i - 1) && isDigit(i + 1) { return nil }  // １．５
      isConditional = false
    } else if lexicon.conditionalEndMarks.contains(original) {
      isConditional = !(c == "." && isFullStopBetweenJapanese(i))
    } else {
      return nil
    }
    var end = i + 1
    while end < line.upperBound, finalRun.contains(folded[end]) { end += 1 }
    while end < line.upperBound, isClosingQuote(folded[end]) { end += 1 }
    guard isConditional else { return end }
    guard end < line.upperBound else { return end }
    guard scalars[end].properties.isWhitespace else { return nil }
    var next = end
    while next < line.upperBound, scalars[next].properties.isWhitespace { next += 1 }
    guard next < line.upperBound, startsSentence(folded[next]) else { return nil }
    if c == ".", isAbbreviation(endingAt: i) { return nil }
    return end
  }

  /// A half-width full stop between Japanese words, when the lexicon ends a sentence there.
  private func isFullStopBetweenJapanese(_ i: Int) -> Bool {
    guard lexicon.fullStopBetweenJapaneseEnds, i > line.lowerBound, Self.isJapanese(folded[i - 1]) else { return false }
    return i + 1 >= line.upperBound || Self.isJapanese(folded[i + 1])
  }

  static func isJapanese(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (0x3041...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || v == 0x3005
  }

  /// What may begin the next sentence after a conditional mark (English: a capital, a digit or an opening
  /// quote; Japanese: a Latin capital).
  private func startsSentence(_ s: Unicode.Scalar) -> Bool { lexicon.sentenceStarts.allows(s) }

  /// Whether the word ending with the period at `i` is an abbreviation: listed, a dotted initialism, or
  /// a single capital (an initial).
  private func isAbbreviation(endingAt i: Int) -> Bool {
    var start = i
    while start > line.lowerBound, Self.isASCIILetter(scalars[start - 1]) || scalars[start - 1] == "." {
      start -= 1
    }
    guard start < i else { return false }
    let word = scalars[start...i]
    if lexicon.abbreviations.contains(String(scalars: word)) { return true }
    if word.count == 2, let first = word.first, ("A"..."Z").contains(first) { return true }
    // Letter, period, letter, period...: U.S., D.C., U.S.A.
    return word.count >= 4
      && word.enumerated().allSatisfy { offset, s in
        offset % 2 == 0 ? Self.isASCIILetter(s) : s == "."
      }
  }

  private func isDigit(_ i: Int) -> Bool {
    i >= line.lowerBound && i < line.upperBound && ("0"..."9").contains(folded[i])
  }

  private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(s) || ("a"..."z").contains(s)
  }

  /// Closing quotes and brackets that stay with the sentence they follow (`."`, `。」`), width-folded.
  private func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
    lexicon.closingQuotes.contains(s) || lexicon.closers.contains(s)
  }
}
