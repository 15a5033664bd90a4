// Kara and Jake as the pursuer: every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('kara-and-jake', 'pursuer', {
  endings: ['deadlock', 'walked_out', 'break_and_return', 'reconnected'],
  facts: ['narrated time passes', 'talk during a break floods again', 'jake speaks flooded during a break'],
});
