import { mount } from 'svelte';
import 'katex/dist/katex.min.css';
import './app/theme.css';
import './app/palette.css';
import './app/reducedMotion.css';
import './app/demoFit.css';
import './app/demoLayout.css';
import './app/prose.css';
import App from './App.svelte';
import { serviceWorker } from './app/offline/serviceWorker.svelte';
import { startPalette } from './app/paletteSetting';

// A blocked script, style or request is a bug in this site: say so where the browser tests look.
document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));

startPalette();
mount(App, { target: document.getElementById('app')! });
void serviceWorker.start();
