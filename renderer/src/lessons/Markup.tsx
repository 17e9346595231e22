/** A lesson's inline markup as React nodes (code, emphasis, engine-checked values): no HTML strings. */
import { Fragment } from 'react';
import { parseInline, type Claim } from '../../../shared/lessons/index';

interface Props {
  text: string;
  claims: readonly Claim[];
  /**
   * Figures and emphasis as ordinary text. Predict options use it: a bold figure in the
   * right option only (claims are the engine's figures, wrong options type theirs) gave the
   * answer away before the reveal.
   */
  plain?: boolean;
}

export function Markup({ text, claims, plain = false }: Props) {
  return (
    <>
      {parseInline(text, claims).map((span, i) => {
        if (plain && span.kind !== 'code') return <Fragment key={i}>{span.text}</Fragment>;
        switch (span.kind) {
          case 'code': return <code key={i}>{span.text}</code>;
          case 'strong': return <strong key={i}>{span.text}</strong>;
          case 'value': return <span key={i} className="claim-value" title="Measured by the simulation">{span.text}</span>;
          default: return <Fragment key={i}>{span.text}</Fragment>;
        }
      })}
    </>
  );
}
