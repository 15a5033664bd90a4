// Generates the portrait art: one SVG per character and stance, from Pablo Stanley's Avataaars
// (free for personal and commercial use) through DiceBear. Run `npm run portraits` after changing
// a look; the SVGs are committed, so the game fetches nothing at run time.
import { createAvatar } from '@dicebear/core';
import * as avataaars from '@dicebear/avataaars';
import { mkdirSync, writeFileSync } from 'node:fs';

/** Avataaars options (see the style's schema); checked by DiceBear at generation time. */
type Options = Record<string, string[] | number>;

const LOOKS: Record<string, Options> = {
  kara: {
    top: ['curvy'],
    hairColor: ['4a312c'],
    skinColor: ['ae5d29'],
    clothing: ['blazerAndSweater'],
    clothesColor: ['5199e4'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  jake: {
    top: ['shortFlat'],
    hairColor: ['724133'],
    skinColor: ['edb98a'],
    clothing: ['collarAndSweater'],
    clothesColor: ['3c4f5c'],
    facialHair: ['beardLight'],
    facialHairColor: ['724133'],
    facialHairProbability: 100,
    accessoriesProbability: 0,
  },
  // The comment couples (stories/<id>/scenario.json `portrait`): ages and looks that fit each story.
  ellie: {
    top: ['bob'],
    hairColor: ['2c1b18'],
    skinColor: ['ffdbb4'],
    clothing: ['shirtVNeck'],
    clothesColor: ['25557c'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  mark: {
    top: ['shortWaved'],
    hairColor: ['d6b370'],
    skinColor: ['edb98a'],
    clothing: ['hoodie'],
    clothesColor: ['929598'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  rory: {
    top: ['shavedSides'],
    hairColor: ['c93305'],
    skinColor: ['ffdbb4'],
    clothing: ['shirtCrewNeck'],
    clothesColor: ['a7ffc4'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  mateo: {
    top: ['shortCurly'],
    hairColor: ['2c1b18'],
    skinColor: ['d08b5b'],
    clothing: ['shirtCrewNeck'],
    clothesColor: ['ff5c5c'],
    facialHair: ['beardMedium'],
    facialHairColor: ['2c1b18'],
    facialHairProbability: 100,
    accessoriesProbability: 0,
  },
  teri: {
    top: ['fro'],
    hairColor: ['2c1b18'],
    skinColor: ['614335'],
    clothing: ['blazerAndShirt'],
    clothesColor: ['ffafb9'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  dale: {
    top: ['theCaesarAndSidePart'],
    hairColor: ['4a312c'],
    skinColor: ['edb98a'],
    clothing: ['collarAndSweater'],
    clothesColor: ['25557c'],
    facialHair: ['beardLight'],
    facialHairColor: ['4a312c'],
    facialHairProbability: 100,
    accessoriesProbability: 0,
  },
  randy: {
    top: ['sides'],
    hairColor: ['724133'],
    skinColor: ['d08b5b'],
    clothing: ['shirtCrewNeck'],
    clothesColor: ['3c4f5c'],
    facialHair: ['beardMedium'],
    facialHairColor: ['724133'],
    facialHairProbability: 100,
    accessories: ['prescription02'],
    accessoriesColor: ['262e33'],
    accessoriesProbability: 100,
  },
  nadia: {
    top: ['miaWallace'],
    hairColor: ['2c1b18'],
    skinColor: ['ae5d29'],
    clothing: ['shirtScoopNeck'],
    clothesColor: ['ff488e'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  sally: {
    top: ['shortRound'],
    hairColor: ['e8e1e1'],
    skinColor: ['ffdbb4'],
    clothing: ['blazerAndSweater'],
    clothesColor: ['65c9ff'],
    accessories: ['prescription01'],
    accessoriesColor: ['262e33'],
    accessoriesProbability: 100,
    facialHairProbability: 0,
  },
  jo: {
    top: ['frizzle'],
    hairColor: ['b58143'],
    skinColor: ['edb98a'],
    clothing: ['overall'],
    clothesColor: ['a7ffc4'],
    accessoriesProbability: 0,
    facialHairProbability: 0,
  },
  counselor: {
    top: ['straightAndStrand'],
    hairColor: ['b58143'],
    skinColor: ['d08b5b'],
    clothing: ['blazerAndShirt'],
    clothesColor: ['262e33'],
    accessories: ['round'],
    accessoriesColor: ['262e33'],
    accessoriesProbability: 100,
    facialHairProbability: 0,
  },
};

/** The face for each stance (DESIGN §4): the pursuer's fight, the distancer's flight or freeze;
 * and a flooded fighter's. */
const EXPRESSIONS: Record<string, Options> = {
  // Calm faces smile with the mouth closed: warmth, not a grin at the wrong moment.
  reaching: { eyebrows: ['defaultNatural'], eyes: ['default'], mouth: ['twinkle'] },
  protesting: { eyebrows: ['sadConcernedNatural'], eyes: ['default'], mouth: ['concerned'] },
  attacking: { eyebrows: ['angryNatural'], eyes: ['squint'], mouth: ['screamOpen'] },
  cold: { eyebrows: ['flatNatural'], eyes: ['side'], mouth: ['serious'] },
  present: { eyebrows: ['defaultNatural'], eyes: ['default'], mouth: ['default'] },
  deflecting: { eyebrows: ['upDownNatural'], eyes: ['side'], mouth: ['default'] },
  defending: { eyebrows: ['angryNatural'], eyes: ['default'], mouth: ['grimace'] },
  // Flooded in the fight: the attack gone to overwhelm, wide-eyed with the jaw set (see faceOf).
  flooded: { eyebrows: ['sadConcernedNatural'], eyes: ['surprised'], mouth: ['grimace'] },
  // A stonewall is shut down outside and racing inside (Gottman): braced, not serene.
  stonewalling: { eyebrows: ['frownNatural'], eyes: ['squint'], mouth: ['serious'] },
  listening: { eyebrows: ['defaultNatural'], eyes: ['default'], mouth: ['twinkle'] },
};

const OUT = new URL('../assets/portraits/', import.meta.url);
mkdirSync(OUT, { recursive: true });
for (const [who, look] of Object.entries(LOOKS)) {
  const stances =
    who === 'counselor' ? ['listening'] : Object.keys(EXPRESSIONS).filter((s) => s !== 'listening');
  for (const stance of stances) {
    const options = { seed: who, backgroundColor: ['transparent'], ...look, ...EXPRESSIONS[stance] };
    const svg = createAvatar(avataaars, options as Parameters<typeof createAvatar>[1]).toString();
    writeFileSync(new URL(`${who}-${stance}.svg`, OUT), svg);
  }
}
console.log('portraits written to assets/portraits/');
