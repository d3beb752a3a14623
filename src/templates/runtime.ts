// The Handlebars runtime (renders precompiled templates, no parser or compiler), typed as the full Handlebars it is part of.
import type HandlebarsTypes from 'handlebars';
import runtime from 'handlebars/runtime.js';

const Handlebars = runtime as unknown as typeof HandlebarsTypes;
export default Handlebars;
export type TemplateDelegate = HandlebarsTypes.TemplateDelegate;
export type HelperDelegate = HandlebarsTypes.HelperDelegate;
export type SafeString = HandlebarsTypes.SafeString;
