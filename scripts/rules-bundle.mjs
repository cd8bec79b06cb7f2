#!/usr/bin/env node
// Part of `npm run build`: validates compat-rules/rules/*.yaml once and writes dist/compat-rules.json,
// which the compiled CLI reads instead of parsing every YAML file on each run.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULES_DIR, loadRuleFiles, rulesBundleJson } from '../dist/rules/load.js';

writeFileSync(fileURLToPath(new URL('../dist/compat-rules.json', import.meta.url)), rulesBundleJson(loadRuleFiles(DEFAULT_RULES_DIR)));
