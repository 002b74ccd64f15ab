#!/bin/busybox sh
# PID 1 of the User-Mode Linux guest started by run-in-uml.sh. The root file
# system is the host's / through hostfs, read-only. This script lays a tmpfs
# overlay over it and mounts cgroup2. Then it runs the command in a chroot
# and writes its exit status back to the host's control folder.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
bb=/bin/busybox

fail() {
  echo "memgate-uml-init: $*"
  # No status file: the host script reports a failed guest.
  $bb poweroff -f
}

$bb mount -t proc proc /proc
$bb mount -t sysfs sysfs /sys
control=$($bb sed -n 's/.*memgate\.control=\([^ ]*\).*/\1/p' /proc/cmdline)
$bb mount -t tmpfs -o mode=755 tmpfs /run || fail "mounting /run failed"
$bb mkdir -p /run/overlay/upper /run/overlay/work /run/overlay/root /run/control
$bb mount -t hostfs -o "$control" hostfs /run/control || fail "mounting $control failed"
workdir=$($bb cat /run/control/workdir)

# The Debian UML kernel builds overlayfs as a module.
$bb insmod "/usr/lib/uml/modules/$($bb uname -r)/kernel/fs/overlayfs/overlay.ko" ||
  fail "loading overlay.ko failed"
new=/run/overlay/root
$bb mount -t overlay -o lowerdir=/,upperdir=/run/overlay/upper,workdir=/run/overlay/work overlay $new ||
  fail "mounting the overlay failed"

$bb mount -t proc proc $new/proc
$bb mount -t sysfs sysfs $new/sys
$bb mount -t cgroup2 cgroup2 $new/sys/fs/cgroup || fail "mounting cgroup2 failed"
echo +memory > $new/sys/fs/cgroup/cgroup.subtree_control || fail "enabling +memory failed"
$bb mount -t devtmpfs devtmpfs $new/dev
$bb mkdir -p $new/dev/shm $new/dev/pts
$bb mount -t tmpfs tmpfs $new/dev/shm
$bb mount -t tmpfs tmpfs $new/run
$bb mkdir -p $new/run/control "$new$workdir"
$bb mount -o bind /run/control $new/run/control
$bb mount -t hostfs -o "$workdir" hostfs "$new$workdir" || fail "mounting $workdir failed"
$bb hostname memgate-uml
echo "127.0.1.1 memgate-uml" >> $new/etc/hosts

$bb chroot $new /bin/bash /run/control/command
echo $? > $new/run/control/status
$bb sync
$bb poweroff -f
