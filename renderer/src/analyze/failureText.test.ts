import { describe, expect, it } from 'vitest';
import { failureText } from './failureText';

describe('failureText', () => {
  it('names the line once when the message already says where', () => {
    expect(failureText({ message: 'no FastAPI route found; the file has a syntax error at line 1, column 1', line: 1 }))
      .toBe('no FastAPI route found; the file has a syntax error at line 1, column 1');
  });

  it('adds the line when the message does not name it', () => {
    expect(failureText({ message: 'no FastAPI route found', line: 12 })).toBe('no FastAPI route found (line 12)');
    // Line 1 is not line 12.
    expect(failureText({ message: 'an error at line 1, column 4', line: 12 })).toBe('an error at line 1, column 4 (line 12)');
  });

  it('says only the message when there is no line', () => {
    expect(failureText({ message: 'the file is empty' })).toBe('the file is empty');
  });
});
