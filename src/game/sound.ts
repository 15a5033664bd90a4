// Quiet synthesized cues (no audio files): a heartbeat when someone floods, a soft chord when
// the couple reaches engage-engage, a tick on choosing. Off when the sound setting is off.
export class Sounds {
  private context: AudioContext | null = null;

  constructor(private readonly enabled: () => boolean) {}

  private audio(): AudioContext | null {
    if (!this.enabled() || typeof AudioContext === 'undefined') return null;
    this.context ??= new AudioContext();
    if (this.context.state === 'suspended') void this.context.resume();
    return this.context;
  }

  private tone(
    frequency: number,
    start: number,
    length: number,
    volume: number,
    type: OscillatorType = 'sine',
  ): void {
    const ctx = this.audio();
    if (!ctx) return;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = type;
    oscillator.frequency.value = frequency;
    const at = ctx.currentTime + start;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(volume, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + length + 0.05);
  }

  heartbeat(): void {
    this.tone(55, 0, 0.18, 0.25);
    this.tone(50, 0.22, 0.2, 0.18);
  }

  opening(): void {
    [392, 494, 587].forEach((f, i) => this.tone(f, i * 0.08, 1.2, 0.05, 'triangle'));
  }

  tick(): void {
    this.tone(880, 0, 0.06, 0.03, 'triangle');
  }
}
