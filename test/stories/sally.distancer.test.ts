// Sally and Jo as the distancer (Jo): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('sally', 'distancer', {
  endings: ['duty_call', 'left_dropped', 'walked_out', 'break_and_return', 'reconnected'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
