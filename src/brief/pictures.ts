// Every picture a brief names (topic, background event and section images, members' portraits) with the key path of its file.
import type { KeyPath } from '../shared/locate.js';
import type { Brief } from './schema.js';

export interface PictureRef {
  file: string; // as written in the brief: relative to the brief's folder
  path: KeyPath; // where the file is named: …image.file, or …members[i].photo
}

/** The brief's pictures in document order; the same file named twice is listed twice (each place is checked and positioned). */
export function pictureRefs(brief: Brief): PictureRef[] {
  const refs: PictureRef[] = [];
  const image = (place: KeyPath, item: { image?: { file: string } }) => {
    if (item.image) refs.push({ file: item.image.file, path: [...place, 'image', 'file'] });
  };
  brief.participants.delegations.forEach((delegation, d) =>
    delegation.members.forEach((member, m) => {
      if (member.photo) refs.push({ file: member.photo, path: ['participants', 'delegations', d, 'members', m, 'photo'] });
    }),
  );
  brief.topics.forEach((topic, i) => image(['topics', i], topic));
  (brief.background ?? []).forEach((event, i) => image(['background', i], event));
  (brief.sections ?? []).forEach((section, i) => image(['sections', i], section));
  return refs;
}
