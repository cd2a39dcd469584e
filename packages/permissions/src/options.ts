import { UsageError } from '@flightcheck/core';

/** What the image must look like; every value is an option (CLI flag, executor option). */
export interface PermissionsOptions {
  uid: number;
  gid: number;
  user: string;
  home: string;
  /** Directories that must exist, be owned by the user and not be world-writable (plus the user site-packages found). */
  directories: string[];
  /** setuid/setgid files allowed: a bare name matches in /bin, /sbin, /usr/bin, /usr/sbin, /usr/lib/**; an absolute path matches that path. */
  setuidAllowList: string[];
  /** Distributions allowed in system site-packages without dpkg owning them (PEP 503 names). */
  allowedSystemPackages: string[];
}

export const DEBIAN_SETUID = [
  'su', 'mount', 'umount', 'passwd', 'chsh', 'chfn', 'gpasswd', 'newgrp', 'unix_chkpwd', 'chage', 'expiry',
  'ssh-agent', 'ssh-keysign', 'pam_extrausers_chkpwd', 'wall', 'write.ul', 'crontab', 'dotlockfile', 'dbus-daemon-launch-helper',
];

export const DEFAULT_OPTIONS: PermissionsOptions = {
  uid: 50000,
  gid: 50000,
  user: 'airflow',
  home: '/opt/airflow',
  directories: ['/opt/airflow', '/opt/airflow/.local'],
  setuidAllowList: DEBIAN_SETUID,
  // the interpreter's own bootstrap packages, as the official python:*-slim images install them
  allowedSystemPackages: ['pip', 'setuptools', 'wheel'],
};

export class PermissionsOptionError extends UsageError {}

function intOption(name: string, v: unknown, fallback: number): number {
  if (v === undefined || v === null || v === '') return fallback;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new PermissionsOptionError(`${name} must be an integer between 0 and 4294967295 (got ${String(v)})`);
  return n;
}

function pathOption(name: string, v: unknown, fallback: string): string {
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v !== 'string' || !v.startsWith('/') || v.split('/').includes('..')) throw new PermissionsOptionError(`${name} must be an absolute path without .. (got ${String(v)})`);
  return v.replace(/\/+$/, '') || '/';
}

function listOption(name: string, v: unknown, fallback: string[]): string[] {
  if (v === undefined || v === null) return fallback;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new PermissionsOptionError(`${name} must be a list of strings`);
  return v as string[];
}

/** Validates user-supplied options (hostile: CLI flags, nx.json) and fills defaults. */
export function normalizePermissionsOptions(raw: Partial<Record<keyof PermissionsOptions, unknown>> = {}): PermissionsOptions {
  const home = pathOption('home', raw.home, DEFAULT_OPTIONS.home);
  const user = raw.user === undefined || raw.user === '' ? DEFAULT_OPTIONS.user : String(raw.user);
  if (!/^[a-z_][a-z0-9_.-]*\$?$/i.test(user) || user.length > 64) throw new PermissionsOptionError(`user must be a user name (got ${user})`);
  const dirs = listOption('directories', raw.directories, raw.home !== undefined ? [home, `${home}/.local`] : DEFAULT_OPTIONS.directories);
  return {
    uid: intOption('uid', raw.uid, DEFAULT_OPTIONS.uid),
    gid: intOption('gid', raw.gid, DEFAULT_OPTIONS.gid),
    user,
    home,
    directories: dirs.map((d) => pathOption('directories[]', d, d)),
    setuidAllowList: listOption('setuidAllowList', raw.setuidAllowList, DEFAULT_OPTIONS.setuidAllowList),
    allowedSystemPackages: listOption('allowedSystemPackages', raw.allowedSystemPackages, DEFAULT_OPTIONS.allowedSystemPackages).map(normalizeDistName),
  };
}

/** PEP 503 normalised distribution name. */
export function normalizeDistName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
