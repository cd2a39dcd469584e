import { dirname } from 'node:path';
import { findUp, POLICY_FILE } from '@flightcheck/core';
import { ALLOW_FILE } from './allow.js';

/** Where the allow-list and policy live: the nearest folder up from `cwd` with one of them (or nx.json), else `cwd`. */
export function workspaceRootOf(cwd: string): string {
  const marker = findUp(ALLOW_FILE, cwd) ?? findUp(POLICY_FILE, cwd) ?? findUp('nx.json', cwd);
  return marker ? dirname(marker) : cwd;
}
