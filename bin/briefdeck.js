#!/usr/bin/env node
// Executable entry: runs the CLI bundle (dist/bundle/, built with dist/ by `npm run build`; a packed or installed package holds it).
// CommonJS (bin/package.json), which Node starts quicker than an ES module.
'use strict';
const { cliMain } = require('./bundle-loader.cjs');

const argv = process.argv.slice(2);
cliMain(argv).then((main) => main(argv));
