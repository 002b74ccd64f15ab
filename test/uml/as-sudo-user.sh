#!/bin/bash
# Runs inside the User-Mode Linux guest, as root: creates an unprivileged
# user with passwordless sudo, the way GitHub-hosted runners set up the
# `runner` user, then runs the command as that user. Every change lands in
# the guest's throwaway overlay.
# Usage: as-sudo-user.sh COMMAND [ARG...]
set -euo pipefail
user=memgate-ci
useradd --no-create-home --home-dir /tmp --shell /bin/bash "$user"
printf '%s ALL=(root) NOPASSWD: ALL\n' "$user" > "/etc/sudoers.d/$user"
chmod 0440 "/etc/sudoers.d/$user"
exec setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"
