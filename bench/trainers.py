"""Drives bench/trainers.sh: sets up through the real HTTP endpoints, times what a trainer waits
for, and runs wrk on the progress grid. Prints one line per figure."""

import http.client
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid

base, admin_password, n, m, server_pid = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
host = urllib.parse.urlparse(base).netloc
COURSES = ["digital-literacy-basics", "staying-safe-online"]


def request(method, path, cookie="", body=b"", content_type="application/x-www-form-urlencoded"):
    conn = http.client.HTTPConnection(host, timeout=600)
    headers = {"Host": host, "Accept": "text/html", "Origin": base}
    if cookie:
        headers["Cookie"] = cookie
    if body:
        headers["Content-Type"] = content_type
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    res = conn.getresponse()
    data = res.read()
    took = time.perf_counter() - start
    conn.close()
    return res, data, took


def post(path, fields, cookie=""):
    return request("POST", path, cookie, urllib.parse.urlencode(fields).encode())


def sign_in(login, password):
    res, _, _ = post("/api/login", [("login", login), ("password", password)])
    cookie = res.getheader("Set-Cookie", "").split(";")[0]
    assert res.status in (302, 303) and cookie, f"sign-in of {login} failed: {res.status}"
    return cookie


def csv_of(prefix, count):
    rows = ["name,mobile_or_login,gender,group,district,language"]
    names = ["Shazia Bhat", "शाज़िया देवी", "شازیہ بٹ"]
    districts = ["srinagar", "jammu", "baramulla", "kathua", "anantnag"]
    for i in range(count):
        rows.append(f"{names[i % 3]} {i},{prefix}.{i},female,shg-member,{districts[i % 5]},ur")
    return ("\ufeff" + "\r\n".join(rows) + "\r\n").encode()


def upload(cookie, cohort, csv):
    boundary = "----sabaq-bench-" + uuid.uuid4().hex
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="learners.csv"\r\n'
        "Content-Type: text/csv\r\n\r\n"
    ).encode() + csv + f"\r\n--{boundary}--\r\n".encode()
    res, data, took = request("POST", f"/api/cohorts/{cohort}/upload", cookie, body, f"multipart/form-data; boundary={boundary}")
    assert res.status == 303, f"upload refused: {res.status} {data[:300]!r}"
    return res.getheader("Location").rsplit("/", 1)[1], took


def enrol(cookie, cohort, prefix, count):
    upload_id, up = upload(cookie, cohort, csv_of(prefix, count))
    res, data, conf = post("/api/confirm-enrolment", [("cohort", cohort), ("upload", upload_id)], cookie)
    assert res.status in (302, 303), f"confirm failed: {res.status} {data[:300]!r}"
    return up, conf


def new_cohort(cookie, name):
    res, _, _ = post("/api/create-cohort", [("name", name), ("kind", "shg"), ("district", "srinagar"), ("schedule_notes", "")], cookie)
    return res.getheader("Location").rsplit("/", 1)[1]


def rss_kib():
    with open(f"/proc/{server_pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1])
    return 0


admin = sign_in("bench.admin", admin_password)
# A tag per run, so the script can run again on the same (seeded) database.
run = uuid.uuid4().hex[:6]
trainer_login = f"bench.trainer.{run}"
post("/api/create-staff", [("login", trainer_login), ("display_name", "Bench Trainer"), ("role", "trainer"), ("district", "srinagar"), ("initial_password", admin_password)], admin)
trainer = sign_in(trainer_login, admin_password)

big = new_cohort(trainer, "Enrolment batch")
up, conf = enrol(trainer, big, f"big{run}", n)
enrolled = request("GET", f"/cohorts/{big}", trainer)[1].decode().count('href="/learners/')
assert enrolled == n, f"{enrolled} of {n} learners enrolled"
print(f"CSV enrolment of {n} learners: upload + check {up:.2f} s, confirm (one transaction) {conf:.2f} s, total {up + conf:.2f} s")

grid = new_cohort(trainer, "Grid batch")
enrol(trainer, grid, f"grid{run}", m)
for course in COURSES:
    post("/api/assign-course", [("cohort", grid), ("course", course), ("due_on", "")], trainer)
_, page, _ = request("GET", f"/cohorts/{grid}/attendance", trainer)
page = page.decode()
learners = re.findall(r'name="present\[\]" value="([0-9a-f-]{36})"', page)
lessons = re.findall(r'name="lessons\[\]" value="([a-z0-9-]+:[a-z0-9-]+)"', page)
assert len(learners) == m, f"attendance form lists {len(learners)} learners"
# Three sessions: everyone at the first, two thirds at the second, a third at the third; each
# covers the next slice of lessons, so progress differs across the grid.
for s, share in enumerate([1.0, 0.66, 0.33]):
    present = learners[: int(len(learners) * share)]
    covered = lessons[s * 4 : s * 4 + 4]
    fields = [("cohort", grid), ("form_key", uuid.uuid4().hex), ("held_on", time.strftime("%Y-%m-%d"))]
    fields += [("present[]", p) for p in present] + [("lessons[]", l) for l in covered]
    res, data, _ = post("/api/record-session", fields, trainer)
    assert res.status in (302, 303), f"session refused: {res.status} {data[:300]!r}"
# One total per module column, in the grid's footer.
modules = request("GET", f"/cohorts/{grid}/progress", trainer)[1].decode().count("data-completed-by")

exported = request("GET", f"/cohorts/{grid}/progress.csv", trainer)[1].decode("utf-8-sig")
assert len(exported.strip().splitlines()) == 1 + m * len(COURSES), "one row per learner and course"
times = [request("GET", f"/cohorts/{grid}/progress.csv", trainer)[2] for _ in range(20)]
print(f"CSV export of {m} learners: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms (20 requests)")
res, data, took = post(f"/api/cohorts/{grid}/slips", [("scope", "all")], trainer)
assert res.status == 200, f"slips: {res.status}"
print(f"slip sheet for {m} learners: {took * 1000:.0f} ms, {len(data) // 1024} KiB")

duration = "10s" if m >= 200 else "2s"
out = subprocess.run(
    ["wrk", "-t1", "-c2", f"-d{duration}", "--latency", "-H", f"Cookie: {trainer}", f"{base}/cohorts/{grid}/progress"],
    capture_output=True, text=True, check=True,
).stdout
# The latency distribution's lines start with the percentile ("89.99%" also ends a stats line).
p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)
p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)
rps = re.search(r"Requests/sec:\s+(\S+)", out).group(1)
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"progress grid, {m} learners x {modules} modules ({len(COURSES)} courses): {rps} req/s, p50 {p50}, p99 {p99}, non-2xx {errors.group(1) if errors else 0} (wrk, 2 connections)")
print(f"server peak RSS: {rss_kib() / 1024:.0f} MiB")
