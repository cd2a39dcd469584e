import { describe, expect, it } from 'vitest';
import { ArchiveError, DockerUnavailableError, ImageNotFoundError } from './errors.js';

describe('oci errors', () => {
  it('are input errors (exit 2) with actionable messages', () => {
    expect(new ArchiveError('a.tar', 'truncated').message).toBe('a.tar: truncated');
    expect(new DockerUnavailableError('Cannot connect').message).toMatch(/node tools\/setup\.mjs --only docker/);
    expect(new ImageNotFoundError('x:y')).toMatchObject({ exitCode: 2, name: 'ImageNotFoundError' });
  });
});
