#!/bin/bash
# Runs one command as root inside a User-Mode Linux guest whose memory
# controller is on cgroup v2, for tests of the cgroup v2 sandbox on hosts
# that bind memory to cgroup v1.
#
# Usage: run-in-uml.sh [-m MEMORY_MIB] [-t TIMEOUT_SECONDS] -C WORKDIR -- COMMAND [ARG...]
#
# The guest mounts the host's / read-only under a tmpfs overlay, so its writes
# vanish at power-off, except in WORKDIR, which it shares read-write at the
# same path. cgroup2 is mounted at /sys/fs/cgroup with +memory enabled in the
# root's cgroup.subtree_control, as systemd does on a v2 host.
# Exit status: the command's own; 124 on timeout; 125 where the guest could
# not start or the harness is missing (Debian packages user-mode-linux and
# busybox-static).
set -euo pipefail

memory_mib=1024
timeout_seconds=300
workdir=
while [ $# -gt 0 ]; do
  case $1 in
    -m) memory_mib=$2; shift 2 ;;
    -t) timeout_seconds=$2; shift 2 ;;
    -C) workdir=$(cd "$2" && pwd); shift 2 ;;
    --) shift; break ;;
    *) echo "run-in-uml.sh: unknown option $1" >&2; exit 125 ;;
  esac
done
if [ -z "$workdir" ] || [ $# -eq 0 ]; then
  echo "usage: run-in-uml.sh [-m MEMORY_MIB] [-t TIMEOUT_SECONDS] -C WORKDIR -- COMMAND [ARG...]" >&2
  exit 125
fi

kernel=${MEMGATE_UML_KERNEL:-$(command -v linux.uml || true)}
if [ ! -x "$kernel" ] || [ ! -x /bin/busybox ]; then
  echo "run-in-uml.sh: linux.uml or /bin/busybox is missing: install the Debian packages user-mode-linux and busybox-static." >&2
  exit 125
fi
init=$(cd "$(dirname "$0")" && pwd)/init.sh

# The control folder passes the command in and the exit status out.
control=$(mktemp -d /tmp/memgate-uml.XXXXXX)
trap 'rm -rf "$control"' EXIT
printf '%s\n' "$workdir" > "$control/workdir"
{
  printf 'export PATH=%q HOME=/tmp LANG=C.UTF-8 CI=%q\n' "$PATH" "${CI:-}"
  printf 'cd %q || exit 125\n' "$workdir"
  printf 'exec'
  printf ' %q' "$@"
  printf '\n'
} > "$control/command"

# UML has one CPU. Pinning it to one host CPU keeps the tracer and the
# guest from bouncing between CPUs, which made the guest slower and its
# timing uneven. The guest's RAM is a sparse file in TMPDIR, /dev/shm by
# default, and counts against the caller's memory.
cpu=$(( $(nproc) - 1 ))
set +e
timeout -k 10 "$timeout_seconds" taskset -c "$cpu" "$kernel" \
  "mem=${memory_mib}M" root=/dev/root rootfstype=hostfs rootflags=/ ro \
  init="$init" "memgate.control=$control" con0=fd:0,fd:1 con=null loglevel=3 \
  </dev/null 2>&1 | grep --line-buffered -v -E '^(Core dump limits|	(soft|hard) - |Checking |Adding [0-9]+ bytes to physical|reboot: System halted)'
status=${PIPESTATUS[0]}
set -e
if [ "$status" = 124 ] || [ "$status" = 137 ]; then
  echo "run-in-uml.sh: the guest timed out after ${timeout_seconds} s" >&2
  exit 124
fi
if [ ! -s "$control/status" ]; then
  echo "run-in-uml.sh: the guest failed to start or to run the command (linux.uml exit status $status)" >&2
  exit 125
fi
exit "$(cat "$control/status")"
