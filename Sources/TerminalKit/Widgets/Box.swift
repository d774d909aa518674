extension Screen {
    /// Draws a rounded box around `rect` with an optional title and a right-aligned note (e.g. `2/16`).
    /// Returns the inside.
    @discardableResult
    public mutating func box(_ rect: Rect, title: String = "", note: String = "", focused: Bool = false) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let role: Role = focused ? .focusBorder : .border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("╭" + horizontal + "╮", x: rect.x, y: rect.y, role: role)
        put("╰" + horizontal + "╯", x: rect.x, y: rect.maxY - 1, role: role)
        for y in rect.y + 1..<rect.maxY - 1 {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: rect.maxX - 1, y: y, role: role)
        }
        let top = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1)
        var noteX = rect.maxX - 2
        if !note.isEmpty && rect.width > 12 {
            let text = " " + note + " "
            noteX = rect.maxX - 2 - CellWidth.of(text)
            put(text, x: noteX, y: rect.y, role: focused ? .title : .muted, clip: top)
        }
        if !title.isEmpty {
            let room = Rect(x: top.x, y: top.y, width: max(0, noteX - top.x - 1), height: 1)
            put(" " + TextFit.truncate(title, to: max(0, room.width - 2)) + " ", x: room.x, y: room.y, role: focused ? .title : .header, clip: room)
        }
        return rect.inset(1)
    }
}
