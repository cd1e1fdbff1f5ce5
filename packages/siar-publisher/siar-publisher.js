#!/usr/bin/env node
// `npx siar-publisher build` = `siar build` with the publisher kit's Node packages installed
// beside `siar` (they are its optional peer dependencies, so browser users never get them).
import 'siar/cli';
