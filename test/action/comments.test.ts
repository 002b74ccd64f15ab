// Parsing of memgate's comment markers, for bodies as GitHub stores them.
import { describe, expect, it } from 'vitest';
import {
  commentMarker,
  headCommitLine,
  recordedHeadCommit,
  startsWithMarker,
} from '../../src/github/comments.js';

const marker = commentMarker('default');
const head = 'a'.repeat(40);

describe('comment markers', () => {
  it('finds the marker before LF', () => {
    expect(startsWithMarker(`${marker}\nbody`, marker)).toBe(true);
  });

  it('finds the marker before CRLF', () => {
    expect(startsWithMarker(`${marker}\r\nbody`, marker)).toBe(true);
  });

  it('ignores a marker below the first line', () => {
    expect(startsWithMarker(`quoted\r\n${marker}\r\n`, marker)).toBe(false);
  });

  it('ignores a longer key', () => {
    expect(startsWithMarker(`${commentMarker('default2')}\n`, marker)).toBe(
      false,
    );
  });

  it('reads the head line with LF', () => {
    const body = `${marker}\n${headCommitLine(head)}\nresult`;
    expect(recordedHeadCommit(body)).toBe(head);
  });

  it('reads the head line with CRLF', () => {
    const body = `${marker}\r\n${headCommitLine(head)}\r\nresult`;
    expect(recordedHeadCommit(body)).toBe(head);
  });

  it('rejects text after the head line', () => {
    const body = `${marker}\n${headCommitLine(head)} extra\n`;
    expect(recordedHeadCommit(body)).toBeNull();
  });
});
