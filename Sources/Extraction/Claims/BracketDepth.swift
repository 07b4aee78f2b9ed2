import ClaimGraphText
import Patterns
import RuleLanguage

/// How deep each position of a sentence is inside the lexicon's quotations and brackets.
struct BracketDepth {
  let start: Int
  let depths: [Int]

  init(_ seg: Range<Int>, text: BodyText, lexicon: TextLexicon) {
    let openers = lexicon.openers
    let closers = lexicon.closers
    var d = 0
    var out: [Int] = []
    for i in seg {
      let c = text.folded[i]
      if openers.contains(c) {
        out.append(d)
        d += 1
        continue
      }
      if closers.contains(c) { d = max(0, d - 1) }
      out.append(d)
    }
    out.append(d)
    start = seg.lowerBound
    depths = out
  }

  /// Whether position `p` is inside a quotation or brackets.
  func isInside(_ p: Int) -> Bool { depths[p - start] > 0 }

  /// The matches that start outside quotations and brackets.
  func outside(_ matches: [PatternMatch]) -> [PatternMatch] { matches.filter { !isInside($0.range.lowerBound) } }
}
