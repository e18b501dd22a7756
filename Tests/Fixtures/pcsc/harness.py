#!/usr/bin/env python3
"""Test harness for pcsc-probe: runs pcscd, a virtual card for vpcd, and a control socket.

pcscd stays a child of this process, so it is always reaped (a zombie pcscd would block the
next start). The virtual card speaks vpcd's protocol: a 2-byte big-endian length, then the
payload; a 1-byte payload is a control code (0 off, 1 on, 2 reset, 4 ATR), anything longer
is a command APDU. Tests send one-line commands to STATE/control.sock:

  ping | status | insert [ATR] | remove | hang on|off | remove-after N | apdus
  pcscd restart|stop|start|kill | fake NAME [CONTENT] | fake-rm NAME | quit
"""
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time

STATE = os.environ.get("CARDPRESS_PCSC_DIR", "/tmp/cardpress-pcsc")
VPCD_PORT = 35963
DEFAULT_ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")
KNOWN_AIDS = {bytes.fromhex("A0000000031010"): bytes.fromhex("6F0A8407A0000000031010")}


class Card:
    """One virtual card in vpcd's first slot; reconnects if pcscd restarts under it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.inserted = True
        self.atr = DEFAULT_ATR
        self.hang = False
        self.remove_after = None
        self.apdus = 0
        self.sock = None
        threading.Thread(target=self.loop, daemon=True).start()

    def loop(self):
        while True:
            if not self.inserted:
                time.sleep(0.05)
                continue
            try:
                sock = socket.create_connection(("127.0.0.1", VPCD_PORT), timeout=1)
            except OSError:
                time.sleep(0.1)
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.sock = sock
            try:
                self.serve(sock)
            except OSError:
                pass
            with self.lock:
                self.sock = None
            sock.close()
            time.sleep(0.05)

    def read_exact(self, sock, count):
        data = b""
        while len(data) < count:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(count - len(data))
            if not chunk:
                raise OSError("closed")
            data += chunk
        return data

    def serve(self, sock):
        while self.inserted:
            length = int.from_bytes(self.read_exact(sock, 2), "big")
            payload = self.read_exact(sock, length)
            if len(payload) == 1:
                if payload[0] == 4:
                    self.send(sock, self.atr)
                continue
            while self.hang and self.inserted:
                time.sleep(0.05)
            if not self.inserted:
                return
            with self.lock:
                self.apdus += 1
                if self.remove_after is not None and self.apdus > self.remove_after:
                    self.inserted = False
                    self.remove_after = None
                    return
            self.send(sock, self.answer(payload))

    def send(self, sock, data):
        sock.sendall(len(data).to_bytes(2, "big") + data)

    def answer(self, apdu):
        ins = apdu[1]
        if ins == 0xA4 and len(apdu) > 5:
            aid = apdu[5 : 5 + apdu[4]]
            fci = KNOWN_AIDS.get(aid)
            return fci + b"\x90\x00" if fci else b"\x6A\x82"
        if ins == 0x84:
            count = apdu[4] if len(apdu) > 4 and apdu[4] else 8
            return secrets.token_bytes(count) + b"\x90\x00"
        if ins == 0x20:
            return b"\x63\xC3"
        if ins == 0xCA:
            return b"\x6A\x88"
        return b"\x6D\x00"

    def remove(self):
        self.inserted = False
        with self.lock:
            sock = self.sock
        if sock:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Daemon:
    """pcscd in the foreground with the harness's reader configuration."""

    def __init__(self):
        self.process = None
        self.log_path = os.path.join(STATE, "pcscd.log")

    def start(self):
        if self.process and self.process.poll() is None:
            return "already running"
        log = open(self.log_path, "ab")
        offset = log.tell()
        self.process = subprocess.Popen(
            ["pcscd", "--foreground", "--info", "-c", os.path.join(STATE, "reader.conf.d")],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 10
        while time.time() < deadline:
            with open(self.log_path, "rb") as reader:
                reader.seek(offset)
                if b"daemon ready" in reader.read():
                    return f"pid {self.process.pid}"
            if self.process.poll() is not None:
                raise RuntimeError(f"pcscd exited with {self.process.returncode}; see {self.log_path}")
            time.sleep(0.02)
        raise RuntimeError(f"pcscd not ready after 10 s; see {self.log_path}")

    def stop(self, sig=signal.SIGTERM):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return "stopped"


def handle(line, card, daemon):
    words = line.split()
    if not words:
        return "error empty command"
    verb, args = words[0], words[1:]
    if verb == "ping":
        return "ok pong"
    if verb == "status":
        running = daemon.process is not None and daemon.process.poll() is None
        return f"ok pcscd={'up' if running else 'down'} card={'in' if card.inserted else 'out'} apdus={card.apdus}"
    if verb == "insert":
        if args:
            card.atr = bytes.fromhex("".join(args))
        card.hang = False
        card.inserted = True
        return "ok"
    if verb == "remove":
        card.remove()
        return "ok"
    if verb == "hang":
        card.hang = args[:1] == ["on"]
        return "ok"
    if verb == "remove-after":
        with card.lock:
            card.apdus = 0
            card.remove_after = int(args[0])
        return "ok"
    if verb == "apdus":
        return f"ok {card.apdus}"
    if verb == "pcscd":
        action = args[0] if args else ""
        if action == "start":
            return "ok " + daemon.start()
        if action == "stop":
            return "ok " + daemon.stop()
        if action == "kill":
            return "ok " + daemon.stop(signal.SIGKILL)
        if action == "restart":
            daemon.stop()
            return "ok " + daemon.start()
        return f"error unknown pcscd action '{action}' (start, stop, kill, restart)"
    if verb == "fake":
        path = os.path.join(STATE, "fake", args[0])
        with open(path, "w") as out:
            out.write(" ".join(args[1:]))
        return "ok"
    if verb == "fake-rm":
        path = os.path.join(STATE, "fake", args[0])
        if os.path.exists(path):
            os.remove(path)
        return "ok"
    return f"error unknown command '{verb}'"


def main():
    os.makedirs(os.path.join(STATE, "fake"), exist_ok=True)
    card = Card()
    daemon = Daemon()
    daemon.start()

    path = os.path.join(STATE, "control.sock")
    if os.path.exists(path):
        os.remove(path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    stopping = threading.Event()

    def finish(*_):
        stopping.set()
        daemon.stop()
        card.remove()
        os._exit(0)

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)

    def client(conn):
        with conn:
            for raw in conn.makefile("r"):
                line = raw.strip()
                if line == "quit":
                    conn.sendall(b"ok bye\n")
                    finish()
                try:
                    reply = handle(line, card, daemon)
                except Exception as error:  # the reply carries it to the test
                    reply = f"error {error}"
                conn.sendall((reply + "\n").encode())

    while not stopping.is_set():
        conn, _ = server.accept()
        threading.Thread(target=client, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
