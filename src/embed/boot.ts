// Entry of dist/embed.js, the script of dist/embed.html.
import { start } from './embed.js';

void start();
