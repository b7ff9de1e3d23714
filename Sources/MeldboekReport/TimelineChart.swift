// The report's time line: incidents per month as bars stacked by kind, drawn as inline SVG.
import Foundation
import MeldboekCore
import MeldboekText

/// Draws incidents per month, stacked by kind, as a self-contained SVG element.
///
/// Every month from the first to the last dated incident gets a bar, empty ones
/// too, so quiet stretches and clusters show. Colours are the Okabe–Ito palette,
/// which stays distinguishable for the common kinds of colour blindness, and every
/// segment has a `<title>` naming month, kind and count for screen readers.
public struct TimelineChart: Sendable {
    /// The colour of each kind; `nil` is for entries with no kind given.
    public static func colour(_ category: Category?) -> String {
        switch category {
        case .sexualHarassment: "#CC79A7"
        case .aggression: "#D55E00"
        case .discrimination: "#0072B2"
        case .bullying: "#E69F00"
        case .integrity: "#009E73"
        case .other: "#56B4E9"
        case nil: "#999999"
        }
    }

    static let width = 760.0
    static let plotLeft = 44.0
    static let plotRight = 12.0
    static let plotTop = 12.0
    static let plotHeight = 200.0
    static let monthLabelHeight = 56.0
    static let legendRowHeight = 20.0

    let months: [JournalStatistics.MonthCount]
    let localizer: Localizer

    public init(months: [JournalStatistics.MonthCount], localizer: Localizer) {
        self.months = months
        self.localizer = localizer
    }

    /// The chart as an `<svg>` element, or nil when no incident has a date.
    public func svg() -> String? {
        guard !months.isEmpty else { return nil }
        let highest = months.map { $0.categories.reduce(0) { $0 + $1.count } }.max() ?? 0
        let step = Self.gridStep(highest)
        let top = max(step, Int((Double(highest) / Double(step)).rounded(.up)) * step)
        let plotWidth = Self.width - Self.plotLeft - Self.plotRight
        let slot = plotWidth / Double(months.count)
        let barWidth = max(1, slot * 0.75)
        let scale = Self.plotHeight / Double(top)
        let baseline = Self.plotTop + Self.plotHeight

        let kinds = (Category.allCases.map { Optional($0) } + [nil]).filter { kind in
            months.contains { $0.categories.contains { $0.category == kind } }
        }
        let legend = legendItems(kinds)
        let legendTop = baseline + Self.monthLabelHeight
        let height = legendTop + Double(legend.rows) * Self.legendRowHeight + 4

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 \(Self.number(Self.width)) \(Self.number(height))" \
            role="img" aria-labelledby="timeline-title" font-family="sans-serif" font-size="11">
            <title id="timeline-title">\(HTMLText.escape(localizer(.reportChartTitle)))</title>

            """
        // Grid lines and the count axis.
        for value in stride(from: 0, through: top, by: step) {
            let y = baseline - Double(value) * scale
            svg += """
                <line x1="\(Self.number(Self.plotLeft))" y1="\(Self.number(y))" x2="\(Self.number(Self.width - Self.plotRight))" \
                y2="\(Self.number(y))" stroke="\(value == 0 ? "#333333" : "#DDDDDD")" stroke-width="1"/>
                <text x="\(Self.number(Self.plotLeft - 6))" y="\(Self.number(y + 4))" text-anchor="end" fill="#333333">\(value)</text>

                """
        }
        // The bars, bottom up in kind order.
        let labelEvery = max(1, Int((Double(months.count) / 24).rounded(.up)))
        for (index, month) in months.enumerated() {
            let x = Self.plotLeft + Double(index) * slot + (slot - barWidth) / 2
            var y = baseline
            for part in month.categories {
                let h = Double(part.count) * scale
                y -= h
                let label = "\(month.iso) · \(localizer.kind(part.category)): \(part.count)"
                svg += """
                    <rect x="\(Self.number(x))" y="\(Self.number(y))" width="\(Self.number(barWidth))" height="\(Self.number(h))" \
                    fill="\(Self.colour(part.category))"><title>\(HTMLText.escape(label))</title></rect>

                    """
            }
            if index % labelEvery == 0 {
                let cx = x + barWidth / 2
                svg += """
                    <text x="\(Self.number(cx))" y="\(Self.number(baseline + 12))" text-anchor="end" fill="#333333" \
                    transform="rotate(-45 \(Self.number(cx)) \(Self.number(baseline + 12)))">\(month.iso)</text>

                    """
            }
        }
        for item in legend.items {
            svg += """
                <rect x="\(Self.number(item.x))" y="\(Self.number(legendTop + item.y))" width="12" height="12" fill="\(Self.colour(item.kind))"/>
                <text x="\(Self.number(item.x + 16))" y="\(Self.number(legendTop + item.y + 10))" fill="#333333">\(HTMLText.escape(localizer.kind(item.kind)))</text>

                """
        }
        return svg + "</svg>"
    }

    /// Legend squares placed in rows across the chart's width; text width is estimated at 6.5 points per character.
    private func legendItems(_ kinds: [Category?]) -> (items: [(kind: Category?, x: Double, y: Double)], rows: Int) {
        var items: [(kind: Category?, x: Double, y: Double)] = []
        var x = Self.plotLeft
        var row = 0
        for kind in kinds {
            let itemWidth = 16 + Double(localizer.kind(kind).count) * 6.5 + 18
            if x + itemWidth > Self.width - Self.plotRight, x > Self.plotLeft {
                row += 1
                x = Self.plotLeft
            }
            items.append((kind, x, Double(row) * Self.legendRowHeight))
            x += itemWidth
        }
        return (items, kinds.isEmpty ? 0 : row + 1)
    }

    /// The distance between grid lines: 1, 2 or 5 times a power of ten, for about five lines up to `highest`.
    static func gridStep(_ highest: Int) -> Int {
        let rough = max(1, Double(highest) / 5)
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        return max(1, Int(step))
    }

    /// A coordinate with at most one decimal, the same in every locale.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
