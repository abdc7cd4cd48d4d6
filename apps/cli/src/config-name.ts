/**
 * The config file's name, the one thing about configs the main thread needs (to leave it out of the
 * plans of a folder): apart from config.ts, which reads and checks configs in the worker threads.
 */
export const CONFIG_NAME = "cds.config.json";
