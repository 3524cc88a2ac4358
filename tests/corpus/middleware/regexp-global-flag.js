// A RegExp with the g flag keeps lastIndex between calls of .test: every other check fails or passes.
const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: /^https:\/\/app\.example\.com$/g, credentials: true })); // @cors A permissive-origin-pattern
module.exports = app;
