// Preloaded (node -r) into a CLI run by tests: at exit, writes to $LOAD_PROBE_OUT the scripts compiled through vm.Script (the CLI bundle: file, cache rejected?) and the Node built-in modules loaded.
'use strict';
const { writeFileSync } = require('node:fs');
const vm = require('node:vm');

const scripts = [];
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    scripts.push({ file: options?.filename, cacheRejected: this.cachedDataRejected });
  }
};
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice('NativeModule '.length));
  writeFileSync(process.env.LOAD_PROBE_OUT, JSON.stringify({ scripts, builtins }));
});
