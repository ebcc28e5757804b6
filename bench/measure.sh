#!/usr/bin/env bash
# Sizes, memory and throughput of a release build, printed as Markdown for the README.
# Needs wrk and brotli (apt-get install wrk brotli). Benchmarks, not tests: nothing asserts.
# SABAQ_BENCH_SEED=K first adds K synthetic learners, to check learners' pages do not slow with them.
# usage: [SABAQ_BENCH_SEED=K] bench/measure.sh [SECONDS]   (each wrk run; default 10, CI runs it with 2)
source "$(dirname "$0")/lib.sh"
for tool in wrk brotli gzip curl; do command -v $tool >/dev/null || { echo "missing $tool" >&2; exit 1; }; done
seconds="${1:-10}"
# The built files carry content hashes in their names (hash-files).
pkg() { ls target/site/pkg/sabaq*."$1" | head -1; }

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
br() { brotli -q 11 -c "$1" | wc -c; }
gz() { gzip -9 -c "$1" | wc -c; }

bench_database measure >/dev/null
./target/release/server import-content content >/dev/null
if [[ -n "${SABAQ_BENCH_SEED:-}" ]]; then
  ./target/release/server seed-synthetic --learners "$SABAQ_BENCH_SEED" | tail -n 1 >&2
fi
port="${SABAQ_BENCH_PORT:-3200}"
bench_serve "$port"
sleep 1
rss() { awk '/VmRSS/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$pid/status"; }
idle_rss=$(rss)

curl -s "http://127.0.0.1:$port/" -o "$workdir/home.html"
wasm=$(pkg wasm) js=$(pkg js) css=$(pkg css)
strip -o "$workdir/server.stripped" target/release/server

wrk -t2 -c64 -d${seconds}s --latency "http://127.0.0.1:$port/" >"$workdir/wrk.txt"
rps=$(awk '/Requests\/sec/ { print $2 }' "$workdir/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$workdir/wrk.txt")
load_rss=$(rss)

# Quiz submissions: a registered learner submits the fraud practice quiz with fresh attempt ids.
origin="http://127.0.0.1:$port"
curl -s -o /dev/null -c "$workdir/jar" -H "Origin: $origin" -H "Accept: text/html" \
  --data "login=bench.learner&display_name=Bench&password=bench-password-42&password_confirm=bench-password-42&group=student&gender=female&district=jammu&language=en" \
  "$origin/api/register"
export SABAQ_COOKIE="sabaq_session=$(awk '$6 == "sabaq_session" { print $7 }' "$workdir/jar")"
# Every right answer of a quiz, as form fields.
answers() {
  python3 - "$1" "$2" <<'PY'
import sys, tomllib, urllib.parse
course, quiz = sys.argv[1:]
quiz = tomllib.load(open(f"content/{course}/quizzes/{quiz}.toml", "rb"))
fields = []
for q in quiz["questions"]:
    if q["kind"] in ("single", "true-false"):
        fields.append((f"answers[{q['id']}]", q["answer"][0]))
    elif q["kind"] == "multiple":
        fields += [(f"answers[{q['id']}:{a}]", "on") for a in q["answer"]]
    else:
        fields += [(f"answers[{q['id']}#{i + 1}]", a) for i, a in enumerate(q["answer"])]
print(urllib.parse.urlencode(fields))
PY
}
export SABAQ_FORM="course=staying-safe-online&quiz=fraud-practice&$(answers staying-safe-online fraud-practice)"
wrk -t2 -c64 -d${seconds}s --latency -s bench/submit-quiz.lua "$origin/" >"$workdir/wrk-quiz.txt"
quiz_rps=$(awk '/Requests\/sec/ { print $2 }' "$workdir/wrk-quiz.txt")
quiz_p99=$(awk '$1 == "99%" { print $2 }' "$workdir/wrk-quiz.txt")
quiz_errors=$(awk '/Non-2xx/ { print $5 }' "$workdir/wrk-quiz.txt")
# A redirect back to the form would also be a 302: check that submissions really are accepted.
check=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Origin: $origin" -H "Accept: text/html" -H "Cookie: $SABAQ_COOKIE" \
  --data "$SABAQ_FORM&attempt=bench-check-$$" "$origin/api/submit-quiz")
[[ "$check" == */attempts/bench-check-* ]] || quiz_errors="all (submission redirected to $check)"
# Certificate PDFs: pass the final assessment once, then download the certificate under load.
passed=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Origin: $origin" -H "Accept: text/html" -H "Cookie: $SABAQ_COOKIE" \
  --data "course=staying-safe-online&quiz=final&attempt=bench-final-$$&$(answers staying-safe-online final)" "$origin/api/submit-quiz")
code=$(curl -s -H "Cookie: $SABAQ_COOKIE" "$passed" | grep -o '/certificates/[0-9A-Z-]*' | head -1)
pdf_url="$origin$code/certificate.pdf"
pdf_size=$(curl -s -H "Cookie: $SABAQ_COOKIE" "$pdf_url" | wc -c)
wrk -t2 -c8 -d${seconds}s --latency -H "Cookie: $SABAQ_COOKIE" "$pdf_url" >"$workdir/wrk-pdf.txt"
pdf_rps=$(awk '/Requests\/sec/ { print $2 }' "$workdir/wrk-pdf.txt")
pdf_p99=$(awk '$1 == "99%" { print $2 }' "$workdir/wrk-pdf.txt")
lesson=/courses/digital-literacy-basics/lessons/paying-with-upi
curl -s "http://127.0.0.1:$port$lesson" -o "$workdir/lesson.html"
wrk -t2 -c64 -d${seconds}s --latency "http://127.0.0.1:$port$lesson" >"$workdir/wrk-lesson.txt"
lesson_rps=$(awk '/Requests\/sec/ { print $2 }' "$workdir/wrk-lesson.txt")
lesson_p99=$(awk '$1 == "99%" { print $2 }' "$workdir/wrk-lesson.txt")

# A lesson's first visit by language as Chromium counts it: bytes on the wire (compressed as
# served), empty cache, fonts and pictures included, with and without JavaScript.
browser_visits=$(NODE_PATH=end2end/node_modules node bench/first-visit.cjs "http://127.0.0.1:$port" "$lesson" 2>&1 || echo "(browser measurement failed)")
# Offline use: the service worker and its page script, and what saving a course keeps (the quick
# mode saves one course).
curl -s "http://127.0.0.1:$port/sw.js" -o "$workdir/sw.js"
page_script=$(grep -o '/scripts/offline\.[0-9a-f]*\.js' "$workdir/sw.js" | head -1)
curl -s "http://127.0.0.1:$port$page_script" -o "$workdir/offline.js"
if (( seconds < 5 )); then offline_courses=(staying-safe-online); else offline_courses=(); fi
offline_sizes=$(NODE_PATH=end2end/node_modules node bench/offline-sizes.cjs "http://127.0.0.1:$port" "${offline_courses[@]}" 2>&1 || echo "(offline measurement failed)")

cat <<TABLE
| what | raw | gzip -9 | brotli -q 11 |
|---|---|---|---|
| WASM (islands) | $(kb $(stat -c %s $wasm)) | $(kb $(gz $wasm)) | $(kb $(br $wasm)) |
| JS glue | $(kb $(stat -c %s $js)) | $(kb $(gz $js)) | $(kb $(br $js)) |
| CSS | $(kb $(stat -c %s $css)) | $(kb $(gz $css)) | $(kb $(br $css)) |
| home page HTML (English) | $(kb $(stat -c %s "$workdir/home.html")) | $(kb $(gz "$workdir/home.html")) | $(kb $(br "$workdir/home.html")) |
| lesson page HTML (English) | $(kb $(stat -c %s "$workdir/lesson.html")) | $(kb $(gz "$workdir/lesson.html")) | $(kb $(br "$workdir/lesson.html")) |
| service worker (/sw.js) | $(kb $(stat -c %s "$workdir/sw.js")) | $(kb $(gz "$workdir/sw.js")) | $(kb $(br "$workdir/sw.js")) |
| its page script ($page_script) | $(kb $(stat -c %s "$workdir/offline.js")) | $(kb $(gz "$workdir/offline.js")) | $(kb $(br "$workdir/offline.js")) |
| server binary | $(kb $(stat -c %s target/release/server)) (stripped: $(kb $(stat -c %s "$workdir/server.stripped"))) | | |

| what | value |
|---|---|
| idle RSS after start-up | $idle_rss |
| RSS after the load test | $load_rss |
| home page, wrk -t2 -c64 -d${seconds}s (client on the same 2 cores) | $rps req/s, p99 $p99 |
| lesson page ($lesson), same load, SQLite | $lesson_rps req/s, p99 $lesson_p99 |
| quiz submissions (8 questions, new attempt each), same load, SQLite | $quiz_rps req/s, p99 $quiz_p99, failed: ${quiz_errors:-0} |
| certificate PDF ($(kb $pdf_size), English), wrk -t2 -c8 -d${seconds}s | $pdf_rps req/s, p99 $pdf_p99 |

First visit of $lesson in Chromium (empty cache, no Noto fonts installed on the machine):

$browser_visits

A course saved for offline use, signed in, by language (bytes kept on the phone, uncompressed):

$offline_sizes
TABLE
