/// English abbreviations written with a final period, without the period: `Inc`, `Ltd`,
/// `U.S`, `a.m`, `Calif`, `No`, `Vol`, ...
///
/// Read by the sentence segmenter, which ends a sentence after one of these only when a
/// sentence starter follows, and by the word tokenizer, which keeps their period in the
/// token. Titles before a name (`Mr.`, `Gen.`) are ``TitleWords``; month abbreviations are
/// ``CalendarWords``.
enum Abbreviations {
    /// Abbreviations that may also end a sentence (`... of Acme Inc. The company said`).
    static let mayEndSentence: [String] = [
        "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Plc", "LLC", "Jr", "Sr", "St", "Ste", "Mt", "Ft", "Ave", "Blvd",
        "Rd", "Sq", "Dept", "Univ", "Assn", "Est", "Intl", "Natl", "Govt", "vs", "v", "approx", "cf", "al", "ca",
        "incl", "dept", "est", "vol", "vols", "pp", "Ph.D", "e.g", "i.e", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U",
        "D.C", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Neb", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo", "Vol", "Fig", "Figs", "Art", "Sec", "Ch", "Ed", "Eds", "Ref", "Tel", "Ext",
    ]

    /// Abbreviations that stand before a number (`No. 10`, `pp. 4-5`, `Art. 5`, `N°. 12`): the
    /// period never ends a sentence there.
    static let beforeNumbers: [String] = [
        "No", "no", "Nos", "nos", "Vol", "vol", "pp", "p", "Fig", "fig", "Art", "art", "Sec", "sec", "Ch", "ch", "Ref",
        "ref", "Tel", "tel", "ext", "Ext", "Nr", "nr", "Pt", "pt", "Rd", "N°", "Nº", "№",
    ]
}
