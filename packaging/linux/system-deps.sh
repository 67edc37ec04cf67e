#!/usr/bin/env bash
# Installs the Debian libraries Qt needs when they are missing (bare Debian + Python 3.11).
# Does nothing when Qt's libraries are already there, or when we cannot install (not root).
set -u
needed=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
        # Qt's xcb platform (the window on an X11 desktop, `make run`): Qt 6.5+ loads these,
        # and libxcb-cursor0 / -icccm4 / -keysyms1 are often missing even where X runs.
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
        libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0)
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian system; Qt may need: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "system-deps: please install as root: apt-get install ${missing[*]}" >&2
    exit 0
  fi
else
  SUDO=""
fi
echo "system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
