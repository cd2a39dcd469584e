import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckOutcome, CommandIO } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { GLIBC, osvDb, REQUESTS, smallImage } from '../test/support/fixtures.js';
import plugin from './cli.js';

function io(cwd: string, env: Record<string, string | undefined> = {}): CommandIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env, isTTY: false, out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '' };
}
const command = (name: string) => plugin.commands.find((c) => c.command.startsWith(name))!;

describe('image-scan CLI plugin', () => {
  it('declares image-scan, sbom and osv-db', () => {
    expect(plugin.commands.map((c) => c.command)).toEqual(['image-scan', 'sbom', 'osv-db <action>']);
  });

  it('image-scan runs the built-in engine on an archive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const outcome = (await command('image-scan').run({ archive: await smallImage(), engine: 'builtin', osvDb: osvDb([GLIBC, REQUESTS], new Date().toISOString()) }, io(dir))) as CheckOutcome;
    expect(outcome.report.results[0]!.findings.map((f) => f.ruleId).sort()).toEqual(['CVE-2023-32681', 'CVE-2023-6246']);
  });

  it('sbom writes schema-valid CycloneDX to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const streams = io(dir);
    expect(await command('sbom').run({ archive: await smallImage(), output: 'bom.json' }, streams)).toBe(0);
    const bom = JSON.parse(readFileSync(join(dir, 'bom.json'), 'utf8'));
    expect(bom.components.map((c: { purl?: string }) => c.purl).filter(Boolean)).toContain('pkg:deb/debian/libc6@2.36-9+deb12u3?arch=amd64&distro=debian-12');
    expect(streams.err.join('')).toMatch(/sbom: 3 packages written to bom\.json/);
    await expect(command('sbom').run({}, streams)).rejects.toThrow(/exactly one of --image and --archive/);
  });

  it('osv-db fetch fails fast and clearly without a network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    await expect(command('osv-db').run({ action: 'fetch', ecosystem: ['PyPI'], out: dir, baseUrl: 'http://osv.invalid' }, io(dir))).rejects.toThrow(/cannot download http:\/\/osv\.invalid\/PyPI\/all\.zip/);
    await expect(command('osv-db').run({ action: 'fetch', ecosystem: ['PyPI'] }, io(dir))).rejects.toThrow(/needs --out/);
  });
});
