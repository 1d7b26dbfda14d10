#!/usr/bin/env bash
# Install the desktop entry and the hicolor icons for the current user (no root needed).
#   bash tools/install_desktop.sh [PATH-TO-EXECUTABLE]
# By default the entry runs dist/interview-planner/interview-planner if it was built, else
# `interview-planner` from the PATH (a pip install).
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-}
if [ -z "$exe" ]; then
    if [ -x dist/interview-planner/interview-planner ]; then
        exe="$(pwd)/dist/interview-planner/interview-planner"
    else
        exe=interview-planner
    fi
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications"
for icon in resources/icons/hicolor/*/apps/*; do
    target="$data/icons/${icon#resources/icons/}"
    mkdir -p "$(dirname "$target")"
    cp "$icon" "$target"
done
sed "s|^Exec=.*|Exec=\"$exe\"|" resources/second-interview-planner.desktop \
    > "$data/applications/second-interview-planner.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Installed $data/applications/second-interview-planner.desktop (runs $exe)"
