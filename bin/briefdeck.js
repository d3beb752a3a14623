#!/usr/bin/env node
// Executable entry: runs the compiled CLI (built by `npm ci` through the prepare script).
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2));
