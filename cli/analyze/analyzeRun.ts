/** What `looplab analyze` does once the file is read: parse, analyse, print. */
import { basename } from 'node:path';
import { analyzePython } from '../../shared/analyze/analyzePython';
import { formatDiagnostic } from '../../shared/analyze/diagnostics';
import { serializeScenario } from '../../shared/scenario/serialize';
import { EXIT, type CliIO, type ExitCode } from '../commandKit';
import { loadPythonParser } from './pythonParser';

export async function runAnalyze(text: string, name: string, options: { requests?: number; quiet: boolean }, io: CliIO): Promise<ExitCode> {
  const parser = await loadPythonParser();
  const result = analyzePython(text, parser, { fileName: name === '<stdin>' ? 'standard input' : basename(name), ...(options.requests !== undefined ? { requestsPerRoute: options.requests } : {}) });
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity !== 'note') : result.diagnostics;
  io.stderr(shown.map((d) => `${formatDiagnostic(name, d)}\n`).join(''));
  if (!result.ok) {
    io.stderr(result.line !== undefined ? `${name}:${result.line}:${result.column}: ${result.message}\n` : `${name}: ${result.message}\n`);
    return EXIT.invalidScenario;
  }
  io.stdout(serializeScenario(result.scenario));
  return EXIT.ok;
}
