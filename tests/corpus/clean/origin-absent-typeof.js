// Requests without an Origin header (same-origin, curl, server to server) are
// not cross-origin: letting them through grants no other site anything.
import cors from 'cors';
import express from 'express';

const app = express();
const allowed = ['https://app.example.com', 'https://admin.example.com'];

app.use(
  cors({
    credentials: true,
    origin(origin, callback) {
      if (typeof origin === 'undefined') return callback(null, true);
      if (allowed.includes(origin)) return callback(null, true);
      callback(new Error('Not allowed by CORS'));
    },
  }),
);

app.listen(3000);
