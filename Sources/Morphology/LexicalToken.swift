/// A word or morpheme of a text, located by Unicode-scalar offsets: what both tokenizers produce and what a
/// pattern element tests beside characters.
public protocol LexicalToken: Sendable {
  /// Unicode-scalar offsets of the token in the text it came from (ClaimGraph tokenizes NFC text, so these are
  /// the NFC scalar offsets every other span in ClaimGraph counts).
  var range: Range<Int> { get }
  /// The token's text, exactly as it stands in the input.
  var surface: String { get }
  /// The form under which a word's inflections meet (Japanese: the dictionary form, English: the stem).
  var lemma: String { get }
}
