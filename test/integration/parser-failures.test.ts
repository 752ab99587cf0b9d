import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../protocol/codes/index.js';
import { parsePlaintext } from '../../protocol/plaintext.js';
import { type RunningSimulator, startSimulator } from '../../simulator/start.js';

// These requests never reach Express: Node's parser rejects them first.
describe('requests the HTTP parser rejects', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  function rawExchange(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(sim.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('utf8');
      });
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
      socket.write(request);
    });
  }

  function answerFields(response: string): Record<string, string> {
    const [head = '', body = ''] = response.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    return parsePlaintext(body);
  }

  it('answers a query string beyond the header limit with a plain FAILED answer', async () => {
    const query = `MerchantID=sim_demo&Len=10&Data=${'A'.repeat(40_000)}`;
    const response = await rawExchange(`GET /debtor.aspx?${query} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answerFields(response)).toMatchObject({
      Status: 'FAILED',
      Description: catalogue.get('transport.body-too-large').en,
      TransID: 'na',
    });
  });

  it('answers a malformed request line with a plain FAILED answer', async () => {
    const response = await rawExchange('NOT A REQUEST\r\n\r\n');
    expect(answerFields(response)).toMatchObject({
      Status: 'FAILED',
      Description: 'Request unreadable',
    });
  });
});
