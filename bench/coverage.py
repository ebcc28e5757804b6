"""Drives bench/coverage.sh: creates a division and a district official through the real
endpoints, then times the coverage report as each of them and the admin (UT) would wait for it."""

import http.client
import statistics
import sys
import time
import urllib.parse

base, admin_password = sys.argv[1], sys.argv[2]
host = urllib.parse.urlparse(base).netloc
RUNS = 20


def request(method, path, cookie="", body=b""):
    conn = http.client.HTTPConnection(host, timeout=600)
    headers = {"Host": host, "Accept": "text/html", "Origin": base}
    if cookie:
        headers["Cookie"] = cookie
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    res = conn.getresponse()
    data = res.read()
    took = time.perf_counter() - start
    conn.close()
    return res, data, took


def sign_in(login, password):
    body = urllib.parse.urlencode([("login", login), ("password", password)]).encode()
    res, _, _ = request("POST", "/api/login", body=body)
    cookie = res.getheader("Set-Cookie", "").split(";")[0]
    assert res.status in (302, 303) and cookie, f"sign-in of {login} failed: {res.status}"
    return cookie


def official(admin, login, scope):
    fields = [("login", login), ("display_name", login), ("role", "official"), ("district", ""),
              ("scope", scope), ("initial_password", "bench-official-password-1")]
    res, data, _ = request("POST", "/api/create-staff", admin, urllib.parse.urlencode(fields).encode())
    assert res.status in (200, 302, 303), data[:300]
    return sign_in(login, "bench-official-password-1")


def timed(label, cookie, path):
    times = []
    for _ in range(RUNS):
        res, data, took = request("GET", path, cookie)
        assert res.status == 200, f"{path}: {res.status} {data[:200]}"
        times.append(took * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{label:<34} p50 {statistics.median(times):7.1f} ms   p99 {p99:7.1f} ms   ({len(data) // 1024} KB)")


admin = sign_in("bench.admin", admin_password)
division = official(admin, "bench.division", "division:kashmir")
district = official(admin, "bench.district", "district:srinagar")
timed("report, UT (admin)", admin, "/reports/coverage")
timed("report, Kashmir division", division, "/reports/coverage")
timed("report, Srinagar district", district, "/reports/coverage")
timed("report, UT, SHG women, 2026", admin, "/reports/coverage?from=2026-01&to=2026-12&group=shg-member&gender=female")
timed("report CSV, UT", admin, "/reports/coverage.csv")
timed("public /coverage", "", "/coverage")
