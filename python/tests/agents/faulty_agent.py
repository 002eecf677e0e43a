"""A test agent that negotiates as the kit's boulware until it misbehaves on purpose.

    python3 faulty_agent.py MODE [--session N] [--sessions K] [--tag TAG]

On the N-th session of this process (default 1; every later one too for the modes that
leave the process alive), at its first turn, it:

  crash      raises an exception (protocol 1: the process exits with a traceback;
             protocol 2: the kit answers that session with an error and goes on)
  exit       exits quietly with code 0
  sleep      sleeps forever (never answers)
  garbage    answers with a line that is not JSON
  flood      writes a line of 2 MiB without a newline
  logflood   writes 20 MiB to stderr, then answers properly
  unasked    answers, then writes a second, unasked line
  illegal    accepts an outcome that was never offered
  badreply   answers with JSON that is not an action
  version    (at hello) speaks protocol version 99 only
  none       never misbehaves

--sessions K: serve K sessions at once (protocol 2) when K > 1; default 1 (protocol 1). Sessions
are counted as they start. Under protocol 2 the replies carry the session's id: garbage and flood
write their line and then answer properly (the line breaks the process first), badreply's line
gets the id, and unasked's second line has none.

--tag is ignored: tests put a unique word in the command line to find the process later.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

from parley_agent import protocol  # noqa: E402
from parley_agent.examples.time_dependent import TimeDependentAgent  # noqa: E402

args = argparse.ArgumentParser()
args.add_argument("mode")
args.add_argument("--session", type=int, default=1)
args.add_argument("--sessions", type=int, default=1)
args.add_argument("--tag", default="")
opts = args.parse_args()

MULTIPLEXED = opts.sessions > 1
BAD_REPLY = object()


class Unasked:
    """An action whose reply line is followed by a second line nobody asked for."""

    def __init__(self, action):
        self.action = action


out_fd = os.dup(1)
os.dup2(2, 1)
sys.stdout = sys.stderr
sessions = 0


def write(data: bytes) -> None:
    while data:
        data = data[os.write(out_fd, data):]


class Faulty(TimeDependentAgent):
    def __init__(self):
        super().__init__("faulty-" + opts.mode, 0.2)
        self.turns = 0

    def init(self, settings):
        global sessions
        sessions += 1
        self.number = sessions  # this session's number in the process (several may be open at once)
        super().init(settings)

    def choose_action(self, timeline):
        self.turns += 1
        action = super().choose_action(timeline)
        if self.turns > 1 or self.number < opts.session:
            return action
        mode = opts.mode
        if mode == "crash":
            raise RuntimeError("crashed on purpose in session %d" % self.number)
        if mode == "exit":
            os._exit(0)
        if mode == "sleep":
            print("going to sleep", flush=True)
            while True:
                time.sleep(3600)
        if mode == "garbage":
            write(b"garbage, not json\n")
            return action if MULTIPLEXED else None
        if mode == "flood":
            write(b"x" * (2 << 20))
            return action if MULTIPLEXED else None
        if mode == "logflood":
            chunk = b"log line that floods the log\n" * 1000
            for _ in range((20 << 20) // len(chunk) + 1):
                os.write(2, chunk)
            return action
        if mode == "unasked":
            if MULTIPLEXED:
                return Unasked(action)
            write(protocol.to_line(action) + b'{"type":"end_negotiation"}\n')
            return None
        if mode == "illegal":
            return self.accept(self.sorted.outcome(len(self.sorted) - 1))
        if mode == "badreply":
            if MULTIPLEXED:
                return BAD_REPLY
            write(b'{"type":"offer","outcome":"the best one"}\n')
            return None
        return action


Faulty.name = "faulty-" + opts.mode


class Writer:
    def __call__(self, data: bytes) -> None:
        if data.startswith(b'{"type":"hello"') and opts.mode == "version":
            data = b'{"type":"hello","version":99}\n'
        write(data)


def make():
    return Faulty()


make.name = Faulty.name
original = protocol.to_line


def to_line(action):
    if action is BAD_REPLY:
        return b'{"type":"offer","outcome":"the best one"}\n'
    if isinstance(action, Unasked):
        return original(action.action) + b'{"type":"end_negotiation"}\n'
    return b"" if action is None else original(action)


protocol.to_line = to_line
protocol.serve(make, sys.stdin.buffer, Writer(), opts.sessions)
