/** For a class: the teacher counts hands per choice with + and −, then locks in the winner. */
import { useState } from 'react';
import type { Question, Claim } from '../../../shared/lessons/index';
import { plainText } from '../../../shared/lessons/index';
import { Markup } from './Markup';

interface Props {
  question: Question;
  claims: readonly Claim[];
  onLockIn: (choice: number, tally: number[]) => void;
}

export function ClassVote({ question, claims, onLockIn }: Props) {
  const [tally, setTally] = useState<number[]>(() => question.choices.map(() => 0));
  const bump = (i: number, by: 1 | -1) => setTally((t) => t.map((n, j) => (j === i ? Math.max(0, n + by) : n)));
  const total = tally.reduce((a, b) => a + b, 0);
  const top = tally.indexOf(Math.max(...tally));
  return (
    <div className="class-vote">
      <ul aria-label="Votes per answer">
        {question.choices.map((choice, i) => {
          const name = plainText(choice, claims);
          return (
            <li key={i}>
              <span className="vote-choice"><Markup text={choice} claims={claims} plain /></span>
              <span className="vote-count" aria-live="polite" aria-label={`${tally[i]} votes for: ${name}`}>{tally[i]}</span>
              <button type="button" aria-label={`One vote less for: ${name}`} onClick={() => bump(i, -1)}>−</button>
              <button type="button" aria-label={`One vote more for: ${name}`} onClick={() => bump(i, 1)}>+</button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="primary" disabled={total === 0} onClick={() => onLockIn(top, tally)}>Lock in the class's answer</button>
    </div>
  );
}
