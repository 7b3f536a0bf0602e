// The profile context for build-time loads, built once from the validated dataset.
import { createProfileContext, type ProfileContext } from '$lib/profiles/context';
import { getDataset } from './dataset';

let cached: ProfileContext | undefined;

export function getProfileContext(): ProfileContext {
  cached ??= createProfileContext(getDataset());
  return cached;
}
