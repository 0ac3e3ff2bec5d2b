// The defaults action.yml declares, read from the file itself so tests see what the runner passes.
export { actionDefaults } from '../scripts/run-action.mjs'
