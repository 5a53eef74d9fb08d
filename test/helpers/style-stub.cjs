// Stylesheets imported by UI modules mean nothing to jest.
module.exports = {};
