"""An agent's own profile as the agent protocol sends it, with utilities computed exactly as parley does.

Linear additive: ``U(o) = min(1, sum_i w_i * e_i(o_i))``, where parley sends each issue's
evaluation ``e_i(v)`` of every value; the products ``w_i * e_i(v)`` are computed once and
summed in issue order starting from 0.0 (never with ``sum()``, whose rounding differs from
Python 3.12 on), so every utility is bit for bit parley's. Hyper-rectangles (ANAC 2014):
``min(1, sum of utility * weight of every rectangle that pays / maxUtility)``.
"""

import math
from typing import List, NamedTuple, Sequence, Tuple


class Issue(NamedTuple):
    """One issue: its name, its type (discrete, integer or real) and its values in order."""

    name: str
    type: str
    values: tuple

    def __len__(self) -> int:
        return len(self.values)


class AdditiveUtility:
    """``min(1, sum_i w_i * e_i(o_i))`` with the weights used as given."""

    kind = "additive"

    def __init__(self, weights: Sequence[float], evaluations: Sequence[Sequence[float]]):
        if len(weights) != len(evaluations):
            raise ValueError("%d weights for %d issues" % (len(weights), len(evaluations)))
        self.weights = tuple(float(w) for w in weights)
        self.evaluations = tuple(tuple(float(e) for e in row) for row in evaluations)
        #: contributions[i][v] = w_i * e_i(v)
        self.contributions = tuple(tuple(w * e for e in row) for w, row in zip(self.weights, self.evaluations))

    def raw(self, outcome: Sequence[int]) -> float:
        """The uncapped sum, in issue order from 0.0."""
        s = 0.0
        c = self.contributions
        for i in range(len(c)):
            s += c[i][outcome[i]]
        return s

    def __call__(self, outcome: Sequence[int]) -> float:
        s = 0.0
        c = self.contributions
        for i in range(len(c)):
            s += c[i][outcome[i]]
        return s if s < 1.0 else 1.0


class HyperRectangleUtility:
    """The ANAC 2014 non-linear utility; rectangle bounds are value indices."""

    kind = "hyperrectangles"

    def __init__(self, max_utility: float, rectangles: Sequence[dict]):
        self.max_utility = float(max_utility)
        self.rectangles = tuple(
            (float(r["utility"]) * float(r["weight"]), bool(r["inclusive"]),
             tuple((int(b["issue"]), int(b["min"]), int(b["max"])) for b in r["bounds"]))
            for r in rectangles)
        self.raw_rectangles = tuple(rectangles)

    def __call__(self, outcome: Sequence[int]) -> float:
        s = 0.0
        for pay, inclusive, bounds in self.rectangles:
            inside = True
            for issue, lo, hi in bounds:
                x = outcome[issue]
                if x < lo or x > hi:
                    inside = False
                    break
            if not bounds or (inside if inclusive else not inside):
                s += pay
        u = s / self.max_utility
        return u if u < 1.0 else 1.0


class Profile:
    """An agent's own preferences: issues, utility function, reservation value, discount factor."""

    def __init__(self, name: str, domain: str, issues: Sequence[Issue], utility, reservation_value: float,
                 discount_factor: float):
        self.name = name
        self.domain = domain
        self.issues: Tuple[Issue, ...] = tuple(issues)
        self.utility_function = utility
        self.reservation_value = float(reservation_value)
        self.discount_factor = float(discount_factor)
        self._key = None

    @staticmethod
    def from_json(d: dict) -> "Profile":
        """The profile of a start message (docs/agent-protocol.md, "The profile")."""
        issues = [Issue(i["name"], i.get("type", "discrete"), tuple(i["values"])) for i in d["issues"]]
        u = d["utility"]
        if u["type"] == "additive":
            fn = AdditiveUtility(u["weights"], u["evaluations"])
            for issue, row in zip(issues, fn.evaluations):
                if len(row) != len(issue.values):
                    raise ValueError("issue %r has %d values but %d evaluations" % (issue.name, len(issue.values),
                                                                                    len(row)))
        elif u["type"] == "hyperrectangles":
            fn = HyperRectangleUtility(u["maxUtility"], u["rectangles"])
        else:
            raise ValueError("unknown utility type %r" % u["type"])
        return Profile(d.get("name", ""), d.get("domain", ""), issues, fn, d["reservationValue"],
                       d["discountFactor"])

    def utility(self, outcome: Sequence[int]) -> float:
        """The undiscounted utility of ``outcome`` (a sequence of value indices)."""
        return self.utility_function(outcome)

    def discount(self, u: float, t: float) -> float:
        """``u * d^t`` with t clamped to [0, 1]."""
        tc = 0.0 if t < 0 else (1.0 if t > 1 else t)
        return u if self.discount_factor == 1.0 else u * math.pow(self.discount_factor, tc)

    def discounted_utility(self, outcome: Sequence[int], t: float) -> float:
        return self.discount(self.utility(outcome), t)

    @property
    def radix(self) -> List[int]:
        return [len(i.values) for i in self.issues]

    @property
    def outcome_count(self) -> int:
        n = 1
        for r in self.radix:
            n *= r
        return n

    def outcome(self, index: int) -> Tuple[int, ...]:
        """The outcome at ``index`` of the outcome space (the last issue varies fastest), as parley numbers them."""
        radix = self.radix
        out = [0] * len(radix)
        for i in range(len(radix) - 1, -1, -1):
            out[i] = index % radix[i]
            index //= radix[i]
        return tuple(out)

    def labels(self, outcome: Sequence[int]) -> dict:
        """The outcome as ``{issue name: value}``."""
        return {issue.name: issue.values[v] for issue, v in zip(self.issues, outcome)}

    def key(self):
        """A hashable value that is equal for equal profiles (used to share sorted outcome lists)."""
        if self._key is None:
            f = self.utility_function
            body = (f.weights, f.evaluations) if isinstance(f, AdditiveUtility) else (f.max_utility, f.rectangles)
            self._key = (f.kind, tuple((i.name, i.values) for i in self.issues), body)
        return self._key
