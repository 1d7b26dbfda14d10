#!/usr/bin/env bash
# Prove the one-folder build works as a user would meet it (run by .ci/run after make dist):
# the window appears on a real X display (xcb), opens the example, is photographed into
# dist/, quits cleanly with status 0; the commands work with no display; the bundle and
# the source version read each other's data in the default per-user folder.
set -euo pipefail
# No "cmd | grep -q" here: grep -q exits at its first match, cmd then dies of SIGPIPE
# and pipefail fails the check (seen: exit 141 after pdfinfo). grep ... >/dev/null reads all.
cd "$(dirname "$0")/.."
APP=dist/interview-planner/interview-planner
PY=.venv/bin/python
[ -x "$APP" ] || { echo "check_bundle: $APP is missing: run make dist" >&2; exit 1; }
work=$(mktemp -d)
cleanup() {
    [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null
    [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
    sleep 0.2
    rm -rf "$work"
}
trap cleanup EXIT

echo "== commands from the bundle, no display"
env -u DISPLAY -u WAYLAND_DISPLAY "$APP" --version
env -u DISPLAY "$APP" import resources/examples/example-interview.json --data-dir "$work/data"
env -u DISPLAY "$APP" list --data-dir "$work/data" | grep "Northwind Analytics" >/dev/null
env -u DISPLAY "$APP" export "$work/out.json" --data-dir "$work/data"
env -u DISPLAY "$APP" sheet --interview 1 --pdf "$work/sheet.pdf" --data-dir "$work/data"
pdfinfo "$work/sheet.pdf" | grep "^Pages: *1$" >/dev/null
pdftotext "$work/sheet.pdf" - | grep "Northwind Analytics" >/dev/null
env -u DISPLAY "$APP" calendar --interview 1 --ics "$work/event.ics" --timezone Europe/London --data-dir "$work/data"
# With no system zone data the bundle's own tzdata serves.
env -u DISPLAY PYTHONTZPATH=/nonexistent "$APP" calendar --interview 1 --ics "$work/event2.ics" \
    --timezone America/New_York --data-dir "$work/data"
grep -q "TZID=America/New_York" "$work/event2.ics"
grep -q "BEGIN:VTIMEZONE" "$work/event.ics"

echo "== the same default data folder as the source version, both ways"
home="$work/home"; mkdir -p "$home"
HOME="$home" XDG_DATA_HOME= env -u PLANNER_DATA_DIR "$APP" import "$work/out.json"
HOME="$home" XDG_DATA_HOME= env -u PLANNER_DATA_DIR $PY -m planner list | grep "Northwind" >/dev/null
HOME="$home" XDG_DATA_HOME= env -u PLANNER_DATA_DIR $PY -m planner import tests/fixtures/export-v1.json
HOME="$home" XDG_DATA_HOME= env -u PLANNER_DATA_DIR "$APP" list | grep "Fabrikam" >/dev/null
ls "$home/.local/share/SecondInterviewPlanner/second-interview-planner/planner.sqlite3" >/dev/null

echo "== the window on a real X display"
display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
for _ in $(seq 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display openbox >/dev/null 2>&1 & wm_pid=$!
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb "$APP" --data-dir "$work/fresh" >"$work/app.log" 2>&1 & app_pid=$!
window=$(DISPLAY=$display timeout 60 xdotool search --sync --name "^Second Interview Planner$" | head -n 1)
echo "window $window appeared"
# Real key presses (XTEST) go to the focused window; synthetic ones (--window) Qt ignores.
DISPLAY=$display xdotool windowactivate "$window" >/dev/null 2>&1 || true
DISPLAY=$display xdotool windowfocus "$window" >/dev/null 2>&1 || true
sleep 1
DISPLAY=$display xdotool key alt+f
sleep 0.7
DISPLAY=$display xdotool key e   # File > Open the Example
for _ in $(seq 50); do
    env -u DISPLAY $PY -m planner list --data-dir "$work/fresh" 2>/dev/null | grep Northwind >/dev/null && break
    sleep 0.2
done
env -u DISPLAY $PY -m planner list --data-dir "$work/fresh" | grep "Northwind" >/dev/null || {
    echo "check_bundle: the example did not open" >&2; cat "$work/app.log" >&2; exit 1; }
sleep 1
DISPLAY=$display $PY tools/grab_screen.py dist/screenshot-bundle.png
DISPLAY=$display xdotool key ctrl+q
status=0
wait "$app_pid" || status=$?
app_pid=
[ "$status" -eq 0 ] || { echo "check_bundle: the app exited with $status" >&2; cat "$work/app.log" >&2; exit 1; }
echo "check_bundle: all good; screenshot in dist/screenshot-bundle.png"
