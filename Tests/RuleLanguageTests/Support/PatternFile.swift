/// A pattern file with one rule whose `pattern:` value is `value` (on line 5, the value at column 14).
func patternFile(_ value: String, id: String = "r1") -> String {
  """
  language: ja
  patterns:
    - id: \(id)
      class: Event
      pattern: \(value)

  """
}
