import * as Phaser from 'phaser';
import type { CycleStage } from '../../sim/couple.ts';
import { faceOf, portraitKey, portraitsOf } from '../portraits.ts';
import { Sounds } from '../sound.ts';
import { STAGE_WORDS } from '../words.ts';
import {
  appOf,
  COLORS,
  drawBackdrop,
  fillHeart,
  FONT,
  heat,
  layoutVersion,
  pixelRatio,
  reducedMotion,
  slotRect,
  STATE_COLOR,
  type Rect,
} from './shared.ts';

/** Where each stage sits on the circle: clockwise from the top, the order the cycle walks [WILE]. */
const STAGE_ANGLE: Record<Exclude<CycleStage, 'engage-engage'>, number> = {
  'pursue-withdraw': -Math.PI / 2,
  'attack-withdraw': 0,
  'attack-defend': Math.PI / 2,
  'withdraw-withdraw': Math.PI,
};
// The same, as lists made once: the draw loop walks them every frame without making new arrays.
const RING_STAGES = Object.entries(STAGE_ANGLE) as [Exclude<CycleStage, 'engage-engage'>, number][];
const ARROW_ANGLES = Object.values(STAGE_ANGLE).map((angle) => angle + Math.PI / 4);
/** Where each partner's light trails the other on the ring. */
const LIGHT_OFFSETS = [0, Math.PI * 0.6];
/** Portrait textures are rasterised from SVG at this many pixels per CSS pixel of the largest slot. */
const PORTRAIT_CSS_SIZE = 208;

interface PartnerSprite {
  id: string;
  portrait: string;
  image: Phaser.GameObjects.Image;
  halo: Phaser.GameObjects.Graphics;
  heart: Phaser.GameObjects.Graphics;
  /** The face shown (see faceOf). */
  face: string;
  beat: number;
  /** Where its card and portrait slot are on the canvas, measured when the layout changes. */
  card: Rect | null;
  slot: Rect | null;
}

/**
 * The living picture of the cycle: portraits whose faces follow each partner's stance, hearts
 * beating at the model's heart rate, and the circle of pursuit and distance, whose two lights run
 * faster, hotter and tighter as the cycle tightens. It only reads the app's snapshot.
 */
export class PlayScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private panels!: Phaser.GameObjects.Graphics;
  private circle!: Phaser.GameObjects.Graphics;
  private labels = new Map<CycleStage, Phaser.GameObjects.Text>();
  private partners: PartnerSprite[] = [];
  private orbit = 0;
  private ringRadius = 0;
  private heatNow = 0;
  private dotsToCentre = 0;
  private lastHistory = -1;
  private lastStage: CycleStage | null = null;
  private sounds!: Sounds;
  /** The layout the slots below were measured at (see layoutVersion). */
  private measuredAt = 0;
  private circleRect: Rect | null = null;
  private labelSize = 0;
  private centreSize = 0;

  constructor() {
    super('play');
  }

  /** The faces the partners show now; their other faces load once the scene runs (see create). */
  preload(): void {
    const play = appOf(this).play;
    for (const p of play?.scenario.manifest.partners ?? []) {
      const key = portraitKey(p.portrait, faceOf(play!.snapshot.partners[p.id]));
      const face = portraitsOf([p.portrait]).find((f) => f.key === key);
      if (face) this.loadFace(face);
    }
  }

  private loadFace({ key, url }: { key: string; url: string }): void {
    // Rasterised at the canvas's density, so a face is as sharp as the card it sits in.
    const size = Math.max(320, Math.round(PORTRAIT_CSS_SIZE * pixelRatio()));
    if (!this.textures.exists(key)) this.load.svg(key, url, { width: size, height: size });
  }

  create(): void {
    const app = appOf(this);
    this.sounds = new Sounds(() => app.settings.sound);
    this.backdrop = this.add.graphics();
    this.panels = this.add.graphics();
    this.circle = this.add.graphics();
    this.labels.clear();
    for (const stage of Object.keys(STAGE_WORDS) as CycleStage[]) {
      this.labels.set(
        stage,
        this.add
          .text(0, 0, STAGE_WORDS[stage].replace(' – ', '\n'), {
            fontFamily: FONT,
            fontSize: '14px',
            color: '#f6efe6',
            align: 'center',
          })
          .setOrigin(0.5),
      );
    }
    const play = app.play!;
    this.partners = play.scenario.manifest.partners.map((p) => {
      const face = faceOf(play.snapshot.partners[p.id]);
      return {
        id: p.id,
        portrait: p.portrait,
        halo: this.add.graphics(),
        image: this.add.image(0, 0, portraitKey(p.portrait, face)),
        heart: this.add.graphics(),
        face,
        beat: 0,
        card: null,
        slot: null,
      };
    });
    this.measuredAt = 0;
    this.labelSize = 0;
    this.centreSize = 0;
    this.lastHistory = -1;
    this.lastStage = play.snapshot.cycle.stage;
    // Every other face of these two, in the background: a face still on its way is shown when it
    // arrives (update keeps the old one until then).
    portraitsOf(play.scenario.manifest.partners.map((p) => p.portrait)).forEach((face) =>
      this.loadFace(face),
    );
    this.load.start();
  }

  override update(time: number, delta: number): void {
    const app = appOf(this);
    const play = app.play;
    if (!play) return;
    const { width, height } = this.scale;
    drawBackdrop(this.backdrop, width, height);
    const still = reducedMotion(this);
    const snapshot = play.snapshot;

    // Cues when a new line lands.
    if (play.history.length !== this.lastHistory) {
      if (this.lastHistory >= 0) {
        if (Object.values(snapshot.partners).some((p) => p.state === 'flooded')) this.sounds.heartbeat();
        if (snapshot.cycle.stage === 'engage-engage' && this.lastStage !== 'engage-engage')
          this.sounds.opening();
      }
      this.lastHistory = play.history.length;
      this.lastStage = snapshot.cycle.stage;
    }

    // The slots are measured only when the layout may have changed, never as a matter of course.
    if (this.measuredAt !== layoutVersion()) {
      this.measuredAt = layoutVersion();
      for (const sprite of this.partners) {
        sprite.card = slotRect(this, `.partner[data-partner="${sprite.id}"]`, sprite.card ?? undefined);
        sprite.slot = slotRect(this, `.portrait-slot[data-partner="${sprite.id}"]`, sprite.slot ?? undefined);
      }
      this.circleRect = slotRect(this, '.circle-slot', this.circleRect ?? undefined);
    }
    const px = pixelRatio();

    this.panels.clear();
    for (const sprite of this.partners) {
      const reading = snapshot.partners[sprite.id];
      const card = sprite.card;
      if (card)
        this.panels
          .fillStyle(COLORS.night, 0.86)
          .fillRoundedRect(card.x, card.y, card.width, card.height, 14 * px);
      const rect = sprite.slot;
      sprite.image.setVisible(!!rect);
      sprite.halo.clear();
      sprite.heart.clear();
      if (!rect) continue;
      const size = Math.min(rect.width, rect.height);
      const cx = rect.x + rect.width / 2;
      const cy = rect.y + rect.height / 2;
      const face = faceOf(reading);
      const key = face === sprite.face ? null : portraitKey(sprite.portrait, face);
      if (key && this.textures.exists(key)) {
        sprite.face = face;
        sprite.image.setTexture(key);
        if (!still) {
          sprite.image.setAlpha(0.2);
          this.tweens.add({ targets: sprite.image, alpha: 1, duration: 350 });
        }
      }
      sprite.image.setPosition(cx, cy).setDisplaySize(size * 0.92, size * 0.92);
      // A halo in the colour of the state; flooding throbs.
      const colour = STATE_COLOR[reading.state];
      const throb = reading.state === 'flooded' && !still ? 0.25 + 0.2 * Math.sin(time / 180) : 0.3;
      sprite.halo.fillStyle(colour, throb).fillCircle(cx, cy, size * 0.47);
      sprite.halo.lineStyle(Math.max(2 * px, size * 0.02), colour, 0.9).strokeCircle(cx, cy, size * 0.47);
      // The heart beats at the model's heart rate.
      sprite.beat = (sprite.beat + delta / (60_000 / reading.heartRate)) % 1;
      const pulse = still ? 0 : Math.max(0, Math.sin(sprite.beat * Math.PI * 2)) ** 6;
      const heartSize = size * 0.2 * (1 + 0.22 * pulse);
      sprite.heart.fillStyle(reading.heartRate > 100 ? COLORS.flooded : 0xef8a9a, 1);
      fillHeart(sprite.heart, rect.x + rect.width * 0.86, rect.y + rect.height * 0.86, heartSize);
    }

    this.drawCircle(delta, still);
  }

  private drawCircle(delta: number, still: boolean): void {
    const play = appOf(this).play!;
    const cycle = play.snapshot.cycle;
    const g = this.circle.clear();
    const rect = this.circleRect;
    const px = pixelRatio();
    this.labels.forEach((label) => label.setVisible(!!rect));
    if (!rect) return;
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    const outer = Math.min(rect.width, rect.height) / 2;
    const nodeRadius = outer * 0.66;
    // Tighter and hotter with intensity; the eye follows the change rather than jumping.
    const targetRing = nodeRadius * (1 - (0.45 * cycle.intensity) / 100);
    const ease = still ? 1 : Math.min(1, delta / 400);
    this.ringRadius = this.ringRadius ? this.ringRadius + (targetRing - this.ringRadius) * ease : targetRing;
    this.heatNow += (cycle.intensity - this.heatNow) * ease;
    const engaged = cycle.stage === 'engage-engage';
    this.dotsToCentre += ((engaged ? 1 : 0) - this.dotsToCentre) * ease;
    const colour = heat(this.heatNow);

    g.lineStyle(2 * px, COLORS.muted, 0.35).strokeCircle(cx, cy, nodeRadius);
    g.lineStyle(Math.max(3 * px, outer * 0.03), colour, 0.85).strokeCircle(cx, cy, this.ringRadius);
    // Arrowheads show the direction the cycle turns.
    for (const a of ARROW_ANGLES) {
      const px = cx + Math.cos(a) * nodeRadius;
      const py = cy + Math.sin(a) * nodeRadius;
      const tangent = a + Math.PI / 2;
      const s = outer * 0.05;
      g.fillStyle(COLORS.muted, 0.6).fillTriangle(
        px + Math.cos(tangent) * s,
        py + Math.sin(tangent) * s,
        px + Math.cos(a) * s * 0.6,
        py + Math.sin(a) * s * 0.6,
        px - Math.cos(a) * s * 0.6,
        py - Math.sin(a) * s * 0.6,
      );
    }
    const fontSize = Math.round(Math.max(11 * px, Math.min(16 * px, outer * 0.085)));
    for (const [stage, angle] of RING_STAGES) {
      const x = cx + Math.cos(angle) * nodeRadius;
      const y = cy + Math.sin(angle) * nodeRadius;
      const lit = stage === cycle.stage;
      g.fillStyle(lit ? colour : COLORS.dusk, 1).fillCircle(x, y, outer * (lit ? 0.13 : 0.1));
      g.lineStyle(2 * px, lit ? COLORS.cream : COLORS.muted, lit ? 1 : 0.6).strokeCircle(
        x,
        y,
        outer * (lit ? 0.13 : 0.1),
      );
      const label = this.labels.get(stage)!;
      // Labels sit outside the ring, on the side their node is on.
      const gap = outer * 0.17;
      // Setting a font size redraws the text's texture, so only when it changes.
      if (fontSize !== this.labelSize) label.setFontSize(fontSize);
      label.setPosition(x + Math.cos(angle) * gap, y + Math.sin(angle) * gap);
      label.setOrigin(
        Math.cos(angle) > 0.5 ? 0 : Math.cos(angle) < -0.5 ? 1 : 0.5,
        Math.sin(angle) > 0.5 ? 0 : Math.sin(angle) < -0.5 ? 1 : 0.5,
      );
      label.setAlpha(lit ? 1 : 0.65);
    }
    const centreLit = engaged;
    g.fillStyle(centreLit ? COLORS.calm : COLORS.dusk, centreLit ? 0.9 : 1).fillCircle(cx, cy, outer * 0.16);
    g.lineStyle(2 * px, centreLit ? COLORS.cream : COLORS.muted, centreLit ? 1 : 0.6).strokeCircle(
      cx,
      cy,
      outer * 0.16,
    );
    const centre = this.labels.get('engage-engage')!;
    const centreSize = Math.round(fontSize * 0.9);
    if (centreSize !== this.centreSize) centre.setFontSize(centreSize);
    this.labelSize = fontSize;
    this.centreSize = centreSize;
    centre.setPosition(cx, cy).setAlpha(centreLit ? 1 : 0.65);

    // Two lights, one per partner, chasing round the ring: speed follows intensity.
    const speed =
      (0.25 + (2.6 * this.heatNow) / 100) *
      (cycle.trend === 'tightening' ? 1.25 : cycle.trend === 'easing' ? 0.75 : 1);
    if (!still) this.orbit += (delta / 1000) * speed;
    const base = still ? (STAGE_ANGLE[cycle.stage as keyof typeof STAGE_ANGLE] ?? -Math.PI / 2) : this.orbit;
    for (let i = 0; i < LIGHT_OFFSETS.length; i++) {
      const a = base + LIGHT_OFFSETS[i];
      const ox = cx + Math.cos(a) * this.ringRadius;
      const oy = cy + Math.sin(a) * this.ringRadius;
      const centreX = cx + (i === 0 ? -1 : 1) * outer * 0.07;
      const x = ox + (centreX - ox) * this.dotsToCentre;
      const y = oy + (cy - oy) * this.dotsToCentre;
      g.fillStyle(COLORS.partner[i], 0.25).fillCircle(x, y, outer * 0.09);
      g.fillStyle(COLORS.partner[i], 1).fillCircle(x, y, outer * 0.05);
    }
  }
}
