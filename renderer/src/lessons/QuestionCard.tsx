/**
 * Predict, then reveal: the learner (or the class) commits to an answer before the second
 * chart appears. Committing first is the point: a guess you made is one you check.
 */
import { useState } from 'react';
import type { Lesson, Question } from '../../../shared/lessons/index';
import { Markup } from './Markup';
import { ClassVote } from './ClassVote';

interface Props {
  lesson: Lesson & { question: Question };
  /** The choice locked in earlier (kept between visits), if any. */
  locked: number | undefined;
  revealed: boolean;
  onLockIn: (choice: number) => void;
  onReveal: () => void;
}

export function QuestionCard({ lesson, locked, revealed, onLockIn, onReveal }: Props) {
  const { question, claims } = lesson;
  const [mode, setMode] = useState<'self' | 'class'>('self');
  const [picked, setPicked] = useState<number | null>(null);
  const [votes, setVotes] = useState<number[] | null>(null);
  const name = `question-${lesson.id}`;

  return (
    <section className="question-card" aria-labelledby={`${name}-prompt`}>
      <h3 id={`${name}-prompt`}><span className="question-tag">Predict</span> <Markup text={question.prompt} claims={claims} /></h3>
      {locked === undefined ? (
        <>
          <div className="segmented vote-mode" role="radiogroup" aria-label="Who answers">
            {(['self', 'class'] as const).map((m) => (
              <label key={m} className={mode === m ? 'is-selected' : ''}>
                <input type="radio" name={`${name}-mode`} checked={mode === m} onChange={() => setMode(m)} />
                {m === 'self' ? 'Just me' : 'Class vote'}
              </label>
            ))}
          </div>
          {mode === 'self' ? (
            <form onSubmit={(e) => { e.preventDefault(); if (picked !== null) onLockIn(picked); }}>
              <fieldset className="choices">
                <legend className="visually-hidden">Your answer</legend>
                {question.choices.map((choice, i) => (
                  <label key={i} className={picked === i ? 'choice is-selected' : 'choice'}>
                    <input type="radio" name={name} checked={picked === i} onChange={() => setPicked(i)} />
                    <span><Markup text={choice} claims={claims} plain /></span>
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="primary" disabled={picked === null}>Lock in my answer</button>
            </form>
          ) : (
            <ClassVote question={question} claims={claims} onLockIn={(choice, tally) => { setVotes(tally); onLockIn(choice); }} />
          )}
        </>
      ) : (
        <div className="locked-answer">
          <p><strong>{votes ? 'The class answered:' : 'Your answer:'}</strong> <Markup text={question.choices[locked] ?? ''} claims={claims} plain={!revealed} /></p>
          {!revealed && <button type="button" className="primary" onClick={onReveal}>Reveal</button>}
          {revealed && (
            <div className="reveal" role="status">
              <p className={locked === question.answer ? 'verdict-better' : 'verdict-worse'}>
                {locked === question.answer ? 'Right.' : 'Not quite.'} The answer: <Markup text={question.choices[question.answer]!} claims={claims} />
              </p>
              <p><Markup text={question.why} claims={claims} /></p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
