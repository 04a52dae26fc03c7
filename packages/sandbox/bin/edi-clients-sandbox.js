#!/usr/bin/env node
// The built command line (dist/cli.js); a file of its own so the bin exists before the first build.
import "../dist/cli.js";
