// Rory and Mateo as the counselor: every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('rory', 'counselor', {
  endings: ['deadlock', 'walked_out', 'break_and_return', 'reconnected', 'out_of_time'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
