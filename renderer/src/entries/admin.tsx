import { AdminApp } from '../roles/admin/admin-app';
import { mountApp } from './mount-app';

void mountApp(AdminApp);
