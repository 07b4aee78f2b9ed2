import CMeCab
import Foundation

/// Japanese morphemes from MeCab (libmecab, through its C API: no text output is formatted or parsed).
///
/// Give it NFC text (as ClaimGraph's document reader produces): the token ranges are Unicode-scalar offsets
/// into exactly the string given, and the dictionaries are compiled for composed kana. Spaces, tabs and line
/// feeds, which MeCab skips, fall between tokens and are counted in the offsets (a carriage return and the
/// ideographic space are not skipped: MeCab makes them symbol tokens). Any length works: long
/// texts are analysed in windows of at most ``maximumWindowBytes`` UTF-8 bytes, cut after a sentence end.
///
/// Thread safety: a tokenizer wraps one `mecab_t`, whose analysis state is not shared-safe, so the class is
/// not `Sendable`. Use one tokenizer per thread (or task), or guard one with a lock.
public final class JapaneseTokenizer {
  /// The dictionary in use.
  public let dictionary: MeCabDictionaryInfo
  let tagger: OpaquePointer
  /// Parsed features by the address of the dictionary entry's feature string (stable while `tagger` lives).
  var featuresByEntry: [UnsafePointer<CChar>: MorphemeFeatures] = [:]
  /// The longest piece of text given to MeCab in one call.
  package var maximumWindowBytes = 32 * 1024

  /// A tokenizer with the given dictionary (by default the one MeCab's mecabrc names).
  ///
  /// Throws ``MorphologyError/dictionaryUnavailable(dictionary:mecabMessage:)`` when MeCab cannot open it and
  /// ``MorphologyError/dictionaryNotUTF8(path:charset:)`` for an EUC-JP build.
  public init(dictionary: MeCabDictionary = .systemDefault) throws(MorphologyError) {
    guard let tagger = Self.newTagger(arguments: dictionary.mecabArguments) else {
      throw .dictionaryUnavailable(dictionary: dictionary, mecabMessage: String(cString: mecab_strerror(nil)))
    }
    guard let info = mecab_dictionary_info(tagger)?.pointee else {
      mecab_destroy(tagger)
      throw .dictionaryUnavailable(dictionary: dictionary, mecabMessage: "no dictionary information")
    }
    let loaded = MeCabDictionaryInfo(
      path: String(cString: info.filename), charset: String(cString: info.charset), entryCount: Int(info.size))
    guard Self.isUTF8(loaded.charset) else {
      mecab_destroy(tagger)
      throw .dictionaryNotUTF8(path: loaded.path, charset: loaded.charset)
    }
    self.tagger = tagger
    self.dictionary = loaded
  }

  deinit { mecab_destroy(tagger) }

  /// The morphemes of `text`, in order, with Unicode-scalar ranges into `text`.
  ///
  /// Throws ``MorphologyError/analysisFailed(_:)`` only if MeCab itself reports an error.
  public func tokenize(_ text: String) throws(MorphologyError) -> [Token] {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(MorphologyError) in try tokens(ofUTF8: bytes) }
    }
    return try result.get()
  }

  private static func newTagger(arguments: [String]) -> OpaquePointer? {
    var argv = arguments.map { strdup($0) }
    defer { argv.forEach { free($0) } }
    return mecab_new(Int32(argv.count), &argv)
  }

  private static func isUTF8(_ charset: String) -> Bool {
    ["utf-8", "utf8"].contains(charset.lowercased())
  }
}
