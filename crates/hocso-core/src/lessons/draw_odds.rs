//! The odds of a final check's draw: given each pool item's chance of being answered right,
//! the exact chance of passing. The draw is the player's ([`crate::player::plan_attempt`]):
//! from each group a uniformly random set of `draw` items (the pre-check takes its items
//! first, but the final check's set is still uniform within the group). A dynamic programme
//! over the items gives the distribution of right answers over every set of that size at
//! once, and the groups' distributions are convolved.

use super::model::Lesson;

/// The expected number of right final-check answers when pool item `i` is right with
/// probability `p[i]`: each group's draw is a uniform share of its items.
pub fn expected_right(lesson: &Lesson, p: &[f64]) -> f64 {
    lesson
        .groups
        .iter()
        .map(|g| g.draw as f64 / g.items.len() as f64 * g.items.iter().map(|&i| p[i]).sum::<f64>())
        .sum()
}

/// The chance that the final check is passed when pool item `i` is answered right with
/// probability `p[i]`, independently: exact, over the lesson's draw.
pub fn pass_probability(lesson: &Lesson, p: &[f64]) -> f64 {
    // Distribution of the number of right answers, over all groups.
    let mut total = vec![1.0_f64];
    for group in &lesson.groups {
        let dist = group_distribution(group.items.iter().map(|&i| p[i]), group.draw);
        total = convolve(&total, &dist);
    }
    let n = lesson.draw;
    total
        .iter()
        .enumerate()
        .filter(|(right, _)| crate::player::score_percent(*right, n) >= lesson.pass_mark)
        .map(|(_, q)| q)
        .sum::<f64>()
        .min(1.0)
}

/// P(c right) for c = 0..=k when k of the items are drawn uniformly without replacement.
fn group_distribution(p: impl Iterator<Item = f64>, k: usize) -> Vec<f64> {
    // f[j][c]: summed over every set of j items seen so far, the chance of c right answers.
    let mut f = vec![vec![0.0_f64; k + 1]; k + 1];
    f[0][0] = 1.0;
    let mut n = 0usize;
    for pi in p {
        n += 1;
        for j in (0..k).rev() {
            for c in (0..=j).rev() {
                let v = f[j][c];
                if v == 0.0 {
                    continue;
                }
                f[j + 1][c + 1] += v * pi;
                f[j + 1][c] += v * (1.0 - pi);
            }
        }
    }
    let sets = binomial(n, k);
    f[k].iter().map(|v| v / sets).collect()
}

fn binomial(n: usize, k: usize) -> f64 {
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

fn convolve(a: &[f64], b: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; a.len() + b.len() - 1];
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            out[i + j] += x * y;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_draw_distribution_matches_brute_force() {
        // 5 items, draw 3: enumerate all 10 sets and every outcome.
        let p = [0.9, 0.1, 0.5, 0.0, 1.0];
        let dist = group_distribution(p.iter().copied(), 3);
        let mut brute = [0.0; 4];
        let mut sets = 0.0;
        for a in 0..5 {
            for b in a + 1..5 {
                for c in b + 1..5 {
                    sets += 1.0;
                    for outcome in 0..8u32 {
                        let picks = [a, b, c];
                        let mut prob = 1.0;
                        let mut right = 0;
                        for (k, &i) in picks.iter().enumerate() {
                            if outcome & (1 << k) != 0 {
                                prob *= p[i];
                                right += 1;
                            } else {
                                prob *= 1.0 - p[i];
                            }
                        }
                        brute[right] += prob;
                    }
                }
            }
        }
        for (c, b) in brute.iter().enumerate() {
            assert!((dist[c] - b / sets).abs() < 1e-12, "c={c}: {} vs {}", dist[c], b / sets);
        }
        assert!((dist.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }
}
