// Options built one property at a time before they reach cors().
const express = require('express');
const cors = require('cors');

const app = express();
const options = {};
options.origin = true; // @cors A reflected-origin
options.credentials = true;
app.use(cors(options)); // @cors A

module.exports = app;
