import io
import json
import os
import random
import subprocess
import sys
import unittest

from parley_agent import Accept, Agent, EndNegotiation, Offer, serve
from parley_agent.actions import to_line
from parley_agent.examples.time_dependent import TimeDependentAgent, factory

PROFILE = {"name": "p", "domain": "d",
           "issues": [{"name": "x", "type": "discrete", "values": ["a", "b", "c"]}],
           "utility": {"type": "additive", "weights": [1.0], "evaluations": [[0.2, 1.0, 0.6]]},
           "reservationValue": 0.0, "discountFactor": 1.0}
START = {"type": "start", "protocol": "SAOP", "party": 1, "parties": 2, "deadline": {"rounds": 3}, "seed": 7,
         "profile": PROFILE}


def talk(make, *messages):
    inp = io.BytesIO(b"".join(json.dumps(m).encode() + b"\n" for m in messages))
    out = []
    serve(make, inp, out.append)
    return [json.loads(line) for line in b"".join(out).splitlines()]


class Recorder(Agent):
    name = "recorder"
    calls = []

    def init(self, settings):
        super().init(settings)
        Recorder.calls.append(("init", settings.party, settings.party_count, settings.deadline.rounds, settings.seed,
                               settings.protocol))

    def receive(self, action, timeline):
        Recorder.calls.append(("receive", action, timeline.time, timeline.round))

    def choose_action(self, timeline):
        Recorder.calls.append(("choose", timeline.time, timeline.round))
        return self.offer((1,))

    def negotiation_ended(self, agreement):
        Recorder.calls.append(("ended", agreement))


class ProtocolTest(unittest.TestCase):

    def test_hello_picks_the_newest_common_version(self):
        self.assertEqual(talk(Recorder, {"type": "hello", "versions": [1]}),
                         [{"type": "hello", "version": 1, "name": "recorder"}])
        self.assertEqual(talk(Recorder, {"type": "hello", "versions": [1, 2, 3]}),
                         [{"type": "hello", "version": 2, "name": "recorder", "sessions": 64}])

    def test_a_session(self):
        Recorder.calls = []
        replies = talk(Recorder,
                       {"type": "hello", "versions": [1]}, START,
                       {"type": "offer", "party": 0, "outcome": [2], "t": 0.25, "round": 1},
                       {"type": "act", "t": 0.25, "round": 1},
                       {"type": "accept", "party": 0, "outcome": [1], "t": 0.5, "round": 2},
                       {"type": "end", "agreement": [1]})
        self.assertEqual(replies[1:], [{"type": "ready"}, {"type": "offer", "outcome": [1]}])
        self.assertEqual(Recorder.calls, [("init", 1, 2, 3, 7, "SAOP"),
                                          ("receive", Offer((2,), 0), 0.25, 1),
                                          ("choose", 0.25, 1),
                                          ("receive", __import__("parley_agent").Accept((1,), 0), 0.5, 2),
                                          ("ended", (1,))])

    def test_a_fresh_agent_per_session(self):
        made = []

        def make():
            made.append(Recorder())
            return made[-1]
        talk(make, START, {"type": "end", "agreement": None}, START, {"type": "end", "agreement": None})
        self.assertEqual(len(made), 2)
        self.assertIsNot(made[0], made[1])

    def test_unknown_messages_of_later_versions_are_ignored(self):
        self.assertEqual(talk(Recorder, {"type": "something-new"}, START), [{"type": "ready"}])

    def test_time_dependent_agent(self):
        # boulware on one issue (utilities 1.0, 0.6, 0.2): target(t) = 0.2 + 0.8 (1 - t^5)
        replies = talk(factory("boulware", 0.2, False), START,
                       {"type": "act", "t": 0.25, "round": 1},
                       {"type": "offer", "party": 0, "outcome": [2], "t": 0.5, "round": 2},
                       {"type": "act", "t": 0.5, "round": 2},
                       {"type": "offer", "party": 0, "outcome": [2], "t": 0.75, "round": 3},
                       {"type": "act", "t": 0.999, "round": 3})
        self.assertEqual(replies, [{"type": "ready"}, {"type": "offer", "outcome": [1]},
                                   {"type": "offer", "outcome": [1]}, {"type": "accept", "outcome": [2]}])
        a = TimeDependentAgent("x", 2.0)
        self.assertEqual(a.concession(0.25, 2.0), 0.5)
        self.assertEqual(a.concession(0.5, 0.0), 0.0)

    def test_any_layout_of_a_line_is_read_alike(self):
        # compact as parley writes them, with blanks, a leading blank, CRLF, blank lines between
        lines = [b'{"type":"start","protocol":"SAOP","party":1,"parties":2,"deadline":{"rounds":3},"seed":7,'
                 b'"profile":' + json.dumps(PROFILE).encode() + b'}\n',
                 b'\n', b'   \r\n',
                 b'{"type":"offer","party":0,"outcome":[2],"t":0.25,"round":1}\n',
                 b' {"type": "act", "t": 0.25, "round": 1}\r\n',
                 b'\t{ "type" : "accept" , "party" : 0 , "outcome" : [ 1 ] , "t" : 0.5 , "round" : 2 }\n',
                 b'{"type":"act","t":0.5,"round":2}',
                 ]
        Recorder.calls = []
        out = []
        serve(Recorder, io.BytesIO(b"".join(lines)), out.append)
        self.assertEqual(out, [b'{"type":"ready"}\n', b'{"type":"offer","outcome":[1]}\n',
                               b'{"type":"offer","outcome":[1]}\n'])
        self.assertEqual(Recorder.calls, [("init", 1, 2, 3, 7, "SAOP"),
                                          ("receive", Offer((2,), 0), 0.25, 1),
                                          ("choose", 0.25, 1),
                                          ("receive", Accept((1,), 0), 0.5, 2),
                                          ("choose", 0.5, 2)])

    def test_act_times_read_exactly_as_json_reads_them(self):
        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        texts = ["0.0", "1.0", "1", "0.5", "1.0E-4", "2.5e-7", "9.999999999999999E-5", "0.005524861878453038"]
        texts += [repr(rng.random()) for _ in range(200)] + [repr(rng.random() * 1e-5) for _ in range(50)]
        texts += ["%.17gE0" % rng.random() for _ in range(20)]
        lines = [json.dumps(START).encode() + b"\n"]
        for r, text in enumerate(texts, 1):
            # twice: the second time the time is remembered
            lines += [b'{"type":"act","t":%s,"round":%d}\n' % (text.encode(), r)] * 2
        Recorder.calls = []
        serve(Recorder, io.BytesIO(b"".join(lines)), [].append)
        expected = [("choose", json.loads(text), r) for r, text in enumerate(texts, 1) for _ in range(2)]
        self.assertEqual(Recorder.calls[1:], expected, "seed %d" % seed)
        for call, (_, t, _) in zip(Recorder.calls[1:], expected):
            self.assertEqual(repr(call[1]), repr(float(t)), "seed %d" % seed)
        # another layout, or other keys, is read by the json module
        Recorder.calls = []
        odd = [b'{"type":"act","round":3,"t":0.25}\n', b'{"type":"act","t":0.25,"round":3,"x":[1]}\n',
               b'{"type":"act","t":0.25, "round":3}\n', b'{"type":"act","t":0.25,"round":3}\r\n']
        serve(Recorder, io.BytesIO(lines[0] + b"".join(odd)), [].append)
        self.assertEqual(Recorder.calls[1:], [("choose", 0.25, 3)] * 4)

    def test_offers_read_exactly_as_json_reads_them(self):
        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        lines = [json.dumps(START).encode() + b"\n"]
        for r in range(1, 300):
            outcome = ",".join(str(rng.choice([0, 1, 2, 10, 123])) for _ in range(rng.randint(1, 5)))
            t = rng.choice([repr(rng.random()), "1.0E-4", "0", "1", "2.5e-7"])
            line = '{"type":"offer","party":%d,"outcome":[%s],"t":%s,"round":%d}\n' % (rng.randint(0, 3), outcome,
                                                                                       t, r)
            lines += [line.encode()] * rng.randint(1, 2)
        # other layouts and what is not quite parley's: read by the json module
        lines += [b'{"type":"offer","party":0,"outcome":[1, 2],"t":0.5,"round":3}\n',
                  b'{"type":"offer","outcome":[1],"party":0,"t":0.5,"round":3}\n',
                  b'{"type":"offer","party":0,"outcome":[1],"t":0.5,"round":3,"x":1}\n',
                  b'{"type":"offer","party":0,"outcome":[1.0],"t":0.5,"round":3}\n',
                  b'{"type":"offer","party":0,"outcome":[],"t":0.5,"round":3}\n',
                  b'{"type":"offer","party":0,"outcome":[1],"t":0.5,"round":3}\r\n']
        Recorder.calls = []
        serve(Recorder, io.BytesIO(b"".join(lines)), [].append)
        expected = []
        for line in lines[1:]:
            m = json.loads(line)
            expected.append(("receive", Offer(tuple(m["outcome"]), m["party"]), m["t"], m["round"]))
        self.assertEqual(Recorder.calls[1:], expected, "seed %d" % seed)
        for call, e in zip(Recorder.calls[1:], expected):
            self.assertEqual(repr(call[2]), repr(float(e[2])), "seed %d" % seed)
            self.assertEqual([type(v) for v in call[1].outcome], [type(v) for v in e[1].outcome], "seed %d" % seed)

    def test_a_line_that_is_not_json_is_an_error(self):
        with self.assertRaises(ValueError):
            serve(Recorder, io.BytesIO(b'{"type":"act",\n'), [].append)

    def test_reply_lines(self):
        # Offer and Accept of the same outcome are equal as tuples: their lines must not be
        self.assertEqual(to_line(Offer((1, 2))), b'{"type":"offer","outcome":[1,2]}\n')
        self.assertEqual(to_line(Accept((1, 2))), b'{"type":"accept","outcome":[1,2]}\n')
        self.assertEqual(to_line(Offer((1, 2))), b'{"type":"offer","outcome":[1,2]}\n')
        self.assertEqual(to_line(Offer([3, 0])), b'{"type":"offer","outcome":[3,0]}\n')
        self.assertEqual(to_line(EndNegotiation()), b'{"type":"end_negotiation"}\n')
        with self.assertRaises(TypeError):
            to_line(None)

    def test_print_goes_to_the_log_and_stdin_end_ends_the_process(self):
        code = ("import sys; sys.path.insert(0, %r)\n"
                "from parley_agent import Agent, run\n"
                "class A(Agent):\n"
                "    name = 'printer'\n"
                "    def choose_action(self, t):\n"
                "        print('thinking')\n"
                "        return self.end_negotiation()\n"
                "run(A)\n") % os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        lines = [{"type": "hello", "versions": [1]}, START, {"type": "act", "t": 0.25, "round": 1}]
        p = subprocess.run([sys.executable, "-c", code], input="".join(json.dumps(m) + "\n" for m in lines),
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual([json.loads(x) for x in p.stdout.splitlines()],
                         [{"type": "hello", "version": 1, "name": "printer"}, {"type": "ready"},
                          {"type": "end_negotiation"}])
        self.assertEqual(p.stderr, "thinking\n")


if __name__ == "__main__":
    unittest.main()
