import { wavesSideBySide } from '$lib/server/case-page';

export function load() {
  const { waves, panels } = wavesSideBySide();
  return { cases: waves, panels };
}
