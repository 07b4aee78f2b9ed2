/// Cuts a body text into segments: sentences, headings and list items.
///
/// Every line end ends a segment. Within a line, a sentence ends after `。`, `！`, `？` (and, in Japanese,
/// `．`, `!`, `?`); after `.` (and, in English, `!` and `?`) only when a line end or a space and a capital
/// follow, and never after an abbreviation such as `Mr.`, `U.S.`, `Oct.` or an initial (`J. Smith`).
/// Nothing ends inside brackets (`「」『』（）()[]【】`...); a bracket left open is closed by the line end.
/// A short line without sentence-final punctuation is a `.heading`; the first sentence of a line that
/// starts with a list marker (`1.`, `1 `, `(1)`, `（１）`, `・`, `-`, `①`...) is a `.listItem`, the marker included.
///
/// Ranges are scalar offsets into `text.scalars`, without surrounding whitespace; the sentence-final
/// punctuation (and a closing quote right after it) belongs to the sentence.
public struct SentenceSplitter: Sendable {
  /// The language whose punctuation rules apply.
  public let language: Language
  /// The punctuation, brackets, abbreviations and line shapes of `language` (`rules/sentences/`).
  public let lexicon: SentenceLexicon

  /// A splitter for text in `language` with the vocabulary of `lexicon`.
  public init(language: Language, lexicon: SentenceLexicon) {
    self.language = language
    self.lexicon = lexicon
  }

  /// The segments of `text`, in order, none empty, none overlapping.
  public func split(_ text: BodyText) -> [Segment] {
    let scanner = LineScanner(
      scalars: text.scalars, folded: text.folded, lexicon: lexicon, finalRun: lexicon.finalRun)
    var segments: [Segment] = []
    var start = 0
    let count = text.count
    while start <= count {
      var end = start
      while end < count, !Self.isLineEnd(text.scalars[end]) { end += 1 }
      scanner.split(start..<end, into: &segments)
      start = end + 1
    }
    return segments
  }

  private static func isLineEnd(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}

/// Splits one line of a text (a paragraph) into segments.
struct LineScanner {
  let scalars: [Unicode.Scalar]
  let folded: [Unicode.Scalar]
  let lexicon: SentenceLexicon
  /// The marks that continue a run of sentence-final punctuation, width-folded.
  let finalRun: Set<Unicode.Scalar>

  func split(_ range: Range<Int>, into segments: inout [Segment]) {
    let line = trimmed(range)
    guard !line.isEmpty else { return }
    let shape = LineShape(scalars: scalars, folded: folded, shapes: lexicon.lineShapes)
    let markerEnd = shape.listMarkerEnd(line)
    if markerEnd == nil, shape.isHeading(line) {
      segments.append(Segment(range: line, kind: .heading))
      return
    }
    let boundaries = SentenceBoundaries(
      scalars: scalars, folded: folded, lexicon: lexicon, finalRun: finalRun, line: line)
    var kind: Segment.Kind = markerEnd == nil ? .sentence : .listItem
    var sentenceStart = line.lowerBound
    var openClosers: [Unicode.Scalar] = []
    var i = markerEnd ?? line.lowerBound

    func emit(_ upper: Int) {
      let range = trimmed(sentenceStart..<upper)
      guard !range.isEmpty else { return }
      segments.append(Segment(range: range, kind: kind))
      kind = .sentence
    }

    while i < line.upperBound {
      let c = folded[i]
      if let closer = lexicon.brackets[c] {
        openClosers.append(closer)
      } else if lexicon.closers.contains(c) {
        if let k = openClosers.lastIndex(of: c) { openClosers.removeSubrange(k...) }
      } else if openClosers.isEmpty, let end = boundaries.sentenceEnd(at: i) {
        emit(end)
        sentenceStart = end
        i = end
        continue
      }
      i += 1
    }
    emit(line.upperBound)
  }

  private func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    return lower..<upper
  }
}
