// Kara and Jake as the distancer: every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('kara-and-jake', 'distancer', {
  // Written before the six-choice floor; its quickest paths (a harsh fight, a walk-out) stand.
  minChoicePoints: 5,
  endings: ['deadlock', 'walked_out', 'break_and_return', 'reconnected'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
