import '../styles/base.css';
import '../styles/customer.css';

// The frame around the controlled screen: nothing but a coloured edge (no text, no input).
document.body.classList.add('control-border-page');
