"""Protocol 2: one process serves several sessions at once, each known by its id."""

import contextlib
import io
import json
import random
import unittest

from parley_agent import Agent, Offer, serve
from parley_agent import protocol
from parley_agent.examples.time_dependent import factory

HELLO = {"type": "hello", "versions": [1, 2]}
PROFILE = {"name": "p", "domain": "d",
           "issues": [{"name": "x", "type": "discrete", "values": ["a", "b", "c", "d"]},
                      {"name": "y", "type": "integer", "values": [1, 2, 3]}],
           "utility": {"type": "additive", "weights": [0.7, 0.3],
                       "evaluations": [[0.2, 1.0, 0.6, 0.0], [0.0, 0.5, 1.0]]},
           "reservationValue": 0.1, "discountFactor": 1.0}


def start(party=1, rounds=20, seed=7, profile=PROFILE):
    return {"type": "start", "protocol": "SAOP", "party": party, "parties": 2, "deadline": {"rounds": rounds},
            "seed": seed, "profile": profile}


def with_id(i, m):
    """m as parley writes it under protocol 2: the id first."""
    return dict([("id", i)] + list(m.items()))


def line(m):
    return json.dumps(m, separators=(",", ":")).encode() + b"\n"


def talk(make, messages, sessions=protocol.SESSIONS, chunks=None):
    """Replies (parsed) to messages; chunks splits the input into reads of those sizes."""
    data = b"".join(line(m) for m in messages)
    out = []
    serve(make, Chunked(data, chunks), out.append, sessions)
    return [json.loads(x) for x in b"".join(out).splitlines()], out


class Chunked(io.BytesIO):
    """A stream whose read1 returns at most the next chunk size (as a pipe returns what is there)."""

    def __init__(self, data, sizes):
        super().__init__(data)
        self.sizes = list(sizes or [])

    def read1(self, n=-1):
        if self.sizes:
            n = min(n, self.sizes.pop(0))
        return super().read1(n)


class Recorder(Agent):
    name = "recorder"
    calls = []

    def init(self, settings):
        super().init(settings)
        Recorder.calls.append((id(self), "init", settings.seed))

    def receive(self, action, timeline):
        Recorder.calls.append((id(self), "receive", action, timeline.time, timeline.round))

    def choose_action(self, timeline):
        Recorder.calls.append((id(self), "choose", timeline.time, timeline.round))
        return self.offer((self.settings.seed % 4, 0))

    def negotiation_ended(self, agreement):
        Recorder.calls.append((id(self), "ended", agreement))


class Raiser(Recorder):
    """Raises in the hook named by its seed: 1 init, 2 receive, 3 choose_action."""

    def init(self, settings):
        super().init(settings)
        if settings.seed == 1:
            raise KeyError("in init")

    def receive(self, action, timeline):
        if self.settings.seed == 2:
            raise ValueError("in receive")

    def choose_action(self, timeline):
        if self.settings.seed == 3:
            raise RuntimeError("in choose_action")
        return super().choose_action(timeline)


class MultiplexTest(unittest.TestCase):

    def test_hello_offers_sessions_only_when_asked_for_more_than_one(self):
        self.assertEqual(talk(Recorder, [HELLO])[0], [{"type": "hello", "version": 2, "name": "recorder",
                                                       "sessions": 64}])
        self.assertEqual(talk(Recorder, [HELLO], sessions=8)[0][0]["sessions"], 8)
        self.assertEqual(talk(Recorder, [HELLO], sessions=1)[0], [{"type": "hello", "version": 1,
                                                                   "name": "recorder"}])
        with self.assertRaises(ValueError):
            talk(Recorder, [HELLO], sessions=0)

    def test_interleaved_sessions_each_have_their_own_agent(self):
        Recorder.calls = []
        replies, _ = talk(Recorder, [
            HELLO,
            with_id(4, start(seed=5)),
            with_id(9, start(seed=6)),
            with_id(4, {"type": "offer", "party": 0, "outcome": [2, 1], "t": 0.25, "round": 1}),
            with_id(9, {"type": "act", "t": 0.5, "round": 2}),
            with_id(4, {"type": "act", "t": 0.25, "round": 1}),
            with_id(9, {"type": "end", "agreement": None}),
            with_id(4, {"type": "accept", "party": 0, "outcome": [1, 0], "t": 0.75, "round": 3}),
            with_id(4, {"type": "end", "agreement": [1, 0]}),
        ])
        self.assertEqual(replies[1:], [{"id": 4, "type": "ready"}, {"id": 9, "type": "ready"},
                                       {"id": 9, "type": "offer", "outcome": [2, 0]},
                                       {"id": 4, "type": "offer", "outcome": [1, 0]}])
        a, b = Recorder.calls[0][0], Recorder.calls[1][0]
        self.assertNotEqual(a, b)
        self.assertEqual([c[1:] for c in Recorder.calls if c[0] == a],
                         [("init", 5), ("receive", Offer((2, 1), 0), 0.25, 1), ("choose", 0.25, 1),
                          ("receive", protocol.from_message({"type": "accept", "party": 0, "outcome": [1, 0]}),
                           0.75, 3),
                          ("ended", (1, 0))])
        self.assertEqual([c[1:] for c in Recorder.calls if c[0] == b], [("init", 6), ("choose", 0.5, 2),
                                                                        ("ended", None)])

    def test_interleaved_sessions_answer_as_each_alone(self):
        # the time-dependent agents in many sessions at once, their messages interleaved at random and read in
        # chunks of random sizes: each session's replies are those of the same session alone under protocol 1
        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        streams = []
        for s in range(12):
            rounds = rng.choice([5, 20, 180])
            msgs = [start(party=rng.randrange(2), rounds=rounds, seed=s)]
            for r in range(1, rounds + 1):
                if rng.random() < 0.8:
                    msgs.append({"type": "offer", "party": 0, "outcome": [rng.randrange(4), rng.randrange(3)],
                                 "t": r / (rounds + 1), "round": r})
                msgs.append({"type": "act", "t": r / (rounds + 1), "round": r})
            msgs.append({"type": "end", "agreement": None})
            streams.append(msgs)
        alone = []
        for msgs in streams:
            replies, _ = talk(factory("boulware", 0.2, False), msgs, sessions=1)
            alone.append(replies)
        merged = [HELLO]
        cursors = [0] * len(streams)
        while any(c < len(m) for c, m in zip(cursors, streams)):
            s = rng.choice([i for i, m in enumerate(streams) if cursors[i] < len(m)])
            merged.append(with_id(100 + s, streams[s][cursors[s]]))
            cursors[s] += 1
        data_size = sum(len(line(m)) for m in merged)
        chunks = []
        while sum(chunks) < data_size:
            chunks.append(rng.choice([1, 7, 50, 300, 5000]))
        replies, _ = talk(factory("boulware", 0.2, False), merged, chunks=chunks)
        for s in range(len(streams)):
            mine = [{k: v for k, v in r.items() if k != "id"} for r in replies[1:] if r["id"] == 100 + s]
            self.assertEqual(mine, alone[s], "session %d, seed %d" % (s, seed))

    def test_any_layout_of_a_line_is_read_alike(self):
        Recorder.calls = []
        lines = [line(HELLO), line(with_id(3, start(seed=2))),
                 b'{"id":3,"type":"offer","party":0,"outcome":[2,1],"t":0.25,"round":1}\n',
                 b'{"id":3,"type":"offer","party":0,"outcome":[2,1],"t":0.25,"round":1}\r\n',
                 b'{"type":"offer","id":3,"party":0,"outcome":[2,1],"t":0.25,"round":1}\n',
                 b' {"id": 3, "type": "offer", "party": 0, "outcome": [2, 1], "t": 0.25, "round": 1}\n',
                 b'\n', b'  \r\n',
                 b'{"id":3,"type":"act","t":0.25,"round":1}\n',
                 b'{"id":3,"type":"act","t":0.25,"round":1}\r\n',
                 b'{"id":3,"type":"act","round":1,"t":0.25}\n',
                 b'{"id":3,"type":"act","t":0.25,"round":1,"x":[1]}\n',
                 b'{"id":3,"type":"act","t":0.25,"round":1}']
        out = []
        serve(Recorder, io.BytesIO(b"".join(lines)), out.append)
        replies = [json.loads(x) for x in b"".join(out).splitlines()]
        self.assertEqual(replies[1:], [{"id": 3, "type": "ready"}] + [{"id": 3, "type": "offer",
                                                                       "outcome": [2, 0]}] * 5)
        self.assertEqual([c[1:] for c in Recorder.calls],
                         [("init", 2)] + [("receive", Offer((2, 1), 0), 0.25, 1)] * 4 + [("choose", 0.25, 1)] * 5)
        for c in Recorder.calls[1:]:
            self.assertEqual([type(v) for v in (c[2].outcome if c[1] == "receive" else ())],
                             [int] * (2 if c[1] == "receive" else 0))

    def test_the_replies_to_one_read_are_written_together(self):
        msgs = [HELLO] + [with_id(i, start(seed=i)) for i in range(5)]
        msgs += [with_id(i, {"type": "act", "t": 0.1, "round": 1}) for i in range(5)]
        _, writes = talk(Recorder, msgs)
        self.assertEqual(len(writes), 2, writes)  # the hello, then one write for everything read at once
        self.assertEqual(writes[1].count(b"\n"), 10)

    def test_slow_answers_are_written_as_they_come(self):
        ticks = iter(range(1000))
        msgs = [HELLO] + [with_id(i, start(seed=i)) for i in range(3)]
        msgs += [with_id(i, {"type": "act", "t": 0.1, "round": 1}) for i in range(3)]
        data = b"".join(line(m) for m in msgs)
        out = []
        old = protocol.FLUSH_AFTER
        protocol.FLUSH_AFTER = 0.5
        try:
            # a clock that moves by a second per reading: every answer is late, so each is written at once
            protocol._serve_many(Recorder, io.BytesIO(data[len(line(HELLO)):]), out.append,
                                 clock=lambda: float(next(ticks)))
        finally:
            protocol.FLUSH_AFTER = old
        self.assertEqual(len(out), 6, out)

    def test_an_agent_that_raises_ends_its_own_session_only(self):
        Recorder.calls = []
        msgs = [HELLO] + [with_id(i, start(seed=i)) for i in range(5)]
        for i in range(5):
            msgs += [with_id(i, {"type": "offer", "party": 0, "outcome": [1, 1], "t": 0.1, "round": 1}),
                     with_id(i, {"type": "act", "t": 0.1, "round": 1})]
        msgs += [with_id(i, {"type": "end", "agreement": None}) for i in range(5)]
        msgs += [with_id(77, {"type": "act", "t": 0.1, "round": 1})]
        log = io.StringIO()
        with contextlib.redirect_stderr(log):
            replies, _ = talk(Raiser, msgs)
        # each traceback is in the log
        self.assertEqual(log.getvalue().count("Traceback (most recent call last)"), 3, log.getvalue())
        self.assertIn("RuntimeError: in choose_action", log.getvalue())
        by_id = {}
        for r in replies[1:]:
            by_id.setdefault(r["id"], []).append(r)
        self.assertEqual(by_id[0], [{"id": 0, "type": "ready"}, {"id": 0, "type": "offer", "outcome": [0, 0]}])
        # parley asks nothing more of a session that answered with an error; asked anyway, the kit says so
        self.assertEqual(by_id[1], [{"id": 1, "type": "error", "message": "KeyError: 'in init'"},
                                    {"id": 1, "type": "error", "message": "no session 1 has started"}])
        self.assertEqual(by_id[2], [{"id": 2, "type": "ready"}, {"id": 2, "type": "error",
                                                                 "message": "ValueError: in receive"}])
        self.assertEqual(by_id[3], [{"id": 3, "type": "ready"}, {"id": 3, "type": "error",
                                                                 "message": "RuntimeError: in choose_action"}])
        self.assertEqual(by_id[4], [{"id": 4, "type": "ready"}, {"id": 4, "type": "offer", "outcome": [0, 0]}])
        self.assertEqual(by_id[77], [{"id": 77, "type": "error", "message": "no session 77 has started"}])

    def test_a_reply_that_is_not_an_action_is_the_sessions_error(self):
        class Bad(Recorder):
            def choose_action(self, timeline):
                return None
        with contextlib.redirect_stderr(io.StringIO()):
            replies, _ = talk(Bad, [HELLO, with_id(1, start()), with_id(1, {"type": "act", "t": 0.1, "round": 1})])
        self.assertEqual(replies[2]["type"], "error")
        self.assertTrue(replies[2]["message"].startswith("TypeError: choose_action must return an Offer"),
                        replies[2])


if __name__ == "__main__":
    unittest.main()
