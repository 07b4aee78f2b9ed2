import CMeCab

/// A morpheme as MeCab's lattice gives it: a byte range of the UTF-8 input and the dictionary entry's features.
struct LatticeMorpheme {
  let bytes: Range<Int>
  let feature: UnsafePointer<CChar>
  let isInDictionary: Bool
}

extension JapaneseTokenizer {
  /// How many tokens before a window's end are dropped (and analysed again in the next window) when the
  /// window has no sentence end and no space to cut at.
  private static let tokensRedoneAtBlindCut = 16

  func tokens(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(MorphologyError) -> [Token] {
    var tokens: [Token] = []
    var offsets = ScalarOffsetCursor(utf8: bytes)
    for morpheme in try latticeMorphemes(of: bytes) {
      let features = features(of: morpheme.feature)
      let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[morpheme.bytes]), as: UTF8.self)
      tokens.append(
        Token(
          range: offsets.scalarRange(ofBytes: morpheme.bytes), surface: surface, lemma: features.lemma ?? surface,
          partOfSpeech: features.partOfSpeech, conjugationType: features.conjugationType,
          conjugationForm: features.conjugationForm, reading: features.reading,
          isInDictionary: morpheme.isInDictionary))
    }
    return tokens
  }

  /// The morphemes of the whole input, analysed in windows of at most `maximumWindowBytes`: each window but
  /// the last is cut after its last sentence end (else at its last space, else some tokens before its end),
  /// and the next window starts there.
  private func latticeMorphemes(of bytes: UnsafeBufferPointer<UInt8>) throws(MorphologyError) -> [LatticeMorpheme] {
    var morphemes: [LatticeMorpheme] = []
    var start = 0
    while start < bytes.count {
      var end = min(bytes.count, start + maximumWindowBytes)
      while end < bytes.count, end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // a scalar boundary
      let window = try analyse(bytes, start..<end)
      if end == bytes.count {
        morphemes += window
        break
      }
      let kept = keptPrefixCount(of: window)
      morphemes += window.prefix(kept)
      start = kept > 0 ? window[kept - 1].bytes.upperBound : end
    }
    return morphemes
  }

  /// How many of a cut window's morphemes stand as analysed: up to its last sentence end in the second half,
  /// else up to its last space there, else all but the last few (at least one, so the analysis advances).
  private func keptPrefixCount(of window: [LatticeMorpheme]) -> Int {
    guard window.count > 1 else { return window.count }
    var cutAtSpace: Int?
    for index in stride(from: window.count - 2, through: window.count / 2, by: -1) {
      if features(of: window[index].feature).partOfSpeech.isWithin(PartOfSpeech.sentenceEnd.levels) {
        return index + 1
      }
      if cutAtSpace == nil, window[index + 1].bytes.lowerBound > window[index].bytes.upperBound {
        cutAtSpace = index + 1
      }
    }
    return cutAtSpace ?? max(1, window.count - Self.tokensRedoneAtBlindCut)
  }

  /// One call of MeCab on `range` of the input; the node surfaces point into the input, which gives the offsets.
  private func analyse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(MorphologyError)
    -> [LatticeMorpheme]
  {
    guard let base = bytes.baseAddress else { return [] }
    let input = UnsafeRawPointer(base + range.lowerBound).assumingMemoryBound(to: CChar.self)
    guard var node: UnsafePointer<mecab_node_t> = mecab_sparse_tonode2(tagger, input, range.count) else {
      throw .analysisFailed(String(cString: mecab_strerror(tagger)))
    }
    var morphemes: [LatticeMorpheme] = []
    while let next = node.pointee.next {
      node = UnsafePointer(next)
      let stat = Int32(node.pointee.stat)
      guard stat == MECAB_NOR_NODE || stat == MECAB_UNK_NODE, let surface = node.pointee.surface else { continue }
      let offset = UnsafeRawPointer(surface) - UnsafeRawPointer(base)
      precondition(offset >= range.lowerBound && offset <= range.upperBound, "MeCab surface outside its input")
      morphemes.append(
        LatticeMorpheme(
          bytes: offset..<offset + Int(node.pointee.length), feature: node.pointee.feature,
          isInDictionary: stat == MECAB_NOR_NODE))
    }
    return morphemes
  }

  /// The parsed features of a dictionary entry, parsed once per entry.
  func features(of feature: UnsafePointer<CChar>) -> MorphemeFeatures {
    if let known = featuresByEntry[feature] { return known }
    let parsed = MorphemeFeatures(featureString: String(cString: feature))
    featuresByEntry[feature] = parsed
    return parsed
  }
}
