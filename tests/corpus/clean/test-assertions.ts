// @ts-nocheck
// Tests that check CORS headers read them; they do not set them.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import app from '../src/app';

describe('CORS', () => {
  it('answers public routes with *', async () => {
    const res = await request(app).get('/public/status');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('allows credentials for the app', async () => {
    await request(app)
      .get('/account')
      .set('Origin', 'https://app.example.com')
      .expect('Access-Control-Allow-Origin', '*')
      .expect('Access-Control-Allow-Credentials', 'true');
  });
});

describe('CORS headers collected before comparing', () => {
  it('echoes an allowed origin', async () => {
    const res = await request(app).get('/account').set('Origin', 'https://app.example.com');
    const actualHeaders = {
      'access-control-allow-origin': res.headers['access-control-allow-origin'],
      'access-control-allow-credentials': res.headers['access-control-allow-credentials'],
    };
    expect(actualHeaders).toEqual({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-credentials': 'true',
    });
  });
});
