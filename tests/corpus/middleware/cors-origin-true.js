/* @cors-rules no-reflected-origin-with-credentials */
const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: true, credentials: true })); // @cors A reflected-origin
app.get('/me', (req, res) => res.json(req.user));
module.exports = app;
