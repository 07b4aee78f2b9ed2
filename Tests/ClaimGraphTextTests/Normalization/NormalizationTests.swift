import Testing

@testable import ClaimGraphText

@Suite struct NormalizationTests {
  private func hex(_ s: String) -> [String] { s.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) } }

  @Test func composesTheSeedsDecomposedKana() {
    // As stored in seeds/000_*.txt: テ + U+3099, ヘ + U+3099, ひ + U+3099.
    let nfd = "テ\u{3099}ータヘ\u{3099}ース『世界と日本』及ひ\u{3099}"
    let nfc = UnicodeNormalization.nfc(nfd)
    #expect(
      hex(nfc) == [
        "30C7", "30FC", "30BF", "30D9", "30FC", "30B9", "300E", "4E16", "754C", "3068", "65E5", "672C", "300F", "53CA",
        "3073",
      ])
    #expect(nfc.unicodeScalars.count == 15)
    #expect(nfd.unicodeScalars.count == 18)
  }

  @Test(arguments: [
    ("か\u{3099}", "\u{304C}"),  // が
    ("ハ\u{309A}", "\u{30D1}"),  // パ
    ("e\u{301}", "\u{E9}"),
    ("a\u{323}\u{302}", "\u{1EAD}"),  // canonical order, then composition
    ("a\u{302}\u{323}", "\u{1EAD}"),
    ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),  // Hangul jamo
    ("\u{2126}", "\u{3A9}"),  // OHM SIGN is a singleton
    ("\u{F900}", "\u{8C48}"),  // so is a CJK compatibility ideograph (as in Python's NFC)
    ("\u{30C7}\u{30FC}\u{30BF}", "\u{30C7}\u{30FC}\u{30BF}"),  // already NFC
    ("Japan and NATO", "Japan and NATO"),
    ("", ""),
  ])
  func nfc(_ input: String, _ expected: String) {
    #expect(hex(UnicodeNormalization.nfc(input)) == hex(expected))
  }

  @Test func nfcOfASeedLine() {
    let line = "2025年4月9日、石破茂日本国総理大臣及ひ\u{3099}マルク・ルッテ北大西洋条約機構（NATO）事務総長は東京て\u{3099}会談を行った。"
    let nfc = UnicodeNormalization.nfc(line)
    #expect(nfc == "2025年4月9日、石破茂日本国総理大臣及びマルク・ルッテ北大西洋条約機構（NATO）事務総長は東京で会談を行った。")
    #expect(Array(nfc.unicodeScalars).count == 58)
    #expect(!nfc.unicodeScalars.contains("\u{3099}"))
  }

  @Test(arguments: [
    ("ＮＡＴＯ", "nato"),
    ("N A T O", "nato"),
    ("NATO", "nato"),
    ("マルク・ルッテ", "マルクルッテ"),
    ("マルク　ルッテ", "マルクルッテ"),
    ("ﾏﾙｸ･ﾙｯﾃ", "マルクルッテ"),
    ("ｶﾞｽ", "ガス"),
    ("Jean·Paul", "jeanpaul"),
    ("Jens Stoltenberg", "jensstoltenberg"),
    ("Secretary-General", "secretary-general"),
    ("北大西洋条約機構（NATO）", "北大西洋条約機構(nato)"),
    ("Ｇ７", "g7"),
    ("日米、豪", "日米,豪"),
    ("㈱東京", "(株)東京"),
    ("Zürich", "zürich"),
    ("及ひ\u{3099}", "及び"),
    ("\u{200B}NATO\n", "nato"),
  ])
  func foldedKey(_ input: String, _ expected: String) {
    #expect(UnicodeNormalization.foldedKey(input) == expected)
  }
}
