/**
 * Why a file gave no routes, as the Python panel says it: the reader's message, and the line
 * it points at unless the message already names it ("…a syntax error at line 1, column 1"
 * read "… (line 1)" after it).
 */
export function failureText(failure: { message: string; line?: number }): string {
  if (failure.line === undefined || new RegExp(`\\bline ${failure.line}\\b`).test(failure.message)) return failure.message;
  return `${failure.message} (line ${failure.line})`;
}
