/**
 * The entry point of the `looplab` command (bundled by cli/build.mjs, run by cli/bin.mjs):
 * validate, simulate, export or measure a scenario, import a trace, or analyse a FastAPI file
 * from the command line (the commands are listed in commands.ts).
 * Exit status (`EXIT`, commandKit.ts): 0 success, 1 invalid scenario (for analyze: a Python
 * file with no route, not Python, or over its 1 MB limit), 2 bad usage or unreadable file,
 * 3 internal error, 4 a measurement failed, 130 interrupted.
 */
import { main } from './main';

// main reports every failure itself and resolves to the exit status; it never rejects.
void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
}).then((code) => {
  // exitCode, not exit(): let a large timeline finish writing to a pipe first.
  process.exitCode = code;
});
