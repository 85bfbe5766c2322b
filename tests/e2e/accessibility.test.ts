import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../renderer/src/features/i18n/pick-language';
import { screenshot } from '../support/browser';
import { withE2e } from '../support/e2e-fixture';
import { walkEveryScreen } from '../support/screen-walk';
import { horizontalOverflow, NARROW_VIEWPORTS, staffHeaderFit } from '../support/horizontal-overflow';

interface Finding {
  language: string;
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * axe-core on every screen of the three roles, in all five languages: no critical or serious
 * violation anywhere (the moderate and minor ones are printed, and must stay at zero too). And at
 * 1024×768 and 390×844 no screen scrolls sideways.
 */
describe('every screen, in every language: accessibility (axe-core) and narrow layouts', () => {
  const fixture = withE2e('Grace Hopper');

  // One test a language: each walk is whole on its own, and a slow machine's walk of all five
  // (8–10 minutes) is not held to one test's time limit.
  for (const { code: language } of SUPPORTED_LANGUAGES) {
    it(`finds no violations in ${language}`, { timeout: 300_000 }, async () => {
      const findings: Finding[] = [];
      const overflows: string[] = [];
      let screens = 0;
      await walkEveryScreen(
        fixture.e2e,
        language,
        async (screen, page) => {
          screens += 1;
          // Right to left and the longest strings: kept to be looked at.
          if (language === 'ar' || language === 'vi') await screenshot(page, `walk-${language}-${screen.replace(/[^a-z]+/gi, '-')}`);
          // At 1280 px the staff consoles' header stays on one row, and no report figure is cut off.
          if (!screen.startsWith('customer')) {
            const fit = await staffHeaderFit(page);
            if (fit.header > 70 || fit.clipped > 0)
              overflows.push(`${language} ${screen} at 1280: header ${fit.header}px, ${fit.clipped} clipped figures`);
          }
          for (const size of NARROW_VIEWPORTS) {
            const overflow = await horizontalOverflow(page, size);
            if (overflow.by > 0)
              overflows.push(`${language} ${screen} at ${size.width}×${size.height}: ${overflow.by}px (${overflow.culprits.join(', ')})`);
          }
          // Legacy mode runs axe.run in the page itself; the default finishes each run in a new blank
          // page, which took 1–2.5 s a screen to axe's own 50–280 ms. Same rules, same findings.
          const result = await new AxeBuilder({ page })
            .setLegacyMode()
            .options({ resultTypes: ['violations'] })
            .analyze();
          for (const v of result.violations)
            findings.push({
              language,
              screen,
              rule: v.id,
              impact: v.impact ?? 'unknown',
              targets: v.nodes.slice(0, 3).map((n) => String(n.target)),
            });
        },
        language,
      );
      for (const f of findings) console.log(`[axe] ${f.impact} ${f.rule} — ${f.language} ${f.screen}: ${f.targets.join(' | ')}`);
      console.log(`[axe] ${language}: ${screens} screens scanned, ${findings.length} violations`);
      for (const o of overflows) console.log(`[layout] scrolls sideways: ${o}`);
      expect(screens).toBeGreaterThanOrEqual(17);
      expect(overflows).toEqual([]);
      expect(findings.filter((f) => f.impact === 'critical' || f.impact === 'serious')).toEqual([]);
      expect(findings).toEqual([]);
    });
  }
});
