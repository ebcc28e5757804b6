"""The moving parts of bench/statewide.sh, which starts and stops the processes.

  statewide.py nginx-conf DEPLOY_CONF WORKDIR FRONT_PORT PORT...   the bench's nginx.conf
  statewide.py load --users N --seconds S ... [--kill-at T] [--restart-postgres-at T]
      runs goose (sabaq-load) through nginx while sampling CPU and memory of every process,
      applies the faults, then prints per-request-kind figures and checks the client's
      ledger of quiz submissions against the database
  statewide.py sqlite-kill URL DB_FILE SERVER_PID LOGIN PASSWORD QUIZ_PATH   a burst of quiz
      submissions to one SQLite server, kill -9 in the middle; then integrity, and every
      acknowledged submission kept
"""
import argparse, http.client, json, os, re, signal, subprocess, sys, threading, time
import urllib.error, urllib.parse, urllib.request
from collections import defaultdict

TICKS = os.sysconf("SC_CLK_TCK")


def nginx_conf(deploy, workdir, front, ports):
    """The deployment's own upstream and location blocks, on plain HTTP on loopback."""
    text = open(deploy).read()
    upstream = re.search(r"upstream sabaq \{.*?\n\}", text, re.S).group(0)
    upstream = re.sub(r"\n    server 127\.0\.0\.1:\d+[^\n]*", "", upstream)
    servers = "".join(f"\n    server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;" for p in ports)
    upstream = upstream.replace("upstream sabaq {", "upstream sabaq {" + servers, 1)
    # From the body size limit to the end: the locations and the server block's closing brace.
    body = text[text.index("client_max_body_size"):]
    user = "user root;\n" if os.geteuid() == 0 else ""
    return f"""{user}worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 16384; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    {upstream}
    server {{
        listen 127.0.0.1:{front};
        {body}
}}
"""


# ---- sampling CPU and memory ----

def proc_ticks(pid):
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError):
        return None


def proc_kb(pid, key):
    """VmRSS from status, or Pss from smaps_rollup (shared memory counted once)."""
    path = f"/proc/{pid}/smaps_rollup" if key == "Pss:" else f"/proc/{pid}/status"
    try:
        for line in open(path):
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pids_named(prefix):
    found = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                if open(f"/proc/{d}/comm").read().startswith(prefix):
                    found.append(int(d))
            except OSError:
                pass
    return found


def children(pid):
    try:
        return [int(c) for c in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        return []


class Sampler(threading.Thread):
    """Every second: CPU ticks (summed over each group's processes, gone ones kept) and memory."""

    def __init__(self, groups):
        super().__init__(daemon=True)
        self.groups, self.stop, self.samples = groups, threading.Event(), []
        self.ticks = defaultdict(dict)  # group -> pid -> last ticks seen

    def members(self, group):
        spec = self.groups[group]
        if spec == "postgres":
            return pids_named("postgres")
        return [spec] + children(spec) if group.startswith("nginx") else [spec]

    def run(self):
        while not self.stop.is_set():
            row = {"t": time.monotonic()}
            for g in self.groups:
                pids = self.members(g)
                key = "Pss:" if self.groups[g] == "postgres" else "VmRSS:"
                for p in pids:
                    t = proc_ticks(p)
                    if t is not None:
                        self.ticks[g][p] = t
                row[g] = (sum(self.ticks[g].values()), sum(proc_kb(p, key) for p in pids))
            self.samples.append(row)
            self.stop.wait(1)

    def usage(self, start, end):
        """Per group: CPU as % of one core between two moments, peak memory in MB."""
        window = [s for s in self.samples if start <= s["t"] <= end] or self.samples[-2:]
        out = {}
        for g in self.groups:
            secs = max(window[-1]["t"] - window[0]["t"], 1e-9)
            cpu = 100 * (window[-1][g][0] - window[0][g][0]) / TICKS / secs
            out[g] = (cpu, max(s[g][1] for s in window) / 1024)
        return out


# ---- faults ----

def status(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except OSError:
        return None, ""


def restart_postgres(front, live, log):
    """Stops the local PostgreSQL; checks that the running servers say so (/healthz, a page
    through nginx), starts it again and waits for them to answer normally by themselves."""
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout.split()
    version, name = clusters[0], clusters[1]
    stopped = time.monotonic()
    subprocess.run(["pg_ctlcluster", version, name, "stop", "-m", "fast"], check=True)
    time.sleep(2)
    direct = live()
    health = [status(f"{d}/healthz")[0] for d in direct]
    t = time.monotonic()
    page, body = status(f"{front}/courses", timeout=30)
    said = "with" if 'role="alert"' in body else "without"
    log.append(f"PostgreSQL stopped: /healthz of each running server {health}; a page through "
               f"nginx {page} after {time.monotonic() - t:.1f} s, {said} the localized message")
    subprocess.run(["pg_ctlcluster", version, name, "start"], check=True)
    back = time.monotonic()
    while time.monotonic() - back < 60:
        if all(status(f"{d}/healthz")[0] == 200 for d in direct) and status(f"{front}/courses")[0] == 200:
            log.append(f"PostgreSQL down {back - stopped:.1f} s; servers answering again "
                       f"{time.monotonic() - back:.1f} s after it was back, none restarted")
            return
        time.sleep(0.2)
    log.append("servers did not recover within 60 s of PostgreSQL's restart")


# ---- the client's figures ----

def percentile(sorted_ms, p):
    return sorted_ms[min(len(sorted_ms) - 1, int(len(sorted_ms) * p / 100))] if sorted_ms else 0


def request_figures(path, from_ms):
    """Per kind of request: response times in ms and errors, counted once every learner has
    started (signing in happens while they start, so it is counted throughout); and requests
    per second at full load."""
    kinds, errors, at_full, last = defaultdict(list), defaultdict(int), 0, 0
    for line in open(path):
        r = json.loads(line)
        last = max(last, r["elapsed"])
        if r["elapsed"] >= from_ms:
            at_full += 1
        elif not r["name"].startswith("sign"):
            continue
        kinds[r["name"]].append(r["response_time"] + r.get("response_time_fraction_us", 0) / 1000)
        # A form post answers with a redirect, as a browser without JavaScript expects.
        posted = r["raw"]["method"] == "Post" and 300 <= r["status_code"] < 400
        if not (r["success"] or posted):
            errors[r["name"]] += 1
            print(f"  error: {r['name']}: {r['status_code']} {r['error']}"[:200])
    return kinds, errors, at_full / max((last - from_ms) / 1000, 1)


def check_ledger(ledgers, dburl, since):
    """Every acknowledged submission is in the database exactly once (so is every retried one
    that was acknowledged in the end), and nothing is stored that no client sent: over every
    run so far (a submission in flight when one run stops is stored as the next begins)."""
    outcome = defaultdict(list)
    for ledger in ledgers:
        for line in open(ledger):
            what, login, attempt = line.split()
            outcome[(login, attempt)].append(what)
    rows = subprocess.run(
        ["psql", dburl, "-Atc",
         "SELECT u.login, a.attempt_key, count(*) FROM quiz_attempts a JOIN users u ON u.id = "
         f"a.user_id WHERE a.created_at >= {since} GROUP BY 1, 2"],
        capture_output=True, text=True, check=True).stdout.split()
    stored = {(l, a): int(n) for l, a, n in (r.split("|") for r in rows)}
    acked = [k for k, v in outcome.items() if "acked" in v]
    sent = [k for k, v in outcome.items() if "sent" in v]
    retried = [k for k, v in outcome.items() if "retry" in v]
    missing = [k for k in acked if stored.get(k, 0) != 1]
    twice = [k for k, n in stored.items() if n > 1]
    lost = [k for k, v in outcome.items() if "lost" in v]
    unknown = [k for k in stored if "sent" not in outcome.get(k, [])]
    for login, attempt in unknown[:5]:
        print(f"  stored but never sent: {login} {attempt} {outcome.get((login, attempt))}; "
              f"logged elsewhere as: {[(k, v) for k, v in outcome.items() if k[1] == attempt]}")
    print(f"  submissions sent: {len(sent)}; acknowledged: {len(acked)}, of them sent more than once: "
          f"{len([k for k in retried if k in acked])}; lost (never answered): {len(lost)}")
    print(f"  in the database exactly once: {len(acked) - len(missing)} of {len(acked)}; "
          f"stored twice: {len(twice)}; stored but never sent: {len(unknown)}")
    return not missing and not twice and not unknown


def load(a):
    groups = {"server 1": a.pids[0], "server 2": a.pids[1], "server 3": a.pids[2],
              "nginx": a.nginx, "postgres": "postgres"}
    run = f"{a.users}-{int(time.time())}"
    log_file, ledger = f"{a.out}/requests-{run}.json", f"{a.out}/ledger-{run}.txt"
    env = dict(os.environ, SABAQ_LOAD_LEDGER=ledger)
    cmd = [a.goose, "--host", a.front, "--users", str(a.users), "--increase-rate",
           str(a.rate), "--run-time", f"{a.seconds}s", "--request-log", log_file,
           "--request-format", "json", "--no-reset-metrics", "--quiet"]
    start = time.monotonic()
    goose = subprocess.Popen(cmd, env=env, stdout=open(f"{a.out}/goose-{run}.txt", "w"),
                             stderr=subprocess.STDOUT)
    groups["goose"] = goose.pid
    sampler = Sampler(groups)
    sampler.start()
    events, timers = [], []
    ramp = a.users / a.rate
    live = list(a.direct)
    if a.kill_at is not None:
        def kill():
            os.kill(a.pids[2], signal.SIGKILL)
            live.remove(a.direct[2])
            events.append(f"server 3 killed with SIGKILL at {time.monotonic() - start:.0f} s")
        timers.append(threading.Timer(ramp + a.kill_at, kill))
    if a.restart_postgres_at is not None:
        timers.append(threading.Timer(ramp + a.restart_postgres_at, restart_postgres,
                                      (a.front, lambda: list(live), events)))
    for t in timers:
        t.start()
    goose.wait()
    for t in timers:
        t.join()
    end = time.monotonic()
    sampler.stop.set()
    sampler.join()
    usage = sampler.usage(start + ramp, end)
    kinds, errors, rate = request_figures(log_file, ramp * 1000)
    total = sum(len(v) for v in kinds.values())
    print(f"\n{a.users} learners ({a.rate}/s signing in, {a.seconds} s at full load): "
          f"{total} requests, {rate:.0f} req/s at full load, "
          f"{sum(errors.values())} errors (goose exit {goose.returncode})")
    print("| request | count | p50 ms | p99 ms | errors |\n|---|---|---|---|---|")
    for name in sorted(kinds, key=lambda n: -len(kinds[n])):
        ms = sorted(kinds[name])
        print(f"| {name} | {len(ms)} | {percentile(ms, 50):.1f} | {percentile(ms, 99):.1f} "
              f"| {errors[name]} |")
    print("| process | CPU (% of a core, at full load) | peak memory MB |\n|---|---|---|")
    for g, (cpu, mb) in usage.items():
        kind = "PSS, all processes" if g == "postgres" else "RSS"
        print(f"| {g} | {cpu:.0f} | {mb:.0f} ({kind}) |")
    for e in events:
        print(f"  fault: {e}")
    ledgers = [os.path.join(a.out, f) for f in os.listdir(a.out) if f.startswith("ledger-")]
    ok = check_ledger(ledgers, a.dburl, a.since)
    if a.expect_no_errors and sum(errors.values()):
        print("  FAILED: errors in a run without faults")
        ok = False
    if not ok:
        sys.exit(1)


# ---- SQLite: kill -9 during a burst ----

def sign_in(url, login, password):
    """The session cookie of a learner signed in through the form."""
    conn = http.client.HTTPConnection(url.split("//")[1], timeout=30)
    conn.request("POST", "/api/login", urllib.parse.urlencode(
        {"login": login, "password": password}), {
        "Origin": url, "Accept": "text/html",
        "Content-Type": "application/x-www-form-urlencoded"})
    r = conn.getresponse()
    return "; ".join(c.split(";")[0] for k, c in r.getheaders() if k.lower() == "set-cookie")


def first_answers(url, quiz, cookie):
    """A quiz's form fields, each question answered with its first option."""
    req = urllib.request.Request(url + quiz, headers={"Cookie": cookie})
    page = urllib.request.urlopen(req, timeout=30).read().decode()
    fields = {}
    for name, value in re.findall(r'name="(course|quiz|answers\[[^"]+)" value="([^"]*)"', page):
        fields.setdefault(name, value)
    for name, value in re.findall(r'<select name="([^"]+)"[^>]*><option value="">[^<]*</option>'
                                  r'<option value="([^"]+)"', page):
        fields.setdefault(name, value)
    return urllib.parse.urlencode(fields)


def sqlite_kill(url, db_file, pid, login, password, quiz):
    """Submits from 8 threads; the server is killed after 1 s. Every acknowledged submission
    must be in the file afterwards, which must pass integrity_check."""
    cookie = sign_in(url, login, password)
    fields = first_answers(url, quiz, cookie)
    acked, stop, lock = [], threading.Event(), threading.Lock()
    host = url.split("//")[1]

    def submit(worker):
        i = 0
        while not stop.is_set():
            i += 1
            attempt = f"00000000-0000-4000-8000-{worker:04d}{i:08d}"
            try:
                conn = http.client.HTTPConnection(host, timeout=5)
                conn.request("POST", "/api/submit-quiz", f"{fields}&attempt={attempt}", {
                    "Origin": url, "Accept": "text/html", "Cookie": cookie,
                    "Content-Type": "application/x-www-form-urlencoded"})
                if 300 <= conn.getresponse().status < 400:
                    with lock:
                        acked.append(attempt)
            except OSError:
                return

    threads = [threading.Thread(target=submit, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    time.sleep(1)
    os.kill(pid, signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join()
    check = subprocess.run(["sqlite3", db_file, "PRAGMA integrity_check;"],
                           capture_output=True, text=True).stdout.strip()
    keys = set(subprocess.run(["sqlite3", db_file, "SELECT attempt_key FROM quiz_attempts;"],
                              capture_output=True, text=True).stdout.split())
    missing = [a for a in acked if a not in keys]
    print(f"\nSQLite, kill -9 during a burst: {len(acked)} submissions acknowledged in 1 s; "
          f"integrity_check: {check}; acknowledged but missing: {len(missing)}")
    if check != "ok" or missing or not acked:
        sys.exit(1)


def main():
    if sys.argv[1] == "nginx-conf":
        deploy, workdir, front, *ports = sys.argv[2:]
        print(nginx_conf(deploy, workdir, front, ports))
    elif sys.argv[1] == "sqlite-kill":
        url, db_file, pid, login, password, quiz = sys.argv[2:]
        sqlite_kill(url, db_file, int(pid), login, password, quiz)
    else:
        p = argparse.ArgumentParser()
        p.add_argument("--users", type=int, required=True)
        p.add_argument("--rate", type=int, required=True)
        p.add_argument("--seconds", type=int, required=True)
        p.add_argument("--goose", required=True)
        p.add_argument("--front", required=True)
        p.add_argument("--direct", nargs=3, required=True)
        p.add_argument("--pids", type=int, nargs=3, required=True)
        p.add_argument("--nginx", type=int, required=True)
        p.add_argument("--dburl", required=True)
        p.add_argument("--out", required=True)
        p.add_argument("--since", type=int, required=True, help="when the first run began")
        p.add_argument("--kill-at", type=int)
        p.add_argument("--restart-postgres-at", type=int)
        p.add_argument("--expect-no-errors", action="store_true")
        load(p.parse_args(sys.argv[2:]))


if __name__ == "__main__":
    main()
