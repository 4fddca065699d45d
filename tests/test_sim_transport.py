"""The simulator answers as real servers do: HTTP/1.1 keep-alive, and no Nagle stall per answer."""

from __future__ import annotations

import http.client
import time

from smsdesk.sim.server import Simulator


def test_answers_keep_the_connection_open_without_a_nagle_stall(sim: Simulator) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=10)
    n = 200
    ports = set()
    started = time.perf_counter()
    for _ in range(n):
        conn.request("GET", "/_sim/log")
        response = conn.getresponse()
        response.read()
        assert response.status == 200 and response.version == 11
        assert conn.sock is not None
        ports.add(conn.sock.getsockname()[1])
    elapsed = time.perf_counter() - started
    conn.close()
    assert len(ports) == 1  # one connection for every request: kept open
    # Headers and body leave in two writes; with Nagle's algorithm on, the body waits for the
    # client's delayed ACK (~40 ms) on every answer: 200 answers would take 8 s or more.
    assert elapsed < 4.0, f"{n} kept-open answers took {elapsed:.1f} s"
