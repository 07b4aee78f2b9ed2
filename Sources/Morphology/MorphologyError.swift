/// Why a tokenizer could not be made: what is missing, and how to install it.
public enum MorphologyError: Error, Equatable, CustomStringConvertible {
  /// MeCab could not open the dictionary (`dictionary` says which: its default or a folder), with MeCab's
  /// own message.
  case dictionaryUnavailable(dictionary: MeCabDictionary, mecabMessage: String)
  /// The dictionary is not encoded in UTF-8 (the EUC-JP builds of IPAdic and NAIST-jdic).
  case dictionaryNotUTF8(path: String, charset: String)
  /// MeCab reported an error while analysing text, with its message.
  case analysisFailed(String)
  /// libstemmer has no stemmer for the language in UTF-8.
  case stemmerUnavailable(language: String)

  /// The problem and its remedy, in one paragraph.
  public var description: String {
    switch self {
    case .dictionaryUnavailable(.systemDefault, let message):
      return "MeCab could not load its dictionary (the dicdir of its mecabrc: $MECABRC, ~/.mecabrc or "
        + "/etc/mecabrc): \(message). Install the dictionary with scripts/setup.sh (Debian: mecab-ipadic-utf8)."
    case .dictionaryUnavailable(.directory(let path), let message):
      return "MeCab could not load the dictionary in \(path): \(message). Install it (Debian: "
        + "mecab-ipadic-utf8 or mecab-naist-jdic) or name a folder holding sys.dic."
    case .dictionaryNotUTF8(let path, let charset):
      return "The MeCab dictionary \(path) is encoded in \(charset), not UTF-8: install mecab-ipadic-utf8 and "
        + "select it (update-alternatives --set mecab-dictionary /var/lib/mecab/dic/ipadic-utf8)."
    case .analysisFailed(let message):
      return "MeCab could not analyse the text: \(message)"
    case .stemmerUnavailable(let language):
      return "libstemmer has no '\(language)' stemmer for UTF-8 (Debian: libstemmer0d)."
    }
  }
}
