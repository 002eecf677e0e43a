"""A baseline that bids at random but never against its own interest (like parley's ``random``,
with Python's generator): each turn it draws an outcome uniformly among those worth at least
its reservation value (all when none is), and accepts the latest offer when it is worth at
least the reservation value and at least the drawn outcome. It never ends the negotiation.

Run it: ``python3 -m parley_agent.examples.random_agent``.
"""

from parley_agent import Agent, Offer, SortedOutcomes, run


class RandomAgent(Agent):
    name = "random-py"

    def init(self, settings):
        super().init(settings)
        self.rng = settings.random()
        self.sorted = SortedOutcomes.of(self.profile)
        self.candidates = self.sorted.count_at_least(self.profile.reservation_value) or len(self.sorted)
        self.last_offer = None
        self.last_offer_utility = 0.0

    def receive(self, action, timeline):
        if isinstance(action, Offer):
            self.last_offer = action.outcome
            self.last_offer_utility = self.profile.utility(action.outcome)

    def choose_action(self, timeline):
        k = self.rng.randrange(self.candidates)
        if self.last_offer is not None and self.last_offer_utility >= max(self.profile.reservation_value,
                                                                          self.sorted.utility(k)):
            return self.accept(self.last_offer)
        return self.offer(self.sorted.outcome(k))


def main():
    run(RandomAgent)


if __name__ == "__main__":
    main()
