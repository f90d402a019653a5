import Foundation
import LedeEvaluation
import Testing

@Suite struct PorterStemmerTests {
    // Expected stems produced once with NLTK 3.10.4's nltk.stem.porter.PorterStemmer() (default
    // mode, NLTK_EXTENSIONS).
    @Test(
        "the paper's examples and NLTK's extensions",
        arguments: [
            // Step 1a; a four-letter word in -ies keeps its e (NLTK).
            ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("dies", "die"), ("flies", "fli"),
            ("ies", "i"), ("2004s", "2004"),
            // Step 1b; -ied (NLTK), -eed, -ed, -ing and the tidying after them.
            ("spied", "spi"), ("died", "die"), ("agreed", "agre"), ("feed", "feed"), ("plastered", "plaster"),
            ("bled", "bled"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
            ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"),
            ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"),
            // A two-letter stem of vowel and consonant counts as *o (NLTK).
            ("owing", "owe"), ("owed", "owe"),
            // Step 1c: y becomes i only after a consonant that is not the first letter (NLTK).
            ("happy", "happi"), ("enjoy", "enjoy"), ("by", "by"), ("yyyy", "yyyi"), ("ayyy", "ayyy"),
            // Irregular forms (NLTK).
            ("sky", "sky"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("news", "news"),
            ("innings", "inning"), ("proceed", "proceed"), ("succeeded", "succeed"),
            // Step 2, with -alli first, -bli, -fulli and -logi (NLTK).
            ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("digitizer", "digit"),
            ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"),
            ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"), ("callousness", "callous"),
            ("sensibility", "sensibl"), ("radically", "radic"), ("generously", "gener"), ("hopefully", "hope"),
            ("geology", "geolog"), ("analogously", "analog"),
            // Step 3.
            ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electrical", "electr"),
            ("goodness", "good"),
            // Step 4.
            ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
            ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"),
            ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
            ("communism", "commun"), ("activate", "activ"), ("homologous", "homolog"), ("effective", "effect"),
            ("bowdlerize", "bowdler"),
            // Step 5.
            ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controlling", "control"), ("roll", "roll"),
            // Case, short words and letters outside ASCII.
            ("Running", "run"), ("CAFÉS", "café"), ("a", "a"), ("at", "at"), ("ab", "ab"), ("was", "wa"),
        ] as [(String, String)]
    )
    func table(word: String, stem: String) {
        #expect(PorterStemmer().stem(word) == stem)
    }

    /// Fixtures/porter-stems.tsv: 4,274 of the 29,466 distinct words of the BBC News Summary
    /// corpus with NLTK's stems, made by Fixtures/make_porter_fixture.py (all 29,466 agreed
    /// when the stemmer was written).
    @Test("agrees with NLTK on every word of the BBC fixture")
    func bbcFixture() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/porter-stems.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let stemmer = PorterStemmer()
        var checked = 0
        var mismatches: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "bad fixture line: \(line)")
            let stem = stemmer.stem(String(fields[0]))
            if stem != fields[1] { mismatches.append("\(fields[0]): expected \(fields[1]), got \(stem)") }
            checked += 1
        }
        #expect(checked == 4274)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
    }
}
