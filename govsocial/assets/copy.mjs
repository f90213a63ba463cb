// Copy GOV.UK Frontend's JavaScript and the images it needs beside the compiled CSS.
import { cpSync, mkdirSync } from "node:fs";

const dist = "node_modules/govuk-frontend/dist/govuk";
const out = "govsocial/static/build";
mkdirSync(`${out}/assets`, { recursive: true });
cpSync(`${dist}/govuk-frontend.min.js`, `${out}/govuk-frontend.min.js`);
cpSync(`${dist}/assets/images`, `${out}/assets/images`, { recursive: true });
cpSync(`${dist}/assets/manifest.json`, `${out}/assets/manifest.json`);
