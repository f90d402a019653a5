/// The page's style sheet, script and legend: resource files of the module, embedded in the
/// code at build time, so that they work wherever the program is copied.
///
/// `ReportResources` is a caseless enum of static properties, so it is `Sendable`.
enum ReportResources {
    /// The CSS of `report.css`.
    static let styleSheet = String(decoding: PackageResources.report_css, as: UTF8.self)
    /// The JavaScript of `report.js`.
    static let script = String(decoding: PackageResources.report_js, as: UTF8.self)
    /// The HTML of `legend.html`.
    static let legend = String(decoding: PackageResources.legend_html, as: UTF8.self)
}
