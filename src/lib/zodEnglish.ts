import { z } from 'zod/mini';

/*
 * zod/mini loads no locale (classic zod registers English itself): without one every issue reads "Invalid
 * input". Importing this module gives zod its English messages. Only what shows an issue imports it: forms
 * (through lib/forms), the saved-views import, and a response that fails its schema (lib/http, on
 * demand). Not every page's first load: ~1 KB gzip that a list page would never use.
 */
z.config(z.locales.en());
