// Progressive enhancement only: every page works without this script. The classes are the ones the
// NHS page template sets inline; set here instead, so the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from '../nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
