"""What a party does on its turn: offer an outcome, accept the latest offer, or end the negotiation.

An outcome is a tuple of value indices, one per issue of the profile's domain, as in
parley's Java API (``int[]``).
"""

from typing import NamedTuple, Optional, Tuple, Union

Outcome = Tuple[int, ...]


class Offer(NamedTuple):
    """An offer of ``outcome``; ``party`` is the offering party's seat (0-based)."""

    outcome: Outcome
    party: int = -1


class Accept(NamedTuple):
    """Acceptance of the latest offer, which must be ``outcome``."""

    outcome: Outcome
    party: int = -1


class EndNegotiation(NamedTuple):
    """Walking away: the session ends at once without agreement."""

    party: int = -1


Action = Union[Offer, Accept, EndNegotiation]


def from_message(msg: dict) -> Optional[Action]:
    """The action a protocol message describes, or None when it is not an action."""
    kind = msg.get("type")
    if kind == "offer":
        return Offer(tuple(msg["outcome"]), msg.get("party", -1))
    if kind == "accept":
        return Accept(tuple(msg["outcome"]), msg.get("party", -1))
    if kind == "end_negotiation":
        return EndNegotiation(msg.get("party", -1))
    return None


#: Reply lines already written, by outcome (an agent offers the same few outcomes again and again).
_OFFER_LINES: dict = {}
_ACCEPT_LINES: dict = {}
_LINES_MAX = 4096


def _outcome_line(kind: str, outcome, cache: dict) -> bytes:
    try:
        line = cache.get(outcome)
    except TypeError:  # an unhashable outcome (a list): not cached
        return ('{"type":"%s","outcome":[%s]}\n' % (kind, ",".join(str(int(v)) for v in outcome))).encode()
    if line is None:
        line = ('{"type":"%s","outcome":[%s]}\n' % (kind, ",".join(str(int(v)) for v in outcome))).encode()
        if len(cache) >= _LINES_MAX:
            cache.clear()
        cache[outcome] = line
    return line


def to_line(action: Action) -> bytes:
    """The reply line for ``action`` (compact JSON and a newline)."""
    if isinstance(action, Offer):
        return _outcome_line("offer", action.outcome, _OFFER_LINES)
    if isinstance(action, Accept):
        return _outcome_line("accept", action.outcome, _ACCEPT_LINES)
    if isinstance(action, EndNegotiation):
        return b'{"type":"end_negotiation"}\n'
    raise TypeError("choose_action must return an Offer, an Accept or an EndNegotiation, got %r" % (action,))
