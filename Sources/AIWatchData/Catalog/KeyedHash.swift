/// A keyed multiply-and-fold hash of bytes, eight at a time (the construction of wyhash). The key is random per
/// process, as `Dictionary`'s is, so a data file cannot be written to make its text collide.
enum KeyedHash {
    private static let seed = UInt64.random(in: .min ... .max)

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
            let product = a.multipliedFullWidth(by: b)
            return product.high ^ product.low
        }
        var state = mix(seed ^ 0xA076_1D64_78BD_642F, UInt64(bytes.count) ^ 0xE703_7ED1_A0B4_28DB)
        var offset = 0
        while offset < bytes.count {
            var word: UInt64 = 0
            if offset + 8 <= bytes.count {
                word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
            } else {
                for i in offset..<bytes.count { word |= UInt64(bytes[i]) << (8 * UInt64(i - offset)) }
            }
            state = mix(state ^ word ^ 0x8EBC_6AF0_9C88_C6E3, state ^ 0x5899_65CC_7537_4CC3)
            offset += 8
        }
        return mix(state, seed ^ 0x1D8E_4E27_C47D_124F)
    }
}
