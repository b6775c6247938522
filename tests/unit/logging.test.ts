// The error log an operator reads: each line names the request it happened in, as pino-http's
// own line for that request does (`req.id`), so the two are found together.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { pinoErrorLogger } from '../../server/src/http/logging.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: pinoErrorLogger(pino({ level: 'info' }, stream)) };
}

describe('pinoErrorLogger', () => {
  it('writes the error with the id of its request', () => {
    const { lines, log } = capture();
    log('database unavailable', new Error('connection refused'), 'trace-me-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'database unavailable',
      req: { id: 'trace-me-42' },
      err: { message: 'connection refused' },
    });
  });

  it('writes an error outside any request without a request id', () => {
    const { lines, log } = capture();
    log('export failed', new Error('boom'));
    expect(lines[0]).toMatchObject({ msg: 'export failed', err: { message: 'boom' } });
    expect(lines[0]).not.toHaveProperty('req');
  });
});
