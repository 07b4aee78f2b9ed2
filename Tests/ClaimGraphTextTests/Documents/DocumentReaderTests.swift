import Foundation
import Testing

@testable import ClaimGraphText

@Suite struct DocumentReaderTests {
  private func read(_ text: String, _ fileName: String = "doc.txt") throws -> SourceDocument {
    try DocumentReader.read(bytes: Array(text.utf8), fileName: fileName)
  }

  /// The error message a read of `bytes` throws, or nil.
  private func errorMessage(_ bytes: [UInt8], _ fileName: String = "bad.txt") -> String? {
    do {
      _ = try DocumentReader.read(bytes: bytes, fileName: fileName)
      return nil
    } catch {
      return (error as? DocumentError)?.description
    }
  }

  // The layout of seeds/000_*.txt, shortened; title and body store kana decomposed (NFD) as the seed does.
  static let seedLike = """
    石破日本国内閣総理大臣及ひ\u{3099}ルッテ北大西洋条約機構事務総長による共同声明 - テ\u{3099}ータヘ\u{3099}ース『世界と日本』
    テ\u{3099}ータヘ\u{3099}ース『世界と日本』（代表：田中明彦）
    日本政治・国際関係テ\u{3099}ータヘ\u{3099}ース
    政策研究大学院大学・東京大学東洋文化研究所
    [文書名]　石破日本国内閣総理大臣及ひ\u{3099}ルッテ北大西洋条約機構事務総長による共同声明
    [場所]
    [年月日]　2025年4月9日
    [出典]　外務省
    [備考]　仮訳
    [全文]
    2025年4月9日、石破茂日本国総理大臣及ひ\u{3099}マルク・ルッテ北大西洋条約機構（NATO）事務総長は東京て\u{3099}会談を行った。
    国際社会か\u{3099}直面する戦略的挑戦
    我々は、引き続き定期的な対話を維持していくことにコミットする。

    """

  @Test func readsTheHeaderAndNormalizesTheBody() throws {
    let document = try read(Self.seedLike, "000_f30c3d14f80291c6.txt")
    #expect(document.fileName == "000_f30c3d14f80291c6.txt")
    #expect(document.stem == "000_f30c3d14f80291c6")
    #expect(document.title == "石破日本国内閣総理大臣及びルッテ北大西洋条約機構事務総長による共同声明")
    #expect(document.place == nil)
    #expect(document.dateText == "2025年4月9日")
    #expect(document.source == "外務省")
    #expect(document.note == "仮訳")
    #expect(document.hasHeader)
    #expect(document.bodyStartLine == 11)
    #expect(document.language == .ja)
    #expect(
      document.body
        == "2025年4月9日、石破茂日本国総理大臣及びマルク・ルッテ北大西洋条約機構（NATO）事務総長は東京で会談を行った。\n"
        + "国際社会が直面する戦略的挑戦\n我々は、引き続き定期的な対話を維持していくことにコミットする。")
    #expect(document.text.count == 58 + 1 + 14 + 1 + 31)
    #expect(!document.body.unicodeScalars.contains("\u{3099}"))
  }

  @Test func readsAnEnglishDocument() throws {
    let text = """
      Joint press statement - NATO
      [文書名]　Joint press statement
      [場所]
      [年月日]　31 Oct. 2017
      [出典]　NATO
      [備考]
      [全文]
      Japan and NATO are reliable and natural partners.
      """
    let document = try read(text, "20171031-abe-stoltenberg-en.txt")
    #expect(document.title == "Joint press statement")
    #expect(document.dateText == "31 Oct. 2017")
    #expect(document.source == "NATO")
    #expect(document.note == nil)
    #expect(document.place == nil)
    #expect(document.language == .en)
    #expect(document.bodyStartLine == 8)
    #expect(document.body == "Japan and NATO are reliable and natural partners.")
  }

  @Test func fieldValuesMayFollowTheBracketDirectlyOrAfterAnASCIISpace() throws {
    let text = "ページの題\n[場所]ビアリッツ\n[出典] NATO \n[出典]　首相官邸\n[備考]\n[備考]　仮訳\n[全文]\n本文。"
    let document = try read(text)
    #expect(document.place == "ビアリッツ")
    #expect(document.source == "NATO")  // the first of duplicate fields wins
    #expect(document.note == nil)  // even when the first is empty
    #expect(document.title == "ページの題")  // no [文書名]: the first line
    #expect(document.dateText == nil)
  }

  @Test func fullWidthMarkerAndSpacesAroundIt() throws {
    let document = try read("題\n　［全文］ \n本文。")
    #expect(document.hasHeader)
    #expect(document.body == "本文。")
    #expect(document.bodyStartLine == 3)
  }

  @Test func aFileWithoutMarkerIsAllBody() throws {
    let document = try read("Japan and NATO agree.\n[出典]　外務省\nSecond line.\n\n", "plain.text.txt")
    #expect(!document.hasHeader)
    #expect(document.title == nil)
    #expect(document.source == nil)
    #expect(document.bodyStartLine == 1)
    #expect(document.body == "Japan and NATO agree.\n[出典]　外務省\nSecond line.")
    #expect(document.stem == "plain.text")
    #expect(document.language == .en)
  }

  @Test func bodyIsKeptAsWrittenExceptLineEndsAndTrailingNewlines() throws {
    let document = try read("[全文]\n\n　第一段落。\t注\n\n第二段落。 \n\n\n")
    #expect(document.body == "\n　第一段落。\t注\n\n第二段落。 ")
    #expect(document.bodyStartLine == 2)
  }

  @Test func crlfAndCRBecomeNewlines() throws {
    let document = try read("題\r\n[文書名]　共同声明\r\n[全文]\r\n第一文。\r\n第二文。\r第三文。\r\n\r\n")
    #expect(document.title == "共同声明")
    #expect(document.body == "第一文。\n第二文。\n第三文。")
    #expect(document.bodyStartLine == 4)
    #expect(!document.body.unicodeScalars.contains("\r"))
  }

  @Test func stripsAByteOrderMark() throws {
    let document = try DocumentReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("題\n[全文]\n本文。".utf8), fileName: "bom.txt")
    #expect(document.title == "題")
    #expect(document.body == "本文。")
    let noHeader = try DocumentReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("本文。".utf8), fileName: "bom.txt")
    #expect(noHeader.text.scalars.first == "本")
  }

  @Test func guessesTheLanguage() throws {
    #expect(try read("日本とNATOは協力する。").language == .ja)
    #expect(try read("NATO and Japan agree. 日本").language == .en)
    #expect(try read("ＮＡＴＯ ＮＡＴＯ 日本").language == .en)
    #expect(try read("12345。").language == .ja)
  }

  @Test func invalidUTF8GivesTheLineAndColumnOfTheFirstBadByte() {
    #expect(
      errorMessage(Array("[全文]\n日本".utf8) + [0xFF] + Array("語".utf8)) == "bad.txt:2:3: error: invalid UTF-8 (byte 0xFF)"
    )
    // A truncated sequence: the error is at its first byte; CRLF counts as one line end.
    #expect(
      errorMessage(Array("題\r\n[全文]\r\nab".utf8) + [0xE3, 0x81, 0x0A])
        == "bad.txt:3:3: error: invalid UTF-8 (byte 0xE3)")
    // Overlong encoding after a BOM (the BOM is not a column); lone CR ends a line.
    #expect(errorMessage([0xEF, 0xBB, 0xBF, 0x78, 0xC0, 0x80]) == "bad.txt:1:2: error: invalid UTF-8 (byte 0xC0)")
    #expect(errorMessage([0x61, 0x0D, 0x80, 0x62]) == "bad.txt:2:1: error: invalid UTF-8 (byte 0x80)")
    // An encoded surrogate is not UTF-8.
    #expect(errorMessage(Array("あい".utf8) + [0xED, 0xA0, 0x80]) == "bad.txt:1:3: error: invalid UTF-8 (byte 0xED)")
  }

  @Test func controlCharactersAreRejected() {
    #expect(
      errorMessage(Array("[全文]\n本文\u{07}です。".utf8), "ctl.txt")
        == "ctl.txt:2:3: error: control character U+0007 is not allowed in a document (XML cannot carry it)")
    #expect(
      errorMessage(Array("a\u{0}b".utf8), "nul.txt")
        == "nul.txt:1:2: error: control character U+0000 is not allowed in a document (XML cannot carry it)")
    #expect(
      errorMessage(Array("題\n[全文]\nx\u{FFFF}".utf8), "nc.txt")
        == "nc.txt:3:2: error: noncharacter U+FFFF is not allowed in a document (XML cannot carry it)")
    #expect(errorMessage(Array("本文\tです。".utf8)) == nil)
  }

  @Test func anEmptyBodyIsAnError() {
    #expect(
      errorMessage(Array("[文書名]　題\n[全文]\n\n".utf8), "empty.txt") == "empty.txt:2:1: error: empty body after '[全文]'")
    #expect(errorMessage(Array("[文書名]　題\n[全文]".utf8), "empty.txt") == "empty.txt:2:1: error: empty body after '[全文]'")
    #expect(
      errorMessage(Array("[全文]\n\u{3000} \n".utf8), "empty.txt") == "empty.txt:1:1: error: empty body after '[全文]'")
    #expect(errorMessage([], "empty.txt") == "empty.txt:1:1: error: empty document")
    #expect(errorMessage(Array(" \n\n".utf8), "empty.txt") == "empty.txt:1:1: error: empty document")
  }

  @Test(arguments: [
    ("000_f30c3d14f80291c6.txt", "000_f30c3d14f80291c6"),
    ("a.b.txt", "a.b"),
    ("README", "README"),
    (".hidden", ".hidden"),
  ])
  func stem(_ fileName: String, _ expected: String) {
    #expect(DocumentReader.stem(of: fileName) == expected)
  }

  @Test func readsAFileAndReportsAMissingOne() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimgraph-text-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("20110421-japan-australia.txt")
    try Data("題\n[全文]\n(地震と津波)\n1.菅内閣総理大臣は歓迎した。\n".utf8).write(to: url)
    let document = try DocumentReader.read(contentsOf: url)
    #expect(document.fileName == "20110421-japan-australia.txt")
    #expect(document.stem == "20110421-japan-australia")
    #expect(document.body == "(地震と津波)\n1.菅内閣総理大臣は歓迎した。")

    let missing = directory.appendingPathComponent("missing.txt")
    #expect(throws: DocumentError(file: missing.relativePath, line: nil, column: nil, message: "no such file")) {
      try DocumentReader.read(contentsOf: missing)
    }
    #expect(
      DocumentError(file: "x.txt", line: nil, column: nil, message: "no such file").description
        == "x.txt: error: no such file")
  }
}
