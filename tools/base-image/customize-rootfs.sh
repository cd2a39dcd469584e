#!/bin/bash
# Turns a debootstrap'ed Debian rootfs into a stand-in for the official python:3.11-slim-bookworm
# image, so that the integration tests can build images/airflow without pulling anything.
# Usage: customize-rootfs.sh <rootfs-dir>
set -euo pipefail

rootfs="${1:?usage: customize-rootfs.sh <rootfs-dir>}"
if [[ ! -x "${rootfs}/usr/bin/python3" ]]; then
  echo "customize-rootfs: ${rootfs} has no /usr/bin/python3" >&2
  exit 2
fi

# PEP 668: Debian marks its python3 as externally managed; the official python images have no
# marker, so `pip install --user` works there. Remove it to behave the same.
find "${rootfs}/usr/lib" -maxdepth 2 -name EXTERNALLY-MANAGED -path '*/python3*' -delete

# The official image has python and pip under /usr/local/bin.
mkdir -p "${rootfs}/usr/local/bin"
ln -sfn /usr/bin/python3 "${rootfs}/usr/local/bin/python"
ln -sfn /usr/bin/python3 "${rootfs}/usr/local/bin/python3"
ln -sfn /usr/bin/pip3 "${rootfs}/usr/local/bin/pip"
ln -sfn /usr/bin/pip3 "${rootfs}/usr/local/bin/pip3"

# Slim like the official image: no apt lists, caches, logs, docs or man pages; the copyright
# files stay (licence scanners read them).
rm -rf "${rootfs}"/var/lib/apt/lists/* "${rootfs}"/var/cache/apt/*.bin "${rootfs}"/var/cache/apt/archives/*.deb
rm -rf "${rootfs}"/var/cache/debconf/*-old "${rootfs}"/var/lib/dpkg/*-old
find "${rootfs}/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
find "${rootfs}/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "${rootfs}"/usr/share/man/* "${rootfs}"/usr/share/info/*
find "${rootfs}/var/log" -type f -delete
rm -rf "${rootfs}"/tmp/* "${rootfs}"/var/tmp/*
rm -f "${rootfs}/etc/hostname" "${rootfs}/etc/resolv.conf"
: > "${rootfs}/etc/machine-id"

# Same modes as a fresh image: sticky, world-writable temp directories only.
chmod 1777 "${rootfs}/tmp" "${rootfs}/var/tmp"
