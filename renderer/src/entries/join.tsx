import { CustomerApp } from '../roles/customer/customer-app';
import { mountApp } from './mount-app';

void mountApp(CustomerApp);
