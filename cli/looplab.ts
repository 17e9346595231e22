/**
 * The entry point of the `looplab` command (bundled by cli/build.mjs, run by cli/bin.mjs):
 * simulate, validate or export a scenario from the command line.
 * Exit status: 0 success, 1 invalid scenario, 2 bad usage or unreadable file.
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
