// The article page's entry: mounts the live sections below the static masthead.
import { mount } from 'svelte';
import './styles/global.css';
import App from './App.svelte';

const target = document.getElementById('article');
if (target) mount(App, { target });
