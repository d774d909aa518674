extension RGB {
    /// This colour moved `amount` (0…1) of the way towards `other`: for window chrome that sits between a theme's
    /// background and foreground.
    func mixed(with other: RGB, amount: Double) -> RGB {
        func channel(_ from: UInt8, _ to: UInt8) -> UInt32 {
            UInt32((Double(from) + (Double(to) - Double(from)) * amount).rounded())
        }
        return RGB(channel(red, other.red) << 16 | channel(green, other.green) << 8 | channel(blue, other.blue))
    }
}
