/// The English names of months and weekdays, written once for every stage that reads dates.
///
/// Each list is as news writes the words: capitalized, with the abbreviations that take a
/// period (`Sept.`) listed without it. A stage derives what it needs from these lists (a
/// lower-cased set, a packed table, the month numbers) and documents any word it leaves out,
/// such as `May`, which is also a name.
enum CalendarWords {
    /// The twelve month names, January first.
    static let months: [String] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The abbreviations of month names, without a period.
    ///
    /// `May` has none; `Sept` and `Sep` both stand for September.
    static let monthAbbreviations: [String] = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// The seven weekday names, Monday first.
    static let weekdays: [String] = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
}
