// A report as one self-contained HTML file: inline CSS and SVG, no scripts, fonts or images from elsewhere.
import Foundation
import MeldboekCore
import MeldboekText

/// Text made safe to put between HTML tags or in a quoted attribute.
enum HTMLText {
    /// Control characters and bidi overrides are first shown as `<U+XXXX>` (``OutsideText``), line feeds and tabs kept.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in OutsideText.lines(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// Renders a ``Report`` as a single HTML document that reads in any browser and prints to PDF.
///
/// Nothing is loaded from anywhere: the style sheet and the time line are inline,
/// there are no scripts, and the fonts are the reader's own. When printed, an entry
/// is kept on one page where it fits (`break-inside: avoid`), and the entries start
/// on a new page after the overview.
public struct ReportHTML: Sendable {
    let report: Report

    public init(_ report: Report) {
        self.report = report
    }

    static let styleSheet = """
        body { font-family: system-ui, sans-serif; line-height: 1.45; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #cccccc; padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin: 0 0 0.4rem 0; }
        h4 { font-size: 0.95rem; margin: 0.8rem 0 0.2rem 0; }
        .meta { color: #444444; margin: 0.1rem 0; }
        .confidential { font-weight: bold; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem 0; font-size: 0.92rem; }
        th, td { border: 1px solid #cccccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.number { text-align: right; }
        .repeated { font-weight: bold; color: #a33000; }
        figure { margin: 1rem 0; }
        figcaption { color: #444444; font-size: 0.92rem; }
        .timeline { width: 100%; height: auto; }
        .entry { border: 1px solid #cccccc; border-radius: 4px; padding: 0.8rem 1rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
        .entry dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.4rem 0; }
        .entry dt { font-weight: bold; }
        .entry dd { margin: 0; }
        .text { white-space: pre-wrap; margin: 0.2rem 0 0.6rem 0; }
        .hash { font-family: ui-monospace, monospace; font-size: 0.8rem; word-break: break-all; }
        .source { color: #444444; font-style: italic; }
        .entries { break-before: page; page-break-before: always; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          table, tr, .timeline { break-inside: avoid; page-break-inside: avoid; }
        }
        """

    /// The whole document.
    public func render() -> String {
        let l = report.localizer
        let title = report.caseSummary.map { l(.reportCaseTitle($0.name)) } ?? l(.reportTitle)
        var html = """
            <!DOCTYPE html>
            <html lang="\(l.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="meldboek">
            <title>\(e(title))</title>
            <style>
            \(Self.styleSheet)
            </style>
            </head>
            <body>
            <header>
            <h1>\(e(title))</h1>
            <p class="meta confidential">\(e(l(.reportConfidential)))</p>
            <p class="meta">\(e(l(.reportMadeAt(report.text.moment(report.generatedAt)))))</p>

            """
        html += header()
        html += "</header>\n"
        html += overview()
        html += entries()
        html += "</body>\n</html>\n"
        return html
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    private func header() -> String {
        let l = report.localizer
        var html = "<p class=\"meta\">\(e(l(.reportEntryCount(report.entries.count))))</p>\n"
        if let period = report.period { html += "<p class=\"meta\">\(e(period))</p>\n" }
        if !report.redactions.isEmpty {
            html += "<p class=\"meta\">\(e(l(.previewRedacted(report.redactions))))</p>\n"
        }
        if let summary = report.caseSummary {
            html += "<p class=\"meta\">\(e(l(.reportSenderKey))): <span class=\"hash\">"
                + summary.fingerprints.map(e).joined(separator: ", ") + "</span></p>\n"
            html += "<h2>\(e(l(.reportBundlesTitle)))</h2>\n<table>\n<tr><th>\(e(l(.reportColumnBundle)))</th>"
                + "<th>\(e(l(.reportColumnMade)))</th><th>\(e(l(.reportColumnReceived)))</th><th>SHA-256</th></tr>\n"
            for bundle in summary.bundles {
                html += "<tr><td class=\"hash\">\(e(bundle.bundleId))</td><td>\(e(report.text.moment(bundle.createdAt)))</td>"
                    + "<td>\(e(report.text.moment(bundle.importedAt)))</td><td class=\"hash\">\(e(bundle.bundleSha256))</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html
    }

    private func overview() -> String {
        let l = report.localizer
        let statistics = report.statistics
        var html = "<section class=\"overview\">\n<h2>\(e(l(.reportOverview)))</h2>\n"
        html += "<figure>\n"
        if let chart = TimelineChart(months: statistics.months, localizer: l).svg() {
            html += chart + "\n<figcaption>\(e(l(.reportChartTitle))). \(e(l(.reportChartNote)))"
            if statistics.undated > 0 { html += " \(e(l(.reportUndated(statistics.undated))))" }
            html += "</figcaption>\n"
        } else {
            html += "<p>\(e(l(.reportNoChart)))</p>\n"
        }
        html += "</figure>\n"

        html += "<h3>\(e(l(.statsPerKind)))</h3>\n<table>\n<tr><th>\(e(l(.reportColumnKind)))</th>"
            + "<th>\(e(l(.reportColumnCount)))</th></tr>\n"
        for kind in statistics.categories {
            html += "<tr><td>\(e(report.localizer.kind(kind.category)))</td><td class=\"number\">\(kind.count)</td></tr>\n"
        }
        html += "</table>\n"
        for line in StatisticsText(report.text, calendar: report.calendar).timeLines(statistics) {
            html += "<p>\(e(line))</p>\n"
        }

        html += "<h3>\(e(l(.reportPeopleTitle)))</h3>\n"
        if statistics.people.isEmpty {
            html += "<p>-</p>\n"
        } else {
            html += "<table class=\"people\">\n<tr><th>\(e(l(.reportColumnWho)))</th><th>\(e(l(.reportColumnRole)))</th>"
                + "<th>\(e(l(.reportColumnCount)))</th><th>\(e(l(.reportColumnFirst)))</th>"
                + "<th>\(e(l(.reportColumnLast)))</th></tr>\n"
            for person in statistics.people {
                let marker = person.isRepeated ? " <span class=\"repeated\">(\(e(l(.reportRepeated))))</span>" : ""
                let role = report.text.roles(person.roles, words: person.roleWords)
                html += "<tr><td>\(e(person.name))\(marker)</td><td>\(e(role))</td>"
                    + "<td class=\"number\">\(person.count)</td><td>\(person.first.map(report.when) ?? "-")</td>"
                    + "<td>\(person.last.map(report.when) ?? "-")</td></tr>\n"
            }
            html += "</table>\n<p class=\"meta\">\(e(l(.reportRepeatedNote(JournalStatistics.repeatedPatternThreshold))))</p>\n"
        }
        return html + "</section>\n"
    }

    private func entries() -> String {
        let l = report.localizer
        var html = "<section class=\"entries\">\n<h2>\(e(l(.reportEntriesTitle)))</h2>\n"
        if report.entries.isEmpty { html += "<p>\(e(l(.noEntries)))</p>\n" }
        for entry in report.entries {
            html += article(entry)
        }
        return html + "</section>\n"
    }

    private func article(_ entry: ReportEntry) -> String {
        let l = report.localizer
        let fields = entry.current
        var html = "<article class=\"entry\" id=\"entry-\(e(entry.id))\">\n<h3>\(e(fields.title))</h3>\n<dl>\n"
        func row(_ label: String, _ value: String, raw: Bool = false) {
            html += "<dt>\(e(label))</dt><dd>\(raw ? value : e(value))</dd>\n"
        }
        row(l(.labelEntry), "<span class=\"hash\">\(e(entry.id))</span>", raw: true)
        row(l(.reportHappened), report.text.when(fields))
        row(l(.labelRecorded), report.recorded(entry))
        if entry.keepsLog { row(l(.logLabelCommitted), report.committed(entry.versions[0])) }
        for (label, value) in report.text.fieldLines(fields).dropFirst() { row(label, value) }
        if let source = entry.versions.last?.source {
            row(l(.reportColumnBundle), report.origin(source))
        }
        html += "</dl>\n"
        for (label, text) in report.text.paragraphs(fields) {
            html += "<h4>\(e(label))</h4>\n<p class=\"text\">\(e(text))</p>\n"
        }
        if !entry.attachments.isEmpty {
            html += "<h4>\(e(l(.labelAttachments)))</h4>\n<table>\n<tr><th>\(e(l(.reportColumnName)))</th>"
                + "<th>\(e(l(.reportColumnSize)))</th><th>SHA-256</th></tr>\n"
            for attachment in entry.attachments {
                var name = e(attachment.name)
                if let source = attachment.source {
                    name += "<br><span class=\"source\">\(e(report.origin(source)))</span>"
                }
                html += "<tr><td>\(name)</td><td class=\"number\">\(e(l(.reportBytes(attachment.size))))</td>"
                    + "<td class=\"hash\">\(e(attachment.sha256))</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += history(entry)
        return html + "</article>\n"
    }

    /// Every version with when it was recorded and what it changed, and the earlier text of what changed.
    private func history(_ entry: ReportEntry) -> String {
        let l = report.localizer
        var html = "<h4>\(e(l(.reportHistory)))</h4>\n<table>\n<tr><th>\(e(l(.reportColumnVersion)))</th>"
            + "<th>\(e(l(.labelRecorded)))</th><th>\(e(l(.reportColumnChanges)))</th></tr>\n"
        for (index, version) in entry.versions.enumerated() {
            var changes = e(report.changeSummary(entry, at: index))
            if let source = version.source {
                changes += "<br><span class=\"source\">\(e(report.origin(source)))</span>"
            }
            if entry.keepsLog {
                changes += "<br><span class=\"source\">\(e(l(.logLabelCommitted))): \(e(report.committed(version)))</span>"
            }
            html += "<tr><td class=\"number\">\(version.number)</td><td>\(e(report.text.moment(version.recordedAt)))</td>"
                + "<td>\(changes)</td></tr>\n"
        }
        html += "</table>\n"
        for (index, version) in entry.versions.enumerated().dropFirst() {
            let earlier = report.changes(from: entry.versions[index - 1].fields, to: version.fields)
            guard !earlier.isEmpty else { continue }
            html += "<p class=\"meta\"><em>\(e(l(.reportEarlier(version.number))))</em></p>\n<dl>\n"
            for (label, value) in earlier {
                html += "<dt>\(e(label))</dt><dd class=\"text\">\(e(value))</dd>\n"
            }
            html += "</dl>\n"
        }
        return html
    }
}
