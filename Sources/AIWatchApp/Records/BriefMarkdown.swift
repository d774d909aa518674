import AIWatchData
import TerminalKit

/// A brief as Markdown: a heading per section, footnotes as `[^n]`, and the provenance stamp at the end. Text
/// goes through `MarkdownExporter.escape`, so nothing in the data becomes markup.
public enum BriefMarkdown {
    /// The Markdown of `brief`.
    public static func render(_ brief: Brief) -> String {
        let e = MarkdownExporter.escape
        var lines = ["# " + e(brief.title), ""]
        if brief.isEmpty { lines += ["_The filter selects nothing to brief on._", ""] }
        if brief.showsBasis { lines += ["_\(e(Brief.legend))_", ""] }
        if !brief.figures.isEmpty {
            lines += ["## Headline figures", ""]
            for figure in brief.figures {
                let details = [figure.share, figure.asOf.isEmpty ? "" : "as of " + figure.asOf, figure.attribution.map { "per " + $0 } ?? ""]
                    .filter { !$0.isEmpty }.map(e)
                lines.append("- \(e(figure.label)): **\(e(figure.figure))**" + (details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")") + marks(figure.notes))
            }
            lines.append("")
        }
        if !brief.companies.isEmpty {
            lines += ["## Companies", ""]
            for company in brief.companies {
                lines += ["### " + e(company.name), "", "_\(e(company.kind))_", "", e(company.summary) + marks(company.notes), ""]
                if !company.products.isEmpty { lines += company.products.map { "- " + e($0) } + [""] }
            }
        }
        if !brief.rules.isEmpty {
            lines += ["## Regulations", ""]
            for rule in brief.rules {
                lines += ["### " + e(rule.title), "", "_\(e(rule.facts))_" + marks(rule.notes), ""]
                lines += rule.requirements.map { "- Requires: " + e($0) }
                if !rule.appliesTo.isEmpty { lines.append("- Applies to: " + e(rule.appliesTo)) }
                if !rule.linked.isEmpty {
                    lines.append("- Firms linked in the data:")
                    lines += rule.linked.map { "    - " + e($0.text) }  // four spaces: nested in CommonMark and in Markdown.pl alike
                }
                lines.append("")
            }
        }
        if !brief.affected.isEmpty { lines += grid(brief.affected) }
        if !brief.speakers.isEmpty {
            lines += ["## People", ""]
            for speaker in brief.speakers {
                lines += ["### " + e(speaker.name), "", "_\(e(speaker.role))_" + marks(speaker.notes), ""]
                for quote in speaker.quotes {
                    lines += ["> “\(e(quote.text))”" + (quote.via.map { " (\(e($0)))" } ?? "") + marks([quote.note]), ""]
                }
            }
        }
        if !brief.timeline.isEmpty {
            lines += ["## Timeline", ""]
            lines += brief.timeline.map { "- **\(e($0.date))** \(e(dateNote($0))): \(e($0.title))" + marks($0.notes) }
            lines.append("")
        }
        if !brief.footnotes.isEmpty {
            lines += ["## Evidence", ""]
            for note in brief.footnotes {
                let url = note.url.flatMap(Brief.link).map { " <\($0)>" } ?? ""
                lines.append("[^\(note.number)]: “\(e(note.quote))” (\(e(note.citation)))" + url)
            }
            lines.append("")
        }
        lines += ["---", "", MarkdownExporter.footer(brief.provenance), "", "_\(e(brief.made))_"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The who-is-affected grid as a table, a cell's mark always with its word, under its legend and a heading of
    /// `level`.
    static func grid(_ grid: AffectedGrid, level: String = "##") -> [String] {
        let e = MarkdownExporter.escape
        var lines = [level + " Who is affected", "", "_" + e(AffectedGrid.legend) + "_", ""]
        lines.append("| Rule | " + grid.columns.map { e($0.name) }.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: ":-:|", count: grid.columns.count))
        for row in grid.rows {
            lines.append("| " + e(row.title) + " | " + row.cells.map(cellText).joined(separator: " | ") + " |")
        }
        if grid.unlinked > 0 { lines += ["", "_\(grid.unlinked) more rule\(grid.unlinked == 1 ? " is" : "s are") linked to no organisation._"] }
        return lines + [""]
    }

    /// A grid cell in a brief: "● stated", "○ inferred" or "·".
    static func cellText(_ cell: Basis?) -> String { cell.map { String($0.marker) + " " + $0.word } ?? "·" }

    /// "(“Last month”, ○ inferred)": the article's words for the date and its basis, in words.
    static func dateNote(_ moment: Brief.Moment) -> String {
        "(" + (moment.phrase.map { "“" + $0 + "”, " } ?? "no date words, ") + String(moment.basis.marker) + " " + moment.basis.word + ")"
    }

    private static func marks(_ notes: [Int]) -> String {
        notes.map { "[^\($0)]" }.joined(separator: ",")
    }
}
