// Build step (run by `npm run build`, so by `npm ci`): data computed once at build time instead of at every start.
// Placeholder until issue 12's start-up work fills it (precompiled templates, font advance tables).
