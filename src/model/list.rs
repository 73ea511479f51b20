//! Ordered lists of items with ids (care team, needs, goals ...): the order is meaningful
//! (priority), so moving keeps everything else where it was.

/// Moves the item matching `is_it` one place up (`-1`) or down (`+1`). False at either end or
/// when no item matches.
pub(crate) fn move_by<T>(items: &mut [T], is_it: impl Fn(&T) -> bool, delta: isize) -> bool {
    let Some(from) = items.iter().position(is_it) else {
        return false;
    };
    let Some(to) = from
        .checked_add_signed(delta)
        .filter(|to| *to < items.len())
    else {
        return false;
    };
    items.swap(from, to);
    true
}

/// Removes the first item matching `is_it` and returns it.
pub(crate) fn take<T>(items: &mut Vec<T>, is_it: impl Fn(&T) -> bool) -> Option<T> {
    let index = items.iter().position(is_it)?;
    Some(items.remove(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_within_bounds_only() {
        let mut v = vec![1, 2, 3];
        assert!(move_by(&mut v, |x| *x == 3, -1));
        assert_eq!(v, vec![1, 3, 2]);
        assert!(!move_by(&mut v, |x| *x == 1, -1));
        assert!(!move_by(&mut v, |x| *x == 2, 1));
        assert!(!move_by(&mut v, |x| *x == 9, 1));
        assert_eq!(v, vec![1, 3, 2]);
    }

    #[test]
    fn take_removes_one() {
        let mut v = vec![1, 2, 3];
        assert_eq!(take(&mut v, |x| *x == 2), Some(2));
        assert_eq!(take(&mut v, |x| *x == 2), None);
        assert_eq!(v, vec![1, 3]);
    }
}
