// Ellie and Mark as the pursuer (Mark): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('ellie', 'pursuer', {
  endings: ['space_agreed', 'hollow_peace', 'walked_out', 'break_and_return', 'reconnected', 'deadlock'],
  facts: ['narrated time passes', 'talk during a break floods again', 'ellie speaks flooded during a break'],
});
