//! [`Interner`]: strings as dense ids, and the crate's hash maps.
//!
//! Words, stems, line keys and phrases are interned to ids 0, 1, 2, … in
//! order of first appearance, and everything known about them lives in
//! plain vectors indexed by id. The table is hashbrown's [`HashTable`] of
//! ids, hashed with rustc-hash's FxHasher; the keys are stored end to end in
//! one string. The hasher is fixed (WebAssembly has no source of
//! randomness, and none is needed): ids follow first appearance, so no
//! result ever depends on the hash, only the speed of lookups does. FxHasher
//! costs one 64-bit multiply a word where foldhash, used before, needs a
//! 128-bit product, a library call in WebAssembly: the news article of the
//! benchmark 1.17 → 1.14 ms in Chromium, and 1.2 KB less gzipped wasm with
//! the page module's stopword sets on it too. [`Map`] and [`Set`] are
//! hashbrown's with the same hasher, for keys that are not strings.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// A hash map with the crate's hasher (see the [module documentation](self)).
pub(crate) type Map<K, V> = hashbrown::HashMap<K, V, FxBuildHasher>;

/// A hash set with the crate's hasher.
pub(crate) type Set<K> = hashbrown::HashSet<K, FxBuildHasher>;

/// Interns strings as dense ids (see the [module documentation](self)).
#[derive(Debug, Clone, Default)]
pub(crate) struct Interner {
    /// The keys, end to end.
    keys: String,
    /// Where key `id` ends in `keys` (it starts where key `id - 1` ends).
    ends: Vec<usize>,
    /// The ids, by the hash of their key.
    table: HashTable<u32>,
}

impl Interner {
    /// Number of keys.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The key of `id` (an id this interner gave; `""` for any other).
    pub(crate) fn key(&self, id: u32) -> &str {
        key_of(&self.keys, &self.ends, id)
    }

    /// The id of `key`, if it was interned.
    pub(crate) fn get(&self, key: &str) -> Option<u32> {
        let hash = FxBuildHasher.hash_one(key);
        self.table.find(hash, |&id| self.key(id) == key).copied()
    }

    /// The id of `key`, interning it if it is new; and whether it was new.
    pub(crate) fn intern(&mut self, key: &str) -> (u32, bool) {
        let hash = FxBuildHasher.hash_one(key);
        if let Some(&id) = self.table.find(hash, |&id| self.key(id) == key) {
            return (id, false);
        }
        let id = u32::try_from(self.ends.len()).unwrap_or(u32::MAX);
        self.keys.push_str(key);
        self.ends.push(self.keys.len());
        let Interner { keys, ends, table } = self;
        let hasher = FxBuildHasher;
        table.insert_unique(hash, id, |&id| hasher.hash_one(key_of(keys, ends, id)));
        (id, true)
    }
}

/// Key `id` of the keys stored end to end in `keys`, ending at `ends`.
fn key_of<'a>(keys: &'a str, ends: &[usize], id: u32) -> &'a str {
    let id = id as usize;
    let end = ends.get(id).copied().unwrap_or(0);
    let start = id
        .checked_sub(1)
        .and_then(|i| ends.get(i))
        .copied()
        .unwrap_or(0);
    keys.get(start..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_in_order_of_first_appearance() {
        let mut m = Interner::default();
        assert_eq!(m.get("w0"), None);
        assert_eq!(m.len(), 0);
        for i in 0..10_000 {
            assert_eq!(m.intern(&format!("w{i}")), (i, true));
        }
        assert_eq!(m.intern(""), (10_000, true));
        assert_eq!(m.intern("w7"), (7, false));
        assert_eq!(m.len(), 10_001);
        assert!((0..10_000).all(|i| m.get(&format!("w{i}")) == Some(i)));
        assert_eq!(m.key(123), "w123");
        assert_eq!(m.key(10_000), "");
        assert_eq!(m.key(99_999), "");
        assert_eq!(m.get("w10000"), None);
    }
}
