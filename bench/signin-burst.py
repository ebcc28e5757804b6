"""Fires N simultaneous sign-ins at a running Sabaq server and reports how they ended and the
server's peak memory. Each learner signs in from its own address (the server trusts one proxy
hop, so X-Forwarded-For names the client), as a district's learners would at the same moment.

usage: signin-burst.py ORIGIN SERVER_PID N
"""
import http.client, json, sys, threading, time, urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

origin, pid, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
host = urllib.parse.urlparse(origin).netloc
PASSWORD = "burst-password-42"


def post(path, fields, client):
    conn = http.client.HTTPConnection(host, timeout=120)
    body = urllib.parse.urlencode(fields)
    conn.request("POST", path, body, {
        "Origin": origin, "Accept": "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Forwarded-For": client,
    })
    status = conn.getresponse().status
    conn.close()
    return status


def address(i):
    return f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"


def status_kb(field):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def register(i):
    return post("/api/register", {
        "login": f"burst.{i}", "display_name": f"Burst {i}", "password": PASSWORD,
        "password_confirm": PASSWORD, "group": "student", "gender": "female",
        "district": "jammu", "language": "en"}, address(i))


with ThreadPoolExecutor(max_workers=4) as pool:
    made = Counter(pool.map(register, range(n)))
before = status_kb("VmRSS")

start = threading.Barrier(n)
results = [None] * n


def sign_in(i):
    start.wait()
    t = time.monotonic()
    results[i] = (post("/api/login", {"login": f"burst.{i}", "password": PASSWORD},
                       address(i)), time.monotonic() - t)


threads = [threading.Thread(target=sign_in, args=(i,)) for i in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
statuses = Counter(s for s, _ in results)
ok = sorted(d for s, d in results if s == 200)
print(json.dumps({
    "learners": n,
    "registered": made.get(200, 0),
    "registration_other": {str(k): v for k, v in made.items() if k != 200},
    "signed_in": statuses.get(200, 0),
    "busy_503": statuses.get(503, 0),
    "other": {str(k): v for k, v in statuses.items() if k not in (200, 503)},
    "rss_before_mib": round(before / 1024, 1),
    "rss_after_mib": round(status_kb("VmRSS") / 1024, 1),
    "peak_rss_mib": round(status_kb("VmHWM") / 1024, 1),
    "slowest_success_s": round(ok[-1], 2) if ok else None,
}))
