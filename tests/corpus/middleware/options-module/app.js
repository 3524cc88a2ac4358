// The options come from config/cors.js: this file names neither origin nor credentials.
const express = require('express');
const cors = require('cors');
const { corsOptions } = require('./config/cors');

const app = express();
app.use(cors(corsOptions)); // @cors A reflected-origin

module.exports = app;
