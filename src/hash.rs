//! A fast hasher and the crate's one hash table, [`Interner`], for its hot
//! lookups (words, stems, term-id phrases, line keys).
//!
//! The standard library's SipHash resists deliberate collisions when its
//! keys are random, but on `wasm32-unknown-unknown` there is no randomness
//! and its keys are fixed, so it buys nothing there while costing a large
//! share of a summary's time. This hasher multiplies and folds eight bytes
//! at a time and mixes the result with the 64-bit finaliser of MurmurHash3
//! (Appleby), so that both the low bits (slot) and the high bits vary.
//! Tables keep their layout out of every result: ids are given in order of
//! first appearance, and only lookups depend on the hash. (A text crafted to
//! collide can slow a run down, as it can with fixed SipHash keys; it cannot
//! change a result.)
//!
//! Every map of the crate is an [`Interner`] (keys as bytes, dense ids)
//! with the values in plain vectors indexed by id: one table compiled once,
//! where `HashMap`s of a dozen key and value types would each bring their
//! own copy of the table code into the WebAssembly build.

/// Multiplier from the 64-bit golden ratio.
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash of `bytes`: see the [module documentation](self).
fn hash_bytes(bytes: &[u8]) -> u64 {
    let add = |h: u64, word: u64| (h.rotate_left(23) ^ word).wrapping_mul(K);
    let mut h = 0;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = add(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // the last bytes as a little-endian number, and how many there are
        let last = rest
            .iter()
            .rev()
            .fold(0u64, |word, &b| word << 8 | u64::from(b));
        h = add(h, last ^ ((rest.len() as u64) << 59));
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Interns byte strings as dense ids: 0, 1, 2, … in order of first
/// appearance. An open-addressing table (linear probing, at most half full)
/// of ids and hashes, over the keys stored end to end.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    /// The keys, end to end.
    bytes: Vec<u8>,
    /// Where key `id` ends in `bytes` (it starts where key `id - 1` ends).
    ends: Vec<usize>,
    /// Per slot, 0 when empty, else the low 32 bits of the key's hash in the
    /// high half and `id + 1` in the low half; the length is 0 or a power of
    /// two.
    slots: Vec<u64>,
}

impl Interner {
    /// Number of keys.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The key of `id` (an id this interner gave).
    pub fn key(&self, id: u32) -> &[u8] {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.bytes[start..self.ends[id]]
    }

    /// The slot holding `key`, or the empty slot where it would go, and its id.
    fn find(&self, key: &[u8], hash: u32) -> (usize, Option<u32>) {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return (i, None);
            }
            let id = slot as u32 - 1;
            if (slot >> 32) as u32 == hash && self.key(id) == key {
                return (i, Some(id));
            }
            i = (i + 1) & mask;
        }
    }

    /// The id of `key`, if it was interned.
    pub fn get(&self, key: &[u8]) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.find(key, hash_bytes(key) as u32).1
    }

    /// The id of `key`, interning it if it is new; and whether it was new.
    pub fn intern(&mut self, key: &[u8]) -> (u32, bool) {
        if self.slots.len() < 2 * (self.len() + 1) {
            self.grow();
        }
        let hash = hash_bytes(key) as u32;
        let (slot, found) = self.find(key, hash);
        if let Some(id) = found {
            return (id, false);
        }
        let id = self.len() as u32;
        self.bytes.extend_from_slice(key);
        self.ends.push(self.bytes.len());
        self.slots[slot] = u64::from(hash) << 32 | u64::from(id + 1);
        (id, true)
    }

    /// Doubles the table and puts every key back.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let mask = size - 1;
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        for slot in old.into_iter().filter(|&s| s != 0) {
            let mut i = (slot >> 32) as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn hash(t: &str) -> u64 {
        hash_bytes(t.as_bytes())
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
        let hashes: HashSet<u64> = words.iter().map(|w| hash(w)).collect();
        assert_eq!(hashes.len(), words.len());
        // consecutive integers differ in both the low and the high bits
        let ints = |i: u32| hash_bytes(&i.to_le_bytes());
        let lows: HashSet<u64> = (0u32..256).map(|i| ints(i) & 0xff).collect();
        let highs: HashSet<u64> = (0u32..256).map(|i| ints(i) >> 57).collect();
        assert!(
            lows.len() > 128 && highs.len() > 64,
            "{} {}",
            lows.len(),
            highs.len()
        );
    }

    #[test]
    fn interns_in_order_of_first_appearance() {
        let mut m = Interner::default();
        assert_eq!(m.get(b"w0"), None);
        assert!(m.is_empty());
        for i in 0..10_000 {
            assert_eq!(m.intern(format!("w{i}").as_bytes()), (i, true));
        }
        assert_eq!(m.intern(b""), (10_000, true));
        assert_eq!(m.intern(b"w7"), (7, false));
        assert_eq!(m.len(), 10_001);
        assert!((0..10_000).all(|i| m.get(format!("w{i}").as_bytes()) == Some(i)));
        assert_eq!(m.key(123), b"w123");
        assert_eq!(m.key(10_000), b"");
        assert_eq!(m.get(b"w10000"), None);
    }
}
