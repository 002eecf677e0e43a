"""Write negotiation agents for parley in Python (standard library only, Python 3.9+).

An agent subclasses :class:`Agent` and implements the same hooks as parley's Java API
(``init``, ``receive``, ``choose_action``, ``negotiation_ended``); :func:`run` speaks the
agent protocol (docs/agent-protocol.md) on stdin/stdout. :class:`Profile` evaluates
utilities exactly as parley does and :class:`SortedOutcomes` is the outcome space sorted
by utility.
"""

from .actions import Accept, Action, EndNegotiation, Offer
from .agent import Agent, Deadline, Settings, Timeline
from .outcomes import SortedOutcomes
from .profile import AdditiveUtility, HyperRectangleUtility, Issue, Profile
from .protocol import PROTOCOL_VERSIONS, run, serve

__all__ = [
    "Accept", "Action", "AdditiveUtility", "Agent", "Deadline", "EndNegotiation",
    "HyperRectangleUtility", "Issue", "Offer", "PROTOCOL_VERSIONS", "Profile", "Settings",
    "SortedOutcomes", "Timeline", "run", "serve",
]
