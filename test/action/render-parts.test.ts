// Rendering of untrusted report text and the size cut, without a runner.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare/compare.js';
import { renderComment, shortMessage } from '../../src/render/comment.js';
import { codeBlock } from '../../src/render/details.js';
import { fitBody, utf8Bytes } from '../../src/render/fit.js';
import type { Report } from '../../src/report/types.js';
import { fixturePath } from '../support/action-runner.js';

async function load(name: string): Promise<Report> {
  return JSON.parse(await readFile(fixturePath(`reports/${name}`), 'utf8'));
}

describe('environment table', () => {
  const hostile = '<img src=x> @octocat [a](https://evil.example)';

  it('escapes names and values', async () => {
    const current = await load('shard-1-of-3.json');
    const baseline = await load('baseline.json');
    current.environment.variables = { [hostile]: hostile };
    baseline.environment.variables = { [hostile]: `${hostile} before` };
    const body = renderComment(
      compareReports(current, baseline),
      '<!-- memgate:default -->',
      { runUrl: null },
    );
    expect(body).not.toContain('<img');
    expect(body).not.toContain('@octocat');
    expect(body).not.toContain('](https://evil');
    expect(body).toContain('&lt;img src=x&gt;');
  });
});

describe('codeBlock', () => {
  it('splits comment markers', () => {
    const block = codeBlock('<!-- memgate:default -->');
    expect(block).not.toContain('<!--');
    expect(block).not.toContain('-->');
  });
});

describe('shortMessage', () => {
  it('keeps the first line', () => {
    expect(shortMessage('exited with code 1: x\nlast lines')).toBe(
      'exited with code 1: x',
    );
  });

  it('cuts a long line', () => {
    const message = shortMessage('a'.repeat(500));
    expect([...message]).toHaveLength(200);
    expect(message.endsWith('…')).toBe(true);
  });
});

describe('fitBody in bytes', () => {
  it('counts UTF-8 bytes', () => {
    const parts = {
      head: 'HEAD',
      details: ['内'.repeat(30), '存'.repeat(30)],
      footer: 'FOOT',
    };
    const body = fitBody(parts, 120, (n) => `${n} cut`, 'TOO LONG', utf8Bytes);
    expect(utf8Bytes(body)).toBeLessThanOrEqual(120);
    expect(body).toContain('内'.repeat(30));
    expect(body).toContain('1 cut');
  });
});
