//! The crate's one sort.
//!
//! Every sort of the crate goes through [`sort`], which orders `u128` keys:
//! values are widened to `u128`, and orders on several fields are packed into
//! one key (the major field in the high 64 bits, the minor one, often the
//! item's index as the tie-break, in the low 64 bits). The standard
//! library's sorts are generic: each element type and comparator compiles to
//! its own copy of a few kilobytes, which the WebAssembly build cannot
//! afford a dozen times. This is an introsort: quicksort with a
//! median-of-three pivot and Hoare partitioning (which splits runs of equal
//! keys evenly), insertion sort for short slices, and heapsort when the
//! recursion gets deeper than `2·log2(n)`, so it is O(n log n) on any input.
//! Keys are distinct or indistinguishable, so stability never matters.

/// Slices this short are insertion-sorted.
const SMALL: usize = 16;

/// Sorts `v` in ascending order.
pub(crate) fn sort(v: &mut [u128]) {
    let depth = 2 * (usize::BITS - v.len().leading_zeros());
    introsort(v, depth);
}

/// The `k + 1` least keys of `v` (`k < v.len()`) moved to `v[..=k]`, in no
/// particular order, and the greatest of them returned: quickselect, in
/// linear time on average, falling back to [`sort`] after `2·log2(n)`
/// unlucky partitions.
pub(crate) fn select(mut v: &mut [u128], mut k: usize) -> u128 {
    let mut depth = 2 * (usize::BITS - v.len().leading_zeros());
    while v.len() > SMALL {
        if depth == 0 {
            break;
        }
        depth -= 1;
        let j = partition(v);
        let (left, right) = v.split_at_mut(j + 1);
        if k <= j {
            v = left;
        } else {
            k -= j + 1;
            v = right;
        }
    }
    sort(v);
    v[k]
}

/// Partitions `v` (at least 3 keys) around the median of its first, middle
/// and last keys: returns `j` with `v[..=j] <= pivot <= v[j + 1..]`, both
/// sides non-empty (Hoare's scheme).
fn partition(v: &mut [u128]) -> usize {
    let n = v.len();
    let mid = (n - 1) / 2;
    if v[mid] < v[0] {
        v.swap(mid, 0);
    }
    if v[n - 1] < v[mid] {
        v.swap(n - 1, mid);
        if v[mid] < v[0] {
            v.swap(mid, 0);
        }
    }
    let pivot = v[mid];
    let (mut i, mut j) = (0, n - 1);
    loop {
        while v[i] < pivot {
            i += 1;
        }
        while pivot < v[j] {
            j -= 1;
        }
        if i >= j {
            return j;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn introsort(mut v: &mut [u128], mut depth: u32) {
    loop {
        let n = v.len();
        if n <= SMALL {
            insertion_sort(v);
            return;
        }
        if depth == 0 {
            heapsort(v);
            return;
        }
        depth -= 1;
        let j = partition(v);
        // recurse into the shorter side, loop on the longer one
        let (left, right) = v.split_at_mut(j + 1);
        if left.len() < right.len() {
            introsort(left, depth);
            v = right;
        } else {
            introsort(right, depth);
            v = left;
        }
    }
}

fn insertion_sort(v: &mut [u128]) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && x < v[j - 1] {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

fn heapsort(v: &mut [u128]) {
    let n = v.len();
    for start in (0..n / 2).rev() {
        sift_down(v, start, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Restores the max-heap order of `v[..end]` below `root`.
fn sift_down(v: &mut [u128], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[child] <= v[root] {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

/// Sorts `v` in ascending order (through [`sort`]).
pub(crate) fn sort_usize(v: &mut [usize]) {
    let mut keys: Vec<u128> = Vec::with_capacity(v.len());
    for &x in v.iter() {
        keys.push(x as u128);
    }
    sort(&mut keys);
    for (x, k) in v.iter_mut().zip(keys) {
        *x = k as usize;
    }
}

/// Sorts `v` in ascending order (through [`sort`]).
pub(crate) fn sort_u32(v: &mut [u32]) {
    let mut keys: Vec<u128> = Vec::with_capacity(v.len());
    for &x in v.iter() {
        keys.push(u128::from(x));
    }
    sort(&mut keys);
    for (x, k) in v.iter_mut().zip(keys) {
        *x = k as u32;
    }
}

/// A key that orders floats from greatest to least as [`f64::total_cmp`]
/// orders them from least to greatest.
pub(crate) fn descending(x: f64) -> u64 {
    let bits = x.to_bits();
    // total_cmp's order as an unsigned integer: negative numbers have all
    // their bits flipped, positive ones only the sign bit
    let ascending = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    !ascending
}

/// The indices of `scores`, from the greatest score to the least by
/// [`f64::total_cmp`]; ties in index order.
pub(crate) fn by_score_desc(scores: impl ExactSizeIterator<Item = f64>) -> Vec<usize> {
    let mut keys: Vec<u128> = Vec::with_capacity(scores.len());
    for (i, s) in scores.enumerate() {
        keys.push(u128::from(descending(s)) << 64 | i as u128);
    }
    sort(&mut keys);
    let mut order = Vec::with_capacity(keys.len());
    for k in keys {
        order.push(k as u64 as usize);
    }
    order
}

/// The indices of `ranges` ordered by start, then end; ties in index order.
pub(crate) fn by_range(ranges: Vec<std::ops::Range<usize>>) -> Vec<usize> {
    let low = |k: u128| k as u64 as usize;
    // by end, then (among equal ends) by index ...
    let mut by_end: Vec<u128> = Vec::with_capacity(ranges.len());
    for (i, r) in ranges.iter().enumerate() {
        by_end.push((r.end as u128) << 64 | i as u128);
    }
    sort(&mut by_end);
    // ... then by start, equal starts keeping that order
    let mut keys: Vec<u128> = Vec::with_capacity(by_end.len());
    for (rank, &k) in by_end.iter().enumerate() {
        keys.push((ranges[low(k)].start as u128) << 64 | rank as u128);
    }
    sort(&mut keys);
    let mut order = Vec::with_capacity(keys.len());
    for k in keys {
        order.push(low(by_end[low(k)]));
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift).
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u128> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                u128::from(x % modulo)
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_library() {
        for n in [0, 1, 2, 3, 5, 16, 17, 33, 100, 1000, 20_000] {
            for modulo in [1, 2, 10, 1000, u64::MAX] {
                let mut v = numbers((n as u64).wrapping_mul(31) ^ modulo, n, modulo);
                let mut want = v.clone();
                want.sort_unstable();
                sort(&mut v);
                assert_eq!(v, want, "n {n} modulo {modulo}");
            }
            // sorted, reversed and organ-pipe inputs
            let up: Vec<u128> = (0..n as u128).collect();
            let down: Vec<u128> = up.iter().rev().copied().collect();
            let pipe: Vec<u128> = up.iter().map(|&x| x.min(n as u128 - x)).collect();
            for mut v in [up.clone(), down, pipe] {
                let mut want = v.clone();
                want.sort_unstable();
                sort(&mut v);
                assert_eq!(v, want);
            }
        }
    }

    #[test]
    fn select_finds_the_kth_least() {
        for (n, modulo) in [(1, 5), (17, 3), (100, 1000), (5000, 7), (5000, u64::MAX)] {
            let v = numbers((n as u64).wrapping_add(modulo), n, modulo);
            let mut sorted = v.clone();
            sorted.sort_unstable();
            for k in [0, n / 3, n / 2, n - 1] {
                let mut w = v.clone();
                assert_eq!(select(&mut w, k), sorted[k], "n {n} k {k}");
                let mut low = w[..=k].to_vec();
                low.sort_unstable();
                assert_eq!(low, sorted[..=k]);
            }
        }
    }

    #[test]
    fn heapsort_sorts() {
        let mut v = numbers(7, 1000, 300);
        let mut want = v.clone();
        want.sort_unstable();
        heapsort(&mut v);
        assert_eq!(v, want);
    }

    #[test]
    fn descending_keys_follow_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -1.5,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            0.5,
            1.0,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    descending(a).cmp(&descending(b)),
                    b.total_cmp(&a),
                    "{a} {b}"
                );
            }
        }
        assert_eq!(
            by_score_desc([0.5, 2.0, 0.5, -1.0].into_iter()),
            [1, 0, 2, 3]
        );
    }

    #[test]
    fn ranges_by_start_then_end_then_index() {
        let ranges = vec![5..9, 1..4, 5..7, 1..4, 0..10, 5..7];
        assert_eq!(by_range(ranges), [4, 1, 3, 2, 5, 0]);
    }
}
