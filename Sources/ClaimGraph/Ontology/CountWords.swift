/// Numbers in words, for the sentences of the ontology and shapes that say how many classes and predicates
/// there are ("one of the fourteen claim predicates", 「十四の述語」). Numerals, like the calendar's, stay in code.
enum CountWords {
  private static let englishOnes = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  private static let englishTens = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]
  private static let kanjiDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// `n` in English words (`fourteen`, `twenty-one`); in digits from 100.
  static func english(_ n: Int) -> String {
    switch n {
    case 0..<20: return englishOnes[n]
    case 20..<100: return englishTens[n / 10] + (n % 10 == 0 ? "" : "-" + englishOnes[n % 10])
    default: return String(n)
    }
  }

  /// `n` in kanji numerals (`十四`, `二十一`); in digits from 100.
  static func japanese(_ n: Int) -> String {
    switch n {
    case 0..<10: return kanjiDigits[n]
    case 10..<100:
      let tens = n / 10 == 1 ? "" : kanjiDigits[n / 10]
      return tens + "十" + (n % 10 == 0 ? "" : kanjiDigits[n % 10])
    default: return String(n)
    }
  }
}
