import { AnnotationOverlayApp } from '../roles/customer/annotation-overlay-app';
import { mountApp } from './mount-app';

// The click-through overlay over the shared screen: a transparent page with the engineer's drawings.
document.documentElement.classList.add('annotation-overlay-page');
void mountApp(AnnotationOverlayApp);
