// Kara and Jake as the counselor: every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('kara-and-jake', 'counselor', {
  // Written before the six-choice floor; its quickest paths (a harsh fight, a walk-out) stand.
  minChoicePoints: 5,
  endings: ['deadlock', 'walked_out', 'break_and_return', 'reconnected', 'out_of_time'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
