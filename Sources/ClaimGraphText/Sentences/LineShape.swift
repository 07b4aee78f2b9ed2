/// Recognises headings and list markers at the level of a whole (trimmed) line.
struct LineShape {
  let scalars: [Unicode.Scalar]
  let folded: [Unicode.Scalar]
  let shapes: LineShapes

  /// A heading is short (`maximumHeadingLength`) and has no sentence-final punctuation.
  func isHeading(_ line: Range<Int>) -> Bool {
    guard line.count <= shapes.maximumHeadingLength else { return false }
    if line.contains(where: { shapes.headingBreakers.contains(scalars[$0]) }) { return false }
    return !shapes.headingFinalBreakers.contains(folded[line.upperBound - 1])
  }

  /// The offset just after a list marker that starts `line`, or nil: a bullet (`・`, `-`, `•`, `○`...),
  /// a circled or parenthesised number (`①`, `⑴`), `(1)`/`（１）`/`(a)`/`(iv)`/`(ア)`, `1.`/`１．` (not a
  /// decimal), `1)`, `a)`, or one or two digits and a space (`1 鈴木総理大臣は`).
  func listMarkerEnd(_ line: Range<Int>) -> Int? {
    let a = line.lowerBound
    let b = line.upperBound
    let first = folded[a]
    if shapes.bullets.contains(first) { return a + 1 }
    if shapes.dashBullets.contains(first) {
      guard a + 1 < b else { return a + 1 }
      let next = folded[a + 1]
      return shapes.dashBullets.contains(next) || isDigit(next) ? nil : a + 1
    }
    switch first.value {
    case 0x2460...0x249B, 0x24EA, 0x2776...0x2793, 0x3251...0x325F, 0x32B1...0x32BF:  // ① ⑴ ⒈ ❶ ㉑
      return a + 1
    case 0x28:  // (
      return parenthesisedLabelEnd(line)
    default:
      break
    }
    var digitsEnd = a
    while digitsEnd < b, isDigit(folded[digitsEnd]) { digitsEnd += 1 }
    let digits = digitsEnd - a
    if digits == 0 {
      // a) b) A)
      let isLetter = ("a"..."z").contains(first) || ("A"..."Z").contains(first)
      return isLetter && a + 1 < b && folded[a + 1] == ")" ? a + 2 : nil
    }
    guard digits <= 3, digitsEnd < b else { return nil }
    switch folded[digitsEnd] {
    case ".":
      return digitsEnd + 1 < b && isDigit(folded[digitsEnd + 1]) ? nil : digitsEnd + 1
    case ")":
      return digitsEnd + 1
    case " ", "\t":
      return digits <= 2 ? digitsEnd : nil
    default:
      return nil
    }
  }

  /// `(1)`, `(12)`, `(a)`, `(iv)`, `(ア)`: the offset after the closing parenthesis.
  private func parenthesisedLabelEnd(_ line: Range<Int>) -> Int? {
    let start = line.lowerBound + 1
    guard let close = (start..<min(line.upperBound, start + 5)).first(where: { folded[$0] == ")" }),
      close > start
    else { return nil }
    let label = folded[start..<close]
    let isNumber = label.count <= 3 && label.allSatisfy(isDigit)
    let isLetter = label.count == 1 && label.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    let isRoman = label.allSatisfy { "ivxIVX".unicodeScalars.contains($0) }
    let isKana = label.count == 1 && label.allSatisfy { (0x3041...0x30FA).contains($0.value) }
    return isNumber || isLetter || isRoman || isKana ? close + 1 : nil
  }

  private func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
