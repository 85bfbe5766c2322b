import { SharingBarApp } from '../roles/customer/sharing-bar-app';
import { mountApp } from './mount-app';

void mountApp(SharingBarApp);
