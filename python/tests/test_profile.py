import math
import unittest

from parley_agent import Profile


def additive(weights, evaluations, reservation=0.0, discount=1.0):
    issues = [{"name": "i%d" % k, "type": "discrete", "values": ["v%d" % v for v in range(len(row))]}
              for k, row in enumerate(evaluations)]
    return Profile.from_json({"name": "p", "domain": "d", "issues": issues,
                              "utility": {"type": "additive", "weights": weights, "evaluations": evaluations},
                              "reservationValue": reservation, "discountFactor": discount})


class AdditiveUtilityTest(unittest.TestCase):

    def test_weighted_sum_of_evaluations(self):
        p = additive([0.6, 0.4], [[1.0, 0.5, 0.0], [0.25, 1.0]])
        self.assertEqual(p.utility((0, 1)), 0.6 * 1.0 + 0.4 * 1.0)
        self.assertEqual(p.utility((1, 0)), 0.6 * 0.5 + 0.4 * 0.25)   # 0.3 + 0.1
        self.assertEqual(p.utility((2, 0)), 0.4 * 0.25)

    def test_capped_at_one_never_floored(self):
        p = additive([0.8, 0.8], [[1.0, 0.0], [1.0, 0.0]])
        self.assertEqual(p.utility((0, 0)), 1.0)
        self.assertEqual(p.utility_function.raw((0, 0)), 1.6)
        self.assertEqual(p.utility((1, 1)), 0.0)

    def test_summed_in_issue_order_from_zero(self):
        # (0.1 + 0.2) + 0.3 differs from 0.1 + (0.2 + 0.3) in the last bit; parley sums left to right
        p = additive([1.0, 1.0, 1.0], [[0.1], [0.2], [0.3]])
        self.assertEqual(p.utility((0, 0, 0)), (0.1 + 0.2) + 0.3)
        self.assertNotEqual(p.utility((0, 0, 0)), 0.1 + (0.2 + 0.3))

    def test_discount(self):
        p = additive([1.0], [[0.8]], reservation=0.25, discount=0.5)
        self.assertEqual(p.discounted_utility((0,), 0.0), 0.8)
        self.assertEqual(p.discounted_utility((0,), 1.0), 0.4)
        self.assertEqual(p.discounted_utility((0,), 2.0), 0.4)   # t clamped to 1
        self.assertEqual(p.discount(0.25, 0.5), 0.25 * math.sqrt(0.5))

    def test_outcome_numbering_last_issue_fastest(self):
        p = additive([0.5, 0.5], [[1, 0, 0], [1, 0]])
        self.assertEqual(p.outcome_count, 6)
        self.assertEqual([p.outcome(k) for k in range(6)], [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)])
        self.assertEqual(p.labels((2, 1)), {"i0": "v2", "i1": "v1"})


class HyperRectangleUtilityTest(unittest.TestCase):

    def profile(self):
        issues = [{"name": "x", "type": "integer", "values": list(range(1, 11))},
                  {"name": "y", "type": "integer", "values": list(range(1, 11))}]
        rects = [
            # x in 1..5 (indices 0..4) and y in 3..4 (indices 2..3): pays 30 * 1
            {"utility": 30, "weight": 1, "inclusive": True,
             "bounds": [{"issue": 0, "min": 0, "max": 4}, {"issue": 1, "min": 2, "max": 3}]},
            # pays 20 * 0.5 whenever x is outside 6..10 (indices 5..9)
            {"utility": 20, "weight": 0.5, "inclusive": False, "bounds": [{"issue": 0, "min": 5, "max": 9}]},
            # no bounds: always pays 5
            {"utility": 5, "weight": 1, "inclusive": True, "bounds": []},
        ]
        return Profile.from_json({"name": "h", "issues": issues, "reservationValue": 0, "discountFactor": 1,
                                  "utility": {"type": "hyperrectangles", "maxUtility": 40, "rectangles": rects}})

    def test_rectangles(self):
        p = self.profile()
        self.assertEqual(p.utility((0, 2)), (30 + 10 + 5) / 40 if (30 + 10 + 5) / 40 < 1 else 1.0)
        self.assertEqual(p.utility((0, 2)), 1.0)      # 45 / 40 capped
        self.assertEqual(p.utility((4, 9)), 15 / 40)  # outside the first, x outside 6..10
        self.assertEqual(p.utility((5, 2)), 5 / 40)   # x = 6: neither of the first two


if __name__ == "__main__":
    unittest.main()
