export { main, VERSION, type MainOptions } from './main.js';
export { emit, workspaceRoot } from './output.js';
export { reportCommand, collectReportFiles } from './report-command.js';
export { scopePlugins, configuredPlugins, loadPlugin, type PluginSource } from './discover.js';
