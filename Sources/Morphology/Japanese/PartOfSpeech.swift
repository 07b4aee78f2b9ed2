/// A part of speech as the MeCab dictionary names it: a top category and up to three sub-levels, each kept
/// in the dictionary's own words (`名詞,サ変接続`, `動詞,自立`, `助詞,副詞化`).
///
/// The names are the IPAdic tag set, which mecab-ipadic-utf8 and mecab-naist-jdic share; they are the
/// dictionary's schema, not vocabulary ClaimGraph chooses.
public struct PartOfSpeech: Hashable, Sendable, CustomStringConvertible {
  /// The top level of the IPAdic tag set (the first feature field), with the dictionary's name as raw value.
  public enum Category: String, Hashable, Sendable, CaseIterable {
    /// 名詞 (nouns, including サ変接続 verbal nouns such as 非難 and 形容動詞語幹 such as 深刻).
    case noun = "名詞"
    /// 動詞 (verbs, including the light verb する after a verbal noun).
    case verb = "動詞"
    /// 形容詞 (i-adjectives).
    case adjective = "形容詞"
    /// 副詞 (adverbs).
    case adverb = "副詞"
    /// 助詞 (particles, including 副詞化 に that makes 深刻に an adverbial).
    case particle = "助詞"
    /// 助動詞 (auxiliary verbs: た, ます, ない ...).
    case auxiliaryVerb = "助動詞"
    /// 接続詞 (conjunctions).
    case conjunction = "接続詞"
    /// 接頭詞 (prefixes such as 再 in 再確認).
    case prefix = "接頭詞"
    /// 連体詞 (adnominals).
    case adnominal = "連体詞"
    /// 感動詞 (interjections).
    case interjection = "感動詞"
    /// 記号 (symbols and punctuation, including 句点 and 読点).
    case symbol = "記号"
    /// フィラー (fillers).
    case filler = "フィラー"
    /// その他 (the dictionary's own catch-all).
    case other = "その他"
  }

  /// The levels from the top, in the dictionary's words, without the `*` that marks an empty level:
  /// `["名詞", "サ変接続"]`.
  public let levels: [String]

  /// A part of speech of the given levels (empty levels and `*` are dropped).
  public init(_ levels: [String]) {
    self.levels = levels.filter { !$0.isEmpty && $0 != "*" }
  }

  /// The top category, or nil when the dictionary uses a name outside the IPAdic tag set.
  public var category: Category? { levels.first.flatMap(Category.init(rawValue:)) }

  /// The levels below the category: `["サ変接続"]` for `名詞,サ変接続`.
  public var subcategories: ArraySlice<String> { levels.dropFirst() }

  /// Whether this part of speech is the given one or below it: `名詞,固有名詞,組織` is within `["名詞", "固有名詞"]`.
  public func isWithin(_ prefix: [String]) -> Bool { levels.starts(with: prefix) }

  /// The levels joined by commas, as MeCab prints them: `名詞,サ変接続`.
  public var description: String { levels.joined(separator: ",") }
}

extension PartOfSpeech {
  /// `記号,句点`: the sentence-final punctuation of the IPAdic tag set (`。`, `．`), where long texts are cut
  /// into windows for MeCab.
  public static let sentenceEnd = PartOfSpeech(["記号", "句点"])
}
