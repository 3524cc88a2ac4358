// Header names (and a value) imported from a constants module: this file never spells a CORS header.
import express from 'express';
import { ACAO, ACAC, ALLOW_ALL } from './constants.js';
import * as H from './constants.js';

const app = express();

app.get('/me', (req, res) => {
  res.setHeader(ACAO, ALLOW_ALL); // @cors A wildcard-credentials
  res.setHeader(ACAC, 'true');
  res.json(req.user);
});

app.get('/cart', (req, res) => {
  res.set({ [H.ACAO]: '*', [H.ACAC]: 'true' }); // @cors B wildcard-credentials
  res.json([]);
});

app.get('/partner', (req, res) => {
  res.setHeader(H.ACAO, req.query.origin); // @cors C reflected-origin @cors D missing-vary fix
  res.setHeader(H.ACAC, 'true');
  res.json({});
});

export default app;
