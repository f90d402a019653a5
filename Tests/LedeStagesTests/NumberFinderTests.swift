import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct NumberFinderTests {
    /// Each mention as `surface | kind value low…high unit (qualifier)`, the surface from the original text.
    static func numbers(_ text: String, finder: NumberFinder = NumberFinder()) throws -> [String] {
        let document = try AnalysisPipeline { finder }.run(text)
        return document.numbers.map { describe($0, in: document) }
    }

    static func describe(_ number: NumberMention, in document: Document) -> String {
        var parts = [number.kind.rawValue]
        if let value = number.value { parts.append(format(value)) }
        if number.low != nil || number.high != nil {
            parts.append("\(number.low.map(format) ?? "")…\(number.high.map(format) ?? "")")
        }
        if let unit = number.unit { parts.append(unit) }
        if let qualifier = number.qualifier { parts.append("(\(qualifier))") }
        return "\(document.originalText(of: number.span)) | " + parts.joined(separator: " ")
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\((value * 10000).rounded() / 10000)"
    }

    @Test(
        "reads numbers, money, percentages, ranges and names in news text",
        arguments: [
            (
                "Sales hit 1,400 units, up 3.5 points, to 1.4 million and 10 million.",
                [
                    "1,400 | cardinal 1400 units", "3.5 | decimal 3.5 points", "1.4 million | cardinal 1400000",
                    "10 million | cardinal 10000000",
                ]
            ),
            (
                "It cost $1.5 billion, then $134 Million, £1,400 and $10.9bn.",
                [
                    "$1.5 billion | money 1500000000 USD", "$134 Million | money 134000000 USD",
                    "£1,400 | money 1400 GBP", "$10.9bn | money 10900000000 USD",
                ]
            ),
            (
                "Shares fell 12% to 240p; the deal was €2m, or €4.5 billion ($5.8 billion).",
                [
                    "12% | percent 12 percent", "240p | money 240 GBX", "€2m | money 2000000 EUR",
                    "€4.5 billion | money 4500000000 EUR", "$5.8 billion | money 5800000000 USD",
                ]
            ),
            (
                "He paid US$5, Rs 500, 500 euros and ¥1,000, then 45p.",
                [
                    "US$5 | money 5 USD", "Rs 500 | money 500 INR", "500 euros | money 500 EUR",
                    "¥1,000 | money 1000 JPY", "45p | money 45 GBX",
                ]
            ),
            (
                "Oil climbed 45 cents to $53.20 and two million pounds went to 2.3 billion euros.",
                [
                    "45 cents | money 45 cent", "$53.20 | money 53.2 USD", "two million pounds | money 2000000 GBP",
                    "2.3 billion euros | money 2300000000 EUR",
                ]
            ),
            (
                "Growth was 12%, 3.5 percent, 3.1 per cent and 61.5%.",
                [
                    "12% | percent 12 percent", "3.5 percent | percent 3.5 percent",
                    "3.1 per cent | percent 3.1 percent", "61.5% | percent 61.5 percent",
                ]
            ),
            (
                "There were four, then twenty-five. Twenty-five came.",
                ["four | cardinal 4", "twenty-five | cardinal 25", "Twenty-five | cardinal 25"]
            ),
            (
                "One hundred and twelve homes and one hundred and twenty million people.",
                [
                    "One hundred and twelve | cardinal 112 homes",
                    "one hundred and twenty million | cardinal 120000000 people",
                ]
            ),
            (
                "It took two and a half hours; a half was left; two thirds of voters and three quarters of staff agreed.",
                [
                    "two and a half | decimal 2.5 hours", "a half | fraction 0.5", "two thirds | fraction 0.6667",
                    "three quarters | fraction 0.75",
                ]
            ),
            (
                "A quarter of a million people signed, half a million more, half a dozen MPs and two dozen eggs.",
                [
                    "A quarter of a million | cardinal 250000 people", "half a million | cardinal 500000",
                    "half a dozen | cardinal 6 MPs", "two dozen | cardinal 24 eggs",
                ]
            ),
            (
                "The three-year-long war, a three-and-a-half-year-old war and a 24-year-old man.",
                [
                    "three-year-long | cardinal 3 years", "three-and-a-half-year-old | decimal 3.5 years",
                    "24-year-old | cardinal 24 years",
                ]
            ),
            (
                "She won the 60m hurdles and the 100m relay; he cleared 5.05m; it sold 100m copies.",
                [
                    "60m | cardinal 60 metres", "100m | cardinal 100 metres", "5.05m | decimal 5.05 metres",
                    "100m | cardinal 100000000 copies",
                ]
            ),
            (
                "Tens of thousands of troops marched, hundreds died, dozens fled and a dozen eggs broke.",
                [
                    "Tens of thousands | approximate 20000 20000…99999 troops", "hundreds | approximate 200 200…999",
                    "dozens | approximate 24 24…99", "a dozen | cardinal 12 eggs",
                ]
            ),
            (
                "More than 1,000 came, nearly 80 left, about 300 stayed and up to 5,000 may.",
                [
                    "1,000 | approximate 1000 1000… (more than)", "80 | approximate 80 …80 (nearly)",
                    "300 | approximate 300 (about)", "5,000 | approximate 5000 …5000 (up to)",
                ]
            ),
            (
                "At least 20 did, some 40 said, around 2m watched, 20 or more went, and several hundred waited.",
                [
                    "20 | approximate 20 20… (at least)", "40 | approximate 40 (some)",
                    "2m | approximate 2000000 (around)", "20 | approximate 20 20… (or more)",
                    "hundred | approximate 200 200…999 (several)",
                ]
            ),
            (
                "The 2012–13 season, the 2012-13 accounts and the 1939-45 war.",
                ["2012–13 | range 2012 2012…2013", "2012-13 | range 2012 2012…2013", "1939-45 | range 1939 1939…1945"]
            ),
            (
                "Police said four men, aged between 19 and 24, were held.",
                ["four | cardinal 4 men", "19 | cardinal 19", "24 | cardinal 24"]
            ),
            (
                "It lasts three to four weeks; growth of 10-15% and a £5-10m fund.",
                [
                    "three to four | range 3 3…4 weeks", "10-15% | percent 10 10…15 percent",
                    "£5-10m | money 5000000 5000000…10000000 GBP",
                ]
            ),
            (
                "In the third quarter, the 1st and the 21st century, the fourth time, twenty-first.",
                [
                    "third | ordinal 3 quarter", "1st | ordinal 1", "21st | ordinal 21 century",
                    "fourth | ordinal 4 time", "twenty-first | ordinal 21",
                ]
            ),
            (
                "In 2016, in 2026, the 1990s and the ’90s; a woman in her 30s.",
                [
                    "2016 | year 2016", "2026 | year 2026", "1990s | year 1990 1990…1999", "’90s | year 1990 1990…1999",
                    "30s | approximate 30 30…39 years",
                ]
            ),
            (
                "It was 1/2 and one in five; nine out of 10 agreed.",
                ["1/2 | fraction 0.5", "one in five | fraction 0.2", "nine out of 10 | fraction 0.9"]
            ),
            (
                "At 5 p.m., 10.30am and 10:30 GMT; she ran 7:40.53.",
                ["5 p.m. | time", "10.30am | time", "10:30 GMT | time", "7:40.53 | time"]
            ),
            (
                "Under Article 5, K‑12 schools, No. 10 said, Covid-19 cases, a Boeing 737, the G7 and Formula One.",
                [
                    "Article 5 | identifier", "K‑12 | identifier", "No. 10 | identifier", "Covid-19 | identifier",
                    "Boeing 737 | identifier", "Formula One | identifier",
                ]
            ),
            (
                "Call 020 7946 0958 or +44 20 7946 0958.",
                ["020 7946 0958 | identifier", "+44 20 7946 0958 | identifier"]
            ),
            (
                "It opens on 8 December and on February 18, 2005.",
                ["8 December | date", "February 18 | date", "2005 | year 2005"]
            ),
            (
                "Chelsea won 3-1 and Man City 0-2 Man Utd; a 2-1 win.",
                ["3 | score 3", "1 | score 1", "0 | score 0", "2 | score 2", "2 | score 2", "1 | score 1"]
            ),
            ("a $1.5 billion plan", ["$1.5 billion | money 1500000000 USD"]),
            ("One of the options was cheap; no one came; someone left; the one thing; tens of people.", []),
            (
                "One of the two suspects was freed; one day after the vote; one day he will return.",
                ["One | cardinal 1", "two | cardinal 2 suspects", "one | cardinal 1 days"]
            ),
            (
                "The bank cut rates by half a percentage point to 4.75%, then by a quarter of a percentage point.",
                [
                    "half a percentage point | percent 0.5 percentage points", "4.75% | percent 4.75 percent",
                    "a quarter of a percentage point | percent 0.25 percentage points",
                ]
            ),
        ] as [(String, [String])]
    )
    func news(text: String, expected: [String]) throws {
        #expect(try Self.numbers(text) == expected)
    }

    @Test(
        "hard cases met in BBC articles",
        .tags(.regression),
        arguments: [
            (
                "The 2012–13 season and K‑12 schools, up 10–15%.",
                ["2012–13 | range 2012 2012…2013", "K‑12 | identifier", "10–15% | percent 10 10…15 percent"]
            ),
            ("No digits here, and nothing to count: someone said so.", []),
            (
                "Ask Jeeves has become the third leading online search firm; the 11th annual awards were held.",
                ["third | ordinal 3", "11th | ordinal 11 awards"]
            ),
            (
                "Man City 0-2 Man Utd; Mirnyi won 6-7 (2-7) 7-6 (7-3) 6-2.",
                [
                    "0 | score 0", "2 | score 2", "6 | score 6", "7 | score 7", "2 | score 2", "7 | score 7",
                    "7 | score 7", "6 | score 6", "7 | score 7", "3 | score 3", "6 | score 6", "2 | score 2",
                ]
            ),
            (
                "He told BBC Radio 4's Today programme and the World at One.",
                ["Radio 4 | identifier", "One | identifier"]
            ),
            (
                "Italy's 60 million people and India's 35 states.",
                ["60 million | cardinal 60000000 people", "35 | cardinal 35 states"]
            ),
            (
                "Mr Raskin was one of the first employees; one of dozens of firms; a phone, especially one equipped with a camera.",
                ["first | ordinal 1 employees", "dozens | approximate 24 24…99 firms"]
            ),
            (
                "It is Japan's number one carrier and the world's number two economy.",
                ["number one | identifier", "number two | identifier"]
            ),
            (
                "They sold for $110,00 (£59,000) in four minutes 14.74 seconds.",
                [
                    "$110 | money 110 USD", "£59,000 | money 59000 GBP", "four | cardinal 4 minutes",
                    "14.74 | decimal 14.74 seconds",
                ]
            ),
            (
                "It spent 59.2 trillion rupiah ($6.58bn; £3.5bn) on fuel.",
                [
                    "59.2 trillion rupiah | money 59200000000000 IDR", "$6.58bn | money 6580000000 USD",
                    "£3.5bn | money 3500000000 GBP",
                ]
            ),
            (
                "Kelly Holmes won the Olympic 800m and 1500m titles; it sold more than 100m copies.",
                [
                    "800m | cardinal 800 metres", "1500m | cardinal 1500 metres",
                    "100m | approximate 100000000 100000000… copies (more than)",
                ]
            ),
            ("Shares rose 4% by 1200 GMT.", ["4% | percent 4 percent", "1200 GMT | time"]),
            (
                "It was first broadcast in 1952, and 30-frame-a-second video.",
                ["1952 | year 1952", "30-frame | cardinal 30 frame"]
            ),
            (
                "The Passion of the Christ and Fahrenheit 9/11, Halo 2 and the Xbox 2.",
                ["Fahrenheit 9/11 | identifier", "Halo 2 | identifier", "Xbox 2 | identifier"]
            ),
            (
                "Sales of between £415m and £425m ($779m-798m) and a further 1.5 million-2 million people.",
                [
                    "£415m | money 415000000 GBP", "£425m | money 425000000 GBP",
                    "$779m-798m | money 779000000 779000000…798000000 USD",
                    "1.5 million-2 million | range 1500000 1500000…2000000 people",
                ]
            ),
            (
                "They clocked 7.62secs and 9.87s; a 2.6ghz chip.",
                ["7.62secs | decimal 7.62 seconds", "9.87s | decimal 9.87 seconds", "2.6ghz | decimal 2.6 GHz"]
            ),
            (
                "It happened in the 1950s and 60s, and again in the mid-70s.",
                ["1950s | year 1950 1950…1959", "60s | year 1960 1960…1969", "70s | year 1970 1970…1979"]
            ),
            (
                "Shares rose 4% by 1830 GMT; schools open from 0800 to 1800GMT.",
                ["4% | percent 4 percent", "1830 GMT | time", "0800 | time", "1800GMT | time"]
            ),
            (
                "It reached number 12 in the chart; users now number 6.2 million.",
                ["number 12 | identifier", "6.2 million | cardinal 6200000"]
            ),
            (
                "Profits fell by a fifth to £230m, and costs were cut by half.",
                ["a fifth | fraction 0.2", "£230m | money 230000000 GBP", "half | fraction 0.5"]
            ),
            (
                "The shares rose 15p to 350p; US crude rose $1.64 to $47.10; the total fell 11,000 to 813,200.",
                [
                    "15p | money 15 GBX", "350p | money 350 GBX", "$1.64 | money 1.64 USD", "$47.10 | money 47.1 USD",
                    "11,000 | cardinal 11000", "813,200 | cardinal 813200",
                ]
            ),
            (
                "BA had forecast a 2% to 3% rise, and about 70% to 80% of bondholders agreed.",
                ["2% to 3% | percent 2 2…3 percent", "70% to 80% | percent 70 70…80 percent (about)"]
            ),
            (
                "Temperatures reached 40C, but a fifth successive month of rain followed.",
                ["40C | cardinal 40 celsius", "fifth | ordinal 5 month"]
            ),
            (
                "Labour won 356 seats, the Conservatives 198 and the Lib Dems 62.",
                ["356 | cardinal 356 seats", "198 | cardinal 198", "62 | cardinal 62"]
            ),
            (
                "He told BBC News 24 about the Fathers 4 Justice group and the Symbian Series 60 software.",
                ["News 24 | identifier", "Fathers 4 | identifier", "Series 60 | identifier"]
            ),
            (
                "Around one in three adults, and an estimated 100,000 to 200,000 people, ran the 26.2-mile race.",
                [
                    "one in three | fraction 0.3333 (around)",
                    "100,000 to 200,000 | range 100000 100000…200000 people (an estimated)",
                    "26.2-mile | decimal 26.2 miles",
                ]
            ),
        ] as [(String, [String])]
    )
    func bbcRegressions(text: String, expected: [String]) throws {
        #expect(try Self.numbers(text) == expected)
    }

    @Test(
        "curly and straight quotes, CRLF, no-break and thin spaces, en dashes and no-break hyphens",
        arguments: [
            (
                "“Prices rose 12%,” she said. 'About 300 came,' he added.",
                ["12% | percent 12 percent", "300 | approximate 300 (about)"]
            ),
            (
                "Growth was 3.1 per cent.\r\nSome 40 people came.\r\n",
                ["3.1 per cent | percent 3.1 percent", "40 | approximate 40 people (some)"]
            ),
            (
                "It cost €1\u{A0}000 and £2\u{202F}500\u{202F}000, then 1\u{2009}000 troops.",
                [
                    "€1\u{A0}000 | money 1000 EUR", "£2\u{202F}500\u{202F}000 | money 2500000 GBP",
                    "1\u{2009}000 | cardinal 1000 troops",
                ]
            ),
            (
                "The 2012\u{2013}13 season, K\u{2011}12 schools and a three\u{2011}year\u{2011}long war.",
                [
                    "2012\u{2013}13 | range 2012 2012…2013", "K\u{2011}12 | identifier",
                    "three\u{2011}year\u{2011}long | cardinal 3 years",
                ]
            ),
            (
                "1.4\u{A0}million people and 3.1\u{A0}per cent",
                ["1.4\u{A0}million | cardinal 1400000 people", "3.1\u{A0}per cent | percent 3.1 percent"]
            ),
            ("", []),
            ("No digits here, and nothing to count: someone said so.", []),
            ("東京 and Zürich cost ¥1,000 and 50 francs.", ["¥1,000 | money 1000 JPY", "50 francs | money 50 CHF"]),
        ] as [(String, [String])]
    )
    func typography(text: String, expected: [String]) throws {
        #expect(try Self.numbers(text) == expected)
    }

    @Test("seed 000: compound adjectives, identifiers, money in the list of other stories, years")
    func seed000() throws {
        #expect(
            try Self.numbers(Seeds.text(named: "000_19271642d0346297.txt")) == [
                "three-year-long | cardinal 3 years", "Article 5 | identifier", "Article 5 | identifier",
                "one | approximate 1 1… (or more)", "20 | cardinal 20 countries", "one | cardinal 1 days",
                "2026 | year 2026", "$134 Million | money 134000000 USD", "$500 | money 500 USD", "K‑12 | identifier",
                "$1.5 billion | money 1500000000 USD", "2016 | year 2016",
            ]
        )
    }

    @Test("seed 004: a spelled-out compound age, a vague plural and a pronoun `One`")
    func seed004() throws {
        let text = try Seeds.text(named: "004_66e653aac7ebe387.txt")
        #expect(
            try Self.numbers(text) == [
                "three-and-a-half-year-old | decimal 3.5 years", "first | ordinal 1",
                "tens of thousands | approximate 20000 20000…99999 troops", "80 | cardinal 80 years",
            ]
        )
        let document = try AnalysisPipeline { NumberFinder() }.run(text)
        #expect(!document.numbers.contains { document.originalText(of: $0.span) == "One" })
    }

    @Test("identifiers, times and dates have no value and are not quantities")
    func names() throws {
        let document = try AnalysisPipeline { NumberFinder() }.run(
            "Under Article 5, at 5 p.m. on 8 December, K‑12 schools got $500."
        )
        let names = document.numbers.filter { !$0.isQuantity }
        #expect(names.map(\.kind) == [.identifier, .time, .date, .identifier])
        #expect(names.allSatisfy { $0.value == nil })
        #expect(document.numbers.last?.kind == .money)
    }

    @Test("bounds: open ends are nil, vague plurals and ranges have both")
    func bounds() throws {
        let document = try AnalysisPipeline { NumberFinder() }.run(
            "More than 1,000 came, nearly 80 left, about 300 stayed; tens of thousands marched in 2012-13."
        )
        let numbers = document.numbers
        #expect(numbers.count == 5)
        #expect(numbers[0].low == 1000 && numbers[0].high == nil && numbers[0].isApproximate)
        #expect(numbers[1].low == nil && numbers[1].high == 80 && numbers[1].value == 80)
        #expect(numbers[2].low == nil && numbers[2].high == nil && numbers[2].qualifier == "about")
        #expect(numbers[3].low == 20_000 && numbers[3].high == 99_999 && numbers[3].value == 20_000)
        #expect(numbers[4].isRange && numbers[4].low == 2012 && numbers[4].high == 2013)
    }

    @Test("provenance names the stage and the rule")
    func provenance() throws {
        let document = try AnalysisPipeline { NumberFinder() }.run("It cost $5m, or 12%, in 2004.")
        #expect(document.numbers.map(\.provenance.stage) == ["lede.numbers", "lede.numbers", "lede.numbers"])
        #expect(document.numbers.map(\.provenance.rule) == ["money", "percent", "year"])
    }

    @Test("options leave out ordinals, or identifiers and times")
    func options() throws {
        let text = "The third quarter under Article 5 began at 5 p.m. with 20 staff."
        #expect(
            try Self.numbers(text, finder: NumberFinder(reportsOrdinals: false)) == [
                "Article 5 | identifier", "5 p.m. | time", "20 | cardinal 20 staff",
            ]
        )
        #expect(
            try Self.numbers(text, finder: NumberFinder(reportsIdentifiers: false)) == [
                "third | ordinal 3 quarter", "20 | cardinal 20 staff",
            ]
        )
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(NumberFinder())
    }
}

extension Tag {
    @Tag static var regression: Self
}
