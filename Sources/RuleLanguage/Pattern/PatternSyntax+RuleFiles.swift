import ClaimGraphText
import Patterns

extension PatternSyntax {
  /// How the patterns of a rule file in this language read: `{…}` names a class of `vocabulary` (the rule set's
  /// `vocabulary.yaml`, read before any pattern), and in English a space between two words of plain text is a
  /// space of the text (`call on`).
  static func ruleFile(language: Language?, caseInsensitive: Bool, vocabulary: Vocabulary) -> PatternSyntax {
    PatternSyntax(
      entityClasses: Set(vocabulary.classNames), caseInsensitive: caseInsensitive, wordSpaces: language == .en)
  }
}

extension PatternSyntaxError {
  /// The error as a diagnostic of a rule file, for a pattern whose first character is at `location`.
  func diagnostic(at location: SourceLocation) -> Diagnostic {
    Diagnostic(SourceLocation(file: location.file, line: location.line, column: location.column + offset), message)
  }
}
