import ClaimGraphText
import Testing

@testable import Morphology

@Suite struct JapaneseTokenizerOffsetTests {
  /// Every token's surface is the text at its range, counted in Unicode scalars.
  private func expectSurfacesAtRanges(_ tokens: [Token], in text: String) {
    let scalars = Array(text.unicodeScalars)
    for token in tokens {
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[token.range])
      #expect(String(slice) == token.surface, "\(token.range)")
    }
  }

  @Test func spacesAndWidthsAreCountedInScalarOffsets() throws {
    let text = "日本は NATO と\tＮＡＴＯ 、\n  𠮷野で会談"
    let tokens = try JapaneseTokenizer().tokenize(text)
    #expect(tokens.map(\.surface) == ["日本", "は", "NATO", "と", "ＮＡＴＯ", "、", "𠮷", "野", "で", "会談"])
    #expect(tokens.map(\.range) == [0..<2, 2..<3, 4..<8, 9..<10, 11..<15, 16..<17, 20..<21, 21..<22, 22..<23, 23..<25])
    expectSurfacesAtRanges(tokens, in: text)
  }

  @Test func carriageReturnsAndNULsAreSymbolTokensAndTheTextGoesOn() throws {
    let tokens = try JapaneseTokenizer().tokenize("日本\r\nは\u{0}会談")
    #expect(tokens.map(\.surface) == ["日本", "\r", "は", "\u{0}", "会談"])
    #expect(tokens.map(\.range) == [0..<2, 2..<3, 4..<5, 5..<6, 6..<8])
    #expect(tokens[1].partOfSpeech.category == .symbol)
  }

  @Test func decomposedKanaIsNormalizedFirstAndOffsetsCountTheNFCText() throws {
    let decomposed = "テ\u{3099}ータを 再確認する"
    let text = UnicodeNormalization.nfc(decomposed)
    let tokens = try JapaneseTokenizer().tokenize(text)
    #expect(tokens.map(\.surface) == ["データ", "を", "再", "確認", "する"])
    #expect(tokens.map(\.range) == [0..<3, 3..<4, 5..<6, 6..<8, 8..<10])
    expectSurfacesAtRanges(tokens, in: text)
  }

  @Test func aHundredThousandCharactersAreTokenizedWhole() throws {
    let sentence = "日本は北大西洋条約機構との協力を再確認し、深刻な懸念を表明した。 "
    let repeats = 100_000 / sentence.unicodeScalars.count + 1
    let text = String(repeating: sentence, count: repeats)
    #expect(text.unicodeScalars.count >= 100_000)
    let tokenizer = try JapaneseTokenizer()
    let one = try tokenizer.tokenize(sentence)
    let tokens = try tokenizer.tokenize(text)
    #expect(tokens.count == one.count * repeats)
    #expect(tokens.last?.range.upperBound == text.unicodeScalars.count - 1)
    #expect(tokens.map(\.surface) == Array(repeating: one.map(\.surface), count: repeats).flatMap { $0 })
    expectSurfacesAtRanges(Array(tokens.suffix(40)), in: text)
  }

  @Test func smallWindowsGiveTheSameTokensAsOneCall() throws {
    let text = String(repeating: "両国は深刻に懸念を表明し、協力を再確認した。", count: 20)
    let whole = try JapaneseTokenizer().tokenize(text)
    let windowed = try JapaneseTokenizer()
    windowed.maximumWindowBytes = 200
    #expect(try windowed.tokenize(text) == whole)
  }

  @Test(arguments: [
    ("あいうえおかきくけこ", 300),  // no sentence end, no space
    ("abcdefghij", 300),  // one unknown run longer than a window
    ("協力 ", 300),  // spaces only
  ])
  func windowsWithoutSentenceEndsStillCoverTheText(_ piece: String, _ count: Int) throws {
    let text = String(repeating: piece, count: count)
    let tokenizer = try JapaneseTokenizer()
    tokenizer.maximumWindowBytes = 256
    let tokens = try tokenizer.tokenize(text)
    #expect(tokens.map(\.surface).joined() == text.filter { $0 != " " })
    #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
    expectSurfacesAtRanges(tokens, in: text)
  }
}
