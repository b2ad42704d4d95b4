//! Small helpers of the core.

use std::cmp::Ordering;

/// Sorts a short slice in place by `cmp`, keeping equal elements in order.
///
/// The engine sorts short lists (the delivery areas, a result's weak answers; once per bank,
/// the full bank's 139 question IDs), and every sort key it uses ends in an explicit
/// tie-break. An insertion sort is as fast as the standard library's sorts at these
/// lengths, and it compiles to a few hundred bytes of wasm where each `sort_by`
/// instantiation costs several kilobytes.
pub fn sort_small_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = vec![];
        sort_small_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }
}
