import AIWatchData

/// Opening, following, leaving and moving through record details in an `AppState`, on the page the renderer
/// draws: both take their lines and height from `DetailView.page`. The stored position is where the keys left it;
/// the page brings it into range for the screen it is on, so a resize or a filter needs no second layout.
enum DetailNavigation {
    /// Opens `ref` as a new path, at its top.
    static func open(_ ref: RecordRef, state: inout AppState, catalog: Catalog) {
        state.detailPath = [ref]
        state.detailTrail = []
        state.detailPosition = DetailPosition()
    }

    /// Follows the highlighted link of the open detail, at the top of the record it leads to; `back` returns to
    /// where the link was.
    static func follow(state: inout AppState, catalog: Catalog) {
        guard let current = state.detailPath.last, let page = DetailView.page(state, catalog: catalog),
              let link = page.position.link else { return }
        let links = catalog.related(to: current)
        guard links.indices.contains(link) else { return }
        state.detailTrail.append(page.position)
        state.detailPath.append(links[link])
        state.detailPosition = DetailPosition()
    }

    /// One step back along the path: the previous detail as it was left, or no detail.
    static func back(state: inout AppState) {
        state.detailPath.removeLast()
        state.detailPosition = state.detailTrail.popLast() ?? DetailPosition()
    }

    /// Closes every detail.
    static func close(state: inout AppState) {
        state.detailPath = []
        state.detailTrail = []
        state.detailPosition = DetailPosition()
    }

    /// A movement key in the open detail.
    static func perform(_ action: Action, state: inout AppState, catalog: Catalog) {
        guard var page = DetailView.page(state, catalog: catalog) else { return }
        page.perform(action)
        state.detailPosition = page.position
    }

    /// Scrolls the open detail by `lines`.
    static func scroll(by lines: Int, state: inout AppState, catalog: Catalog) {
        guard var page = DetailView.page(state, catalog: catalog) else { return }
        page.scroll(by: lines)
        state.detailPosition = page.position
    }
}
