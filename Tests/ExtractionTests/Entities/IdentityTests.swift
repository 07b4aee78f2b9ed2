import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

@testable import Extraction

@Suite("Entity identity")
struct IdentityTests {
  @Test("FNV-1a 64 on UTF-8 bytes, 16 hex digits (standard test vectors)")
  func fnv() {
    #expect(EntityIdentity.fnv1a("") == "cbf29ce484222325")
    #expect(EntityIdentity.fnv1a("a") == "af63dc4c8601ec8c")
    #expect(EntityIdentity.fnv1a("foobar") == "85944171f73967e8")
  }

  @Test("ASCII names give readable slugs; spaces and case are folded away")
  func asciiKeys() {
    #expect(EntityIdentity.key(entityClass: .named("Organization"), name: "NATO") == "organization/nato")
    #expect(EntityIdentity.key(entityClass: .named("Agreement"), name: "Resolution 2375") == "agreement/resolution2375")
    #expect(EntityIdentity.key(entityClass: .named("Person"), name: "Jens Stoltenberg") == "person/jensstoltenberg")
    #expect(
      EntityIdentity.key(entityClass: .named("Agreement"), name: "2005 Joint Statement of the Six-Party Talks")
        == "agreement/2005jointstatementofthesix-partytalks")
  }

  @Test(
    "width, case, spacing and nakaguro variants share one key",
    arguments: [
      ("NATO", "ＮＡＴＯ"), ("NATO", "nato"), ("NATO", "N A T O"),
      ("マルク・ルッテ", "マルク ルッテ"), ("マルク・ルッテ", "マルク･ルッテ"), ("マルク・ルッテ", "マルクルッテ"), ("マルク・ルッテ", "ﾏﾙｸ・ﾙｯﾃ"),
      ("日欧研究センター", "日欧研究センター"), ("Ｇ７", "G7"),
    ])
  func variants(a: String, b: String) {
    #expect(
      EntityIdentity.key(entityClass: .named("Organization"), name: a)
        == EntityIdentity.key(entityClass: .named("Organization"), name: b))
  }

  @Test("keys are ASCII and stable; non-ASCII names hash; events add their date")
  func nonASCIIKeys() {
    let k = EntityIdentity.key(entityClass: .named("Organization"), name: "日欧研究センター")
    #expect(k.rawValue.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(k.rawValue.hasPrefix("organization/"))
    #expect(k.rawValue.count == "organization/".count + 16)
    #expect(k == EntityIdentity.key(entityClass: .named("Organization"), name: "日欧研究センター"))
    let e = EntityIdentity.key(entityClass: .named("Event"), name: "会談", date: SimpleDate(year: 2025, month: 4, day: 9))
    #expect(e.rawValue == "event/" + EntityIdentity.fnv1a(UnicodeNormalization.foldedKey("会談")) + "-2025-04-09")
    #expect(
      EntityIdentity.key(entityClass: .named("Event"), name: "Summit", date: SimpleDate(year: 2019, month: 8))
        == "event/summit-2019-08")
    #expect(EntityIdentity.key(entityClass: .named("Event"), name: "会談") != e)
  }

  @Test("document keys: the file stem when it is IRI-safe, else a hash")
  func documentKeys() {
    #expect(EntityIdentity.documentKey(stem: "000_f30c3d14f80291c6") == "000_f30c3d14f80291c6")
    #expect(EntityIdentity.documentKey(stem: "20171031-abe-stoltenberg-en") == "20171031-abe-stoltenberg-en")
    #expect(EntityIdentity.documentKey(stem: "共同声明") == EntityIdentity.fnv1a("共同声明"))
    #expect(EntityIdentity.documentKey(stem: "a b") == EntityIdentity.fnv1a("a b"))
    #expect(EntityIdentity.documentKey(stem: "") == EntityIdentity.fnv1a(""))
  }

  @Test("a name the gazetteer does not know gets the same key in two documents")
  func sameKeyAcrossDocuments() throws {
    let a = try TestRules.extractor().extract(document("日欧研究センターを設立した。", fileName: "a.txt"))
    let b = try TestRules.extractor().extract(document("我々は日欧研究センターを支持する。", fileName: "b.txt"))
    let ka = try #require(a.key(of: "日欧研究センター"))
    #expect(b.mentionPairs.contains(Pair("日欧研究センター", ka)))
  }
}
