import type { ProvincePlugin, Rule } from "@cdsvn/core";
export declare const planSeen: Rule;
export declare const plugin: ProvincePlugin;
export default plugin;
