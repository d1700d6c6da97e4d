import { mount } from 'svelte';
import 'katex/dist/katex.min.css';
import './app/theme.css';
import './app/prose.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
