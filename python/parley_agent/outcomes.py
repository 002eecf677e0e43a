"""A profile's outcome space sorted by utility, as parley's ``SortedOutcomes``."""

import itertools
from bisect import bisect_left, bisect_right
from typing import Dict, Tuple

from .profile import AdditiveUtility, Profile

_CACHE: Dict[object, "SortedOutcomes"] = {}
_CACHE_MAX = 64
_OUTCOMES_MAX = 1 << 16


class SortedOutcomes:
    """Every outcome of a profile, best first; ties in utility by outcome index, ascending.

    ``utility(k)`` and ``outcome(k)`` read the k-th best; ``nearest(target)`` is the position
    of the outcome whose utility is nearest a target (on a tie the higher utility), exactly as
    parley's Java agents choose. Use :meth:`of` to share one list between the sessions of the
    process that use the same profile.
    """

    def __init__(self, profile: Profile):
        radix = profile.radix
        fn = profile.utility_function
        if isinstance(fn, AdditiveUtility):
            c = fn.contributions
            n = len(c)
            utilities = []
            append = utilities.append
            for o in itertools.product(*[range(r) for r in radix]):
                s = 0.0
                for i in range(n):
                    s += c[i][o[i]]
                append(s if s < 1.0 else 1.0)
        else:
            utilities = [fn(o) for o in itertools.product(*[range(r) for r in radix])]
        # stable: equal utilities keep ascending outcome index, as in parley
        order = sorted(range(len(utilities)), key=utilities.__getitem__, reverse=True)
        self._radix = tuple(radix)
        self._index = order
        # the utilities, best first, kept negated (so ascending: the searches below are the bisect
        # module's, in C); negation is exact, so utility(k) gives back the very same double
        self._negated = [-utilities[k] for k in order]
        # outcomes already asked for, by position (an agent asks for the same few again and again)
        self._outcomes: Dict[int, Tuple[int, ...]] = {}
        self._utility_function = fn
        self._utilities: Dict[Tuple[int, ...], float] = {}

    @staticmethod
    def of(profile: Profile) -> "SortedOutcomes":
        """The sorted outcomes of ``profile``, built once per distinct profile in this process."""
        key = profile.key()
        s = _CACHE.get(key)
        if s is None:
            if len(_CACHE) >= _CACHE_MAX:
                _CACHE.pop(next(iter(_CACHE)))
            s = SortedOutcomes(profile)
            _CACHE[key] = s
        return s

    def __len__(self) -> int:
        return len(self._index)

    def utility(self, k: int) -> float:
        """Utility of the k-th best outcome (k = 0 is the best)."""
        return -self._negated[k]

    def utility_of(self, outcome: Tuple[int, ...]) -> float:
        """The utility of ``outcome`` (a tuple of value indices), exactly the profile's ``utility``;
        remembered, so an outcome offered again costs a look-up (lists are evaluated each time)."""
        try:
            u = self._utilities.get(outcome)
        except TypeError:  # unhashable: a list
            return self._utility_function(outcome)
        if u is None:
            u = self._utility_function(outcome)
            if len(self._utilities) >= _OUTCOMES_MAX:
                self._utilities.clear()
            self._utilities[outcome] = u
        return u

    def outcome_index(self, k: int) -> int:
        return self._index[k]

    def outcome(self, k: int) -> Tuple[int, ...]:
        """The k-th best outcome as a tuple of value indices."""
        out = self._outcomes.get(k)
        if out is None:
            rest = self._index[k]
            radix = self._radix
            digits = [0] * len(radix)
            for i in range(len(radix) - 1, -1, -1):
                digits[i] = rest % radix[i]
                rest //= radix[i]
            out = tuple(digits)
            if len(self._outcomes) >= _OUTCOMES_MAX:
                self._outcomes.clear()
            self._outcomes[k] = out
        return out

    def max_utility(self) -> float:
        return -self._negated[0]

    def min_utility(self) -> float:
        return -self._negated[-1]

    def first_at_most(self, target: float) -> int:
        """First position whose utility is <= target (len(self) if none)."""
        return bisect_left(self._negated, -target)

    def count_at_least(self, value: float) -> int:
        """Number of outcomes whose utility is >= value."""
        if value != value:  # NaN: nothing is at least it
            return 0
        return bisect_right(self._negated, -value)

    def first_with_utility(self, k: int) -> int:
        """First position that has the same utility as position k."""
        return bisect_left(self._negated, self._negated[k], 0, k)

    def nearest(self, target: float) -> int:
        """Position of the outcome whose utility is nearest ``target``; on a tie the higher utility."""
        neg = self._negated
        lo = bisect_left(neg, -target)
        if lo >= len(neg):
            return len(neg) - 1
        if lo == 0:
            return 0
        below = target + neg[lo]
        above = -neg[lo - 1] - target
        if above <= below:
            return bisect_left(neg, neg[lo - 1], 0, lo - 1)
        return lo

    def nearest_genius(self, target: float) -> int:
        """GENIUS's nearest-bid search as parley reconstructs it (``?genius`` agents)."""
        neg = self._negated
        lo, hi = 0, len(neg) - 1
        found = 0
        while lo <= hi:
            mid = (lo + hi + 1) >> 1
            found = mid
            u = -neg[mid]
            if u > target:
                lo = mid + 1
            elif u < target:
                hi = mid - 1
            else:
                break
        best = found
        if found + 1 < len(neg) and abs(-neg[found + 1] - target) < abs(-neg[found] - target):
            best = found + 1
        return best
