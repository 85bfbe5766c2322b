import { EngineerApp } from '../roles/engineer/engineer-app';
import { mountApp } from './mount-app';

void mountApp(EngineerApp);
