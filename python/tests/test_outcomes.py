import random
import unittest

from parley_agent import SortedOutcomes
from tests.test_profile import additive


def brute_nearest(utilities, target):
    """The position of the first outcome of the utility level nearest target, the higher level on a tie; below
    every utility, the last position (as parley's Java SortedOutcomes.nearest)."""
    if target < utilities[-1]:
        return len(utilities) - 1
    levels = sorted(set(utilities), reverse=True)
    best = min(levels, key=lambda u: (abs(u - target), -u))
    return utilities.index(best)


class SortedOutcomesTest(unittest.TestCase):

    def test_best_first_ties_by_outcome_index(self):
        p = additive([0.5, 0.5], [[1.0, 0.0], [0.0, 1.0]])
        s = SortedOutcomes(p)
        # utilities by outcome index: (0,0)=0.5 (0,1)=1 (1,0)=0 (1,1)=0.5
        self.assertEqual([s.outcome(k) for k in range(4)], [(0, 1), (0, 0), (1, 1), (1, 0)])
        self.assertEqual([s.utility(k) for k in range(4)], [1.0, 0.5, 0.5, 0.0])
        self.assertEqual(s.max_utility(), 1.0)
        self.assertEqual(s.min_utility(), 0.0)
        self.assertEqual(s.count_at_least(0.5), 3)
        self.assertEqual(s.first_at_most(0.7), 1)
        self.assertEqual(s.first_with_utility(2), 1)

    def test_nearest_textbook(self):
        p = additive([1.0], [[1.0, 0.8, 0.6, 0.2]])
        s = SortedOutcomes(p)
        self.assertEqual(s.nearest(0.9), 0)      # tie between 1.0 and 0.8: the higher
        self.assertEqual(s.nearest(0.69), 2)
        self.assertEqual(s.nearest(2.0), 0)
        self.assertEqual(s.nearest(-1.0), 3)
        self.assertEqual(s.nearest(-1.0), 3)
        q = SortedOutcomes(additive([1.0], [[1.0, 0.9, 0.5]]))
        self.assertEqual(q.nearest(0.8), 1)
        self.assertEqual(q.nearest_genius(0.8), 2)   # GENIUS's search ends below the target and misses 0.9

    def test_nearest_against_brute_force(self):
        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        for _ in range(50):
            rows = [[rng.choice([0.0, 0.25, 0.5, 0.75, 1.0]) for _ in range(rng.randint(1, 4))]
                    for _ in range(rng.randint(1, 3))]
            w = [rng.random() for _ in rows]
            profile = additive(w, rows)
            s = SortedOutcomes(profile)
            utilities = [s.utility(k) for k in range(len(s))]
            targets = [rng.uniform(-0.2, 1.2) for _ in range(20)] + utilities
            for t in targets:
                self.assertEqual(s.nearest(t), brute_nearest(utilities, t), "seed %d" % seed)
                self.assertEqual(s.count_at_least(t), sum(1 for u in utilities if u >= t), "seed %d" % seed)
                self.assertEqual(s.first_at_most(t), next((k for k, u in enumerate(utilities) if u <= t),
                                                          len(utilities)), "seed %d" % seed)
            for k, u in enumerate(utilities):
                self.assertEqual(s.first_with_utility(k), utilities.index(u), "seed %d" % seed)
                self.assertEqual(profile.utility(s.outcome(k)), u, "seed %d" % seed)
                self.assertEqual(s.outcome(k), s.outcome(k), "seed %d" % seed)  # the second time from the cache
            self.assertEqual(sorted(s.outcome(k) for k in range(len(s))),
                             sorted(profile.outcome(i) for i in range(profile.outcome_count)), "seed %d" % seed)

    def test_shared_per_profile(self):
        a = additive([1.0], [[1.0, 0.5]])
        b = additive([1.0], [[1.0, 0.5]])
        self.assertIs(SortedOutcomes.of(a), SortedOutcomes.of(b))
        self.assertIsNot(SortedOutcomes.of(a), SortedOutcomes.of(additive([1.0], [[1.0, 0.4]])))


if __name__ == "__main__":
    unittest.main()
