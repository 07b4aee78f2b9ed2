/// Finds every expression in a body text that names a day, month or year, and normalizes it.
///
/// Japanese: 2025年4月9日, 2023年3月, 2024年(度), 二〇二五年, 二千二十五年, 十二月二十五日, 昭和56年5月8日,
/// 平成二十四年, 令和元年, 4月9日 / 5月 (year: see below), 9日 right after a date in the same clause
/// (5月4日から9日まで, 5月7日及び8日), 翌16日 or 16日 opening a clause after a date (the last date's month),
/// 本日, 本年(2月), 今年, 昨年, 来年 (document date), 同年, 同月, 同日, 前年, 翌年, 前日, 翌日 (the last date before: after a range or list, its last date), and ranges 2023年-2026年,
/// 2023－2026年, 2023年から2026年まで. 今日 ("nowadays" as often as "today") is never a date; nor are durations
/// (3年間, 10年後, 40周年), ages, amounts or years of fewer than four digits without an era.
///
/// English: 9 April 2025, April 9, 2025, 31 Oct. 2017, April 2025, April 9, April, 9–11 April 2025,
/// 2017-10-31, this/next/last year, last/this/next + a month (`last May`, from the document date), `May` alone
/// only in a date context (`in May`, `by mid-May`, `April and May`, `May, ...`; never the verb or `May's`),
/// `today`/`yesterday`/`tomorrow` as the statement's day (`Today, we ...`, `X today announced`, `We met today.`,
/// `met in Brussels today for`, `earlier today`; not `today's world`, `the challenges of today`), and in English text a bare year 1900–2099 (`in 2024`,
/// `2023–2026`) unless it is an identifier (`Resolution 2375`, `No. 2005`) or a count (`2000 troops`).
///
/// A month without a year takes the year of the last date before it when that one was written (absolute,
/// inherited, 同年...), the document's year after a date counted from the document (来年1月に…。8月に → the
/// document's year) unless joined to it in one phrase (来年1月から3月まで), and a range end never comes before
/// its start (2023年12月から1月まで → 2024-01). See `DateResolver`.
///
/// Mentions come sorted by offset and do not overlap (at each offset the longest expression wins). Ranges
/// are scalar offsets into the body; matching runs on `BodyText.folded`.
public struct DateRecognizer: Sendable {
  /// The document's language: bare English years are dates only in English text.
  public let language: Language
  /// The words of date expressions (`rules/dates/`).
  public let lexicon: DateLexicon

  /// A recognizer for text in `language` with the date words of `lexicon`.
  public init(language: Language, lexicon: DateLexicon) {
    self.language = language
    self.lexicon = lexicon
  }

  /// The date mentions in `text`, with relative expressions resolved against `documentDate`
  /// (those that need it are left out when it is `nil`).
  public func recognize(in text: BodyText, documentDate: SimpleDate?) -> [DateMention] {
    let raws = DateScanner(folded: text.folded, language: language, lexicon: lexicon).scan()
    return DateResolver(documentDate: documentDate).resolve(raws)
  }
}
