// Headers a proxy adds to the requests it forwards to the backend: not response headers.
const { createProxyMiddleware } = require('http-proxy-middleware');
const express = require('express');

module.exports = defineNuxtConfig({
  nitro: {
    devProxy: {
      '/api': {
        target: 'http://localhost:4000',
        changeOrigin: true,
        headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
      },
    },
  },
});

const app = express();
app.use(
  '/backend',
  createProxyMiddleware({
    target: process.env.BACKEND_URL,
    headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
  }),
);
