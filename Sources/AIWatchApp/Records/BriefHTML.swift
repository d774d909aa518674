import AIWatchData
import TerminalKit

/// A brief as one self-contained web page that prints on one or a few A4 or Letter pages: no script, no external
/// file, every footnote mark a link to its note and back. Text goes through `Markup.escape`.
public enum BriefHTML {
    /// The page of `brief`.
    public static func render(_ brief: Brief) -> String {
        var page = Page()
        page.line("<!DOCTYPE html>")
        page.line("<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        page.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        page.line("<title>\(escape(brief.title))</title>")
        page.line("<style>\(style)</style></head><body><main>")
        page.line("<h1>\(escape(brief.title))</h1>")
        if brief.isEmpty { page.line("<p class=\"empty\">The filter selects nothing to brief on.</p>") }
        if brief.showsBasis { page.line("<p class=\"legend muted\">\(escape(Brief.legend))</p>") }
        if !brief.figures.isEmpty {
            page.line("<section><h2>Headline figures</h2><ul class=\"figures\">")
            for figure in brief.figures {
                let details = [figure.share, figure.asOf.isEmpty ? "" : "as of " + figure.asOf, figure.attribution.map { "per " + $0 } ?? ""]
                    .filter { !$0.isEmpty }
                page.line("<li>\(escape(figure.label)): <strong>\(escape(figure.figure))</strong>"
                    + (details.isEmpty ? "" : " <span class=\"muted\">(\(escape(details.joined(separator: "; "))))</span>")
                    + page.marks(figure.notes) + "</li>")
            }
            page.line("</ul></section>")
        }
        if !brief.companies.isEmpty {
            page.line("<section><h2>Companies</h2>")
            for company in brief.companies {
                page.line("<article><h3>\(escape(company.name))</h3><p class=\"muted\">\(escape(company.kind))</p>")
                page.line("<p>\(escape(company.summary))\(page.marks(company.notes))</p>")
                if !company.products.isEmpty { page.line("<ul>" + company.products.map { "<li>\(escape($0))</li>" }.joined() + "</ul>") }
                page.line("</article>")
            }
            page.line("</section>")
        }
        if !brief.rules.isEmpty {
            page.line("<section><h2>Regulations</h2>")
            for rule in brief.rules {
                page.line("<article><h3>\(escape(rule.title))</h3><p class=\"muted\">\(escape(rule.facts))\(page.marks(rule.notes))</p><ul>")
                for requirement in rule.requirements { page.line("<li>Requires: \(escape(requirement))</li>") }
                if !rule.appliesTo.isEmpty { page.line("<li>Applies to: \(escape(rule.appliesTo))</li>") }
                if !rule.linked.isEmpty {
                    let items = rule.linked.map { "<li class=\"\($0.basis.word)\">\(escape($0.text))</li>" }.joined()
                    page.line("<li>Firms linked in the data:<ul>\(items)</ul></li>")
                }
                page.line("</ul></article>")
            }
            page.line("</section>")
        }
        if !brief.affected.isEmpty {
            let grid = brief.affected
            let legend = AffectedGrid.marks.map { $0.mark + " " + $0.meaning }.joined(separator: "; ")
            page.line("<section><h2>Who is affected</h2><p class=\"legend muted\">\(escape(legend))</p>")
            page.line("<table class=\"grid\"><thead><tr><th scope=\"col\">Rule</th>"
                + grid.columns.map { "<th scope=\"col\">\(escape($0.name))</th>" }.joined() + "</tr></thead><tbody>")
            for row in grid.rows {
                let cells = row.cells.map { "<td class=\"\($0?.word ?? "none")\">\(escape(BriefMarkdown.cellText($0)))</td>" }.joined()
                page.line("<tr><th scope=\"row\">\(escape(row.title))</th>\(cells)</tr>")
            }
            page.line("</tbody></table>")
            if grid.unlinked > 0 {
                page.line("<p class=\"muted\">\(grid.unlinked) more rule\(grid.unlinked == 1 ? " is" : "s are") linked to no organisation.</p>")
            }
            page.line("</section>")
        }
        if !brief.speakers.isEmpty {
            page.line("<section><h2>People</h2>")
            for speaker in brief.speakers {
                page.line("<article><h3>\(escape(speaker.name))</h3><p class=\"muted\">\(escape(speaker.role))\(page.marks(speaker.notes))</p>")
                for quote in speaker.quotes {
                    page.line("<blockquote>“\(escape(quote.text))”" + (quote.via.map { " <span class=\"muted\">(\(escape($0)))</span>" } ?? "")
                        + page.marks([quote.note]) + "</blockquote>")
                }
                page.line("</article>")
            }
            page.line("</section>")
        }
        if !brief.timeline.isEmpty {
            page.line("<section><h2>Timeline</h2><ul class=\"timeline\">")
            for moment in brief.timeline {
                page.line("<li><strong>\(escape(moment.date))</strong> <span class=\"muted\">\(escape(BriefMarkdown.dateNote(moment)))</span> "
                    + "\(escape(moment.title))\(page.marks(moment.notes))</li>")
            }
            page.line("</ul></section>")
        }
        if !brief.footnotes.isEmpty {
            page.line("<section class=\"notes\"><h2>Evidence</h2><ol>")
            for note in brief.footnotes {
                let source = note.url.flatMap(Brief.link).map { "<a href=\"\(escape($0))\">\(escape(note.citation))</a>" } ?? escape(note.citation)
                let back = page.firstMark[note.number].map { " <a class=\"back\" href=\"#\($0)\" aria-label=\"back to the text\">↩</a>" } ?? ""
                page.line("<li id=\"note-\(note.number)\">“\(escape(note.quote))” (\(source))\(back)</li>")
            }
            page.line("</ol></section>")
        }
        page.line("<footer><p>\(escape(brief.provenance.caption))</p><p>\(escape(brief.made))</p></footer>")
        page.line("</main></body></html>")
        return page.text
    }

    private static func escape(_ text: String) -> String { Markup.escape(text) }

    /// The page as it is written, and where each note is first cited, for its link back.
    private struct Page {
        var text = ""
        var firstMark: [Int: String] = [:]
        private var marksMade = 0

        mutating func line(_ html: String) { text += html + "\n" }

        /// Superscript links to notes `numbers`, each with an id of its own.
        mutating func marks(_ numbers: [Int]) -> String {
            guard !numbers.isEmpty else { return "" }
            return "<sup>" + numbers.map { number in
                marksMade += 1
                let id = "mark-\(marksMade)"
                if firstMark[number] == nil { firstMark[number] = id }
                return "<a id=\"\(id)\" href=\"#note-\(number)\">\(number)</a>"
            }.joined(separator: ",") + "</sup>"
        }
    }

    /// Screen and print styles: a readable column on screen; on paper, margins that fit A4 and Letter, black text,
    /// and no item split across pages. Latin fonts first, then Chinese fonts of simplified forms.
    private static let style = """
        :root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--rule:#d0d7de;--accent:#0b5cad}\
        body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
        "Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB",\
        "Microsoft YaHei",sans-serif}\
        main{max-width:46rem;margin:0 auto;padding:2rem 1.5rem}\
        h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.15rem;border-bottom:1px solid var(--rule);\
        padding-bottom:.2rem;margin:1.6rem 0 .6rem}h3{font-size:1rem;margin:.9rem 0 .1rem}\
        p{margin:.2rem 0}ul,ol{margin:.3rem 0;padding-left:1.3rem}.muted{color:var(--muted)}\
        blockquote{margin:.4rem 0 .4rem .2rem;padding-left:.8rem;border-left:3px solid var(--rule);font-style:italic}\
        sup{font-size:.72em;color:var(--muted);padding-left:.15em}sup a{color:var(--accent);text-decoration:none}\
        .notes{font-size:.85rem}.notes a{color:var(--accent)}.back{text-decoration:none}\
        table.grid{border-collapse:collapse;font-size:.8rem;margin:.4rem 0}\
        .grid th,.grid td{border:1px solid var(--rule);padding:.15rem .35rem;vertical-align:top}\
        .grid thead th{text-align:center}.grid tbody th{text-align:left;font-weight:normal}\
        .grid td{text-align:center;white-space:nowrap}.grid td.none{color:var(--muted)}\
        footer{margin-top:2rem;border-top:1px solid var(--rule);padding-top:.5rem;font-size:.8rem;color:var(--muted)}\
        @page{margin:16mm 15mm}\
        @media print{body{font-size:10.5pt}main{max-width:none;padding:0}article,li,blockquote{break-inside:avoid}\
        h2,h3{break-after:avoid}table.grid{break-inside:avoid}a{color:inherit}sup a{color:inherit}.back{display:none}}
        """
}
