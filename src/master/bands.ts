// The classification banner's band: how tall it is on a slide of a given height (masters draw it, the planner keeps text clear of it).

/** 0.3 in on a 7.5 in tall slide, in proportion on others. */
export function bannerHeight(slideHeight: number): number {
  return (0.3 * slideHeight) / 7.5;
}
