// Rory and Mateo as the pursuer (as Mateo): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('rory', 'pursuer', {
  endings: ['boundary_honoured', 'reconnected', 'walked_out', 'roles_flip', 'break_and_return'],
  facts: ['narrated time passes', 'talk during a break floods again', 'rory speaks flooded during a break'],
});
