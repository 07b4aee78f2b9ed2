import Testing

@testable import ClaimGraphText

@Suite struct WidthFoldingTests {
  private func folded(_ s: String) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: WidthFolding.fold(s))
    return String(view)
  }

  @Test(arguments: [
    ("ＮＡＴＯ", "NATO"),
    ("ｇ７", "g7"),
    ("（ＣＡＰ）", "(CAP)"),
    ("（", "("),
    ("）", ")"),
    ("、", ","),
    ("，", ","),
    ("．", "."),
    ("！？", "!?"),
    ("～", "~"),
    ("２０２５年", "2025年"),
    ("\u{3000}", " "),
    ("ｱｲｳｴｵ", "アイウエオ"),
    ("ｦｧｯｰﾝ", "ヲァッーン"),
    ("ﾃﾞｰﾀﾍﾞｰｽ", "テ\u{309B}ータヘ\u{309B}ース"),
    ("ﾊﾟ", "ハ\u{309C}"),
    ("｡｢｣､･", "。「」,・"),
    ("\u{2018}a\u{2019} \u{201C}b\u{201D}", "'a' \"b\""),
    // Unchanged: full-width kana, kanji, 。, 「」, ASCII.
    ("日本。「ー」NATO (x), y.", "日本。「ー」NATO (x), y."),
  ])
  func folds(_ input: String, _ expected: String) {
    #expect(folded(input) == expected)
  }

  @Test func keepsOneScalarPerScalar() {
    let text = "ｶﾞｰﾄﾞ（ＮＡＴＯ）、日本，ﾃﾞｰﾀ。"
    #expect(WidthFolding.fold(text).count == text.unicodeScalars.count)
  }

  @Test func bodyTextFoldedViewIsAlignedWithScalars() {
    let body = BodyText(nfc: "北大西洋条約機構（NATO）、ﾃﾞｰﾀ")
    #expect(body.count == 19)
    #expect(body.folded.count == body.scalars.count)
    #expect(body.folded[8] == "(")
    #expect(body.folded[13] == ")")
    #expect(body.folded[14] == ",")
    #expect(body.folded[15] == "テ")
    #expect(body.slice(8..<14) == "（NATO）")
  }
}
