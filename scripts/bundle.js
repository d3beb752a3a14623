// Build step (run by `npm run build`, so by `npm ci`): bundles what the CLI runs into one file.
// Placeholder until issue 12's start-up work fills it.
