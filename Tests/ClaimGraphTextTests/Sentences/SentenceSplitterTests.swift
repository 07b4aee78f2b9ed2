import Testing

@testable import ClaimGraphText

/// An expected segment: offsets, kind and the exact text `text.slice(range)` must give.
struct ExpectedSegment: Sendable, CustomStringConvertible {
  let lower: Int
  let upper: Int
  let kind: Segment.Kind
  let text: String
  init(_ lower: Int, _ upper: Int, _ kind: Segment.Kind, _ text: String) {
    self.lower = lower; self.upper = upper; self.kind = kind; self.text = text
  }
  var description: String { "[\(lower), \(upper)) \(kind) \(text)" }
}

/// Splits `input` and compares every segment's range, kind and text with `expected`.
func expectSegments(
  _ input: String, _ language: Language, _ expected: [ExpectedSegment],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let text = BodyText(nfc: input)
  let segments = sentenceSplitter(language).split(text)
  let actual = segments.map {
    ExpectedSegment($0.range.lowerBound, $0.range.upperBound, $0.kind, text.slice($0.range)).description
  }
  #expect(actual == expected.map(\.description), sourceLocation: sourceLocation)
}

@Suite struct SentenceSplitterJapaneseTests {
  static let cases: [(String, [ExpectedSegment])] = [
    // seedLines
    (
      "2025年4月9日、石破茂日本国総理大臣及びマルク・ルッテ北大西洋条約機構（NATO）事務総長は東京で会談を行った。\n国際社会が直面する戦略的挑戦\n我々は、ウクライナの状況について日NATO間で引き続き対話を行っていく重要性を確認する。強固なNATOは日本にとっても利益となる。\n日 NATO協力\n",
      [
        ExpectedSegment(0, 58, .sentence, "2025年4月9日、石破茂日本国総理大臣及びマルク・ルッテ北大西洋条約機構（NATO）事務総長は東京で会談を行った。"),
        ExpectedSegment(59, 73, .heading, "国際社会が直面する戦略的挑戦"),
        ExpectedSegment(74, 118, .sentence, "我々は、ウクライナの状況について日NATO間で引き続き対話を行っていく重要性を確認する。"),
        ExpectedSegment(118, 139, .sentence, "強固なNATOは日本にとっても利益となる。"),
        ExpectedSegment(140, 148, .heading, "日 NATO協力"),
      ]
    ),
    // quote
    (
      "彼は「平和が重要だ。対話を続ける。」と述べた。次の文。",
      [
        ExpectedSegment(0, 23, .sentence, "彼は「平和が重要だ。対話を続ける。」と述べた。"),
        ExpectedSegment(23, 27, .sentence, "次の文。"),
      ]
    ),
    // nested
    (
      "『「入れ子（括弧。）」の中。』外。【注。】(a. B) [c. D] 終わり。",
      [
        ExpectedSegment(0, 17, .sentence, "『「入れ子（括弧。）」の中。』外。"),
        ExpectedSegment(17, 39, .sentence, "【注。】(a. B) [c. D] 終わり。"),
      ]
    ),
    // cap
    (
      "ルッテ事務総長は、日本によるNATOの「ウクライナのための包括的パッケージ（CAP）」信託基金を通じた供与を歓迎する。我々は確認する。",
      [
        ExpectedSegment(0, 59, .sentence, "ルッテ事務総長は、日本によるNATOの「ウクライナのための包括的パッケージ（CAP）」信託基金を通じた供与を歓迎する。"),
        ExpectedSegment(59, 67, .sentence, "我々は確認する。"),
      ]
    ),
    // unclosed
    (
      "「閉じない引用。続く。\n次の行。終わり。",
      [
        ExpectedSegment(0, 11, .sentence, "「閉じない引用。続く。"),
        ExpectedSegment(12, 16, .sentence, "次の行。"),
        ExpectedSegment(16, 20, .sentence, "終わり。"),
      ]
    ),
    // closingQuote
    (
      "彼は述べた。」次。",
      [
        ExpectedSegment(0, 7, .sentence, "彼は述べた。」"),
        ExpectedSegment(7, 9, .sentence, "次。"),
      ]
    ),
    // lists
    (
      "1 鈴木総理大臣夫妻は、米国を公式訪問した。両者は、緊密に協力してゆくことを約した。\n1.菅内閣総理大臣は、歓迎した。菅総理は、強調した。\n(1)日本は協力する。\n（２）日本は支援する。次。\n・貿易の自由化\n- 対話の継続。\n①第一の点。第二の点。\n(地震と津波)\n",
      [
        ExpectedSegment(0, 22, .listItem, "1 鈴木総理大臣夫妻は、米国を公式訪問した。"),
        ExpectedSegment(22, 42, .sentence, "両者は、緊密に協力してゆくことを約した。"),
        ExpectedSegment(43, 59, .listItem, "1.菅内閣総理大臣は、歓迎した。"),
        ExpectedSegment(59, 69, .sentence, "菅総理は、強調した。"),
        ExpectedSegment(70, 81, .listItem, "(1)日本は協力する。"),
        ExpectedSegment(82, 93, .listItem, "（２）日本は支援する。"),
        ExpectedSegment(93, 95, .sentence, "次。"),
        ExpectedSegment(96, 103, .listItem, "・貿易の自由化"),
        ExpectedSegment(104, 112, .listItem, "- 対話の継続。"),
        ExpectedSegment(113, 119, .listItem, "①第一の点。"),
        ExpectedSegment(119, 124, .sentence, "第二の点。"),
        ExpectedSegment(125, 132, .heading, "(地震と津波)"),
      ]
    ),
    // notLists
    (
      "2025年4月9日、会談を行った。\n1.5倍に増加した。\n１．５倍に増加した．次．\n",
      [
        ExpectedSegment(0, 17, .sentence, "2025年4月9日、会談を行った。"),
        ExpectedSegment(18, 28, .sentence, "1.5倍に増加した。"),
        ExpectedSegment(29, 39, .sentence, "１．５倍に増加した．"),
        ExpectedSegment(39, 41, .sentence, "次．"),
      ]
    ),
    // headings
    (
      "貿易\n(地震と津波)\n強固なNATOは日本にとっても利益となる。\n我々は引き続き定期的な対話を維持していくことにコミットしていく所存\n",
      [
        ExpectedSegment(0, 2, .heading, "貿易"),
        ExpectedSegment(3, 10, .heading, "(地震と津波)"),
        ExpectedSegment(11, 32, .sentence, "強固なNATOは日本にとっても利益となる。"),
        ExpectedSegment(33, 66, .sentence, "我々は引き続き定期的な対話を維持していくことにコミットしていく所存"),
      ]
    ),
    // latinPeriod
    (
      "ワシントンD.C.における公式訪問を歓迎する。日本はNATOと協力する. Japan and NATO agree. 次の文。",
      [
        ExpectedSegment(0, 23, .sentence, "ワシントンD.C.における公式訪問を歓迎する。"),
        ExpectedSegment(23, 36, .sentence, "日本はNATOと協力する."),
        ExpectedSegment(37, 63, .sentence, "Japan and NATO agree. 次の文。"),
      ]
    ),
    // marks
    (
      "本当か？そうだ！本当か？！次!?終わり",
      [
        ExpectedSegment(0, 4, .sentence, "本当か？"),
        ExpectedSegment(4, 8, .sentence, "そうだ！"),
        ExpectedSegment(8, 13, .sentence, "本当か？！"),
        ExpectedSegment(13, 16, .sentence, "次!?"),
        ExpectedSegment(16, 19, .sentence, "終わり"),
      ]
    ),
    // spaces
    (
      "\u{3000}\u{3000}我々は、確認する。\u{3000} 次に、歓迎する。  \n\n\u{3000}\n",
      [
        ExpectedSegment(2, 11, .sentence, "我々は、確認する。"),
        ExpectedSegment(13, 21, .sentence, "次に、歓迎する。"),
      ]
    ),
  ]

  @Test(arguments: cases.indices)
  func splitsJapanese(_ index: Int) {
    expectSegments(Self.cases[index].0, .ja, Self.cases[index].1)
  }

  @Test func decomposedInputIsSplitAfterNormalization() throws {
    // The seed stores kana decomposed: で = て + U+3099, び = ひ + U+3099.
    let bytes = Array("[全文]\n東京て\u{3099}会談を行った。及ひ\u{3099}協力する。\n".utf8)
    let document = try DocumentReader.read(bytes: bytes, fileName: "nfd.txt")
    let segments = sentenceSplitter(document.language).split(document.text)
    #expect(segments == [Segment(range: 0..<10, kind: .sentence), Segment(range: 10..<17, kind: .sentence)])
    #expect(segments.map { document.text.slice($0.range) } == ["東京で会談を行った。", "及び協力する。"])
  }

  @Test func emptyAndBlankTextsHaveNoSegments() {
    #expect(sentenceSplitter(.ja).split(BodyText(nfc: "")).isEmpty)
    #expect(sentenceSplitter(.ja).split(BodyText(nfc: "\n\u{3000}\n \n")).isEmpty)
  }
}

@Suite struct SentenceSplitterEnglishTests {
  static let cases: [(String, [ExpectedSegment])] = [
    // seedParagraph
    (
      "We condemn in the strongest terms North Korea’s nuclear tests and ballistic missile launches, which are in flagrant violation of multiple United Nations Security Council resolutions. We strongly urge North Korea to immediately and fully comply with all relevant UN Security Council resolutions, including the latest Resolution 2375 adopted unanimously on 11 September 2017. North Korea must honour its commitments in the 2005 Joint Statement of the Six-Party Talks.",
      [
        ExpectedSegment(
          0, 182, .sentence,
          "We condemn in the strongest terms North Korea’s nuclear tests and ballistic missile launches, which are in flagrant violation of multiple United Nations Security Council resolutions."
        ),
        ExpectedSegment(
          183, 373, .sentence,
          "We strongly urge North Korea to immediately and fully comply with all relevant UN Security Council resolutions, including the latest Resolution 2375 adopted unanimously on 11 September 2017."
        ),
        ExpectedSegment(
          374, 465, .sentence,
          "North Korea must honour its commitments in the 2005 Joint Statement of the Six-Party Talks."),
      ]
    ),
    // date
    (
      "The meeting was held on 31 Oct. 2017 in Tokyo. Both sides agreed.",
      [
        ExpectedSegment(0, 46, .sentence, "The meeting was held on 31 Oct. 2017 in Tokyo."),
        ExpectedSegment(47, 65, .sentence, "Both sides agreed."),
      ]
    ),
    // titles
    (
      "The meeting between H.E. Mr Jens Stoltenberg and H.E. Mr Shinzo Abe took place. They met Mr. Smith, Dr. Jones and Gen. Lee.",
      [
        ExpectedSegment(
          0, 79, .sentence, "The meeting between H.E. Mr Jens Stoltenberg and H.E. Mr Shinzo Abe took place."),
        ExpectedSegment(80, 123, .sentence, "They met Mr. Smith, Dr. Jones and Gen. Lee."),
      ]
    ),
    // us
    (
      "Japan values the U.S. and Japan. It also welcomes the U.K. Government and the U.N. Secretary-General.",
      [
        ExpectedSegment(0, 32, .sentence, "Japan values the U.S. and Japan."),
        ExpectedSegment(33, 101, .sentence, "It also welcomes the U.K. Government and the U.N. Secretary-General."),
      ]
    ),
    // initialsAndLatin
    (
      "J. Smith spoke on e.g. Trade and i.e. Security, etc. Resolution No. 2375 and Nos. 5 to 7 passed. It was Japan vs. Australia. Next.",
      [
        ExpectedSegment(
          0, 96, .sentence,
          "J. Smith spoke on e.g. Trade and i.e. Security, etc. Resolution No. 2375 and Nos. 5 to 7 passed."),
        ExpectedSegment(97, 124, .sentence, "It was Japan vs. Australia."),
        ExpectedSegment(125, 130, .sentence, "Next."),
      ]
    ),
    // quotesAndMarks
    (
      "He said \"We agree.\" Then they left. Is this right? Yes! 2017 was good. “Peace matters.” (We agree.) And so.",
      [
        ExpectedSegment(0, 19, .sentence, "He said \"We agree.\""),
        ExpectedSegment(20, 35, .sentence, "Then they left."),
        ExpectedSegment(36, 50, .sentence, "Is this right?"),
        ExpectedSegment(51, 55, .sentence, "Yes!"),
        ExpectedSegment(56, 70, .sentence, "2017 was good."),
        ExpectedSegment(71, 87, .sentence, "“Peace matters.”"),
        ExpectedSegment(88, 107, .sentence, "(We agree.) And so."),
      ]
    ),
    // noSplit
    (
      "The rate is 2.5 percent. the talks continue. Really? yes.",
      [
        ExpectedSegment(0, 44, .sentence, "The rate is 2.5 percent. the talks continue."),
        ExpectedSegment(45, 57, .sentence, "Really? yes."),
      ]
    ),
    // shapes
    (
      "Trade\nJapan-NATO Cooperation\n1. The first point. The second point.\n(a) Japan will act.\n- Japan and NATO agree.\nThis line is a long one without any final punctuation at all\n",
      [
        ExpectedSegment(0, 5, .heading, "Trade"),
        ExpectedSegment(6, 28, .heading, "Japan-NATO Cooperation"),
        ExpectedSegment(29, 48, .listItem, "1. The first point."),
        ExpectedSegment(49, 66, .sentence, "The second point."),
        ExpectedSegment(67, 86, .listItem, "(a) Japan will act."),
        ExpectedSegment(87, 110, .listItem, "- Japan and NATO agree."),
        ExpectedSegment(111, 171, .sentence, "This line is a long one without any final punctuation at all"),
      ]
    ),
  ]

  @Test(arguments: cases.indices)
  func splitsEnglish(_ index: Int) {
    expectSegments(Self.cases[index].0, .en, Self.cases[index].1)
  }
}

@Suite("Half-width full stops in Japanese copies")
struct SentenceSplitterHalfWidthStopTests {
  @Test("a '.' between Japanese words ends a sentence; in a number or a Latin abbreviation it does not")
  func halfWidthStop() {
    let text = BodyText(nfc: "日本は,これを歓迎した.総理大臣は,支持を表明した.ワシントンD.C.で1.5%増えた。")
    let parts = sentenceSplitter(.ja).split(text).map { text.slice($0.range) }
    #expect(parts == ["日本は,これを歓迎した.", "総理大臣は,支持を表明した.", "ワシントンD.C.で1.5%増えた。"])
  }
}
