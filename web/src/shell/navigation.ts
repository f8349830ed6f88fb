import type { Area } from '../api/roles.ts';
import type { NavItem } from './AreaNav.tsx';

/** The sections of each area, as its navigation lists them. */
export const navigation: Record<Area, { label: string; items: NavItem[] }> = {
  portal: {
    label: 'My health sections',
    items: [
      { to: '/portal', label: 'My health' },
      { to: '/portal/assistant', label: 'Ask a question' },
      { to: '/portal/care', label: 'Preventive care' },
      { to: '/portal/messages', label: 'Messages' },
    ],
  },
  clinic: {
    label: 'Clinic sections',
    items: [
      { to: '/clinic', label: 'Panel' },
      { to: '/clinic/inbasket', label: 'In-basket', prefix: true },
      { to: '/clinic/patients', label: 'All patients' },
    ],
  },
  console: { label: 'Console sections', items: [] },
};
