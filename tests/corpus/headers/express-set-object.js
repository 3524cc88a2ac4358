const express = require('express');

const router = express.Router();

router.use(function allowCrossDomain(req, res, next) {
  res.set({
    'Access-Control-Allow-Origin': '*', // @cors A wildcard-credentials
    'Access-Control-Allow-Credentials': 'true', // @cors A
    'Access-Control-Allow-Methods': 'GET,PUT,POST,DELETE,OPTIONS',
  });
  next();
});

module.exports = router;
