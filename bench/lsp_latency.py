#!/usr/bin/env python3
"""Latency of `translint lsp` as an editor sees it, over a pipe.

Measures (1) start-up: from starting the process to the `initialize` response,
(2) to the first diagnostics of the opened draft (the shipped rule tables
and the dictionary load then), and (3) for a 10 KB draft (real BBC news text with "Sadyr Zhaparov" planted in
it), the time from each of 100 incremental didChange notifications (one
character typed or deleted, at a seeded random place) to the publishDiagnostics
of that version. Every answer is checked: a server that exits, answers an error
or publishes diagnostics without the planted names/non-preferred finding fails
the benchmark (exit 1) instead of giving a figure.

Usage: bench/lsp_latency.py [TRANSLINT] [--runs N] [--edits N]
"""
import argparse, json, os, random, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "corpora", "bbc-news-2004", "articles.jsonl")


def draft(size=10_000):
    text = ""
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            text += json.loads(line)["text"].strip() + "\n\n"
            if len(text.encode()) >= size:
                break
    text = text.encode()[:size].decode(errors="ignore")
    middle = text.find("\n\n", len(text) // 2)
    return text[:middle] + "\n\nPresident Sadyr Zhaparov spoke on Monday.\n" + text[middle:]


class Server:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                sys.exit("FAIL: the server closed its output (exit %s)" % self.proc.poll())
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, accept):
        while True:
            m = self.receive()
            if "error" in m:
                sys.exit("FAIL: error response %s" % m)
            if m.get("method") == "window/showMessage":
                sys.exit("FAIL: the server reported %s" % m["params"]["message"])
            if accept(m):
                return m

    def close(self):
        self.send({"jsonrpc": "2.0", "id": 999999, "method": "shutdown"})
        self.wait_for(lambda m: m.get("id") == 999999)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        if self.proc.wait(timeout=10) != 0:
            sys.exit("FAIL: the server exited with %d" % self.proc.returncode)


def utf16_position(text, offset):
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return {"line": line, "character": len(text[start:offset].encode("utf-16-le")) // 2}


def run_once(binary, edits, rng):
    started = time.perf_counter()
    server = Server(binary)
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                 "params": {"processId": os.getpid(), "rootUri": None, "capabilities": {}}})
    server.wait_for(lambda m: m.get("id") == 1)
    startup = time.perf_counter() - started
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    uri = "file:///tmp/translint-bench-draft.md"
    text = draft()
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    first = time.perf_counter() - started
    latencies = []
    planted = text.find("Sadyr Zhaparov")
    for version in range(2, edits + 2):
        at = rng.randrange(len(text))
        while planted - 2 <= at <= planted + 16 or text[at] == "\n":
            at = rng.randrange(len(text))
        pos = utf16_position(text, at)
        if version % 2 == 0:  # type a letter
            change = {"range": {"start": pos, "end": pos}, "text": "e"}
            text = text[:at] + "e" + text[at:]
        else:                 # delete one
            end = utf16_position(text, at + 1)
            change = {"range": {"start": pos, "end": end}, "text": ""}
            text = text[:at] + text[at + 1:]
        planted = text.find("Sadyr Zhaparov")
        sent = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                     "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        m = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"].get("version") == version)
        latencies.append(time.perf_counter() - sent)
        codes = [d["code"] for d in m["params"]["diagnostics"]]
        if "names/non-preferred" not in codes:
            sys.exit("FAIL: version %d has no names/non-preferred finding: %s" % (version, codes))
    server.close()
    return startup, first, latencies, len(text.encode())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("translint", nargs="?", default=os.path.join(HERE, "..", "build", "translint"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(42)
    startups, firsts, latencies = [], [], []
    for _ in range(args.runs):
        startup, first, lat, size = run_once(args.translint, args.edits, rng)
        startups.append(startup)
        firsts.append(first)
        latencies += lat
    ms = lambda xs: "median %.1f ms (min %.1f, p90 %.1f, max %.1f)" % (
        statistics.median(xs) * 1e3, min(xs) * 1e3, sorted(xs)[int(len(xs) * 0.9)] * 1e3, max(xs) * 1e3)
    print("start-up to the initialize response, %d runs: %s" % (args.runs, ms(startups)))
    print("start-up to the first diagnostics (the rule tables and dictionary loaded): %s" % ms(firsts))
    print("didChange -> publishDiagnostics on a %d-byte draft, %d edits: %s" % (size, len(latencies), ms(latencies)))


if __name__ == "__main__":
    main()
