/** The `fixes` list: fixes chosen for steps read from Python, each at a step's line and column. */
import { LIMITS, formatCount } from './limits';
import { FIX_KINDS, type FixKind, type ScenarioFix } from './types';
import { describeValue, type PathPart, type Problems } from './errors';
import { check, isRecord, sourceColumn, sourceLine, unknownKeyMessage } from './fields';

const FIX_KEYS = ['line', 'column', 'fix'] as const;

export function validateFixes(value: unknown, path: readonly PathPart[], problems: Problems): ScenarioFix[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, `must be a list of fixes like [{"line": 14, "column": 9, "fix": "await"}] (got ${describeValue(value)})`);
    return undefined;
  }
  if (value.length > LIMITS.maxFixes) {
    problems.add(path, `has ${formatCount(value.length)} fixes, more than the limit of ${formatCount(LIMITS.maxFixes)}`);
    return undefined;
  }
  const before = problems.count;
  const fixes: ScenarioFix[] = [];
  value.forEach((item, i) => {
    const at = [...path, i];
    if (!isRecord(item)) {
      problems.add(at, `must be a fix like {"line": 14, "column": 9, "fix": "await"} (got ${describeValue(item)})`);
      return;
    }
    for (const key of Object.keys(item)) {
      if (!(FIX_KEYS as readonly string[]).includes(key)) problems.add([...at, key], unknownKeyMessage(key, FIX_KEYS, `a fix has ${FIX_KEYS.join(', ')}`));
    }
    const line = item.line === undefined ? missing(problems, [...at, 'line']) : check(sourceLine, item.line, [...at, 'line'], problems);
    const column = item.column === undefined ? missing(problems, [...at, 'column']) : check(sourceColumn, item.column, [...at, 'column'], problems);
    const fix = FIX_KINDS.includes(item.fix as FixKind) ? (item.fix as FixKind) : undefined;
    if (fix === undefined) problems.add([...at, 'fix'], `must be one of ${FIX_KINDS.map((k) => `"${k}"`).join(', ')} (got ${describeValue(item.fix)})`);
    if (line !== undefined && column !== undefined && fix !== undefined) fixes.push({ line, column, fix });
  });
  return problems.count === before ? fixes : undefined;
}

function missing(problems: Problems, path: readonly PathPart[]): undefined {
  problems.add(path, 'is required (the line and column of the step, from 1)');
  return undefined;
}
