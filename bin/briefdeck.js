#!/usr/bin/env node
// Executable entry: runs the CLI bundle (dist/bundle/, built with dist/ by `npm ci` through the prepare script).
import { createRequire } from 'node:module';

const { cliMain } = createRequire(import.meta.url)('./bundle-loader.cjs');
const argv = process.argv.slice(2);
(await cliMain(argv))(argv);
