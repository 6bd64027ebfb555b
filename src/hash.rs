//! A fast hasher for the crate's hot hash maps (words, stems, term-id
//! phrases, line keys).
//!
//! The standard library's SipHash resists deliberate collisions when its
//! keys are random, but on `wasm32-unknown-unknown` there is no randomness
//! and its keys are fixed, so it buys nothing there while costing a large
//! share of a summary's time. This hasher multiplies and folds eight bytes
//! at a time and mixes the result with the 64-bit finaliser of MurmurHash3
//! (Appleby), so that both the low bits (bucket) and the high bits
//! (hashbrown's tag) vary. Maps keep their iteration order out of every
//! result: only lookups depend on the hash. (A text crafted to collide can
//! slow a run down, as it can with fixed SipHash keys; it cannot change a
//! result.)

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Multiplier from the 64-bit golden ratio.
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// See the [module documentation](self).
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Builds [`FastHasher`]s.
pub type FastBuild = BuildHasherDefault<FastHasher>;

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, FastBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash + ?Sized>(t: &T) -> u64 {
        FastBuild::default().hash_one(t)
    }

    #[test]
    fn distinguishes_short_keys_and_spreads_bits() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "a\0",
            "abcdefgh",
            "abcdefghi",
            "abcdefgi",
        ];
        let hashes: HashSet<u64> = words.iter().map(|w| hash(*w)).collect();
        assert_eq!(hashes.len(), words.len());
        // consecutive integers differ in both the low and the high bits
        let lows: HashSet<u64> = (0u32..256).map(|i| hash(&i) & 0xff).collect();
        let highs: HashSet<u64> = (0u32..256).map(|i| hash(&i) >> 57).collect();
        assert!(
            lows.len() > 128 && highs.len() > 64,
            "{} {}",
            lows.len(),
            highs.len()
        );
        let mut m: FastMap<String, usize> = FastMap::default();
        for i in 0..10_000 {
            m.insert(format!("w{i}"), i);
        }
        assert!((0..10_000).all(|i| m[&format!("w{i}")] == i));
    }
}
