// Teri and Dale as the pursuer (Dale): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('teri', 'pursuer', {
  endings: ['walked_out', 'break_and_return', 'his_therapist', 'not_yet', 'said_plainly', 'deadlock'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
