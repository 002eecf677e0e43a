"""The classic time-dependent agent, exactly as parley's built-in ``boulware``, ``conceder``,
``linear`` and ``hardliner`` (org.parley.agent.TimeDependentAgent): same offers, same agreements.

Concession ``f(t) = t^(1/e)`` (0 for e = 0); target ``p(t) = Pmin + (Pmax - Pmin)(1 - f(t))``
with ``Pmax`` the best utility and ``Pmin = max(worst utility, reservation value)``; it bids
the outcome nearest the target and accepts an offer worth at least that bid (undiscounted).

Run it: ``python3 -m parley_agent.examples.time_dependent boulware`` (or conceder, linear,
hardliner, or ``--e 0.5``; ``--genius`` for GENIUS's nearest-bid search; ``--sessions 1`` to serve one
session at a time, under protocol 1).
"""

import argparse
import math

from parley_agent import Agent, Offer, SortedOutcomes, protocol, run

PRESETS = {"boulware": 0.2, "conceder": 2.0, "linear": 1.0, "hardliner": 0.0}


class TimeDependentAgent(Agent):
    """Concedes in time with exponent ``e`` (below 1 Boulware, above 1 Conceder, 0 never)."""

    def __init__(self, name: str = "boulware", e: float = 0.2, genius_nearest: bool = False):
        if not (e >= 0 and math.isfinite(e)):
            raise ValueError("the concession exponent e must be a finite number >= 0, got %r" % e)
        self.name = name + ("?genius" if genius_nearest else "")
        self.e = e
        self.genius_nearest = genius_nearest
        self.last_offer = None
        self.last_offer_utility = 0.0

    def init(self, settings):
        super().init(settings)
        self.sorted = SortedOutcomes.of(self.profile)
        self.p_max = self.sorted.max_utility()
        self.p_min = max(self.sorted.min_utility(), self.profile.reservation_value)
        # what every turn needs, computed once per session (the same doubles target() computes)
        self._span = self.p_max - self.p_min
        self._inverse_e = 1 / self.e if self.e != 0 else 0.0
        self._nearest = self.sorted.nearest_genius if self.genius_nearest else self.sorted.nearest
        self._utility_of = self.sorted.utility_of

    @staticmethod
    def concession(t: float, e: float) -> float:
        return 0.0 if e == 0 else math.pow(t, 1 / e)

    def target(self, t: float) -> float:
        return self.p_min + (self.p_max - self.p_min) * (1 - self.concession(t, self.e))

    def receive(self, action, timeline):
        if isinstance(action, Offer):
            self.last_offer = action.outcome
            self.last_offer_utility = self._utility_of(action.outcome)

    def choose_action(self, timeline):
        # target(timeline.time), inlined: p_min + (p_max - p_min) * (1 - f(t))
        f = 0.0 if self.e == 0 else math.pow(timeline.time, self._inverse_e)
        k = self._nearest(self.p_min + self._span * (1 - f))
        if self.last_offer is not None and self.last_offer_utility >= self.sorted.utility(k):
            return self.accept(self.last_offer)
        return self.offer(self.sorted.outcome(k))


def factory(name: str, e: float, genius: bool):
    def make():
        return TimeDependentAgent(name, e, genius)
    make.name = name + ("?genius" if genius else "")
    return make


def main(argv=None):
    p = argparse.ArgumentParser(description="A time-dependent agent for parley (agent protocol on stdin/stdout).")
    p.add_argument("preset", nargs="?", default="boulware", choices=sorted(PRESETS),
                   help="boulware (e = 0.2), conceder (2), linear (1) or hardliner (0)")
    p.add_argument("--e", type=float, help="the concession exponent (overrides the preset's)")
    p.add_argument("--name", help="the agent's name (default: the preset's)")
    p.add_argument("--genius", action="store_true", help="GENIUS's nearest-bid search")
    p.add_argument("--sessions", type=int, default=protocol.SESSIONS,
                   help="sessions served at once (protocol 2; default %(default)s); 1 speaks protocol 1")
    a = p.parse_args(argv)
    if a.sessions < 1:
        p.error("--sessions must be at least 1")
    e = PRESETS[a.preset] if a.e is None else a.e
    run(factory(a.name or a.preset, e, a.genius), a.sessions)


if __name__ == "__main__":
    main()
