#!/usr/bin/env node
// Compiled entry point: starts fast (no TypeScript at run time).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
