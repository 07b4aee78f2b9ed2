import ClaimGraphText
import RuleLanguage

/// Where an object phrase starts and ends.
enum ObjectBoundary {
  /// The end of the segment without trailing sentence punctuation and closing brackets (a closing bracket whose
  /// opening bracket is in the segment stays: "…Fund (JAIF).").
  static func trimmedEnd(of s: SegmentClaims) -> Int {
    let seg = s.range
    let text = s.text
    var e = seg.upperBound
    let trailing = s.lexicon.objectTrailingMarks.union(s.lexicon.closers)
    let pairs = Dictionary(
      (s.lexicon.quotations + s.lexicon.brackets).map { ($0.close, $0.open) }, uniquingKeysWith: { a, _ in a })
    while e > seg.lowerBound, trailing.contains(text.folded[e - 1]) {
      if let open = pairs[text.folded[e - 1]],
        opens(open, close: text.folded[e - 1], before: e - 1, in: seg, text: text)
      {
        break
      }
      e -= 1
    }
    return e
  }

  /// Whether a bracket opened in the segment before `p` is still open there.
  static func opens(
    _ open: Unicode.Scalar, close: Unicode.Scalar, before p: Int, in seg: Range<Int>, text: BodyText
  ) -> Bool {
    var depth = 0
    for i in seg.lowerBound..<p {
      if text.folded[i] == open { depth += 1 } else if text.folded[i] == close { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  /// Japanese: the object starts after the last speaker topic, addressee, boundary or earlier claim before the
  /// verb (and the lexicon's object padding, the comma and spaces such a boundary leaves behind).
  static func objectStart(
    for t: Trigger, in s: SegmentClaims, parts: SentenceParts, previous: some Collection<Trigger>
  ) -> Int {
    let end = t.start
    var start = s.range.lowerBound
    for m in parts.agents + parts.addressees + parts.boundaries where m.range.upperBound <= end {
      start = max(start, m.range.upperBound)
    }
    for p in previous where p.end <= end { start = max(start, p.end) }
    while start < end, s.lexicon.objectPadding.contains(s.text.folded[start]) { start += 1 }
    return start
  }

  /// 「…驚愕し、これを非難する」: a pronoun object after a comma is the whole object.
  static func pronounTrimmed(_ r: Range<Int>, in s: SegmentClaims) -> Range<Int> {
    guard let p = s.grammar.pronounObject, !r.isEmpty else { return r }
    let folded = s.text.folded
    var i = r.upperBound - 1
    while i > r.lowerBound, folded[i] != "," { i -= 1 }
    guard folded[i] == ",", i + 1 < r.upperBound else { return r }
    if let m = p.match(at: i + 1, in: s.input.with(bounds: (i + 1)..<r.upperBound)), m.range.upperBound == r.upperBound
    {
      return (i + 1)..<r.upperBound
    }
    return r
  }

  /// English: the object runs from the end of the match to the grammar's object end (", which", ";", ".").
  static func objectAfter(_ t: Trigger, in s: SegmentClaims) -> Range<Int> {
    let folded = s.text.folded
    var start = t.end
    while start < s.range.upperBound, folded[start] == " " { start += 1 }
    var end = trimmedEnd(of: s)
    if let oe = s.grammar.objectEnd {
      var p = start
      while p < end {
        if oe.match(at: p, in: s.input) != nil {
          end = p
          break
        }
        p += 1
      }
    }
    while end > start, s.lexicon.objectPadding.contains(folded[end - 1]) { end -= 1 }
    return start..<max(start, end)
  }
}
