#!/usr/bin/env bash
# Installs what memgate and its tests need on a Debian or Ubuntu machine,
# then the npm packages from the lock file and the bundles in dist/.
# The apt packages: git; sudo, for the cgroup v2 tests that run a workload
# as an unprivileged user; GNU time, for the benchmark; User-Mode Linux and
# busybox, which boot the cgroup v2 test kernel.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(git sudo time user-mode-linux busybox-static)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' ||
    missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run build
