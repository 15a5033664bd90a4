// Ellie and Mark as the distancer (Ellie): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('ellie', 'distancer', {
  endings: ['space_agreed', 'hollow_peace', 'walked_out', 'break_and_return', 'reconnected', 'deadlock'],
  facts: ['narrated time passes', 'talk during a break floods again', 'mark speaks flooded during a break'],
});
