/// Folds one scalar to the form matching compares: full-width ASCII to ASCII, ideographic space to space,
/// `、` and `，` to `,`, `．` to `.`, half-width katakana and punctuation to full-width, curly quotes to
/// straight ones. One scalar in, one out, so offsets in the folded text equal offsets in the original.
package enum WidthFolding {
  /// The folded form of one scalar (the scalar itself when nothing folds it).
  package static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    switch v {
    case 0xFF01...0xFF5E: return Unicode.Scalar(UInt8(truncatingIfNeeded: v - 0xFEE0))  // full-width ASCII
    case 0x3000: return " "
    case 0x3001: return ","  // 、
    case 0xFF64: return ","  // half-width 、
    case 0xFF61: return "。"
    case 0xFF62: return "「"
    case 0xFF63: return "」"
    case 0xFF65: return "・"
    case 0xFF66...0xFF9D: return halfWidthKatakana[Int(v - 0xFF66)]
    case 0xFF9E: return "\u{309B}"
    case 0xFF9F: return "\u{309C}"
    case 0x2019, 0x2018: return "'"
    case 0x201C, 0x201D: return "\""
    default: return s
    }
  }

  /// Folds a whole string scalar by scalar (used on rule literals so that they compare with folded text).
  package static func fold(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.map(fold) }

  // U+FF66 ... U+FF9D: ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ
  private static let halfWidthKatakana: [Unicode.Scalar] = Array(
    "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
      .unicodeScalars)
}
