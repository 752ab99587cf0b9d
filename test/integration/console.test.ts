import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../helpers/simulator.js';

describe('the console files under /__sim/ui', () => {
  const sim = createTestSimulator();

  it('serves the page, its script and style with a CSP that allows nothing from elsewhere', async () => {
    const page = await request(sim.app).get('/__sim/ui/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    const csp = page.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(page.text).not.toMatch(/https?:\/\//);
    for (const [file, type] of [
      ['console.js', 'text/javascript'],
      ['console.css', 'text/css'],
    ]) {
      const asset = await request(sim.app).get(`/__sim/ui/${file}`);
      expect(asset.status).toBe(200);
      expect(asset.type).toBe(type);
      expect(asset.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    }
    expect((await request(sim.app).get('/__sim/ui')).headers.location).toBe('/__sim/ui/');
    expect((await request(sim.app).get('/__sim/ui/../../etc/passwd')).status).toBe(404);
  });

  it('refuses a foreign Host (DNS rebinding), as the rest of the admin API', async () => {
    const page = await request(sim.app).get('/__sim/ui/').set('Host', 'evil.example');
    expect(page.status).toBe(403);
  });

  it('lists the catalogue for the code search', async () => {
    const { body } = await request(sim.app).get('/__sim/codes');
    expect(body.codes).toContainEqual(
      expect.objectContaining({ key: 'business.credit-declined', status: 'FAILED' }),
    );
  });
});

describe('the console of a simulator with an admin token', () => {
  const sim = createTestSimulator({ adminToken: 'a-console-token-of-sufficient-length' });

  it('serves its files without the token and keeps every API call behind it', async () => {
    expect((await request(sim.app).get('/__sim/ui/')).status).toBe(200);
    expect((await request(sim.app).get('/__sim/ui/console.js')).status).toBe(200);
    expect((await request(sim.app).get('/__sim/journal')).status).toBe(401);
    expect((await request(sim.app).get('/__sim/codes')).status).toBe(401);
    const withToken = await request(sim.app)
      .get('/__sim/codes')
      .set('Authorization', 'Bearer a-console-token-of-sufficient-length');
    expect(withToken.status).toBe(200);
  });
});
