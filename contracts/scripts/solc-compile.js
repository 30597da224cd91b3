#!/usr/bin/env node
// Compiles Solidity sources with the pinned solcjs (no compiler download) and writes, for every
// contract defined in the given files, <Name>.abi and <Name>.bin (what web3j's code generator reads)
// and one contracts.json with ABI, bytecode and method identifiers of all of them.
// Usage: solc-compile.js <outDir> <file.sol|dir>...  (a dir: its *.sol files)   Imports resolve next to the importing file, then
// in this folder's node_modules (@openzeppelin/...). Exits non-zero on any compiler error.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EVM_VERSION = 'prague'; // keep equal to the hardfork in hardhat.config.js

function main(args) {
  if (args.length < 2) {
    console.error('usage: solc-compile.js <outDir> <file.sol|dir>...');
    process.exit(2);
  }
  const [outDir, ...given] = args;
  const files = given.flatMap(f => fs.statSync(f).isDirectory()
    ? fs.readdirSync(f).filter(n => n.endsWith('.sol')).sort().map(n => path.join(f, n))
    : [f]);
  const sources = {};
  const roots = {};
  for (const file of files) {
    const abs = path.resolve(file);
    const unit = path.basename(abs);
    if (sources[unit]) throw new Error(`two sources named ${unit}`);
    sources[unit] = { content: fs.readFileSync(abs, 'utf8') };
    roots[unit] = path.dirname(abs);
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.methodIdentifiers'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: p => findImport(p, roots) }));
  const problems = output.errors || [];
  for (const p of problems.filter(p => p.severity !== 'error')) console.error(p.formattedMessage);
  const errors = problems.filter(p => p.severity === 'error');
  if (errors.length > 0) {
    for (const e of errors) console.error(e.formattedMessage);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const combined = {};
  for (const unit of Object.keys(sources)) {
    for (const [name, c] of Object.entries(output.contracts[unit] || {})) {
      combined[name] = { source: unit, abi: c.abi, bin: c.evm.bytecode.object, methodIdentifiers: c.evm.methodIdentifiers };
      fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi));
      fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object);
    }
  }
  fs.writeFileSync(path.join(outDir, 'contracts.json'), JSON.stringify(combined, null, 1));
  console.error(`solc ${solc.version()}: ${Object.keys(combined).join(', ')} -> ${outDir}`);
}

function findImport(importPath, roots) {
  const candidates = Object.values(roots).map(r => path.join(r, importPath));
  candidates.push(path.join(__dirname, '..', 'node_modules', importPath));
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${importPath}` };
}

main(process.argv.slice(2));
