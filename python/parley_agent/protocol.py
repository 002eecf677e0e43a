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
PROTOCOL_VERSIONS = (1, 2)

#: How many sessions one process serves at once under protocol 2, unless the agent says otherwise
#: (``run(MyAgent, sessions=N)``; 1 speaks protocol 1: one session after another).
SESSIONS = 64

# The two lines of every round, exactly as parley writes them (docs/agent-protocol.md): the act
# request, and another party's offer. serve() reads them without the json module; any other
# layout of the same messages is read by the json module, with the same result.
_ACT = b'{"type":"act","t":'
_INT = rb"(?:-?(?:0|[1-9][0-9]*))"
_NUMBER = rb"(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"
_OFFER_LINE = re.compile(rb'\{"type":"offer","party":(%s),"outcome":\[(%s(?:,%s)*)\],"t":(%s),"round":(%s)\}\n'
                         % (_INT, _INT, _INT, _NUMBER, _INT)).fullmatch
_REMEMBERED_MAX = 4096


def serve(make_agent: Callable[[], Agent], inp: BinaryIO, write: Callable[[bytes], None],
          sessions: int = SESSIONS) -> None:
    """Answers parley's messages read from ``inp`` with ``write`` until ``inp`` ends.

    ``make_agent`` is called once per session (an Agent subclass itself will do). With
    ``sessions`` above 1 the process offers to serve that many sessions at once (protocol 2,
    when parley offers it): a fresh agent per session, each known by the id parley gives it.
    With 1 it speaks protocol 1, one session after another.
    """
    if sessions < 1:
        raise ValueError("sessions must be at least 1, got %r" % (sessions,))
    if _serve_one_at_a_time(make_agent, inp, write, sessions):
        _serve_many(make_agent, inp, write)


def _serve_one_at_a_time(make_agent, inp, write, sessions) -> bool:
    """Protocol 1 until parley's hello agrees on protocol 2: then True (the rest is _serve_many's)."""
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
            return False
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
            speaks = PROTOCOL_VERSIONS if sessions > 1 else (1,)
            offered = [v for v in msg.get("versions", []) if v in speaks]
            version = max(offered) if offered else speaks[-1]
            if version >= 2:
                write(('{"type":"hello","version":%d,"name":%s,"sessions":%d}\n'
                       % (version, json.dumps(name), sessions)).encode())
                return True
            write(('{"type":"hello","version":%d,"name":%s}\n' % (version, json.dumps(name))).encode())
        # other types belong to later versions: ignored

# Protocol 2: every message of a session starts with its id, exactly as parley writes them:
# {"id":N,"type":"act","t":T,"round":R} and {"id":N,"type":"offer","party":P,"outcome":[...],"t":T,
# "round":R}. Other lines, and these in another layout, go to the json module. Both end with the same
# 'T,"round":R}': its text names the timeline, remembered per deadline; an offer's 'P,"outcome":[...]'
# names the offer.
_ID = b'{"id":'
_ID_ACT = b'"type":"act","t":'
_ID_OFFER = re.compile(rb'"type":"offer","party":(%s,"outcome":\[%s(?:,%s)*\]),"t":(%s,"round":%s)\}'
                       % (_INT, _INT, _INT, _NUMBER, _INT)).fullmatch
_TIMELINE = re.compile(rb'(%s),"round":(%s)' % (_NUMBER, _INT)).fullmatch
#: Bytes read from parley at once under protocol 2.
_CHUNK = 1 << 16
#: Under protocol 2 the replies to what was read at once are written together, unless answering
#: takes longer than this (seconds): then what is ready is written at once, so that parley (which
#: counts each call's budget from the previous answer it received) sees every answer in time.
FLUSH_AFTER = 0.002


class _Seat:
    """One session of a protocol-2 process: its agent, deadline, reply prefix, and the timelines of its
    deadline by their text (shared by the sessions with the same deadline)."""

    __slots__ = ("agent", "deadline", "prefix", "timelines")

    def __init__(self, agent, deadline, prefix, timelines):
        self.agent = agent
        self.deadline = deadline
        self.prefix = prefix
        self.timelines = timelines


def _timeline(seat: _Seat, text: bytes) -> Optional[Timeline]:
    """The timeline a 'T,"round":R' text stands for (remembered), or None when the text is not that."""
    match = _TIMELINE(text)
    if match is None:
        return None
    timelines = seat.timelines
    if len(timelines) >= _REMEMBERED_MAX:
        timelines.clear()
    timeline = timelines[text] = tuple.__new__(Timeline, (float(match.group(1)), int(match.group(2)),
                                                          seat.deadline))
    return timeline


def _error_line(prefix: bytes, e: BaseException) -> bytes:
    """The error reply of a session whose agent raised ``e``; the traceback goes to the log."""
    if isinstance(e, _Raised):
        e = e.error  # raised in a notification before: its traceback is in the log already
    else:
        import traceback
        traceback.print_exc(file=sys.stderr)
    message = ("%s: %s" % (type(e).__name__, e)) if str(e) else type(e).__name__
    return prefix + ('"type":"error","message":%s}\n' % json.dumps(message[:1000])).encode()


def _serve_many(make_agent: Callable[[], Agent], inp: BinaryIO, write: Callable[[bytes], None],
                clock: Callable[[], float] = time.monotonic) -> None:
    """Protocol 2: many sessions at once, a fresh agent per session id.

    Reads what parley has written (one read), answers every complete line, and writes the
    replies together (one write), unless answering took longer than FLUSH_AFTER. An agent that
    raises ends its own session only: the reply is an error naming the exception (the
    traceback goes to the log), and the process goes on serving the others.
    """
    scan = json.JSONDecoder().scan_once
    loads = json.loads
    line_of = to_line
    offers: dict = {}
    seats: dict = {}
    timelines: dict = {}
    read = getattr(inp, "read1", None) or inp.read
    out: list = []
    tail = b""
    while True:
        chunk = read(_CHUNK)
        if chunk:
            lines = (tail + chunk if tail else chunk).split(b"\n")
            tail = lines.pop()
        elif tail:
            lines, tail = [tail], b""
        else:
            return
        started = clock()
        for line in lines:
            if line.startswith(_ID):
                k = line.find(b",", 6)
                seat = seats.get(line[6:k]) if k > 6 else None
                if seat is not None:
                    if line.startswith(_ID_ACT, k + 1):
                        if line.endswith(b"}"):
                            text = line[k + 18:-1]
                            timeline = seat.timelines.get(text) or _timeline(seat, text)
                            if timeline is not None:
                                try:
                                    out.append(seat.prefix + line_of(seat.agent.choose_action(timeline))[1:])
                                except Exception as e:
                                    out.append(_error_line(seat.prefix, e))
                                    del seats[line[6:k]]
                                if clock() - started > FLUSH_AFTER:
                                    write(b"".join(out))
                                    out.clear()
                                    started = clock()
                                continue
                    else:
                        match = _ID_OFFER(line, k + 1)
                        if match is not None:
                            offer_text, text = match.groups()
                            offer = offers.get(offer_text)
                            if offer is None:
                                j = offer_text.index(b",")
                                offer = tuple.__new__(Offer, (tuple(map(int, offer_text[j + 12:-1].split(b","))),
                                                              int(offer_text[:j])))
                                if len(offers) >= _REMEMBERED_MAX:
                                    offers.clear()
                                offers[offer_text] = offer
                            try:
                                seat.agent.receive(offer, seat.timelines.get(text) or _timeline(seat, text))
                            except Exception as e:
                                _failed(seat, e)
                            continue
            try:
                msg = scan(line.decode(), 0)[0]
            except (StopIteration, ValueError):
                if not line or line.isspace():
                    continue
                msg = loads(line)
            _other(msg, seats, timelines, make_agent, out)
            if clock() - started > FLUSH_AFTER and out:
                write(b"".join(out))
                out.clear()
                started = clock()
        if out:
            write(b"".join(out))
            out.clear()


class _Raised(Exception):
    """An agent's exception from a notification, raised again at the session's next request."""

    def __init__(self, error: BaseException):
        super().__init__(error)
        self.error = error


class _Failed:
    """Stands in for the agent of a session whose agent raised in a notification: the session's
    next request is answered with that error."""

    def __init__(self, error: BaseException):
        self.error = error

    def receive(self, action, timeline):
        pass

    def choose_action(self, timeline):
        raise _Raised(self.error)

    def negotiation_ended(self, agreement):
        pass


def _failed(seat: _Seat, e: BaseException) -> None:
    """An agent raised in a notification: its session's next request gets the error."""
    import traceback
    traceback.print_exc(file=sys.stderr)
    seat.agent = _Failed(e)


def _other(msg: dict, seats: dict, timelines: dict, make_agent, out: list) -> None:
    """A protocol-2 message read by the json module (any layout, or start, end, accept, ...)."""
    if not isinstance(msg, dict):
        raise ValueError("a protocol message must be a JSON object, got %r" % (msg,))
    kind = msg.get("type")
    if "id" not in msg:
        return  # hello again, or a later version's message for the process: ignored
    key = b"%d" % msg["id"]
    prefix = b'{"id":' + key + b","
    seat = seats.get(key)
    if kind == "start":
        try:
            deadline = Deadline.from_json(msg["deadline"])
            settings = Settings(msg["party"], msg["parties"], Profile.from_json(msg["profile"]), deadline,
                                msg["protocol"], msg["seed"])
            agent = make_agent()
            seats[key] = _Seat(agent, deadline, prefix, timelines.setdefault(deadline, {}))
            agent.init(settings)
            out.append(prefix + b'"type":"ready"}\n')
        except Exception as e:
            seats.pop(key, None)
            out.append(_error_line(prefix, e))
        return
    if seat is None:
        if kind == "act":
            out.append(prefix + ('"type":"error","message":%s}\n'
                                 % json.dumps("no session %s has started" % key.decode())).encode())
        return  # a notification for a session that has ended (its agent raised): nothing to do
    if kind == "end":
        del seats[key]
        agreement = msg.get("agreement")
        try:
            seat.agent.negotiation_ended(None if agreement is None else tuple(agreement))
        except Exception:
            import traceback
            traceback.print_exc(file=sys.stderr)
        return
    timeline = None
    if "t" in msg:
        timeline = Timeline(msg["t"], msg["round"], seat.deadline)
    if kind == "act":
        try:
            out.append(seat.prefix + to_line(seat.agent.choose_action(timeline))[1:])
        except Exception as e:
            del seats[key]
            out.append(_error_line(prefix, e))
    elif kind in ("offer", "accept", "end_negotiation"):
        try:
            seat.agent.receive(from_message(msg), timeline)
        except Exception as e:
            _failed(seat, e)
    # other types belong to later versions: ignored


def _watch_parent(parent: int) -> None:
    """Exits the process when its parent is gone (parley was killed and nobody closed our stdin)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(3)


def run(make_agent: Callable[[], Agent], sessions: int = SESSIONS) -> None:
    """Runs the protocol on this process's stdin and stdout until parley closes stdin.

    ``sessions``: how many sessions the process offers to serve at once (protocol 2; see
    :func:`serve`). Give 1 for an agent that keeps state across sessions in module variables
    or otherwise cannot have several sessions interleaved in one process.

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
        serve(make_agent, sys.stdin.buffer, write, sessions)
    except BrokenPipeError:
        pass
    except KeyboardInterrupt:
        pass
