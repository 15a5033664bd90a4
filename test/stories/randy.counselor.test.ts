// Randy and Nadia as the counselor: every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('randy', 'counselor', {
  endings: ['reconnected', 'measured_truce', 'deadlock', 'walked_out', 'break_and_return', 'out_of_time'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
