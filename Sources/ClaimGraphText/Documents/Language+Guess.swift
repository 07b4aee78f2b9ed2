extension Language {
  /// `.en` when the text has more Latin letters than kana and kanji together, else `.ja`.
  package static func guess(_ scalars: some Sequence<Unicode.Scalar>) -> Language {
    var latin = 0
    var japanese = 0
    for s in scalars {
      switch s.value {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF,
        0xFF21...0xFF3A, 0xFF41...0xFF5A:
        latin += 1
      case 0x3005...0x3007, 0x3041...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
        japanese += 1
      default:
        break
      }
    }
    return latin > japanese ? .en : .ja
  }
}
