import ClaimGraphText
import Testing

// Sentences from the seed documents (seeds/*.txt) as literals, with their full expected mention lists.
// Every expected line is `text begin..<end value anchor[ role]` (see DateTestSupport.swift).

@Suite("Dates in seed sentences")
struct DateSeedSentenceTests {
  static let japaneseCases: [(String, SimpleDate?, [String])] = [
    (
      "2025年4月9日、石破茂日本国総理大臣及びマルク・ルッテ北大西洋条約機構（NATO）事務総長は東京で会談を行った。", simpleDate(2025, 4, 9),
      ["2025年4月9日 0..<9 2025-04-09 absolute"]
    ),
    (
      "本日、我々は、日本及びNATOが戦略的利益並びに自由、民主主義、人権及び法の支配といった価値を共有しているという確固たる信念を改めて述べるとともに、欧州・大西洋地域及びインド太平洋地域のための戦略的に重要な日本及びNATOのパートナーシップを認識する。",
      simpleDate(2025, 4, 9), ["本日 0..<2 2025-04-09 documentDate"]
    ),
    ("今日、我々の協力は、日本及びNATOの安全保障に影響を及ぼしうる挑戦に焦点を当てており、それは広範なものである。", simpleDate(2025, 4, 9), []),
    (
      "我々の協力は日NATO国別適合パートナーシップ計画（2023年-2026年）にある目標に焦点を当てている。", simpleDate(2025, 4, 9),
      ["2023年 26..<31 2023 absolute start", "2026年 32..<37 2026 absolute end"]
    ),
    (
      "我々は、日本による一連のNATO首脳会合、NATO外相会合、NATO国防相会合、NATO参謀総長等会議への参加及び2024年2月のNATO欧州連合軍最高司令官の初訪日を、我々のパートナーシップにおける重要な出来事として歓迎する。",
      simpleDate(2025, 4, 9), ["2024年2月 57..<64 2024-02 absolute"]
    ),
    (
      "我々は、2023年の第1回日NATOサイバー対話の開催、並びに2024年のサイバー・チャンピオンズ・サミット、NATOのサイバー・コアリション及びロックド・シールズ並びにNATOサイバー防衛センター（CCDCOE）への日本の参加を含め、国家を背景とした悪意あるサイバー活動の脅威に対処するためのサイバー防衛分野の協力の進展を歓迎する。",
      simpleDate(2025, 4, 9), ["2023年 4..<9 2023 absolute", "2024年 31..<36 2024 absolute"]
    ),
    (
      "我々は、2023年3月のトルコ共和国における地震被害に対するNATOと初めて連携した航空自衛隊機の派遣による国際緊急援助活動の実施、2024年8月の地中海における海上自衛隊練習艦隊とNATO常設海上部隊の共同訓練、NATOによる日米統合演習（キーン・ソード）、自衛隊統合演習（JX）及び自衛隊統合防災演習（JXR）へのオブザーバー参加を歓迎する。",
      simpleDate(2025, 4, 9), ["2023年3月 4..<11 2023-03 absolute", "2024年8月 66..<73 2024-08 absolute"]
    ),
    (
      "この文脈で、ルッテ事務総長は、日本が本年2月に日NATO戦略的コミュニケーション会議を主催し、NATOとインド太平洋パートナーの今後の協力の道筋をつけたことを歓迎した。", simpleDate(2025, 4, 9),
      ["本年2月 18..<22 2025-02 documentDate"]
    ),
    (
      "1 鈴木総理大臣夫妻は、米国政府の招待により、5月4日から9日まで、米国を公式訪問した。鈴木総理大臣とレーガン大統領は、5月7日及び8日の両日ワシントンにおいて会談し、現下の国際情勢及び日米関係につき包括的かつ充実した検討を行った。",
      simpleDate(1981, 5, 8),
      [
        "5月4日 23..<27 1981-05-04 documentDate start", "9日 29..<31 1981-05-09 previousMention end",
        "5月7日 60..<64 1981-05-07 previousMention", "8日 66..<68 1981-05-08 previousMention",
      ]
    ),
    (
      "G7は,経済協力開発機構(OECD)の枠組みで,2020年に,規制上の障壁を簡素化し,国際課税を現代化するための合意に達することにコミットする。", simpleDate(2019, 8, 26),
      ["2020年 24..<29 2020 absolute"]
    ),
    ("過去3年間を経て、日米同盟は前例のない高みに到達した。", simpleDate(2024, 4, 10), []),
    (
      "本日、我々、ジョセフ・バイデン大統領と岸田文雄内閣総理大臣は、ワシントンD.C.における岸田総理大臣の公式訪問及び公式晩餐会において、日米間の戦略的協力の新しい時代を祝し、自由で開かれたインド太平洋及び世界を実現するために、日米両国が共に、そして他のパートナーと共に、絶え間ない努力を続けることを誓う。",
      simpleDate(2024, 4, 10), ["本日 0..<2 2024-04-10 documentDate"]
    ),
  ]
  static let englishCases: [(String, SimpleDate?, [String])] = [
    (
      "We strongly urge North Korea to immediately and fully comply with all relevant UN Security Council resolutions, including the latest Resolution 2375 adopted unanimously on 11 September 2017. North Korea must honour its commitments in the 2005 Joint Statement of the Six-Party Talks.",
      simpleDate(2017, 10, 31), ["11 September 2017 172..<189 2017-09-11 absolute", "2005 238..<242 2005 absolute"]
    )
  ]
  static let paragraphCases: [(String, SimpleDate?, [String])] = [
    (
      "2025年4月9日、石破茂日本国総理大臣及びマルク・ルッテ北大西洋条約機構（NATO）事務総長は東京で会談を行った。\n本日、我々は、日本及びNATOが戦略的利益並びに自由、民主主義、人権及び法の支配といった価値を共有しているという確固たる信念を改めて述べるとともに、欧州・大西洋地域及びインド太平洋地域のための戦略的に重要な日本及びNATOのパートナーシップを認識する。\n我々の協力は日NATO国別適合パートナーシップ計画（2023年-2026年）にある目標に焦点を当てている。\nこの文脈で、ルッテ事務総長は、日本が本年2月に日NATO戦略的コミュニケーション会議を主催し、NATOとインド太平洋パートナーの今後の協力の道筋をつけたことを歓迎した。",
      simpleDate(2025, 4, 9),
      [
        "2025年4月9日 0..<9 2025-04-09 absolute", "本日 59..<61 2025-04-09 documentDate",
        "2023年 212..<217 2023 absolute start", "2026年 218..<223 2026 absolute end",
        "本年2月 258..<262 2025-02 documentDate",
      ]
    )
  ]

  @Test("Japanese statements", arguments: japaneseCases)
  func japanese(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("English statement", arguments: englishCases)
  func english(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("Offsets count scalars across lines", arguments: paragraphCases)
  func paragraph(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test func mentionsAreSortedAndDisjoint() {
    let text = BodyText(nfc: Self.paragraphCases[0].0 + "\n" + Self.japaneseCases[8].0)
    let mentions = dateRecognizer(.ja).recognize(
      in: text, documentDate: SimpleDate(year: 2025, month: 4, day: 9))
    #expect(mentions.count == 9)
    for (a, b) in zip(mentions, mentions.dropFirst()) {
      #expect(a.range.upperBound <= b.range.lowerBound)
    }
  }
}
