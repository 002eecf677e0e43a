"""The agent protocol loop: JSON lines on stdin (from parley) and stdout (to parley).

See docs/agent-protocol.md. :func:`run` is what an agent's script calls; :func:`serve`
does the work on any pair of binary streams (for tests).
"""

import json
import os
import re
import sys
import threading
import time
from typing import BinaryIO, Callable, Optional

from .actions import Offer, from_message, to_line
from .agent import Agent, Deadline, Settings, Timeline
from .profile import Profile

#: The protocol versions this kit speaks.
PROTOCOL_VERSIONS = (1,)

# The two lines of every round, exactly as parley writes them (docs/agent-protocol.md): the act
# request, and another party's offer. serve() reads them without the json module; any other
# layout of the same messages is read by the json module, with the same result.
_ACT = b'{"type":"act","t":'
_INT = rb"(?:-?(?:0|[1-9][0-9]*))"
_NUMBER = rb"(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"
_OFFER_LINE = re.compile(rb'\{"type":"offer","party":(%s),"outcome":\[(%s(?:,%s)*)\],"t":(%s),"round":(%s)\}\n'
                         % (_INT, _INT, _INT, _NUMBER, _INT)).fullmatch
_REMEMBERED_MAX = 4096


def serve(make_agent: Callable[[], Agent], inp: BinaryIO, write: Callable[[bytes], None]) -> None:
    """Answers parley's messages read from ``inp`` with ``write`` until ``inp`` ends.

    ``make_agent`` is called once per session (an Agent subclass itself will do).
    """
    # The loop runs twice per round (another party's offer, then the act request), so it is kept
    # lean. Both lines, as parley writes them, are read without the json module: int() and
    # float() of a number's text give the very values the json module would (it calls them
    # too), and times and outcomes, which recur from round to round and session to session, are
    # remembered by their text. Any other line, or one of these in another layout, is parsed by
    # the json module's C scanner directly (json.loads would first detect the bytes' encoding
    # and match blanks with regular expressions); what the scanner does not take (a blank line,
    # leading blanks) goes through json.loads, which also raises the error for a line that is
    # not JSON. Timelines and offers are made with tuple.__new__ (what their NamedTuple
    # constructors do, minus a Python-level call).
    scan = json.JSONDecoder().scan_once
    loads = json.loads
    line_of = to_line
    new = tuple.__new__
    times: dict = {}
    outcomes: dict = {}
    agent: Optional[Agent] = None
    deadline: Optional[Deadline] = None
    name = getattr(make_agent, "name", None) or "python-agent"
    readline = inp.readline
    while True:
        line = readline()
        if not line:
            return
        if line.startswith(_ACT):
            try:
                k = line.index(b',"round":', 18)
                if not line.endswith(b"}\n"):
                    raise ValueError
                text = line[18:k]
                t = times.get(text)
                if t is None:
                    t = float(text)
                    if len(times) >= _REMEMBERED_MAX:
                        times.clear()
                    times[text] = t
                timeline = new(Timeline, (t, int(line[k + 9:-2]), deadline))
            except ValueError:
                pass
            else:
                write(line_of(agent.choose_action(timeline)))
                continue
        else:
            match = _OFFER_LINE(line)
            if match is not None:
                party, text, t_text, round_text = match.groups()
                outcome = outcomes.get(text)
                if outcome is None:
                    outcome = tuple(map(int, text.split(b",")))
                    if len(outcomes) >= _REMEMBERED_MAX:
                        outcomes.clear()
                    outcomes[text] = outcome
                t = times.get(t_text)
                if t is None:
                    t = float(t_text)
                    if len(times) >= _REMEMBERED_MAX:
                        times.clear()
                    times[t_text] = t
                agent.receive(new(Offer, (outcome, int(party))), new(Timeline, (t, int(round_text), deadline)))
                continue
        try:
            msg = scan(line.decode(), 0)[0]
        except (StopIteration, ValueError):
            if line.isspace():
                continue
            msg = loads(line)
        kind = msg["type"]
        if kind == "offer":
            agent.receive(new(Offer, (tuple(msg["outcome"]), msg.get("party", -1))),
                          new(Timeline, (msg["t"], msg["round"], deadline)))
        elif kind == "act":
            write(line_of(agent.choose_action(Timeline(msg["t"], msg["round"], deadline))))
        elif kind in ("accept", "end_negotiation"):
            agent.receive(from_message(msg), Timeline(msg["t"], msg["round"], deadline))
        elif kind == "start":
            deadline = Deadline.from_json(msg["deadline"])
            settings = Settings(msg["party"], msg["parties"], Profile.from_json(msg["profile"]), deadline,
                                msg["protocol"], msg["seed"])
            agent = make_agent()
            agent.init(settings)
            write(b'{"type":"ready"}\n')
        elif kind == "end":
            agreement = msg.get("agreement")
            if agent is not None:
                agent.negotiation_ended(None if agreement is None else tuple(agreement))
            agent = None
        elif kind == "hello":
            offered = [v for v in msg.get("versions", []) if v in PROTOCOL_VERSIONS]
            version = max(offered) if offered else PROTOCOL_VERSIONS[-1]
            write(('{"type":"hello","version":%d,"name":%s}\n' % (version, json.dumps(name))).encode())
        # other types belong to later versions: ignored


def _watch_parent(parent: int) -> None:
    """Exits the process when its parent is gone (parley was killed and nobody closed our stdin)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(3)


def run(make_agent: Callable[[], Agent]) -> None:
    """Runs the protocol on this process's stdin and stdout until parley closes stdin.

    Anything else that writes to stdout (``print``, a library) goes to stderr, the agent's
    log, so that it cannot break the protocol. The process exits when stdin ends and, as a
    second safeguard, when its parent process is gone.
    """
    out_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()

    def write(data: bytes) -> None:
        n = os.write(out_fd, data)
        while n < len(data):  # a short write (a pipe never makes one of a reply line)
            data = data[n:]
            n = os.write(out_fd, data)

    try:
        serve(make_agent, sys.stdin.buffer, write)
    except BrokenPipeError:
        pass
    except KeyboardInterrupt:
        pass
