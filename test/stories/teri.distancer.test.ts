// Teri and Dale as the distancer (Teri): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('teri', 'distancer', {
  endings: ['walked_out', 'break_and_return', 'his_therapist', 'not_yet', 'said_plainly', 'deadlock'],
  facts: ['narrated time passes', 'talk during a break floods again', 'dale speaks flooded during a break'],
});
