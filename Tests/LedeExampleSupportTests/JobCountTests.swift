import LedeExampleSupport
import Testing

@Suite struct JobCountTests {
    @Test("takes 1 to 256, and 0 for all cores", arguments: [("1", 1), ("2", 2), ("256", 256), ("007", 7)])
    func accepts(text: String, expected: Int) throws {
        #expect(try JobCount.parse(text) == expected)
    }

    @Test func zeroIsAllCores() throws {
        #expect(try JobCount.parse("0") == JobCount.allCores)
        #expect(try JobCount.parse("000") == JobCount.allCores)
    }

    @Test(
        "refuses anything else with a message that says what is allowed",
        arguments: ["-1", "257", "9223372036854775807", "99999999999999999999999", "", "two", "1.5", " 3", "+4"]
    )
    func refuses(text: String) {
        #expect {
            try JobCount.parse(text)
        } throws: { error in
            "\(error)" == "use a whole number from 1 to 256, or 0 for all cores"
        }
    }
}
