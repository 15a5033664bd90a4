// Rory and Mateo as the distancer (as Rory): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('rory', 'distancer', {
  endings: ['boundary_honoured', 'reconnected', 'walked_out', 'roles_flip', 'break_and_return'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
