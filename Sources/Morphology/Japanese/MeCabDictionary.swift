/// Which compiled MeCab dictionary a ``JapaneseTokenizer`` loads.
public enum MeCabDictionary: Hashable, Sendable {
  /// The dictionary MeCab itself would use: the `dicdir` of its mecabrc (`$MECABRC`, else `~/.mecabrc`, else
  /// `/etc/mecabrc`; on Debian that names `/var/lib/mecab/dic/debian`, the `mecab-dictionary` alternative,
  /// which is IPAdic when only mecab-ipadic-utf8 is installed).
  case systemDefault
  /// A folder holding a compiled dictionary (`sys.dic`, `matrix.bin` ...), such as
  /// `/var/lib/mecab/dic/naist-jdic`.
  case directory(String)

  /// MeCab's command-line arguments selecting this dictionary.
  var mecabArguments: [String] {
    switch self {
    case .systemDefault: return ["mecab"]
    case .directory(let path): return ["mecab", "-d", path]
    }
  }
}

/// What a loaded MeCab dictionary says about itself.
public struct MeCabDictionaryInfo: Hashable, Sendable {
  /// The path of its `sys.dic`.
  public let path: String
  /// Its character encoding (`UTF-8`).
  public let charset: String
  /// How many entries it holds.
  public let entryCount: Int
}
