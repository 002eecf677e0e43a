"""The agent base class and what it is given: settings and the timeline."""

import random as _random
from typing import NamedTuple, Optional

from .actions import Accept, Action, EndNegotiation, Offer, Outcome
from .profile import Profile

_new = tuple.__new__  # a NamedTuple without its Python-level constructor


class Deadline(NamedTuple):
    """A number of rounds, or a number of seconds (exactly one is set)."""

    rounds: Optional[int] = None
    seconds: Optional[float] = None

    def is_rounds(self) -> bool:
        return self.rounds is not None

    def time_of_round(self, round_: int) -> float:
        """Normalised time during round ``round_`` (1-based) of a round deadline: r / (R + 1)."""
        return round_ / (self.rounds + 1)

    @staticmethod
    def from_json(d: dict) -> "Deadline":
        if "rounds" in d:
            return Deadline(rounds=int(d["rounds"]))
        return Deadline(seconds=float(d["seconds"]))


class Timeline(NamedTuple):
    """The session's clock when a message was sent: normalised time t in [0, 1] and the 1-based round."""

    time: float
    round: int
    deadline: Deadline


class Settings(NamedTuple):
    """What an agent learns when a session starts (parley's AgentSettings)."""

    party: int
    party_count: int
    profile: Profile
    deadline: Deadline
    protocol: str
    seed: int

    def random(self) -> _random.Random:
        """A random generator seeded for this agent in this session: same seed, same behaviour."""
        return _random.Random(self.seed)


class Agent:
    """A negotiating agent: the same hooks as parley's Java ``Agent``.

    A fresh instance negotiates each session: parley calls :meth:`init` once, then
    :meth:`receive` for every action of every other party, :meth:`choose_action` on the
    agent's turn, and :meth:`negotiation_ended` at the end. Legal actions: an Offer of a
    complete outcome; an Accept of exactly the latest offer (not on the very first turn);
    EndNegotiation. ``print`` goes to the agent's log (stderr), never to parley.
    """

    #: The agent's name, told to parley in the hello.
    name = "python-agent"

    settings: Settings
    party: int
    profile: Profile

    def init(self, settings: Settings) -> None:
        """Called once before the session starts. Keeps the settings, the party and the profile."""
        self.settings = settings
        self.party = settings.party
        self.profile = settings.profile

    def receive(self, action: Action, timeline: Timeline) -> None:
        """Another party's action, as soon as it is made."""

    def choose_action(self, timeline: Timeline) -> Action:
        """This agent's action on its turn."""
        raise NotImplementedError("an agent must implement choose_action")

    def negotiation_ended(self, agreement: Optional[Outcome]) -> None:
        """Called once when the session ends; ``agreement`` is None without agreement."""

    def offer(self, outcome) -> Offer:
        return _new(Offer, (tuple(outcome), self.party))

    def accept(self, outcome) -> Accept:
        return _new(Accept, (tuple(outcome), self.party))

    def end_negotiation(self) -> EndNegotiation:
        return EndNegotiation(self.party)
