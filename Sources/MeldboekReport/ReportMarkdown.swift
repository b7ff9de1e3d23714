// A report as Markdown: the same content as the HTML one, with the time line as a table.
import Foundation
import MeldboekCore
import MeldboekText

/// Renders a ``Report`` as CommonMark.
///
/// Markdown has no place for a chart every viewer shows, so the time line is a
/// table of months. The melder's text is escaped with ``Markdown``, the writer the
/// export uses too, so a `#`, `*` or `<` they typed shows as written instead of
/// becoming a heading, emphasis or HTML.
public struct ReportMarkdown: Sendable {
    let report: Report

    public init(_ report: Report) {
        self.report = report
    }

    /// The whole document.
    public func render() -> String {
        let l = report.localizer
        let md = Markdown.escape
        let title = report.caseSummary.map { l(.reportCaseTitle($0.name)) } ?? l(.reportTitle)
        var out = "# \(md(title))\n\n**\(md(l(.reportConfidential)))**\n\n"
        out += "\(md(l(.reportMadeAt(report.text.moment(report.generatedAt)))))  \n"
        out += "\(md(l(.reportEntryCount(report.entries.count))))  \n"
        if let period = report.period { out += md(period) + "  \n" }
        if !report.redactions.isEmpty {
            out += md(l(.previewRedacted(report.redactions))) + "  \n"
        }
        if let summary = report.caseSummary {
            out += "\(md(l(.reportSenderKey))): `\(summary.fingerprints.joined(separator: "`, `"))`\n"
            out += "\n## \(md(l(.reportBundlesTitle)))\n\n"
            out += table([l(.reportColumnBundle), l(.reportColumnMade), l(.reportColumnReceived), "SHA-256"],
                         summary.bundles.map {
                             [$0.bundleId, report.text.moment($0.createdAt), report.text.moment($0.importedAt), $0.bundleSha256]
                         })
        }
        out += overview()
        out += "\n## \(md(l(.reportEntriesTitle)))\n"
        if report.entries.isEmpty { out += "\n\(md(l(.noEntries)))\n" }
        for entry in report.entries { out += section(entry) }
        return out
    }

    private func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.map(Markdown.escape).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows { out += "| " + row.map(Markdown.escape).joined(separator: " | ") + " |\n" }
        return out
    }

    private func overview() -> String {
        let l = report.localizer
        let statistics = report.statistics
        var out = "\n## \(Markdown.escape(l(.reportOverview)))\n\n### \(Markdown.escape(l(.reportChartTitle)))\n\n"
        if statistics.months.isEmpty {
            out += Markdown.escape(l(.reportNoChart)) + "\n"
        } else {
            out += table([l(.reportColumnMonth), l(.reportColumnCount), l(.reportColumnKind)], statistics.months.map { month in
                [month.iso, String(month.count),
                 month.categories.map { "\(l.kind($0.category)) \($0.count)" }.joined(separator: ", ")]
            })
            out += "\n" + Markdown.escape(l(.reportChartNote))
            if statistics.undated > 0 { out += " " + Markdown.escape(l(.reportUndated(statistics.undated))) }
            out += "\n"
        }
        out += "\n### \(Markdown.escape(l(.statsPerKind)))\n\n"
        out += table([l(.reportColumnKind), l(.reportColumnCount)],
                     statistics.categories.map { [l.kind($0.category), String($0.count)] })
        let lines = StatisticsText(report.text, calendar: report.calendar).timeLines(statistics)
        if !lines.isEmpty { out += "\n" + lines.map(Markdown.escape).joined(separator: "  \n") + "\n" }
        out += "\n### \(Markdown.escape(l(.reportPeopleTitle)))\n\n"
        if statistics.people.isEmpty { return out + "-\n" }
        out += table(
            [l(.reportColumnWho), l(.reportColumnRole), l(.reportColumnCount), l(.reportColumnFirst), l(.reportColumnLast)],
            statistics.people.map { person in
                [person.name + (person.isRepeated ? " (\(l(.reportRepeated)))" : ""),
                 report.text.roles(person.roles, words: person.roleWords),
                 String(person.count), person.first.map(report.when) ?? "-", person.last.map(report.when) ?? "-"]
            })
        return out + "\n" + Markdown.escape(l(.reportRepeatedNote(JournalStatistics.repeatedPatternThreshold))) + "\n"
    }

    private func section(_ entry: ReportEntry) -> String {
        let l = report.localizer
        let md = Markdown.escape
        let fields = entry.current
        var out = "\n### \(md(fields.title))\n\n"
        out += "- \(md(l(.labelEntry))): `\(entry.id)`\n"
        out += "- \(md(l(.reportHappened))): \(md(report.text.when(fields)))\n"
        out += "- \(md(l(.labelRecorded))): \(md(report.recorded(entry)))\n"
        if entry.keepsLog { out += "- \(md(l(.logLabelCommitted))): \(md(report.committed(entry.versions[0])))\n" }
        for (label, value) in report.text.fieldLines(fields).dropFirst() { out += "- \(md(label)): \(md(value))\n" }
        if let source = entry.versions.last?.source {
            out += "- \(md(l(.reportColumnBundle))): \(md(report.origin(source)))\n"
        }
        for (label, text) in report.text.paragraphs(fields) { out += "\n**\(md(label))**\n\n" + Markdown.quote(text) }
        if !entry.attachments.isEmpty {
            out += "\n**\(md(l(.labelAttachments)))**\n\n"
            out += table([l(.reportColumnName), l(.reportColumnSize), "SHA-256"], entry.attachments.map { attachment in
                var name = attachment.name
                if let source = attachment.source { name += " (" + report.origin(source) + ")" }
                return [name, l(.reportBytes(attachment.size)), attachment.sha256]
            })
        }
        out += "\n**\(md(l(.reportHistory)))**\n\n"
        out += table([l(.reportColumnVersion), l(.labelRecorded), l(.reportColumnChanges)],
                     entry.versions.enumerated().map { index, version in
                         var change = report.changeSummary(entry, at: index)
                         if let source = version.source { change += "; " + report.origin(source) }
                         if entry.keepsLog { change += "; " + l(.logLabelCommitted) + ": " + report.committed(version) }
                         return [String(version.number), report.text.moment(version.recordedAt), change]
                     })
        for (index, version) in entry.versions.enumerated().dropFirst() {
            let earlier = report.changes(from: entry.versions[index - 1].fields, to: version.fields)
            guard !earlier.isEmpty else { continue }
            out += "\n_\(md(l(.reportEarlier(version.number))))_\n"
            for (label, value) in earlier { out += "\n\(md(label)):\n\n" + Markdown.quote(value) }
        }
        return out
    }
}
