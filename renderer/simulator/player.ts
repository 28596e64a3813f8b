/** Frame scheduling, injectable so tests can drive playback without a screen. */
export interface Clock {
  now(): number;
  frame(callback: () => void): number;
  cancel(handle: number): void;
}

const screenClock: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Moves the instant forward at `speed` simulated minutes per real second until the end. */
export function createPlayer(
  minute: () => number,
  speed: () => number,
  last: () => number,
  seek: (minute: number) => void,
  ended: () => void,
  clock: Clock = screenClock,
): { start(): void; stop(): void } {
  let handle: number | null = null;
  let at = 0;
  let position = 0;
  const tick = () => {
    const now = clock.now();
    // Someone scrubbed while playing: carry on from there.
    if (Math.abs(minute() - position) > 1) position = minute();
    position = Math.min(last(), position + (speed() * (now - at)) / 1000);
    at = now;
    seek(position);
    if (position >= last()) {
      handle = null;
      ended();
      return;
    }
    handle = clock.frame(tick);
  };
  return {
    start() {
      if (handle !== null) return;
      at = clock.now();
      position = minute();
      handle = clock.frame(tick);
    },
    stop() {
      if (handle !== null) clock.cancel(handle);
      handle = null;
    },
  };
}
