#!/usr/bin/env node
// The bin shim: the bundled CLI runs on import.
import "../dist/cli.js";
